"""The search index's storage in one SQLite file per Convo account (FTS5).

Layout (``SCHEMA``): ``meetings`` (every meeting a list has shown, and whether its transcript and
keypoints are indexed), ``speakers`` (per meeting), ``content`` (each indexed document's lines,
zlib-compressed JSON) and ``said``, a contentless FTS5 table (porter stemming over unicode61) whose
rowid says where a line is (:mod:`convo_mcp.search.rows`): a meeting's rows are one rowid range (fast
deletes), and the file stays near the size of the raw text (the text is kept only once, compressed).
Vectors beside them: :mod:`.vectors`; the FTS5 syntax and matching: :mod:`.fts`.

Writes are one transaction per batch in WAL mode, so a crash loses at most the batch in flight. A file
found damaged (when opened, or by any read or write later) or not of this schema is moved aside, never
served: the meetings it still lists are carried into a new file, whose transcripts and summaries are
then indexed again from the cache (``health()`` says so until it is done). A full disk is not damage:
writes stop with :class:`~convo_mcp.errors.DiskFullError` and nothing is moved. Blocking: call it from
a worker thread.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from convo_mcp.errors import DiskFullError, StorageUnavailableError
from convo_mcp.log import get_logger
from convo_mcp.search.document import Document, keypoint_lines, pack, transcript_lines, unpack
from convo_mcp.search.query import Query, Term
from convo_mcp.search.results import Meeting
from convo_mcp.search.rows import SPEAKER_MASK, rowid, title
from convo_mcp.search.storage import Change, Health, Written
from convo_mcp.state.sqlite.fts import FTS5, query_expr, term_expr
from convo_mcp.state.sqlite.vectors import TITLE_KIND, VectorRows
from convo_mcp.types import Clock

log = get_logger("convo_mcp.search")
T = TypeVar("T")
Noted = tuple[str, str | None, float | None, float | None, float | None]  # id, title, start, minutes, listed

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
CREATE TABLE IF NOT EXISTS derived (n INTEGER NOT NULL, kind TEXT NOT NULL, version TEXT NOT NULL,
  data BLOB NOT NULL, PRIMARY KEY (n, kind));
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


def _noted(salvaged: list[tuple[Any, ...]]) -> list[Noted]:
    """Meetings read from a damaged file, as much as can be trusted of them."""
    def number(value: Any) -> float | None:
        return float(value) if isinstance(value, float | int) else None

    return [(cid, t if isinstance(t, str) else None, number(start), number(minutes), number(listed))
            for cid, t, start, minutes, listed in salvaged if isinstance(cid, str)]


def _meeting(r: Sequence[Any]) -> Meeting:
    return Meeting(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]))


class SQLiteStorage:
    def __init__(self, path: Path | str, *, clock: Clock = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        self._session: SQLiteSession | None = None
        self._full = False
        self._rebuilt = False  # since the meetings were last read: the next reader reads them again
        self._version = -1  # the file's data_version when the meetings were last read
        self._rebuilt_at: float | None = None  # when it was found damaged and started again (until refilled)
        self._clear_rebuilt = False  # refilled: the mark goes at the next call (never from the event loop)
        salvaged: list[tuple[Any, ...]] = []
        self._conn = self._open(salvaged)
        with contextlib.suppress(sqlite3.Error):
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'rebuilt_at'").fetchone()
            self._rebuilt_at = float(row[0]) if row else None
        try:
            self._conn.execute("SELECT count(*) FROM meetings, content").fetchone()
        except sqlite3.DatabaseError as exc:  # damage the first reads found
            if _is_full(exc):
                raise DiskFullError(str(exc)) from None
            salvaged = self._replace(str(exc))
        if salvaged:
            self._carry_over(salvaged)

    # --- opening, and rebuilding what cannot be trusted ---------------------------------------

    def _open(self, salvaged: list[tuple[Any, ...]]) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            if _is_full(exc):
                raise DiskFullError(str(exc)) from None
            if str(self.path) != ":memory:":
                with contextlib.suppress(sqlite3.Error), contextlib.closing(sqlite3.connect(self.path)) as old:
                    salvaged += _salvage(old)
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

    def _replace(self, why: str) -> list[tuple[Any, ...]]:
        """Set the damaged file aside and start a new one; the meetings it still listed."""
        salvaged = _salvage(self._conn)
        self._conn.close()
        self._set_aside(why)
        self._conn = self._connect()
        self._mark_rebuilt(self._conn)
        self._rebuilt = True
        return salvaged

    def _carry_over(self, salvaged: list[tuple[Any, ...]]) -> None:
        """Note the meetings read from a damaged file (titles searchable, transcripts to index again)."""
        self.run(lambda s: s.note(_noted(salvaged), {}))

    def _mark_rebuilt(self, conn: sqlite3.Connection) -> None:
        self._rebuilt_at = self._clock()
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('rebuilt_at', ?)", (str(self._rebuilt_at),))

    # --- the storage -----------------------------------------------------------------------------

    def run(self, fn: Callable[[SQLiteSession], T]) -> T:
        """``fn`` under the file's lock; a damaged file is set aside and rebuilt and the call tried once
        more. A full disk raises :class:`DiskFullError` (nothing is set aside: the file is fine)."""
        with self._lock:
            if self._session is not None:  # inside a call already: join it
                return fn(self._session)
            self._session = SQLiteSession(self)
            try:
                try:
                    if self._clear_rebuilt:
                        self._conn.execute("DELETE FROM meta WHERE key = 'rebuilt_at'")
                        self._clear_rebuilt = False
                    out = fn(self._session)
                except sqlite3.DatabaseError as exc:
                    if _is_full(exc):
                        if not self._full:
                            log.error("search.disk_full", path=str(self.path),
                                      hint="free space on this disk; indexing goes on when there is room")
                        self._full = True
                        raise DiskFullError(str(exc)) from None
                    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                        raise
                    salvaged = self._replace(str(exc))
                    self._session = SQLiteSession(self)
                    self._session.note(_noted(salvaged), {})
                    out = fn(self._session)
                self._full = False
                return out
            finally:
                self._session = None

    def describe(self) -> str:
        return str(self.path)

    def size_bytes(self) -> int:
        if str(self.path) == ":memory:":
            return 0
        return sum(Path(f"{self.path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{self.path}{s}").exists())

    def health(self) -> Health:
        return Health(self._rebuilt_at, self._full)

    def rebuilt(self) -> None:
        if self._rebuilt_at is not None:
            self._rebuilt_at, self._clear_rebuilt = None, True

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class SQLiteSession:
    """One call's view of the file (under its lock)."""

    def __init__(self, storage: SQLiteStorage) -> None:
        self.storage = storage
        conn = storage._conn
        self.conn = conn
        words = FTS5(conn)  # matching (FTS5), and the vectors beside the lines: parts of one session
        self.counts, self.best, self.rowids = words.counts, words.best, words.rowids
        self.in_meeting, self.sizes, self.content = words.in_meeting, words.sizes, words.content
        rows = self.vectors = VectorRows(lambda: self.conn, self._transaction)
        self.blob, self.replace_calibration = rows.blob, rows.replace_calibration
        self.pending_count, self.line_count, self.sample_texts = rows.pending_count, rows.line_count, rows.sample_texts
        self.vector_work, self.write_vectors = rows.vector_work, rows.write_vectors
        self.vector_chunks, self.vectors_of = rows.vector_chunks, rows.vectors_of

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction (the connection is in autocommit mode): all of a batch, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error:  # the commit itself can meet a full disk
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # --- words ---------------------------------------------------------------------------------------

    def compile(self, query: Query, *, strict: bool) -> str:
        return query_expr(query, strict=strict)

    def compile_term(self, term: Term) -> str:
        return term_expr(term)

    # --- meetings --------------------------------------------------------------------------------------

    def changes(self) -> Change:
        storage = self.storage
        if storage._rebuilt:
            return "rebuilt"
        return "written" if self.conn.execute("PRAGMA data_version").fetchone()[0] != storage._version else "none"

    def meetings(self) -> list[Meeting]:
        self.storage._version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        self.storage._rebuilt = False
        return [_meeting(r) for r in self.conn.execute(
            "SELECT n, id, title, start, minutes, transcript, keypoints IS NOT NULL FROM meetings")]

    def note(self, rows: Sequence[Noted], known: dict[str, Meeting]) -> Written:
        now: dict[str, Meeting] = {}
        dropped: list[int] = []
        with self._transaction():
            for cid, name, start, minutes, listed in rows:
                now[cid] = self._upsert(cid, name, start, minutes, listed, now.get(cid) or known.get(cid), dropped)
        return Written(list(now.values()), dropped)

    def _upsert(self, cid: str, name: str | None, start: float | None, minutes: float | None,
                listed: float | None, old: Meeting | None, dropped: list[int]) -> Meeting:
        r = self.conn.execute(
            "INSERT INTO meetings (id, title, start, minutes, listed) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO "
            "UPDATE SET title = coalesce(excluded.title, title), start = coalesce(excluded.start, start), "
            "minutes = coalesce(excluded.minutes, minutes), listed = coalesce(excluded.listed, listed) "
            "RETURNING n, id, title, start, minutes, transcript, keypoints IS NOT NULL",
            (cid, name, start, minutes, listed)).fetchone()
        m = _meeting(r)
        if old is None or old.title != m.title:  # the title is searchable from the moment it is known
            row = title(m.n)
            if old is not None and old.title:
                self.conn.execute("INSERT INTO said (said, rowid, text) VALUES ('delete', ?, ?)", (row, old.title))
                self.vectors.drop(m.n, TITLE_KIND, [row])
                dropped.append(row)
            if m.title:
                self.conn.execute("INSERT INTO said (rowid, text) VALUES (?, ?)", (row, m.title))
        return m

    def write(self, documents: Sequence[Document], known: dict[str, Meeting]) -> Written:
        rows: list[tuple[int, str]] = []
        now: dict[str, Meeting] = {}
        dropped: list[int] = []
        latest = {(d.conversation_id, d.kind): d for d in documents}  # one per meeting and kind: the last
        with self._transaction():
            for doc in latest.values():
                cid, kind = doc.conversation_id, doc.kind
                m = self._upsert(cid, doc.title, doc.start, doc.minutes, None, now.get(cid) or known.get(cid), dropped)
                dropped += self._delete_lines(m.n, kind)
                self.conn.execute("DELETE FROM derived WHERE n = ?", (m.n,))  # derived again from what it is now
                names = self._speaker_numbers(m.n, doc)
                lines = (transcript_lines if kind == "t" else keypoint_lines)(doc, names)
                rows += [(rowid(m.n, ln.speaker, ln.row), ln.text) for ln in lines]
                self.conn.execute("INSERT OR REPLACE INTO content VALUES (?, ?, ?)", (m.n, kind, pack(lines)))
                if kind == "t":
                    self.conn.execute("UPDATE meetings SET transcript = 1, segments = ? WHERE n = ?",
                                      (len(doc.payload.get("segments", [])), m.n))
                else:
                    packed = zlib.compress(json.dumps(doc.payload).encode(), 6)
                    self.conn.execute("UPDATE meetings SET keypoints = ? WHERE n = ?", (packed, m.n))
                now[cid] = Meeting(m.n, m.id, m.title, m.start, m.minutes, m.transcript or kind == "t",
                                   m.keypoints or kind == "k")
            # In rowid order: FTS5 keeps a transaction's terms in memory only while rowids increase.
            rows.sort()
            self.conn.executemany("INSERT INTO said (rowid, text) VALUES (?, ?)", rows)
        return Written(list(now.values()), dropped)

    def _speaker_numbers(self, n: int, doc: Document) -> dict[str, int]:
        known = dict(self.conn.execute("SELECT name, no FROM speakers WHERE n = ?", (n,)).fetchall())
        new = []
        for name in doc.speaker_names():
            if name not in known and len(known) < SPEAKER_MASK:
                known[name] = len(known) + 1  # 0 is "no speaker" (keypoint items, unknown)
                new.append((n, known[name], name))
        self.conn.executemany("INSERT INTO speakers VALUES (?, ?, ?)", new)
        return known

    def _delete_lines(self, n: int, kind: str) -> list[int]:
        row = self.conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?", (n, kind)).fetchone()
        if row is None:
            return []
        rows = [(rowid(n, ln.speaker, ln.row), ln.text) for ln in unpack(row[0])]
        self.conn.executemany("INSERT INTO said (said, rowid, text) VALUES ('delete', ?, ?)", rows)
        self.conn.execute("DELETE FROM content WHERE n = ? AND kind = ?", (n, kind))
        self.vectors.drop(n, kind, [r for r, _ in rows])
        return [r for r, _ in rows]

    def remove(self, meeting: Meeting) -> list[int]:
        dropped: list[int] = []
        with self._transaction():
            for kind in ("t", "k"):
                dropped += self._delete_lines(meeting.n, kind)
            if meeting.title:
                self.conn.execute("INSERT INTO said (said, rowid, text) VALUES ('delete', ?, ?)",
                                  (title(meeting.n), meeting.title))
                self.vectors.drop(meeting.n, TITLE_KIND, [title(meeting.n)])
                dropped.append(title(meeting.n))
            self.conn.execute("DELETE FROM speakers WHERE n = ?", (meeting.n,))
            self.conn.execute("DELETE FROM derived WHERE n = ?", (meeting.n,))
            self.conn.execute("DELETE FROM meetings WHERE n = ?", (meeting.n,))
        return dropped

    def speaker_rows(self) -> Iterable[tuple[int, int, str]]:
        return self.conn.execute("SELECT n, no, name FROM speakers").fetchall()

    def speakers(self, ns: Sequence[int]) -> dict[int, dict[int, str]]:
        out: dict[int, dict[int, str]] = {}
        for n, no, name in self.conn.execute("SELECT n, no, name FROM speakers WHERE n IN "
                                             "(SELECT value FROM json_each(?))", (json.dumps(list(ns)),)):
            out.setdefault(n, {})[no] = name
        return out

    def keypoint_blobs(self, ids: list[str]) -> list[tuple[str, bytes]]:
        return self.conn.execute("SELECT id, keypoints FROM meetings WHERE keypoints IS NOT NULL AND id IN "
                                 "(SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall()

    # --- derived from the lines ---------------------------------------------------------------------

    def underived(self, kind: str, version: str, limit: int) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT n FROM meetings m WHERE transcript AND NOT EXISTS (SELECT 1 FROM derived d WHERE d.n = m.n AND "
            "d.kind = ? AND d.version = ?) ORDER BY start DESC LIMIT ?", (kind, version, limit))]

    def put_derived(self, kind: str, rows: Sequence[tuple[int, str, bytes]]) -> None:
        with self._transaction():
            self.conn.executemany("INSERT OR REPLACE INTO derived VALUES (?, ?, ?, ?)",
                                  [(n, kind, version, data) for n, version, data in rows])

    def derived(self, kind: str) -> list[tuple[int, str, bytes]]:
        return [(n, v, bytes(d)) for n, v, d in
                self.conn.execute("SELECT n, version, data FROM derived WHERE kind = ?", (kind,))]
