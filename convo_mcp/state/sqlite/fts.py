"""Words in an SQLite index: a query as an FTS5 expression, and the questions ranking asks of the
``said`` table (FTS5 MATCH, BM25: lower is better).

Each term is re-quoted (``"word"``, ``"a phrase"``, ``"pric"*``), so FTS5 syntax typed by accident
(``NEAR(``, ``:``, unbalanced quotes, ``AND``/``NOT`` in lower case) is searched as text and can never
break or widen the query.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from convo_mcp.search.document import Quote
from convo_mcp.search.query import Query, Term
from convo_mcp.search.rows import MEETING_OF, SPEAKER_OF, Speakers, meeting_of, said_in_lines, span, speaker_keys


def term_expr(term: Term) -> str:
    quoted = '"' + " ".join(term.words) + '"'
    return quoted + "*" if term.prefix else quoted


def query_expr(query: Query, *, strict: bool = False) -> str:
    """Any of a plain query's words, or (``strict``, and always for explicit syntax) every group."""
    if query.any_word and not strict:
        return " OR ".join(term_expr(t) for group in query.groups for t in group)
    parts = []
    for group in query.groups:
        inner = " OR ".join(term_expr(t) for t in group)
        parts.append(f"({inner})" if len(group) > 1 else inner)
    expr = " AND ".join(parts)
    if query.excluded:
        expr = f"({expr}) NOT ({' OR '.join(term_expr(t) for t in query.excluded)})"
    return expr


FEW = 2_000  # up to this many matching lines, a meeting's best lines are picked from all of them at once


class FTS5:
    """The lines of one connection's index as ranking asks about them."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._said: dict[int, Quote] = {}  # lines read with their text during this session

    @staticmethod
    def _speakers(speakers: Speakers) -> tuple[str, list[str]]:
        if speakers is None:
            return "", []
        keys = json.dumps(speaker_keys(speakers))
        return f" AND ({SPEAKER_OF}) IN (SELECT value FROM json_each(?))", [keys]  # noqa: S608 (fixed text)

    def counts(self, expr: str, speakers: Speakers) -> dict[int, int]:
        extra, args = self._speakers(speakers)
        sql = f"SELECT {MEETING_OF}, count(*) FROM said WHERE said MATCH ?{extra} GROUP BY 1"  # noqa: S608
        return dict(self.conn.execute(sql, [expr, *args]).fetchall())

    def counts_each(self, expr: str, terms: Sequence[str], speakers: Speakers, *,
                    scored: str | None = None) -> list[dict[int, int]]:
        return [self.counts(e, speakers) for e in (expr, *terms)]  # FTS5 answers each in microseconds

    def said_in_lines(self, expr: str, ns: Sequence[int]) -> set[int]:
        return said_in_lines(self.in_meetings(expr, ns))

    def best(self, expr: str, speakers: Speakers) -> list[tuple[int, float, int]]:
        extra, args = self._speakers(speakers)
        sql = (f"SELECT n, min(score), count(*) FROM (SELECT {MEETING_OF} AS n, bm25(said) AS score FROM said "  # noqa: S608
               f"WHERE said MATCH ?{extra} LIMIT -1) GROUP BY n")
        return self.conn.execute(sql, [expr, *args]).fetchall()

    def rowids(self, expr: str, speakers: Speakers, cap: int) -> list[int] | None:
        extra, args = self._speakers(speakers)
        sql = f"SELECT rowid FROM said WHERE said MATCH ?{extra} LIMIT ?"  # noqa: S608
        rows = [r[0] for r in self.conn.execute(sql, [expr, *args, cap + 1])]
        return None if len(rows) > cap else rows

    def in_meetings(self, expr: str, ns: Sequence[int]) -> dict[int, list[tuple[int, float]]]:
        if not ns:
            return {}
        out: dict[int, list[tuple[int, float]]] = {n: [] for n in ns}
        every = self.conn.execute("SELECT rowid, bm25(said), text, at, label FROM said WHERE said MATCH ? LIMIT ?",
                                  (expr, FEW + 1)).fetchall()
        if len(every) <= FEW:  # few lines say it: all of them at once (with what to quote), kept for these meetings
            rows = [(row, score) for row, score, *_ in every if meeting_of(row) in out]
            self._said.update((row, (text, at, label)) for row, _, text, at, label in every if meeting_of(row) in out)
        else:  # each meeting's range goes into FTS5 as it is, one statement for all
            one = "SELECT rowid, bm25(said) FROM said WHERE said MATCH ? AND rowid BETWEEN ? AND ?"
            rows = self.conn.execute(" UNION ALL ".join([one] * len(ns)),
                                     [v for n in ns for v in (expr, *span(n))]).fetchall()
        for row, score in rows:
            out[meeting_of(row)].append((row, score))
        for found in out.values():
            found.sort(key=lambda r: r[1])
        return out

    def content(self, n: int, kind: str) -> bytes | None:
        row = self.conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?", (n, kind)).fetchone()
        return bytes(row[0]) if row else None

    def contents(self, ns: Sequence[int], kind: str) -> dict[int, bytes]:
        return {n: bytes(blob) for n, blob in self.conn.execute(
            "SELECT n, lines FROM content WHERE kind = ? AND n IN (SELECT value FROM json_each(?))",
            (kind, json.dumps(list(ns))))}

    def quotes(self, rowids: Sequence[int]) -> dict[int, Quote]:
        out = {row: self._said[row] for row in rowids if row in self._said}
        rest = [row for row in rowids if row not in out]
        if rest:
            sql = " UNION ALL ".join(["SELECT rowid, text, at, label FROM said WHERE rowid = ?"] * len(rest))
            out.update((row, (text, at, label)) for row, text, at, label in self.conn.execute(sql, rest))
        return out
