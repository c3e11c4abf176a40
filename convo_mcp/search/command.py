"""``convo-mcp index``: fill the search index in one go, or print its coverage (``--status``).

It lists the meetings (since ``--since``), then reads the transcripts not indexed yet, newest first,
four at a time, within ``--max-requests`` and the hourly budget (the last 10% of the hour is always
left alone). A progress bar goes to stderr; the summary to stdout, ending with one line saying what
the run covered: the meetings it set out to index that are in the index now (read back from it, so
what another process indexed meanwhile counts too). It exits 1 when any of them is missing — a
transcript Convo would not give, a write the database refused, the storage lost mid-run — and stops
reading as soon as the storage cannot be used.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from convo_mcp.errors import ConvoError, DiskFullError, LocalFault, RateBudgetExhaustedError, RateLimitError

if TYPE_CHECKING:
    from convo_mcp.app import App
    from convo_mcp.search.filler import Indexer

CONCURRENCY = 4


def status_lines(indexer: Indexer) -> list[str]:
    index = indexer.index
    meetings = index.meetings()
    done = [m for m in meetings if m.transcript]
    starts = sorted(m.start for m in done if m.start is not None)
    missing = sorted(m.start for m in meetings if not m.transcript and m.start is not None)

    def day(t: float) -> str:
        return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d")

    size = index.size_bytes()
    lines = [
        f"Search index: {index.describe()} ({size / 1_048_576:.1f} MiB)",
        f"Meetings indexed: {len(done)} of {len(meetings)} known"
        + f" ({sum(1 for m in meetings if m.keypoints)} with their summary)",
    ]
    if starts:
        lines.append(f"Covered: {day(starts[0])} (oldest) to {day(starts[-1])} (newest)")
    if missing:
        lines.append(f"Not indexed yet: {len(missing)} ({day(missing[0])} to {day(missing[-1])})")
    if not meetings:
        lines.append("No meetings known yet: run `convo-mcp index` to list and index them.")
    return lines


class Bar:
    """A progress bar on a terminal; a line every 10% elsewhere (logs, CI)."""

    def __init__(self, total: int, out: TextIO) -> None:
        self.total, self.out, self.done, self._shown = total, out, 0, -1

    def step(self, note: str = "") -> None:
        self.done += 1
        share = self.done / self.total if self.total else 1.0
        if self.out.isatty():
            filled = int(share * 30)
            self.out.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} {note}")
            self.out.flush()
        elif int(share * 10) != self._shown:
            self._shown = int(share * 10)
            print(f"indexed {self.done}/{self.total} {note}", file=self.out)

    def close(self) -> None:
        if self.out.isatty():
            self.out.write("\n")


@dataclass
class Filled:
    """What a run did: the meetings it set out to index, those of them in the index at the end, the
    requests it made and why it stopped; why each meeting it could not read was refused."""

    set_out: int = 0
    indexed: int = 0
    requests: int = 0
    stopped: str = "done"
    later: int = 0  # meetings not indexed yet, left for a later run by the request cap or the hour
    refused: Counter[str] = field(default_factory=Counter)
    skipped: int = 0  # not read: the run had stopped (rate limited, disk full, the storage gone)
    storage: ConvoError | None = None  # the storage failed mid-run: what it said

    @property
    def missing(self) -> int:
        return self.set_out - self.indexed

    def covered(self) -> str:
        """The last line of a run."""
        head = f"This run covered {self.indexed} of the {self.set_out} meetings it set out to index"
        if self.missing:
            why = [f"{n} {code}" for code, n in self.refused.most_common()]
            unwritten = self.missing - sum(self.refused.values()) - self.skipped
            if self.skipped:
                why.append(f"{self.skipped} not read once the run stopped: {self.stopped}")
            if unwritten > 0:
                why.append(f"{unwritten} not written to the index")
            head += f"; {self.missing} missing ({', '.join(why)})"
        later = f"; {self.later} left for a later run ({self.stopped})" if self.later else ""
        return f"{head}{later}; {self.requests} requests."


async def fill(app: App, *, since: datetime | None, max_requests: int | None, err: TextIO) -> Filled:
    """Index what is missing; what the run covered (read back from the index)."""
    svc = app.service
    assert svc.index is not None
    index = svc.index
    start = svc.requests_made()
    convs, _ = await svc.all_conversations(since=since)
    todo = [c for c in sorted(convs, key=lambda c: c.start_time or datetime.min.replace(tzinfo=UTC), reverse=True)
            if svc.index.wants_transcript(c.id)]
    by_cap = len(todo) if max_requests is None else max(0, max_requests - (svc.requests_made() - start))
    room = svc.spendable_requests()  # the fan-out rule: the last 10% of the hour is left alone
    cap = min(len(todo), by_cap, len(todo) if room is None else room)
    stopped = "done" if cap == len(todo) else "request cap" if cap == by_cap else "hourly budget"
    bar = Bar(cap, err)
    sem = asyncio.Semaphore(CONCURRENCY)
    run = Filled(set_out=cap, later=len(todo) - cap)

    async def one(cid: str) -> None:
        nonlocal stopped
        async with sem:
            if index.health().full:  # nothing read now could be kept: stop spending requests
                stopped = "disk full"
            elif isinstance(failed := index.write_failed, LocalFault) and not stopped.startswith("storage"):
                stopped, run.storage = "storage unavailable", failed  # the storage went away: the same
            if stopped.startswith(("rate", "disk", "storage")):
                run.skipped += 1
                return
            try:
                await svc.transcript(cid)
            except (RateLimitError, RateBudgetExhaustedError) as exc:
                stopped = f"rate limited until {exc.reset_at:%H:%M} UTC" if exc.reset_at else "rate limited"
            except LocalFault as exc:  # the cache or the index cannot be used: nothing read now is kept
                run.refused[exc.code] += 1
                if isinstance(exc, DiskFullError):
                    stopped = "disk full"
                elif not stopped.startswith("storage"):
                    stopped, run.storage = "storage unavailable", exc
            except ConvoError as exc:
                run.refused[exc.code] += 1
                print(f"\n{cid}: {exc.code}", file=err)
            bar.step(f"{svc.requests_made() - start} requests")

    await asyncio.gather(*(one(c.id) for c in todo[:cap]))
    bar.close()
    await index.flush()
    if index.health().full:
        stopped = "disk full"
    wanted = {c.id for c in todo[:cap]}
    try:  # read back: what is in the index (any process's writes too), not what was read
        run.indexed = sum(1 for m in await index.meetings() if m.transcript and m.id in wanted)
    except ConvoError:  # the storage is gone: what this process knows it wrote
        run.indexed = sum(1 for cid in wanted if index.index.has_transcript(cid))
    run.requests, run.stopped = svc.requests_made() - start, stopped
    return run


async def run_index(app: App, *, since: datetime | None, max_requests: int | None, status: bool,
                    out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    async with app.running():
        indexer = app.service.index
        if indexer is None:
            if not app.settings.search_index:
                print("convo-mcp: the search index is turned off (CONVO_MCP_SEARCH_INDEX=false).", file=err)
            else:
                print("convo-mcp: the search index could not be opened; the log above says why "
                      "(search.index_unavailable).", file=err)
            return 2
        code = 0
        run: Filled | None = None
        if not status:
            try:
                run = await fill(app, since=since, max_requests=max_requests, err=err)
            except ConvoError as exc:
                print(f"convo-mcp: {exc.code}: {exc.message} {exc.hint}".rstrip(), file=err)
                return 1
            print(f"Indexed {run.indexed} meetings with {run.requests} requests ({run.stopped}).", file=out)
            if run.stopped == "disk full":
                print(f"convo-mcp: the disk holding the search index is full ({indexer.index.describe()}): "
                      "indexing stopped. Free some space and run this again; nothing was lost or set aside.",
                      file=err)
            elif run.storage is not None:
                print(f"convo-mcp: {run.storage.code}: {run.storage.message} Indexing stopped; what was "
                      "written is whole. Run this again once the storage is back.", file=err)
            if run.missing or run.stopped == "disk full":
                code = 1
        try:
            print("\n".join(status_lines(indexer)), file=out)
        except ConvoError as exc:
            print(f"convo-mcp: the index's coverage cannot be read: {exc.code}: {exc.message}", file=err)
            code = 1
        if app.settings.has_key:  # the name forget-account takes (nothing of the key)
            print(f"Account id: {app.settings.data_id()}", file=out)
        health = indexer.health()
        if health.rebuilding_since is not None:
            print(f"The index was found damaged on {datetime.fromtimestamp(health.rebuilding_since, UTC):%Y-%m-%d}, "
                  "set aside and is being rebuilt from the cache.", file=out)
        if run is not None:
            print(run.covered(), file=out)
    return code
