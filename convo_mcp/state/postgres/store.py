"""The persistent cache in PostgreSQL: what :class:`~convo_mcp.state.sqlite.store.SQLiteStore` keeps in a file,
kept for every replica at once (``cache_kv`` and ``cache_marks``, rows keyed by the account).

Same contract as the file: opaque bytes with their times, stale entries served while the API is down
and forgotten ``stale_retention`` seconds later, marks taken atomically (one statement) for webhook
de-duplication. Blocking calls run in a worker thread; each is one scoped transaction.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import anyio.to_thread

from convo_mcp.state.base import Entry
from convo_mcp.state.postgres.forgotten import hold
from convo_mcp.types import Clock

if TYPE_CHECKING:
    import psycopg

    from convo_mcp.state.postgres.database import Database

R = TypeVar("R")
_PURGE_EVERY = 500


class PostgresStore:
    def __init__(self, db: Database, account: str, *, clock: Clock = time.time,
                 stale_retention: float = 7 * 86400) -> None:
        self.db = db
        self.account = account
        self._clock = clock
        self.stale_retention = stale_retention
        self._writes = 0

    async def _run(self, fn: Callable[[psycopg.Connection[tuple[Any, ...]]], R]) -> R:
        def call() -> R:
            with self.db.scoped(self.account) as conn:
                return fn(conn)

        return await anyio.to_thread.run_sync(call)

    async def get(self, key: str) -> Entry | None:
        horizon = self._clock() - self.stale_retention
        row = await self._run(lambda c: c.execute(
            "SELECT value, stored_at, expires_at FROM cache_kv WHERE account = %s AND key = %s "
            "AND (expires_at IS NULL OR expires_at > %s)", (self.account, key, horizon)).fetchone())
        if row is None:
            return None
        return Entry(value=bytes(row[0]), stored_at=float(row[1]), expires_at=row[2])

    async def set(self, key: str, entry: Entry) -> None:
        def put(c: psycopg.Connection[tuple[Any, ...]]) -> None:
            if hold(c, self.account):  # forgotten (forget-account): nothing is kept for it
                return
            c.execute("INSERT INTO cache_kv VALUES (%s, %s, %s, %s, %s) ON CONFLICT (account, key) DO UPDATE SET "
                      "value = excluded.value, stored_at = excluded.stored_at, expires_at = excluded.expires_at",
                      (self.account, key, entry.value, entry.stored_at, entry.expires_at))

        await self._run(put)
        self._writes += 1
        if self._writes % _PURGE_EVERY == 0:
            await self.purge()

    async def purge(self) -> None:
        """Forget this account's entries stale for longer than ``stale_retention``, and expired marks."""
        now = self._clock()

        def purge(c: psycopg.Connection[tuple[Any, ...]]) -> None:
            c.execute("DELETE FROM cache_kv WHERE account = %s AND expires_at IS NOT NULL AND expires_at + %s <= %s",
                      (self.account, self.stale_retention, now))
            c.execute("DELETE FROM cache_marks WHERE account = %s AND until <= %s", (self.account, now))

        await self._run(purge)

    async def delete(self, *keys: str) -> None:
        if keys:
            def delete(c: psycopg.Connection[tuple[Any, ...]]) -> None:
                c.execute("DELETE FROM cache_kv WHERE account = %s AND key = ANY(%s)", (self.account, list(keys)))
                c.execute("DELETE FROM cache_marks WHERE account = %s AND key = ANY(%s)", (self.account, list(keys)))

            await self._run(delete)

    async def delete_prefix(self, prefix: str) -> None:
        await self._run(lambda c: c.execute(
            "DELETE FROM cache_kv WHERE account = %s AND left(key, %s) = %s", (self.account, len(prefix), prefix)))

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        now = self._clock()
        cursor = await self._run(lambda c: c.execute(
            "INSERT INTO cache_marks AS m VALUES (%s, %s, %s) ON CONFLICT (account, key) DO UPDATE SET "
            "until = excluded.until WHERE m.until <= %s", (self.account, key, now + ttl, now)))
        return cursor.rowcount == 1

    async def aclose(self) -> None:
        """Nothing of its own to close: the pool is the process's, shared by every account."""


class PostgresLeases:
    """:class:`~convo_mcp.state.base.Leases` as rows of ``cache_marks``: every replica of an account.
    A lease's token is the instant it lapses; each operation is one statement (atomic)."""

    def __init__(self, store: PostgresStore) -> None:
        self.store = store

    async def _run(self, fn: Callable[[psycopg.Connection[tuple[Any, ...]]], R]) -> R:
        return await self.store._run(fn)

    async def take(self, name: str, ttl: float) -> str | None:
        now = self.store._clock()
        until = now + ttl
        cursor = await self._run(lambda c: c.execute(
            "INSERT INTO cache_marks AS m VALUES (%s, %s, %s) ON CONFLICT (account, key) DO UPDATE SET "
            "until = excluded.until WHERE m.until <= %s", (self.store.account, f"lease:{name}", until, now)))
        return repr(until) if cursor.rowcount == 1 else None

    async def renew(self, name: str, token: str, ttl: float) -> str | None:
        until = self.store._clock() + ttl
        cursor = await self._run(lambda c: c.execute(
            "UPDATE cache_marks SET until = %s WHERE account = %s AND key = %s AND until = %s",
            (until, self.store.account, f"lease:{name}", float(token))))
        return repr(until) if cursor.rowcount == 1 else None

    async def release(self, name: str, token: str) -> None:
        await self._run(lambda c: c.execute(
            "DELETE FROM cache_marks WHERE account = %s AND key = %s AND until = %s",
            (self.store.account, f"lease:{name}", float(token))))

    async def held(self, name: str) -> bool:
        row = await self._run(lambda c: c.execute(
            "SELECT 1 FROM cache_marks WHERE account = %s AND key = %s AND until > %s",
            (self.store.account, f"lease:{name}", self.store._clock())).fetchone())
        return row is not None


class PostgresPresence:
    """Which processes serve one account now: each keeps a mark ``replica:<id>`` in ``cache_marks``,
    renewed while it runs and lapsing when it stops (or dies); one statement per operation."""

    PREFIX = "replica:"

    def __init__(self, store: PostgresStore, replica: str) -> None:
        self.store, self.key = store, f"{self.PREFIX}{replica}"

    async def announce(self, ttl: float) -> None:
        until = self.store._clock() + ttl
        await self.store._run(lambda c: c.execute(
            "INSERT INTO cache_marks VALUES (%s, %s, %s) ON CONFLICT (account, key) DO UPDATE SET "
            "until = excluded.until",
            (self.store.account, self.key, until)))

    async def withdraw(self) -> None:
        await self.store._run(lambda c: c.execute(
            "DELETE FROM cache_marks WHERE account = %s AND key = %s", (self.store.account, self.key)))

    async def count(self) -> int:
        """Processes serving the account now (this one included, once it has announced itself)."""
        row = await self.store._run(lambda c: c.execute(
            "SELECT count(*) FROM cache_marks WHERE account = %s AND left(key, %s) = %s AND until > %s",
            (self.store.account, len(self.PREFIX), self.PREFIX, self.store._clock())).fetchone())
        return int(row[0]) if row else 0
