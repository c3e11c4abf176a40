"""The commitments ledger as a person meets it over stdio: a real ``convo-mcp`` process on an index of
1,000 meetings of the demo's length (the demo account's meetings again and again, a day apart; written
beforehand as the filler would, what the rules find in each derived and kept beside its lines).

    .venv/bin/python bench/ledger.py [--meetings 1000]

Printed: the first ``track_commitments`` of a new process (it reads the kept facts; nothing is derived
again), a ``search_meetings`` sent while that first call runs against the first search of another new
process alone, then the same while the rules changed (every meeting derived again in the background),
the calls after, the upstream requests and AI generations (the sandbox counts them), and the CPU the
rules took to derive the meetings.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from convo_mcp.account import Account
from convo_mcp.convo.models import Conversation, Transcript
from convo_mcp.insights import ledger
from convo_mcp.sandbox import SandboxState, running_sandbox
from convo_mcp.search.document import Document
from convo_mcp.search.index import Index
from convo_mcp.state.sqlite.index import SQLiteStorage

KEY = "convo_bench_ledger"


def build(state: SandboxState, base_url: str, cache: Path, version: str, meetings: int) -> tuple[float, int]:
    """The index of ``meetings`` meetings, their facts derived by rules ``version``; the CPU seconds the
    rules took, and the lines."""
    deriver = ledger.CommitmentsDeriver()
    deriver.version = version
    index = Index.on(SQLiteStorage(Account.of(base_url, KEY).index_file(cache)), derivers=[deriver])
    demo = sorted(state.account(KEY).conversations.values(), key=lambda c: c.start)
    docs = []
    for n in range(meetings):
        c = demo[n % len(demo)]
        cid, start = f"sess_b{n:07x}", c.start - timedelta(days=n // len(demo))
        docs.append(Document.of_transcript(
            Transcript.model_validate({"id": cid, "segments": [
                {"text": s.text, "speaker": s.speaker, "timestamp": (s.at - (c.start - start)).isoformat()}
                for s in c.segments]}),
            Conversation(id=cid, title=c.title, start_time=start, duration=len(c.segments) / 4)))
    for n in range(0, len(docs), 100):
        index.add(docs[n:n + 100])
    index.note_meetings([(d.conversation_id, d.title, d.start, d.minutes) for d in docs])
    started = time.process_time()
    while index.derive_pending(500):
        pass
    cpu = time.process_time() - started
    index.close()
    return cpu, sum(len(d.payload["segments"]) for d in docs)


async def timed(client: Any, tool: str, args: dict[str, Any]) -> float:
    started = time.perf_counter()
    result = await client.call_tool(tool, args)
    assert not result.is_error, result.content
    return (time.perf_counter() - started) * 1000


async def session(env: dict[str, str], *, with_search: bool) -> tuple[float, float | None, list[float]]:
    """A new process: its first track_commitments (and a search sent 20 ms into it), then 20 more calls."""
    from mcp import Client, StdioServerParameters

    params = StdioServerParameters(command=sys.executable, args=["-m", "convo_mcp"], env=env)
    async with Client(params) as client:
        await client.list_tools()
        ledger_call = asyncio.create_task(timed(client, "track_commitments", {"since": "2015-01-01"}))
        search = None
        if with_search:
            await asyncio.sleep(0.02)
            search = await timed(client, "search_meetings", {"query": "renewal pricing"})
        first = await ledger_call
        after = [await timed(client, "track_commitments", {"since": "2015-01-01", "offset": 20 * (n % 5)})
                 for n in range(20)]
    return first, search, after


async def alone(env: dict[str, str]) -> float:
    """The first search of a new process, nothing else running."""
    from mcp import Client, StdioServerParameters

    params = StdioServerParameters(command=sys.executable, args=["-m", "convo_mcp"], env=env)
    async with Client(params) as client:
        await client.list_tools()
        return await timed(client, "search_meetings", {"query": "renewal pricing"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=1000)
    args = parser.parse_args()
    state = SandboxState.demo()
    state.add_account("enterprise", KEY, conversations="demo")
    with tempfile.TemporaryDirectory() as tmp, running_sandbox(state) as base_url:
        cache = Path(tmp)
        cpu, lines = build(state, base_url, cache, ledger.RULES, args.meetings)
        env = {**os.environ, "CONVO_API_KEY": KEY, "CONVO_BASE_URL": base_url, "CONVO_MCP_CACHE_DIR": tmp,
               "CONVO_MCP_INDEX_BACKGROUND": "false", "CONVO_MCP_SEARCH_VECTORS": "false",
               "CONVO_MCP_LOG_LEVEL": "error"}
        print(f"== {args.meetings} indexed meetings, {lines} lines; the rules derived them in {cpu:.1f} CPU-s "
              f"({1e6 * cpu / lines:.0f} µs a line)")
        before = state.stats.total_requests
        searches_alone = [asyncio.run(alone(env)) for _ in range(3)]
        first, during, after = asyncio.run(session(env, with_search=True))
        base = statistics.median(searches_alone)
        print(f"first track_commitments of a new process: {first:.0f} ms; then p50 {statistics.median(after):.1f} ms "
              f"over {len(after)} calls")
        assert during is not None
        print(f"a search sent while it runs: {during:.0f} ms; the first search of a new process alone: "
              f"{base:.0f} ms (median of 3) = {during / base:.2f}x")
        # the rules changed: every meeting's facts are stale and derived again in the background
        older = Path(tempfile.mkdtemp(dir=tmp))
        build(state, base_url, older, "commitments/old", args.meetings)
        stale = {**env, "CONVO_MCP_CACHE_DIR": str(older)}
        first, during, after = asyncio.run(session(stale, with_search=True))
        assert during is not None
        print(f"with new rules (every meeting derived again in the background): first track_commitments {first:.0f} ms "
              f"(partial, it says so); a search sent meanwhile {during:.0f} ms = {during / base:.2f}x alone")
        print(f"{state.stats.total_requests - before} upstream requests, {state.stats.credits_spent()} AI generations")


if __name__ == "__main__":
    main()
