"""Words in PostgreSQL: a query as ``tsquery`` text, and the questions ranking asks of
``search_lines`` (``@@`` over the GIN index of the account's part of the lines, ``ts_rank_cd`` negated so that
lower is better, as BM25 in FTS5). Lines and queries use the ``english`` configuration (Snowball
stemming, as FTS5's porter)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from convo_mcp.search.document import Quote, quotes_of
from convo_mcp.search.query import Query, Term
from convo_mcp.search.rows import (
    KEYPOINT_BASE,
    LINE_MASK,
    SPEAKER_OF,
    TITLE_ROW,
    Speakers,
    line_of,
    meeting_of,
    said_in_lines,
    speaker_keys,
)

if TYPE_CHECKING:
    import psycopg

TSQUERY_NAMED = "to_tsquery('english', %(q)s)"  # 'english': the configuration of every line and query


def _lexeme(word: str) -> str:
    return "'" + word.replace("'", "''").replace("\\", "") + "'"


def tsquery_of(term: Term) -> str:
    """A term as ``to_tsquery`` text: a word, a phrase (``a <-> b``), a prefix (``pric:*``)."""
    words = [_lexeme(w) for w in term.words]
    if term.prefix:
        words[-1] += ":*"
    text = " <-> ".join(words)
    return f"({text})" if len(words) > 1 else text


def _key(speakers: Speakers) -> str:
    return "" if speakers is None else repr(sorted((n, sorted(s)) for n, s in speakers.items()))


def compile_query(query: Query, *, strict: bool) -> str:
    if query.any_word and not strict:
        return " | ".join(tsquery_of(t) for t in query.terms())
    parts = []
    for group in query.groups:
        inner = " | ".join(tsquery_of(t) for t in group)
        parts.append(f"({inner})" if len(group) > 1 else inner)
    expr = " & ".join(parts)
    if query.excluded:
        expr = f"({expr}) & !({' | '.join(tsquery_of(t) for t in query.excluded)})"
    return expr


class TSVector:
    """An account's lines as ranking asks about them, in the transaction of the call in hand."""

    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]], account: str) -> None:
        self.conn, self.account = conn, account
        self._said: dict[int, Quote] = {}  # lines read with their text during this transaction
        self._in_lines: dict[str, set[int]] = {}  # an expression → the meetings where a line (not the title) says it
        self._best: dict[tuple[str, str], list[tuple[int, float, int, bool]]] = {}  # best(), made with counts_each

    def _run(self, sql: str, expr: str | None = None, speakers: Speakers = None, **more: Any) -> list[tuple[Any, ...]]:
        """``sql`` with ``%(a)s`` the account, ``%(q)s`` the expression, ``{who}`` the speaker filter."""
        params: dict[str, Any] = {"a": self.account, "q": expr, **more}
        who = ""
        if speakers is not None:
            params["keep"] = speaker_keys(speakers)
            who = f" AND ({SPEAKER_OF}) = ANY(%(keep)s)"
        return self.conn.execute(sql.replace("{who}", who).replace("{q}", TSQUERY_NAMED), params).fetchall()

    def counts(self, expr: str, speakers: Speakers) -> dict[int, int]:
        rows = self._run("SELECT n, count(*) FROM search_lines WHERE account = %(a)s AND said @@ {q}{who} GROUP BY n",
                         expr, speakers)
        return {int(n): int(c) for n, c in rows}

    def counts_each(self, expr: str, terms: Sequence[str], speakers: Speakers, *,
                    scored: str | None = None) -> list[dict[int, int]]:
        """One pass over the lines saying any word: each count a ``FILTER`` of it; and :meth:`best` of
        ``scored`` (lines that match it match ``expr``) made in the same pass, for when it is asked."""
        each = "".join(f", count(*) FILTER (WHERE said @@ to_tsquery('english', %(t{i})s))" for i in range(len(terms)))
        params: dict[str, Any] = {f"t{i}": t for i, t in enumerate(terms)}
        if scored is not None:
            hit = "said @@ to_tsquery('english', %(s)s)"
            each += (f", -max(ts_rank_cd(said, to_tsquery('english', %(s)s))) FILTER (WHERE {hit}), "
                     f"count(*) FILTER (WHERE {hit}), "
                     f"bool_or((rowid & {LINE_MASK}) <> {TITLE_ROW}) FILTER (WHERE {hit})")
            params["s"] = scored
        rows = self._run(f"SELECT n, count(*){each} FROM search_lines WHERE account = %(a)s "  # noqa: S608 (fixed text)
                         "AND said @@ {q}{who} GROUP BY n", expr, speakers, **params)
        out: list[dict[int, int]] = [{} for _ in range(len(terms) + 1)]
        for n, *counts in rows:
            for i, c in enumerate(counts[:len(terms) + 1]):
                if c:
                    out[i][int(n)] = int(c)
        if scored is not None:
            best = [(int(n), float(r[-3]), int(r[-2]), bool(r[-1])) for n, *r in rows if r[-2]]
            self._best[(scored, _key(speakers))] = best
        return out

    def best(self, expr: str, speakers: Speakers) -> list[tuple[int, float, int]]:
        rows = self._best.pop((expr, _key(speakers)), None)
        if rows is None:
            rows = [(int(n), float(s), int(c), bool(lines)) for n, s, c, lines in self._run(
                "SELECT n, -max(ts_rank_cd(said, {q})), count(*), "  # noqa: S608 (fixed numbers)
                f"bool_or((rowid & {LINE_MASK}) <> {TITLE_ROW}) FROM search_lines "
                "WHERE account = %(a)s AND said @@ {q}{who} GROUP BY n", expr, speakers)]
        if speakers is None:  # which meetings say it in a line: asked next of the best of them
            self._in_lines[expr] = {n for n, _, _, lines in rows if lines}
        return [(n, s, c) for n, s, c, _ in rows]

    def said_in_lines(self, expr: str, ns: Sequence[int]) -> set[int]:
        if (known := self._in_lines.get(expr)) is not None:
            return known & set(ns)
        return said_in_lines(self.in_meetings(expr, ns))

    def rowids(self, expr: str, speakers: Speakers, cap: int) -> list[int] | None:
        rows = self._run("SELECT rowid FROM search_lines WHERE account = %(a)s AND said @@ {q}{who} LIMIT %(cap)s",
                         expr, speakers, cap=cap + 1)
        return None if len(rows) > cap else [int(r[0]) for r in rows]

    def in_meetings(self, expr: str, ns: Sequence[int]) -> dict[int, list[tuple[int, float]]]:
        out: dict[int, list[tuple[int, float]]] = {n: [] for n in ns}
        if ns:
            for n, row, score, text, at, label in self._run(
                    "SELECT n, rowid, -ts_rank_cd(said, {q}) AS s, t, at, label FROM search_lines "
                    "WHERE account = %(a)s AND n = ANY(%(ns)s) AND said @@ {q} ORDER BY n, s, rowid", expr,
                    ns=list(ns)):
                out[int(n)].append((int(row), float(score)))
                if text is not None:  # what a quote of it needs, read on the way (quotes() asks next)
                    self._said[int(row)] = (str(text), float(at) if at is not None else None, label)
        return out

    def content(self, n: int, kind: str) -> bytes | None:
        rows = self._run("SELECT lines FROM search_content WHERE account = %(a)s AND n = %(n)s AND kind = %(k)s",
                         n=n, k=kind)
        return bytes(rows[0][0]) if rows else None

    def contents(self, ns: Sequence[int], kind: str) -> dict[int, bytes]:
        return {int(n): bytes(blob) for n, blob in self._run(
            "SELECT n, lines FROM search_content WHERE account = %(a)s AND n = ANY(%(ns)s) AND kind = %(k)s",
            ns=list(ns), k=kind)}

    def quotes(self, rowids: Sequence[int]) -> dict[int, Quote]:
        """Read beside the lines' words (one query); lines written before their text was kept there
        are read from their meetings' packed documents."""
        out: dict[int, Quote] = {r: q for r in rowids if (q := self._said.get(r)) is not None}
        if wanted := [r for r in rowids if r not in out]:
            for row, text, at, label in self._run("SELECT rowid, t, at, label FROM search_lines WHERE account = %(a)s "
                                                  "AND rowid = ANY(%(r)s) AND t IS NOT NULL", r=wanted):
                out[int(row)] = (str(text), float(at) if at is not None else None, label)
        if older := [r for r in rowids if r not in out]:
            out.update(self._packed_quotes(older))
        return out

    def _packed_quotes(self, rowids: Sequence[int]) -> dict[int, Quote]:
        by_doc: dict[tuple[int, str], list[int]] = {}
        for row in rowids:
            by_doc.setdefault((meeting_of(row), "k" if line_of(row) >= KEYPOINT_BASE else "t"), []).append(row)
        out: dict[int, Quote] = {}
        for kind in ("t", "k"):
            ns = [n for n, k in by_doc if k == kind]
            for n, blob in (self.contents(ns, kind) if ns else {}).items():
                lines = quotes_of(blob, [line_of(r) for r in by_doc[(n, kind)]])
                out.update({r: lines[line_of(r)] for r in by_doc[(n, kind)] if line_of(r) in lines})
        return out
