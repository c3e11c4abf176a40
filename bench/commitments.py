"""Score the commitments ledger on its evaluation sets, hand-written whole meetings (bench/sets/):

- ``commitments_a`` (Larkspur Logistics), ``commitments_c`` (Halloway & Brandt) and ``commitments_d``
  (Ferncliff Studio): the sets the rules were tuned on (``-v`` shows their failures);
- ``commitments_b`` (Thornbury Health): the half reported, never read while tuning (totals only);
- the older, shorter sets of bench/commitments_set.py (one promise line among distractors, a report a
  week later), built into meetings the same way.

Each set runs alone and hidden among generated meetings (``--among``), through the server's own path
(index, deriver, book). Printed: promises found, precision (against every line, labelled or not),
status right, slipped caught, false "done", quote right, due found, possible updates shown, traps;
then the ledger's CPU over 1,000 generated meetings and a real ``convo-mcp`` process over stdio.

    .venv/bin/python bench/commitments.py [-v] [--among 1000] [--sets a b old] [--no-scale]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ledger_eval
from commitments_set import DISTRACTORS, HELDOUT, HELDOUT2, HELDOUT2_DISTRACTORS, HELDOUT_DISTRACTORS, PROMISES, TAKERS

START = date(2026, 10, 5)  # a Monday
WEEKS = 8

Older = tuple[str, str, str, str, tuple[str, str] | None]


def older(promises: list[Older], distractors: list[tuple[str, str]]) -> SimpleNamespace:
    """An older set as meetings: each of eight weekly meetings mixes promises with lines that are not
    promises; a meeting a week later carries the reports (done, slipping) among other lines."""
    lines: list[list[tuple[str, str]]] = [[] for _ in range(WEEKS * 2)]
    labels: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    for n, (speaker, text, owner, status, later) in enumerate(promises):
        m = n % WEEKS
        lines[m].append((speaker, text))
        if text in TAKERS:
            lines[m].append(TAKERS[text])
        at = (f"o{m:02d}", len(lines[m]) - 1)
        d = distractors[n % len(distractors)]
        others.append({"at": (f"o{m:02d}", len(lines[m])), "kind": "older", "note": ""})
        lines[m].append(d)
        report = None
        if later is not None:
            f = WEEKS + m
            report = (f"o{f:02d}", len(lines[f]))
            lines[f].append(later)
            e = distractors[(n * 7 + 3) % len(distractors)]
            others.append({"at": (f"o{f:02d}", len(lines[f])), "kind": "older", "note": ""})
            lines[f].append(e)
        labels.append({"id": f"o-p{n:02d}", "at": at, "asked_at": None, "also": [], "owner": owner, "task": text,
                       "due": None, "due_date": None, "status": status, "report": report, "possible": []})
    meetings = [{"id": f"o{m:02d}", "title": f"Weekly {m}",
                 "start": f"{START + timedelta(days=7 * (m % WEEKS) + 7 * (m // WEEKS))}T10:00:00Z",
                 "lines": [(s, 20 * i, t) for i, (s, t) in enumerate(said)]} for m, said in enumerate(lines)]
    return SimpleNamespace(MEETINGS=meetings, PROMISES=labels, DISTRACTORS=others, TRAPS=[])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", action="store_true", help="the tuning half's failures (never the reported half's)")
    parser.add_argument("--among", type=int, nargs="*", default=[0, 1000])
    parser.add_argument("--sets", nargs="*", default=["a", "c", "d", "b", "old"])
    parser.add_argument("--no-scale", action="store_true")
    args = parser.parse_args()
    sets: list[tuple[str, Any, bool]] = []
    if "a" in args.sets:
        sets.append(("set A (commitments_a: tuned on)", ledger_eval.load("commitments_a"), True))
    if "c" in args.sets:
        sets.append(("set C (commitments_c: tuned on)", ledger_eval.load("commitments_c"), True))
    if "d" in args.sets:
        sets.append(("set D (commitments_d: tuned on)", ledger_eval.load("commitments_d"), True))
    if "b" in args.sets:
        sets.append(("set B (commitments_b: reported, never read)", ledger_eval.load("commitments_b"), False))
    if "old" in args.sets:
        sets.append(("older set (tuned on)", older(PROMISES, DISTRACTORS), True))
        sets.append(("older held-out sets", older(HELDOUT + HELDOUT2, HELDOUT_DISTRACTORS + HELDOUT2_DISTRACTORS),
                     True))
    cpu = lines = 0.0
    for name, module, tunable in sets:
        for among in args.among:
            result = ledger_eval.run(module.MEETINGS, among)
            s = ledger_eval.score(name, module, result.promises, explain=args.v and tunable and not among)
            where = f" among {among} generated meetings" if among else ""
            print(f"== {name}{where}: {len(module.MEETINGS)} meetings, {len(module.PROMISES)} promises, "
                  f"{len(getattr(module, 'DISTRACTORS', []))} distractors, {len(getattr(module, 'TRAPS', []))} traps")
            for line in s.lines():
                print("  " + line)
            for line in s.failures:
                print(line)
            cpu += result.cpu
            lines += result.lines
    if lines:
        print(f"CPU (derive every meeting, assemble the book): {cpu:.2f} s for {lines:.0f} lines "
              f"({1e6 * cpu / lines:.0f} µs a line)")
    if not args.no_scale:
        at_scale()
        over_stdio()


def at_scale(meetings: int = 1000) -> None:
    """The ledger over ``meetings`` generated meetings (the sandbox's speech): every meeting derived and
    the book assembled, as the server does it (in a worker thread there, never on the event loop)."""
    docs = ledger_eval.generated(meetings, START, 120)
    started = time.process_time()
    result = ledger_eval.run_documents(docs)
    print(f"at scale: {meetings} meetings, {result.lines} lines, {len(result.promises)} promises: derived and "
          f"assembled in {result.cpu:.1f} CPU-s ({time.process_time() - started:.1f} CPU-s with writing the index)")


def over_stdio(meetings: int = 1000, calls: int = 40) -> None:
    """track_commitments through a real ``convo-mcp`` process over stdio, on an index of ``meetings``
    sandbox meetings (written beforehand, as the filler would): p50 of ``calls`` answers, the first
    (which builds the ledger) apart, and the upstream requests they made (the sandbox counts them)."""
    import asyncio
    import os
    import statistics
    import tempfile

    from mcp import Client, StdioServerParameters

    from convo_mcp.account import Account
    from convo_mcp.convo.models import Conversation, Transcript
    from convo_mcp.sandbox import SandboxState, running_sandbox
    from convo_mcp.search.document import Document
    from convo_mcp.search.index import Index
    from convo_mcp.state.sqlite.index import SQLiteStorage

    state = SandboxState.demo()
    key = state.add_account("enterprise", "convo_bench_stdio_ledger", conversations=meetings)
    with tempfile.TemporaryDirectory() as tmp, running_sandbox(state) as base_url:
        cache = Path(tmp)
        index = Index.on(SQLiteStorage(Account.of(base_url, key).index_file(cache)))
        convs = list(state.account(key).conversations.values())
        docs = [Document.of_transcript(
            Transcript.model_validate({"id": c.id, "segments": [
                {"text": s.text, "speaker": s.speaker, "timestamp": s.at.isoformat()} for s in c.segments]}),
            Conversation(id=c.id, title=c.title, start_time=c.start, duration=len(c.segments) / 4))
            for c in convs]
        for n in range(0, len(docs), 100):
            index.add(docs[n:n + 100])
        index.close()
        env = {**os.environ, "CONVO_API_KEY": key, "CONVO_BASE_URL": base_url, "CONVO_MCP_CACHE_DIR": tmp,
               "CONVO_MCP_INDEX_BACKGROUND": "false", "CONVO_MCP_LOG_LEVEL": "error"}
        params = StdioServerParameters(command=sys.executable, args=["-m", "convo_mcp"], env=env)

        async def run() -> tuple[float, list[float], int]:
            async with Client(params) as client:
                before = state.stats.requests(key=key)
                started = time.perf_counter()
                first = await client.call_tool("track_commitments", {"since": "2015-01-01", "max_results": 20})
                cold = time.perf_counter() - started
                assert not first.is_error, first.content
                times = []
                for n in range(calls):
                    started = time.perf_counter()
                    await client.call_tool("track_commitments", {"since": "2015-01-01", "max_results": 20,
                                                                 "offset": 20 * (n % 5)})
                    times.append(time.perf_counter() - started)
                return cold, times, state.stats.requests(key=key) - before

        cold, times, made = asyncio.run(run())
    print(f"over stdio, {meetings} indexed meetings: first call (builds the ledger) {cold * 1000:.0f} ms; "
          f"then p50 {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms over {calls} calls; "
          f"{made} upstream requests, {state.stats.credits_spent(key)} AI generations")


if __name__ == "__main__":
    main()
