"""What the search core asks of an engine's storage, as protocols.

An engine (:mod:`convo_mcp.state.sqlite.index`, :mod:`convo_mcp.state.postgres.index`, a test double)
keeps every meeting's lines and answers about them; everything above it (which meetings are known and
their coverage, ranking, fusion with meaning, the vectors' life cycle: :mod:`.index`) is shared and
never sees how an engine stores or matches. :meth:`Storage.run` gives a :class:`Session`, one
transaction of the engine's (one connection, one lock), in which the core asks everything one call
needs: a search is one ``run``.

A :class:`Filters` value travels whole from the tool to the core: adding a filter touches the tool,
``Filters`` and the core, nothing in between.

Storages are blocking (call them from a worker thread); ``run`` may be called inside another ``run``
of the same storage and then joins it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol, TypeVar

from convo_mcp.search.document import Document, Quote
from convo_mcp.search.query import Query, Term
from convo_mcp.search.results import Meeting
from convo_mcp.search.rows import Speakers

T = TypeVar("T")
Change = Literal["none", "written", "rebuilt"]  # since a storage last read its meetings

# (conversation id, title, start as unix seconds, minutes): what a meeting list shows of a meeting
Listed = tuple[str, str | None, float | None, float | None]


@dataclass(frozen=True)
class Filters:
    """What a search is restricted to. Every field left None restricts nothing."""

    since: float | None = None  # unix seconds, inclusive
    until: float | None = None  # unix seconds, exclusive
    speaker: str | None = None  # a name as a person says it ("Dana", "dana whitfield")
    meetings: frozenset[str] | None = None  # conversation ids

    @classmethod
    def of(cls, since: datetime | None = None, until: datetime | None = None, *, speaker: str | None = None,
           meetings: Iterable[str] | None = None) -> Filters:
        return cls(since.timestamp() if since else None, until.timestamp() if until else None,
                   speaker.strip() if speaker and speaker.strip() else None,
                   frozenset(meetings) if meetings is not None else None)

    def in_range(self, start: float | None) -> bool:
        """Whether a meeting starting at ``start`` is inside the date range (an unknown start: only
        when no range is set)."""
        if self.since is None and self.until is None:
            return True
        return start is not None and (self.since is None or start >= self.since) and (
            self.until is None or start < self.until)

    @property
    def narrows_meetings(self) -> bool:
        """Whether some meetings are left out whole (by date or id), not only some speakers' lines."""
        return self.since is not None or self.until is not None or self.meetings is not None

    def admits(self, meeting: Meeting) -> bool:
        """The date range and the meeting ids (the speaker is the backend's to match, per line)."""
        return self.in_range(meeting.start) and (self.meetings is None or meeting.id in self.meetings)


@dataclass(frozen=True)
class CoverageFigures:
    """How much of a range the backend can answer for: meetings known (a list has shown them, or a
    transcript or summary arrived) against those whose transcript is indexed."""

    known: int
    indexed: int
    oldest_missing: float | None  # unix seconds of the oldest meeting not indexed, if any
    newest_missing: float | None
    listed: bool  # whether any meeting list has been seen at all

    @property
    def missing(self) -> int:
        return self.known - self.indexed

    @classmethod
    def of(cls, meetings: Iterable[Meeting], filters: Filters, *, listed: bool) -> CoverageFigures:
        """Counted one by one, for a backend without figures kept, or for a few named meetings (an
        undated meeting counts in every range, as it may be in any)."""
        chosen = [m for m in meetings if (filters.meetings is None or m.id in filters.meetings)
                  and (m.start is None or filters.in_range(m.start))]
        gaps = sorted(m.start for m in chosen if not m.transcript and m.start is not None)
        return cls(len(chosen), sum(1 for m in chosen if m.transcript), gaps[0] if gaps else None,
                   gaps[-1] if gaps else None, listed=listed)


@dataclass(frozen=True)
class Health:
    """What a search answer should say about the index itself."""

    rebuilding_since: float | None = None  # unix seconds it was found damaged, set aside and refilled from
    full: bool = False  # the last write found the disk full: indexing has stopped until there is room


@dataclass(frozen=True)
class Work:
    """A document (or title) to embed: what it was read from, to check it is still current."""

    n: int
    kind: str  # "t" transcript, "k" summary, "n" title
    source: bytes
    lines: list[tuple[int, str]]  # (rowid, text)


@dataclass(frozen=True)
class Written:
    """What a write changed: the meetings as they now are, and the rowids whose vectors went with it."""

    meetings: list[Meeting]
    dropped: list[int]


class Lines(Protocol):
    """The lines as ranking asks about them. ``expr`` is the engine's own expression (what
    :meth:`compile` made of a query or a term); scores are lower-is-better."""

    def compile(self, query: Query, *, strict: bool) -> str:
        """Any of a plain query's words, or (``strict``) every group of it."""

    def compile_term(self, term: Term) -> str: ...

    def counts(self, expr: str, speakers: Speakers) -> dict[int, int]:
        """Meeting n → lines matching ``expr``."""

    def counts_each(self, expr: str, terms: Sequence[str], speakers: Speakers, *,
                    scored: str | None = None) -> list[dict[int, int]]:
        """:meth:`counts` of ``expr`` (a query saying any of ``terms``), then of each of ``terms``:
        asked together, as one question where the engine can. ``scored``: an expression whose lines
        all match ``expr`` and whose :meth:`best` is asked next (an engine may answer it from this pass)."""

    def best(self, expr: str, speakers: Speakers) -> list[tuple[int, float, int]]:
        """(meeting n, its best line's score, lines matching) for every meeting with a match."""

    def said_in_lines(self, expr: str, ns: Sequence[int]) -> set[int]:
        """Of meetings ``ns``, those where a line matches ``expr`` (not only the title)."""

    def rowids(self, expr: str, speakers: Speakers, cap: int) -> list[int] | None:
        """The rowids of the lines matching ``expr``, or None when there are more than ``cap``."""

    def in_meetings(self, expr: str, ns: Sequence[int]) -> dict[int, list[tuple[int, float]]]:
        """Meeting n → (rowid, score) of its lines matching ``expr``, best first, for the meetings ``ns``."""

    def content(self, n: int, kind: str) -> bytes | None:
        """A meeting's packed lines of one kind ("t" transcript, "k" summary)."""

    def contents(self, ns: Sequence[int], kind: str) -> dict[int, bytes]:
        """Meeting n → its packed lines of one kind, for those of the meetings ``ns`` that have them."""

    def quotes(self, rowids: Sequence[int]) -> dict[int, Quote]:
        """What a search shows of these lines: their text, time from the meeting's start and label."""


class Meetings(Protocol):
    """The meetings kept, and writing them."""

    def changes(self) -> Change:
        """Whether another process wrote (or the store was rebuilt) since these meetings were read."""

    def meetings(self) -> list[Meeting]:
        """Every meeting kept (the storage now counts as current)."""

    def note(self, rows: Sequence[tuple[str, str | None, float | None, float | None, float | None]],
             known: dict[str, Meeting]) -> Written:
        """Meetings a list showed (id, title, start, minutes, listed): kept, their titles searchable;
        ``known``: the meetings as the caller holds them."""

    def write(self, documents: Sequence[Document], known: dict[str, Meeting]) -> Written:
        """Index transcripts and summaries, each replacing what it replaces (the last one per meeting
        and kind), in one transaction."""

    def remove(self, meeting: Meeting) -> list[int]:
        """Delete a meeting and everything kept of it; the rowids whose vectors went with it."""

    def speaker_rows(self) -> Iterable[tuple[int, int, str]]:
        """(meeting n, speaker number, name) of every meeting."""

    def speakers(self, ns: Sequence[int]) -> dict[int, dict[int, str]]:
        """Meeting n → its speakers by number, for the meetings ``ns``."""

    def keypoint_blobs(self, ids: list[str]) -> list[tuple[str, bytes]]:
        """(meeting id, its summary: zlib-compressed wire JSON) of those ``ids`` that have one."""


class Derived(Protocol):
    """What is derived from a meeting's lines and kept beside them (a meeting's promises, say): one
    blob per meeting and kind, with the version of the rules that derived it. Writing a meeting's
    transcript or summary, or removing the meeting, drops what was derived from it."""

    def underived(self, kind: str, version: str, limit: int) -> list[int]:
        """Meetings with a transcript indexed and nothing derived of ``kind`` by rules ``version``
        (the newest first), at most ``limit``."""

    def put_derived(self, kind: str, rows: Sequence[tuple[int, str, bytes]]) -> None:
        """(meeting n, version, data), replacing what was there."""

    def derived(self, kind: str) -> list[tuple[int, str, bytes]]:
        """Every (meeting n, version, data) kept of ``kind``."""


class VectorRows(Protocol):
    """The vectors kept beside the lines (quantized), and what still lacks them."""

    def blob(self, key: str) -> bytes | None: ...

    def replace_calibration(self, data: bytes) -> None:
        """Store a new calibration and drop every vector, in one transaction."""

    def pending_count(self) -> int:
        """Documents and titles without vectors."""

    def line_count(self) -> int: ...

    def sample_texts(self, count: int) -> list[str]:
        """Up to ``count`` lines from documents picked at random, and titles."""

    def vector_work(self, max_lines: int) -> list[Work]:
        """What lacks vectors, newest meetings first, about ``max_lines`` lines of it, then titles."""

    def write_vectors(self, work: Sequence[Work], stored: Any, hub: Any) -> list[int]:
        """Store the vectors of ``work`` (rows of ``stored``/``hub`` in its order) in one transaction,
        skipping items replaced meanwhile; the indices of the items written."""

    def vector_count(self) -> int:
        """How many lines have vectors (what :meth:`vector_chunks` will yield in all)."""

    def vector_chunks(self) -> Iterator[tuple[Any, Any, Any]]:
        """Every vector of the account, read in chunks (rowids, the rows as stored: ``BYTES`` of packed
        values each, hubness); a chunk is let go before the next is read."""

    def vectors_of(self, rowids: list[int]) -> list[tuple[int, bytes, float]]: ...


class Session(Lines, Meetings, Derived, VectorRows, Protocol):
    """One transaction of a storage's."""


class Storage(Protocol):
    """One account's searchable store in an engine."""

    def run(self, fn: Callable[[Session], T]) -> T:
        """``fn`` in one transaction (joined when already inside one); a full disk raises
        :class:`~convo_mcp.errors.DiskFullError`, damage is repaired where the engine can."""

    def describe(self) -> str:
        """Where it lives, for ``index --status`` (a path or a database name; never a secret)."""

    def size_bytes(self) -> int: ...

    def health(self) -> Health:
        """Whether it is being rebuilt after damage, or stopped by a full disk."""

    def rebuilt(self) -> None:
        """Every meeting it knows is indexed again: it no longer says it is being rebuilt."""

    def close(self) -> None: ...
