"""Single-flight across replicas: one Redis lock per identical load or AI call."""

from __future__ import annotations

import asyncio
import contextlib
import random
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from convo_mcp.log import get_logger
from convo_mcp.replicas.connection import RedisLink, SharedUnavailable, as_bytes
from convo_mcp.types import Sleep

T = TypeVar("T")
log = get_logger("convo_mcp.replicas")

_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_EXTEND = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class RedisFlights:
    """:class:`~convo_mcp.cache.FlightCoordinator` with Redis locks (``SET NX PX`` + token).

    The holder keeps its lock alive while it works (a crashed holder's lock lapses after
    ``lock_ttl`` seconds), leaves the result behind for ``result_ttl`` seconds and releases the
    lock with a compare-and-delete. Waiters poll for the result and the lock with backoff; after
    ``max_wait`` seconds, or when Redis is unreachable, they do the work themselves.
    """

    def __init__(self, link: RedisLink, namespace: str, *, lock_ttl: float = 15.0, max_wait: float = 150.0,
                 result_ttl: float = 30.0, sleep: Sleep | None = None) -> None:
        self._link = link
        self._ns = namespace
        self.lock_ttl = lock_ttl
        self.max_wait = max_wait
        self.result_ttl = result_ttl
        self._sleep = sleep or asyncio.sleep
        self._unlock = link.client.register_script(_UNLOCK)
        self._extend = link.client.register_script(_EXTEND)
        self.waited = 0  # callers that got their answer from another replica's work

    async def run(self, name: str, work: Callable[[], Awaitable[T]], done: Callable[[], Awaitable[T | None]]) -> T:
        lock = f"{self._ns}lock:{name}"
        token = secrets.token_hex(16).encode()
        started = time.monotonic()
        poll = 0.02
        while True:
            try:
                got = await self._link.run(lambda r: r.set(lock, token, nx=True, px=int(self.lock_ttl * 1000)))
            except SharedUnavailable:
                return await work()
            if got:
                break
            found = await done()
            if found is not None:
                self.waited += 1
                return found
            if time.monotonic() - started > self.max_wait:
                log.warning("shared_lock.wait_exceeded", waited_s=round(self.max_wait), action="loading itself")
                return await work()
            await self._sleep(poll * (1.0 + 0.25 * random.random()))
            poll = min(poll * 1.5, 0.25)
        try:
            found = await done()  # finished between our last look and taking the lock
            if found is not None:
                self.waited += 1
                return found
            async with self._kept_alive(lock, token):
                return await work()
        finally:
            with contextlib.suppress(SharedUnavailable):
                await self._link.run(lambda r: self._unlock(keys=[lock], args=[token], client=r))

    @contextlib.asynccontextmanager
    async def _kept_alive(self, lock: str, token: bytes) -> AsyncIterator[None]:
        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lock_ttl / 3)
                with contextlib.suppress(SharedUnavailable):
                    await self._link.run(
                        lambda r: self._extend(keys=[lock], args=[token, int(self.lock_ttl * 1000)], client=r))

        task = asyncio.get_running_loop().create_task(renew())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def put_result(self, name: str, data: bytes) -> None:
        key = f"{self._ns}result:{name}"
        with contextlib.suppress(SharedUnavailable):
            await self._link.run(lambda r: r.set(key, data, px=int(self.result_ttl * 1000)))

    async def get_result(self, name: str) -> bytes | None:
        key = f"{self._ns}result:{name}"
        try:
            data = await self._link.run(lambda r: r.get(key))
        except SharedUnavailable:
            return None
        return None if data is None else as_bytes(data)
