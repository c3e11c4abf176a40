"""Score the commitments ledger on its own evaluation set (bench/commitments_set.py).

Meetings are built from the set: each of eight weekly meetings mixes promises with lines that are
not promises; a meeting a week later carries the follow-up reports (done, slipping) among other
lines. Printed per half (even entries, the half the rules were tuned on, and odd entries, reported):
promises found (recall), precision, status right, false "done", and the CPU time per meeting.

    .venv/bin/python bench/commitments.py
"""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from commitments_set import DISTRACTORS, HELDOUT, HELDOUT2, HELDOUT2_DISTRACTORS, HELDOUT_DISTRACTORS, PROMISES, TAKERS

from convo_mcp.insights.commitments import Line, Promise, find_promises
from convo_mcp.insights.followup import follow

PEOPLE = sorted({s for s, *_ in PROMISES} | {o for _, _, o, _, _ in PROMISES})
START = date(2026, 10, 5)  # a Monday
MEETINGS = 8


def build(promises: list[tuple[str, str, str, str, tuple[str, str] | None]] = PROMISES,
          distractors: list[tuple[str, str]] = DISTRACTORS) -> tuple[list[list[Line]], dict[tuple[str, int], int]]:
    """The meetings' lines, and which planted promise each promise line is (meeting id, segment)."""
    meetings: list[list[Line]] = [[] for _ in range(MEETINGS * 2)]
    planted: dict[tuple[str, int], int] = {}
    for n, (speaker, text, _owner, _status, later) in enumerate(promises):
        m = n % MEETINGS
        lines = meetings[m]
        cid = f"m{m:02d}"
        day = START + timedelta(days=7 * m)
        lines.append(Line(cid, day, len(lines), speaker, text))
        if text in TAKERS:
            taker, answer = TAKERS[text]
            lines.append(Line(cid, day, len(lines), taker, answer))
        planted[(cid, len(lines) - 1)] = n
        d = distractors[n % len(distractors)]
        lines.append(Line(cid, day, len(lines), d[0], d[1]))
        if later is not None:  # reported on a week later, in the follow-up meeting
            f = MEETINGS + m
            fid, fday = f"m{f:02d}", day + timedelta(days=7)
            meetings[f].append(Line(fid, fday, len(meetings[f]), later[0], later[1]))
            e = distractors[(n * 7 + 3) % len(distractors)]
            meetings[f].append(Line(fid, fday, len(meetings[f]), e[0], e[1]))
    return meetings, planted


def score(name: str, promises: list[tuple[str, str, str, str, tuple[str, str] | None]],
          distractors: list[tuple[str, str]], halves: tuple[tuple[str, int | None], ...]) -> tuple[float, int]:
    meetings, planted = build(promises, distractors)
    started = time.process_time()
    found: list[Promise] = []
    for lines in meetings:
        found += find_promises(lines, PEOPLE)
    ledger = follow(found, [ln for lines in meetings for ln in lines])
    cpu = time.process_time() - started
    by_line = {(p.line.conversation_id, p.line.segment_index): p for p in ledger}
    print(f"== {name}: {len(promises)} promises planted, {len(distractors)} distractor lines, {len(meetings)} meetings")
    for label, half in halves:
        mine = {k: n for k, n in planted.items() if half is None or n % 2 == half}
        hits = {k: by_line[k] for k in mine if k in by_line and by_line[k].owner == promises[mine[k]][2]}
        reported = [p for p in ledger if half is None or planted.get(
            (p.line.conversation_id, p.line.segment_index), half) % 2 == half]
        true = sum(1 for p in reported if (p.line.conversation_id, p.line.segment_index) in planted)
        right = sum(1 for k, p in hits.items() if p.status == promises[mine[k]][3])
        not_done = [k for k in mine if promises[mine[k]][3] != "done"]
        false_done = sum(1 for k in not_done if k in hits and hits[k].status == "done")
        print(f"{label}: promises found {len(hits)}/{len(mine)} = {100 * len(hits) / len(mine):.0f}%; "
              f"precision {true}/{len(reported)} = {100 * true / max(1, len(reported)):.0f}%; "
              f"status right {right}/{len(mine)} = {100 * right / len(mine):.0f}%; "
              f"false done {false_done}/{len(not_done)} = {100 * false_done / max(1, len(not_done)):.0f}%")
        if "-v" in sys.argv:
            for k, n in sorted(mine.items(), key=lambda kv: kv[1]):
                p = by_line.get(k)
                want = promises[n]
                if p is None or p.owner != want[2] or p.status != want[3]:
                    got = f"{p.owner}/{p.status}{' unsure' if p.unsure else ''}" if p else "missed"
                    print(f"   #{n} want {want[2]}/{want[3]} got {got}: {want[1][:70]}")
            for p in reported:
                if (p.line.conversation_id, p.line.segment_index) not in planted:
                    print(f"   not a promise: {p.owner}: {p.line.text[:70]}")
    return cpu, sum(len(m) for m in meetings)


def main() -> None:
    cpu, lines = score("the tuned set", PROMISES, DISTRACTORS,
                       (("even half", 0), ("odd half (its first failures were looked at too)", 1)))
    more, more_lines = score("first held-out set (its misses were then looked at)", HELDOUT, HELDOUT_DISTRACTORS,
                             (("all", None),))
    cpu, lines = cpu + more, lines + more_lines
    more, more_lines = score("second held-out set (scored as written, after the rework)", HELDOUT2,
                             HELDOUT2_DISTRACTORS, (("all", None),))
    cpu, lines = cpu + more, lines + more_lines
    print(f"CPU: {cpu * 1000:.1f} ms for {lines} lines ({1e6 * cpu / max(1, lines):.0f} µs a line)")




def at_scale(meetings: int = 1000) -> None:
    """The ledger over ``meetings`` generated meetings (the sandbox's speech, ~2 promises a meeting)."""
    from convo_mcp.sandbox import SandboxState

    state = SandboxState.demo()
    key = state.add_account("enterprise", "convo_bench_ledger", conversations=meetings)
    every: list[Line] = []
    per: list[list[Line]] = []
    for conv in sorted(state.account(key).conversations.values(), key=lambda c: c.start):
        lines = [Line(conv.id, conv.start.date(), i, s.speaker, s.text) for i, s in enumerate(conv.segments)]
        per.append(lines)
        every += lines
    started = time.process_time()
    found: list[Promise] = []
    for lines in per:
        found += find_promises(lines)
    ledger = follow(found, every)
    cpu = time.process_time() - started
    print(f"at scale: {len(per)} meetings, {len(every)} lines, {len(ledger)} promises: ledger built in "
          f"{cpu:.1f} CPU-s")


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
    at_scale()
    over_stdio()
