"""Cache entries and webhook de-duplication marks in Redis: the Store every replica shares."""

from __future__ import annotations

import contextlib
import time
from typing import Any

from redis.asyncio import Redis

from convo_mcp.state.base import Entry
from convo_mcp.state.memory import MemoryStore
from convo_mcp.state.redis.connection import RedisLink, SharedUnavailable, as_bytes
from convo_mcp.types import Clock


def _glob_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "*?[]\\" else ch for ch in text)


class RedisStore:
    """:class:`~convo_mcp.store.Store` in Redis, shared by every replica of one account.

    An entry is a hash ``{v: value, s: stored_at, e: expires_at}`` under ``{ns}kv:{key}``; Redis
    forgets it ``stale_retention`` seconds after it goes stale (immutable entries never expire, so
    run Redis with an eviction policy such as ``allkeys-lru``). Marks are ``SET NX PX`` keys under
    ``{ns}mark:{key}``. While Redis is unreachable the store fails soft: reads miss, writes are
    skipped, invalidations are remembered and replayed on recovery, and marks are kept per process.
    """

    shared = True  # Cache.invalidate_local skips layers that other processes see anyway
    MAX_MISSED = 1000

    def __init__(self, link: RedisLink, namespace: str, *, stale_retention: float = 86_400.0,
                 clock: Clock = time.time) -> None:
        self._link = link
        self._ns = namespace
        self.stale_retention = stale_retention
        self._clock = clock
        self._local_marks = MemoryStore(4096, clock=clock)
        self._missed: list[tuple[str, tuple[str, ...]]] = []
        self._missed_overflow = False
        link.on_recover.append(self._replay)

    def _kv(self, key: str) -> str:
        return f"{self._ns}kv:{key}"

    def _mark(self, key: str) -> str:
        return f"{self._ns}mark:{key}"

    async def get(self, key: str) -> Entry | None:
        try:
            value, stored, expires = await self._link.run(lambda r: r.hmget(self._kv(key), ["v", "s", "e"]))
        except SharedUnavailable:
            return None
        if value is None or stored is None:
            return None
        return Entry(value=as_bytes(value), stored_at=float(stored), expires_at=float(expires) if expires else None)

    async def set(self, key: str, entry: Entry) -> None:
        fields: dict[str, bytes | str] = {"v": entry.value, "s": repr(entry.stored_at)}
        forget_at: float | None = None
        if entry.expires_at is not None:
            fields["e"] = repr(entry.expires_at)
            forget_at = entry.expires_at + self.stale_retention
            if forget_at <= self._clock():
                return

        async def write(r: Redis) -> Any:
            async with r.pipeline(transaction=True) as pipe:
                pipe.delete(self._kv(key))
                pipe.hset(self._kv(key), mapping=fields)  # type: ignore[arg-type]
                if forget_at is not None:
                    pipe.pexpireat(self._kv(key), int(forget_at * 1000))
                return await pipe.execute()

        with contextlib.suppress(SharedUnavailable):
            await self._link.run(write)

    async def delete(self, *keys: str) -> None:
        if not keys:
            return
        names = [name for key in keys for name in (self._kv(key), self._mark(key))]
        try:
            await self._link.run(lambda r: r.unlink(*names))
        except SharedUnavailable:
            self._remember("keys", keys)

    async def delete_prefix(self, prefix: str) -> None:
        pattern = self._kv(_glob_escape(prefix)) + "*"

        async def sweep(r: Redis) -> None:
            batch: list[bytes] = []
            async for name in r.scan_iter(match=pattern, count=500):
                batch.append(name)
                if len(batch) >= 500:
                    await r.unlink(*batch)
                    batch.clear()
            if batch:
                await r.unlink(*batch)

        try:
            await self._link.run(sweep)
        except SharedUnavailable:
            self._remember("prefix", (prefix,))

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        try:
            ms = max(1, int(ttl * 1000))
            return bool(await self._link.run(lambda r: r.set(self._mark(key), b"1", nx=True, px=ms)))
        except SharedUnavailable:
            return await self._local_marks.add_if_absent(key, ttl)

    async def aclose(self) -> None:
        """Nothing to release: the link belongs to :class:`~convo_mcp.state.redis.SharedState`."""

    # invalidations that could not reach Redis are applied once it is back
    def _remember(self, kind: str, items: tuple[str, ...]) -> None:
        if len(self._missed) >= self.MAX_MISSED:
            self._missed_overflow = True
            return
        self._missed.append((kind, items))

    async def _replay(self) -> None:
        missed, self._missed = self._missed, []
        overflow, self._missed_overflow = self._missed_overflow, False
        if overflow:
            await self.delete_prefix("")
            return
        for kind, items in missed:
            if kind == "keys":
                await self.delete(*items)
            else:
                for prefix in items:
                    await self.delete_prefix(prefix)
