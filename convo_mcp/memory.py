"""The memory a process holds for its accounts, bounded together (``CONVO_MCP_MEMORY_MB``).

A server in OAuth mode serves many accounts, and what it keeps in memory for each (the sign bits of
its meaning vectors, its calibration, its commitments book, the first layer of its response cache)
would otherwise grow with every account it ever served. Each account has a :class:`Share` of the
process's one :data:`BUDGET`; what holds something for it says how many bytes it holds now, measured
from the structures themselves (array sizes, :func:`sizeof` of objects, entry sizes), not estimated.
Past the bound, the least recently used accounts let go of everything they hold, oldest first, until
the rest fits; each reads what it needs again from the account's storage when it is next used (the
vectors' sign bits, the calibration, the book from the derived facts, cache entries from the durable
layer). The account in use is never made to let go of what it is using: one account larger than the
bound alone is held whole while it is the one in use.

A holder implements ``release()`` (drop what it holds; called from any thread, without the budget's
lock held, so it must not block on a lock its own work holds while reporting a size) and reports with
:meth:`Share.hold` whenever what it holds changes or is used.
"""

from __future__ import annotations

import gc
import sys
import threading
import types
import weakref
from collections import OrderedDict
from typing import Protocol

DEFAULT_MB = 128  # the default bound, MiB (Settings.memory_mb)


class Holder(Protocol):
    def release(self) -> None:
        """Let go of what is held (read again when next needed)."""


_NOT_COUNTED = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                types.CodeType, weakref.ref)


def sizeof(root: object) -> int:
    """Bytes ``root`` holds: itself and everything it refers to, counted once (an array with its data, a
    view with what it was cut from); classes, modules and functions are shared by everyone and not counted."""
    seen: set[int] = set()
    stack, total = [root], 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, _NOT_COUNTED) or obj is None:
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)  # an array's counts its data when it owns it
        if type(obj).__module__ == "numpy" and hasattr(obj, "nbytes"):
            if (base := getattr(obj, "base", None)) is not None:
                stack.append(base)  # a view holds what it was cut from
            continue
        stack.extend(gc.get_referents(obj))
    return total


class Share:
    """One account's part of the budget: what each of its holders holds now."""

    def __init__(self, budget: MemoryBudget, name: str) -> None:
        self.budget, self.name = budget, name
        self.parts: dict[int, tuple[str, weakref.ref[Holder], int]] = {}  # id(holder) → (kind, holder, bytes)

    def hold(self, kind: str, holder: Holder, size: int) -> None:
        """``holder`` holds ``size`` bytes of ``kind`` for this account now, which was just used: past
        the bound, the least recently used other accounts let go of theirs."""
        self.budget.hold(self, kind, holder, size)

    def drop(self, holder: Holder) -> None:
        """``holder`` let go of what it held by itself."""
        self.budget.drop(self, holder)

    def used(self) -> None:
        """The account was used (what it holds is the last to be let go)."""
        self.budget.touch(self)

    def size(self) -> int:
        return sum(n for _, ref, n in list(self.parts.values()) if ref() is not None)

    def release(self) -> None:
        """Let go of everything held for this account (it closes, or is forgotten)."""
        self.budget.release(self)


class MemoryBudget:
    def __init__(self, limit: int = DEFAULT_MB * 2**20) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._order: OrderedDict[int, weakref.ref[Share]] = OrderedDict()  # least recently used first
        self.released = 0  # accounts made to let go, since start (a figure for logs and benches)

    def configure(self, megabytes: int) -> None:
        self.limit = megabytes * 2**20

    def share(self, name: str = "") -> Share:
        return Share(self, name)

    def _shares(self) -> list[Share]:
        out = []
        for key, ref in list(self._order.items()):
            share = ref()
            if share is None:
                del self._order[key]
            else:
                out.append(share)
        return out

    def held(self) -> int:
        """Bytes held for every account together."""
        with self._lock:
            return sum(share.size() for share in self._shares())

    def by_kind(self) -> dict[str, int]:
        with self._lock:
            out: dict[str, int] = {}
            for share in self._shares():
                for kind, ref, n in share.parts.values():
                    if ref() is not None:
                        out[kind] = out.get(kind, 0) + n
            return out

    def hold(self, share: Share, kind: str, holder: Holder, size: int) -> None:
        with self._lock:
            share.parts[id(holder)] = (kind, weakref.ref(holder), size)
            self._order[id(share)] = weakref.ref(share)
            self._order.move_to_end(id(share))
            victims = self._over(share)
        for victim in victims:
            victim.release()

    def touch(self, share: Share) -> None:
        with self._lock:
            if id(share) in self._order:
                self._order.move_to_end(id(share))

    def drop(self, share: Share, holder: Holder) -> None:
        with self._lock:
            share.parts.pop(id(holder), None)

    def release(self, share: Share) -> None:
        with self._lock:
            self._order.pop(id(share), None)
            victims = self._take(share)
        for victim in victims:
            victim.release()

    @staticmethod
    def _take(share: Share) -> list[Holder]:
        parts, share.parts = share.parts, {}
        return [h for _, ref, _ in parts.values() if (h := ref()) is not None]

    def _over(self, using: Share) -> list[Holder]:
        """The holders of the least recently used accounts that must let go to fit under the bound."""
        shares = self._shares()
        total = sum(s.size() for s in shares)
        victims: list[Holder] = []
        for share in shares:
            if total <= self.limit:
                break
            if share is using:
                continue
            total -= share.size()
            victims += self._take(share)
            self._order.pop(id(share), None)
            self.released += 1
        return victims


BUDGET = MemoryBudget()  # the process's one budget, set from the settings when an account's index is built
