"""Where OAuth state lives: registered clients, pending sign-ins, codes, grants and token digests.

A small record store with expiry, an atomic *take* (read and delete: a code or a refresh token is
spent exactly once, even with two replicas racing) and groups (the tokens of one grant, the grants
of one account), so a grant is revoked as a whole. Two implementations:

- :class:`SQLiteAuthStore`: a file in the data directory (the default; one process).
- :class:`RedisAuthStore`: with ``CONVO_MCP_REDIS_URL``, so any replica serves any person.

Records hold digests of tokens, never tokens, and Convo keys only as Fernet ciphertexts.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any, Protocol

from convo_mcp.types import Clock

Record = dict[str, Any]


class AuthStore(Protocol):
    async def put(self, kind: str, key: str, value: Record, ttl: float | None) -> None: ...

    async def get(self, kind: str, key: str) -> Record | None: ...

    async def take(self, kind: str, key: str) -> Record | None:
        """Read and delete in one step: only one caller ever gets the record."""

    async def delete(self, kind: str, key: str) -> None: ...

    async def join(self, group: str, member: str, ttl: float | None) -> None: ...

    async def members(self, group: str) -> list[str]: ...

    async def leave(self, group: str, member: str | None = None) -> None:
        """Drop one member, or the whole group."""

    async def aclose(self) -> None: ...


class SQLiteAuthStore:
    """One SQLite file (WAL); each operation is one short statement on the event loop."""

    def __init__(self, path: Path, *, clock: Clock = time.time) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        path.chmod(0o600)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute("CREATE TABLE IF NOT EXISTS records (kind TEXT, key TEXT, value TEXT, expires REAL, "
                         "PRIMARY KEY (kind, key)) WITHOUT ROWID")
        self._db.execute("CREATE TABLE IF NOT EXISTS groups (grp TEXT, member TEXT, expires REAL, "
                         "PRIMARY KEY (grp, member)) WITHOUT ROWID")
        self.clock = clock
        self._db.execute("DELETE FROM records WHERE expires < ?", (clock(),))
        self._db.execute("DELETE FROM groups WHERE expires < ?", (clock(),))

    def _until(self, ttl: float | None) -> float:
        return self.clock() + ttl if ttl is not None else float("inf")

    async def put(self, kind: str, key: str, value: Record, ttl: float | None) -> None:
        self._db.execute("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                         (kind, key, json.dumps(value), self._until(ttl)))

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

    async def aclose(self) -> None:
        self._db.close()


class RedisAuthStore:
    """Records as JSON strings with a TTL, taken with GETDEL; groups as sets. Unlike the cache, this
    is not an accelerator: an unreachable Redis fails the request rather than guessing."""

    def __init__(self, url: str, *, prefix: str = "convo-mcp:auth:", timeout: float = 2.0) -> None:
        from redis.asyncio import Redis

        self._redis: Any = Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        self._prefix = prefix

    def _k(self, kind: str, key: str) -> str:
        return f"{self._prefix}{kind}:{key}"

    async def put(self, kind: str, key: str, value: Record, ttl: float | None) -> None:
        await self._redis.set(self._k(kind, key), json.dumps(value), px=int(ttl * 1000) if ttl else None)

    async def get(self, kind: str, key: str) -> Record | None:
        raw = await self._redis.get(self._k(kind, key))
        return json.loads(raw) if raw else None

    async def take(self, kind: str, key: str) -> Record | None:
        raw = await self._redis.getdel(self._k(kind, key))
        return json.loads(raw) if raw else None

    async def delete(self, kind: str, key: str) -> None:
        await self._redis.delete(self._k(kind, key))

    async def join(self, group: str, member: str, ttl: float | None) -> None:
        name = self._k("group", group)
        await self._redis.sadd(name, member)
        if ttl:  # the group lives as long as its longest-lived member
            current = await self._redis.pttl(name)
            if current != -1 and current < ttl * 1000:
                await self._redis.pexpire(name, int(ttl * 1000))

    async def members(self, group: str) -> list[str]:
        found = await self._redis.smembers(self._k("group", group))
        return sorted(m.decode() if isinstance(m, bytes) else m for m in found)

    async def leave(self, group: str, member: str | None = None) -> None:
        if member is None:
            await self._redis.delete(self._k("group", group))
        else:
            await self._redis.srem(self._k("group", group), member)

    async def aclose(self) -> None:
        await self._redis.aclose()
