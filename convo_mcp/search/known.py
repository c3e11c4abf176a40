"""The meetings an index knows, held in memory with their coverage figures: kept as meetings change
(sorted start times, counted by bisection), never recounted from every meeting per search."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from convo_mcp.search.results import Meeting
from convo_mcp.search.storage import CoverageFigures, Filters


class Known:
    def __init__(self, meetings: Iterable[Meeting] = ()) -> None:
        self.by_id: dict[str, Meeting] = {m.id: m for m in meetings}
        self.by_n: dict[int, Meeting] = {m.n: m for m in self.by_id.values()}  # what an unfiltered search ranks
        self._known = _Starts(m.start for m in self.by_id.values())
        self._missing = _Starts(m.start for m in self.by_id.values() if not m.transcript)
        self._lines = sum(_length(m) for m in self.by_id.values())  # kept as meetings change: their mean

    def __len__(self) -> int:
        return len(self.by_id)

    def get(self, conversation_id: str) -> Meeting | None:
        return self.by_id.get(conversation_id)

    def keep(self, m: Meeting) -> None:
        """Record a meeting's new state, and its coverage figures with it."""
        self.drop(m.id)
        self.by_id[m.id] = self.by_n[m.n] = m
        self._lines += _length(m)
        self._known.add(m.start)
        if not m.transcript:
            self._missing.add(m.start)

    def drop(self, conversation_id: str) -> None:
        """Forget a meeting's state, and take it out of the coverage figures."""
        old = self.by_id.pop(conversation_id, None)
        if old is not None:
            del self.by_n[old.n]
            self._lines -= _length(old)
            self._known.discard(old.start)
            if not old.transcript:
                self._missing.discard(old.start)

    def mean_lines(self) -> float:
        """The mean of every meeting's lines (at least 1 each): how long a meeting is, as ranking asks."""
        return self._lines / len(self.by_id) if self.by_id else 1.0

    def missing(self) -> int:
        return self._missing.count(None, None)

    def coverage(self, filters: Filters) -> CoverageFigures:
        if filters.meetings is not None:  # a few named meetings: count them one by one
            named = [m for i in filters.meetings if (m := self.by_id.get(i)) is not None]
            return CoverageFigures.of(named, filters, listed=bool(self.by_id))
        known = self._known.count(filters.since, filters.until)
        missing = self._missing.count(filters.since, filters.until)
        lo, hi = self._missing.bounds(filters.since, filters.until)
        return CoverageFigures(known, known - missing, lo, hi, listed=bool(self.by_id))


def _length(m: Meeting) -> int:
    return max(1, m.lines or 1)


class _Starts:
    """Meetings' start times kept sorted (and the undated ones counted), to count a range in O(log n)."""

    def __init__(self, starts: Iterable[float | None] = ()) -> None:
        values = list(starts)
        self.dated = sorted(s for s in values if s is not None)
        self.undated = sum(1 for s in values if s is None)

    def add(self, start: float | None) -> None:
        if start is None:
            self.undated += 1
        else:
            bisect.insort(self.dated, start)

    def discard(self, start: float | None) -> None:
        if start is None:
            self.undated = max(0, self.undated - 1)
            return
        i = bisect.bisect_left(self.dated, start)
        if i < len(self.dated) and self.dated[i] == start:
            del self.dated[i]

    def _span(self, since: float | None, until: float | None) -> tuple[int, int]:
        lo = 0 if since is None else bisect.bisect_left(self.dated, since)
        hi = len(self.dated) if until is None else bisect.bisect_left(self.dated, until)
        return lo, max(lo, hi)

    def count(self, since: float | None, until: float | None) -> int:
        lo, hi = self._span(since, until)
        return hi - lo + self.undated  # an undated meeting may be in any range: it counts in each

    def bounds(self, since: float | None, until: float | None) -> tuple[float | None, float | None]:
        lo, hi = self._span(since, until)
        return (self.dated[lo], self.dated[hi - 1]) if hi > lo else (None, None)
