"""The two storage engines side by side on the same meetings, words only: indexing rate, and exact
two-word searches (as people search: two of a sentence's words), interleaved so both meet the same
machine load.

    .venv/bin/python bench/engines.py [--meetings 1000 --segments 150 --rounds 3] [--profile]

Starts a PostgreSQL cluster of its own (tests/pgserver.py). Meetings are bench/search.py's generated
ones (a Zipf vocabulary, a sentence planted in every hundredth). Printed: each engine's transcripts a
second and PostgreSQL's share of SQLite's; each engine's search p50/p95 and PostgreSQL's ratio to
SQLite; ``--profile`` adds where PostgreSQL's search time goes, statement by statement.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "tests")]

from pgserver import start_postgres  # noqa: E402
from search import Corpus, meeting, pct  # noqa: E402

from convo_mcp.search.index import Index  # noqa: E402
from convo_mcp.search.query import parse_query  # noqa: E402
from convo_mcp.state.postgres.database import Database  # noqa: E402
from convo_mcp.state.postgres.index import PostgresStorage  # noqa: E402
from convo_mcp.state.sqlite.index import SQLiteStorage  # noqa: E402


def documents(count: int, segments: int) -> tuple[list[Any], list[list[str]]]:
    corpus, now, docs, plants = Corpus(), time.time(), [], []
    for n in range(count):
        plant = corpus.planted() if n % 100 == 50 else None
        doc, _ = meeting(corpus, n, segments, now, plant)
        docs.append(doc)
        if plant:
            plants.append(plant)
    return docs, plants


def fill(index: Index, docs: list[Any]) -> float:
    started = time.perf_counter()
    for n in range(0, len(docs), 50):
        index.add(docs[n:n + 50])
    index.note_meetings([(m.id, m.title, m.start, m.minutes) for m in index.meetings()])
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=1000)
    ap.add_argument("--segments", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    from convo_mcp.log import configure_logging

    configure_logging("warning")
    docs, plants = documents(args.meetings, args.segments)
    rng = random.Random(5)
    mix = [" ".join(rng.sample(p, 2)) for p in plants for _ in range(3)]
    with tempfile.TemporaryDirectory() as tmp:
        server = start_postgres(Path(tmp) / "pg")
        try:
            db = Database(server.url, max_size=4)
            lite = Index.on(SQLiteStorage(Path(tmp) / "lite.sqlite3"))
            pg = Index.on(PostgresStorage(db, "bench-engines"))
            took = {"SQLite": fill(lite, docs), "PostgreSQL": fill(pg, docs)}
            with db.connection() as conn:
                conn.execute("ANALYZE")  # as autovacuum does after a bulk load
            rate = {k: args.meetings / v for k, v in took.items()}
            print(f"indexing {args.meetings} meetings x {args.segments} segments, words only: SQLite "
                  f"{rate['SQLite']:.0f} transcripts/s, PostgreSQL {rate['PostgreSQL']:.0f} transcripts/s = "
                  f"{rate['PostgreSQL'] / rate['SQLite']:.2f}x of SQLite")
            times: dict[str, list[float]] = defaultdict(list)
            for q in mix[:5]:
                lite.search(parse_query(q))
                pg.search(parse_query(q))
            for r in range(args.rounds):
                for i, q in enumerate(mix):
                    pair = [("SQLite", lite), ("PostgreSQL", pg)]
                    if (i + r) % 2:
                        pair.reverse()
                    for name, index in pair:
                        started = time.perf_counter()
                        page = index.search(parse_query(q))
                        times[name].append((time.perf_counter() - started) * 1000)
                        assert page.meetings, q
            s, p = times["SQLite"], times["PostgreSQL"]
            print(f"exact two-word searches ({len(s)} each): SQLite p50 {pct(s, .5):.1f} ms p95 {pct(s, .95):.1f} "
                  f"ms; PostgreSQL p50 {pct(p, .5):.1f} ms p95 {pct(p, .95):.1f} ms = {pct(p, .5) / pct(s, .5):.2f}x "
                  "SQLite's p50")
            if args.profile:
                profile(pg, db, mix)
            lite.close()
            pg.close()
            db.close()
        finally:
            server.stop()


def profile(index: Index, db: Database, mix: list[str]) -> None:
    """Where PostgreSQL's search time goes: each statement's share, timed at the connection."""
    import psycopg

    spent: dict[str, list[float]] = defaultdict(list)
    real = psycopg.Connection.execute

    def execute(self: Any, query: Any, params: Any = None, **kw: Any) -> Any:
        started = time.perf_counter()
        try:
            return real(self, query, params, **kw)
        finally:
            spent[" ".join(str(query).split())[:90]].append((time.perf_counter() - started) * 1000)

    psycopg.Connection.execute = execute  # type: ignore[method-assign]
    try:
        started = time.perf_counter()
        for q in mix:
            index.search(parse_query(q))
        total = (time.perf_counter() - started) * 1000
    finally:
        psycopg.Connection.execute = real  # type: ignore[method-assign]
    print(f"profile: {len(mix)} searches, {total / len(mix):.1f} ms each; by statement (ms per search, calls):")
    for sql, ms in sorted(spent.items(), key=lambda kv: -sum(kv[1]))[:10]:
        print(f"  {sum(ms) / len(mix):6.2f} ms  {len(ms) / len(mix):4.1f}x  {sql}")


if __name__ == "__main__":
    main()
