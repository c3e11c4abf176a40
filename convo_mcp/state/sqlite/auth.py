"""OAuth state in one SQLite file in the data directory (the default: one process serves everyone).

Each operation is one short statement (or one transaction) in a worker thread, never on the event
loop (a file locked by another process makes it wait up to five seconds); a file that cannot be used
answers with this server's typed error (:class:`~convo_mcp.errors.StorageUnavailableError`, or
:class:`~convo_mcp.errors.DiskFullError`), never a raw sqlite3 one."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import anyio.to_thread

from convo_mcp.errors import DiskFullError, StorageUnavailableError
from convo_mcp.state.base import Record
from convo_mcp.types import Clock

R = TypeVar("R")
PURGE_EVERY = 200  # writes between sweeps of expired rows (SQLite keeps them until swept)


class SQLiteAuthStore:
    """One SQLite file (WAL); one connection, one operation at a time, in a worker thread."""

    def __init__(self, path: Path, *, clock: Clock = time.time) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        path.chmod(0o600)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        # A flood of refused calls still writes counters: keep the write-ahead log small (it is
        # checkpointed every 256 pages and cut back to 1 MB) rather than letting it reach 4 MB and stay.
        self._db.execute("PRAGMA wal_autocheckpoint=256")
        self._db.execute("PRAGMA journal_size_limit=1048576")
        self._db.execute("CREATE TABLE IF NOT EXISTS records (kind TEXT, key TEXT, value TEXT, expires REAL, "
                         "PRIMARY KEY (kind, key)) WITHOUT ROWID")
        self._db.execute("CREATE TABLE IF NOT EXISTS groups (grp TEXT, member TEXT, expires REAL, "
                         "PRIMARY KEY (grp, member)) WITHOUT ROWID")
        self._db.execute("CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, n INTEGER, expires REAL) "
                         "WITHOUT ROWID")
        # rowid orders a queue: a member added again moves to the back (INSERT OR REPLACE gives a new rowid)
        self._db.execute("CREATE TABLE IF NOT EXISTS queues (queue TEXT, member TEXT, expires REAL, "
                         "UNIQUE (queue, member))")
        self.clock = clock
        self._writes = 0
        self._lock = threading.Lock()
        self._purge(self._db)

    def _purge(self, db: sqlite3.Connection) -> None:
        now = self.clock()
        for table in ("records", "groups", "counters", "queues"):
            db.execute(f"DELETE FROM {table} WHERE expires < ?", (now,))  # noqa: S608 (fixed names)

    async def _run(self, fn: Callable[[sqlite3.Connection], R], *, writes: bool = False) -> R:
        def call() -> R:
            with self._lock:
                try:
                    out = fn(self._db)
                    if writes:
                        self._writes += 1
                        if self._writes % PURGE_EVERY == 0:
                            self._purge(self._db)
                    return out
                except sqlite3.Error as exc:
                    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc):
                        raise DiskFullError("The disk holding this server's sign-ins is full.") from None
                    raise StorageUnavailableError(f"The file holding this server's sign-ins cannot be used "
                                                  f"({type(exc).__name__}).") from None

        return await anyio.to_thread.run_sync(call)

    def _until(self, ttl: float | None) -> float:
        return self.clock() + ttl if ttl is not None else float("inf")

    async def put(self, kind: str, key: str, value: Record, ttl: float | None) -> None:
        until = self._until(ttl)
        await self._run(lambda db: db.execute("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                                              (kind, key, json.dumps(value), until)), writes=True)

    async def get(self, kind: str, key: str) -> Record | None:
        now = self.clock()
        row = await self._run(lambda db: db.execute(
            "SELECT value FROM records WHERE kind = ? AND key = ? AND expires >= ?", (kind, key, now)).fetchone())
        return json.loads(row[0]) if row else None

    async def take(self, kind: str, key: str) -> Record | None:
        row = await self._run(lambda db: db.execute(
            "DELETE FROM records WHERE kind = ? AND key = ? RETURNING value, expires", (kind, key)).fetchone())
        return json.loads(row[0]) if row and row[1] >= self.clock() else None

    async def delete(self, kind: str, key: str) -> None:
        await self._run(lambda db: db.execute("DELETE FROM records WHERE kind = ? AND key = ?", (kind, key)))

    async def join(self, group: str, member: str, ttl: float | None) -> None:
        until = self._until(ttl)
        await self._run(lambda db: db.execute("INSERT OR REPLACE INTO groups VALUES (?, ?, ?)", (group, member, until)))

    async def members(self, group: str) -> list[str]:
        now = self.clock()
        rows = await self._run(lambda db: db.execute("SELECT member FROM groups WHERE grp = ? AND expires >= ?",
                                                     (group, now)).fetchall())
        return [r[0] for r in rows]

    async def leave(self, group: str, member: str | None = None) -> None:
        if member is None:
            await self._run(lambda db: db.execute("DELETE FROM groups WHERE grp = ?", (group,)))
        else:
            await self._run(lambda db: db.execute("DELETE FROM groups WHERE grp = ? AND member = ?", (group, member)))

    async def count(self, name: str, ttl: float, by: int = 1) -> int:
        now = self.clock()
        row = await self._run(lambda db: db.execute(
            "INSERT INTO counters VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "n = CASE WHEN expires < ? THEN excluded.n ELSE n + excluded.n END, "
            "expires = CASE WHEN expires < ? THEN excluded.expires ELSE expires END RETURNING n",
            (name, by, now + ttl, now, now)).fetchone(), writes=True)
        return int(row[0])

    async def admit(self, queue: str, member: str, limit: int, ttl: float) -> list[str]:
        now = self.clock()

        def admit(db: sqlite3.Connection) -> list[str]:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("DELETE FROM queues WHERE queue = ? AND expires < ?", (queue, now))
                db.execute("INSERT OR REPLACE INTO queues VALUES (?, ?, ?)", (queue, member, now + ttl))
                rows = db.execute("SELECT member FROM queues WHERE queue = ? ORDER BY rowid DESC LIMIT -1 OFFSET ?",
                                  (queue, limit)).fetchall()
                for (gone,) in rows:
                    db.execute("DELETE FROM queues WHERE queue = ? AND member = ?", (queue, gone))
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            return [r[0] for r in rows]

        return await self._run(admit, writes=True)

    async def live_grants(self) -> list[tuple[str, Record]]:
        """Every grant not yet expired: (grant id, record) — for forget-account (only a database's
        walkers open idle accounts)."""
        now = self.clock()
        rows = await self._run(lambda db: db.execute(
            "SELECT key, value FROM records WHERE kind = 'grant' AND expires >= ?", (now,)).fetchall())
        return [(str(k), json.loads(v)) for k, v in rows]

    async def aclose(self) -> None:
        await self._run(lambda db: db.close())
