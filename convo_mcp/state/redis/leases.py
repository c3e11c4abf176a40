"""Leases and flight results in Redis, shared by every replica of one account: a lease is a key set
with ``SET NX PX`` holding a random token, renewed and released only by the holder that token names
(compare-and-extend, compare-and-delete), so a replica never frees another's lease."""

from __future__ import annotations

import contextlib
import secrets

from convo_mcp.state.redis.connection import RedisLink, SharedUnavailable, as_bytes

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class RedisLeases:
    """:class:`~convo_mcp.state.base.Leases` as Redis keys under the account's namespace."""

    def __init__(self, link: RedisLink, namespace: str) -> None:
        self._link, self._ns = link, namespace
        self._release = link.client.register_script(_RELEASE)
        self._renew = link.client.register_script(_RENEW)

    def _key(self, name: str) -> str:
        return f"{self._ns}lease:{name}"

    async def take(self, name: str, ttl: float) -> str | None:
        token = secrets.token_hex(16)
        got = await self._link.run(lambda r: r.set(self._key(name), token, nx=True, px=int(ttl * 1000)))
        return token if got else None

    async def renew(self, name: str, token: str, ttl: float) -> str | None:
        kept = await self._link.run(lambda r: self._renew(keys=[self._key(name)], args=[token, int(ttl * 1000)],
                                                          client=r))
        return token if kept else None

    async def release(self, name: str, token: str) -> None:
        await self._link.run(lambda r: self._release(keys=[self._key(name)], args=[token], client=r))

    async def held(self, name: str) -> bool:
        return bool(await self._link.run(lambda r: r.exists(self._key(name))))


class RedisResults:
    """:class:`~convo_mcp.state.base.Results` as keys that expire with their ``ttl``."""

    def __init__(self, link: RedisLink, namespace: str) -> None:
        self._link, self._ns = link, namespace

    async def put(self, name: str, data: bytes, ttl: float) -> None:
        key = f"{self._ns}result:{name}"
        with contextlib.suppress(SharedUnavailable):
            await self._link.run(lambda r: r.set(key, data, px=int(ttl * 1000)))

    async def get(self, name: str) -> bytes | None:
        key = f"{self._ns}result:{name}"
        try:
            data = await self._link.run(lambda r: r.get(key))
        except SharedUnavailable:
            return None
        return None if data is None else as_bytes(data)
