"""A test double of the search storage: everything in dicts, words matched by plain Python.

It implements :class:`~convo_mcp.search.storage.Storage` (and its session) with none of SQLite, so the
search tool tests that run on it show that everything above the storage (ranking, coverage, the
tools) depends on the protocol only, and what a new engine must do to pass them."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from convo_mcp.config import Settings
from convo_mcp.search.document import Document, Line, Quote, keypoint_lines, pack, quotes_of, transcript_lines
from convo_mcp.search.query import Query, Term
from convo_mcp.search.results import Meeting
from convo_mcp.search.rows import KEYPOINT_BASE, Speakers, line_of, meeting_of, rowid, said_in_lines, speaker_of, title
from convo_mcp.search.storage import Change, Health, Work, Written
from convo_mcp.state.sqlite.engine import SQLiteEngine
from convo_mcp.types import Clock

T = TypeVar("T")
_WORD = re.compile(r"[^\W_]+")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _words(text: str) -> list[str]:
    return [_stem(w.casefold()) for w in _WORD.findall(text)]


def _has(words: list[str], term: list[Any]) -> bool:
    wanted, prefix = [_stem(w) for w in term[0]], term[1]
    for i in range(len(words) - len(wanted) + 1):
        window = words[i:i + len(wanted)]
        if prefix:
            if window[:-1] == wanted[:-1] and window[-1].startswith(term[0][-1][: max(2, len(wanted[-1]))]):
                return True
        elif window == wanted:
            return True
    return False


def _term(t: Term) -> list[Any]:
    return [list(t.words), t.prefix]


class MemoryStorage:
    """A storage and its own session (one process, one thread at a time)."""

    def __init__(self) -> None:
        self._meetings: dict[str, Meeting] = {}
        self._lines: dict[int, tuple[str, int]] = {}  # rowid → (text, speaker)
        self._content: dict[tuple[int, str], list[Line]] = {}
        self._speakers: dict[int, dict[str, int]] = {}
        self._keypoints: dict[str, Any] = {}
        self._derived: dict[tuple[int, str], tuple[str, bytes]] = {}
        self.closed = False

    # --- the storage ---------------------------------------------------------------------------------

    def run(self, fn: Callable[[MemoryStorage], T]) -> T:
        return fn(self)

    def describe(self) -> str:
        return "memory"

    def size_bytes(self) -> int:
        return sum(len(text) for text, _ in self._lines.values())

    def health(self) -> Health:
        return Health()

    def rebuilt(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    # --- words: an expression is the query as JSON --------------------------------------------------

    def compile(self, query: Query, *, strict: bool) -> str:
        if query.any_word and not strict:
            return json.dumps({"any": [_term(t) for t in query.terms()]})
        return json.dumps({"all": [[_term(t) for t in g] for g in query.groups],
                           "not": [_term(t) for t in query.excluded]})

    def compile_term(self, term: Term) -> str:
        return json.dumps({"any": [_term(term)]})

    def _score(self, expr: str, text: str) -> float | None:
        """How many terms a line says (negated: lower is better), or None when it does not match."""
        q, words = json.loads(expr), _words(text)
        if "any" in q:
            said = sum(1 for t in q["any"] if _has(words, t))
            return -float(said) if said else None
        if all(any(_has(words, t) for t in g) for g in q["all"]) and not any(_has(words, t) for t in q["not"]):
            return -float(len(q["all"]))
        return None

    def _matches(self, expr: str, speakers: Speakers) -> Iterator[tuple[int, float]]:
        for row, (text, _) in sorted(self._lines.items()):
            n = meeting_of(row)
            if speakers is not None and speaker_of(row) not in speakers.get(n, set()):
                continue
            if (score := self._score(expr, text)) is not None:
                yield row, score

    def counts(self, expr: str, speakers: Speakers) -> dict[int, int]:
        out: dict[int, int] = {}
        for row, _ in self._matches(expr, speakers):
            out[meeting_of(row)] = out.get(meeting_of(row), 0) + 1
        return out

    def counts_each(self, expr: str, terms: Sequence[str], speakers: Speakers, *,
                    scored: str | None = None) -> list[dict[int, int]]:
        return [self.counts(e, speakers) for e in (expr, *terms)]

    def said_in_lines(self, expr: str, ns: Sequence[int]) -> set[int]:
        return said_in_lines(self.in_meetings(expr, ns))

    def best(self, expr: str, speakers: Speakers) -> list[tuple[int, float, int]]:
        out: dict[int, tuple[float, int]] = {}
        for row, score in self._matches(expr, speakers):
            low, count = out.get(meeting_of(row), (0.0, 0))
            out[meeting_of(row)] = (min(low, score), count + 1)
        return [(n, low, count) for n, (low, count) in out.items()]

    def rowids(self, expr: str, speakers: Speakers, cap: int) -> list[int] | None:
        rows = [row for row, _ in self._matches(expr, speakers)]
        return None if len(rows) > cap else rows

    def in_meetings(self, expr: str, ns: Sequence[int]) -> dict[int, list[tuple[int, float]]]:
        return {n: sorted(((row, score) for row, score in self._matches(expr, None) if meeting_of(row) == n),
                          key=lambda r: (r[1], r[0])) for n in ns}

    def content(self, n: int, kind: str) -> bytes | None:
        lines = self._content.get((n, kind))
        return pack(lines) if lines is not None else None

    def contents(self, ns: Sequence[int], kind: str) -> dict[int, bytes]:
        return {n: blob for n in ns if (blob := self.content(n, kind)) is not None}

    def quotes(self, rowids: Sequence[int]) -> dict[int, Quote]:
        """Read from the meetings' packed documents (lines keep no text beside their words here)."""
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

    # --- meetings ------------------------------------------------------------------------------------

    def changes(self) -> Change:
        return "none"

    def meetings(self) -> list[Meeting]:
        return list(self._meetings.values())

    def _upsert(self, cid: str, name: str | None, start: float | None, minutes: float | None) -> Meeting:
        old = self._meetings.get(cid)
        m = Meeting(old.n if old else len(self._meetings) + 1, cid, name or (old.title if old else None),
                    start if start is not None else (old.start if old else None),
                    minutes if minutes is not None else (old.minutes if old else None),
                    old.transcript if old else False, old.keypoints if old else False, old.lines if old else None)
        self._meetings[cid] = m
        if m.title:  # titles are searchable from the moment a list shows them
            self._lines[title(m.n)] = (m.title, 0)
        return m

    def note(self, rows: Sequence[tuple[str, str | None, float | None, float | None, float | None]],
             known: dict[str, Meeting]) -> Written:
        return Written([self._upsert(cid, name, start, minutes) for cid, name, start, minutes, _ in rows], [])

    def write(self, documents: Sequence[Document], known: dict[str, Meeting]) -> Written:
        for doc in documents:
            m = self._upsert(doc.conversation_id, doc.title, doc.start, doc.minutes)
            names = self._speakers.setdefault(m.n, {})
            for name in doc.speaker_names():
                names.setdefault(name, len(names) + 1)
            for line in self._content.pop((m.n, doc.kind), []):
                self._lines.pop(rowid(m.n, line.speaker, line.row), None)
            lines = (transcript_lines if doc.kind == "t" else keypoint_lines)(doc, names)
            self._content[(m.n, doc.kind)] = lines
            self._lines.update({rowid(m.n, ln.speaker, ln.row): (ln.text, ln.speaker) for ln in lines})
            if doc.kind == "k":
                self._keypoints[m.id] = doc.payload
            for key in [k for k in self._derived if k[0] == m.n]:
                del self._derived[key]
            self._meetings[m.id] = Meeting(m.n, m.id, m.title, m.start, m.minutes,
                                           m.transcript or doc.kind == "t", m.keypoints or doc.kind == "k",
                                           len(lines) if doc.kind == "t" else m.lines)
        return Written([self._meetings[d.conversation_id] for d in documents], [])

    def remove(self, meeting: Meeting) -> list[int]:
        self._meetings.pop(meeting.id, None)
        for row in [r for r in self._lines if meeting_of(r) == meeting.n]:
            del self._lines[row]
        for kind in ("t", "k"):
            self._content.pop((meeting.n, kind), None)
        self._speakers.pop(meeting.n, None)
        self._keypoints.pop(meeting.id, None)
        for key in [k for k in self._derived if k[0] == meeting.n]:
            del self._derived[key]
        return []

    def speaker_rows(self) -> Iterable[tuple[int, int, str]]:
        return [(n, no, name) for n, names in self._speakers.items() for name, no in names.items()]

    def speakers(self, ns: Sequence[int]) -> dict[int, dict[int, str]]:
        return {n: {no: name for name, no in self._speakers.get(n, {}).items()} for n in ns}

    def keypoint_blobs(self, ids: list[str]) -> list[tuple[str, bytes]]:
        return [(i, zlib.compress(json.dumps(self._keypoints[i]).encode())) for i in ids if i in self._keypoints]

    # --- derived from the lines ---------------------------------------------------------------------

    def underived(self, kind: str, version: str, limit: int) -> list[int]:
        done = {n for (n, k), (v, _) in self._derived.items() if k == kind and v == version}
        todo = sorted((m for m in self._meetings.values() if m.transcript and m.n not in done),
                      key=lambda m: -(m.start or 0))
        return [m.n for m in todo[:limit]]

    def put_derived(self, kind: str, rows: Sequence[tuple[int, str, bytes]]) -> None:
        self._derived.update({(n, kind): (version, data) for n, version, data in rows})

    def derived(self, kind: str) -> list[tuple[int, str, bytes]]:
        return [(n, v, d) for (n, k), (v, d) in self._derived.items() if k == kind]

    # --- vectors: none kept (words only) -------------------------------------------------------------

    def blob(self, key: str) -> bytes | None:
        return None

    def replace_calibration(self, data: bytes) -> None:
        pass

    def pending_count(self) -> int:
        return 0

    def line_count(self) -> int:
        return len(self._lines)

    def sample_texts(self, count: int) -> list[str]:
        return []

    def vector_work(self, max_lines: int) -> list[Work]:
        return []

    def write_vectors(self, work: Sequence[Work], stored: Any, hub: Any) -> list[int]:
        return []

    def vector_count(self) -> int:
        return 0

    def vector_chunks(self) -> Iterator[tuple[Any, Any, Any]]:
        return iter([])

    def vectors_of(self, rowids: list[int]) -> list[tuple[int, bytes, float]]:
        return []


class MemoryIndexEngine(SQLiteEngine):
    """The default engine with the search index's storage in memory instead of its file: one per
    account, kept across Apps (as a database would be)."""

    def __init__(self) -> None:
        self.kept: dict[str, MemoryStorage] = {}

    def index(self, settings: Settings, *, clock: Clock) -> MemoryStorage:  # type: ignore[override]
        return self.kept.setdefault(settings.account().id, MemoryStorage())
