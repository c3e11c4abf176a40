"""The search index's storage in one SQLite file per Convo account (FTS5).

Layout (``SCHEMA``): ``meetings`` (every meeting a list has shown, and whether its transcript and
keypoints are indexed), ``speakers`` (per meeting), ``content`` (each indexed document's lines,
zlib-compressed JSON, as written) and ``said``, an FTS5 table (porter stemming over unicode61) of each
line's words, with its text, time from the meeting's start and label kept to be quoted (a search reads
no document to show its best lines), whose rowid says where a line is (:mod:`convo_mcp.search.rows`):
a meeting's rows are one rowid range.
Vectors beside them: :mod:`.vectors`; what is derived from them: :mod:`.derived`; the FTS5 syntax and
matching: :mod:`.fts`.

Writes are one transaction per batch in WAL mode, so a crash loses at most the batch in flight. A file
found damaged (when opened, or by any read or write later) or not of this schema is moved aside, never
served: the meetings it still lists are carried into a new file, whose transcripts and summaries are
then indexed again from the cache (``health()`` says so until it is done). A full disk is not damage:
writes stop with :class:`~convo_mcp.errors.DiskFullError` and nothing is moved. Blocking: call it from
a worker thread.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from convo_mcp.errors import DiskFullError, StorageUnavailableError
from convo_mcp.log import get_logger
from convo_mcp.search.storage import Health
from convo_mcp.state.sqlite.session import Noted, Seen, SQLiteSession
from convo_mcp.types import Clock

log = get_logger("convo_mcp.search")
T = TypeVar("T")

SCHEMA_VERSION = "convo-search/3"  # 2: titles indexed when listed; 3: lines kept in ``said`` to be quoted
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
CREATE VIRTUAL TABLE IF NOT EXISTS said USING fts5 (text, at UNINDEXED, label UNINDEXED,
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


class SQLiteStorage:
    def __init__(self, path: Path | str, *, clock: Clock = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        self._session: SQLiteSession | None = None
        self._full = False
        self.seen = Seen()  # what the meetings were last read from
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
        self.seen.rebuilt = True
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
            self._session = SQLiteSession(self._conn, self.seen)
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
                    self._session = SQLiteSession(self._conn, self.seen)
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
