"""Scoring the commitments ledger on hand-written evaluation sets (see bench/commitments.py).

A set (``bench/sets/commitments_*.py``) is whole meetings among recurring people, with labels kept
apart from the lines: PROMISES (where each was said, asked or said again, its owner, due date and what
became of it, and the line that says so), DISTRACTORS (lines that are not promises) and TRAPS (later
lines that must not settle a promise). The meetings go through the server's own path: documents
written to a real index, each meeting's facts derived by the ledger's deriver, the book assembled
and followed as ``track_commitments`` reads it.
"""

from __future__ import annotations

import importlib.util
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from convo_mcp.convo.models import Conversation, Transcript
from convo_mcp.insights.ledger import KIND, CommitmentsDeriver, assemble
from convo_mcp.search.document import Document
from convo_mcp.search.index import Index
from convo_mcp.state.sqlite.index import SQLiteStorage
from convo_mcp.zone import UTC_ZONE

SETS = Path(__file__).resolve().parent / "sets"
At = tuple[str, int]


def load(name: str) -> ModuleType:
    path = SETS / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"ledger_set_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(meetings: list[dict[str, Any]]) -> list[Document]:
    """Each meeting as the index is given it: its transcript (segments stamped from its start) and its
    conversation (title, start, length)."""
    out = []
    for m in meetings:
        start = datetime.fromisoformat(m["start"].replace("Z", "+00:00"))
        segments = [{"text": text, "speaker": speaker, "timestamp": (start + timedelta(seconds=secs)).isoformat()}
                    for speaker, secs, text in m["lines"]]
        last = m["lines"][-1][1] if m["lines"] else 0
        out.append(Document.of_transcript(
            Transcript.model_validate({"id": m["id"], "segments": segments}),
            Conversation(id=m["id"], title=m.get("title"), start_time=start, duration=max(1.0, last / 60))))
    return out


def generated(count: int, first: date, days: int) -> list[Document]:
    """``count`` meetings of the sandbox's generated speech (its own promises and reports, none labelled),
    spread over the set's days: what a set is hidden among."""
    from convo_mcp.sandbox import SandboxState

    state = SandboxState.demo()
    key = state.add_account("enterprise", "convo_bench_ledger_among", conversations=count)
    out = []
    base = datetime.combine(first, datetime.min.time(), tzinfo=UTC)
    for n, c in enumerate(sorted(state.account(key).conversations.values(), key=lambda c: c.id)):
        start = base + timedelta(days=n % max(1, days), hours=8 + n % 9)
        segments = [{"text": s.text, "speaker": s.speaker,
                     "timestamp": (start + timedelta(seconds=30 * i)).isoformat()} for i, s in enumerate(c.segments)]
        out.append(Document.of_transcript(
            Transcript.model_validate({"id": f"gen_{c.id}", "segments": segments}),
            Conversation(id=f"gen_{c.id}", title=c.title, start_time=start, duration=len(c.segments) / 2)))
    return out


@dataclass
class Run:
    promises: list[Any]
    cpu: float  # seconds: deriving every meeting and assembling the book
    lines: int
    meetings: int


def run(meetings: list[dict[str, Any]], among: int = 0) -> Run:
    """The book of these meetings (and ``among`` generated ones) as the server puts it together."""
    docs = documents(meetings)
    if among:
        starts = [d.start for d in docs if d.start is not None]
        first = datetime.fromtimestamp(min(starts), UTC).date()
        days = int((max(starts) - min(starts)) // 86400) + 1
        docs += generated(among, first, days)
    return run_documents(docs)


def run_documents(docs: list[Document]) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        index = Index.on(SQLiteStorage(Path(tmp) / "index.sqlite3"), derivers=[CommitmentsDeriver()])
        for n in range(0, len(docs), 200):
            index.add(docs[n:n + 200])
        started = time.process_time()
        while index.derive_pending(500):
            pass
        book = assemble(index.derived(KIND), dict(index.known.by_id), UTC_ZONE, (index.generation, "UTC"))
        cpu = time.process_time() - started
        index.close()
    lines = sum(len(d.payload.get("segments") or []) for d in docs)
    return Run(book.promises, cpu, lines, len(docs))


def at_of(line: Any) -> At:
    return (line.conversation_id, line.segment_index)


def places(p: Any) -> set[At]:
    """Where a found promise was said: its line and the lines it was said again (merged into it)."""
    return {at_of(p.line), *(at_of(x) for x in getattr(p, "also", ()) or ())}


@dataclass
class Score:
    name: str
    labelled: int = 0
    found: int = 0
    owner_wrong: int = 0
    reported: int = 0  # promises the ledger lists in the set's meetings
    true: int = 0  # of them, a labelled promise (the first to claim it)
    repeats: int = 0  # a labelled promise listed again (the same promise not merged)
    on_distractors: int = 0  # listed at a line labelled as not a promise
    unlabelled: int = 0  # listed at a line with no label at all
    status_right: int = 0
    by_status: Counter[str] = field(default_factory=Counter)  # labelled status → found
    right_by_status: Counter[str] = field(default_factory=Counter)
    quote_right: int = 0  # done/slipped right, resting on the labelled report line
    settled: int = 0  # done/slipped right
    slipped: int = 0
    slipped_caught: int = 0
    not_done: int = 0
    false_done: int = 0
    done_on_non_promises: int = 0
    due_said: int = 0
    due_right: int = 0
    possible_labelled: int = 0
    possible_shown: int = 0
    traps: int = 0
    traps_settling: int = 0
    failures: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{a}/{b} = {100 * a / b:.0f}%" if b else f"{a}/0"

        st = ", ".join(f"{s} {self.right_by_status[s]}/{self.by_status[s]}" for s in ("done", "slipped", "open"))
        return [
            f"promises found {pct(self.found, self.labelled)} (owner wrong on {self.owner_wrong} more); "
            f"precision {pct(self.true, self.reported)} (repeats {self.repeats}, on labelled distractors "
            f"{self.on_distractors}, on unlabelled lines {self.unlabelled})",
            f"status right {pct(self.status_right, self.found)} ({st}); slipped caught "
            f"{pct(self.slipped_caught, self.slipped)}; false done {pct(self.false_done, self.not_done)} of promises "
            f"not done (and {self.done_on_non_promises} done on non-promises)",
            f"quote right {pct(self.quote_right, self.settled)} of statuses settled right; due found "
            f"{pct(self.due_right, self.due_said)} where one was said; possible update shown "
            f"{pct(self.possible_shown, self.possible_labelled)}; traps settling a promise "
            f"{pct(self.traps_settling, self.traps)}",
        ]


def score(name: str, module: ModuleType, book: list[Any], *, explain: bool = False) -> Score:
    """The book against the set's labels."""
    s = Score(name)
    meetings = {m["id"]: m for m in module.MEETINGS}
    text = {(m["id"], i): f"{ln[0]}: {ln[2]}" for m in module.MEETINGS for i, ln in enumerate(m["lines"])}
    labels = module.PROMISES
    where: dict[At, int] = {}
    for n, p in enumerate(labels):
        for at in [p["at"], *([p["asked_at"]] if p.get("asked_at") else []), *p.get("also", [])]:
            where.setdefault(tuple(at), n)
    distractors = {tuple(d["at"]) for d in getattr(module, "DISTRACTORS", [])}
    mine = [p for p in book if p.line.conversation_id in meetings]
    claimed: dict[int, Any] = {}
    for p in sorted(mine, key=lambda p: at_of(p.line)):
        s.reported += 1
        hit = sorted({where[a] for a in places(p) if a in where})
        if not hit:
            if places(p) & distractors:
                s.on_distractors += 1
            else:
                s.unlabelled += 1
            if p.status == "done":
                s.done_on_non_promises += 1
            if explain:
                s.failures.append(f"   not a promise ({p.owner}, {p.status}): {text[at_of(p.line)][:110]}")
            continue
        n = hit[0]
        if n in claimed or labels[n]["owner"] != p.owner:
            if labels[n]["owner"] != p.owner and n not in claimed:
                s.owner_wrong += 1
                if explain:
                    s.failures.append(f"   {labels[n]['id']} owner {p.owner}, not {labels[n]['owner']}: "
                                      f"{text[at_of(p.line)][:100]}")
            else:
                s.repeats += 1
                if explain:
                    s.failures.append(f"   {labels[n]['id']} listed again: {text[at_of(p.line)][:100]}")
            continue
        claimed[n] = p
        s.true += 1
    s.labelled = len(labels)
    for n, label in enumerate(labels):
        p = claimed.get(n)
        if p is None:
            if explain:
                s.failures.append(f"   {label['id']} missed: {text[tuple(label['at'])][:110]}")
            continue
        s.found += 1
        want, got = label["status"], p.status
        s.by_status[want] += 1
        ev = at_of(p.evidence) if getattr(p, "evidence", None) is not None else None
        if got == want:
            s.status_right += 1
            s.right_by_status[want] += 1
            if want != "open":
                s.settled += 1
                s.quote_right += ev == tuple(label["report"])
        elif explain:
            quote = text.get(ev, "") if ev else ""
            s.failures.append(f"   {label['id']} {want}, said {got} ({label['task'][:50]})"
                              + (f" on: {quote[:90]}" if quote else ""))
        if want == "slipped":
            s.slipped += 1
            s.slipped_caught += got == "slipped"
        if want != "done":
            s.not_done += 1
            s.false_done += got == "done"
        if label.get("due"):
            s.due_said += 1
            if label.get("due_date"):
                right = p.due_date is not None and p.due_date.isoformat() == label["due_date"]
            else:
                right = bool(p.due)
            s.due_right += right
            if not right and explain:
                s.failures.append(f"   {label['id']} due {label['due']!r} ({label['due_date']}), got "
                                  f"{p.due!r} ({p.due_date})")
        if label.get("possible"):
            s.possible_labelled += 1
            poss = getattr(p, "possible", None)
            s.possible_shown += poss is not None and at_of(poss) in {tuple(x) for x in label["possible"]}
    by_id = {label["id"]: claimed.get(n) for n, label in enumerate(labels)}
    for trap in getattr(module, "TRAPS", []):
        s.traps += 1
        p = by_id.get(trap["promise"])
        ev = getattr(p, "evidence", None) if p is not None else None
        if p is not None and p.status != "open" and ev is not None and at_of(ev) == tuple(trap["at"]):
            s.traps_settling += 1
            if explain:
                said = text[tuple(trap["at"])][:100]
                s.failures.append(f"   trap ({trap['kind']}) settled {trap['promise']}: {said}")
    return s
