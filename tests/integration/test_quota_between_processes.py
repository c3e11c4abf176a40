"""Two servers of one user on one key, without Redis, see one monthly AI count: a generation one of
them spends is gone for the other too, though the other learned the quota from the profile both
share in the cache file (read before the spend)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from convo_mcp.config import Settings
from convo_mcp.sandbox import dataset
from convo_mcp.sandbox.state import SandboxState
from convo_mcp.sandbox.testing import running_sandbox
from convo_mcp.wiring import build_service

pytestmark = pytest.mark.anyio
KEY = "convo_two_processes_quota"


@pytest.fixture
def sandbox() -> Iterator[tuple[SandboxState, str]]:
    state = SandboxState.demo()
    state.add_account("starter", KEY, conversations="demo")
    with running_sandbox(state) as base_url:
        yield state, base_url


def _settings(base_url: str, cache: Path) -> Settings:
    return Settings(base_url=base_url, cache_dir=cache, persistent_cache=True, index_background=False,
                    search_index=False).for_key(KEY)


async def test_a_generation_spent_by_one_process_is_gone_for_the_next(sandbox: tuple[SandboxState, str],
                                                                       tmp_path: Path) -> None:
    state, base_url = sandbox
    ready = sorted(dataset.KEYPOINTS_READY_IDS)
    one = build_service(_settings(base_url, tmp_path / "cache"))
    try:
        await one.profile()
        limit = one.ai_generations_left()
        assert limit == 10
        await one.draft_email(ready[0])  # one generation, at Convo too
        assert state.stats.credits_spent(KEY) == 1 and one.ai_generations_left() == 9
        profiles = state.stats.requests(route="/user/profile")
        # a new process on the same cache: the cached profile still says 10 left
        two = build_service(_settings(base_url, tmp_path / "cache"))
        try:
            await two.profile()
            assert state.stats.requests(route="/user/profile") == profiles  # it was the cached one
            assert two.ai_generations_left() == 9 and "9/10" in two.quota_note()
            # and while both run: what one spends, the other counts
            await one.draft_email(ready[1])
            await two.profile()
            assert two.ai_generations_left() == 8 == one.ai_generations_left()
            await two.draft_email(ready[2])
            await one.profile()
            assert one.ai_generations_left() == 7 and state.stats.credits_spent(KEY) == 3
        finally:
            await two.aclose()
    finally:
        await one.aclose()
