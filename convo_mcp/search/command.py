"""``convo-mcp index``: fill the search index in one go, or print its coverage (``--status``).

It lists the meetings (since ``--since``), then reads the transcripts not indexed yet, newest first,
four at a time, within ``--max-requests`` and the hourly budget (the last 10% of the hour is always
left alone). A progress bar goes to stderr; the summary to stdout.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from convo_mcp.errors import ConvoError, RateBudgetExhaustedError, RateLimitError

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


async def fill(app: App, *, since: datetime | None, max_requests: int | None, err: TextIO) -> tuple[int, int, str]:
    """Index what is missing; returns (meetings indexed, requests made, why it stopped)."""
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

    async def one(cid: str) -> None:
        nonlocal stopped
        async with sem:
            if stopped.startswith(("rate", "disk")):
                return
            if index.health().full:  # nothing read now could be kept: stop spending requests
                stopped = "disk full"
                return
            try:
                await svc.transcript(cid)
            except (RateLimitError, RateBudgetExhaustedError) as exc:
                stopped = f"rate limited until {exc.reset_at:%H:%M} UTC" if exc.reset_at else "rate limited"
            except ConvoError as exc:
                print(f"\n{cid}: {exc.code}", file=err)
            bar.step(f"{svc.requests_made() - start} requests")

    await asyncio.gather(*(one(c.id) for c in todo[:cap]))
    bar.close()
    await index.flush()
    if index.health().full:
        stopped = "disk full"
    indexed = sum(1 for c in todo[:cap] if index.index.has_transcript(c.id))  # what is in, not what was read
    return indexed, svc.requests_made() - start, stopped


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
        if not status:
            try:
                indexed, spent, why = await fill(app, since=since, max_requests=max_requests, err=err)
            except ConvoError as exc:
                print(f"convo-mcp: {exc.code}: {exc.message} {exc.hint}".rstrip(), file=err)
                return 1
            print(f"Indexed {indexed} meetings with {spent} requests ({why}).", file=out)
            if why == "disk full":
                print(f"convo-mcp: the disk holding the search index is full ({indexer.index.describe()}): "
                      "indexing stopped. Free some space and run this again; nothing was lost or set aside.",
                      file=err)
                code = 1
        print("\n".join(status_lines(indexer)), file=out)
        if app.settings.has_key:  # the name forget-account takes (nothing of the key)
            print(f"Account id: {app.settings.data_id()}", file=out)
        health = indexer.health()
        if health.rebuilding_since is not None:
            print(f"The index was found damaged on {datetime.fromtimestamp(health.rebuilding_since, UTC):%Y-%m-%d}, "
                  "set aside and is being rebuilt from the cache.", file=out)
    return code
