"""A briefing on a person, company or topic from past meetings, with the next event."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import Field

from convo_mcp.dates import day_floor
from convo_mcp.errors import ConvoError, InvalidArgumentError
from convo_mcp.insights.fanout import COST, coverage, gather, left_out, listing
from convo_mcp.insights.logic import mentions, owner_matches
from convo_mcp.insights.report import Briefing, BriefingOutput, Event, briefing_text, dedupe, newest_first
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import date_argument
from convo_mcp.tools._define import tool
from convo_mcp.types import Progress
from convo_mcp.zone import Zone

SKIM = 10  # other meetings a briefing checks for mentions when titles already name the subject


@tool("prepare_briefing", "Meeting briefing", toolset="insights", kind="read",
      description="Brief on a person, company or topic: decisions, action items, next event."
                  + COST)
async def prepare_briefing(
    svc: ConvoService,
    progress: Progress,
    who_or_what: Annotated[str, Field(min_length=1, max_length=200)],
    lookback_days: Annotated[int, Field(ge=1, le=365)] = 90,
) -> tuple[BriefingOutput, str]:
    q = " ".join(who_or_what.split())
    if not q:
        raise InvalidArgumentError("Say who or what the briefing is about.")
    zone = await svc.zone()
    lo = date_argument(None, zone=zone, default_days=lookback_days)
    convs, loads0 = await listing(svc, progress, lo)
    titled = frozenset(c.id for c in convs if mentions(c.title, q))
    # Titles found the subject: skim only the most recent other meetings for mentions. Else
    # (a person, a topic) every meeting's summary is where the answer is.
    skim = max(SKIM, 2 * len(titled)) if titled else None
    got = await gather(svc, convs, "keypoints", progress, preferred=titled, extra_cap=skim)
    brief = Briefing(q, zone)
    for c in newest_first(convs):
        brief.add(c, got.values.get(c.id), titled=c.id in titled)
    event = await next_event(svc, q)
    every = left_out(convs, got)  # only title matches count as left out: the rest were merely unchecked
    left = {why: hit for why, ids in every.items() if (hit := [i for i in ids if i in titled])}
    unchecked = sum(len(ids) for ids in every.values()) - sum(len(ids) for ids in left.values())
    model = BriefingOutput.model_validate(dict(
        subject=q, since=lo, meetings=brief.meetings, decisions=brief.decisions,
        action_items=dedupe(brief.items), participants=[p for p, _ in brief.people.most_common()],
        topics=brief.last_discussed(),
        next_event=event, unchecked=unchecked, open_promises=await open_promises(svc, q, zone),
        **coverage(svc, convs, got, loads0, left),
    ))
    return model, briefing_text(model, left, svc.quota_note(), svc.ai_generations_left(), zone)


async def next_event(svc: ConvoService, q: str) -> Event | None:
    now = datetime.now(UTC)
    try:
        events = (await svc.calendar_events(
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


async def open_promises(svc: ConvoService, subject: str, zone: Zone, shown: int = 10) -> list[str]:
    """Open promises made by, to or about the subject, newest first, from the commitments ledger
    (the indexed transcripts: no request)."""
    if svc.ledger is None:
        return []
    book = await svc.ledger.book(zone)
    found = [p for p in book.promises if p.status == "open" and (
        owner_matches(subject, p.owner) or mentions(p.to, subject) or mentions(p.text, subject))]
    found.sort(key=lambda p: (p.line.day, p.line.segment_index), reverse=True)
    return [f"{p.owner}: {p.text}" + (f" (due {p.due_date:%a %d %b})" if p.due_date else "")
            + f" — {book.titles.get(p.line.conversation_id) or p.line.conversation_id}, {p.line.day}"
            + (f" (a later line may be about it: '{p.possible.text[:80]}')" if p.unsure and p.possible else "")
            for p in found[:shown]]
