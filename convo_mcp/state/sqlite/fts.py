"""Words in an SQLite index: a query as an FTS5 expression, and the questions ranking asks of the
``said`` table (FTS5 MATCH, BM25: lower is better).

Each term is re-quoted (``"word"``, ``"a phrase"``, ``"pric"*``), so FTS5 syntax typed by accident
(``NEAR(``, ``:``, unbalanced quotes, ``AND``/``NOT`` in lower case) is searched as text and can never
break or widen the query.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from convo_mcp.search.query import Query, Term
from convo_mcp.search.rows import MEETING_OF, SPEAKER_OF, Speakers, span, speaker_keys


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


class FTS5:
    """The lines of one connection's index as ranking asks about them."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

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

    def in_meeting(self, expr: str, n: int) -> list[tuple[int, float]]:
        lo, hi = span(n)
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
