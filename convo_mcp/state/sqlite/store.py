"""The cache's durable layer in one SQLite file beside the account's other files, shared by the
processes of one user (a second chat's server, a restarted one), with the leases and flight results
those processes share through it.

WAL journaling lets readers and a writer work at once; ``busy_timeout`` makes concurrent writers wait
for each other instead of failing with "database is locked". The directory is created 0700 and the
file 0600: cached transcripts are private.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import anyio.to_thread

from convo_mcp.errors import SharedUnavailable, StorageUnavailableError
from convo_mcp.state.base import Entry
from convo_mcp.types import Clock

R = TypeVar("R")


class StoreUnavailable(StorageUnavailableError):
    """The cache file cannot be used (unwritable directory, corrupt or locked file): the server logs
    it and carries on with the in-memory cache only."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS kv (
    key TEXT PRIMARY KEY, value BLOB NOT NULL, stored_at REAL NOT NULL, expires_at REAL NULL);
CREATE TABLE IF NOT EXISTS marks (key TEXT PRIMARY KEY, until REAL NOT NULL);
CREATE TABLE IF NOT EXISTS budget (
    id INTEGER PRIMARY KEY CHECK (id = 1), rate_limit INTEGER, remaining INTEGER, reset_at REAL,
    blocked_until REAL, touched REAL NOT NULL);
CREATE TABLE IF NOT EXISTS budget_flights (token TEXT PRIMARY KEY, lapses REAL NOT NULL);
CREATE TABLE IF NOT EXISTS quota (
    id INTEGER PRIMARY KEY CHECK (id = 1), lim INTEGER NOT NULL, remaining INTEGER NOT NULL,
    resets_at TEXT NOT NULL);
"""
_PURGE_EVERY = 500  # writes between lazy purges of long-stale entries


class SQLiteStore:
    """Persistent store in one SQLite file, so a restarted server or a second chat's server
    (another process of the same user) reuses what was already fetched instead of paying again.

    WAL journaling lets readers and a writer work at once; ``busy_timeout`` makes concurrent writers
    from several processes wait for each other instead of failing with "database is locked". Every
    write is a single autocommit statement. The blocking sqlite3 calls run in a worker thread on one
    connection guarded by a lock. The directory is created 0700 and the file 0600: cached
    transcripts are private.
    """

    def __init__(self, path: Path, *, clock: Clock = time.time, stale_retention: float = 7 * 86400) -> None:
        self.path = Path(path)
        self._clock = clock
        self.stale_retention = stale_retention
        self._lock = threading.Lock()
        self._writes = 0
        self._conn: sqlite3.Connection | None = None
        try:
            self._conn = self._connect()
            self._purge()
        except (OSError, sqlite3.Error) as exc:
            if self._conn is not None:
                self._conn.close()
            raise StoreUnavailable(f"cannot use cache file {self.path}: {exc}") from exc

    @classmethod
    def open(cls, path: Path, *, clock: Clock = time.time, stale_retention: float = 7 * 86400) -> SQLiteStore:
        """Open (creating if needed) the cache file; raises :class:`StoreUnavailable` when the
        directory is not writable or the file is not a usable SQLite database."""
        return cls(path, clock=clock, stale_retention=stale_retention)

    def _connect(self) -> sqlite3.Connection:
        """Open and prepare the file. Another process (or store) opening it at the same moment can
        hold the lock that switching to WAL and creating the schema need, and SQLite then answers
        "database is locked" at once instead of waiting: try again for a few seconds."""
        deadline = time.monotonic() + 10.0
        while True:
            try:
                return self._connect_once()
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02 + random.random() * 0.08)

    def _connect_once(self) -> sqlite3.Connection:
        _make_private_dirs(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        os.chmod(self.path, 0o600)
        conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"journal mode is {mode}, not wal")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript(_SCHEMA)
            conn.execute("SELECT count(*) FROM kv").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def _purge(self) -> None:
        """Forget entries stale for longer than ``stale_retention`` and expired marks."""
        now = self._clock()
        with self._lock:
            conn = self._require()
            conn.execute(
                "DELETE FROM kv WHERE expires_at IS NOT NULL AND expires_at + ? <= ?", (self.stale_retention, now)
            )
            conn.execute("DELETE FROM marks WHERE until <= ?", (now,))

    def _require(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreUnavailable(f"cache file {self.path} is closed")
        return self._conn

    async def _run(self, fn: Callable[[sqlite3.Connection], R]) -> R:
        def call() -> R:
            with self._lock:
                return fn(self._require())

        return await anyio.to_thread.run_sync(call)

    async def read(self, fn: Callable[[sqlite3.Connection], R]) -> R:
        """Run ``fn`` for what it reads, without taking the write lock ``transact`` takes."""
        return await self._run(fn)

    async def transact(self, fn: Callable[[sqlite3.Connection], R]) -> R:
        """Run ``fn`` in one write transaction, taken before it reads (BEGIN IMMEDIATE): what it
        reads no other process changes until it commits."""
        def run(c: sqlite3.Connection) -> R:
            c.execute("BEGIN IMMEDIATE")
            try:
                out = fn(c)
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
            c.execute("COMMIT")
            return out

        return await self._run(run)

    async def get(self, key: str) -> Entry | None:
        horizon = self._clock() - self.stale_retention
        row = await self._run(
            lambda c: c.execute(
                "SELECT value, stored_at, expires_at FROM kv WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)",
                (key, horizon),
            ).fetchone()
        )
        if row is None:
            return None
        return Entry(value=bytes(row[0]), stored_at=float(row[1]), expires_at=row[2])

    async def set(self, key: str, entry: Entry) -> None:
        await self._run(
            lambda c: c.execute(
                "INSERT OR REPLACE INTO kv (key, value, stored_at, expires_at) VALUES (?, ?, ?, ?)",
                (key, entry.value, entry.stored_at, entry.expires_at),
            )
        )
        self._writes += 1
        if self._writes % _PURGE_EVERY == 0:
            await anyio.to_thread.run_sync(self._purge)

    async def delete(self, *keys: str) -> None:
        if keys:
            await self._run(lambda c: _delete_keys(c, keys))

    async def delete_prefix(self, prefix: str) -> None:
        # substr() compares literally: no LIKE wildcards to escape, no ASCII case folding, and
        # correct for keys with characters above U+FFFF (a '\uffff' range bound would miss those).
        await self._run(lambda c: c.execute("DELETE FROM kv WHERE substr(key, 1, ?) = ?", (len(prefix), prefix)))

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        now = self._clock()
        # One statement, so atomic across processes: insert, or take over an expired mark.
        cursor = await self._run(
            lambda c: c.execute(
                "INSERT INTO marks (key, until) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET until = excluded.until WHERE marks.until <= ?",
                (key, now + ttl, now),
            )
        )
        return cursor.rowcount == 1

    async def statement(self, sql: str, params: tuple[Any, ...]) -> int:
        """One statement on its own (autocommit, atomic across processes); the rows it changed."""
        cursor = await self._run(lambda c: c.execute(sql, params))
        return int(cursor.rowcount)

    async def aclose(self) -> None:
        def close() -> None:
            with self._lock:
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None

        await anyio.to_thread.run_sync(close)


def _delete_keys(conn: sqlite3.Connection, keys: tuple[str, ...]) -> None:
    conn.executemany("DELETE FROM kv WHERE key = ?", [(k,) for k in keys])
    conn.executemany("DELETE FROM marks WHERE key = ?", [(k,) for k in keys])


def _make_private_dirs(directory: Path) -> None:
    """Create ``directory`` and any missing parents with mode 0700 (never loosening existing ones)."""
    missing: list[Path] = []
    current = directory
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    if not directory.is_dir():
        raise NotADirectoryError(f"{directory} is not a directory")


class SQLiteLeases:
    """:class:`~convo_mcp.state.base.Leases` in the cache file (its marks): the processes of one user.
    A lease's token is the instant it lapses."""

    def __init__(self, store: SQLiteStore, *, clock: Clock = time.time) -> None:
        self.store, self._clock = store, clock

    async def _statement(self, sql: str, params: tuple[Any, ...]) -> int:
        try:
            return await self.store.statement(sql, params)
        except (sqlite3.Error, OSError, StorageUnavailableError) as exc:
            raise SharedUnavailable("the cache file") from exc

    async def take(self, name: str, ttl: float) -> str | None:
        now = self._clock()
        until = now + ttl
        taken = await self._statement(
            "INSERT INTO marks (key, until) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET until = excluded.until WHERE marks.until <= ?",
            (f"lease:{name}", until, now))
        return repr(until) if taken == 1 else None

    async def renew(self, name: str, token: str, ttl: float) -> str | None:
        until = self._clock() + ttl
        kept = await self._statement("UPDATE marks SET until = ? WHERE key = ? AND until = ?",
                                     (until, f"lease:{name}", float(token)))
        return repr(until) if kept == 1 else None

    async def release(self, name: str, token: str) -> None:
        await self._statement("DELETE FROM marks WHERE key = ? AND until = ?", (f"lease:{name}", float(token)))

    async def held(self, name: str) -> bool:
        now = self._clock()
        try:
            row = await self.store.read(lambda c: c.execute("SELECT 1 FROM marks WHERE key = ? AND until > ?",
                                                            (f"lease:{name}", now)).fetchone())
        except (sqlite3.Error, OSError, StorageUnavailableError) as exc:
            raise SharedUnavailable("the cache file") from exc
        return row is not None


class StoreResults:
    """:class:`~convo_mcp.state.base.Results` as entries of a store (the cache file's)."""

    def __init__(self, store: Any, *, clock: Clock = time.time) -> None:
        self.store, self._clock = store, clock

    async def put(self, name: str, data: bytes, ttl: float) -> None:
        now = self._clock()
        with contextlib.suppress(Exception):  # waiters that miss it load themselves
            await self.store.set(f"result:{name}", Entry(data, now, now + ttl))

    async def get(self, name: str) -> bytes | None:
        try:
            entry = await self.store.get(f"result:{name}")
        except Exception:
            return None
        return entry.value if entry is not None and (entry.expires_at or 0) > self._clock() else None
