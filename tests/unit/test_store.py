"""Stores: the in-memory LRU and the SQLite file shared by restarts and by several processes."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from convo_mcp.account import Account
from convo_mcp.state.base import Entry, Store
from convo_mcp.state.memory import MemoryStore
from convo_mcp.state.sqlite.store import SQLiteStore, StoreUnavailable

REPO = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def entry(value: bytes, stored_at: float = 1_000_000.0, expires_at: float | None = None) -> Entry:
    return Entry(value=value, stored_at=stored_at, expires_at=expires_at)


def run_python(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ok(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return out


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["memory", "sqlite"])
async def any_store(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> AsyncIterator[Store]:
    store: Store = (
        MemoryStore(clock=clock) if request.param == "memory" else SQLiteStore.open(tmp_path / "c.db", clock=clock)
    )
    yield store
    await store.aclose()


# -- behaviour shared by every store ----------------------------------------------------------------


@pytest.mark.anyio
async def test_set_get_delete(any_store: Store) -> None:
    assert await any_store.get("k") is None
    await any_store.set("k", entry(b"v1", expires_at=2_000_000.0))
    await any_store.set("k", entry(b"v2"))
    assert await any_store.get("k") == entry(b"v2")
    await any_store.set("other", entry(b"o"))
    await any_store.delete("k", "missing")
    assert await any_store.get("k") is None
    assert await any_store.get("other") == entry(b"o")


@pytest.mark.anyio
async def test_delete_prefix_is_literal(any_store: Store) -> None:
    keys = ["a%b:1", "a%b:2", "aXb:1", "a_b:1", "azb:1", "A%B:1", "a%b\U0001f600"]
    for key in keys:
        await any_store.set(key, entry(key.encode()))
    await any_store.delete_prefix("a%b")
    await any_store.delete_prefix("a_b")
    remaining = {k for k in keys if await any_store.get(k) is not None}
    assert remaining == {"aXb:1", "azb:1", "A%B:1"}


@pytest.mark.anyio
async def test_stale_entries_are_still_returned(any_store: Store) -> None:
    await any_store.set("list", entry(b"old", stored_at=999_000.0, expires_at=999_500.0))
    got = await any_store.get("list")
    assert got is not None
    assert not got.fresh(1_000_000.0)
    assert got.age(1_000_000.0) == 1000.0


@pytest.mark.anyio
async def test_add_if_absent_marks_until_expiry(any_store: Store, clock: FakeClock) -> None:
    assert await any_store.add_if_absent("evt-1", 60) is True
    assert await any_store.add_if_absent("evt-1", 60) is False
    assert await any_store.add_if_absent("evt-2", 60) is True
    clock.now += 59.9
    assert await any_store.add_if_absent("evt-1", 60) is False
    clock.now += 0.2
    assert await any_store.add_if_absent("evt-1", 60) is True  # expired: marked afresh
    assert await any_store.add_if_absent("evt-1", 60) is False


# -- MemoryStore ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_memory_lru_bound_and_recency() -> None:
    store = MemoryStore(max_entries=3)
    for key in "abc":
        await store.set(key, entry(key.encode()))
    assert await store.get("a") is not None  # "a" is now the most recent; "b" the oldest
    await store.set("d", entry(b"d"))
    assert len(store) == 3
    assert await store.get("b") is None
    assert {k for k in "acd" if await store.get(k) is not None} == {"a", "c", "d"}
    await store.set("c", entry(b"c2"))  # rewriting refreshes recency too
    await store.set("e", entry(b"e"))
    assert await store.get("a") is None
    assert await store.get("c") == entry(b"c2")


@pytest.mark.anyio
async def test_memory_marks_are_bounded() -> None:
    clock = FakeClock()
    store = MemoryStore(max_entries=16, clock=clock)
    for i in range(100):
        assert await store.add_if_absent(f"m{i}", 10)
    assert len(store._marks) == 16
    assert await store.add_if_absent("m99", 10) is False


def test_memory_rejects_zero_size() -> None:
    with pytest.raises(ValueError, match="max_entries"):
        MemoryStore(max_entries=0)


# -- SQLiteStore ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_sqlite_survives_restart(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    first = SQLiteStore.open(path)
    await first.set("transcript:42", entry(b'{"text":"hello"}'))
    await first.set("meetings:p1", entry(b"[]", expires_at=1e12))
    await first.aclose()
    second = SQLiteStore.open(path)
    assert await second.get("transcript:42") == entry(b'{"text":"hello"}')
    assert await second.get("meetings:p1") == entry(b"[]", expires_at=1e12)
    await second.aclose()


@pytest.mark.anyio
async def test_sqlite_forgets_long_stale_entries(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    clock = FakeClock()
    store = SQLiteStore.open(path, clock=clock, stale_retention=3600)
    await store.set("list", entry(b"l", expires_at=clock.now + 60))
    await store.set("transcript", entry(b"t"))  # immutable: never forgotten
    await store.add_if_absent("evt", 30)
    clock.now += 60 + 3599
    assert await store.get("list") is not None  # stale but within retention
    clock.now += 2
    assert await store.get("list") is None
    await store.aclose()
    SQLiteStore.open(path, clock=clock, stale_retention=3600)  # purges on open
    with sqlite3.connect(path) as raw:
        assert [r[0] for r in raw.execute("SELECT key FROM kv")] == ["transcript"]
        assert raw.execute("SELECT count(*) FROM marks").fetchone()[0] == 0


@pytest.mark.anyio
async def test_sqlite_permissions_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "xdg" / "convo-mcp" / "cache.db"
    store = SQLiteStore.open(path)
    await store.set("k", entry(b"v"))
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    await store.aclose()


@pytest.mark.anyio
async def test_sqlite_tightens_existing_loose_file(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    store = SQLiteStore.open(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    await store.aclose()


def test_sqlite_open_fails_clearly_on_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    path.write_bytes(b"this is not a database, just some bytes" * 200)
    with pytest.raises(StoreUnavailable, match=r"cache\.db"):
        SQLiteStore.open(path)


def test_sqlite_open_fails_clearly_on_unusable_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    with pytest.raises(StoreUnavailable, match="not-a-dir"):
        SQLiteStore.open(blocker / "cache.db")


@pytest.mark.anyio
async def test_sqlite_closed_store_raises_unavailable(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "c.db")
    await store.aclose()
    await store.aclose()  # idempotent
    with pytest.raises(StoreUnavailable):
        await store.get("k")


@pytest.mark.slow
@pytest.mark.anyio
async def test_sqlite_shared_between_processes(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    writer = run_python(
        """
        import sys, anyio
        from pathlib import Path
        from convo_mcp.state.base import Entry
        from convo_mcp.state.sqlite.store import SQLiteStore

        async def main():
            store = SQLiteStore.open(Path(sys.argv[1]))
            await store.set("transcript:7", Entry(b"from another process", 123.0, None))
            await store.aclose()

        anyio.run(main)
        """,
        str(path),
    )
    wait_ok(writer)
    reader = SQLiteStore.open(path)
    assert await reader.get("transcript:7") == Entry(b"from another process", 123.0, None)
    await reader.aclose()


@pytest.mark.slow
@pytest.mark.anyio
async def test_sqlite_concurrent_writers_in_two_processes(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    SQLiteStore.open(path)  # create the file so both processes race on writes, not on creation
    code = """
        import sys, anyio
        from pathlib import Path
        from convo_mcp.state.base import Entry
        from convo_mcp.state.sqlite.store import SQLiteStore

        async def main():
            name, path = sys.argv[1], Path(sys.argv[2])
            store = SQLiteStore.open(path)
            won = 0
            for i in range(400):
                await store.set(f"{name}:{i}", Entry(b"x" * 2000, float(i), None))
                await store.set("shared", Entry(name.encode(), float(i), 1e12))
                won += await store.add_if_absent(f"evt:{i}", 3600)
                if i % 50 == 0:
                    await store.delete_prefix(f"{name}:gone")
            await store.aclose()
            print(won)

        anyio.run(main)
        """
    procs = [run_python(code, name, str(path)) for name in ("p1", "p2")]
    wins = [int(wait_ok(proc).strip()) for proc in procs]
    assert sum(wins) == 400  # each webhook event claimed by exactly one process
    store = SQLiteStore.open(path)
    for name in ("p1", "p2"):
        for i in (0, 199, 399):
            got = await store.get(f"{name}:{i}")
            assert got is not None
            assert got.stored_at == float(i)
    shared = await store.get("shared")
    assert shared is not None
    assert shared.value in (b"p1", b"p2")
    await store.aclose()


def test_sqlite_two_connections_hammering_same_file(tmp_path: Path) -> None:
    """Two stores in one process (as two servers would be) writing from threads at once."""
    import threading

    import anyio

    path = tmp_path / "threads.db"
    errors: list[BaseException] = []

    def worker(tag: str) -> None:
        async def main() -> None:
            store = SQLiteStore.open(path)
            for i in range(300):
                await store.set(f"{tag}:{i}", entry(b"v"))
            await store.aclose()

        try:
            anyio.run(main)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(tag,)) for tag in ("a", "b", "c")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM kv").fetchone()[0] == 900


# -- the account's files ----------------------------------------------------------------------------


def cache_path(base: Path, url: str, key: str) -> Path:
    return Account.of(url, key).cache_file(base)


def test_cache_path_per_account_and_host_without_key() -> None:
    base = Path("/tmp/cache")
    key_a, key_b = "convo_live_AAAAAAAAAAAA", "convo_live_BBBBBBBBBBBB"
    a = cache_path(base, "https://api.convo.ai", key_a)
    assert a.parent == base
    assert a == cache_path(base, "https://api.convo.ai/", key_a)
    assert a != cache_path(base, "https://api.convo.ai", key_b)
    assert a != cache_path(base, "https://sandbox.convo.ai", key_a)
    index = Account.of("https://api.convo.ai", key_a).index_file(base)
    assert index.name == a.name.replace("convo-", "search-")  # one digest names every file of the account
    for path in (a, index, cache_path(base, "https://api.convo.ai", key_b)):
        assert "AAAA" not in path.name
        assert "BBBB" not in path.name
        assert "convo_live" not in path.name
    digest = a.name.removeprefix("convo-").removesuffix(".sqlite3")
    assert len(digest) == 16
    int(digest, 16)


def test_the_account_hides_its_key_and_refuses_an_empty_one() -> None:
    account = Account.of("https://api.convo.ai/", "convo_live_CCCCCCCCCCCC")
    assert "CCCC" not in repr(account) and "CCCC" not in str(account) and account.id in repr(account)
    assert account.well_formed and not Account.of("https://api.convo.ai", "sk-not-convo").well_formed
    with pytest.raises(ValueError, match="needs a key"):
        Account.of("https://api.convo.ai", "")


def test_settings_name_the_account_once_and_refuse_without_a_key() -> None:
    from pydantic import SecretStr

    from convo_mcp.config import Settings
    from convo_mcp.errors import NotConfiguredError

    assert Settings(api_key=SecretStr("convo_live_DDDDDDDDDDDD")).account().id == Account.of(
        Settings().base_url, "convo_live_DDDDDDDDDDDD").id
    for key in (None, SecretStr("")):
        with pytest.raises(NotConfiguredError):
            Settings(api_key=key).account()
        assert not Settings(api_key=key).has_key
