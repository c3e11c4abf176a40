"""Where OAuth state lives: registered clients, pending sign-ins, codes, grants and token digests.

A small record store with expiry, an atomic *take* (read and delete: a code or a refresh token is
spent exactly once, even with two replicas racing), groups (the tokens of one grant, the grants
of one account), so a grant is revoked as a whole, counters (attempts per sign-in, requests per
address and hour) and capped queues (the open sign-ins of one address: the oldest make room).
Everything an unauthenticated caller can make the store keep expires and is bounded. Two
implementations:

- :class:`SQLiteAuthStore`: a file in the data directory (the default; one process).
- :class:`RedisAuthStore`: with ``CONVO_MCP_REDIS_URL``, so any replica serves any person.
- :class:`PostgresAuthStore`: with ``CONVO_MCP_DATABASE_URL`` (which then holds it, Redis or not):
  any replica serves any person, and the grants are kept on the database's disk.

Records hold digests of tokens, never tokens, and Convo keys only as Fernet ciphertexts.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import anyio.to_thread

from convo_mcp.types import Clock

if TYPE_CHECKING:
    import psycopg

    from convo_mcp.database import Database

Record = dict[str, Any]
R = TypeVar("R")


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

    async def count(self, name: str, ttl: float, by: int = 1) -> int:
        """Add ``by`` to a counter that starts at 0 and ends ``ttl`` seconds after its first count;
        returns the new value (atomic: two replicas counting at once both count)."""

    async def admit(self, queue: str, member: str, limit: int, ttl: float) -> list[str]:
        """Add ``member`` to a queue holding at most ``limit`` members, each for ``ttl`` seconds;
        returns the members that made room (the oldest), for the caller to delete what they name."""

    async def aclose(self) -> None: ...


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

    async def aclose(self) -> None:
        self._db.close()


class PostgresAuthStore:
    """The same tables as the SQLite file, in the shared database; each operation one transaction in
    a worker thread (a take is ``DELETE … RETURNING``: one replica gets the record)."""

    def __init__(self, db: Database, *, clock: Clock = time.time) -> None:
        self.db = db
        self.clock = clock
        self._writes = 0

    async def _run(self, fn: Callable[[psycopg.Connection[tuple[Any, ...]]], R]) -> R:
        def call() -> R:
            with self.db.connection() as conn:
                return fn(conn)

        return await anyio.to_thread.run_sync(call)

    async def _wrote(self) -> None:
        self._writes += 1
        if self._writes % PURGE_EVERY == 0:
            now = self.clock()

            def purge(c: psycopg.Connection[tuple[Any, ...]]) -> None:
                for table in ("auth_records", "auth_groups", "auth_counters", "auth_queues"):
                    c.execute(f"DELETE FROM {table} WHERE expires < %s", (now,))  # noqa: S608 (fixed names)

            await self._run(purge)

    def _until(self, ttl: float | None) -> float:
        return self.clock() + ttl if ttl is not None else float("inf")

    async def put(self, kind: str, key: str, value: Record, ttl: float | None) -> None:
        await self._run(lambda c: c.execute(
            "INSERT INTO auth_records VALUES (%s, %s, %s, %s) ON CONFLICT (kind, key) DO UPDATE SET "
            "value = excluded.value, expires = excluded.expires", (kind, key, json.dumps(value), self._until(ttl))))
        await self._wrote()

    async def get(self, kind: str, key: str) -> Record | None:
        row = await self._run(lambda c: c.execute(
            "SELECT value FROM auth_records WHERE kind = %s AND key = %s AND expires >= %s",
            (kind, key, self.clock())).fetchone())
        return json.loads(row[0]) if row else None

    async def take(self, kind: str, key: str) -> Record | None:
        row = await self._run(lambda c: c.execute(
            "DELETE FROM auth_records WHERE kind = %s AND key = %s RETURNING value, expires", (kind, key)).fetchone())
        return json.loads(row[0]) if row and row[1] >= self.clock() else None

    async def delete(self, kind: str, key: str) -> None:
        await self._run(lambda c: c.execute("DELETE FROM auth_records WHERE kind = %s AND key = %s", (kind, key)))

    async def join(self, group: str, member: str, ttl: float | None) -> None:
        await self._run(lambda c: c.execute(
            "INSERT INTO auth_groups VALUES (%s, %s, %s) ON CONFLICT (grp, member) DO UPDATE SET "
            "expires = excluded.expires", (group, member, self._until(ttl))))

    async def members(self, group: str) -> list[str]:
        rows = await self._run(lambda c: c.execute(
            "SELECT member FROM auth_groups WHERE grp = %s AND expires >= %s ORDER BY member",
            (group, self.clock())).fetchall())
        return [str(r[0]) for r in rows]

    async def leave(self, group: str, member: str | None = None) -> None:
        if member is None:
            await self._run(lambda c: c.execute("DELETE FROM auth_groups WHERE grp = %s", (group,)))
        else:
            await self._run(lambda c: c.execute("DELETE FROM auth_groups WHERE grp = %s AND member = %s",
                                                (group, member)))

    async def count(self, name: str, ttl: float, by: int = 1) -> int:
        now = self.clock()
        row = await self._run(lambda c: c.execute(
            "INSERT INTO auth_counters AS t VALUES (%s, %s, %s) ON CONFLICT (name) DO UPDATE SET "
            "n = CASE WHEN t.expires < %s THEN excluded.n ELSE t.n + excluded.n END, "
            "expires = CASE WHEN t.expires < %s THEN excluded.expires ELSE t.expires END RETURNING n",
            (name, by, now + ttl, now, now)).fetchone())
        await self._wrote()
        return int(row[0]) if row else by

    async def admit(self, queue: str, member: str, limit: int, ttl: float) -> list[str]:
        now = self.clock()

        def admit(c: psycopg.Connection[tuple[Any, ...]]) -> list[str]:
            c.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"auth-queue:{queue}",))
            c.execute("DELETE FROM auth_queues WHERE queue = %s AND expires < %s", (queue, now))
            c.execute("DELETE FROM auth_queues WHERE queue = %s AND member = %s", (queue, member))  # to the back
            c.execute("INSERT INTO auth_queues (queue, member, expires) VALUES (%s, %s, %s)", (queue, member,
                                                                                              now + ttl))
            rows = c.execute("DELETE FROM auth_queues WHERE queue = %s AND member IN (SELECT member FROM auth_queues "
                             "WHERE queue = %s ORDER BY seq DESC OFFSET %s) RETURNING member",
                             (queue, queue, limit)).fetchall()
            return [str(r[0]) for r in rows]

        out = await self._run(admit)
        await self._wrote()
        return out

    async def live_grants(self) -> list[tuple[str, Record]]:
        """Every grant not yet expired: (grant id, record)."""
        rows = await self._run(lambda c: c.execute(
            "SELECT key, value FROM auth_records WHERE kind = 'grant' AND expires >= %s", (self.clock(),)).fetchall())
        return [(str(k), json.loads(v)) for k, v in rows]

    async def aclose(self) -> None:
        """The pool is the process's, shared with the cache and the index."""


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

    async def count(self, name: str, ttl: float, by: int = 1) -> int:
        key = self._k("count", name)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(key, 0, px=int(ttl * 1000), nx=True)
            pipe.incrby(key, by)
            _, value = await pipe.execute()
        return int(value)

    async def admit(self, queue: str, member: str, limit: int, ttl: float) -> list[str]:
        now_ms = int(time.time() * 1000)
        out = await self._redis.eval(_ADMIT, 1, self._k("queue", queue), member, now_ms, int(ttl * 1000), limit)
        return [m.decode() if isinstance(m, bytes) else str(m) for m in out]

    async def aclose(self) -> None:
        await self._redis.aclose()


# KEYS[1] a sorted set of members scored by when they were added; ARGV member, now ms, ttl ms, limit.
# Drops the expired, adds the member, pops the oldest beyond the limit and returns them.
_ADMIT = """
local now = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl)
local extra = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[4])
if extra <= 0 then return {} end
local out = {}
for i, pair in ipairs(redis.call('ZPOPMIN', KEYS[1], extra)) do
  if i % 2 == 1 then table.insert(out, pair) end
end
return out
"""
