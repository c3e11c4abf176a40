"""`convo-mcp forget-account` without a database: the sign-ins file loses the account's grants (each
with its sealed key) and tokens, keeps everyone else's, and holds a tombstone until a sign-in."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from convo_mcp.admin import forget_account
from convo_mcp.auth.signin import FORGOTTEN, remember
from convo_mcp.config import Settings
from convo_mcp.state.sqlite.auth import SQLiteAuthStore

pytestmark = pytest.mark.anyio
ANA, BEN = "a" * 16, "b" * 16


async def grant(store: SQLiteAuthStore, name: str, owner: str) -> None:
    await store.put("grant", name, {"account": f"key-of-{name}", "owner": owner, "sealed_key": "sealed"}, 600)
    await store.join(f"account:key-of-{name}", name, 600)
    for kind in ("access", "refresh"):
        await store.put(kind, f"{kind}-{name}", {"grant": name}, 600)
        await store.join(f"grant:{name}", f"{kind}:{kind}-{name}", 600)


async def test_the_sign_ins_file_forgets_one_account_and_a_sign_in_lifts_the_tombstone(tmp_path: Path) -> None:
    path = tmp_path / "auth.sqlite3"
    store = SQLiteAuthStore(path)
    await grant(store, "g-ana", ANA)
    await grant(store, "g-ben", BEN)
    await store.aclose()
    out = io.StringIO()
    code = await_free(lambda: forget_account(Settings(cache_dir=tmp_path), key=None, account_id=ANA, out=out))
    assert code == 0 and "1 grants ended with their sealed Convo keys, 2 tokens refused" in out.getvalue()
    store = SQLiteAuthStore(path)
    assert await store.get("grant", "g-ana") is None and await store.get("access", "access-g-ana") is None
    assert await store.get("grant", "g-ben") is not None and await store.get("refresh", "refresh-g-ben") is not None
    assert await store.members(FORGOTTEN) == [ANA] and await store.members("account:key-of-g-ana") == []
    await remember(store, ANA, "key-of-g-ana")  # she signs in again
    assert await store.members(FORGOTTEN) == [] and await store.get(FORGOTTEN, ANA) is None
    await store.aclose()


def await_free(fn: object) -> int:
    """The command runs its own event loop: run it outside this test's."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return int(pool.submit(fn).result())  # type: ignore[arg-type]
