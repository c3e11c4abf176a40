"""Redis, which holds a team's sign-ins when there is no database, dying under a running server: the
bearer token's check answers 503 with Retry-After and a typed reason, never a bare 500."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from oauthkit import Manual, oauth_world_on, rpc_result

pytestmark = pytest.mark.anyio


async def test_the_token_check_answers_503_with_retry_after_while_redis_is_down(
        tmp_path: Path, redis_factory: Callable[..., Any]) -> None:
    redis = redis_factory(password="faults-redis-pw-91c2")
    with oauth_world_on(tmp_path, redis_url=redis.url) as world:
        async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
            manual = Manual(world, http)
            grant = await manual.grant(world.keys["ana"])
            served = rpc_result(await manual.call(grant.access))
            redis.kill()
            answers = [await manual.call(grant.access) for _ in range(3)]
            signing_in = await manual.register()  # the OAuth endpoints keep their records there too
    assert served.get("isError") is not True
    for answer in (*answers, signing_in):
        assert answer.status_code == 503, answer.text
        assert int(answer.headers["retry-after"]) >= 1
        body = answer.json()
        assert body["error"] == "storage_unavailable" and "Redis" in body["message"] and body["hint"]
        assert "faults-redis-pw-91c2" not in answer.text
