"""How the index ranks: meetings by their best line (BM25 over FTS5, ``ts_rank_cd`` in PostgreSQL) or,
for a word said in more than ``BM25_ROWS`` lines, by how densely they say it; then a mild boost for
recent meetings and a small one for many lines. Pure functions over a storage's
:class:`~.storage.Lines` (how many match an expression, per meeting; the best; their rowids), so every
engine ranks the same way.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from convo_mcp.search.document import Line, Quote, title_line
from convo_mcp.search.results import Hit, Meeting
from convo_mcp.search.rows import TITLE_ROW, Speakers, line_of, meeting_of, speaker_of
from convo_mcp.search.storage import Lines

RECENCY_DAYS = 60.0  # a meeting this old gets e^-1 of the boost
RECENCY_BOOST = 0.3
BM25_ROWS = 20_000  # beyond this many matching lines, meetings are ranked by density, not by each line

def meeting_scores(lines: Lines, expr: str, by_n: dict[int, Meeting], speakers: Speakers,
                   at_most: int | None = None, mean: float = 1.0) -> list[tuple[int, float, int]]:
    """(meeting n, score (lower is better), matching lines) for the meetings in ``by_n``; ``at_most``:
    how many lines can match at most, when the caller knows (then they are not counted first)."""
    if at_most is not None and at_most <= BM25_ROWS:
        return [row for row in lines.best(expr, speakers) if row[0] in by_n]
    hits_by_n = {n: hits for n, hits in lines.counts(expr, speakers).items() if n in by_n}
    if sum(hits_by_n.values()) <= BM25_ROWS:
        return [row for row in lines.best(expr, speakers) if row[0] in by_n]
    # a word said everywhere: rank meetings by how densely they say it (BM25's shape, per meeting)
    return [(n, -hits / (hits + 1.2 * (0.25 + 0.75 * length(by_n.get(n)) / mean)), hits)
            for n, hits in hits_by_n.items()]


def length(m: Meeting | None) -> float:
    """A meeting's lines (at least 1)."""
    return float(max(1, m.lines or 1)) if m is not None else 1.0


def rank(rows: list[tuple[int, float, int]], by_n: dict[int, Meeting],
         now: float) -> list[tuple[float, Meeting, int]]:
    """Best first: (score with the recency and many-lines boosts, meeting, matching lines)."""
    ranked = []
    for n, best, hits in rows:
        m = by_n.get(n)
        if m is None:
            continue
        age_days = max(0.0, (now - m.start) / 86400) if m.start is not None else 365.0
        boost = 1 + RECENCY_BOOST * math.exp(-age_days / RECENCY_DAYS)
        ranked.append((best * boost * (1 + 0.15 * math.log(hits)), m, hits))
    ranked.sort(key=lambda r: (r[0], -(r[1].start or 0)))
    return ranked


def best_lines(lines: Lines, expr: str, meetings: list[Meeting], speakers: Speakers,
               count: int) -> dict[int, list[Hit]]:
    """Meeting n → its ``count`` best-scoring lines that say different things, for ``meetings``: one
    question for the lines matching, one for what to quote of the best of them."""
    if count <= 0 or not meetings:
        return {m.n: [] for m in meetings}
    matching = lines.in_meetings(expr, [m.n for m in meetings])
    rows: dict[int, list[tuple[int, float]]] = {}
    for m in meetings:
        found = matching.get(m.n, [])
        if speakers is not None:
            kept = speakers.get(m.n, set())
            found = [r for r in found if speaker_of(r[0]) in kept]
        rows[m.n] = found
    wanted = [r for found in rows.values() for r, _ in found[:count * 4] if line_of(r) != TITLE_ROW]
    said = lines.quotes(wanted)
    out = {}
    for m in meetings:
        if len(rows[m.n]) > count * 4 and len(distinct(m, rows[m.n][:count * 4], said, count)) < count:
            said.update(lines.quotes([r for r, _ in rows[m.n][count * 4:] if line_of(r) != TITLE_ROW]))
        out[m.n] = distinct(m, rows[m.n], said, count)
    return out


def distinct(m: Meeting, rows: list[tuple[int, float]], said: dict[int, Quote], count: int,
             meaning: bool = False) -> list[Hit]:
    """The first ``count`` of ``rows`` (best first) that say different things, as hits."""
    hits: list[Hit] = []
    for rowid, score in rows:
        if line_of(rowid) == TITLE_ROW:  # the title is kept with the meeting, not with its lines
            line: Line | None = title_line(m.title) if m.title else None
            at = None
        elif (quote := said.get(rowid)) is not None:
            text, at, label = quote
            line = Line(line_of(rowid), speaker_of(rowid), None, text, label)
        else:
            line = None
        if line is not None and all(h.line.text != line.text for h in hits):
            hits.append(Hit(line, score, at, meaning=meaning))
            if len(hits) == count:
                break
    return hits


# --- plain queries: any content word, meetings ranked as documents ----------------------------------
#
# A plain query ranks in two tiers. First the meetings where one line says every content word, ranked
# exactly as an all-words query always was (so exact words lose nothing); then, for a page that reaches
# past them, the meetings that say only some of the words: each content word a meeting says counts
# its rarity (BM25's idf) in full, saying it again adds at most REPEAT more (saturating, and less in
# a long meeting), and the title counts extra. Which words a meeting says matters more than how
# often: a long meeting that says two rare words once beats a short one that repeats a common one,
# and words said together in one line count again (they belong together).

K1, B = 1.2, 0.5  # saturation of repeats, and how much a meeting's length damps them
REPEAT = 0.5  # most that repeating a word adds to what saying it once counts
LINE_WEIGHT = 1.0  # how much the words one line says together count again
TITLE_BOOST = 0.6  # per content word the title says


def some_words_scores(lines: Lines, terms: list[str], candidates: dict[int, Meeting],
                      by_n: dict[int, Meeting], speakers: Speakers,
                      title_words: Callable[[Meeting], int], mean: float = 1.0,
                      counted: list[dict[int, int]] | None = None) -> list[tuple[int, float, int]]:
    """(meeting n, score (lower is better), 1) for the ``candidates``: the rarity (idf among the
    meetings of ``by_n``) of each of ``terms`` a meeting says, plus up to ``REPEAT`` of it for saying
    it again; plus the rarity of the words its best line says together (``LINE_WEIGHT``: words said
    in one breath belong together); boosted by the content words its title says (``title_words``).
    ``counted``: each term's lines per meeting, when the caller asked already (:meth:`Lines.counts_each`)."""
    counts: list[dict[int, int]] = []
    idfs: list[float] = []
    said_in: dict[int, float] = {}  # a line (rowid) → the rarity of the terms it says
    # With two terms, a line saying both makes its meeting an all-words one, never a candidate here:
    # each candidate's best line says one term, so meetings' counts are enough (no line is fetched).
    by_line = len(terms) > 2
    for i, term in enumerate(terms):
        rows = lines.rowids(term, speakers, BM25_ROWS) if by_line else None
        tf: dict[int, int] = {}
        if rows is None:  # said nearly everywhere: counted per meeting, too common to pair up by line
            tf = {n: c for n, c in (counted[i] if counted else lines.counts(term, speakers)).items() if n in by_n}
        else:
            for rowid in rows:
                if (n := meeting_of(rowid)) in by_n:
                    tf[n] = tf.get(n, 0) + 1
        idf = math.log(1 + (len(by_n) - len(tf) + 0.5) / (len(tf) + 0.5))
        counts.append(tf)
        idfs.append(idf)
        for rowid in rows or ():
            if meeting_of(rowid) in candidates:
                said_in[rowid] = said_in.get(rowid, 0.0) + idf
    score = dict.fromkeys(candidates, 0.0)
    for tf, idf in zip(counts, idfs, strict=True):
        for n, c in tf.items():
            if n in score:
                repeats = (c - 1) / (c - 1 + K1 * (1 - B + B * length(candidates[n]) / mean))
                score[n] += idf * (1 + REPEAT * repeats)
    best_line: dict[int, float] = {}
    for rowid, rarity in said_in.items():
        n = meeting_of(rowid)
        best_line[n] = max(best_line.get(n, 0.0), rarity)
    if not by_line:
        for tf, idf in zip(counts, idfs, strict=True):
            for n in tf:
                if n in candidates:
                    best_line[n] = max(best_line.get(n, 0.0), idf)
    for n, rarity in best_line.items():
        score[n] += LINE_WEIGHT * rarity
    for n in score:
        if said := title_words(candidates[n]):
            score[n] *= 1 + TITLE_BOOST * said / len(terms)
    return [(n, -s, 1) for n, s in score.items() if s > 0]  # line counts come from the caller


# --- words and meaning together ---------------------------------------------------------------------
#
# Reciprocal-rank fusion of the words' ranking (all-words meetings first) and the meaning's: a meeting's
# score adds 1 / (FUSE_K + rank) from each list it is in, the meaning's weighed by MEANING_WEIGHT and the
# meetings with a line saying every word lifted by ALL_WORDS_BONUS, so exact words keep their place and
# meaning adds what the words miss. Tuned on the tuning half of bench/meaning.py's pairs.

FUSE_DEPTH = 50  # meetings of the words' ranking taken into the fusion
FUSE_K = 5.0
MEANING_WEIGHT = 2.0
ALL_WORDS_BONUS = 1.0


def fuse(words: list[tuple[float, Meeting, int]], all_words: set[int], close: dict[int, list[tuple[float, int]]],
         by_n: dict[int, Meeting]) -> list[tuple[float, Meeting, int]]:
    """(score (lower is better), meeting, lines) best first, from the words' ranking (``words``, those in
    ``all_words`` having a line with every word) and the meetings ``close`` in meaning (best first)."""
    fused: dict[int, float] = {}
    lines: dict[int, int] = {}
    for rank_, (_, m, hits) in enumerate(words):
        fused[m.n] = (1 + (ALL_WORDS_BONUS if m.n in all_words else 0.0)) / (FUSE_K + rank_ + 1)
        lines[m.n] = hits
    for rank_, n in enumerate(close):
        fused[n] = fused.get(n, 0.0) + MEANING_WEIGHT / (FUSE_K + rank_ + 1)
        lines.setdefault(n, len(close[n]))
    out = [(-score, by_n[n], lines[n]) for n, score in fused.items() if n in by_n]
    # meaning only adds: a meeting with a line saying every word keeps its place above every other, and
    # the words' best meeting stays first (meaning reorders and fills what comes after it)
    top = words[0][1].n if words else None
    out.sort(key=lambda r: (r[1].n != top, r[1].n not in all_words, r[0], -(r[1].start or 0)))
    return out
