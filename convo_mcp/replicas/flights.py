"""Single-flight across replicas: one Redis lock per identical load or AI call."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from convo_mcp.leases import LeasedFlights
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


class RedisFlights(LeasedFlights):
    """:class:`~convo_mcp.cache.FlightCoordinator` with Redis locks (``SET NX PX`` + token): the
    lock is kept alive while the holder works, the result is left behind for ``result_ttl`` seconds
    and the lock released with a compare-and-delete. When Redis is unreachable, callers load."""

    def __init__(self, link: RedisLink, namespace: str, *, lock_ttl: float = 15.0, max_wait: float = 150.0,
                 result_ttl: float = 30.0, sleep: Sleep | None = None) -> None:
        super().__init__(lease=lock_ttl, max_wait=max_wait, sleep=sleep)
        self._link = link
        self._ns = namespace
        self.lock_ttl = lock_ttl
        self.result_ttl = result_ttl
        self._unlock = link.client.register_script(_UNLOCK)
        self._extend = link.client.register_script(_EXTEND)

    async def _redis(self, op: Callable[[Any], Awaitable[T]]) -> T:
        try:
            return await self._link.run(op)
        except SharedUnavailable as exc:
            raise SharedUnavailable(str(exc)) from exc

    async def take(self, name: str) -> bytes | None:
        lock, token = f"{self._ns}lock:{name}", secrets.token_hex(16).encode()
        got = await self._redis(lambda r: r.set(lock, token, nx=True, px=int(self.lock_ttl * 1000)))
        return token if got else None

    async def renew(self, name: str, token: Any) -> bytes | None:
        lock = f"{self._ns}lock:{name}"
        await self._redis(lambda r: self._extend(keys=[lock], args=[token, int(self.lock_ttl * 1000)], client=r))
        return bytes(token)

    async def drop(self, name: str, token: Any) -> None:
        lock = f"{self._ns}lock:{name}"
        await self._redis(lambda r: self._unlock(keys=[lock], args=[token], client=r))

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
