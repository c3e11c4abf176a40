"""A test double of the search backend interface: everything in dicts, matched by plain Python.

It implements :class:`~convo_mcp.search.backend.IndexBackend` with none of SQLite, so the search tool
tests that run on it show that the tools depend on the interface only (and what a new backend must
do to pass them)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Sequence
from typing import Any

from convo_mcp.config import Settings
from convo_mcp.insights.logic import owner_matches
from convo_mcp.search.backend import CoverageFigures, Filters, Health, Listed
from convo_mcp.search.document import Document, Line, keypoint_lines, title_line, transcript_lines
from convo_mcp.search.document import offset as seconds_in
from convo_mcp.search.meaning import Embedder
from convo_mcp.search.query import Query, Term
from convo_mcp.search.results import Hit, Meeting, MeetingHits, Page
from convo_mcp.state.sqlite.engine import SQLiteEngine
from convo_mcp.types import Clock

_WORD = re.compile(r"[^\W_]+")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _words(text: str) -> list[str]:
    return [_stem(w.casefold()) for w in _WORD.findall(text)]


def _has(words: list[str], term: Term) -> bool:
    wanted = [_stem(w) for w in term.words]
    for i in range(len(words) - len(wanted) + 1):
        window = words[i:i + len(wanted)]
        if term.prefix:
            if window[:-1] == wanted[:-1] and window[-1].startswith(term.words[-1][: max(2, len(wanted[-1]))]):
                return True
        elif window == wanted:
            return True
    return False


class MemoryBackend:
    def __init__(self) -> None:
        self._meetings: dict[str, Meeting] = {}
        self._lines: dict[tuple[str, str], list[Line]] = {}
        self._speakers: dict[str, dict[str, int]] = {}
        self._keypoints: dict[str, Any] = {}

    def describe(self) -> str:
        return "memory"

    def size_bytes(self) -> int:
        return sum(len(json.dumps(v)) for v in self._lines.values())

    def _upsert(self, cid: str, title: str | None, start: float | None, minutes: float | None) -> Meeting:
        old = self._meetings.get(cid)
        m = Meeting(old.n if old else len(self._meetings) + 1, cid, title or (old.title if old else None),
                    start if start is not None else (old.start if old else None),
                    minutes if minutes is not None else (old.minutes if old else None),
                    old.transcript if old else False, old.keypoints if old else False)
        self._meetings[cid] = m
        if m.title:  # titles are searchable from the moment a list shows them
            self._lines[(cid, "m")] = [title_line(m.title)]
        return m

    def note_meetings(self, listed: Iterable[Listed]) -> None:
        for cid, title, start, minutes in listed:
            self._upsert(cid, title, start, minutes)

    def add(self, documents: Sequence[Document]) -> None:
        for doc in documents:
            m = self._upsert(doc.conversation_id, doc.title, doc.start, doc.minutes)
            names = self._speakers.setdefault(m.id, {})
            for name in doc.speaker_names():
                names.setdefault(name, len(names) + 1)
            lines = (transcript_lines if doc.kind == "t" else keypoint_lines)(doc, names)
            self._lines[(m.id, doc.kind)] = lines
            if doc.kind == "k":
                self._keypoints[m.id] = doc.payload
            self._meetings[m.id] = Meeting(m.n, m.id, m.title, m.start, m.minutes,
                                           m.transcript or doc.kind == "t", m.keypoints or doc.kind == "k")

    def vectors_pending(self) -> int:
        return 0  # words only

    def embed_pending(self, max_lines: int) -> int:
        return 0

    def remove(self, conversation_id: str) -> None:
        self._meetings.pop(conversation_id, None)
        for kind in ("t", "k", "m"):
            self._lines.pop((conversation_id, kind), None)
        self._speakers.pop(conversation_id, None)
        self._keypoints.pop(conversation_id, None)

    def _matches(self, query: Query, text: str) -> bool:
        words = _words(text)
        if query.any_word:
            return any(_has(words, t) for t in query.terms())
        return all(any(_has(words, t) for t in group) for group in query.groups) and not any(
            _has(words, t) for t in query.excluded)

    def search(self, query: Query, filters: Filters = Filters(), *, limit: int = 8, offset: int = 0,  # noqa: B008
               per_meeting: int = 3) -> Page:
        ranked: list[tuple[float, Meeting, list[Line], list[Line]]] = []
        for m in self._meetings.values():
            if not filters.admits(m):
                continue
            kept = ({no for name, no in self._speakers.get(m.id, {}).items() if owner_matches(filters.speaker, name)}
                    if filters.speaker else None)
            found, every = [], []
            for kind in ("t", "k", "m"):
                lines = self._lines.get((m.id, kind), [])
                every += lines
                found += [ln for ln in lines if (kept is None or ln.speaker in kept) and self._matches(query, ln.text)]
            if found:
                ranked.append((-len(found) - (m.start or 0) / 1e12, m, found, every))
        ranked.sort(key=lambda r: r[0])
        out = []
        for score, m, found, every in ranked[offset:offset + limit]:
            best: list[Hit] = []
            for ln in found:
                if len(best) < per_meeting and all(h.line.text != ln.text for h in best):
                    best.append(Hit(ln, score, seconds_in(ln, every) if ln.stamp else None))
            out.append(MeetingHits(m, len(found), score, best))
        return Page(out, len(ranked), sum(len(r[2]) for r in ranked))

    def coverage(self, filters: Filters) -> CoverageFigures:
        return CoverageFigures.of(self._meetings.values(), filters, listed=bool(self._meetings))

    def meetings(self) -> list[Meeting]:
        return list(self._meetings.values())

    def meeting(self, conversation_id: str) -> Meeting | None:
        return self._meetings.get(conversation_id)

    def has_transcript(self, conversation_id: str) -> bool:
        m = self._meetings.get(conversation_id)
        return m is not None and m.transcript

    def has_keypoints(self, conversation_id: str) -> bool:
        m = self._meetings.get(conversation_id)
        return m is not None and m.keypoints

    def keypoints_json(self, ids: Iterable[str]) -> dict[str, Any]:
        return {i: self._keypoints[i] for i in ids if i in self._keypoints}

    def transcript_lines(self, conversation_id: str) -> list[Line]:
        return list(self._lines.get((conversation_id, "t"), []))

    def speakers(self, conversation_id: str) -> dict[int, str]:
        return {no: name for name, no in self._speakers.get(conversation_id, {}).items()}

    def health(self) -> Health:
        return Health()

    def close(self) -> None:
        self.closed_at = time.time()


class MemoryIndexEngine(SQLiteEngine):
    """The default engine with the search index in memory instead of its file: one per account, kept
    across Apps (as a database would be)."""

    def __init__(self) -> None:
        self.kept: dict[str, MemoryBackend] = {}

    def index(self, settings: Settings, *, clock: Clock, meaning: Embedder | None) -> MemoryBackend:  # type: ignore[override]
        return self.kept.setdefault(settings.account().id, MemoryBackend())
