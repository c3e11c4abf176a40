"""One App per signed-in account: opened once, kept apart, and closed when idle or to make room."""

from __future__ import annotations

from pathlib import Path

import pytest

from convo_mcp.app import App
from convo_mcp.auth.accounts import AccountApps
from convo_mcp.config import Settings
from convo_mcp.errors import NotConfiguredError
from convo_mcp.sandbox import SandboxState

pytestmark = pytest.mark.anyio


async def test_accounts_open_once_keep_their_own_folders_and_make_room(tmp_path: Path) -> None:
    state = SandboxState()
    keys = [state.add_account(tier="starter", key=f"convo_person_{n}_key", conversations=2) for n in range(3)]
    parent = App.on_sandbox(state, None, Settings(cache_dir=tmp_path, index_background=False))
    accounts = AccountApps(parent, limit=2)
    first = await accounts.open("a0", keys[0])
    assert await accounts.open("a0", keys[0]) is first  # the same App for the same account
    second = await accounts.open("a1", keys[1])
    assert first.settings.cache_dir != second.settings.cache_dir
    assert first.settings.cache_dir == tmp_path / "accounts" / "a0"
    # the stronger search model's files are the server's, read from one folder whatever the account
    assert first.settings.model_dir == second.settings.model_dir == tmp_path / "models" / "all-MiniLM-L6-v2"
    profile = await second.service.profile()  # each App speaks with its own key
    assert state.stats.requests(route="/user/profile", key=keys[1]) == 1 and profile.value.subscription.tier
    await accounts.open("a2", keys[2])  # over the limit: the least recently used makes room
    assert len(accounts) == 2 and not accounts.is_open("a0") and accounts.is_open("a2")
    await accounts.close("a1")
    assert not accounts.is_open("a1") and len(accounts) == 1
    idle = AccountApps(parent, idle=0.0)
    await idle.open("b0", keys[0])
    await idle.open("b1", keys[1])  # b0 has been idle longer than 0 s: closed on the way
    assert not idle.is_open("b0") and idle.is_open("b1")
    await accounts.aclose()
    await idle.aclose()
    assert len(accounts) == 0 and len(idle) == 0


async def test_outside_a_signed_in_request_there_is_no_account(tmp_path: Path) -> None:
    parent = App.on_sandbox(SandboxState(), None, Settings(cache_dir=tmp_path))
    accounts = AccountApps(parent)  # the server's source of services in OAuth mode
    assert accounts.current_account() is None
    with pytest.raises(NotConfiguredError, match="not signed in") as refused:
        accounts.current_service()
    assert refused.value.code == "not_configured" and "Reconnect" in refused.value.hint
    with pytest.raises(NotConfiguredError):  # the server's own App has no key to fall back on
        _ = parent.service
