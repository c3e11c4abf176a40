"""The second stage: a stronger model re-scores the few lines a plain query's first stage found.

The first stage (words, and the static model's vectors) ranks every meeting; this re-reads only the
best of them: for each of the first :data:`MEETINGS` meetings, its best lines by words and by meaning,
each with the line after it (the answer to a question is often the next line). The model
(:class:`~convo_mcp.search.minilm.MiniLM`, behind the :class:`Encoder` seam) scores each against the
query; a meeting's score is its best line's. The order it makes keeps what words promise: a meeting
with a line saying every word of the query stays above one without; among the rest, the model's score
decides. A line offered for its meaning alone — saying no word of the query — is offered as close
only above :data:`CLOSE` (calibrated on bench/search_eval.py's tuning half so that most lines offered
are right), as "may be related" above :data:`RELATED`, else not at all.

A line is encoded once per process (the model keeps the vectors it made), so what is searched again
costs only the query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float32]

MEETINGS = 6  # meetings of the first stage re-read
LINES = 2  # of each, its best lines by words and by meaning (each with the line after it)
CLOSE = 0.6  # a line saying no word of the query is offered as saying it in other words above this
RELATED = 0.3  # and as "may be related" above this (bench/search_eval.py, tuning half)


class Encoder(Protocol):
    """A model that turns texts into unit vectors (rows in order)."""

    fingerprint: str

    def encode(self, texts: Sequence[str]) -> Floats: ...


@dataclass(frozen=True)
class Candidate:
    """A line the first stage found, to be read again."""

    meeting: int  # index into the first stage's ranking
    rowid: int
    text: str  # the line, with the one after it
    says_words: bool  # it says a word of the query


def rerank(encoder: Encoder, query: str, candidates: Sequence[Candidate], all_words: Callable[[int], bool],
           meetings: int) -> tuple[list[int], dict[int, float]]:
    """The first ``meetings`` positions of the first stage in their new order, and each candidate line's
    score (by rowid). ``all_words(i)``: whether meeting ``i`` has a line saying every word."""
    if not candidates:
        return list(range(meetings)), {}
    vectors = encoder.encode([query, *(c.text for c in candidates)])
    scores = vectors[1:] @ vectors[0]
    by_line = {c.rowid: float(s) for c, s in zip(candidates, scores, strict=True)}
    best: dict[int, float] = {}
    for c, s in zip(candidates, scores, strict=True):
        best[c.meeting] = max(best.get(c.meeting, -1.0), float(s))
    # the first stage's first meeting keeps its place (what words found first is never pushed down); the
    # meetings with a line saying every word come next; then the model's score decides
    order = [0, *sorted(range(1, meetings), key=lambda i: (not all_words(i), -best.get(i, -1.0), i))]
    return order, by_line
