"""The fan-out every insight tool shares: list the matching meetings, peek at the cache, plan the
reads against the hourly budget before any is sent (most recent and preferred first; cached answers
are free), read at most four at a time with progress (the first alone, never more than four ahead of
the oldest unanswered read: a 429 met by read ``j`` stops it within ``j + 4`` requests, and nothing is
sent once it has arrived), and report what was covered and what not.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

import anyio

from convo_mcp.convo.models import Conversation, Keypoints, Transcript
from convo_mcp.deadline import deadline_left
from convo_mcp.errors import ConvoError, RateBudgetExhaustedError, RateLimitError
from convo_mcp.insights.logic import Candidate, plan_fetches, recent_first
from convo_mcp.insights.report import LeftOut, Reason, coverage_fields, newest_first
from convo_mcp.outcome import Outcome, Peek
from convo_mcp.types import Progress

CONCURRENCY = 4
ASSEMBLE = 2.0  # seconds kept back from the deadline to build the partial answer
COST = " No AI; 1 request per uncached meeting."  # what a fan-out tool costs
PROBE_FALLBACK = 20  # requests planned when Convo sends no rate headers at all
class Summaries(Protocol):
    async def indexed_keypoints(self, conversation_ids: list[str]) -> dict[str, Keypoints]:
        """Summaries the search index holds for these meetings, in one read; never a request."""


class Reader(Protocol):
    """What a fan-out reads through: the service (cache first, every request counted, within the
    hourly budget). Named here, below the service, so that the parts the service is made of can fan
    out without importing it."""

    @property
    def search(self) -> Summaries | None: ...

    def requests_made(self) -> int: ...

    def spendable_requests(self) -> int | None: ...

    def budget_resets_at(self) -> datetime | None: ...

    def background_requests(self) -> int: ...

    async def all_conversations(self, *, search: str | None = None, since: datetime | None = None,
                                max_pages: int | None = None) -> tuple[list[Conversation], bool]: ...

    async def peek_transcript(self, conversation_id: str) -> Peek[Transcript] | None: ...

    async def peek_keypoints(self, conversation_id: str) -> Peek[Keypoints] | None: ...

    async def transcript(self, conversation_id: str) -> Outcome[Transcript]: ...

    async def keypoints(self, conversation_id: str, *, confirm: bool = True) -> Outcome[Keypoints] | None: ...


@dataclass
class Gathered:
    values: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # no summary yet
    skipped: list[str] = field(default_factory=list)  # over the hourly budget
    failed: dict[str, str] = field(default_factory=dict)  # id → error code
    late: list[str] = field(default_factory=list)  # not read before the call's deadline
    planned: int = 0


def listing_since(since: datetime) -> datetime:
    """The ``since`` a listing from ``since`` asks Convo for (one second early: inclusive)."""
    return since - timedelta(seconds=1)


async def listing(svc: Reader, progress: Progress, since: datetime) -> tuple[list[Conversation], int]:
    """Every meeting since ``since``, and the request count before the fan-out (for its cost)."""
    loads0 = svc.requests_made()
    await progress.step("listing meetings", advance=0)
    convs, _ = await svc.all_conversations(since=listing_since(since))
    await progress.step(f"{len(convs)} meetings found")
    return convs, loads0


async def _peek(svc: Reader, kind: Literal["keypoints", "transcript"], cid: str) -> Peek[Any] | None:
    return await (svc.peek_transcript(cid) if kind == "transcript" else svc.peek_keypoints(cid))


async def gather(
    svc: Reader, convs: list[Conversation], kind: Literal["keypoints", "transcript"], progress: Progress,
    *, preferred: frozenset[str] = frozenset(), extra_cap: int | None = None,
) -> Gathered:
    """Read keypoints or transcripts of ``convs`` within the hourly budget. Cached answers are
    taken from the peek (no request); the rest are planned, most recent (and preferred) first."""
    out = Gathered()

    def keep(cid: str, value: Transcript | Keypoints | None) -> None:
        if value is None:
            out.missing.append(cid)
        else:
            out.values[cid] = value

    cands = []
    # Summaries the search index holds come in one read, not one cache look-up per meeting.
    indexed = await svc.search.indexed_keypoints([c.id for c in convs]) \
        if kind == "keypoints" and svc.search is not None else {}
    for c in convs:
        if c.id in indexed:
            keep(c.id, indexed[c.id])
            cands.append(Candidate(c.id, c.start_time, True))
            continue
        hit = await _peek(svc, kind, c.id)
        if hit is not None and hit.fresh:
            keep(c.id, hit.value)
        cands.append(Candidate(c.id, c.start_time, hit is not None and hit.fresh))
    stopped = False  # Convo said 429 (or the budget ran out): nothing more is sent

    async def read(cid: str) -> None:
        nonlocal stopped
        if stopped:
            out.skipped.append(cid)
            return
        try:
            if kind == "transcript":
                keep(cid, (await svc.transcript(cid)).value)
            else:
                kp = await svc.keypoints(cid)
                keep(cid, kp.value if kp else None)
        except (RateBudgetExhaustedError, RateLimitError):
            stopped = True
            out.skipped.append(cid)
        except ConvoError as exc:
            out.failed[cid] = exc.code
        await progress.step(f"{kind}: {len(out.values) + len(out.missing)} of {len(convs)} meetings")

    budget = svc.spendable_requests()
    uncached = [c for c in recent_first(cands, preferred) if not c.cached]
    probed = budget is None and bool(uncached)
    if probed:  # no rate headers seen yet: one request teaches them
        await progress.step("probing the hourly budget")
        await read(uncached[0].id)
        out.planned += 1
        cands = [c for c in cands if c.id != uncached[0].id]
        budget = svc.spendable_requests()
        budget = PROBE_FALLBACK if budget is None else budget
    budget = budget or 0
    if extra_cap is not None:  # the others are a bonus: at most half of what the preferred leave
        firsts = sum(1 for c in cands if c.id in preferred and not c.cached)
        extra_cap = min(extra_cap, max(0, budget - firsts) // 2)
    plan = plan_fetches(cands, budget, preferred=preferred, extra_cap=extra_cap)
    done = set(out.values) | set(out.missing)
    reads = [cid for cid in plan.fetch if cid not in done]
    out.planned += plan.requests
    out.skipped.extend(plan.skipped)
    noun = "transcripts" if kind == "transcript" else "summaries"
    await progress.step(f"{len(convs) - len(reads) - len(plan.skipped)} cached; reading {len(reads)} {noun}",
                        total=progress.done + len(reads) + 1)
    # The call's deadline (less a moment to assemble the answer) ends the fan-out: what was read is
    # returned, what was not is named as left out for time.
    with anyio.move_on_after(max(0.0, deadline_left() - ASSEMBLE)):
        await in_window(reads, read, alone_first=not probed)
    finished = set(out.values) | set(out.missing) | set(out.skipped) | set(out.failed)
    out.late = [cid for cid in reads if cid not in finished]
    return out


async def in_window(ids: list[str], read: Callable[[str], Awaitable[None]], *, alone_first: bool) -> None:
    """``read`` each of ``ids`` in order, at most :data:`CONCURRENCY` at a time, and never more than
    ``CONCURRENCY`` ahead of the oldest one not answered: read ``k`` starts once every read up to
    ``k - CONCURRENCY`` has finished (and, ``alone_first``, once the first has: it learns the budget, or
    meets a 429, alone). So a 429 (or an outage) met by read ``j`` stops the fan-out within
    ``j + CONCURRENCY`` requests, however slowly its answer comes back, and nothing is sent after it arrives."""
    through = [asyncio.Event() for _ in ids]  # set when this read and every one before it have finished
    finished = [False] * len(ids)
    swept = 0  # reads before this one have all finished

    async def one(k: int) -> None:
        nonlocal swept
        try:
            if k >= CONCURRENCY:
                await through[k - CONCURRENCY].wait()
            if alone_first and k > 0:
                await through[0].wait()
            await read(ids[k])
        finally:
            finished[k] = True
            while swept < len(ids) and finished[swept]:
                through[swept].set()
                swept += 1

    await asyncio.gather(*(one(k) for k in range(len(ids))))


def left_out(convs: list[Conversation], got: Gathered) -> LeftOut:
    """The meetings a fan-out did not read, by reason, most recent first."""
    order = [c.id for c in newest_first(convs)]
    groups: dict[Reason, set[str]] = {"no_summary": set(got.missing), "budget": set(got.skipped),
                                      "error": set(got.failed), "deadline": set(got.late)}
    return {why: [cid for cid in order if cid in ids] for why, ids in groups.items() if ids}


def coverage(svc: Reader, convs: list[Conversation], got: Gathered, loads0: int,
             left: LeftOut) -> dict[str, object]:
    """The Coverage fields: how many were read, what was not and why, what it cost."""
    return coverage_fields(sum(1 for c in convs if c.id in got.values), left, got.planned,
                           svc.requests_made() - loads0, svc.budget_resets_at() if "budget" in left else None,
                           svc.background_requests())
