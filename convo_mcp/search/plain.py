"""How a plain query (words or a question, no syntax) ranks meetings: those with a line — not only the
title — saying every content word first, in BM25's order; then, only as far as a page reaches, those
saying some of the words (:func:`~.ranking.some_words_scores`); fused with the meetings close in
meaning, which only add (:func:`~.ranking.fuse`: a meeting with a line saying every word keeps its place).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from convo_mcp.search import ranking
from convo_mcp.search.query import Query, stem_prefix

if TYPE_CHECKING:
    from convo_mcp.search.results import Meeting
    from convo_mcp.search.storage import Session

Close = dict[int, list[tuple[float, int]]]  # meeting n → its lines close in meaning, (score, rowid) best first


def rank_plain(s: Session, query: Query, by_n: dict[int, Meeting], speakers: dict[int, set[int]] | None, need: int,
               close: Close, mean: float, now: float) -> tuple[list[tuple[float, Meeting, int]], int, int, set[int]]:
    """A plain query's meetings (see :mod:`.ranking`), best first, as far as ``need`` reaches: those
    with a line saying every word, then, only when a page reaches past them, the others; fused
    with the meetings ``close`` in meaning when there are any. Returns them, how many meetings
    match in all, and the lines that match."""
    terms = [s.compile_term(t) for t in query.terms()]
    # lines saying any of the words; with two words or one, each word's too (asked together)
    any_word, strict = s.compile(query, strict=False), s.compile(query, strict=True)
    counted = s.counts_each(any_word, terms, speakers, scored=strict) if len(terms) <= 2 else None
    said = counted[0] if counted else s.counts(any_word, speakers)
    lines = {n: c for n, c in said.items() if n in by_n}
    every = ranking.rank(ranking.meeting_scores(s, strict, by_n, speakers, at_most=sum(said.values()), mean=mean),
                         by_n, now)
    ranked = [(score, m, lines.get(m.n, hits)) for score, m, hits in every]
    first = _said_in_a_line(s, strict, [m.n for _, m, _ in every[:ranking.FUSE_DEPTH]])
    if len(first) < min(len(every), ranking.FUSE_DEPTH):  # a title saying the words ranks after the lines
        ranked = [r for r in ranked if r[1].n in first] + [r for r in ranked if r[1].n not in first]
    depth = max(need, ranking.FUSE_DEPTH) if close else need
    if len(ranked) < depth and (rest := {n: by_n[n] for n in lines if n not in first}):
        stems = [stem_prefix(w) for w in query.words()]
        scores = ranking.some_words_scores(s, terms, rest, by_n, speakers, lambda m: _title_words(m.title, stems),
                                           mean=mean, counted=counted[1:] if counted else None)
        ranked += [(score, m, lines[m.n]) for score, m, _ in ranking.rank(scores, by_n, now)]
    if not lines:  # no word said anywhere: offer only what is clearly close in meaning
        from convo_mcp.search.meaning import CLOSE_ENOUGH

        close = {n: hits for n, hits in close.items() if hits[0][0] >= CLOSE_ENOUGH}
    if not close:
        return ranked, len(lines), sum(lines.values()), first
    fused = ranking.fuse(ranked, first, close, by_n)
    only_close = [n for n in close if n not in lines]
    return (fused, len(lines) + len(only_close), sum(lines.values()) + sum(len(close[n]) for n in only_close),
            first)



def _said_in_a_line(s: Session, strict: str, ns: list[int]) -> set[int]:
    """Of meetings ``ns`` (those matching every word), the ones where a line says them all — not only
    the title."""
    return s.said_in_lines(strict, ns) if ns else set()


def _title_words(title: str | None, stems: list[str]) -> int:
    """How many of the query's word ``stems`` the title says (a word counts when a title word starts
    with its stem)."""
    said = _said_in_title(title or "")
    return sum(1 for stem in stems if any(t.startswith(stem) for t in said))


@functools.lru_cache(maxsize=8192)
def _said_in_title(title: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _TITLE_WORD.findall(title))


_TITLE_WORD = re.compile(r"[^\W_]+")
