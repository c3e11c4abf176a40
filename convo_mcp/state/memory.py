"""What one process keeps for itself: a bounded LRU store (the cache's first layer, and webhook marks
when nothing is shared), and leases held among the tasks of this process."""

from __future__ import annotations

import sys
import time
from collections import OrderedDict
from typing import TYPE_CHECKING

from convo_mcp.state.base import Entry
from convo_mcp.types import Clock

if TYPE_CHECKING:
    from convo_mcp.memory import Share


def _bytes(key: str, entry: Entry) -> int:
    return sys.getsizeof(key) + sys.getsizeof(entry) + sys.getsizeof(entry.value) + 100  # 100: its place in the dict


class MemoryStore:
    """Per-process store: a bounded LRU of entries plus a bounded set of time-limited marks.

    The least recently read or written entry is evicted once ``max_entries`` is exceeded, so a long
    session cannot grow without bound. With a ``share`` (a durable layer lies below it) its entries'
    bytes count in the account's part of the process's memory bound, which may make it let go of all
    of them, and it keeps to half the bound by itself. Methods are async only to satisfy :class:`Store`.
    """

    def __init__(self, max_entries: int = 1024, clock: Clock = time.time, share: Share | None = None) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.max_entries = max_entries
        self._clock = clock
        self._share = share
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._marks: OrderedDict[str, float] = OrderedDict()
        self.nbytes = 0  # of the entries held

    def release(self) -> None:
        """The memory bound wants the room (from any thread): the entries go; the layer below keeps them."""
        self._entries, self.nbytes = OrderedDict(), 0

    def __len__(self) -> int:
        return len(self._entries)

    async def get(self, key: str) -> Entry | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    async def set(self, key: str, entry: Entry) -> None:
        entries = self._entries
        if (old := entries.get(key)) is not None:
            self.nbytes -= _bytes(key, old)
        entries[key] = entry
        entries.move_to_end(key)
        self.nbytes += _bytes(key, entry)
        # one account's cache never takes more than half the process's memory bound by itself
        room = self._share.budget.limit // 2 if self._share is not None else None
        while len(entries) > self.max_entries or (room is not None and self.nbytes > room and len(entries) > 1):
            self.nbytes -= _bytes(*entries.popitem(last=False))
        if entries is not self._entries:  # let go meanwhile, from another thread: count what is held
            self.nbytes = sum(_bytes(k, e) for k, e in list(self._entries.items()))
        if self._share is not None:
            self._share.hold("cache", self, self.nbytes)

    async def delete(self, *keys: str) -> None:
        for key in keys:
            if (old := self._entries.pop(key, None)) is not None:
                self.nbytes -= _bytes(key, old)
            self._marks.pop(key, None)

    async def delete_prefix(self, prefix: str) -> None:
        for key in [k for k in self._entries if k.startswith(prefix)]:
            if (old := self._entries.pop(key, None)) is not None:
                self.nbytes -= _bytes(key, old)

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        now = self._clock()
        until = self._marks.get(key)
        if until is not None and now < until:
            return False
        self._marks[key] = now + ttl
        self._marks.move_to_end(key)
        if len(self._marks) > self.max_entries:
            for expired in [k for k, u in self._marks.items() if u <= now]:
                del self._marks[expired]
            while len(self._marks) > self.max_entries:
                self._marks.popitem(last=False)
        return True

    async def aclose(self) -> None:
        self._entries.clear()
        self._marks.clear()
        self.nbytes = 0
        if self._share is not None:
            self._share.drop(self)


class MemoryLeases:
    """:class:`~convo_mcp.state.base.Leases` within one process (tests, and a server alone)."""

    def __init__(self, clock: Clock = time.time) -> None:
        self._clock = clock
        self._held: dict[str, float] = {}

    async def take(self, name: str, ttl: float) -> str | None:
        now = self._clock()
        if self._held.get(name, 0.0) > now:
            return None
        self._held[name] = now + ttl
        return repr(self._held[name])

    async def renew(self, name: str, token: str, ttl: float) -> str | None:
        if repr(self._held.get(name)) != token:
            return None
        self._held[name] = self._clock() + ttl
        return repr(self._held[name])

    async def release(self, name: str, token: str) -> None:
        if repr(self._held.get(name)) == token:
            del self._held[name]

    async def held(self, name: str) -> bool:
        return self._held.get(name, 0.0) > self._clock()
