"""Single-flight across processes: whoever takes a lease does the work, the others wait for its
result. :class:`LeasedFlights` is the loop, on any lease primitive; :class:`SQLiteFlights` leases
rows of the shared cache file (processes of one user, no Redis), and
:class:`~convo_mcp.replicas.flights.RedisFlights` Redis keys (replicas).

The holder renews its lease while it works (a crashed holder's lease lapses), waiters poll for the
result with backoff and, after ``max_wait`` or when the lease store cannot be used, do the work
themselves: a coordinator never raises errors of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from convo_mcp.errors import SharedUnavailable
from convo_mcp.log import get_logger
from convo_mcp.store import Entry, SQLiteStore
from convo_mcp.types import Sleep

log = get_logger("convo_mcp.leases")
T = TypeVar("T")


class LeasedFlights:
    """:class:`~convo_mcp.cache.FlightCoordinator` over three lease operations a subclass provides."""

    def __init__(self, *, lease: float, max_wait: float, sleep: Sleep | None = None) -> None:
        self.lease, self.max_wait = lease, max_wait
        self._sleep = sleep or asyncio.sleep
        self.waited = 0  # calls answered by another process's work

    async def take(self, name: str) -> Any | None:
        """A token when the lease was taken, None when someone else holds it."""
        raise NotImplementedError

    async def renew(self, name: str, token: Any) -> Any | None:
        raise NotImplementedError

    async def drop(self, name: str, token: Any) -> None:
        raise NotImplementedError

    async def run(self, name: str, work: Callable[[], Awaitable[T]], done: Callable[[], Awaitable[T | None]]) -> T:
        started = time.monotonic()
        poll = 0.02
        while True:
            try:
                token = await self.take(name)
            except SharedUnavailable:
                return await work()
            if token is not None:
                break
            found = await done()
            if found is not None:
                self.waited += 1
                return found
            if time.monotonic() - started > self.max_wait:
                log.warning("lease.wait_exceeded", waited_s=round(self.max_wait), action="loading itself")
                return await work()
            await self._sleep(poll * (1.0 + 0.25 * random.random()))
            poll = min(poll * 1.5, 0.25)
        holder = [token]
        try:
            found = await done()  # finished between our last look and taking the lease
            if found is not None:
                self.waited += 1
                return found
            async with self._kept(name, holder):
                return await work()
        finally:
            with contextlib.suppress(SharedUnavailable):
                await self.drop(name, holder[0])

    @contextlib.asynccontextmanager
    async def _kept(self, name: str, holder: list[Any]) -> AsyncIterator[None]:
        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lease / 3)
                with contextlib.suppress(SharedUnavailable):
                    renewed = await self.renew(name, holder[0])
                    if renewed is not None:
                        holder[0] = renewed

        task = asyncio.get_running_loop().create_task(renew())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


class SQLiteFlights(LeasedFlights):
    """Leases in the cache file that several processes of one user share: each item loads once."""

    def __init__(self, store: SQLiteStore, *, lease: float = 15.0, max_wait: float = 150.0,
                 result_ttl: float = 30.0) -> None:
        super().__init__(lease=lease, max_wait=max_wait)
        self.store = store
        self.result_ttl = result_ttl

    async def take(self, name: str) -> float | None:
        return await self._safely(self.store.take_lease(name, self.lease))

    async def renew(self, name: str, token: Any) -> float | None:
        return await self._safely(self.store.renew_lease(name, float(token), self.lease))

    async def drop(self, name: str, token: Any) -> None:
        await self._safely(self.store.drop_lease(name, float(token)))

    @staticmethod
    async def _safely(call: Awaitable[T]) -> T:
        try:
            return await call
        except Exception as exc:  # the file is unusable now: no coordination, never a failure
            raise SharedUnavailable(str(exc)) from exc

    async def put_result(self, name: str, data: bytes) -> None:
        now = time.time()
        with contextlib.suppress(SharedUnavailable):
            await self._safely(self.store.set(f"result:{name}", Entry(data, now, now + self.result_ttl)))

    async def get_result(self, name: str) -> bytes | None:
        try:
            entry = await self._safely(self.store.get(f"result:{name}"))
        except SharedUnavailable:
            return None
        return entry.value if entry is not None and (entry.expires_at or 0) > time.time() else None
