"""The search index's storage in PostgreSQL: every account's lines in one database, shared by every
replica.

Tables whose rows carry the account's id (``search_meetings``, ``search_speakers``, ``search_content``
with each document's packed lines, ``search_lines`` with a ``tsvector`` per line, split by account
into parts (hash partitions) each with a GIN index of its words, and each line's text, time and label
beside them for quotes), with the rowids of :mod:`convo_mcp.search.rows`, so everything above the storage
(ranking, fusion, coverage, vectors: :mod:`convo_mcp.search.index`) is the same as on the SQLite file.
Words: :mod:`.words`; vectors: :mod:`.vectors`.

Every write bumps the account's counter in ``search_accounts``; a replica that finds it moved since
it last read reads the meetings again, so what any replica indexed is searchable from all at once.
Each call is one scoped transaction (one connection from the pool, row-level security set to the
account). A full database raises :class:`~convo_mcp.errors.DiskFullError`; a pool with no free
connection makes the caller wait, then fails, and never writes anywhere else.
"""

from __future__ import annotations

import json
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from convo_mcp.errors import AccountForgottenError, DiskFullError
from convo_mcp.search.document import Document, keypoint_lines, offset_from, pack, transcript_lines, unpack
from convo_mcp.search.query import Query, Term
from convo_mcp.search.results import Meeting
from convo_mcp.search.rows import SPEAKER_MASK, rowid, span, title
from convo_mcp.search.storage import Change, Health, Work, Written
from convo_mcp.state.postgres.forgotten import WRITERS, hold
from convo_mcp.state.postgres.vectors import TITLE_KIND, VectorRows
from convo_mcp.state.postgres.words import TSVector, compile_query, tsquery_of
from convo_mcp.types import Clock

if TYPE_CHECKING:
    import psycopg

    from convo_mcp.state.postgres.database import Database

T = TypeVar("T")
Noted = tuple[str, str | None, float | None, float | None, float | None]  # id, title, start, minutes, listed


class PostgresStorage:
    """One account's index in a shared PostgreSQL database."""

    def __init__(self, db: Database, account: str, *, clock: Clock = time.time) -> None:
        self.db, self.account = db, account
        self._clock = clock
        self._lock = threading.RLock()
        self._session: PostgresSession | None = None
        self._version = -1  # the account's write counter when the meetings were last read
        self._full = False

    def run(self, fn: Callable[[PostgresSession], T]) -> T:
        with self._lock:
            if self._session is not None:  # already inside this call's transaction
                return fn(self._session)
            try:
                return self._transaction(fn, locked=False)
            except Stale:  # another process wrote this account meanwhile: again, its lock held from the start
                return self._transaction(fn, locked=True)

    def _transaction(self, fn: Callable[[PostgresSession], T], *, locked: bool) -> T:
        try:
            with self.db.scoped_asking(self.account, VERSION, self.account) as (conn, version):
                self._session = PostgresSession(self, conn)
                if not locked:  # with the write lock taken first, the version is read after it
                    self._session._first_version = int(version[0]) if version else 0
                try:
                    if locked:
                        self._session.writing(fresh=False)
                    out = fn(self._session)
                finally:
                    self._session = None
        except Exception as exc:
            self._version = -1  # a write may have been undone: the meetings are read again
            if isinstance(exc, DiskFullError):
                self._full = True
            raise
        self._full = False
        return out

    def describe(self) -> str:
        return f"PostgreSQL {self.db.where} (account {self.account})"

    def size_bytes(self) -> int:
        def size(s: PostgresSession) -> int:
            row = s._one("SELECT coalesce(sum(octet_length(lines)), 0) FROM search_content WHERE account = %s")
            vec = s._one("SELECT coalesce(sum(octet_length(v)), 0) FROM search_vectors WHERE account = %s")
            return int(row[0] if row else 0) + int(vec[0] if vec else 0)

        return self.run(size)

    def health(self) -> Health:
        return Health(None, self._full)

    def rebuilt(self) -> None:
        """Never set aside: a database's own recovery keeps it whole."""

    def close(self) -> None:
        """The pool is the process's, shared by every account."""


class Stale(Exception):
    """Another process wrote this account's index after this process last read its meetings."""


VERSION = "SELECT version FROM search_accounts WHERE account = %s"  # the account's write counter


class PostgresSession:
    """One call's transaction."""

    def __init__(self, storage: PostgresStorage, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        self.storage, self.conn, self.account = storage, conn, storage.account
        self._locked = False
        self._first_version: int | None = None  # the account's version read with the scope, until asked
        words = TSVector(conn, self.account)  # matching (tsvector), and the vectors beside the lines
        self.counts, self.counts_each = words.counts, words.counts_each
        self.best, self.rowids, self.said_in_lines = words.best, words.rowids, words.said_in_lines
        self.in_meetings, self.content, self.contents = words.in_meetings, words.content, words.contents
        self.quotes = words.quotes
        rows = VectorRows(conn, self.account, self._wrote)
        self.blob = rows.blob
        self.pending_count, self.line_count, self.sample_texts = rows.pending_count, rows.line_count, rows.sample_texts
        self.vector_work = rows.vector_work

        def write_vectors(work: Sequence[Work], stored: Any, hub: Any) -> list[int]:
            self.writing(fresh=False)  # each item's source is checked under the lock: no write lands between
            return rows.write_vectors(work, stored, hub)

        def replace_calibration(data: bytes) -> None:
            self.writing(fresh=False)
            rows.replace_calibration(data)

        self.write_vectors, self.replace_calibration = write_vectors, replace_calibration
        self.vector_count, self.vector_chunks, self.vectors_of = rows.vector_count, rows.vector_chunks, rows.vectors_of

    def _q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, (self.account, *args)).fetchall()

    def _one(self, sql: str, *args: Any) -> tuple[Any, ...] | None:
        return self.conn.execute(sql, (self.account, *args)).fetchone()

    def compile(self, query: Query, *, strict: bool) -> str:
        return compile_query(query, strict=strict)

    def compile_term(self, term: Term) -> str:
        return tsquery_of(term)

    # --- writing: one writer of an account at a time -------------------------------------------------

    def writing(self, *, fresh: bool = True) -> None:
        """Take the account's write lock for the rest of this transaction (writers on every replica
        take turns, so two never write the same meeting at once) and refuse an account that was
        forgotten. ``fresh``: the write depends on the meetings as this process read them, so when
        another process wrote since, :class:`Stale` has the transaction run again, the lock held
        from its start (the meetings are then read after it)."""
        if self._locked:
            return
        forgotten = hold(self.conn, self.account)  # forget-account waits for this transaction, or came first
        self.conn.execute("SELECT pg_advisory_xact_lock(%s::int, hashtext(%s))", (WRITERS, self.account))
        self._locked = True
        if forgotten:
            raise AccountForgottenError()
        if fresh and self._counter() != self.storage._version:
            raise Stale()

    # --- the account's write counter -------------------------------------------------------------

    def _counter(self) -> int:
        row = self._one(VERSION)
        return int(row[0]) if row else 0

    def changes(self) -> Change:
        """Asked first of a call: answered from the version read with the transaction's scope."""
        version, self._first_version = self._first_version, None
        return "written" if (self._counter() if version is None else version) != self.storage._version else "none"

    def _wrote(self) -> None:
        """Count a write: other replicas read the meetings again; this one is current if nobody else wrote."""
        row = self._one("INSERT INTO search_accounts (account, version) VALUES (%s, 1) ON CONFLICT (account) "
                        "DO UPDATE SET version = search_accounts.version + 1 RETURNING version")
        version = int(row[0]) if row else 0
        if version == self.storage._version + 1:
            self.storage._version = version

    # --- meetings ----------------------------------------------------------------------------------

    def meetings(self) -> list[Meeting]:
        self.storage._version = self._counter()
        rows = self._q("SELECT n, id, title, start, minutes, transcript, keypoints IS NOT NULL, segments "
                       "FROM search_meetings WHERE account = %s")
        return [Meeting(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), r[7]) for r in rows]

    def note(self, rows: Sequence[Noted], known: dict[str, Meeting]) -> Written:
        self.writing()
        dropped: list[int] = []
        found = self._upsert(rows, known, dropped)
        self._wrote()
        return Written(list(found.values()), dropped)

    def _upsert(self, rows: Sequence[Noted], known: dict[str, Meeting], dropped: list[int]) -> dict[str, Meeting]:
        """Note meetings (id, title, start, minutes, listed) in one statement, their titles searchable
        from the moment they are known; the meetings as they now are."""
        latest: dict[str, list[Any]] = {}
        for given in rows:  # one row per meeting: what the later rows say, else what the earlier ones did
            seen = latest.setdefault(given[0], list(given))
            seen[1:] = [b if b is not None else a for a, b in zip(seen[1:], given[1:], strict=True)]
        cols = list(zip(*latest.values(), strict=True))
        found = self._q(
            "INSERT INTO search_meetings AS m (account, id, title, start, minutes, listed) "
            "SELECT %s, i, t, s, mi, l FROM unnest(%s::text[], %s::text[], %s::float8[], %s::float8[], %s::float8[]) "
            "AS x (i, t, s, mi, l) "
            "ON CONFLICT (account, id) DO UPDATE SET title = coalesce(excluded.title, m.title), "
            "start = coalesce(excluded.start, m.start), minutes = coalesce(excluded.minutes, m.minutes), "
            "listed = coalesce(excluded.listed, m.listed) "
            "RETURNING id, n, title, start, minutes, transcript, keypoints IS NOT NULL, segments", *map(list, cols))
        out: dict[str, Meeting] = {}
        titles: list[tuple[int, int, str, float | None, str | None]] = []
        for cid, n, name, start, minutes, transcript, keypoints, segments in found:
            old = known.get(cid)
            m = out[cid] = Meeting(n, cid, name, start, minutes, bool(transcript), bool(keypoints), segments)
            if old is None or old.title != m.title:
                if old is not None and old.title:
                    self._drop_lines(m.n, TITLE_KIND, [title(m.n)])
                    dropped.append(title(m.n))
                if m.title:
                    titles.append((title(m.n), m.n, m.title, None, None))
        self._insert_lines(titles)
        return out

    def _insert_lines(self, rows: Sequence[tuple[int, int, str, float | None, str | None]]) -> None:
        """(rowid, meeting n, text, seconds from the meeting's start, label): copied in (COPY, the fastest
        way in), made tsvectors in the server; the text, time and label kept beside them for quotes."""
        if not rows:
            return
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_lines (r bigint, n bigint, t text, a real, "
                          "l text) ON COMMIT DELETE ROWS")
        with self.conn.cursor() as cur, cur.copy("COPY incoming_lines (r, n, t, a, l) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        self.conn.execute("INSERT INTO search_lines (account, rowid, n, said, t, at, label) SELECT %s, r, n, "
                          "to_tsvector('english', t), t, a, l FROM incoming_lines", (self.account,))
        self.conn.execute("TRUNCATE incoming_lines")

    def write(self, documents: Sequence[Document], known: dict[str, Meeting]) -> Written:
        self.writing()
        latest = list({(d.conversation_id, d.kind): d for d in documents}.values())  # per meeting and kind: the last
        dropped: list[int] = []
        meetings = self._upsert([(d.conversation_id, d.title, d.start, d.minutes, None) for d in latest], known,
                                dropped)
        ns = sorted({m.n for m in meetings.values()})
        speakers: dict[int, dict[str, int]] = {}
        for n, no, name in self._q("SELECT n, no, name FROM search_speakers WHERE account = %s AND n = ANY(%s)", ns):
            speakers.setdefault(int(n), {})[str(name)] = int(no)
        replaced = [(meetings[d.conversation_id].n, d.kind) for d in latest if (h := known.get(d.conversation_id))
                    is not None and (h.transcript if d.kind == "t" else h.keypoints)]
        for n, kind in replaced:  # what these documents replace (a re-read transcript, a new summary)
            if (old := self.content(n, kind)) is not None:
                gone = [rowid(n, ln.speaker, ln.row) for ln in unpack(old)]
                self._drop_lines(n, kind, gone)
                dropped += gone
        lines_in: list[tuple[int, int, str, float | None, str | None]] = []
        new_speakers: list[tuple[int, int, str]] = []
        content: list[tuple[int, str, bytes]] = []
        transcripts: list[tuple[int, int]] = []
        summaries: list[tuple[int, bytes]] = []
        now: dict[str, Meeting] = {}
        for doc in latest:
            m = now.get(doc.conversation_id) or meetings[doc.conversation_id]
            names = speakers.setdefault(m.n, {})
            for name in doc.speaker_names():
                if name not in names and len(names) < SPEAKER_MASK:
                    names[name] = len(names) + 1  # 0 is "no speaker" (keypoint items, unknown)
                    new_speakers.append((m.n, names[name], name))
            lines = (transcript_lines if doc.kind == "t" else keypoint_lines)(doc, names)
            origin = next((ln.stamp for ln in lines if ln.stamp), None)
            lines_in += [(rowid(m.n, ln.speaker, ln.row), m.n, ln.text, offset_from(ln, origin) if ln.stamp else None,
                          ln.label) for ln in lines]
            content.append((m.n, doc.kind, pack(lines)))
            if doc.kind == "t":
                transcripts.append((m.n, len(doc.payload.get("segments", []))))
            else:
                summaries.append((m.n, zlib.compress(json.dumps(doc.payload).encode(), 6)))
            now[doc.conversation_id] = Meeting(m.n, m.id, m.title, m.start, m.minutes, m.transcript or doc.kind == "t",
                                               m.keypoints or doc.kind == "k",
                                               len(doc.payload.get("segments", [])) if doc.kind == "t" else m.lines)
        if new_speakers:
            self.conn.execute("INSERT INTO search_speakers SELECT %s, n, no, name FROM unnest(%s::bigint[], "
                              "%s::int[], %s::text[]) AS x (n, no, name)",
                              (self.account, *map(list, zip(*new_speakers, strict=True))))
        self.conn.execute("INSERT INTO search_content SELECT %s, n, k, l FROM unnest(%s::bigint[], %s::text[], "
                          "%s::bytea[]) AS x (n, k, l) ON CONFLICT (account, n, kind) DO UPDATE SET "
                          "lines = excluded.lines", (self.account, *map(list, zip(*content, strict=True))))
        if transcripts:
            self.conn.execute("UPDATE search_meetings m SET transcript = true, segments = x.s FROM unnest("
                              "%s::bigint[], %s::int[]) AS x (n, s) WHERE m.account = %s AND m.n = x.n",
                              (*map(list, zip(*transcripts, strict=True)), self.account))
        if summaries:
            self.conn.execute("UPDATE search_meetings m SET keypoints = x.k FROM unnest(%s::bigint[], %s::bytea[]) "
                              "AS x (n, k) WHERE m.account = %s AND m.n = x.n",
                              (*map(list, zip(*summaries, strict=True)), self.account))
        self.conn.execute("DELETE FROM search_derived WHERE account = %s AND n = ANY(%s)", (self.account, ns))
        self._insert_lines(lines_in)
        self._wrote()
        return Written(list({**meetings, **now}.values()), dropped)

    def _drop_lines(self, n: int, kind: str, rowids: list[int]) -> None:
        """Remove a document's (or title's) lines, their vectors, and its content row."""
        self.conn.execute("DELETE FROM search_lines WHERE account = %s AND n = %s AND rowid = ANY(%s)",
                          (self.account, n, rowids))
        self.conn.execute("DELETE FROM search_vectors WHERE account = %s AND rowid = ANY(%s)", (self.account, rowids))
        self.conn.execute("DELETE FROM search_vec_done WHERE account = %s AND n = %s AND kind = %s",
                          (self.account, n, kind))
        if kind != TITLE_KIND:
            self.conn.execute("DELETE FROM search_content WHERE account = %s AND n = %s AND kind = %s",
                              (self.account, n, kind))

    def remove(self, meeting: Meeting) -> list[int]:
        self.writing()
        lo, hi = span(meeting.n)
        self.conn.execute("DELETE FROM search_lines WHERE account = %s AND rowid BETWEEN %s AND %s",
                          (self.account, lo, hi))
        gone = self._q("DELETE FROM search_vectors WHERE account = %s AND rowid BETWEEN %s AND %s RETURNING rowid",
                       lo, hi)
        for table in ("search_vec_done", "search_content", "search_speakers", "search_derived", "search_meetings"):
            self.conn.execute(f"DELETE FROM {table} WHERE account = %s AND n = %s",  # noqa: S608 (fixed names)
                              (self.account, meeting.n))
        self._wrote()
        return [int(r[0]) for r in gone]

    def speaker_rows(self) -> Iterable[tuple[int, int, str]]:
        return [(int(n), int(no), str(name)) for n, no, name in
                self._q("SELECT n, no, name FROM search_speakers WHERE account = %s")]

    def speakers(self, ns: Sequence[int]) -> dict[int, dict[int, str]]:
        out: dict[int, dict[int, str]] = {}
        for n, no, name in self._q("SELECT n, no, name FROM search_speakers WHERE account = %s AND n = ANY(%s)",
                                   list(ns)):
            out.setdefault(int(n), {})[int(no)] = str(name)
        return out

    def keypoint_blobs(self, ids: list[str]) -> list[tuple[str, bytes]]:
        return [(str(i), bytes(k)) for i, k in self._q(
            "SELECT id, keypoints FROM search_meetings WHERE account = %s AND keypoints IS NOT NULL AND id = ANY(%s)",
            ids)]

    # --- derived from the lines ---------------------------------------------------------------------

    def underived(self, kind: str, version: str, limit: int) -> list[int]:
        return [int(r[0]) for r in self._q(
            "SELECT n FROM search_meetings m WHERE account = %s AND transcript AND NOT EXISTS (SELECT 1 FROM "
            "search_derived d WHERE d.account = m.account AND d.n = m.n AND d.kind = %s AND d.version = %s) "
            "ORDER BY start DESC NULLS LAST LIMIT %s", kind, version, limit)]

    def put_derived(self, kind: str, rows: Sequence[tuple[int, str, bytes]]) -> None:
        if rows:
            self.writing(fresh=False)
            self.conn.execute("INSERT INTO search_derived SELECT %s, n, %s, v, d FROM unnest(%s::bigint[], %s::text[], "
                              "%s::bytea[]) AS x (n, v, d) ON CONFLICT (account, n, kind) DO UPDATE SET "
                              "version = excluded.version, data = excluded.data",
                              (self.account, kind, *map(list, zip(*rows, strict=True))))
            self._wrote()

    def derived(self, kind: str) -> list[tuple[int, str, bytes]]:
        return [(int(n), str(v), bytes(d)) for n, v, d in
                self._q("SELECT n, version, data FROM search_derived WHERE account = %s AND kind = %s", kind)]
