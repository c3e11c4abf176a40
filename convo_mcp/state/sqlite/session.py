"""One call's view of an SQLite index (under the storage's lock): matching the words, the meetings and
writing them, the vectors beside the lines and what is derived from them."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from convo_mcp.search.document import Document, keypoint_lines, offset_from, pack, transcript_lines, unpack
from convo_mcp.search.query import Query, Term
from convo_mcp.search.results import Meeting
from convo_mcp.search.rows import SPEAKER_MASK, rowid, title
from convo_mcp.search.storage import Change, Written
from convo_mcp.state.sqlite.derived import DerivedRows
from convo_mcp.state.sqlite.fts import FTS5, query_expr, term_expr
from convo_mcp.state.sqlite.vectors import TITLE_KIND, VectorRows

Noted = tuple[str, str | None, float | None, float | None, float | None]  # id, title, start, minutes, listed


@dataclass
class Seen:
    """What a storage's meetings were last read from: the file's ``data_version`` then, and whether it
    was rebuilt since (the next reader reads them again)."""

    version: int = -1
    rebuilt: bool = False


def _meeting(r: Sequence[Any]) -> Meeting:
    return Meeting(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), r[7])


class SQLiteSession:
    """One call's view of the file (under its lock)."""

    def __init__(self, conn: sqlite3.Connection, seen: Seen) -> None:
        self.conn, self.seen = conn, seen
        words = FTS5(conn)  # matching (FTS5), and the vectors beside the lines: parts of one session
        self.counts, self.counts_each = words.counts, words.counts_each
        self.best, self.rowids, self.said_in_lines = words.best, words.rowids, words.said_in_lines
        self.in_meetings, self.content, self.contents = words.in_meetings, words.content, words.contents
        self.quotes = words.quotes
        rows = self.vectors = VectorRows(lambda: self.conn, self._transaction)
        self.blob, self.replace_calibration = rows.blob, rows.replace_calibration
        self.pending_count, self.line_count, self.sample_texts = rows.pending_count, rows.line_count, rows.sample_texts
        self.vector_work, self.write_vectors = rows.vector_work, rows.write_vectors
        self.vector_count, self.vector_chunks, self.vectors_of = rows.vector_count, rows.vector_chunks, rows.vectors_of
        derived = DerivedRows(lambda: self.conn, self._transaction)
        self.underived, self.put_derived, self.derived = derived.underived, derived.put_derived, derived.derived

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
        if self.seen.rebuilt:
            return "rebuilt"
        return "written" if self.conn.execute("PRAGMA data_version").fetchone()[0] != self.seen.version else "none"

    def meetings(self) -> list[Meeting]:
        self.seen.version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        self.seen.rebuilt = False
        return [_meeting(r) for r in self.conn.execute(
            "SELECT n, id, title, start, minutes, transcript, keypoints IS NOT NULL, segments FROM meetings")]

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
            "RETURNING n, id, title, start, minutes, transcript, keypoints IS NOT NULL, segments",
            (cid, name, start, minutes, listed)).fetchone()
        m = _meeting(r)
        if old is None or old.title != m.title:  # the title is searchable from the moment it is known
            row = title(m.n)
            if old is not None and old.title:
                self.conn.execute("DELETE FROM said WHERE rowid = ?", (row,))
                self.vectors.drop(m.n, TITLE_KIND, [row])
                dropped.append(row)
            if m.title:
                self.conn.execute("INSERT INTO said (rowid, text, label) VALUES (?, ?, 'title')", (row, m.title))
        return m

    def write(self, documents: Sequence[Document], known: dict[str, Meeting]) -> Written:
        rows: list[tuple[int, str, float | None, str | None]] = []
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
                origin = next((ln.stamp for ln in lines if ln.stamp), None)
                rows += [(rowid(m.n, ln.speaker, ln.row), ln.text, offset_from(ln, origin) if ln.stamp else None,
                          ln.label) for ln in lines]
                self.conn.execute("INSERT OR REPLACE INTO content VALUES (?, ?, ?)", (m.n, kind, pack(lines)))
                if kind == "t":
                    self.conn.execute("UPDATE meetings SET transcript = 1, segments = ? WHERE n = ?",
                                      (len(doc.payload.get("segments", [])), m.n))
                else:
                    packed = zlib.compress(json.dumps(doc.payload).encode(), 6)
                    self.conn.execute("UPDATE meetings SET keypoints = ? WHERE n = ?", (packed, m.n))
                now[cid] = Meeting(m.n, m.id, m.title, m.start, m.minutes, m.transcript or kind == "t",
                                   m.keypoints or kind == "k",
                                   len(doc.payload.get("segments", [])) if kind == "t" else m.lines)
            # In rowid order: FTS5 keeps a transaction's terms in memory only while rowids increase.
            rows.sort()
            self.conn.executemany("INSERT INTO said (rowid, text, at, label) VALUES (?, ?, ?, ?)", rows)
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
        rows = [rowid(n, ln.speaker, ln.row) for ln in unpack(row[0])]
        self.conn.executemany("DELETE FROM said WHERE rowid = ?", [(r,) for r in rows])
        self.conn.execute("DELETE FROM content WHERE n = ? AND kind = ?", (n, kind))
        self.vectors.drop(n, kind, rows)
        return rows

    def remove(self, meeting: Meeting) -> list[int]:
        dropped: list[int] = []
        with self._transaction():
            for kind in ("t", "k"):
                dropped += self._delete_lines(meeting.n, kind)
            if meeting.title:
                self.conn.execute("DELETE FROM said WHERE rowid = ?", (title(meeting.n),))
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
