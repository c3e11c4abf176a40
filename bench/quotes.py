"""Score ``verify_quotes`` on quote probes: true quotes must be verified, misquotes flagged with the
right verdict.

Probes come from whole meetings: half A (tuned on) from bench/sets/search_a.py, commitments_a.py and
the sandbox's demo meetings; half B (reported) from search_b.py and commitments_b.py, both made by
bench/quote_probes.py and written by hand (bench/sets/quotes_b.py, by someone who never read the
checker). Printed per half: accepted/flagged by kind, the confusion between verdicts, and the three
figures the checker is held to (true verified, misquotes flagged, misquotes given the right verdict).
``--stdio`` also times ``verify_quotes`` of 10 quotes through a real ``convo-mcp`` over stdio on an
indexed account (p50/p95, requests and AI generations spent).

    .venv/bin/python bench/quotes.py [--half a|b|both] [--stdio] [-v]

``-v`` prints the probes of half A given a wrong verdict (never read half B's).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "sets"))

import quote_probes

from convo_mcp.insights.quotes import Claim, Meeting, Said, said_lines
from convo_mcp.render import parse_offset

VERDICTS = ("verified", "misattributed", "wrong_time", "altered", "not_found")


def sandbox_meetings() -> list[dict[str, Any]]:
    from convo_mcp.sandbox.dataset import demo_conversations

    out = []
    for c in demo_conversations(datetime(2026, 11, 20, tzinfo=UTC)):
        first = c.segments[0].at if c.segments else c.start
        out.append({"id": c.id, "title": c.title, "start": c.start.isoformat(),
                    "lines": [(s.speaker, (s.at - first).total_seconds(), s.text) for s in c.segments]})
    return out


def half(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The meetings and probes of a half."""
    import importlib

    if name == "a":
        meetings = [*importlib.import_module("search_a").MEETINGS, *importlib.import_module("commitments_a").MEETINGS,
                    *sandbox_meetings()]
        return meetings, quote_probes.probes(meetings, seed=11)
    meetings = [*importlib.import_module("search_b").MEETINGS, *importlib.import_module("commitments_b").MEETINGS]
    made = quote_probes.probes(meetings, seed=29)
    try:
        written = importlib.import_module("quotes_b").PROBES
    except ModuleNotFoundError:
        written = []
    return meetings, made + [{**p, "written": True} for p in written]


def checkers(meetings: list[dict[str, Any]]) -> dict[str, Meeting]:
    out = {}
    for m in meetings:
        rows: list[tuple[int, str | None, float | None, str, float | None]] = [
            (i, who, float(at), text, None) for i, (who, at, text) in enumerate(m["lines"])]
        out[m["id"]] = Meeting.of(said_lines(rows))
    return out


def claim(p: dict[str, Any]) -> Claim:
    return Claim(p["text"], p.get("speaker"), parse_offset(p["time"]) if p.get("time") else None)


def score(name: str, verbose: bool) -> None:
    meetings, probes = half(name)
    books = checkers(meetings)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    took: list[float] = []
    for p in probes:
        started = time.perf_counter()
        got = books[p["meeting"]].check(claim(p)).verdict
        took.append((time.perf_counter() - started) * 1000)
        by_kind[("written " if p.get("written") else "") + p["kind"]][got] += 1
        confusion[p["expect"]][got] += 1
        if verbose and name == "a" and got != p["expect"]:
            print(f"  MISS {p['kind']}: expected {p['expect']}, got {got}: {p['text']!r} ({p['meeting']})")
    true = [p for p in probes if p["expect"] == "verified"]
    false = [p for p in probes if p["expect"] != "verified"]
    print(f"half {name.upper()}: {len(probes)} probes ({len(true)} true, {len(false)} misquotes; "
          f"{sum(1 for p in probes if p.get('written'))} written by hand) in {len(meetings)} meetings")
    print(f"  {'kind':28} {'n':>4} {'verified':>9} {'flagged':>8}  verdicts")
    for kind in sorted(by_kind):
        c = by_kind[kind]
        n = sum(c.values())
        print(f"  {kind:28} {n:>4} {c['verified']:>9} {n - c['verified']:>8}  "
              + ", ".join(f"{v} {c[v]}" for v in VERDICTS if c[v]))
    print("  confusion (expected → given): " + "; ".join(
        f"{e}: " + ", ".join(f"{v} {confusion[e][v]}" for v in VERDICTS if confusion[e][v]) for e in VERDICTS
        if confusion[e]))
    ok_true = sum(confusion["verified"]["verified"] for _ in [0])
    flagged = sum(sum(confusion[e].values()) - confusion[e]["verified"] for e in VERDICTS if e != "verified")
    right = sum(confusion[e][e] for e in VERDICTS if e != "verified")
    print(f"  true quotes verified: {ok_true}/{len(true)} = {100 * ok_true / max(1, len(true)):.1f}% (target ≥ 99%)")
    print(f"  misquotes flagged: {flagged}/{len(false)} = {100 * flagged / max(1, len(false)):.1f}% (target ≥ 98%)")
    print(f"  misquotes with the right verdict: {right}/{len(false)} = {100 * right / max(1, len(false)):.1f}% "
          "(target ≥ 90%)")
    print(f"  check, in process: p50 {statistics.median(took):.2f} ms per quote")


async def stdio(rounds: int = 30) -> None:
    """verify_quotes of 10 quotes over stdio on an indexed account: p50/p95, requests, generations."""
    import os
    import tempfile

    import ledger_eval
    from mcp import Client, StdioServerParameters

    from convo_mcp.account import Account
    from convo_mcp.search.index import Index
    from convo_mcp.state.sqlite.index import SQLiteStorage

    key, base = "convo_bench_quotes", "http://127.0.0.1:9/api/v1"  # the discard port: no request can succeed
    meetings, probes = half("b")
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        index = Index.on(SQLiteStorage(Account.of(base, key).index_file(cache)))
        docs = ledger_eval.documents(meetings) + ledger_eval.generated(1000, datetime(2026, 1, 5).date(), 300)
        for n in range(0, len(docs), 200):
            index.add(docs[n:n + 200])
        index.note_meetings([(m.id, m.title, m.start, m.minutes) for m in index.meetings()])
        index.close()
        env = {**os.environ, "CONVO_API_KEY": key, "CONVO_BASE_URL": base, "CONVO_MCP_CACHE_DIR": str(cache),
               "CONVO_MCP_SEARCH_VECTORS": "false", "CONVO_MCP_INDEX_BACKGROUND": "false",
               "CONVO_MCP_LOG_LEVEL": "error"}
        server = StdioServerParameters(command=sys.executable, args=["-m", "convo_mcp"], env=env)
        took: list[float] = []
        spent = generations = 0
        async with Client(server) as client:
            for r in range(rounds + 2):
                batch = [{"conversation_id": p["meeting"], "text": p["text"],
                          **({"speaker": p["speaker"]} if p.get("speaker") else {}),
                          **({"time": p["time"]} if p.get("time") else {})}
                         for p in probes[(r * 10) % (len(probes) - 10):][:10]]
                started = time.perf_counter()
                result = await client.call_tool("verify_quotes", {"quotes": batch})
                ms = (time.perf_counter() - started) * 1000
                assert not result.is_error, result.content
                out = result.structured_content or {}
                if r >= 2:  # the first two warm the server (imports, first reads)
                    took.append(ms)
                    spent += out.get("requests_made", 0)
                    generations += out.get("ai_generations", 0)
        took.sort()
        print(f"stdio, 10 quotes per call, {rounds} calls on 1,000+ indexed meetings: "
              f"p50 {statistics.median(took):.1f} ms, p95 {took[int(0.95 * (len(took) - 1))]:.1f} ms; "
              f"requests {spent}; AI generations {generations}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("a", "b", "both"), default="both")
    ap.add_argument("--stdio", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    for name in ("a", "b") if args.half == "both" else (args.half,):
        score(name, args.v)
    if args.stdio:
        asyncio.run(stdio())


__all__ = ["Said"]

if __name__ == "__main__":
    main()
