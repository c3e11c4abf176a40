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
is done). A full disk is not damage: writes stop with :class:`~convo_mcp.errors.DiskFullError` and nothing is
moved. Blocking calls: run them in a worker thread (see :mod:`.filler`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from convo_mcp.errors import DiskFullError, StorageUnavailableError
from convo_mcp.log import get_logger
from convo_mcp.search.backend import Health, Listed
from convo_mcp.search.core import TITLE_KIND, IndexCore, Work
from convo_mcp.search.document import (
    TITLE_ROW,
    Document,
    keypoint_lines,
    pack,
    transcript_lines,
    unpack,
)
from convo_mcp.search.query import Query, Term
from convo_mcp.search.ranking import MEETING_SHIFT, SPEAKER_MASK, SPEAKER_SHIFT, Speakers
from convo_mcp.search.results import Meeting

if TYPE_CHECKING:
    from convo_mcp.search.meaning import Embedder

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


class IndexUnavailable(StorageUnavailableError):
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


class SQLiteIndex(IndexCore):
    def __init__(self, path: Path | str, *, clock: Any = time.time, meaning: Embedder | None = None) -> None:
        super().__init__(clock=clock, meaning=meaning)
        self.path = Path(path)
        self._salvaged: list[tuple[Any, ...]] = []  # meetings read from a file set aside when opening
        self._conn = self._open()
        self._matcher = _FTS5(self)
        self._version = -1
        try:
            self._load()
        except sqlite3.DatabaseError as exc:  # damage the first reads found
            if _is_full(exc):
                raise DiskFullError(str(exc)) from None
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
                raise DiskFullError(str(exc)) from None
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
            self._set_meetings(())
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

    def _load(self) -> None:
        self._forget_vectors()
        self._version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        rebuilt = self._conn.execute("SELECT value FROM meta WHERE key = 'rebuilt_at'").fetchone()
        self._rebuilt_at = float(rebuilt[0]) if rebuilt else None
        rows = self._conn.execute(
            "SELECT n, id, title, start, minutes, transcript, keypoints IS NOT NULL FROM meetings").fetchall()
        self._set_meetings(Meeting(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6])) for r in rows)

    def close(self) -> None:
        with self._lock:
            self._forget_vectors()
            self._conn.close()

    def _guarded(self, fn: Any, *args: Any) -> Any:
        """Run ``fn``; a damaged file is set aside and rebuilt, and the call tried once more. A full
        disk raises :class:`DiskFullError` (nothing is set aside: the file is fine, the disk is not)."""
        with self._lock:
            try:
                out = fn(*args)
            except sqlite3.DatabaseError as exc:
                if _is_full(exc):
                    if not self._full:
                        log.error("search.disk_full", path=str(self.path),
                                  hint="free space on this disk; indexing goes on when there is room")
                    self._full = True
                    raise DiskFullError(str(exc)) from None
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

    # --- what the shared part asks of storage (see .core) -------------------------------------------

    @property
    def _lines(self) -> _FTS5:
        return self._matcher

    def _compile(self, query: Query, *, strict: bool) -> str:
        return query.strict_fts() if strict else query.fts()

    def _compile_term(self, term: Term) -> str:
        return term.fts()

    def _speaker_rows(self) -> list[tuple[int, int, str]]:
        return self._conn.execute("SELECT n, no, name FROM speakers").fetchall()

    def _blob(self, key: str) -> bytes | None:
        row = self._conn.execute("SELECT value FROM blobs WHERE key = ?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    def _replace_calibration(self, data: bytes) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM vec")
            self._conn.execute("DELETE FROM vec_done")
            self._conn.execute("INSERT OR REPLACE INTO blobs VALUES ('calibration', ?)", (data,))

    def _pending_count(self) -> int:
        docs = self._conn.execute("SELECT count(*) FROM content c WHERE NOT EXISTS "
                                  "(SELECT 1 FROM vec_done d WHERE d.n = c.n AND d.kind = c.kind)").fetchone()[0]
        titles = self._conn.execute("SELECT count(*) FROM meetings m WHERE title IS NOT NULL AND NOT EXISTS "
                                    "(SELECT 1 FROM vec_done d WHERE d.n = m.n AND d.kind = ?)",
                                    (TITLE_KIND,)).fetchone()[0]
        return int(docs) + int(titles)

    def _line_count(self) -> int:
        row = self._conn.execute("SELECT coalesce(sum(segments), 0), count(title) FROM meetings").fetchone()
        return int(row[0]) + int(row[1])

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

    def _vector_work(self, max_lines: int) -> list[Work]:
        work: list[Work] = []
        size = 0
        for n, kind, blob in self._conn.execute(
                "SELECT c.n, c.kind, c.lines FROM content c JOIN meetings m ON m.n = c.n WHERE NOT EXISTS "
                "(SELECT 1 FROM vec_done d WHERE d.n = c.n AND d.kind = c.kind) ORDER BY m.start DESC"):
            base = n << MEETING_SHIFT
            lines = [(base | ln.speaker << SPEAKER_SHIFT | ln.row, ln.text) for ln in unpack(blob)]
            work.append(Work(n, kind, blob, lines))
            size += len(lines)
            if size >= max_lines:
                return work
        for n, title in self._conn.execute(
                "SELECT n, title FROM meetings m WHERE title IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM vec_done d WHERE d.n = m.n AND d.kind = ?) LIMIT ?", (TITLE_KIND, max_lines - size)):
            work.append(Work(n, TITLE_KIND, title.encode(), [(n << MEETING_SHIFT | TITLE_ROW, title)]))
        return work

    def _write_vectors(self, work: list[Work], stored: Any, hub: Any) -> list[int]:
        written, at = [], 0
        with self._transaction():
            for i, item in enumerate(work):
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
                written.append(i)
        return written

    def _vector_chunks(self) -> Iterator[tuple[Any, Any, Any]]:
        import numpy as np

        from convo_mcp.search.meaning import from_blobs

        cursor = self._conn.execute("SELECT rowid, v, hub FROM vec")
        while batch := cursor.fetchmany(65_536):
            yield (np.fromiter((r[0] for r in batch), np.int64, len(batch)), from_blobs([r[1] for r in batch]),
                   np.fromiter((r[2] for r in batch), np.float32, len(batch)))

    def _keypoint_blobs(self, ids: list[str]) -> list[tuple[str, bytes]]:
        return self._conn.execute("SELECT id, keypoints FROM meetings WHERE keypoints IS NOT NULL AND id IN "
                                  "(SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall()

    def _vectors_of(self, rowids: list[int]) -> list[tuple[int, bytes, float]]:
        return self._conn.execute("SELECT rowid, v, hub FROM vec WHERE rowid IN (SELECT value FROM json_each(?))",
                                  (json.dumps(rowids),)).fetchall()


class _FTS5:
    """The lines of an SQLite index as ranking asks about them: FTS5 MATCH, BM25 (lower is better)."""

    def __init__(self, index: SQLiteIndex) -> None:
        self.index = index

    @property
    def conn(self) -> sqlite3.Connection:
        return self.index._conn

    @staticmethod
    def _speakers(speakers: Speakers) -> tuple[str, list[str]]:
        if speakers is None:
            return "", []
        keep = [n << (MEETING_SHIFT - SPEAKER_SHIFT) | s for n, ss in speakers.items() for s in ss]
        return " AND (rowid >> 20) IN (SELECT value FROM json_each(?))", [json.dumps(keep)]

    def counts(self, expr: str, speakers: Speakers) -> dict[int, int]:
        extra, args = self._speakers(speakers)
        sql = f"SELECT rowid >> 26, count(*) FROM said WHERE said MATCH ?{extra} GROUP BY 1"  # noqa: S608
        return dict(self.conn.execute(sql, [expr, *args]).fetchall())

    def best(self, expr: str, speakers: Speakers) -> list[tuple[int, float, int]]:
        extra, args = self._speakers(speakers)
        sql = ("SELECT n, min(score), count(*) FROM (SELECT rowid >> 26 AS n, bm25(said) AS score FROM said "  # noqa: S608
               f"WHERE said MATCH ?{extra} LIMIT -1) GROUP BY n")
        return self.conn.execute(sql, [expr, *args]).fetchall()

    def rowids(self, expr: str, speakers: Speakers, cap: int) -> list[int] | None:
        extra, args = self._speakers(speakers)
        sql = f"SELECT rowid FROM said WHERE said MATCH ?{extra} LIMIT ?"  # noqa: S608
        rows = [r[0] for r in self.conn.execute(sql, [expr, *args, cap + 1])]
        return None if len(rows) > cap else rows

    def in_meeting(self, expr: str, n: int) -> list[tuple[int, float]]:
        lo, hi = n << MEETING_SHIFT, ((n + 1) << MEETING_SHIFT) - 1
        return self.conn.execute(
            "SELECT rowid, bm25(said) FROM said WHERE said MATCH ? AND rowid BETWEEN ? AND ? ORDER BY bm25(said)",
            (expr, lo, hi)).fetchall()

    def sizes(self, ns: Iterable[int] | None) -> tuple[dict[int, float], float]:
        if ns is None:
            rows = self.conn.execute("SELECT n, coalesce(segments, 1) FROM meetings").fetchall()
        else:
            rows = self.conn.execute("SELECT n, coalesce(segments, 1) FROM meetings WHERE n IN "
                                     "(SELECT value FROM json_each(?))", (json.dumps(list(ns)),)).fetchall()
        mean = self.conn.execute("SELECT avg(max(1, coalesce(segments, 1))) FROM meetings").fetchone()[0] or 1.0
        return {n: float(max(1, seg)) for n, seg in rows}, float(mean)

    def content(self, n: int, kind: str) -> bytes | None:
        row = self.conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?", (n, kind)).fetchone()
        return bytes(row[0]) if row else None
