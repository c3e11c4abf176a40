"""OAuth state in Redis (``CONVO_MCP_REDIS_URL`` without a database): any replica serves any person.
Unlike the cache, this is not an accelerator: an unreachable Redis refuses the request (a typed
:class:`~convo_mcp.errors.StorageUnavailableError`) rather than guessing."""

from __future__ import annotations

import json
import time
from typing import Any

from convo_mcp.errors import StorageUnavailableError
from convo_mcp.state.base import Record


class _Typed:
    """A Redis client whose failures come back as this server's typed error."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._client, name)
        if name == "pipeline" or not callable(attr):
            return attr

        async def call(*args: Any, **kwargs: Any) -> Any:
            from redis.exceptions import RedisError

            try:
                return await attr(*args, **kwargs)
            except (RedisError, OSError, TimeoutError) as exc:
                raise StorageUnavailableError("Redis, which holds the sign-ins, cannot be reached "
                                              f"({type(exc).__name__}).") from None

        return call


class RedisAuthStore:
    """Records as JSON strings with a TTL, taken with GETDEL; groups as sets. Unlike the cache, this
    is not an accelerator: an unreachable Redis fails the request rather than guessing."""

    def __init__(self, url: str, *, prefix: str = "convo-mcp:auth:", timeout: float = 2.0) -> None:
        from redis.asyncio import Redis

        self._redis: Any = _Typed(Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout))
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
        from redis.exceptions import RedisError

        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.set(key, 0, px=int(ttl * 1000), nx=True)
                pipe.incrby(key, by)
                _, value = await pipe.execute()
        except (RedisError, OSError, TimeoutError) as exc:
            raise StorageUnavailableError("Redis, which holds the sign-ins, cannot be reached "
                                          f"({type(exc).__name__}).") from None
        return int(value)

    async def admit(self, queue: str, member: str, limit: int, ttl: float) -> list[str]:
        now_ms = int(time.time() * 1000)
        out = await self._redis.eval(_ADMIT, 1, self._k("queue", queue), member, now_ms, int(ttl * 1000), limit)
        return [m.decode() if isinstance(m, bytes) else str(m) for m in out]

    async def live_grants(self) -> list[tuple[str, Record]]:
        """Not listed here: only a database's walkers open idle accounts."""
        return []

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
