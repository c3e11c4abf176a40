"""Replicas on one key share the monthly AI count in Redis. With Redis down, a generation waits
briefly and is refused with a typed error — never counted by one replica alone, which would let two
replicas spend the last credit twice; with Redis back, one credit is one POST."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.errors import ConvoError
from convo_mcp.sandbox import SandboxState, create_app, dataset

pytestmark = pytest.mark.anyio
QUERY = "/conversations/{id}/query"


def replica(state: SandboxState, key: str, redis_url: str) -> App:
    settings = Settings(api_key=SecretStr(key), base_url="http://sandbox.invalid/api/v1",
                        redis_url=SecretStr(redis_url), persistent_cache=False, redis_retry_interval=0.5)
    return App(settings, transport=httpx.ASGITransport(app=create_app(state)))


async def ask(app: App, question: str) -> str:
    try:
        await app.service.ask(dataset.DEMO_IDS[0], question)
    except ConvoError as exc:
        return exc.code
    return "answered"


async def test_with_redis_down_two_replicas_with_one_credit_send_nothing_then_one_post(
        redis_factory: Callable[..., Any]) -> None:
    server = redis_factory()
    state = SandboxState()
    key = state.add_account("professional", f"convo_count_{uuid.uuid4().hex[:6]}", conversations="demo", ai_limit=1)
    a, b = replica(state, key, server.url), replica(state, key, server.url)
    async with a.running(), b.running():
        await a.service.profile()
        await b.service.profile()
        server.kill()
        down = await asyncio.gather(ask(a, "What was decided first?"), ask(b, "Who owns the launch?"))
        assert down == ["shared_count_unavailable"] * 2  # waited, then refused: not counted alone
        assert state.stats.requests(route=QUERY) == 0
        redis_factory(port=server.port)  # back, empty: the count starts again from the profile
        up = await asyncio.gather(ask(a, "What was decided second?"), ask(b, "Who owns the budget?"))
    assert sorted(up) == ["ai_limit_exceeded", "answered"]
    assert state.stats.requests(route=QUERY) == 1 and state.stats.credits_spent(key) == 1
