"""The second stage in a search: the best meetings of a plain query's first stage read again by the
stronger model (:mod:`.rerank`), and what each shows of itself re-ordered by it.

Kept apart from :mod:`.index` (which calls it in the same storage transaction, in a worker thread):
the candidates' texts (each line with the one after it), the new order, and each line's score kept on
its :class:`~.results.Hit`, which is what decides whether a line found by meaning alone is offered as
saying the same thing (``≈``), as maybe related, or not at all.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from convo_mcp.search import ranking
from convo_mcp.search.document import unpack
from convo_mcp.search.rerank import CLOSE, LINES, MEETINGS, RELATED, Candidate, Encoder, rerank
from convo_mcp.search.results import Hit, Meeting
from convo_mcp.search.rows import kind_of, line_of

if TYPE_CHECKING:
    from convo_mcp.search.storage import Session

Ranked = list[tuple[float, Meeting, int]]
Close = dict[int, list[tuple[float, int]]]


def read_again(s: Session, encoder: Encoder, text: str, head: Ranked, words: dict[int, list[Hit]], close: Close,
               all_words: set[int]) -> tuple[Ranked, dict[int, list[Hit]]]:
    """``head`` (the first stage's best meetings, at most :data:`MEETINGS`) in the model's order, and each
    meeting's lines: those saying the words, then those close in meaning, scored and best first."""
    head = head[:MEETINGS]
    candidates: list[Candidate] = []
    shown: dict[int, list[Hit]] = {}
    for i, (_, m, _) in enumerate(head):
        said = {h.line.segment_index for h in words.get(m.n, [])}
        near = [(rowid, score) for score, rowid in close.get(m.n, [])[:LINES * 3] if kind_of(rowid) == "t"]
        quotes = s.quotes([r for r, _ in near])
        hits = list(words.get(m.n, [])[:LINES + 1])
        hits += [h for h in ranking.distinct(m, near, quotes, LINES, meaning=True)
                 if h.line.segment_index not in said]
        blob = s.content(m.n, "t")
        after = {ln.row: ln.text for ln in unpack(blob)} if blob else {}
        for h in hits:
            nxt = after.get(h.line.segment_index + 1, "") if h.line.segment_index is not None else ""
            candidates.append(Candidate(i, _key(m.n, h), f"{h.line.text} {nxt}".strip(), not h.meaning))
        shown[m.n] = hits
    order, scores = rerank(encoder, text, candidates, lambda i: head[i][1].n in all_words, len(head))
    lines: dict[int, list[Hit]] = {}
    for _, m, _ in head:
        scored = [replace(h, close=scores.get(_key(m.n, h))) for h in shown[m.n]]
        kept = [h for h in scored if not h.meaning or (h.close or 0.0) >= RELATED]
        kept.sort(key=lambda h: (h.close is None, -(h.close or 0.0)))
        lines[m.n] = kept
    return [head[i] for i in order], lines


def _key(n: int, h: Hit) -> int:
    return (n << 20) | (h.line.segment_index or 0) if h.line.segment_index is not None else (n << 20) | 0xFFFFF


SAYS_SOMETHING = 4  # words a line needs to be said to say something in other words ("Ouch." says nothing)


def offered_close(h: Hit) -> bool:
    """Whether a line found by meaning alone says the same thing in other words (the second stage
    agrees, and the line is more than a reaction)."""
    return (h.meaning and h.close is not None and h.close >= CLOSE
            and len(h.line.text.split()) >= SAYS_SOMETHING)


__all__ = ["line_of", "offered_close", "read_again"]
