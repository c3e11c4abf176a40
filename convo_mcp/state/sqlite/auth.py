"""OAuth state in one SQLite file in the data directory (the default: one process serves everyone)."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from convo_mcp.state.base import Record
from convo_mcp.types import Clock

PURGE_EVERY = 200  # writes between sweeps of expired rows (SQLite keeps them until swept)


class SQLiteAuthStore:
    """One SQLite file (WAL); each operation is one short statement on the event loop."""

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
        self._purge()

    def _purge(self) -> None:
        now = self.clock()
        for table in ("records", "groups", "counters", "queues"):
            self._db.execute(f"DELETE FROM {table} WHERE expires < ?", (now,))  # noqa: S608 (fixed names)

    def _wrote(self) -> None:
        self._writes += 1
        if self._writes % PURGE_EVERY == 0:
            self._purge()

    def _until(self, ttl: float | None) -> float:
        return self.clock() + ttl if ttl is not None else float("inf")

    async def put(self, kind: str, key: str, value: Record, ttl: float | None) -> None:
        self._db.execute("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                         (kind, key, json.dumps(value), self._until(ttl)))
        self._wrote()

    async def get(self, kind: str, key: str) -> Record | None:
        row = self._db.execute("SELECT value FROM records WHERE kind = ? AND key = ? AND expires >= ?",
                               (kind, key, self.clock())).fetchone()
        return json.loads(row[0]) if row else None

    async def take(self, kind: str, key: str) -> Record | None:
        row = self._db.execute("DELETE FROM records WHERE kind = ? AND key = ? RETURNING value, expires",
                               (kind, key)).fetchone()
        return json.loads(row[0]) if row and row[1] >= self.clock() else None

    async def delete(self, kind: str, key: str) -> None:
        self._db.execute("DELETE FROM records WHERE kind = ? AND key = ?", (kind, key))

    async def join(self, group: str, member: str, ttl: float | None) -> None:
        self._db.execute("INSERT OR REPLACE INTO groups VALUES (?, ?, ?)", (group, member, self._until(ttl)))

    async def members(self, group: str) -> list[str]:
        rows = self._db.execute("SELECT member FROM groups WHERE grp = ? AND expires >= ?",
                                (group, self.clock())).fetchall()
        return [r[0] for r in rows]

    async def leave(self, group: str, member: str | None = None) -> None:
        if member is None:
            self._db.execute("DELETE FROM groups WHERE grp = ?", (group,))
        else:
            self._db.execute("DELETE FROM groups WHERE grp = ? AND member = ?", (group, member))

    async def count(self, name: str, ttl: float, by: int = 1) -> int:
        now = self.clock()
        row = self._db.execute(
            "INSERT INTO counters VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "n = CASE WHEN expires < ? THEN excluded.n ELSE n + excluded.n END, "
            "expires = CASE WHEN expires < ? THEN excluded.expires ELSE expires END RETURNING n",
            (name, by, now + ttl, now, now)).fetchone()
        self._wrote()
        return int(row[0])

    async def admit(self, queue: str, member: str, limit: int, ttl: float) -> list[str]:
        now = self.clock()
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("DELETE FROM queues WHERE queue = ? AND expires < ?", (queue, now))
            self._db.execute("INSERT OR REPLACE INTO queues VALUES (?, ?, ?)", (queue, member, now + ttl))
            out = self._evict(queue, limit)
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._wrote()
        return out

    def _evict(self, queue: str, limit: int) -> list[str]:
        rows = self._db.execute("SELECT member FROM queues WHERE queue = ? ORDER BY rowid DESC LIMIT -1 OFFSET ?",
                                (queue, limit)).fetchall()
        for (member,) in rows:
            self._db.execute("DELETE FROM queues WHERE queue = ? AND member = ?", (queue, member))
        return [r[0] for r in rows]

    async def live_grants(self) -> list[tuple[str, Record]]:
        """Not listed here: only a database's walkers open idle accounts."""
        return []

    async def aclose(self) -> None:
        self._db.close()
