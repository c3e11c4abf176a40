"""OAuth state in the shared database (migration 2): any replica serves any person, and the grants
with their sealed keys are kept on the database's disk."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import anyio.to_thread

from convo_mcp.state.base import Record
from convo_mcp.types import Clock

if TYPE_CHECKING:
    import psycopg

    from convo_mcp.state.postgres.database import Database

R = TypeVar("R")
PURGE_EVERY = 200  # writes between sweeps of expired rows

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
