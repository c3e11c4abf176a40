"""Score search on hand-written meetings (bench/sets/search_*.py) hidden among generated ones.

Each set is whole meetings and queries of four kinds: ``exact`` (words said in the answer line),
``question`` (asked as people ask an assistant), ``paraphrase`` (other words for what was said) and
``none`` (nothing answers). The meetings go into a real index (SQLite, the server's storage) with
1,000 generated meetings around them; each query is searched as ``search_meetings`` does. Printed per
kind and mode (words only; with the first-stage vectors; with the second-stage model too): recall@1
and recall@5 of the answer's meeting, and of the lines offered "≈" (by meaning, saying no word of the
query) the share that are right (the answer, a line it also accepts, or the line next to one).

    .venv/bin/python bench/search_eval.py [--sets a b] [--among 1000] [--model-dir DIR] [-v]

``search_a`` is the half tuned on (``-v`` prints its misses); ``search_b`` is reported by its totals.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ledger_eval

from convo_mcp.search.index import Index
from convo_mcp.search.meaning import shared_embedder
from convo_mcp.search.query import parse_query
from convo_mcp.state.sqlite.index import SQLiteStorage

KINDS = ("exact", "question", "paraphrase", "none")


def build(path: Path, module: Any, among: int, vectors: bool, second: Path | None) -> Index:
    docs = ledger_eval.documents(module.MEETINGS)
    if among:
        from datetime import UTC, datetime

        starts = [d.start for d in docs if d.start is not None]
        first = datetime.fromtimestamp(min(starts), UTC).date()
        docs += ledger_eval.generated(among, first, int((max(starts) - min(starts)) // 86400) + 1)
    index = Index.on(SQLiteStorage(path), shared_embedder() if vectors else None)
    for n in range(0, len(docs), 200):
        index.add(docs[n:n + 200])
    if vectors:
        while index.embed_pending(50_000):
            pass
    if second is not None:
        from convo_mcp.search.minilm import MiniLM

        index.second = MiniLM(second)  # type: ignore[attr-defined]
    return index


def right_lines(q: dict[str, Any]) -> set[tuple[str, int]]:
    out: set[tuple[str, int]] = set()
    for mid, idx in [q["answer"], *q.get("also", [])]:
        out.update({(mid, idx - 1), (mid, idx), (mid, idx + 1)})
    return out


def score(index: Index, module: Any, explain: bool) -> tuple[dict[str, Counter[str]], list[float], list[str]]:
    got: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    times: list[float] = []
    misses: list[str] = []
    for q in module.QUERIES:
        started = time.perf_counter()
        page = index.search(parse_query(q["query"]), limit=5)
        times.append((time.perf_counter() - started) * 1000)
        ids = [m.meeting.id for m in page.meetings]
        c = got[q["kind"]]
        c["n"] += 1
        words = {w.casefold() for w in parse_query(q["query"]).words()}
        if q["answer"] is not None:
            want = q["answer"][0]
            c["at1"] += bool(ids) and ids[0] == want
            c["at5"] += want in ids
            if explain and (not ids or ids[0] != want):
                where = ids.index(want) + 1 if want in ids else "-"
                misses.append(f"   {q['id']} {q['kind']:10s} rank {where}: {q['query']!r} (first: "
                              f"{ids[0] if ids else None})")
        else:
            c["answered"] += bool(page.meetings)
        good = right_lines(q) if q["answer"] is not None else set()
        from convo_mcp.search.second import offered_close

        for m in page.meetings:
            for hit in m.best:
                said = {w.casefold() for w in hit.line.text.split()}
                if offered_close(hit) and not (words & said):
                    c["offered"] += 1
                    right = (m.meeting.id, hit.line.segment_index) in good
                    c["offered_right"] += right
                    if explain and not right:  # the tuning half only, and only with -v
                        misses.append(f"≈ offered wrong (close {hit.close:.3f}): {q['query']!r} → {hit.line.text!r}")
    return got, times, misses


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.0f}%" if b else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=["a", "b"])
    parser.add_argument("--among", type=int, default=1000)
    parser.add_argument("--model-dir", type=Path, default=None, help="the second-stage model's files")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    modes: list[tuple[str, bool, Path | None]] = [("words only", False, None), ("vectors", True, None)]
    if args.model_dir is not None:
        modes.append(("vectors + second stage", True, args.model_dir))
    for name in args.sets:
        module = ledger_eval.load(f"search_{name}")
        tuned = name != "b"
        print(f"== search_{name} ({'tuned on' if tuned else 'reported, never read'}): {len(module.MEETINGS)} "
              f"meetings among {args.among} generated, {len(module.QUERIES)} queries")
        for label, vectors, second in modes:
            with tempfile.TemporaryDirectory() as tmp:
                index = build(Path(tmp) / "index.sqlite3", module, args.among, vectors, second)
                got, times, misses = score(index, module, args.v and tuned)
                index.close()
            times.sort()
            cells = [f"{k} @1 {pct(got[k]['at1'], got[k]['n'])} @5 {pct(got[k]['at5'], got[k]['n'])}"
                     for k in KINDS[:3]]
            offered = sum(got[k]["offered"] for k in KINDS)
            right = sum(got[k]["offered_right"] for k in KINDS)
            print(f"  {label}: " + "; ".join(cells))
            print(f"    none answered {pct(got['none']['answered'], got['none']['n'])}; lines offered ≈ with no "
                  f"word said: {pct(right, offered)} right; p50 {times[len(times) // 2]:.1f} ms, "
                  f"p95 {times[int(len(times) * 0.95)]:.1f} ms in-process")
            for line in misses:
                print(line)


if __name__ == "__main__":
    main()
