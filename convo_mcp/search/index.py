"""One account's search index, put together from parts: an engine's :class:`~.storage.Storage` (the
lines, matched by words), and, when meaning is on, an :class:`~.embedding.Embedding` (the model and
its calibration) with a :class:`~.vectors.VectorIndex` (the lines nearest a query).

What it adds to them is shared by every engine: the meetings known and their coverage
(:class:`~.known.Known`), ranking (:mod:`.ranking`), and fusion of the words' ranking with the
meetings close in meaning. A search is one storage transaction: the hits, their speakers' names and
the coverage of the range come back together (:meth:`Index.search`).

Blocking; safe from one thread at a time per call (a lock guards what is held in memory).
"""

from __future__ import annotations

import json
import threading
import time
import zlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from convo_mcp.errors import ModelUnavailableError
from convo_mcp.insights.logic import owner_matches
from convo_mcp.memory import BUDGET
from convo_mcp.search import ranking
from convo_mcp.search.document import Document, Line, Said, clock, offset_from, unpack
from convo_mcp.search.known import Known
from convo_mcp.search.plain import rank_plain
from convo_mcp.search.query import Query
from convo_mcp.search.rerank import MEETINGS, Encoder
from convo_mcp.search.results import Hit, Meeting, MeetingHits, Page
from convo_mcp.search.rows import kind_of, meeting_of
from convo_mcp.search.second import read_again
from convo_mcp.search.storage import CoverageFigures, Filters, Health, Listed, Session, Storage
from convo_mcp.search.vectors import Scope

if TYPE_CHECKING:
    from convo_mcp.memory import Share
    from convo_mcp.search.embedding import Embedding
    from convo_mcp.search.meaning import Embedder
    from convo_mcp.search.vectors import VectorIndex
    from convo_mcp.types import Clock

Close = dict[int, list[tuple[float, int]]]  # meeting n → its lines close in meaning, (score, rowid) best first
DERIVE_BATCH = 100  # meetings derived per transaction
NAMES_KEPT = 20_000  # meetings whose speakers' names are kept in memory


class Deriver(Protocol):
    """Something derived from each meeting's lines and kept with the index (a meeting's promises), by
    rules whose ``version`` says when what was kept must be derived again."""

    kind: str
    version: str

    def derive(self, meeting: Meeting, lines: list[Line], speakers: dict[int, str],
               summary: dict[str, Any] | None) -> bytes: ...


class Index:
    def __init__(self, storage: Storage, *, embedding: Embedding | None = None, vectors: VectorIndex | None = None,
                 derivers: Sequence[Deriver] = (), clock: Clock = time.time, second: Encoder | None = None,
                 share: Share | None = None) -> None:
        self.storage, self.meaning, self.vectors = storage, embedding, vectors
        # the account's part of the process's memory bound: what is held for it in memory (vectors,
        # calibration, the commitments book, the memory cache) counts there, and is let go there
        self.share = share if share is not None else BUDGET.share()
        self.second = second  # the stronger model that reads a plain query's best meetings again
        self.derivers = tuple(derivers)
        self._clock = clock
        self._lock = threading.RLock()
        self.generation = 0  # moves whenever the meetings, their lines or what is derived from them change
        self.known = Known(storage.run(lambda s: s.meetings()))
        self._names: dict[int, dict[int, str]] = {}  # meetings' speakers, as read (they change with a transcript)

    @classmethod
    def on(cls, storage: Storage, meaning: Embedder | None = None, *, derivers: Sequence[Deriver] = (),
           clock: Clock = time.time, second: Encoder | None = None) -> Index:
        """An index over ``storage``: words alone, or with ``meaning`` (the model) a vector index over
        the same storage; ``derivers`` keep what they derive from each meeting beside its lines."""
        share = BUDGET.share()
        if meaning is None:
            return cls(storage, derivers=derivers, clock=clock, second=second, share=share)
        from convo_mcp.search.embedding import Embedding
        from convo_mcp.search.vectors import SignIndex

        vectors = SignIndex(storage, share)
        return cls(storage, embedding=Embedding(meaning, storage, vectors, share), vectors=vectors,
                   derivers=derivers, clock=clock, second=second, share=share)

    def _fresh(self, s: Session) -> None:
        """Read the meetings again if another process wrote (or the store was rebuilt) since."""
        change = s.changes()
        if change == "none":
            return
        self.known = Known(s.meetings())
        self._names.clear()
        self.generation += 1
        if self.vectors is not None:
            self.vectors.reset(soft=change == "written")
        if self.meaning is not None:
            self.meaning.forget()

    def _after_write(self, dropped: Sequence[int]) -> None:
        self.generation += 1
        if self.vectors is not None:
            self.vectors.remove(dropped)
        if self.meaning is not None:
            self.meaning.unembedded = True

    # --- what it is ----------------------------------------------------------------------------------

    def describe(self) -> str:
        return self.storage.describe()

    def size_bytes(self) -> int:
        return self.storage.size_bytes()

    def health(self) -> Health:
        health = self.storage.health()
        if health.rebuilding_since is not None and len(self.known) and not self.known.missing():
            self.storage.rebuilt()  # every meeting it knows is indexed again
            health = self.storage.health()
        return health

    def close(self) -> None:
        with self._lock:
            if self.vectors is not None:
                self.vectors.reset()
            self.share.release()  # nothing held for a closed index stays held, nor counted
            self.storage.close()

    # --- writing -------------------------------------------------------------------------------------

    def note_meetings(self, listed: Iterable[Listed]) -> None:
        """Meetings a list showed: coverage knows them, and their titles are searchable."""
        now = self._clock()
        rows = [(cid, title, start, minutes, now) for cid, title, start, minutes in listed]
        if rows:
            self._write(lambda s: s.note(rows, self.known.by_id))

    def add(self, documents: Sequence[Document]) -> None:
        """Index transcripts and summaries, each replacing what it replaces, all or none."""
        if documents:
            self._write(lambda s: s.write(documents, self.known.by_id))

    def _write(self, fn: Any) -> None:
        with self._lock:
            def write(s: Session) -> Any:
                self._fresh(s)  # what other processes indexed meanwhile is replaced, not doubled
                return fn(s)

            written = self.storage.run(write)
            for m in written.meetings:
                self.known.keep(m)
                self._names.pop(m.n, None)
            self._after_write(written.dropped)

    def remove(self, conversation_id: str) -> None:
        """Forget a meeting entirely (it was deleted)."""
        with self._lock:
            m = self.known.get(conversation_id)
            if m is not None:
                dropped = self.storage.run(lambda s: s.remove(m))
                self.known.drop(conversation_id)
                self._names.pop(m.n, None)
                self._after_write(dropped)

    # --- meaning: what lacks vectors gets them (no request) ----------------------------------------

    def vectors_pending(self) -> int:
        """Documents and titles indexed without vectors (0 when meaning is off)."""
        return self.meaning.pending() if self.meaning is not None else 0

    def embed_pending(self, max_lines: int = 20_000) -> int:
        """Give vectors to about ``max_lines`` lines without them (the newest meetings first); the
        lines embedded (0: nothing to do, or meaning is off)."""
        if self.meaning is None:
            return 0
        with self._lock:
            self.storage.run(self._fresh)
        return self.meaning.embed_pending(max_lines)

    # --- derived from the lines (no request) -------------------------------------------------------

    def derive_pending(self, max_meetings: int = DERIVE_BATCH) -> int:
        """Derive what is missing (a meeting indexed, or rules of a new version) for up to
        ``max_meetings`` meetings of each deriver, the newest first; how many were derived."""
        done = 0
        for d in self.derivers:
            ns: list[int] = self._read(lambda s, d=d: s.underived(d.kind, d.version, max_meetings))
            meetings = [m for n in ns if (m := self.known.by_n.get(n)) is not None]
            if not meetings:
                continue

            def inputs(s: Session, meetings: list[Meeting] = meetings) -> Any:
                names = s.speakers([m.n for m in meetings])
                summaries = dict(s.keypoint_blobs([m.id for m in meetings if m.keypoints]))
                return [(m, s.content(m.n, "t"), names.get(m.n, {}), summaries.get(m.id)) for m in meetings]

            rows: list[tuple[int, str, bytes]] = [
                (m.n, d.version, d.derive(m, unpack(blob) if blob else [], names,
                                          json.loads(zlib.decompress(summary)) if summary else None))
                for m, blob, names, summary in self.storage.run(inputs)]  # the rules run outside every lock

            def put(s: Session, kind: str = d.kind, rows: list[tuple[int, str, bytes]] = rows) -> None:
                s.put_derived(kind, rows)

            self.storage.run(put)
            self.generation += 1
            done += len(rows)
        return done

    def derived(self, kind: str) -> dict[str, tuple[str, bytes]]:
        """Meeting id → (version, data) of everything derived of ``kind`` (read from storage)."""
        rows: list[tuple[int, str, bytes]] = self._read(lambda s: s.derived(kind))
        return {m.id: (version, data) for n, version, data in rows if (m := self.known.by_n.get(n)) is not None}

    # --- reading -------------------------------------------------------------------------------------

    def _read(self, fn: Any) -> Any:
        with self._lock:
            def read(s: Session) -> Any:
                self._fresh(s)
                return fn(s)

            return self.storage.run(read)

    def meetings(self) -> list[Meeting]:
        """Every meeting known, as written by any process sharing the store."""
        found: list[Meeting] = self._read(lambda s: list(self.known.by_id.values()))
        return found

    def meeting(self, conversation_id: str) -> Meeting | None:
        return self.known.get(conversation_id)

    def has_transcript(self, conversation_id: str) -> bool:
        m = self.known.get(conversation_id)
        return m is not None and m.transcript

    def has_keypoints(self, conversation_id: str) -> bool:
        m = self.known.get(conversation_id)
        return m is not None and m.keypoints

    def coverage(self, filters: Filters) -> CoverageFigures:
        """Kept as the index changes, not recounted from every meeting per call."""
        figures: CoverageFigures = self._read(lambda s: self.known.coverage(filters))
        return figures

    def speakers(self, conversation_id: str) -> dict[int, str]:
        """A meeting's speakers by the numbers its lines carry (``Line.speaker``)."""
        m = self.known.get(conversation_id)
        if m is None:
            return {}
        names: dict[int, dict[int, str]] = self.storage.run(lambda s: s.speakers([m.n]))
        return names.get(m.n, {})

    def keypoints_json(self, ids: Iterable[str]) -> dict[str, Any]:
        """Stored summaries (Convo's wire JSON) of those ``ids`` that have them, in one query."""
        wanted = [i for i in ids if self.has_keypoints(i)]
        if not wanted:
            return {}
        rows: list[tuple[str, bytes]] = self.storage.run(lambda s: s.keypoint_blobs(wanted))
        return {cid: json.loads(zlib.decompress(blob)) for cid, blob in rows}

    def transcript_lines(self, conversation_id: str) -> list[Line]:
        """The meeting's transcript lines as indexed, in order (empty when it is not); never a request."""
        m = self.known.get(conversation_id)
        if m is None or not m.transcript:
            return []
        blob: bytes | None = self.storage.run(lambda s: s.content(m.n, "t"))
        return unpack(blob) if blob else []

    def said(self, conversation_id: str) -> list[Said] | None:
        """The meeting's transcript lines as said: (segment_index, speaker's name, seconds from the
        first timed line, text, unix seconds); None when its transcript is not indexed. No request."""
        m = self.known.get(conversation_id)
        if m is None or not m.transcript:
            return None

        def read(s: Session) -> tuple[bytes | None, dict[int, str]]:
            return s.content(m.n, "t"), s.speakers([m.n]).get(m.n, {})

        blob, names = self.storage.run(read)
        lines = unpack(blob) if blob else []
        origin = next((ln.stamp for ln in lines if ln.stamp), None)
        return [(ln.row, names.get(ln.speaker), offset_from(ln, origin) if ln.stamp else None, ln.text,
                 clock(ln.stamp)) for ln in lines if ln.segment_index is not None]

    def search(self, query: Query, filters: Filters = Filters(), *, limit: int = 8, offset: int = 0,  # noqa: B008
               per_meeting: int = 3) -> Page:
        """Meetings whose lines match, best first, with their best ``per_meeting`` lines and their
        speakers' names."""
        return self.find(query, filters, limit=limit, offset=offset, per_meeting=per_meeting)[0]

    def find(self, query: Query, filters: Filters = Filters(), *, limit: int = 8, offset: int = 0,  # noqa: B008
             per_meeting: int = 3) -> tuple[Page, CoverageFigures]:
        """What :meth:`search` answers, and the coverage of the range searched: one storage transaction."""
        found: tuple[Page, CoverageFigures] = self._read(
            lambda s: (self._search(s, query, filters, limit, offset, per_meeting), self.known.coverage(filters)))
        return found

    def _search(self, s: Session, query: Query, filters: Filters, limit: int, offset: int,
                per_meeting: int) -> Page:
        expr = s.compile(query, strict=False)
        speakers = self._speaker_filter(s, filters.speaker) if filters.speaker else None
        every = self.known.by_n
        by_n = {n: m for n, m in every.items() if filters.admits(m)} if filters.narrows_meetings else every
        close: Close = {}
        if query.any_word:
            close = self._close_in_meaning(query, by_n, every, speakers)
            again = self.second is not None and offset == 0
            need = max(offset + limit, MEETINGS) if again else offset + limit
            ranked, total, lines, first = rank_plain(s, query, by_n, speakers, need, close, self.known.mean_lines(),
                                                     self._clock())
            if again and ranked and self.second is not None:
                words = ranking.best_lines(s, expr, [m for _, m, _ in ranked[:MEETINGS]], speakers, per_meeting + 1)
                try:
                    head, shown = read_again(s, self.second, query.asked or " ".join(query.words()), ranked, words,
                                             close, first)
                except ModelUnavailableError:  # its files are not there (yet): the first stage answers alone
                    pass
                else:
                    chosen = [*head, *ranked[len(head):]][:limit]
                    rest = ranking.best_lines(s, expr, [m for _, m, _ in chosen if m.n not in shown], speakers,
                                              per_meeting)
                    out = [MeetingHits(m, hits, score, (shown[m.n] if m.n in shown else rest[m.n])[:per_meeting])
                           for score, m, hits in chosen]
                    return Page(out, total, lines, self._speakers_of(s, [mh.meeting.n for mh in out]))
        else:
            ranked = ranking.rank(ranking.meeting_scores(s, expr, by_n, speakers, mean=self.known.mean_lines()),
                                  by_n, self._clock())
            total, lines = len(ranked), sum(r[2] for r in ranked)
        chosen = ranked[offset:offset + limit]
        best = ranking.best_lines(s, expr, [m for _, m, _ in chosen], speakers, per_meeting)
        out = [MeetingHits(m, hits, score, self._meaning_hits(s, m, close.get(m.n, []), per_meeting, best[m.n]))
               for score, m, hits in chosen]
        return Page(out, total, lines, self._speakers_of(s, [mh.meeting.n for mh in out]))

    def _speakers_of(self, s: Session, ns: list[int]) -> dict[int, dict[int, str]]:
        """The speakers of these meetings, read once (kept until their transcript changes)."""
        if unread := [n for n in ns if n not in self._names]:
            if len(self._names) > NAMES_KEPT:
                self._names.clear()
            self._names.update({n: {} for n in unread})
            self._names.update(s.speakers(unread))
        return {n: self._names[n] for n in ns}

    @staticmethod
    def _speaker_filter(s: Session, speaker: str) -> dict[int, set[int]]:
        """Meeting n → numbers of the speakers that ``speaker`` names (as a person names someone)."""
        out: dict[int, set[int]] = {}
        for n, no, name in s.speaker_rows():
            if owner_matches(speaker, name):
                out.setdefault(n, set()).add(no)
        return out

    def _close_in_meaning(self, query: Query, by_n: dict[int, Meeting], every: dict[int, Meeting],
                          speakers: dict[int, set[int]] | None) -> Close:
        """Meeting n → its lines close to the query in meaning, best first; empty when meaning is off
        or nothing has vectors of this model yet."""
        if self.meaning is None or self.vectors is None:
            return {}
        q = self.meaning.query(query.words())
        if q is None:
            return {}
        from convo_mcp.search.meaning import CANDIDATES, MEANING_FLOOR

        scope = Scope(frozenset(by_n) if by_n is not every else None, speakers)
        out: Close = {}
        for rowid, score in self.vectors.nearest(q, CANDIDATES, scope):
            if score >= MEANING_FLOOR:
                out.setdefault(meeting_of(rowid), []).append((score, rowid))
        return dict(sorted(out.items(), key=lambda kv: -kv[1][0][0]))

    @staticmethod
    def _meaning_hits(s: Session, m: Meeting, close: list[tuple[float, int]], count: int,
                      have: list[Hit]) -> list[Hit]:
        """``have`` (the lines that say the words) topped up with the lines close in meaning."""
        if len(have) >= count or not close:
            return have
        rows = [(rowid, score) for score, rowid in close[:count * 4]]
        more = ranking.distinct(m, rows, s.quotes([r for r, _ in rows if kind_of(r) != "n"]), count, meaning=True)
        said = {h.line.text for h in have}
        return [*have, *[h for h in more if h.line.text not in said]][:count]
