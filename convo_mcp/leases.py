"""Single-flight across processes that share one cache file (no Redis): a lease row in SQLite.

Several servers of the same user (two chat apps, a CLI run beside them) open the same cache file.
Without coordination each would fetch the same transcript; with :class:`SQLiteFlights` the first to
take the lease loads it and stores it, the others wait briefly and read what it stored. A holder
renews its lease while it works; a crashed holder's lease lapses after ``lease`` seconds. Like the
Redis coordinator, it never raises errors of its own: when the file cannot be used the caller loads.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from convo_mcp.log import get_logger
from convo_mcp.store import Entry, SQLiteStore, StoreUnavailable

log = get_logger("convo_mcp.leases")
T = TypeVar("T")
FAILURES = (StoreUnavailable, OSError, Exception)


class SQLiteFlights:
    """:class:`~convo_mcp.cache.FlightCoordinator` on the shared SQLite cache file."""

    def __init__(self, store: SQLiteStore, *, lease: float = 15.0, max_wait: float = 150.0,
                 result_ttl: float = 30.0) -> None:
        self.store = store
        self.lease, self.max_wait, self.result_ttl = lease, max_wait, result_ttl
        self.waited = 0  # calls answered by another process's work

    async def run(self, name: str, work: Callable[[], Awaitable[T]], done: Callable[[], Awaitable[T | None]]) -> T:
        started = time.monotonic()
        poll = 0.02
        while True:
            try:
                token = await self.store.take_lease(name, self.lease)
            except FAILURES:
                return await work()
            if token is not None:
                break
            found = await done()
            if found is not None:
                self.waited += 1
                return found
            if time.monotonic() - started > self.max_wait:
                log.warning("cache_lease.wait_exceeded", waited_s=round(self.max_wait), action="loading itself")
                return await work()
            await asyncio.sleep(poll * (1.0 + 0.25 * random.random()))
            poll = min(poll * 1.5, 0.25)
        try:
            found = await done()  # finished between our last look and taking the lease
            if found is not None:
                self.waited += 1
                return found
            async with self._kept(name, token) as holder:
                result = await work()
            token = holder[0]
            return result
        finally:
            with contextlib.suppress(*FAILURES):
                await self.store.drop_lease(name, token)

    @contextlib.asynccontextmanager
    async def _kept(self, name: str, token: float) -> AsyncIterator[list[float]]:
        holder = [token]

        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lease / 3)
                with contextlib.suppress(*FAILURES):
                    renewed = await self.store.renew_lease(name, holder[0], self.lease)
                    if renewed is not None:
                        holder[0] = renewed

        task = asyncio.get_running_loop().create_task(renew())
        try:
            yield holder
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def put_result(self, name: str, data: bytes) -> None:
        now = time.time()
        with contextlib.suppress(*FAILURES):
            await self.store.set(f"result:{name}", Entry(value=data, stored_at=now, expires_at=now + self.result_ttl))

    async def get_result(self, name: str) -> bytes | None:
        try:
            entry = await self.store.get(f"result:{name}")
        except FAILURES:
            return None
        return entry.value if entry is not None and (entry.expires_at or 0) > time.time() else None
