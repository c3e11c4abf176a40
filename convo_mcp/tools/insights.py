"""Insight tools: briefings, digests, action items and quotes across many meetings.

Each lists every matching meeting, peeks at the cache, plans its requests against the hourly
budget before fanning out (most recent first; cached answers are free) and reads at most four at
a time, reporting progress. When the budget runs short the result is partial and says which
meetings were left out and why. The four read tools never spend an AI generation: meetings
without a summary are named, and ``summarize_missing`` (kind "ai") generates them within a cap.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from pydantic import Field

from convo_mcp.app import App
from convo_mcp.errors import ConvoError, InvalidArgumentError, RateBudgetExhaustedError, RateLimitError
from convo_mcp.insights import (
    Candidate,
    day_floor,
    group_by_day,
    mentions,
    owner_matches,
    parse_when,
    plan_fetches,
    recent_first,
    snippet,
)
from convo_mcp.insights_report import (
    ActionItemsOutput,
    Briefing,
    BriefingOutput,
    Day,
    DigestMeeting,
    DigestOutput,
    Event,
    Hit,
    SearchOutput,
    Summarized,
    SummarizeOutput,
    briefing_text,
    coverage_lines,
    dedupe,
    digest_text,
    item_line,
    meeting_day,
    newest_first,
    search_text,
    summarize_text,
    to_item,
)
from convo_mcp.models import Conversation, Keypoints, Transcript
from convo_mcp.render import hms
from convo_mcp.service import MISSING, ConvoService
from convo_mcp.tools._base import ToolDef

CONCURRENCY = 4
PROBE_FALLBACK = 20  # requests planned when Convo sends no rate headers at all
SKIM = 10  # other meetings a briefing checks for mentions when titles already name the subject
ME = frozenset({"me", "i", "myself"})
When = Annotated[str | None, Field(description="ISO date or date-time (UTC); default 30 days ago", max_length=40)]


def when(value: str | None, *, end_of_day: bool = False) -> datetime:
    """A tool's date argument as aware UTC; midnight 30 days ago when not given (a stable cache key)."""
    if value is None or not value.strip():
        return day_floor(datetime.now(UTC), 30)
    try:
        return parse_when(value, end_of_day=end_of_day)
    except ValueError:
        raise InvalidArgumentError(f"{value!r} is not a date (2026-03-10) or an ISO date-time.") from None


# --- fan-out --------------------------------------------------------------------------------


class Progress:
    """Best-effort, strictly increasing progress notifications."""

    def __init__(self, ctx: Context) -> None:
        self.ctx, self.done = ctx, 0
        self.total: int | None = None
        self._lock = asyncio.Lock()

    async def step(self, message: str, *, total: int | None = None, advance: int = 1) -> None:
        async with self._lock:
            self.done += advance
            self.total = total if total is not None else self.total
            with contextlib.suppress(Exception):
                await self.ctx.report_progress(self.done, self.total, message)


@dataclass
class Gathered:
    values: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # no summary yet
    skipped: list[str] = field(default_factory=list)  # over the hourly budget
    failed: dict[str, str] = field(default_factory=dict)  # id → error code
    planned: int = 0


async def gather(
    svc: ConvoService, convs: list[Conversation], kind: Literal["keypoints", "transcript"], progress: Progress,
    *, preferred: frozenset[str] = frozenset(), extra_cap: int | None = None,
) -> Gathered:
    """Read keypoints or transcripts of ``convs`` within the hourly budget. Cached answers are
    taken from the peek (no request); the rest are planned, most recent (and preferred) first."""
    out = Gathered()

    def keep(cid: str, value: Any) -> None:
        if kind == "transcript":
            out.values[cid] = value if isinstance(value, Transcript) else Transcript.model_validate(value)
        elif value is None or value == MISSING:
            out.missing.append(cid)
        else:
            out.values[cid] = value if isinstance(value, Keypoints) else Keypoints.model_validate(value)

    cands = []
    for c in convs:
        hit = await svc.cache.get(f"{kind}:{c.id}")
        if hit is not None and hit.fresh:
            keep(c.id, hit.value)
        cands.append(Candidate(c.id, c.start_time, hit is not None and hit.fresh))
    sem = asyncio.Semaphore(CONCURRENCY)

    async def read(cid: str) -> None:
        async with sem:
            try:
                if kind == "transcript":
                    keep(cid, (await svc.transcript(cid)).value)
                else:
                    kp = await svc.keypoints(cid)
                    keep(cid, kp.value if kp else None)
            except (RateBudgetExhaustedError, RateLimitError):
                out.skipped.append(cid)
            except ConvoError as exc:
                out.failed[cid] = exc.code
        await progress.step(f"{kind}: {len(out.values) + len(out.missing)} of {len(convs)} meetings")

    budget = svc.spendable_requests()
    uncached = [c for c in recent_first(cands, preferred) if not c.cached]
    if budget is None and uncached:  # no rate headers seen yet: one request teaches them
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
    await progress.step(f"{len(convs) - len(reads) - len(plan.skipped)} cached; reading {len(reads)} {kind}s",
                        total=progress.done + len(reads) + 1)
    await asyncio.gather(*(read(cid) for cid in reads))
    return out


async def coverage(svc: ConvoService, convs: list[Conversation], got: Gathered, loads0: int) -> dict[str, Any]:
    """The Coverage fields: what was read, what was not and why (most recent first), what it cost."""
    order = [c.id for c in newest_first(convs)]
    groups = {"no_summary": set(got.missing), "budget": set(got.skipped), "error": set(got.failed)}
    return {
        "covered": [c.id for c in convs if c.id in got.values],
        "uncovered": {why: [cid for cid in order if cid in ids] for why, ids in groups.items() if ids},
        "requests_planned": got.planned, "requests_made": svc.cache.stats.loads - loads0,
        "budget_resets_at": svc.budget_resets_at() if got.skipped else None,
    }


def tools(app: App) -> list[ToolDef]:
    def svc() -> ConvoService:  # resolved per call: the service opens lazily
        return app.service

    def quota() -> tuple[str, int | None]:
        return svc().quota.summary(), svc().quota.state.remaining

    async def listing(progress: Progress, since: datetime) -> tuple[list[Conversation], int]:
        loads0 = svc().cache.stats.loads
        await progress.step("listing meetings", advance=0)
        convs, _ = await svc().all_conversations(since=since - timedelta(seconds=1))
        await progress.step(f"{len(convs)} meetings found")
        return convs, loads0

    async def meeting_digest(
        since: Annotated[str, Field(description="ISO date or date-time (UTC)", max_length=40)],
        until: Annotated[str | None, Field(description="Inclusive; default now", max_length=40)] = None,
        *, ctx: Context,
    ) -> tuple[DigestOutput, str]:
        lo, hi = when(since), when(until, end_of_day=True) if until else None
        if hi is not None and hi <= lo:
            raise InvalidArgumentError("until must be after since.")
        progress = Progress(ctx)
        convs, loads0 = await listing(progress, lo)
        convs = [c for c in convs if c.start_time and c.start_time >= lo and (hi is None or c.start_time < hi)]
        got = await gather(svc(), convs, "keypoints", progress)
        days: list[Day] = []
        for day, group in group_by_day(convs, lambda c: c.start_time):
            meetings = []
            for c in group:
                kp: Keypoints | None = got.values.get(c.id)
                body = kp.keypoints if kp else None
                meetings.append(DigestMeeting(
                    id=c.id, title=c.title, start=c.start_time, minutes=c.duration, summary=kp is not None,
                    decisions=body.decisions if body else [],
                    action_items=[to_item(a) for a in body.action_items] if body else [],
                ))
            days.append(Day(day=day, minutes=sum(m.minutes or 0 for m in meetings), meetings=meetings))
        model = DigestOutput(
            since=lo, until=hi, meetings=len(convs), total_minutes=sum(d.minutes for d in days),
            days=days, **await coverage(svc(), convs, got, loads0),
        )
        return model, digest_text(model, *quota())

    async def find_action_items(
        owner: Annotated[str | None, Field(description="Name or first name; 'me' for you", max_length=100)] = None,
        priority: Literal["high", "medium", "low", "any"] = "any",
        since: When = None,
        *, ctx: Context,
    ) -> tuple[ActionItemsOutput, str]:
        who = owner.strip() if owner and owner.strip() else None
        if who is not None and who.casefold() in ME:
            who = (await svc().profile()).value.profile.name or who
        lo = when(since)
        progress = Progress(ctx)
        convs, loads0 = await listing(progress, lo)
        convs = [c for c in convs if c.start_time is None or c.start_time >= lo]
        got = await gather(svc(), convs, "keypoints", progress)
        found = [
            to_item(a, c) for c in convs if (kp := got.values.get(c.id)) is not None for a in kp.keypoints.action_items
            if (who is None or owner_matches(who, a.owner))
            and (priority == "any" or (a.priority or "").casefold() == priority)
        ]
        model = ActionItemsOutput(owner=who, since=lo, items=dedupe(found), **await coverage(svc(), convs, got, loads0))
        head = f"{len(model.items)} action items" + (f" owned by {who}" if who else "") + \
            (f", priority {priority}" if priority != "any" else "") + f", since {lo:%Y-%m-%d}:"
        lines = [head, *(item_line(i) for i in model.items)]
        return model, "\n".join([*lines, *coverage_lines(model, *quota())])

    async def prepare_briefing(
        who_or_what: Annotated[str, Field(min_length=1, max_length=200, description="Person, company or topic")],
        lookback_days: Annotated[int, Field(ge=1, le=365)] = 90,
        *, ctx: Context,
    ) -> tuple[BriefingOutput, str]:
        q = " ".join(who_or_what.split())
        if not q:
            raise InvalidArgumentError("Say who or what the briefing is about.")
        lo = day_floor(datetime.now(UTC), lookback_days)
        progress = Progress(ctx)
        convs, loads0 = await listing(progress, lo)
        titled = frozenset(c.id for c in convs if mentions(c.title, q))
        # Titles found the subject: skim only the most recent other meetings for mentions. Else
        # (a person, a topic) every meeting's summary is where the answer is.
        skim = max(SKIM, 2 * len(titled)) if titled else None
        got = await gather(svc(), convs, "keypoints", progress, preferred=titled, extra_cap=skim)
        brief = Briefing(q)
        for c in newest_first(convs):
            brief.add(c, got.values.get(c.id), titled=c.id in titled)
        event = await next_event(q)
        cov = await coverage(svc(), convs, got, loads0)
        every: dict[str, list[str]] = cov["uncovered"]  # only title matches count: the rest were merely unchecked
        cov["uncovered"] = {why: hit for why, ids in every.items() if (hit := [i for i in ids if i in titled])}
        unchecked = sum(len(ids) for ids in every.values()) - sum(len(ids) for ids in cov["uncovered"].values())
        cov["budget_resets_at"] = cov["budget_resets_at"] if "budget" in cov["uncovered"] else None
        model = BriefingOutput(
            subject=q, since=lo, meetings=brief.meetings, decisions=brief.decisions,
            action_items=dedupe(brief.items), participants=[p for p, _ in brief.people.most_common()],
            topics=dict(sorted(brief.topics.values(), key=lambda t: t[1] or date.min, reverse=True)[:15]),
            next_event=event, unchecked=unchecked, **cov,
        )
        return model, briefing_text(model, *quota())

    async def next_event(q: str) -> Event | None:
        now = datetime.now(UTC)
        try:
            events = (await svc().calendar_events(
                max_results=50, time_min=now.replace(minute=0, second=0, microsecond=0),
                time_max=day_floor(now, -31),
            )).value
        except ConvoError:
            return None
        for e in sorted(events, key=lambda e: e.start.date_time or now):
            start = e.start.date_time
            names = [a.display_name or a.email or "" for a in e.attendees]
            domains = " ".join((a.email or "").partition("@")[2].replace(".", " ") for a in e.attendees)
            hit = mentions(e.summary, q) or any(owner_matches(q, n) for n in names) or mentions(domains, q)
            if hit and start is not None and start >= now:
                return Event(summary=e.summary, start=start, attendees=names)
        return None

    async def search_meetings(
        text: Annotated[str, Field(min_length=1, max_length=200, description="Words or phrase said")],
        since: When = None,
        speaker: Annotated[str | None, Field(max_length=100)] = None,
        max_results: Annotated[int, Field(ge=1, le=50)] = 20,
        *, ctx: Context,
    ) -> tuple[SearchOutput, str]:
        q = " ".join(text.split())
        if not q:
            raise InvalidArgumentError("Give some words to search for.")
        lo = when(since)
        progress = Progress(ctx)
        convs, loads0 = await listing(progress, lo)
        convs = [c for c in convs if c.start_time is None or c.start_time >= lo]
        got = await gather(svc(), convs, "transcript", progress)
        ranked: list[tuple[tuple[int, float, int], Hit]] = []
        for order, c in enumerate(newest_first(convs)):
            tr: Transcript | None = got.values.get(c.id)
            if tr is None:
                continue
            origin = next((s.timestamp for s in tr.segments if s.timestamp), None)
            for i, seg in enumerate(tr.segments):
                if speaker and not owner_matches(speaker, seg.speaker):
                    continue
                sn = snippet(seg.text, q)
                if sn is None:
                    continue
                rel = (seg.timestamp - origin).total_seconds() if seg.timestamp and origin else 0.0
                hit = Hit(conversation_id=c.id, title=c.title, day=meeting_day(c), i=i, t=hms(rel),
                          speaker=seg.speaker or "Unknown", quote=sn.text, exact=sn.kind == "phrase")
                ranked.append(((0 if hit.exact else 1, order, i), hit))
        ranked.sort(key=lambda p: p[0])
        model = SearchOutput(query=q, total_hits=len(ranked), hits=[h for _, h in ranked[:max_results]],
                             **await coverage(svc(), convs, got, loads0))
        return model, search_text(model)

    async def summarize_missing(
        conversation_ids: Annotated[list[str], Field(min_length=1, max_length=10, description="sess_… ids")],
        max_credits: Annotated[int, Field(ge=1, le=10, description="Most AI generations to spend")],
        *, ctx: Context,
    ) -> tuple[SummarizeOutput, str]:
        ids = list(dict.fromkeys(conversation_ids))
        await svc().quota.check()  # refuses up front when nothing is left this month
        progress = Progress(ctx)
        results: list[Summarized] = []
        spent = 0
        for n, cid in enumerate(ids, 1):
            left = svc().quota.state.remaining
            try:
                if await svc().keypoints(cid) is not None:
                    results.append(Summarized(id=cid, status="existing"))
                elif spent >= max_credits or left == 0:
                    why = "max_credits reached" if spent >= max_credits else "no AI generations left"
                    results.append(Summarized(id=cid, status="not_generated", detail=why))
                elif (room := svc().spendable_requests()) is not None and room < 1:
                    results.append(Summarized(id=cid, status="not_generated", detail="hourly request budget"))
                else:
                    out = await svc().generate_keypoints(cid)
                    spent += out.credits_spent
                    results.append(Summarized(id=cid, status="generated" if out.credits_spent else "existing"))
            except ConvoError as exc:
                results.append(Summarized(id=cid, status="failed", detail=exc.code))
            await progress.step(f"{n} of {len(ids)}", total=len(ids))
        model = SummarizeOutput(results=results, credits_spent=spent, ai_generations_left=svc().quota.state.remaining)
        return model, summarize_text(model, svc().quota.summary())

    return [
        ToolDef("prepare_briefing", "Meeting briefing", "insights", "read", prepare_briefing,
                "Brief on a person, company or topic from past meetings: decisions, action items, people, topics, "
                "next event. Free."),
        ToolDef("meeting_digest", "Meeting digest", "insights", "read", meeting_digest,
                "Meetings in a period by day: time spent, decisions, action items. Free."),
        ToolDef("find_action_items", "Find action items", "insights", "read", find_action_items,
                "Action items across meetings by owner (first name is enough) and priority. Free."),
        ToolDef("search_meetings", "Search transcripts", "insights", "read", search_meetings,
                "Where words were said: quotes with [HH:MM:SS], speaker and meeting. Free."),
        ToolDef("summarize_missing", "Summarize meetings", "insights", "ai", summarize_missing,
                "Generate summaries the insight tools found missing. 1 AI generation each, at most max_credits."),
    ]
