"""Two servers of one user (two chats) on one key, without Redis, spend one hourly budget: the
cache file holds it. Each service below has its own SQLite connection and its own governor, as two
processes do; the interleaving is fixed, so the outcome does not depend on timing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from convo_mcp.config import Settings
from convo_mcp.errors import RateBudgetExhaustedError
from convo_mcp.sandbox import dataset
from convo_mcp.sandbox.state import SandboxState
from convo_mcp.sandbox.testing import running_sandbox
from convo_mcp.wiring import build_service

pytestmark = pytest.mark.anyio
KEY = "convo_two_processes_key"
LIMIT = 5


@pytest.fixture
def sandbox() -> Iterator[tuple[SandboxState, str]]:
    state = SandboxState.demo()
    state.add_account("starter", KEY, conversations="demo", rate_limit=LIMIT)
    with running_sandbox(state) as base_url:
        yield state, base_url


def _settings(base_url: str, cache: Path) -> Settings:
    return Settings(base_url=base_url, cache_dir=cache, persistent_cache=True, index_background=False,
                    search_index=False, retry_after_cap=2.0).for_key(KEY)


async def test_two_processes_never_overshoot_the_window_between_them(sandbox: tuple[SandboxState, str],
                                                                     tmp_path: Path) -> None:
    state, base_url = sandbox
    one = build_service(_settings(base_url, tmp_path / "cache"))
    two = build_service(_settings(base_url, tmp_path / "cache"))
    ids = [c.id for c in state.account(KEY).visible]
    try:
        # Turn about: each process last saw a different remaining figure (4, 3, 2, 1). Alone, the
        # first would still believe in two free slots and the second in one: three requests for one.
        for n in range(4):
            await (one if n % 2 == 0 else two).client.get_transcript(ids[n])
        assert state.stats.requests(key=KEY) == 4
        sent, waits = 0, []
        for service in (one, two, one):
            try:
                await service.client.get_transcript(dataset.LONG_MEETING_ID)
                sent += 1
            except RateBudgetExhaustedError as exc:
                waits.append(exc.retry_after)
    finally:
        await one.aclose()
        await two.aclose()
    assert sent == 1 and len(waits) == 2
    assert all(w is not None and w > 60 for w in waits)  # refused here, saying when, not sent
    assert state.stats.requests(key=KEY) == LIMIT
    assert state.stats.rate_limited_for(KEY) == 0  # Convo never had to say 429
