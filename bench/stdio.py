"""Words-only search over stdio: ``search_meetings`` of a real ``convo-mcp`` process against a bare FTS5
server (one SDK tool, one SQLite FTS5 table, BM25 over the lines saying any of the words, the three
best lines of the eight meetings of the best lines: as many meetings and lines as ``search_meetings``
shows) on the same transcripts, queries interleaved so both meet the same machine load.

    .venv/bin/python bench/stdio.py [--sizes 1000 10000 --segments 150 --queries 60]

The meetings are bench/search.py's (a Zipf vocabulary, a sentence planted in one meeting in a hundred);
the queries two of a planted sentence's words. convo-mcp runs with vectors off (words only), its
index written beforehand (as the filler would), no request to Convo (its base URL answers nothing).
Printed per size: p50 and p95 of each, and the ratio of the p50s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import Corpus, meeting

from convo_mcp.account import Account
from convo_mcp.search.index import Index
from convo_mcp.state.sqlite.index import SQLiteStorage

KEY = "convo_bench_stdio_words"
BASE_URL = "http://127.0.0.1:9/api/v1"  # the discard port: any request would fail at once (none is sent)

BARE = '''
import sqlite3, sys
from mcp.server import MCPServer

db = sqlite3.connect(sys.argv[1], check_same_thread=False)
server = MCPServer("bare-fts5")


@server.tool()
def search(query: str) -> str:
    """Lines saying any of the words, best first (BM25), grouped by meeting: the eight meetings of the
    best lines, three lines each (what search_meetings answers for plain words, no more)."""
    expr = " OR ".join('"' + w.replace('"', "") + '"' for w in query.split())
    rows = db.execute("SELECT meeting, speaker, text, bm25(lines) AS s FROM lines WHERE lines MATCH ? "
                      "ORDER BY s LIMIT 500", (expr,)).fetchall()
    best, out = {}, []
    for meeting, speaker, text, score in rows:
        best.setdefault(meeting, []).append((speaker, text))
    for meeting, said in list(best.items())[:8]:
        out.append(meeting + ":\\n" + "\\n".join(f"  {s}: {t}" for s, t in said[:3]))
    return "\\n".join(out) or "No meeting matches."


server.run()
'''


def build(tmp: Path, count: int, segments: int) -> tuple[Path, Path, list[str]]:
    """The convo-mcp index (in its cache folder) and the bare FTS5 file, from the same transcripts."""
    corpus = Corpus()
    now = time.time()
    cache = tmp / "cache"
    index = Index.on(SQLiteStorage(Account.of(BASE_URL, KEY).index_file(cache)))
    bare_path = tmp / "bare.sqlite3"
    bare = sqlite3.connect(bare_path)
    bare.execute("CREATE VIRTUAL TABLE lines USING fts5 (meeting UNINDEXED, speaker UNINDEXED, text, "
                 "tokenize='porter unicode61 remove_diacritics 2')")
    plants: list[list[str]] = []
    docs = []
    for n in range(count):
        plant = corpus.planted() if n % 100 == 50 else None
        doc, _ = meeting(corpus, n, segments, now, plant)
        if plant:
            plants.append(plant)
        docs.append(doc)
        bare.executemany("INSERT INTO lines VALUES (?, ?, ?)",
                         [(doc.conversation_id, s["speaker"], s["text"]) for s in doc.payload["segments"]])
        if len(docs) == 100 or n == count - 1:
            index.add(docs)
            docs = []
    index.note_meetings([(m.id, m.title, m.start, m.minutes) for m in index.meetings()])  # a list has shown them
    index.close()
    bare.commit()
    bare.close()
    rng = random.Random(5)
    return cache, bare_path, [" ".join(rng.sample(p, 2)) for p in plants]


async def run(cache: Path, bare: Path, script: Path, queries: list[str],
              rounds: int) -> tuple[list[float], list[float]]:
    from mcp import Client, StdioServerParameters

    env = {**os.environ, "CONVO_API_KEY": KEY, "CONVO_BASE_URL": BASE_URL, "CONVO_MCP_CACHE_DIR": str(cache),
           "CONVO_MCP_SEARCH_VECTORS": "false", "CONVO_MCP_INDEX_BACKGROUND": "false",
           "CONVO_MCP_LOG_LEVEL": "error"}
    ours = StdioServerParameters(command=sys.executable, args=["-m", "convo_mcp"], env=env)
    theirs = StdioServerParameters(command=sys.executable, args=[str(script), str(bare)], env=dict(os.environ))
    mine: list[float] = []
    base: list[float] = []
    async with Client(ours) as a, Client(theirs) as b:
        for q in queries[:5]:  # warm both: imports, first reads, page cache
            await a.call_tool("search_meetings", {"query": q})
            await b.call_tool("search", {"query": q})
        for r in range(rounds):
            for i, q in enumerate(queries):
                pair = [("ours", a, "search_meetings"), ("bare", b, "search")]
                if (i + r) % 2:
                    pair.reverse()  # interleaved, each first half of the time
                for who, client, tool in pair:
                    started = time.perf_counter()
                    result = await client.call_tool(tool, {"query": q})
                    took = (time.perf_counter() - started) * 1000
                    assert not result.is_error, result.content
                    (mine if who == "ours" else base).append(took)
    return mine, base


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--segments", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp_:
            tmp = Path(tmp_)
            started = time.perf_counter()
            cache, bare, queries = build(tmp, size, args.segments)
            script = tmp / "bare_server.py"
            script.write_text(BARE)
            built = time.perf_counter() - started
            mine, base = asyncio.run(run(cache, bare, script, queries, args.rounds))
            print(f"== {size} meetings x {args.segments} segments (built in {built:.0f} s), {len(mine)} searches each")
            print(f"convo-mcp search_meetings: p50 {statistics.median(mine):.1f} ms, p95 {pct(mine, 0.95):.1f} ms")
            print(f"bare FTS5 one-tool server: p50 {statistics.median(base):.1f} ms, p95 {pct(base, 0.95):.1f} ms")
            print(f"ratio of the p50s: {statistics.median(mine) / statistics.median(base):.2f}x")


if __name__ == "__main__":
    main()
