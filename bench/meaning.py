"""Search by meaning: recall of sentences said once, asked in other words, with words, vectors and both.

    .venv/bin/python bench/meaning.py [--meetings 1000 --big 10000 --segments 150]
    .venv/bin/python bench/meaning.py --tune          # grid over the fusion settings, tuning half only

Meetings are ordinary meeting talk (``bench/meaning_set.py``: templates over shared names, clients,
projects and topics); each of the set's sentences is said once, in its own meeting. Each is asked
three ways: a query in other words (no content word shared); its two least common words; a whole
question around those two words. A hit is the sentence's meeting among the first 1 or 5 meetings.
Figures are printed for the report half (odd pairs; the settings were tuned on the even half) and,
in brackets, the tuning half. Words only is the index without vectors; vectors only ranks meetings
by their closest line alone; fusion is what ``search_meetings`` answers.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from meaning_set import PAIRS, QUESTIONS, content_words, exact_words, talk

from convo_mcp.search import meaning as meaning_mod
from convo_mcp.search import ranking
from convo_mcp.search.document import Document
from convo_mcp.search.index import Index
from convo_mcp.search.meaning import shared_embedder
from convo_mcp.search.query import parse_query
from convo_mcp.state.sqlite.index import SQLiteStorage

SPEAKERS = ("Dana Whitfield", "Jordan Blake", "Lee Park", "Sam Ortiz", "Priya Nair")
DAY = 86_400.0
TITLES = ["Weekly sync", "Pipeline review", "1:1", "Standup", "Planning", "Customer call", "Retro", "Design review",
          "All hands prep", "Ops review", "Hiring sync", "Budget check-in"]


def build(path: Path, count: int, segments: int) -> dict[str, Any]:
    index = Index.on(SQLiteStorage(path), shared_embedder())
    info = fill(index, count, segments)
    index.storage._conn.execute(  # type: ignore[attr-defined]
        "PRAGMA wal_checkpoint(TRUNCATE)")
    info["size"] = index.size_bytes()
    info["vec_bytes"] = index.storage._conn.execute("SELECT sum(length(v)) + 8 * count(*) FROM vec").fetchone()[0] or 0
    index.close()
    return info


def fill(index: Any, count: int, segments: int) -> dict[str, Any]:
    """The generated meetings (each pair's sentence said once, in its home meeting) into ``index``
    (any backend), and their vectors."""
    rng = random.Random(5)
    now = time.time()
    homes = {k: (k * count) // len(PAIRS) + 1 for k in range(len(PAIRS))}
    planted = {n: k for k, n in homes.items()}
    docs: list[Document] = []
    raw, words_cpu, background = 0, 0.0, Counter[str]()
    for n in range(count):
        start = now - n * 0.37 * DAY
        segs = []
        at = rng.randrange(segments) if n in planted else -1
        for i in range(segments):
            said = PAIRS[planted[n]][0] if i == at else talk(rng)
            if i != at and n % 10 == 0:
                background.update(content_words(said))
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + 20 * i))
            segs.append({"speaker": SPEAKERS[(i * 7 + n) % len(SPEAKERS)], "text": said, "timestamp": stamp})
        raw += sum(len(s["text"].encode()) for s in segs)
        cid = f"sess_{n:08x}"
        docs.append(Document(cid, "t", f"{rng.choice(TITLES)} {n}", start, segments / 3, {"id": cid, "segments": segs}))
        if len(docs) == 50 or n == count - 1:
            t0 = time.process_time()
            index.add(docs)
            words_cpu += time.process_time() - t0
            docs = []
    t0 = time.process_time()
    lines = 0
    while step := index.embed_pending(20_000):
        lines += step
    vectors_cpu = time.process_time() - t0
    return {"homes": homes, "raw": raw, "words_cpu": words_cpu, "vectors_cpu": vectors_cpu, "lines": lines,
            "count": count, "background": background}


def paraphrase_recall(make: Any, count: int, segments: int = 150) -> float:
    """recall@5 of the report half's "other words" asks (fusion, as search_meetings ranks) on
    ``count`` meetings in the index ``make(model)`` returns: how backends compare on meaning."""
    index = make(shared_embedder())
    info = fill(index, count, segments)
    items = [(k, text) for k, text in asks(info)["other words"] if k % 2 == 1]
    found = sum(f"sess_{info['homes'][k]:08x}" in [m.meeting.id for m in index.search(
        parse_query(text), limit=5, per_meeting=0).meetings] for k, text in items)
    index.close()
    return found / len(items)


def asks(info: dict[str, Any]) -> dict[str, list[tuple[int, str]]]:
    rng = random.Random(11)
    out: dict[str, list[tuple[int, str]]] = {"other words": [], "exact words": [], "whole question": []}
    for k, (sentence, other) in enumerate(PAIRS):
        a, b = exact_words(sentence, info["background"])
        out["other words"].append((k, other))
        out["exact words"].append((k, f"{a} {b}"))
        out["whole question"].append((k, rng.choice(QUESTIONS).format(a=a, b=b)))
    return out


def rank_by(index: Index, words_only: Index, how: str, text: str) -> list[str]:
    q = parse_query(text)
    if how == "words":
        return [m.meeting.id for m in words_only.search(q, limit=5, per_meeting=0).meetings]
    if how == "vectors":
        every = index.known.by_n
        close = index._close_in_meaning(q, every, every, None)
        return [every[n].id for n in list(close)[:5]]
    return [m.meeting.id for m in index.search(q, limit=5, per_meeting=0).meetings]


def recall(path: Path, info: dict[str, Any]) -> dict[tuple[str, str], tuple[float, float, float, float]]:
    """(form, how) → (r@1 report, r@5 report, r@1 tune, r@5 tune)."""
    index = Index.on(SQLiteStorage(path), shared_embedder())
    words_only = Index.on(SQLiteStorage(path))
    out = {}
    for form, items in asks(info).items():
        for how in ("words", "vectors", "fusion"):
            hits: dict[int, list[int]] = {0: [0, 0, 0], 1: [0, 0, 0]}
            for k, text in items:
                top = rank_by(index, words_only, how, text)
                want = f"sess_{info['homes'][k]:08x}"
                half = hits[k % 2]
                half[0] += bool(top) and top[0] == want
                half[1] += want in top
                half[2] += 1
            out[(form, how)] = (hits[1][0] / hits[1][2], hits[1][1] / hits[1][2],
                                hits[0][0] / hits[0][2], hits[0][1] / hits[0][2])
    index.close()
    words_only.close()
    return out


def print_recall(r: dict[tuple[str, str], tuple[float, float, float, float]]) -> None:
    print("recall, report half [tuning half]:   @1        @5")
    for (form, how), (r1, r5, t1, t5) in r.items():
        print(f"  {form:15s} {how:8s}  {r1 * 100:3.0f}% [{t1 * 100:3.0f}%]  {r5 * 100:3.0f}% [{t5 * 100:3.0f}%]")


def latency(path: Path, info: dict[str, Any], vectors: bool) -> list[float]:
    index = Index.on(SQLiteStorage(path), shared_embedder() if vectors else None)
    texts = [t for items in asks(info).values() for _, t in items]
    for t in texts[:5]:
        index.search(parse_query(t))
    out = []
    for t in texts:
        started = time.perf_counter()
        index.search(parse_query(t))
        out.append((time.perf_counter() - started) * 1000)
    index.close()
    return out


PROBE = """
import json, resource, sys
import convo_mcp.server, convo_mcp.tools.search  # the server's modules, as when serving
from convo_mcp.search.index import Index
from convo_mcp.state.sqlite.index import SQLiteStorage
from convo_mcp.search.meaning import shared_embedder
from convo_mcp.search.query import parse_query
index = Index.on(SQLiteStorage(sys.argv[1]), shared_embedder())
for q in json.loads(sys.argv[2]):
    index.search(parse_query(q))
# VmHWM, not getrusage: a child's ru_maxrss starts from its parent's size at fork (this bench's, large)
print(next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024)
"""


def pct(values: list[float], p: float) -> float:
    return sorted(values)[min(len(values) - 1, int(p * len(values)))]


def report(path: Path, info: dict[str, Any]) -> None:
    print(f"== {info['count']} meetings, {info['lines']} lines with vectors")
    print(f"indexing CPU: words {info['words_cpu'] / info['count'] * 1000:.1f} ms/transcript; vectors "
          f"{info['vectors_cpu']:.0f} s in all = {info['vectors_cpu'] / info['lines'] * 1000:.3f} ms/line")
    print(f"disk: index file {info['size'] / 1e6:.0f} MB (vectors {info['vec_bytes'] / 1e6:.0f} MB) for "
          f"{info['raw'] / 1e6:.1f} MB of text = {info['size'] / info['raw']:.2f}x")
    print_recall(recall(path, info))
    off, on = latency(path, info, False), latency(path, info, True)
    print(f"search latency in-process: words only p50 {pct(off, .5):.1f} ms p95 {pct(off, .95):.1f} ms; "
          f"with vectors p50 {pct(on, .5):.1f} ms p95 {pct(on, .95):.1f} ms")


def tune(path: Path, info: dict[str, Any]) -> None:
    """The fusion settings against the tuning half only: mean of recall@5 over the three forms."""
    index = Index.on(SQLiteStorage(path), shared_embedder())
    items = [(form, k, t) for form, its in asks(info).items() for k, t in its if k % 2 == 0]
    rows = []
    for fk in (2.0, 5.0, 10.0, 20.0):
        for w in (0.5, 1.0, 1.5, 2.0):
            for bonus in (0.0, 1.0, 3.0):
                ranking.FUSE_K, ranking.MEANING_WEIGHT, ranking.ALL_WORDS_BONUS = fk, w, bonus
                got: Counter[str] = Counter()
                for form, k, text in items:
                    top = [m.meeting.id for m in index.search(parse_query(text), limit=5, per_meeting=0).meetings]
                    got[form] += f"sess_{info['homes'][k]:08x}" in top
                n = len(items) / 3
                by_form = {f: round(c / n, 2) for f, c in got.items()}
                rows.append((sum(got.values()) / len(items), fk, w, bonus, by_form))
    for row in sorted(rows, key=lambda r: -r[0])[:10]:
        print(f"K={row[1]} weight={row[2]} all-words bonus={row[3]}: mean r@5 {row[0]:.3f} {row[4]}")
    for floor in (0.05, 0.1, 0.15, 0.2, 0.25):
        meaning_mod.MEANING_FLOOR = floor
        nonsense = sum(bool(index.search(parse_query(t), limit=5).meetings) for t in NONSENSE)
        print(f"floor {floor}: nonsense queries answered {nonsense}/{len(NONSENSE)}")
    index.close()


# Queries about nothing in these meetings: what a floor should leave unanswered.
NONSENSE = ["volcano eruption lava", "medieval castle knights", "quantum entanglement photons", "dinosaur fossils",
            "jazz saxophone solo", "penguin colony antarctica", "knitting wool patterns", "submarine sonar",
            "ballet choreography", "asteroid mining"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--meetings", type=int, default=1000)
    ap.add_argument("--big", type=int, default=10_000)
    ap.add_argument("--segments", type=int, default=150)
    ap.add_argument("--tune", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.sqlite3"
        info = build(small, args.meetings, args.segments)
        if args.tune:
            tune(small, info)
            return
        report(small, info)
        if args.big:
            big = Path(tmp) / "big.sqlite3"
            binfo = build(big, args.big, args.segments)
            report(big, binfo)
            mix = [t for items in asks(binfo).values() for _, t in items]
            out = subprocess.run([sys.executable, "-c", PROBE, str(big), json.dumps(mix)], capture_output=True,
                                 text=True, check=True, timeout=900)
            print(f"peak RSS of a process with the server's modules searching it with vectors: "
                  f"{float(out.stdout.strip().splitlines()[-1]):.0f} MiB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process, which built the indexes: peak RSS {peak:.0f} MiB)")


if __name__ == "__main__":
    main()
