"""The search backend interface: where the words (and, later, vectors) of every meeting are kept.

:class:`IndexBackend` is what the rest of search talks to: the writer (:class:`~.filler.Indexer`:
batching, the thread hop), the background filler and :class:`~.service.Search` (coverage, ``deep``)
sit above it and never see how a backend stores or ranks. Today's implementation is SQLite FTS5
(:class:`~.index.SQLiteIndex`, one file per account); another engine (PostgreSQL, a search service)
or another kind of match (vectors beside the words) plugs in behind the same methods. A backend may
hold text and vectors (plain queries are then fused with the lines closest in meaning, see
:mod:`.meaning`), or text only.

A :class:`Filters` value travels whole from the tool to the backend: adding a filter touches the
tool, ``Filters`` and the backend, nothing in between. Speaker names are resolved inside the backend
(with :func:`~convo_mcp.insights.logic.owner_matches`, as a person names someone), so how speakers are
numbered or stored never leaves it.

Backends are blocking (call them from a worker thread) and safe to call from one thread at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from convo_mcp.search.document import Document, Line
from convo_mcp.search.query import Query
from convo_mcp.search.results import Meeting, Page

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


class IndexBackend(Protocol):
    """One account's searchable store. Blocking; one caller at a time."""

    def describe(self) -> str:
        """Where it lives, for ``index --status`` (a path or a database name; never a secret)."""
        ...

    def size_bytes(self) -> int: ...

    # --- writing ---------------------------------------------------------------------------------

    def note_meetings(self, listed: Iterable[Listed]) -> None:
        """Meetings a list showed. Known meetings make coverage, and their titles are searchable."""
        ...

    def add(self, documents: Sequence[Document]) -> None:
        """Index transcripts and summaries, each replacing what it replaces, all or none."""
        ...

    def remove(self, conversation_id: str) -> None:
        """Forget a meeting entirely (it was deleted)."""
        ...

    def vectors_pending(self) -> int:
        """Documents and titles indexed without their vectors yet (0 for a backend of words only)."""
        ...

    def embed_pending(self, max_lines: int) -> int:
        """Give vectors to about ``max_lines`` of those lines; returns how many (0: nothing to do)."""
        ...

    # --- reading ---------------------------------------------------------------------------------

    def search(self, query: Query, filters: Filters = Filters(), *, limit: int = 8, offset: int = 0,
               per_meeting: int = 3) -> Page:
        """Meetings whose lines match, best first, with their best ``per_meeting`` lines."""
        ...

    def coverage(self, filters: Filters) -> CoverageFigures:
        """Kept as the index changes, not recounted from every meeting per call."""
        ...

    def meetings(self) -> list[Meeting]: ...

    def meeting(self, conversation_id: str) -> Meeting | None: ...

    def has_transcript(self, conversation_id: str) -> bool: ...

    def has_keypoints(self, conversation_id: str) -> bool: ...

    def keypoints_json(self, ids: Iterable[str]) -> dict[str, Any]:
        """Stored summaries (Convo's wire JSON) of those ``ids`` that have them."""
        ...

    def transcript_lines(self, conversation_id: str) -> list[Line]:
        """The meeting's transcript lines as indexed, in order (empty when its transcript is not);
        never a request. The commitments ledger reads them."""
        ...

    def speakers(self, conversation_id: str) -> dict[int, str]:
        """A meeting's speakers by the numbers its hits carry (``Line.speaker``)."""
        ...

    def health(self) -> Health:
        """Whether it is being rebuilt after damage, or stopped by a full disk."""
        ...

    def close(self) -> None: ...
