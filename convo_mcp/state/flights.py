"""Single-flight across processes: whoever takes a flight's lease does the work, the others wait for
its result. :class:`LeasedFlights` is the loop, on any engine's :class:`~.base.Leases` and
:class:`~.base.Results`.

The holder renews its lease while it works (a crashed holder's lease lapses), waiters poll for the
result with backoff and, after ``max_wait`` or when the engine cannot be reached, do the work
themselves: a coordinator never raises errors of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from convo_mcp.errors import StorageUnavailableError
from convo_mcp.log import get_logger
from convo_mcp.state.base import Leases, Results, flight_lease
from convo_mcp.types import Sleep

log = get_logger("convo_mcp.state")
T = TypeVar("T")


class LeasedFlights:
    """:class:`~.base.FlightCoordinator` over an engine's leases and results."""

    def __init__(self, leases: Leases, results: Results, *, lease: float = 15.0, max_wait: float = 150.0,
                 result_ttl: float = 30.0, sleep: Sleep | None = None) -> None:
        self.leases, self.results = leases, results
        self.lease, self.max_wait, self.result_ttl = lease, max_wait, result_ttl
        self._sleep = sleep or asyncio.sleep
        self.waited = 0  # calls answered by another process's work

    async def run(self, name: str, work: Callable[[], Awaitable[T]], done: Callable[[], Awaitable[T | None]]) -> T:
        started = time.monotonic()
        poll = 0.02
        lease = flight_lease(name)
        while True:
            try:
                token = await self.leases.take(lease, self.lease)
            except StorageUnavailableError:
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
            async with self._kept(lease, holder):
                return await work()
        finally:
            with contextlib.suppress(StorageUnavailableError):
                await self.leases.release(lease, holder[0])

    @contextlib.asynccontextmanager
    async def _kept(self, lease: str, holder: list[str]) -> AsyncIterator[None]:
        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lease / 3)
                with contextlib.suppress(StorageUnavailableError):
                    renewed = await self.leases.renew(lease, holder[0], self.lease)
                    if renewed is not None:
                        holder[0] = renewed

        task = asyncio.get_running_loop().create_task(renew())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def put_result(self, name: str, data: bytes) -> None:
        await self.results.put(name, data, self.result_ttl)

    async def get_result(self, name: str) -> bytes | None:
        return await self.results.get(name)
