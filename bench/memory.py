"""Memory of one replica serving many accounts of a shared PostgreSQL database, and the first search of
an account whose holdings the replica let go.

    .venv/bin/python bench/memory.py [--accounts 5 --meetings 1000 --segments 150]
                                     [--memory-mb default 100000 32 (bounds measured in turn)]
                                     [--url postgresql://… (a database built by an earlier run: kept)]
                                     [--trace] (the biggest holders by tracemalloc, slower)

Builds ``accounts`` accounts of ``meetings`` meetings in one database (bench/search.py's generated
meetings, every fifth line taken from the demo's English meetings so the commitments ledger has
promises to find), with vectors and the ledger's derived facts, as replicas would have left them.
Then a fresh process opens them one after another as a replica does (each account's index, indexer,
ledger and memory cache, built by the server's own wiring), searches each by words and by meaning
and reads its commitments, with the memory cache holding its transcripts as the background walker
leaves it. It prints the peak RSS (VmHWM), the RSS after each account, what the memory bound holds,
each account's first search, and the first search of the first account again once the others pushed
its holdings out.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "tests")]

WORDS_QUERY = "budget review"
MEANING_QUERY = "who will send the revised pricing to the customer"


def account_name(n: int) -> str:
    return f"bench-replica-{n:02d}"


def english_lines() -> list[str]:
    from datetime import UTC, datetime

    from convo_mcp.sandbox.dataset import demo_conversations

    return [s.text for c in demo_conversations(datetime(2025, 3, 3, tzinfo=UTC)) for s in c.segments]


def build(url: str, accounts: int, meetings: int, segments: int) -> None:
    """The accounts' indexes as replicas leave them: lines, vectors and derived facts (kept if there)."""
    from search import Corpus, meeting

    from convo_mcp.insights.ledger import CommitmentsDeriver
    from convo_mcp.search.index import Index
    from convo_mcp.search.meaning import shared_embedder
    from convo_mcp.state.postgres.database import Database
    from convo_mcp.state.postgres.index import PostgresStorage

    db, model, english = Database(url, max_size=4), shared_embedder(), english_lines()
    for a in range(accounts):
        index = Index.on(PostgresStorage(db, account_name(a)), model, derivers=[CommitmentsDeriver()])
        started = time.perf_counter()
        if len(index.known) < meetings:
            corpus, now, docs = Corpus(seed=100 + a), time.time(), []
            for n in range(len(index.known), meetings):
                doc, _ = meeting(corpus, n, segments, now, None)
                for i, seg in enumerate(doc.payload["segments"]):
                    if i % 5 == 0:
                        seg["text"] = english[(n * 31 + i) % len(english)]
                docs.append(doc)
                if len(docs) == 50:
                    index.add(docs)
                    docs = []
            index.add(docs)
        while index.embed_pending(20_000):
            pass
        while index.derive_pending(200):
            pass
        print(f"account {a}: {len(index.known)} meetings ready ({time.perf_counter() - started:.0f} s)", flush=True)
        index.close()
    db.close()


def _status() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024
    return out


async def serve(url: str, accounts: int, trace: bool) -> dict[str, Any]:
    """What one replica does: each account opened, searched by words and meaning, its commitments read."""
    import tracemalloc

    if trace:
        tracemalloc.start(8)
    import convo_mcp.server  # the server's modules, as when serving
    import convo_mcp.tools.search  # noqa: F401
    from convo_mcp.config import Settings
    from convo_mcp.search.query import parse_query
    from convo_mcp.search.storage import Filters
    from convo_mcp.state.base import Entry
    from convo_mcp.state.postgres.engine import PostgresEngine
    from convo_mcp.wiring import assemble
    from convo_mcp.zone import UTC_ZONE

    out: dict[str, Any] = {"start": _status(), "accounts": []}
    base = Settings(database_url=url)
    engine = PostgresEngine(url)
    services = []

    async def first_search(service: Any) -> dict[str, float]:
        times = {}
        for label, q in (("words", WORDS_QUERY), ("meaning", MEANING_QUERY)):
            started = time.perf_counter()
            page, _ = await service.index.search(parse_query(q), Filters())
            times[label] = time.perf_counter() - started
            assert page.meetings, f"nothing found for {q!r}"
        started = time.perf_counter()
        book = await service.ledger.book(UTC_ZONE)
        times["commitments"] = time.perf_counter() - started
        times["promises"] = len(book.promises)
        return times

    for a in range(accounts):  # each account's service as the replica builds it (App.service)
        settings = base.for_key(f"convo_bench_replica_{a:02d}", data_owner=account_name(a))
        service = assemble(settings, engine.account(settings, clock=time.time))
        services.append(service)
        times = await first_search(service)
        memory = service.cache.layers[0]
        for m in await service.index.meetings():  # what the walker fetched stays in the memory cache
            said = await service.index.said(m.id) or []
            wire = {"id": m.id, "segments": [{"speaker": who, "text": text, "timestamp": f"{stamp}"}
                                             for _, who, _, text, stamp in said]}
            await memory.set(f"transcript:{m.id}", Entry(json.dumps(wire).encode(), time.time(), None))
        out["accounts"].append({**times, **_status(), "held": _held()})
    out["again"] = {"held": services[0].index.index.share.size(), **await first_search(services[0])}
    out["end"] = {**_status(), "held": _held()}
    if trace:
        snapshot = tracemalloc.take_snapshot()
        out["top"] = [f"{s.size / 2**20:.1f} MiB {s.traceback.format()[-1].strip()} ({s.count} blocks)"
                      for s in snapshot.statistics("traceback")[:15]]
    for service in services:
        await service.aclose()
    return out


def _held() -> dict[str, int]:
    """What the process's memory bound holds, by kind (bytes)."""
    from convo_mcp.memory import BUDGET

    return BUDGET.by_kind()


def measure(url: str, accounts: int, memory_mb: int | None, trace: bool) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), "CONVO_MCP_LOG_LEVEL": "warning"}
    if memory_mb is not None:
        env["CONVO_MCP_MEMORY_MB"] = str(memory_mb)
    args = [sys.executable, str(Path(__file__).resolve()), "--serve", url, "--accounts", str(accounts)]
    done = subprocess.run([*args, *(["--trace"] if trace else [])], capture_output=True, text=True,
                          timeout=3600, env=env)
    if done.returncode != 0:
        raise SystemExit(f"the measured process failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(result: dict[str, Any], memory_mb: int | None) -> None:
    mib = lambda n: f"{n / 2**20:.0f}"  # noqa: E731
    bound = f"CONVO_MCP_MEMORY_MB={memory_mb}" if memory_mb is not None else "the default bound"
    print(f"== one replica serving {len(result['accounts'])} accounts ({bound}); at start RSS "
          f"{result['start']['VmRSS']:.0f} MiB")
    for n, a in enumerate(result["accounts"]):
        held = ", ".join(f"{k} {mib(v)}" for k, v in a["held"].items())
        print(f"account {n}: first search by words {1000 * a['words']:.0f} ms, by meaning {1000 * a['meaning']:.0f} "
              f"ms, commitments {1000 * a['commitments']:.0f} ms ({a['promises']} promises); RSS "
              f"{a['VmRSS']:.0f} MiB, peak {a['VmHWM']:.0f} MiB; bound holds MiB: {held}")
    again, end = result["again"], result["end"]
    state = "its holdings let go meanwhile" if not again["held"] else f"still holding {mib(again['held'])} MiB"
    print(f"account 0 again ({state}): by words {1000 * again['words']:.0f} ms, by meaning "
          f"{1000 * again['meaning']:.0f} ms, commitments {1000 * again['commitments']:.0f} ms")
    print(f"peak RSS {end['VmHWM']:.0f} MiB; at the end {end['VmRSS']:.0f} MiB, bound holds MiB: "
          + ", ".join(f"{k} {mib(v)}" for k, v in end["held"].items()))
    for line in result.get("top", []):
        print("  ", line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=5)
    ap.add_argument("--meetings", type=int, default=1000)
    ap.add_argument("--segments", type=int, default=150)
    ap.add_argument("--memory-mb", default=["default"], nargs="*",
                    help="bounds to measure, MiB each ('default': CONVO_MCP_MEMORY_MB unset)")
    ap.add_argument("--url", default=None)
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--serve", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    from convo_mcp.log import configure_logging

    configure_logging("warning")
    if args.serve:
        print(json.dumps(asyncio.run(serve(args.serve, args.accounts, args.trace))))
        return
    bounds = [None if b == "default" else int(b) for b in args.memory_mb]
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if args.url is None:
            from pgserver import start_postgres

            server = start_postgres(Path(tmp) / "pg")
        url = args.url or server.url  # type: ignore[union-attr]
        try:
            build(url, args.accounts, args.meetings, args.segments)
            for bound in bounds:
                report(measure(url, args.accounts, bound, args.trace), bound)
        finally:
            if server is not None:
                server.stop()


if __name__ == "__main__":
    main()
