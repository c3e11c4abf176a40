"""Cache-first reads of the Convo API: repeated questions cost zero API requests.

:class:`Cache` stacks :class:`~convo_mcp.state.base.Store` layers, fastest first (per-process memory, then
the shared SQLite file, or Redis for replicas). Transcripts, keypoints and feedback never change once
generated, so they are stored without expiry; lists, the profile and the calendar get short TTLs.

:meth:`Cache.fetch` is the one call the tools use: a fresh copy is returned without touching the API;
otherwise identical concurrent requests share a single upstream call; when that call fails with an
error the caller names (rate limited, upstream down) and any copy exists, the stale copy is served
and the caller can tell the user how old it is.

The cache is an optimisation, never a point of failure: a layer that raises (disk full, corrupt
file, Redis down) is logged once and skipped.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, Literal, TypeVar

from convo_mcp.log import get_logger
from convo_mcp.state.base import Entry, FlightCoordinator, Store
from convo_mcp.state.memory import MemoryStore

T = TypeVar("T")
Source = Literal["memory", "disk", "upstream"]

log = get_logger(__name__)


@dataclass(frozen=True)
class Cached(Generic[T]):
    """A value and where it came from. ``fresh`` is False when it outlived its TTL (served because
    the API failed); ``age`` says how old it is, for "as of 12 minutes ago" notes."""

    value: T
    stored_at: float
    fresh: bool
    source: Source

    def age(self, now: float) -> float:
        return max(0.0, now - self.stored_at)


InvalidationHook = Callable[[str, tuple[str, ...]], Awaitable[None]]


@dataclass(frozen=True)
class _Box(Generic[T]):
    value: T


@dataclass
class CacheStats:
    """Counters for the status tool and benchmarks."""

    hits_memory: int = 0
    hits_disk: int = 0
    misses: int = 0
    loads: int = 0  # upstream calls actually made by fetch()
    coalesced: int = 0  # callers that joined an identical call already in flight
    stale_served: int = 0
    layer_errors: int = 0

    @property
    def hits(self) -> int:
        return self.hits_memory + self.hits_disk


class Cache:
    """Layered read-through cache with single-flight loading and stale-on-error serving.

    ``layers[0]`` is the fastest; a hit in a lower layer is copied into the layers above it. An
    empty ``layers`` turns caching off while keeping request coalescing. Values must be JSON-able
    (dict, list, str, number, bool, None) and are returned as decoded JSON; treat them as read-only,
    since coalesced callers share one object.
    """

    def __init__(
        self,
        layers: Sequence[Store],
        *,
        clock: Callable[[], float] = time.time,
        coordinator: FlightCoordinator | None = None,
        on_invalidate: InvalidationHook | None = None,
    ) -> None:
        self.layers: tuple[Store, ...] = tuple(layers)
        self.stats = CacheStats()
        self._clock = clock
        self.coordinator = coordinator
        # Called after every invalidation so other processes can drop their private copies.
        self.on_invalidate = on_invalidate
        self._flights: dict[tuple[str, str], asyncio.Task[Any]] = {}
        self._failing: set[int] = set()

    # -- layer access, tolerant of failures ---------------------------------------------------

    def _source(self, index: int) -> Source:
        return "memory" if isinstance(self.layers[index], MemoryStore) else "disk"

    async def _guard(self, index: int, op: str, call: Callable[[], Awaitable[T]]) -> T | None:
        """Run one layer operation; on failure warn once per layer (until it recovers), return None."""
        try:
            result = await call()
        except Exception as exc:
            self.stats.layer_errors += 1
            if index not in self._failing:
                self._failing.add(index)
                log.warning(
                    "cache_layer_failed",
                    layer=type(self.layers[index]).__name__,
                    op=op,
                    error=f"{type(exc).__name__}: {exc}",
                )
            return None
        if index in self._failing:
            self._failing.discard(index)
            log.info("cache_layer_recovered", layer=type(self.layers[index]).__name__)
        return result

    async def _lookup(self, key: str) -> Cached[Any] | None:
        """The best copy across layers (fresh beats stale, newer beats older), promoted upwards."""
        now = self._clock()
        best: Entry | None = None
        best_index = 0
        for index, layer in enumerate(self.layers):
            entry = await self._guard(index, "get", partial(layer.get, key))
            if entry is None:
                continue
            if best is None or (entry.fresh(now), entry.stored_at) > (best.fresh(now), best.stored_at):
                best, best_index = entry, index
            if best.fresh(now):
                break
        if best is None:
            return None
        try:
            value = json.loads(best.value)
        except ValueError:
            log.warning("cache_entry_undecodable", layer=type(self.layers[best_index]).__name__)
            return None
        for index in range(best_index):
            await self._guard(index, "set", partial(self.layers[index].set, key, best))
        return Cached(value=value, stored_at=best.stored_at, fresh=best.fresh(now), source=self._source(best_index))

    def _count(self, hit: Cached[Any] | None) -> None:
        if hit is None or not hit.fresh:
            self.stats.misses += 1
        elif hit.source == "memory":
            self.stats.hits_memory += 1
        else:
            self.stats.hits_disk += 1

    # -- public API ---------------------------------------------------------------------------

    async def get(self, key: str) -> Cached[Any] | None:
        """The cached value, fresh or stale, or None."""
        hit = await self._lookup(key)
        self._count(hit)
        return hit

    async def put(self, key: str, value: Any, ttl: float | None) -> None:
        """Store ``value`` in every layer; ``ttl=None`` for immutable data (never stale).

        Raises TypeError/ValueError when ``value`` is not JSON-able (a programming error); layer
        failures are logged and swallowed.
        """
        await self._put_encoded(key, _encode(value), ttl)

    async def _put_encoded(self, key: str, data: bytes, ttl: float | None) -> float:
        now = self._clock()
        entry = Entry(value=data, stored_at=now, expires_at=None if ttl is None else now + ttl)
        for index, layer in enumerate(self.layers):
            await self._guard(index, "set", partial(layer.set, key, entry))
        return now

    async def invalidate(self, *keys: str) -> None:
        for index, layer in enumerate(self.layers):
            await self._guard(index, "delete", partial(layer.delete, *keys))
        await self._announce("keys", keys)

    async def invalidate_prefix(self, prefix: str) -> None:
        for index, layer in enumerate(self.layers):
            await self._guard(index, "delete_prefix", partial(layer.delete_prefix, prefix))
        await self._announce("prefix", (prefix,))

    async def invalidate_local(self, kind: str, items: Sequence[str]) -> None:
        """Apply another process's invalidation to this process's private layers only (the shared
        ones were already updated by that process). ``kind`` is "keys" or "prefix"."""
        for index, layer in enumerate(self.layers):
            if getattr(layer, "shared", False):
                continue
            if kind == "keys":
                await self._guard(index, "delete", partial(layer.delete, *items))
            else:
                for prefix in items:
                    await self._guard(index, "delete_prefix", partial(layer.delete_prefix, prefix))

    async def _announce(self, kind: str, items: tuple[str, ...]) -> None:
        if self.on_invalidate is None or not items:
            return
        try:
            await self.on_invalidate(kind, items)
        except Exception as exc:  # other processes keep their copies until their TTLs; never fail a write
            log.debug("cache_invalidation_not_announced", error=type(exc).__name__)

    async def fetch(
        self,
        key: str,
        loader: Callable[[], Awaitable[Any]],
        *,
        ttl: float | None,
        refresh: bool = False,
        serve_stale_on: tuple[type[BaseException], ...] = (),
    ) -> Cached[Any]:
        """Cache-first read of ``key``, calling ``loader`` (once, however many callers) on a miss.

        ``refresh=True`` skips the cache read but still coalesces and stores. If the loader raises
        one of ``serve_stale_on`` and any copy exists, that copy is returned instead of raising.
        """
        if not refresh:
            hit = await self._lookup(key)
            self._count(hit)
            if hit is not None and hit.fresh:
                return hit

        async def load() -> Cached[Any]:
            if not refresh:  # a just-finished identical load may have stored it meanwhile
                again = await self._lookup(key)
                if again is not None and again.fresh:
                    return again
            if self.coordinator is None:
                return await upstream()
            started = self._clock()

            async def stored_meanwhile() -> Cached[Any] | None:  # by another process holding the lock
                hit = await self._lookup(key)
                if hit is None or not hit.fresh or (refresh and hit.stored_at < started):
                    return None
                return hit

            return await self.coordinator.run("fetch:" + key, upstream, stored_meanwhile)

        async def upstream() -> Cached[Any]:
            self.stats.loads += 1
            data = _encode(await loader())
            stored_at = await self._put_encoded(key, data, ttl)
            return Cached(value=json.loads(data), stored_at=stored_at, fresh=True, source="upstream")

        try:
            return await self._flight(("fetch", key), load)
        except serve_stale_on:
            stale = await self._lookup(key)
            if stale is None:
                raise
            self.stats.stale_served += 1
            log.info("cache_served_stale", key=key, age_seconds=round(stale.age(self._clock()), 1))
            return stale

    async def single_flight(self, key: str, fn: Callable[[], Awaitable[T]]) -> T:
        """Run ``fn`` once for all concurrent callers with the same ``key``; they all get its result
        or its exception. Used by :meth:`fetch` and for uncached calls (identical AI questions)."""
        coordinator = self.coordinator
        if coordinator is None:
            result: T = await self._flight(("call", key), fn)
            return result

        async def across_processes() -> T:
            async def work() -> _Box[T]:
                value = await fn()
                try:
                    data = _encode(value)
                except (TypeError, ValueError):
                    return _Box(value)  # not shareable: waiters elsewhere will run it themselves
                await coordinator.put_result("call:" + key, data)
                return _Box(value)

            async def left_behind() -> _Box[T] | None:
                data = await coordinator.get_result("call:" + key)
                return None if data is None else _Box(json.loads(data))

            box = await coordinator.run("call:" + key, work, left_behind)
            return box.value

        shared: T = await self._flight(("call", key), across_processes)
        return shared

    async def _flight(self, flight_key: tuple[str, str], fn: Callable[[], Awaitable[T]]) -> T:
        task = self._flights.get(flight_key)
        if task is None:

            async def run() -> T:
                return await fn()

            # The work runs in its own task and callers await it through shield(): a caller that
            # is cancelled (client went away) stops waiting without cancelling the others' load.
            task = asyncio.get_running_loop().create_task(run())
            self._flights[flight_key] = task
            task.add_done_callback(partial(self._flight_done, flight_key))
        else:
            self.stats.coalesced += 1
        result: T = await asyncio.shield(task)
        return result

    def _flight_done(self, flight_key: tuple[str, str], task: asyncio.Task[Any]) -> None:
        if self._flights.get(flight_key) is task:
            del self._flights[flight_key]
        if not task.cancelled():
            task.exception()  # retrieved: no "exception was never retrieved" when all waiters left

    async def aclose(self) -> None:
        """Cancel loads still in flight and close every layer."""
        flights = list(self._flights.values())
        for task in flights:
            task.cancel()
        if flights:
            await asyncio.gather(*flights, return_exceptions=True)
        for index, layer in enumerate(self.layers):
            await self._guard(index, "aclose", layer.aclose)


def _encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
