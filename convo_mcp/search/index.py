"""The full-text index of everything said: one SQLite FTS5 file per Convo account.

Layout (``SCHEMA``): ``meetings`` (every meeting a list has shown, and whether its transcript and
keypoints are indexed), ``speakers`` (per meeting), ``content`` (each indexed document's lines,
zlib-compressed JSON) and ``said``, a contentless FTS5 table (porter stemming over unicode61) whose
rowid encodes where a line is: ``meeting << 26 | speaker << 20 | line``. Lines below ``KEYPOINT_BASE``
are transcript segments (the line is the segment index); above it, keypoint items. So a meeting's
rows are one rowid range (fast deletes), a speaker filter is a set of ``rowid >> 20`` values, and the
file stays near the size of the raw text (the text itself is kept only once, compressed).

It implements :class:`~convo_mcp.search.backend.IndexBackend`. Coverage figures are kept as meetings
change (sorted start times, counted by bisection), never recounted from every meeting per search.

Ranking: BM25 per line, a mild boost for recent meetings, meetings ordered by their best line with a
small bonus for many lines. Writes are one transaction per batch in WAL mode, so a crash loses at
most the batch in flight. A file found damaged (when opened, or by any read or write later) or not of
this schema is moved aside, never served: the meetings it still lists are carried into a new file,
whose transcripts and summaries are then indexed again from the cache (``health()`` says so until it
is done). A full disk is not damage: writes stop with :class:`~.backend.DiskFull` and nothing is
moved. Blocking calls: run them in a worker thread (see :mod:`.filler`).
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from convo_mcp.insights.logic import owner_matches
from convo_mcp.log import get_logger
from convo_mcp.search import ranking
from convo_mcp.search.backend import CoverageFigures, DiskFull, Filters, Health, Listed
from convo_mcp.search.document import (
    KEYPOINT_BASE,
    TITLE_ROW,
    Document,
    Line,
    keypoint_lines,
    pack,
    title_line,
    transcript_lines,
    unpack,
)
from convo_mcp.search.document import offset as time_offset
from convo_mcp.search.query import Query, stem_prefix
from convo_mcp.search.ranking import MEETING_SHIFT, SPEAKER_MASK, SPEAKER_SHIFT
from convo_mcp.search.results import Hit, Meeting, MeetingHits, Page

if TYPE_CHECKING:
    from convo_mcp.search.meaning import Calibration, Embedder, VectorSet

log = get_logger("convo_mcp.search")

SCHEMA_VERSION = "convo-search/2"  # 2: titles indexed when listed, not with the transcript
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meetings (
  n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, title TEXT, start REAL, minutes REAL,
  transcript INTEGER NOT NULL DEFAULT 0, segments INTEGER, keypoints BLOB, listed REAL
);
CREATE INDEX IF NOT EXISTS meetings_start ON meetings (start);
CREATE TABLE IF NOT EXISTS speakers (n INTEGER NOT NULL, no INTEGER NOT NULL, name TEXT NOT NULL,
  PRIMARY KEY (n, no));
CREATE TABLE IF NOT EXISTS content (n INTEGER NOT NULL, kind TEXT NOT NULL, lines BLOB NOT NULL,
  PRIMARY KEY (n, kind));
CREATE VIRTUAL TABLE IF NOT EXISTS said USING fts5 (text, content='',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS vec (rowid INTEGER PRIMARY KEY, v BLOB NOT NULL, hub REAL NOT NULL);
CREATE TABLE IF NOT EXISTS vec_done (n INTEGER NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (n, kind));
CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, value BLOB NOT NULL);
"""
TITLE_KIND = "n"  # vec_done's kind for a meeting's title (transcripts "t", summaries "k")


class IndexUnavailable(RuntimeError):
    """The index file cannot be used (and could not be rebuilt) right now."""


def _salvage(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """As much of a damaged file's meeting list as can be read (nothing if that part is damaged too)."""
    try:
        return conn.execute("SELECT id, title, start, minutes, listed FROM meetings").fetchall()
    except sqlite3.Error:
        return []


def _is_full(exc: BaseException) -> bool:
    """SQLITE_FULL ("database or disk is full"), as opposed to damage."""
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "database or disk is full" in str(exc)


class SQLiteIndex:
    def __init__(self, path: Path | str, *, clock: Any = time.time, meaning: Embedder | None = None) -> None:
        self.path = Path(path)
        self._clock = clock
        self.meaning = meaning  # the embedding model, or None: words only
        self._calibration: Calibration | None = None
        self._calibration_read = False
        self._vectors: VectorSet | None = None  # loaded at the first search by meaning
        self._unembedded = True  # whether some lines may lack vectors (checked in the file when True)
        self._lock = threading.RLock()
        self._salvaged: list[tuple[Any, ...]] = []  # meetings read from a file set aside when opening
        self._conn = self._open()
        self._meetings: dict[str, Meeting] = {}
        self._by_n: dict[int, Meeting] = {}  # the same meetings by number: what an unfiltered search ranks
        self._known = _Starts()  # every known meeting's start
        self._missing = _Starts()  # of those, the ones whose transcript is not indexed
        self._version = -1
        self._rebuilt_at: float | None = None  # found damaged then; refilling since
        self._full = False
        try:
            self._load()
        except sqlite3.DatabaseError as exc:  # damage the first reads found
            if _is_full(exc):
                raise DiskFull(str(exc)) from None
            self._rebuild(str(exc))
        if self._salvaged:
            self._carry_over(self._salvaged)
            self._salvaged = []

    # --- opening, and rebuilding what cannot be trusted ---------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            if _is_full(exc):
                raise DiskFull(str(exc)) from None
            if str(self.path) != ":memory:":
                with contextlib.suppress(sqlite3.Error), contextlib.closing(sqlite3.connect(self.path)) as old:
                    self._salvaged = _salvage(old)
            self._set_aside(str(exc))
            conn = self._connect()
            self._mark_rebuilt(conn)
            return conn

    def _connect(self) -> sqlite3.Connection:
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
        conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            version = None
            if "meta" in found:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                version = row[0] if row else None
            if found and version != SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"foreign or older index schema ({version or 'none'})")
            conn.executescript(SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            conn.execute("INSERT INTO said(said, rank) VALUES ('automerge', 8)")
            conn.execute("SELECT count(*) FROM meetings").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def _set_aside(self, why: str) -> None:
        if str(self.path) == ":memory:":
            raise IndexUnavailable(why)
        aside = self.path.with_name(f"{self.path.name}.unusable-{int(time.time())}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{self.path}{suffix}")
            if src.exists():
                os.replace(src, Path(f"{aside}{suffix}"))
        log.warning("search.index_rebuilt", path=str(self.path), moved_to=str(aside), reason=why[:120])

    def _rebuild(self, why: str) -> None:
        """Set the damaged file aside and start a new one holding the meetings it still lists."""
        with self._lock:
            salvaged = _salvage(self._conn)
            self._conn.close()
            self._set_aside(why)
            self._conn = self._connect()
            self._meetings, self._by_n = {}, {}
            self._known, self._missing = _Starts(), _Starts()
            self._forget_vectors()
            self._mark_rebuilt(self._conn)
            self._load()
            self._carry_over(salvaged)

    def _carry_over(self, salvaged: list[tuple[Any, ...]]) -> None:
        """Note the meetings read from a damaged file (titles searchable, transcripts to index again)."""
        def number(value: Any) -> float | None:
            return float(value) if isinstance(value, float | int) else None

        with self._transaction():
            for cid, title, start, minutes, listed in salvaged:
                if isinstance(cid, str):
                    self._upsert(cid, title if isinstance(title, str) else None, number(start), number(minutes),
                                 listed=number(listed))

    def _mark_rebuilt(self, conn: sqlite3.Connection) -> None:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('rebuilt_at', ?)", (str(self._clock()),))

    def health(self) -> Health:
        with self._lock:
            if self._rebuilt_at is not None and self._meetings and not self._missing.count(None, None):
                self._rebuilt_at = None  # every meeting it knows is indexed again
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("DELETE FROM meta WHERE key = 'rebuilt_at'")
            return Health(self._rebuilt_at, self._full)

    def _forget_vectors(self) -> None:
        """Drop what is held in memory of the vectors: read again from the file when next needed."""
        self._calibration, self._calibration_read, self._vectors = None, False, None
        self._unembedded = True

    def _load(self) -> None:
        self._forget_vectors()
        self._version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        rebuilt = self._conn.execute("SELECT value FROM meta WHERE key = 'rebuilt_at'").fetchone()
        self._rebuilt_at = float(rebuilt[0]) if rebuilt else None
        rows = self._conn.execute(
            "SELECT n, id, title, start, minutes, transcript, keypoints IS NOT NULL FROM meetings").fetchall()
        self._meetings = {r[1]: Meeting(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6])) for r in rows}
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

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _guarded(self, fn: Any, *args: Any) -> Any:
        """Run ``fn``; a damaged file is set aside and rebuilt, and the call tried once more. A full
        disk raises :class:`DiskFull` (nothing is set aside: the file is fine, the disk is not)."""
        with self._lock:
            try:
                out = fn(*args)
            except sqlite3.DatabaseError as exc:
                if _is_full(exc):
                    if not self._full:
                        log.error("search.disk_full", path=str(self.path),
                                  hint="free space on this disk; indexing goes on when there is room")
                    self._full = True
                    raise DiskFull(str(exc)) from None
                if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                    raise
                self._rebuild(str(exc))
                return fn(*args)
            self._full = False
            return out

    # --- what is known --------------------------------------------------------------------------

    def describe(self) -> str:
        return str(self.path)

    def _fresh(self) -> None:
        if self._conn.execute("PRAGMA data_version").fetchone()[0] != self._version:
            self._load()  # another process sharing the file wrote to it

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
        return list(self._meetings.values())

    def has_transcript(self, conversation_id: str) -> bool:
        m = self._meetings.get(conversation_id)
        return m is not None and m.transcript

    def has_keypoints(self, conversation_id: str) -> bool:
        m = self._meetings.get(conversation_id)
        return m is not None and m.keypoints

    def keypoints_json(self, ids: Iterable[str]) -> dict[str, Any]:
        """Stored keypoints (Convo's wire JSON) of those ``ids`` that have them, in one query."""
        wanted = [i for i in ids if self.has_keypoints(i)]
        if not wanted:
            return {}

        def read() -> dict[str, Any]:
            rows = self._conn.execute(
                "SELECT id, keypoints FROM meetings WHERE keypoints IS NOT NULL AND id IN "
                "(SELECT value FROM json_each(?))", (json.dumps(wanted),)).fetchall()
            return {r[0]: json.loads(zlib.decompress(r[1])) for r in rows}

        out: dict[str, Any] = self._guarded(read)
        return out

    def transcript_lines(self, conversation_id: str) -> list[Line]:
        m = self._meetings.get(conversation_id)
        if m is None or not m.transcript:
            return []

        def read() -> list[Line]:
            row = self._conn.execute("SELECT lines FROM content WHERE n = ? AND kind = 't'", (m.n,)).fetchone()
            return list(unpack(row[0])) if row else []

        out: list[Line] = self._guarded(read)
        return out

    def speakers(self, conversation_id: str) -> dict[int, str]:
        m = self._meetings.get(conversation_id)
        if m is None:
            return {}
        return dict(self._conn.execute("SELECT no, name FROM speakers WHERE n = ?", (m.n,)).fetchall())

    def size_bytes(self) -> int:
        if str(self.path) == ":memory:":
            return 0
        return sum(Path(f"{self.path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{self.path}{s}").exists())

    # --- writing --------------------------------------------------------------------------------

    def note_meetings(self, listed: Iterable[Listed]) -> None:
        """Meetings a list showed: (id, title, start, minutes). Known meetings make coverage."""
        rows = list(listed)
        if rows:
            self._guarded(self._note, rows)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction (the connection is in autocommit mode): all of a batch, or none of it."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
                self._conn.execute("ROLLBACK")
            self._vectors = None  # it may hold this transaction's changes: read it again
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error:  # the commit itself can meet a full disk
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            self._vectors = None
            raise

    def _note(self, rows: list[Listed]) -> None:
        now = self._clock()
        with self._transaction():
            for cid, title, start, minutes in rows:
                self._upsert(cid, title, start, minutes, now)

    def _upsert(self, cid: str, title: str | None, start: float | None, minutes: float | None,
                listed: float | None = None) -> Meeting:
        old = self._meetings.get(cid)
        r = self._conn.execute(
            "INSERT INTO meetings (id, title, start, minutes, listed) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO "
            "UPDATE SET title = coalesce(excluded.title, title), start = coalesce(excluded.start, start), "
            "minutes = coalesce(excluded.minutes, minutes), listed = coalesce(excluded.listed, listed) "
            "RETURNING n, title, start, minutes, transcript, keypoints IS NOT NULL",
            (cid, title, start, minutes, listed)).fetchone()
        m = Meeting(r[0], cid, r[1], r[2], r[3], bool(r[4]), bool(r[5]))
        if old is None or old.title != m.title:  # the title is searchable from the moment it is known
            row = m.n << MEETING_SHIFT | TITLE_ROW
            if old is not None and old.title:
                self._conn.execute("INSERT INTO said (said, rowid, text) VALUES ('delete', ?, ?)", (row, old.title))
                self._drop_vectors(m.n, TITLE_KIND, [row])
            if m.title:
                self._conn.execute("INSERT INTO said (rowid, text) VALUES (?, ?)", (row, m.title))
        self._keep(m)
        self._unembedded = True
        return m

    def add(self, documents: Sequence[Document]) -> None:
        """Index transcripts and keypoints, replacing what each replaces, in one transaction."""
        if documents:
            self._guarded(self._add, documents)

    def _add(self, documents: Sequence[Document]) -> None:
        rows: list[tuple[int, str]] = []
        latest = {(d.conversation_id, d.kind): d for d in documents}  # one per meeting and kind: the last
        with self._transaction():
            for doc in latest.values():
                m = self._upsert(doc.conversation_id, doc.title, doc.start, doc.minutes)
                kind = doc.kind
                self._delete_lines(m.n, kind)
                names = self._speaker_numbers(m.n, doc)
                lines = (transcript_lines if kind == "t" else keypoint_lines)(doc, names)
                base = m.n << MEETING_SHIFT
                rows += [(base | ln.speaker << SPEAKER_SHIFT | ln.row, ln.text) for ln in lines]
                self._conn.execute("INSERT OR REPLACE INTO content VALUES (?, ?, ?)", (m.n, kind, pack(lines)))
                if kind == "t":
                    self._conn.execute("UPDATE meetings SET transcript = 1, segments = ? WHERE n = ?",
                                       (len(doc.payload.get("segments", [])), m.n))
                else:
                    packed = zlib.compress(json.dumps(doc.payload).encode(), 6)
                    self._conn.execute("UPDATE meetings SET keypoints = ? WHERE n = ?", (packed, m.n))
                self._keep(Meeting(m.n, m.id, m.title, m.start, m.minutes,
                                   m.transcript or kind == "t", m.keypoints or kind == "k"))
            # In rowid order: FTS5 keeps a transaction's terms in memory only while rowids increase.
            rows.sort()
            self._conn.executemany("INSERT INTO said (rowid, text) VALUES (?, ?)", rows)

    def _speaker_numbers(self, n: int, doc: Document) -> dict[str, int]:
        known = dict(self._conn.execute("SELECT name, no FROM speakers WHERE n = ?", (n,)).fetchall())
        new = []
        for name in doc.speaker_names():
            if name not in known and len(known) < SPEAKER_MASK:
                known[name] = len(known) + 1  # 0 is "no speaker" (keypoint items, unknown)
                new.append((n, known[name], name))
        self._conn.executemany("INSERT INTO speakers VALUES (?, ?, ?)", new)
        return known

    def _delete_lines(self, n: int, kind: str) -> None:
        row = self._conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?", (n, kind)).fetchone()
        if row is None:
            return
        base = n << MEETING_SHIFT
        rows = [(base | ln.speaker << SPEAKER_SHIFT | ln.row, ln.text) for ln in unpack(row[0])]
        self._conn.executemany("INSERT INTO said (said, rowid, text) VALUES ('delete', ?, ?)", rows)
        self._conn.execute("DELETE FROM content WHERE n = ? AND kind = ?", (n, kind))
        self._drop_vectors(n, kind, [r for r, _ in rows])

    def _drop_vectors(self, n: int, kind: str, rowids: list[int]) -> None:
        self._conn.executemany("DELETE FROM vec WHERE rowid = ?", [(r,) for r in rowids])
        self._conn.execute("DELETE FROM vec_done WHERE n = ? AND kind = ?", (n, kind))
        if self._vectors is not None:
            self._vectors.drop(rowids)

    def remove(self, conversation_id: str) -> None:
        """Forget a meeting entirely (it was deleted)."""
        m = self._meetings.get(conversation_id)
        if m is not None:
            self._guarded(self._remove, m)

    def _remove(self, m: Meeting) -> None:
        with self._transaction():
            for kind in ("t", "k"):
                self._delete_lines(m.n, kind)
            if m.title:
                self._conn.execute("INSERT INTO said (said, rowid, text) VALUES ('delete', ?, ?)",
                                   (m.n << MEETING_SHIFT | TITLE_ROW, m.title))
                self._drop_vectors(m.n, TITLE_KIND, [m.n << MEETING_SHIFT | TITLE_ROW])
            self._conn.execute("DELETE FROM speakers WHERE n = ?", (m.n,))
            self._conn.execute("DELETE FROM meetings WHERE n = ?", (m.n,))
        self._drop(m.id)

    # --- searching ------------------------------------------------------------------------------

    def search(self, query: Query, filters: Filters = Filters(), *, limit: int = 8, offset: int = 0,  # noqa: B008
               per_meeting: int = 3) -> Page:
        """Meetings whose lines match, best first."""
        page: Page = self._guarded(self._search, query, filters, limit, offset, per_meeting)
        return page

    def _search(self, query: Query, filters: Filters, limit: int, offset: int, per_meeting: int) -> Page:
        expr = query.fts()
        self._fresh()
        speakers = self._speaker_filter(filters.speaker) if filters.speaker else None
        by_n = {n: m for n, m in self._by_n.items() if filters.admits(m)} if filters.narrows_meetings else self._by_n
        close: dict[int, list[tuple[float, int]]] = {}
        if query.any_word:
            close = self._close_in_meaning(query, by_n, speakers)
            ranked, total, lines = self._rank_plain(query, by_n, speakers, offset + limit, close)
        else:
            ranked = ranking.rank(ranking.meeting_scores(self._conn, expr, by_n, speakers), by_n, self._clock())
            total, lines = len(ranked), sum(r[2] for r in ranked)
        chosen = ranked[offset:offset + limit]
        out = [MeetingHits(m, hits, score, self._meaning_hits(
            m, close.get(m.n, []), per_meeting, ranking.best_lines(self._conn, expr, m, speakers, per_meeting)))
            for score, m, hits in chosen]
        return Page(out, total, lines)

    def _rank_plain(self, query: Query, by_n: dict[int, Meeting], speakers: dict[int, set[int]] | None,
                    need: int, close: dict[int, list[tuple[float, int]]]) -> tuple[list[tuple[float, Meeting, int]],
                                                                                   int, int]:
        """A plain query's meetings (see :mod:`.ranking`), best first, as far as ``need`` reaches: those
        with a line saying every word, then, only when a page reaches past them, the others; fused
        with the meetings ``close`` in meaning when there are any. Returns them, how many meetings
        match in all, and the lines that match."""
        lines = {n: c for n, c in ranking.meetings_matching(self._conn, query.fts(), speakers).items() if n in by_n}
        now = self._clock()
        every = ranking.rank(ranking.meeting_scores(self._conn, query.strict_fts(), by_n, speakers), by_n, now)
        ranked = [(score, m, lines.get(m.n, hits)) for score, m, hits in every]
        first = {m.n for _, m, _ in every}
        depth = max(need, ranking.FUSE_DEPTH) if close else need
        if len(ranked) < depth and (rest := {n: by_n[n] for n in lines if n not in first}):
            words = query.words()
            scores = ranking.some_words_scores(self._conn, [t.fts() for t in query.terms()], rest, by_n, speakers,
                                               lambda m: _title_words(m.title, words))
            ranked += [(score, m, lines[m.n]) for score, m, _ in ranking.rank(scores, by_n, now)]
        if not lines:  # no word said anywhere: offer only what is clearly close in meaning
            from convo_mcp.search.meaning import CLOSE_ENOUGH

            close = {n: hits for n, hits in close.items() if hits[0][0] >= CLOSE_ENOUGH}
        if not close:
            return ranked, len(lines), sum(lines.values())
        fused = ranking.fuse(ranked, first, close, by_n)
        only_close = [n for n in close if n not in lines]
        return fused, len(lines) + len(only_close), sum(lines.values()) + sum(len(close[n]) for n in only_close)

    # --- meaning --------------------------------------------------------------------------------

    def _read_calibration(self) -> Calibration | None:
        if not self._calibration_read:
            from convo_mcp.search.meaning import Calibration

            row = self._conn.execute("SELECT value FROM blobs WHERE key = 'calibration'").fetchone()
            try:
                self._calibration = Calibration.from_bytes(row[0]) if row else None
            except (ValueError, KeyError, OSError):
                self._calibration = None  # unreadable: fitted again
            self._calibration_read = True
        return self._calibration

    def vectors_pending(self) -> int:
        """Documents and titles indexed without vectors (0 when meaning is off)."""
        if self.meaning is None:
            return 0
        count: int = self._guarded(self._pending_count)
        return count

    def _pending_count(self) -> int:
        docs = self._conn.execute("SELECT count(*) FROM content c WHERE NOT EXISTS "
                                  "(SELECT 1 FROM vec_done d WHERE d.n = c.n AND d.kind = c.kind)").fetchone()[0]
        titles = self._conn.execute("SELECT count(*) FROM meetings m WHERE title IS NOT NULL AND NOT EXISTS "
                                    "(SELECT 1 FROM vec_done d WHERE d.n = m.n AND d.kind = ?)",
                                    (TITLE_KIND,)).fetchone()[0]
        return int(docs) + int(titles)

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
        if cal is None or cal.wants_refit(model, total):
            cal = self._refit(model, total)
            if cal is None:
                return 0
        work: list[_Work] = self._guarded(self._vector_work, max_lines)
        texts = [text for item in work for _, text in item.lines]
        if not texts:
            self._unembedded = False  # until the next write
            return 0
        x = cal.apply(self.meaning.embed(texts))
        q = quantize(x)
        self._guarded(self._store_vectors, cal, work, q, encode(q), cal.hubness(x))
        return len(texts)

    def _line_count(self) -> int:
        row = self._conn.execute("SELECT coalesce(sum(segments), 0), count(title) FROM meetings").fetchone()
        return int(row[0]) + int(row[1])

    def _refit(self, model: str, total: int) -> Calibration | None:
        """Fit the calibration on a sample of the account's lines and start every vector over."""
        from convo_mcp.search.meaning import CALIBRATION_ENOUGH, Calibration

        assert self.meaning is not None
        sample: list[str] = self._guarded(self._sample_texts, CALIBRATION_ENOUGH)
        if not sample:
            return None
        cal = Calibration.fit(model, self.meaning.embed(sample), max(total, len(sample)))

        def replace() -> None:
            with self._transaction():
                self._conn.execute("DELETE FROM vec")
                self._conn.execute("DELETE FROM vec_done")
                self._conn.execute("INSERT OR REPLACE INTO blobs VALUES ('calibration', ?)", (cal.to_bytes(),))
            self._calibration, self._calibration_read, self._vectors = cal, True, None

        self._guarded(replace)
        log.info("search.vectors_calibrated", lines=cal.lines, model=model)
        return cal

    def _sample_texts(self, count: int) -> list[str]:
        """Up to ``count`` lines from meetings picked at random, and titles."""
        import random

        keys = self._conn.execute("SELECT n, kind FROM content").fetchall()
        random.Random(len(keys)).shuffle(keys)
        out = [r[0] for r in self._conn.execute("SELECT title FROM meetings WHERE title IS NOT NULL LIMIT ?",
                                                 (count // 10,))]
        for n, kind in keys:
            if len(out) >= count:
                break
            blob = self._conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?", (n, kind)).fetchone()
            out += [ln.text for ln in unpack(blob[0])] if blob else []
        return out[:count]

    def _vector_work(self, max_lines: int) -> list[_Work]:
        work: list[_Work] = []
        size = 0
        for n, kind, blob in self._conn.execute(
                "SELECT c.n, c.kind, c.lines FROM content c JOIN meetings m ON m.n = c.n WHERE NOT EXISTS "
                "(SELECT 1 FROM vec_done d WHERE d.n = c.n AND d.kind = c.kind) ORDER BY m.start DESC"):
            base = n << MEETING_SHIFT
            lines = [(base | ln.speaker << SPEAKER_SHIFT | ln.row, ln.text) for ln in unpack(blob)]
            work.append(_Work(n, kind, blob, lines))
            size += len(lines)
            if size >= max_lines:
                return work
        for n, title in self._conn.execute(
                "SELECT n, title FROM meetings m WHERE title IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM vec_done d WHERE d.n = m.n AND d.kind = ?) LIMIT ?", (TITLE_KIND, max_lines - size)):
            work.append(_Work(n, TITLE_KIND, title.encode(), [(n << MEETING_SHIFT | TITLE_ROW, title)]))
        return work

    def _store_vectors(self, cal: Calibration, work: list[_Work], q: Any, stored: Any, hub: Any) -> None:
        import numpy as np

        if self._read_calibration() is not cal:
            return  # refitted meanwhile: these vectors belong to the old calibration
        rowids, vecs, hubs = [], [], []
        at = 0
        with self._transaction():
            for item in work:
                here = slice(at, at + len(item.lines))
                at += len(item.lines)
                if item.kind == TITLE_KIND:
                    row = self._conn.execute("SELECT title FROM meetings WHERE n = ?", (item.n,)).fetchone()
                    current = row[0].encode() if row and row[0] else None
                else:
                    row = self._conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?",
                                             (item.n, item.kind)).fetchone()
                    current = row[0] if row else None
                if current != item.source:
                    continue  # replaced or removed meanwhile: embedded again with what replaced it
                ids = [r for r, _ in item.lines]
                self._conn.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
                                       zip(ids, (v.tobytes() for v in stored[here]), hub[here].tolist(), strict=True))
                self._conn.execute("INSERT OR REPLACE INTO vec_done VALUES (?, ?)", (item.n, item.kind))
                rowids += ids
                vecs.append(q[here])
                hubs.append(hub[here])
        if self._vectors is not None and rowids:
            self._vectors.add(np.asarray(rowids, np.int64), np.concatenate(vecs), np.concatenate(hubs))

    def _vector_set(self) -> VectorSet:
        if self._vectors is None:
            import numpy as np

            from convo_mcp.search.meaning import VectorSet, from_blobs

            cursor = self._conn.execute("SELECT rowid, v, hub FROM vec")
            chunks = []
            while batch := cursor.fetchmany(65_536):
                chunks.append((np.fromiter((r[0] for r in batch), np.int64, len(batch)),
                               from_blobs([r[1] for r in batch]),
                               np.fromiter((r[2] for r in batch), np.float32, len(batch))))
            self._vectors = VectorSet.of(chunks)
        return self._vectors

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
        rows = self._conn.execute("SELECT rowid, v, hub FROM vec WHERE rowid IN (SELECT value FROM json_each(?))",
                                  (json.dumps(picked.tolist()),)).fetchall()
        if not rows:
            return {}
        found = scores(q, from_blobs([r[1] for r in rows]),
                       np.fromiter((r[2] for r in rows), np.float32, len(rows)))
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
                    blob = self._conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?",
                                              (m.n, kind)).fetchone()
                    docs[kind] = {ln.row: ln for ln in unpack(blob[0])} if blob else {}
                line = docs[kind].get(line_no)
            if line is None or any(h.line.text == line.text for h in out):
                continue
            at = time_offset(line, docs[kind].values()) if kind is not None and line.stamp else None
            out.append(Hit(line, score, at, meaning=True))
            if len(out) == count:
                break
        return out


    def _speaker_filter(self, speaker: str) -> dict[int, set[int]]:
        """Meeting n → numbers of the speakers that ``speaker`` names (as a person names someone)."""
        out: dict[int, set[int]] = {}
        for n, no, name in self._conn.execute("SELECT n, no, name FROM speakers"):
            if owner_matches(speaker, name):
                out.setdefault(n, set()).add(no)
        return out


@dataclass(frozen=True)
class _Work:
    """A document (or title) to embed: what it was read from, to check it is still current."""

    n: int
    kind: str
    source: bytes
    lines: list[tuple[int, str]]  # (rowid, text)


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
