"""How the index ranks: meetings by their best line (BM25 over FTS5) or, for a word said in more
than ``BM25_ROWS`` lines, by how densely they say it; then a mild boost for recent meetings and a
small one for many lines. Pure functions over an open connection.
"""

from __future__ import annotations

import json
import math
import sqlite3

from convo_mcp.search.document import KEYPOINT_BASE, Line, offset, unpack
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
