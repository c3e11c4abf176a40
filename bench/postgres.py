"""The search index in PostgreSQL, against the SQLite file: indexing rate, latency, recall, two
replicas, memory across many accounts, and paraphrase recall.

    .venv/bin/python bench/postgres.py [--accounts 10 --meetings 1000 --segments 200] [--only memory]

Starts a PostgreSQL cluster of its own (as the tests do: tests/pgserver.py; the server binaries from
Debian's ``postgresql`` package). Meetings are bench/search.py's generated ones (a Zipf vocabulary,
one sentence planted in every hundredth meeting). "Replica B" is a second index object over the same
database that has never written: its searches are timed and its writes counted (none).
"""

from __future__ import annotations

import argparse
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

from pgserver import start_postgres  # noqa: E402
from search import Corpus, meeting, pct, queries, timed  # noqa: E402

from convo_mcp.search.index import Index  # noqa: E402
from convo_mcp.search.query import parse_query  # noqa: E402
from convo_mcp.state.postgres.database import Database  # noqa: E402
from convo_mcp.state.postgres.index import PostgresStorage  # noqa: E402
from convo_mcp.state.sqlite.index import SQLiteStorage  # noqa: E402


def fill(index: Any, count: int, segments: int, *, seed: int, planted_every: int = 100) -> dict[str, Any]:
    corpus = Corpus(seed=seed)
    now = time.time()
    plants: dict[str, list[str]] = {}
    docs, took = [], 0.0
    for n in range(count):
        plant = corpus.planted() if n % planted_every == planted_every // 2 else None
        doc, _ = meeting(corpus, n, segments, now, plant)
        if plant:
            plants[doc.conversation_id] = plant
        docs.append(doc)
        if len(docs) == 50 or n == count - 1:
            started = time.perf_counter()
            index.add(docs)
            took += time.perf_counter() - started
            docs = []
    return {"plants": plants, "words": corpus.words, "seconds": took, "rate": count / took}


def embed_all(index: Any) -> tuple[int, float]:
    started, lines = time.perf_counter(), 0
    while step := index.embed_pending(20_000):
        lines += step
    return lines, time.perf_counter() - started


def recall_exact(index: Any, info: dict[str, Any]) -> float:
    import random

    rng = random.Random(11)
    hits = 0
    for cid, plant in info["plants"].items():
        a, b = rng.sample(plant, 2)
        page = index.search(parse_query(f"{a} {b}"), limit=5, per_meeting=1)
        hits += any(m.meeting.id == cid for m in page.meetings)
    return hits / max(1, len(info["plants"]))


def rates(db: Database, tmp: Path, segments: int) -> None:
    """Indexing 200 meetings into each, words only and with vectors."""
    from convo_mcp.search.meaning import shared_embedder

    model = shared_embedder()
    print("== indexing rate (200 meetings x", segments, "segments)")
    for label, meaning in (("words only", None), ("with vectors", model)):
        lite = Index.on(SQLiteStorage(tmp / f"rate-{label[0]}.sqlite3"), meaning)
        pg = Index.on(PostgresStorage(db, f"bench-rate-{label[0]}"), meaning)
        figures = []
        for index in (lite, pg):
            info = fill(index, 200, segments, seed=5)
            lines, embed_s = embed_all(index) if meaning else (0, 0.0)
            figures.append((info["seconds"] + embed_s, 200 / (info["seconds"] + embed_s), lines))
        (ls, lr, _), (ps, pr, lines) = figures
        print(f"{label}: SQLite {lr:.0f} transcripts/s ({ls:.1f} s), PostgreSQL {pr:.0f} transcripts/s ({ps:.1f} s)"
              f" = {pr / lr:.2f}x of SQLite" + (f"; {lines} lines given vectors" if meaning else ""))
        lite.close()


def big(db: Database, accounts: int, meetings: int, segments: int) -> None:
    print(f"== {accounts} accounts x {meetings} meetings x {segments} segments in one database")
    infos, total_s = [], 0.0
    for a in range(accounts):
        index = Index.on(PostgresStorage(db, f"bench-account-{a:02d}"))
        info = fill(index, meetings, segments, seed=100 + a)
        infos.append((f"bench-account-{a:02d}", info))
        total_s += info["seconds"]
        index.close()
    with db.connection() as conn:
        lines = conn.execute("SELECT count(*) FROM search_lines").fetchone()
        size = conn.execute("SELECT pg_database_size(current_database())").fetchone()
        conn.execute("ANALYZE")  # as autovacuum does after a bulk load
    gib = int(size[0]) / 2**30 if size else 0.0
    print(f"indexed {lines[0] if lines else 0:,} lines in {total_s:.0f} s "
          f"({accounts * meetings / total_s:.0f} transcripts/s); database {gib:.2f} GiB")
    exact, common, recall_a, recall_b, writes = [], [], [], [], 0
    for account, info in infos[:3]:  # three accounts measured from both replicas
        mix = queries(info)
        two_words = mix[:len(info["plants"])]
        words = mix[len(info["plants"]):len(info["plants"]) + 20]
        replica_a = Index.on(PostgresStorage(db, account))
        with db.connection() as conn:
            before = conn.execute("SELECT version FROM search_accounts WHERE account = %s", (account,)).fetchone()
        replica_b = Index.on(PostgresStorage(db, account))  # a new replica: nothing of its own, never wrote
        for replica, recall in ((replica_a, recall_a), (replica_b, recall_b)):
            exact += timed(replica, two_words)
            common += timed(replica, words)
            recall.append(recall_exact(replica, info))
        with db.connection() as conn:
            after = conn.execute("SELECT version FROM search_accounts WHERE account = %s", (account,)).fetchone()
        writes += (after[0] if after else 0) - (before[0] if before else 0)
    print(f"exact two-word queries: p50 {pct(exact, .5):.1f} ms, p95 {pct(exact, .95):.1f} ms ({len(exact)} searches)")
    print(f"common-word queries: p50 {pct(common, .5):.1f} ms, p95 {pct(common, .95):.1f} ms ({len(common)} searches)")
    print(f"recall@5 of exact words: replica A {100 * sum(recall_a) / len(recall_a):.0f}%, "
          f"replica B {100 * sum(recall_b) / len(recall_b):.0f}%; replica B wrote {writes} times")


MEMORY = """
import json, os, sys, time
sys.path[:0] = json.loads(sys.argv[3])
from search import Corpus, meeting
from convo_mcp.log import configure_logging
configure_logging("warning")
import convo_mcp.server, convo_mcp.tools.search  # the server's modules, as when serving
from convo_mcp.state.postgres.database import Database
from convo_mcp.search.meaning import shared_embedder
from convo_mcp.search.index import Index  # noqa: E402
from convo_mcp.state.postgres.index import PostgresStorage
from convo_mcp.search.query import parse_query

def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

db = Database(sys.argv[1])
model = shared_embedder()
open_ = {}
out = {}
for n in range(int(sys.argv[2])):
    account = f"bench-memory-{n:03d}"
    index = open_[account] = Index.on(PostgresStorage(db, account), model)
    for q in ("budget review", "what did we say about the roadmap", "kalo minetas"):
        index.search(parse_query(q))
    if n + 1 in (10, int(sys.argv[2])):
        out[n + 1] = rss()
print(json.dumps(out))
"""


def memory(db: Database, url: str, accounts: int, segments: int) -> None:
    """A process serving ``accounts`` accounts of 20 meetings each (with vectors), one after another."""
    from convo_mcp.search.meaning import shared_embedder

    model = shared_embedder()
    for n in range(accounts):
        index = Index.on(PostgresStorage(db, f"bench-memory-{n:03d}"), model)
        fill(index, 20, segments, seed=1000 + n)
        embed_all(index)
        index.close()
    out = subprocess.run([sys.executable, "-c", MEMORY, url, str(accounts),
                          json.dumps([str(HERE), str(HERE.parent)])], capture_output=True, text=True, timeout=3600,
                         check=True, env={**os.environ, "PYTHONPATH": str(HERE.parent)})
    rss = {int(k): v for k, v in json.loads(out.stdout.strip().splitlines()[-1]).items()}
    print(f"== memory of one process serving accounts of 20 meetings (searches by words and meaning): "
          f"after 10 accounts {rss[10]:.0f} MiB, after {accounts} {rss[accounts]:.0f} MiB "
          f"(+{rss[accounts] - rss[10]:.0f} MiB)")


def paraphrases(db: Database, tmp: Path) -> None:
    """bench/meaning.py's evaluation pairs (report half), on the same meetings in both backends."""
    import meaning as m

    out = {}
    for name, make in (("SQLite", lambda model: Index.on(SQLiteStorage(tmp / "para.sqlite3"), model)),
                       ("PostgreSQL", lambda model: Index.on(PostgresStorage(db, "bench-paraphrase"), model))):
        out[name] = m.paraphrase_recall(make, 1000)
    print("== paraphrase recall@5 (bench/meaning.py's report half, 1000 meetings): "
          + ", ".join(f"{k} {100 * v:.0f}%" for k, v in out.items())
          + f" (difference {100 * abs(out['SQLite'] - out['PostgreSQL']):.0f} points)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=10)
    ap.add_argument("--meetings", type=int, default=1000)
    ap.add_argument("--segments", type=int, default=200)
    ap.add_argument("--memory-accounts", type=int, default=100)
    ap.add_argument("--only", choices=("rates", "paraphrases", "big", "memory"), default=None)
    args = ap.parse_args()
    from convo_mcp.log import configure_logging

    configure_logging("warning")
    with tempfile.TemporaryDirectory() as tmp:
        server = start_postgres(Path(tmp) / "pg")
        try:
            db = Database(server.url, max_size=4)
            parts = {"rates": lambda: rates(db, Path(tmp), args.segments),
                     "paraphrases": lambda: paraphrases(db, Path(tmp)),
                     "big": lambda: big(db, args.accounts, args.meetings, args.segments),
                     "memory": lambda: memory(db, server.url, args.memory_accounts, args.segments)}
            for name, part in parts.items():
                if args.only in (None, name):
                    part()
            db.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
