"""How the index ranks: meetings by their best line (BM25 over FTS5) or, for a word said in more
than ``BM25_ROWS`` lines, by how densely they say it; then a mild boost for recent meetings and a
small one for many lines. Pure functions over an open connection.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Iterable

from convo_mcp.search.document import KEYPOINT_BASE, TITLE_ROW, Line, offset, title_line, unpack
from convo_mcp.search.results import Hit, Meeting

MEETING_SHIFT, SPEAKER_SHIFT = 26, 20
LINE_MASK, SPEAKER_MASK = (1 << SPEAKER_SHIFT) - 1, (1 << (MEETING_SHIFT - SPEAKER_SHIFT)) - 1
RECENCY_DAYS = 60.0  # a meeting this old gets e^-1 of the boost
RECENCY_BOOST = 0.3
BM25_ROWS = 20_000  # beyond this many matching lines, meetings are ranked by density, not by each line


def meeting_scores(conn: sqlite3.Connection, expr: str, by_n: dict[int, Meeting],
                   speakers: dict[int, set[int]] | None) -> list[tuple[int, float, int]]:
    """(meeting n, score (lower is better), matching lines) for the meetings in ``by_n``."""
    # ``where`` is built from constant SQL only; every value is a bound parameter.
    where, args = "said MATCH ?", [expr]
    if speakers is not None:
        keep = [n << (MEETING_SHIFT - SPEAKER_SHIFT) | s for n, ss in speakers.items() for s in ss]
        where += " AND (rowid >> 20) IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(keep))
    counts = conn.execute(f"SELECT rowid >> 26, count(*) FROM said WHERE {where} GROUP BY 1", args)  # noqa: S608
    hits_by_n = {n: hits for n, hits in counts if n in by_n}
    if sum(hits_by_n.values()) <= BM25_ROWS:
        sql = ("SELECT n, min(score), count(*) FROM (SELECT rowid >> 26 AS n, bm25(said) AS score FROM said "  # noqa: S608
               f"WHERE {where} LIMIT -1) GROUP BY n")
        rows = conn.execute(sql, args).fetchall()
    else:  # a word said everywhere: rank meetings by how densely they say it (BM25's shape, per meeting)
        sizes = dict(conn.execute("SELECT n, coalesce(segments, 1) FROM meetings").fetchall())
        mean = sum(sizes.values()) / max(1, len(sizes))
        rows = [(n, -hits / (hits + 1.2 * (0.25 + 0.75 * sizes.get(n, mean) / mean)), hits)
                for n, hits in hits_by_n.items()]
    return rows


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


def best_lines(conn: sqlite3.Connection, expr: str, m: Meeting, speakers: dict[int, set[int]] | None,
               count: int) -> list[Hit]:
    """The meeting's ``count`` best-scoring lines that say different things."""
    if count <= 0:
        return []
    lo, hi = m.n << MEETING_SHIFT, ((m.n + 1) << MEETING_SHIFT) - 1
    rows = conn.execute(
        "SELECT rowid, bm25(said) FROM said WHERE said MATCH ? AND rowid BETWEEN ? AND ? ORDER BY bm25(said)",
        (expr, lo, hi)).fetchall()
    if speakers is not None:
        kept = speakers.get(m.n, set())
        rows = [r for r in rows if (r[0] >> SPEAKER_SHIFT) & SPEAKER_MASK in kept]
    docs: dict[str, dict[int, Line]] = {}
    hits: list[Hit] = []
    for rowid, score in rows:  # the best lines that say different things
        line_no = rowid & LINE_MASK
        if line_no == TITLE_ROW:  # the title is kept with the meeting, not with its lines
            if m.title:
                hits.append(Hit(title_line(m.title), score, None))
            if len(hits) == count:
                break
            continue
        kind = "k" if line_no >= KEYPOINT_BASE else "t"
        if kind not in docs:
            blob = conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?", (m.n, kind)).fetchone()
            docs[kind] = {ln.row: ln for ln in unpack(blob[0])} if blob else {}
        line = docs[kind].get(line_no)
        if line is not None and all(h.line.text != line.text for h in hits):
            hits.append(Hit(line, score, offset(line, docs[kind].values()) if line.stamp else None))
            if len(hits) == count:
                break
    return hits


# --- plain queries: any content word, meetings ranked as documents ----------------------------------

K1, B = 1.2, 0.75  # BM25's saturation and length normalisation, with a meeting as the document
ALL_WORDS_BOOST = 1.35  # every content word in one line
PHRASE_BOOST = 1.25  # ... side by side, as typed
TITLE_BOOST = 0.6  # per content word the title says, on top of its lines


def _speaker_clause(speakers: dict[int, set[int]] | None) -> tuple[str, list[str]]:
    if speakers is None:
        return "", []
    keep = [n << (MEETING_SHIFT - SPEAKER_SHIFT) | s for n, ss in speakers.items() for s in ss]
    return " AND (rowid >> 20) IN (SELECT value FROM json_each(?))", [json.dumps(keep)]


def _meetings_matching(conn: sqlite3.Connection, expr: str, extra: str, args: list[str]) -> dict[int, int]:
    sql = f"SELECT rowid >> 26, count(*) FROM said WHERE said MATCH ?{extra} GROUP BY 1"  # noqa: S608
    return dict(conn.execute(sql, [expr, *args]).fetchall())


def _lengths(conn: sqlite3.Connection, ns: Iterable[int]) -> tuple[dict[int, float], float]:
    """Lines per meeting for ``ns`` (at least 1), and the mean over every meeting: BM25's lengths."""
    rows = conn.execute("SELECT n, coalesce(segments, 1) FROM meetings WHERE n IN (SELECT value FROM json_each(?))",
                        (json.dumps(list(ns)),)).fetchall()
    mean = conn.execute("SELECT avg(max(1, coalesce(segments, 1))) FROM meetings").fetchone()[0] or 1.0
    return {n: float(max(1, seg)) for n, seg in rows}, float(mean)


def any_word_scores(conn: sqlite3.Connection, expr: str, terms: list[str], all_words: str, phrase: str | None,
                    by_n: dict[int, Meeting], speakers: dict[int, set[int]] | None,
                    title_words: Callable[[Meeting], int]) -> list[tuple[int, float, int]]:
    """(meeting n, score (lower is better), matching lines) for a plain query (``expr``: any of
    ``terms``): each meeting scored as one document by BM25 over its lines (how often it says each
    content word, weighted by how few meetings say it), then boosted where one line says every word
    (``all_words``), the words come as a phrase, or the title says them (``title_words``, asked of
    the matching meetings only)."""
    extra, args = _speaker_clause(speakers)
    counts = [{n: c for n, c in _meetings_matching(conn, term, extra, args).items() if n in by_n} for term in terms]
    matched = set().union(*counts)
    if not matched:
        return []
    sizes, mean = _lengths(conn, matched)
    score: dict[int, float] = dict.fromkeys(matched, 0.0)
    for tf in counts:
        idf = math.log(1 + (len(by_n) - len(tf) + 0.5) / (len(tf) + 0.5))
        for n, c in tf.items():
            norm = K1 * (1 - B + B * sizes.get(n, mean) / mean)
            score[n] += idf * c * (K1 + 1) / (c + norm)
    for boosted, boost in ((all_words, ALL_WORDS_BOOST), (phrase, PHRASE_BOOST)):
        if boosted is not None:
            for n in _meetings_matching(conn, boosted, extra, args):
                if n in score:
                    score[n] *= boost
    for n in score:
        if said := title_words(by_n[n]):
            score[n] *= 1 + TITLE_BOOST * said / len(terms)
    hits = _meetings_matching(conn, expr, extra, args)
    return [(n, -s, hits.get(n, 1)) for n, s in score.items()]
