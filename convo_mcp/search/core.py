"""What every search backend shares, whatever stores its lines: the meetings known (kept in memory
with their coverage figures, counted by bisection, never recounted per search), ranking (through
:mod:`.ranking`, which asks the backend's :class:`~.ranking.Matcher`), fusion with meaning, and the
vectors' life cycle (calibration, embedding what lacks vectors, scoring an account's vectors in this
process).

A backend (:class:`~.index.SQLiteIndex`, :class:`~.postgres.PostgresIndex`) subclasses
:class:`IndexCore` and supplies storage: the ``_``-prefixed hooks below, each one statement or one
transaction in its own engine. Rowids encode where a line is (``meeting << 26 | speaker << 20 |
line``) in every backend, so the ranking and the vectors read the same way everywhere.
"""

from __future__ import annotations

import bisect
import json
import re
import threading
import time
import weakref
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from convo_mcp.insights.logic import owner_matches
from convo_mcp.log import get_logger
from convo_mcp.search import ranking
from convo_mcp.search.backend import CoverageFigures, Filters, Health
from convo_mcp.search.document import KEYPOINT_BASE, TITLE_ROW, Line, title_line, unpack
from convo_mcp.search.document import offset as time_offset
from convo_mcp.search.query import Query, Term, stem_prefix
from convo_mcp.search.ranking import MEETING_SHIFT, SPEAKER_SHIFT, Matcher
from convo_mcp.search.results import Hit, Meeting, MeetingHits, Page

if TYPE_CHECKING:
    from convo_mcp.search.meaning import Calibration, Embedder, VectorSet

log = get_logger("convo_mcp.search")
TITLE_KIND = "n"  # the "kind" of a meeting's title among what has vectors (transcripts "t", summaries "k")
VECTOR_MEMORY = 256 * 2**20  # bytes of vectors held in memory for every account together


class _Held:
    """Which indexes hold their vectors in memory, least recently searched first: past
    ``VECTOR_MEMORY`` in all, the least recently searched let theirs go (read again when next needed),
    so a replica serving many accounts holds the vectors of those in use, not of all it ever served."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._order: OrderedDict[int, tuple[weakref.ref[IndexCore], int]] = OrderedDict()

    def touch(self, index: IndexCore, size: int) -> None:
        with self._lock:
            self._order[id(index)] = (weakref.ref(index), size)
            self._order.move_to_end(id(index))
            total = sum(n for _, n in self._order.values())
            while total > VECTOR_MEMORY and len(self._order) > 1:
                _, (ref, n) = self._order.popitem(last=False)
                total -= n
                if (other := ref()) is not None:
                    other._vectors = None

    def forget(self, index: IndexCore) -> None:
        with self._lock:
            self._order.pop(id(index), None)

    def size(self) -> int:
        with self._lock:
            return sum(n for _, n in self._order.values())


HELD = _Held()


@dataclass(frozen=True)
class Work:
    """A document (or title) to embed: what it was read from, to check it is still current."""

    n: int
    kind: str
    source: bytes
    lines: list[tuple[int, str]]  # (rowid, text)


class IndexCore:
    """The shared part of a backend. Blocking; one caller at a time (``_lock``)."""

    def __init__(self, *, clock: Any = time.time, meaning: Embedder | None = None) -> None:
        self._clock = clock
        self.meaning = meaning  # the embedding model, or None: words only
        self._lock = threading.RLock()
        self._calibration: Calibration | None = None
        self._calibration_read = False
        self._vectors: VectorSet | None = None  # loaded at the first search by meaning
        self._vectors_at = 0.0  # when they were loaded (monotonic)
        self._unembedded = True  # whether some lines may lack vectors (checked in storage when True)
        self._meetings: dict[str, Meeting] = {}
        self._by_n: dict[int, Meeting] = {}  # the same meetings by number: what an unfiltered search ranks
        self._known = _Starts()  # every known meeting's start
        self._missing = _Starts()  # of those, the ones whose transcript is not indexed
        self._rebuilt_at: float | None = None
        self._full = False

    # --- storage hooks ------------------------------------------------------------------------------

    @property
    def _lines(self) -> Matcher:
        raise NotImplementedError

    def _guarded(self, fn: Any, *args: Any) -> Any:
        """Run ``fn`` against storage (under the lock; a backend adds its own error handling)."""
        with self._lock:
            return fn(*args)

    def _fresh(self) -> None:
        """Read the meetings again if another process (or replica) wrote since."""

    def _compile(self, query: Query, *, strict: bool) -> str:
        """The backend's expression for a query: any of a plain query's words, or (``strict``) all."""
        raise NotImplementedError

    def _compile_term(self, term: Term) -> str:
        raise NotImplementedError

    def _speaker_rows(self) -> Iterable[tuple[int, int, str]]:
        """(meeting n, speaker number, name) of every meeting."""
        raise NotImplementedError

    def _blob(self, key: str) -> bytes | None:
        raise NotImplementedError

    def _replace_calibration(self, data: bytes) -> None:
        """Store a new calibration and drop every vector, in one transaction."""
        raise NotImplementedError

    def _pending_count(self) -> int:
        """Documents and titles without vectors."""
        raise NotImplementedError

    def _line_count(self) -> int:
        raise NotImplementedError

    def _sample_texts(self, count: int) -> list[str]:
        raise NotImplementedError

    def _vector_work(self, max_lines: int) -> list[Work]:
        """What lacks vectors, newest meetings first, about ``max_lines`` lines of it, then titles."""
        raise NotImplementedError

    def _write_vectors(self, work: list[Work], stored: Any, hub: Any) -> list[int]:
        """Store the vectors of ``work`` (rows of ``stored``/``hub`` in its order) in one transaction,
        skipping items replaced meanwhile; the indices of the items written."""
        raise NotImplementedError

    def _vector_chunks(self) -> Iterator[tuple[Any, Any, Any]]:
        """Every vector of the account: (rowids, quantized vectors, hubness) in chunks."""
        raise NotImplementedError

    def _vectors_of(self, rowids: list[int]) -> list[tuple[int, bytes, float]]:
        raise NotImplementedError

    def _remove(self, m: Meeting) -> None:
        """Delete a meeting and everything indexed of it, in one transaction."""
        raise NotImplementedError

    def _keypoint_blobs(self, ids: list[str]) -> list[tuple[str, bytes]]:
        """(meeting id, its summary: zlib-compressed wire JSON) of those ``ids`` that have one, in one query."""
        raise NotImplementedError

    # --- the meetings known, and their coverage -----------------------------------------------------

    def _set_meetings(self, meetings: Iterable[Meeting]) -> None:
        self._meetings = {m.id: m for m in meetings}
        self._by_n = {m.n: m for m in self._meetings.values()}
        self._known = _Starts(m.start for m in self._meetings.values())
        self._missing = _Starts(m.start for m in self._meetings.values() if not m.transcript)

    def _keep(self, m: Meeting) -> None:
        """Record a meeting's new state, and its coverage figures with it."""
        self._drop(m.id)
        self._meetings[m.id] = self._by_n[m.n] = m
        self._known.add(m.start)
        if not m.transcript:
            self._missing.add(m.start)

    def _drop(self, conversation_id: str) -> None:
        """Forget a meeting's state, and take it out of the coverage figures."""
        old = self._meetings.pop(conversation_id, None)
        if old is not None:
            del self._by_n[old.n]
            self._known.discard(old.start)
            if not old.transcript:
                self._missing.discard(old.start)

    def _forget_vectors(self) -> None:
        """Drop what is held in memory of the vectors: read again from storage when next needed."""
        self._calibration, self._calibration_read, self._vectors = None, False, None
        self._unembedded = True
        HELD.forget(self)

    def health(self) -> Health:
        return Health(self._rebuilt_at, self._full)

    def coverage(self, filters: Filters) -> CoverageFigures:
        with self._lock:
            self._guarded(self._fresh)
            if filters.meetings is not None:  # a few named meetings: count them one by one
                named = [m for i in filters.meetings if (m := self._meetings.get(i)) is not None]
                return CoverageFigures.of(named, filters, listed=bool(self._meetings))
            known = self._known.count(filters.since, filters.until)
            missing = self._missing.count(filters.since, filters.until)
            lo, hi = self._missing.bounds(filters.since, filters.until)
            return CoverageFigures(known, known - missing, lo, hi, listed=bool(self._meetings))

    def meeting(self, conversation_id: str) -> Meeting | None:
        return self._meetings.get(conversation_id)

    def meetings(self) -> list[Meeting]:
        """Every meeting known, as written by any process sharing the store."""
        with self._lock:
            self._guarded(self._fresh)
            return list(self._meetings.values())

    def has_transcript(self, conversation_id: str) -> bool:
        m = self._meetings.get(conversation_id)
        return m is not None and m.transcript

    def has_keypoints(self, conversation_id: str) -> bool:
        m = self._meetings.get(conversation_id)
        return m is not None and m.keypoints

    def remove(self, conversation_id: str) -> None:
        """Forget a meeting entirely (it was deleted)."""
        m = self._meetings.get(conversation_id)
        if m is not None:
            self._guarded(self._remove, m)

    def keypoints_json(self, ids: Iterable[str]) -> dict[str, Any]:
        """Stored summaries (Convo's wire JSON) of those ``ids`` that have them, in one query."""
        wanted = [i for i in ids if self.has_keypoints(i)]
        if not wanted:
            return {}
        rows: list[tuple[str, bytes]] = self._guarded(self._keypoint_blobs, wanted)
        return {cid: json.loads(zlib.decompress(blob)) for cid, blob in rows}

    def transcript_lines(self, conversation_id: str) -> list[Line]:
        """The meeting's transcript lines as indexed, in order (empty when it is not indexed)."""
        m = self._meetings.get(conversation_id)
        if m is None or not m.transcript:
            return []
        blob: bytes | None = self._guarded(self._lines.content, m.n, "t")
        return unpack(blob) if blob else []

    # --- searching ------------------------------------------------------------------------------

    def search(self, query: Query, filters: Filters = Filters(), *, limit: int = 8, offset: int = 0,  # noqa: B008
               per_meeting: int = 3) -> Page:
        """Meetings whose lines match, best first."""
        page: Page = self._guarded(self._search, query, filters, limit, offset, per_meeting)
        return page

    def _search(self, query: Query, filters: Filters, limit: int, offset: int, per_meeting: int) -> Page:
        expr = self._compile(query, strict=False)
        self._fresh()
        speakers = self._speaker_filter(filters.speaker) if filters.speaker else None
        by_n = {n: m for n, m in self._by_n.items() if filters.admits(m)} if filters.narrows_meetings else self._by_n
        close: dict[int, list[tuple[float, int]]] = {}
        if query.any_word:
            close = self._close_in_meaning(query, by_n, speakers)
            ranked, total, lines = self._rank_plain(query, by_n, speakers, offset + limit, close)
        else:
            ranked = ranking.rank(ranking.meeting_scores(self._lines, expr, by_n, speakers), by_n, self._clock())
            total, lines = len(ranked), sum(r[2] for r in ranked)
        chosen = ranked[offset:offset + limit]
        out = [MeetingHits(m, hits, score, self._meaning_hits(
            m, close.get(m.n, []), per_meeting, ranking.best_lines(self._lines, expr, m, speakers, per_meeting)))
            for score, m, hits in chosen]
        return Page(out, total, lines)

    def _rank_plain(self, query: Query, by_n: dict[int, Meeting], speakers: dict[int, set[int]] | None,
                    need: int, close: dict[int, list[tuple[float, int]]]) -> tuple[list[tuple[float, Meeting, int]],
                                                                                   int, int]:
        """A plain query's meetings (see :mod:`.ranking`), best first, as far as ``need`` reaches: those
        with a line saying every word, then, only when a page reaches past them, the others; fused
        with the meetings ``close`` in meaning when there are any. Returns them, how many meetings
        match in all, and the lines that match."""
        said = self._lines
        lines = {n: c for n, c in said.counts(self._compile(query, strict=False), speakers).items() if n in by_n}
        now = self._clock()
        every = ranking.rank(ranking.meeting_scores(said, self._compile(query, strict=True), by_n, speakers), by_n,
                             now)
        ranked = [(score, m, lines.get(m.n, hits)) for score, m, hits in every]
        first = {m.n for _, m, _ in every}
        depth = max(need, ranking.FUSE_DEPTH) if close else need
        if len(ranked) < depth and (rest := {n: by_n[n] for n in lines if n not in first}):
            words = query.words()
            scores = ranking.some_words_scores(said, [self._compile_term(t) for t in query.terms()], rest, by_n,
                                               speakers, lambda m: _title_words(m.title, words))
            ranked += [(score, m, lines[m.n]) for score, m, _ in ranking.rank(scores, by_n, now)]
        if not lines:  # no word said anywhere: offer only what is clearly close in meaning
            from convo_mcp.search.meaning import CLOSE_ENOUGH

            close = {n: hits for n, hits in close.items() if hits[0][0] >= CLOSE_ENOUGH}
        if not close:
            return ranked, len(lines), sum(lines.values())
        fused = ranking.fuse(ranked, first, close, by_n)
        only_close = [n for n in close if n not in lines]
        return fused, len(lines) + len(only_close), sum(lines.values()) + sum(len(close[n]) for n in only_close)

    def _speaker_filter(self, speaker: str) -> dict[int, set[int]]:
        """Meeting n → numbers of the speakers that ``speaker`` names (as a person names someone)."""
        out: dict[int, set[int]] = {}
        for n, no, name in self._speaker_rows():
            if owner_matches(speaker, name):
                out.setdefault(n, set()).add(no)
        return out

    # --- meaning --------------------------------------------------------------------------------

    def _read_calibration(self) -> Calibration | None:
        """The account's calibration as searching needs it (held without its reference sample)."""
        if not self._calibration_read:
            whole = self._whole_calibration()
            self._calibration, self._calibration_read = whole.slim() if whole else None, True
        return self._calibration

    def _whole_calibration(self) -> Calibration | None:
        """The calibration with its reference sample, read from storage (embedding measures hubness)."""
        from convo_mcp.search.meaning import Calibration

        data = self._blob("calibration")
        try:
            return Calibration.from_bytes(data) if data else None
        except (ValueError, KeyError, OSError):
            return None  # unreadable: fitted again

    def vectors_pending(self) -> int:
        """Documents and titles indexed without vectors (0 when meaning is off)."""
        if self.meaning is None:
            return 0
        count: int = self._guarded(self._pending_count)
        return count

    def embed_pending(self, max_lines: int = 20_000) -> int:
        """Give vectors to about ``max_lines`` lines indexed without them (the newest meetings first;
        every line again when the model changed or the calibration is refitted). The model runs
        outside the lock, so searches go on meanwhile. Returns the lines embedded."""
        if self.meaning is None or not self._unembedded:
            return 0
        from convo_mcp.search.meaning import encode, quantize

        model = self.meaning.fingerprint
        with self._lock:
            self._guarded(self._fresh)
            cal = self._read_calibration()
            total = self._guarded(self._line_count)
        refit = cal is None or cal.wants_refit(model, total)
        cal = self._refit(model, total) if refit else self._whole_calibration()  # hubness needs the whole
        if cal is None:
            return 0
        work: list[Work] = self._guarded(self._vector_work, max_lines)
        texts = [text for item in work for _, text in item.lines]
        if not texts:
            self._unembedded = False  # until the next write
            return 0
        x = cal.apply(self.meaning.embed(texts))
        q = quantize(x)
        self._guarded(self._store_vectors, cal, work, q, encode(q), cal.hubness(x))
        return len(texts)

    def _refit(self, model: str, total: int) -> Calibration | None:
        """Fit the calibration on a sample of the account's lines and start every vector over."""
        from convo_mcp.search.meaning import CALIBRATION_ENOUGH, Calibration

        assert self.meaning is not None
        sample: list[str] = self._guarded(self._sample_texts, CALIBRATION_ENOUGH)
        if not sample:
            return None
        cal = Calibration.fit(model, self.meaning.embed(sample), max(total, len(sample)))

        def replace() -> None:
            self._replace_calibration(cal.to_bytes())
            self._calibration, self._calibration_read, self._vectors = cal.slim(), True, None

        self._guarded(replace)
        log.info("search.vectors_calibrated", lines=cal.lines, model=model)
        return cal

    def _store_vectors(self, cal: Calibration, work: list[Work], q: Any, stored: Any, hub: Any) -> None:
        import numpy as np

        if not cal.same(self._read_calibration()):
            return  # refitted meanwhile: these vectors belong to the old calibration
        starts, at = [], 0
        for item in work:
            starts.append(at)
            at += len(item.lines)
        written = self._write_vectors(work, stored, hub)
        if self._vectors is not None and written:
            parts = [slice(starts[i], starts[i] + len(work[i].lines)) for i in written]
            rowids = [r for i in written for r, _ in work[i].lines]
            self._vectors.add(np.asarray(rowids, np.int64), np.concatenate([q[p] for p in parts]),
                              np.concatenate([hub[p] for p in parts]))

    def _vector_set(self) -> VectorSet:
        vectors = self._vectors
        if vectors is None:
            from convo_mcp.search.meaning import VectorSet

            vectors = self._vectors = VectorSet.of(list(self._vector_chunks()))
            self._vectors_at = time.monotonic()
        HELD.touch(self, vectors.nbytes)
        return vectors

    def _close_in_meaning(self, query: Query, by_n: dict[int, Meeting],
                          speakers: dict[int, set[int]] | None) -> dict[int, list[tuple[float, int]]]:
        """Meeting n → its lines close to the query in meaning, as (score, rowid), best first; empty
        when meaning is off or nothing has vectors yet."""
        cal = self._read_calibration()
        if self.meaning is None or cal is None or cal.model != self.meaning.fingerprint:
            return {}
        import numpy as np

        from convo_mcp.search.meaning import CANDIDATES, MEANING_FLOOR, from_blobs, scores

        vectors = self._vector_set()
        if not len(vectors):
            return {}
        q = cal.apply(self.meaning.embed([" ".join(query.words())]))[0]
        allowed = None
        if by_n is not self._by_n or speakers is not None:
            keys = np.fromiter(by_n, np.int64, len(by_n))
            keep = None if speakers is None else np.array(
                [n << (MEETING_SHIFT - SPEAKER_SHIFT) | s for n, ss in speakers.items() for s in ss], np.int64)

            def allowed(rowids: Any) -> Any:
                mask = np.isin(rowids >> MEETING_SHIFT, keys)
                return mask if keep is None else mask & np.isin(rowids >> SPEAKER_SHIFT, keep)

        picked = vectors.candidates(q, allowed, max(CANDIDATES, len(vectors) // 500))
        rows = self._vectors_of([int(r) for r in picked.tolist()])
        if not rows:
            return {}
        found = scores(q, from_blobs([r[1] for r in rows]), np.fromiter((r[2] for r in rows), np.float32, len(rows)))
        out: dict[int, list[tuple[float, int]]] = {}
        for (rowid, _, _), score in zip(rows, found.tolist(), strict=True):
            if score >= MEANING_FLOOR:
                out.setdefault(rowid >> MEETING_SHIFT, []).append((score, rowid))
        for hits in out.values():
            hits.sort(reverse=True)
        return dict(sorted(out.items(), key=lambda kv: -kv[1][0][0]))

    def _meaning_hits(self, m: Meeting, close: list[tuple[float, int]], count: int, have: list[Hit]) -> list[Hit]:
        """``have`` (the lines that say the words) topped up with the lines close in meaning."""
        if len(have) >= count or not close:
            return have
        docs: dict[str, dict[int, Line]] = {}
        out = list(have)
        for score, rowid in close:
            line_no = rowid & ranking.LINE_MASK
            if line_no == TITLE_ROW:
                line: Line | None = title_line(m.title) if m.title else None
                kind = None
            else:
                kind = "k" if line_no >= KEYPOINT_BASE else "t"
                if kind not in docs:
                    blob = self._lines.content(m.n, kind)
                    docs[kind] = {ln.row: ln for ln in unpack(blob)} if blob else {}
                line = docs[kind].get(line_no)
            if line is None or any(h.line.text == line.text for h in out):
                continue
            at = time_offset(line, docs[kind].values()) if kind is not None and line.stamp else None
            out.append(Hit(line, score, at, meaning=True))
            if len(out) == count:
                break
        return out


def _title_words(title: str | None, words: list[str]) -> int:
    """How many of ``words`` the title says (a word counts when a title word starts with its stem)."""
    said = [w.casefold() for w in _TITLE_WORD.findall(title or "")]
    return sum(1 for w in words if any(t.startswith(stem_prefix(w)) for t in said))


_TITLE_WORD = re.compile(r"[^\W_]+")


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
