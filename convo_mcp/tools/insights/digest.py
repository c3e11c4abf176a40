"""Meetings over a period, and action items across them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from convo_mcp.convo.models import Keypoints
from convo_mcp.insights.fanout import (
    COST,
    coverage,
    gather,
    left_out,
    listing,
)
from convo_mcp.insights.logic import group_by_day, owner_matches
from convo_mcp.insights.report import (
    ActionItemsOutput,
    Day,
    DigestMeeting,
    DigestOutput,
    coverage_lines,
    dedupe,
    digest_text,
    in_read,
    item_line,
    partial_line,
    to_item,
)
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import Since, Until, When, period
from convo_mcp.tools._define import tool
from convo_mcp.tools.insights.commitments import ME
from convo_mcp.types import Progress
from convo_mcp.zone import Zone


@tool("meeting_digest", "Meeting digest", toolset="insights", kind="read",
      description="Meetings in a period by day: time, decisions, action items." + COST)
async def meeting_digest(
    svc: ConvoService,
    progress: Progress,
    since: Since = None,
    until: Until = None,
) -> tuple[DigestOutput, str]:
    zone, lo, hi = await period(svc, since, until, default_days=7)
    convs, loads0 = await listing(svc, progress, lo)
    convs = [c for c in convs if c.start_time and c.start_time >= lo and (hi is None or c.start_time < hi)]
    got = await gather(svc, convs, "keypoints", progress)
    left = left_out(convs, got)
    why = {cid: reason for reason, ids in left.items() for cid in ids}
    days: list[Day] = []
    for day, group in group_by_day(convs, lambda c: c.start_time, zone.tz):
        meetings = []
        for c in group:
            kp: Keypoints | None = got.values.get(c.id)
            body = kp.keypoints if kp else None
            meetings.append(DigestMeeting(
                id=c.id, title=c.title, not_read=why.get(c.id),
                time=zone.clock(c.start_time) if c.start_time else None,
                minutes=round(c.duration) if c.duration is not None else None,
                decisions=body.decisions if body and body.decisions else None,
                action_items=[to_item(a) for a in body.action_items] if body and body.action_items else None,
            ))
        days.append(Day(day=day, minutes=sum(m.minutes or 0 for m in meetings), meetings=meetings))
    model = DigestOutput.model_validate(dict(
        time_zone=zone.name, since=lo, until=hi, meetings=len(convs), total_minutes=sum(d.minutes for d in days),
        days=days, **coverage(svc, convs, got, loads0, left),
    ))
    model.promises = await promise_board(svc, zone, lo, hi)
    return model, digest_text(model, left, svc.quota_note(), svc.ai_generations_left(), zone)


async def promise_board(svc: ConvoService, zone: Zone, lo: datetime, hi: datetime | None) -> dict[str, dict[str, int]]:
    """Promises made in the period by owner, open / slipped / done (the ledger: no request)."""
    if svc.ledger is None:
        return {}
    first, last = zone.day(lo), zone.day(hi) if hi else None
    board: dict[str, dict[str, int]] = {}
    for p in (await svc.ledger.book(zone)).promises:
        if p.line.day >= first and (last is None or p.line.day < last):
            counts = board.setdefault(p.owner, {"open": 0, "slipped": 0, "done": 0})
            counts[p.status] += 1
    return dict(sorted(board.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))


@tool("find_action_items", "Find action items", toolset="insights", kind="read",
      description="Action items across meetings, by owner." + COST)
async def find_action_items(
    svc: ConvoService,
    progress: Progress,
    owner: Annotated[str | None, Field(description="First name is enough; 'me'", max_length=100)] = None,
    priority: Literal["high", "medium", "low", "any"] = "any",
    since: When = None,
    until: Until = None,
) -> tuple[ActionItemsOutput, str]:
    who = owner.strip() if owner and owner.strip() else None
    if who is not None and who.casefold() in ME:
        who = (await svc.profile()).value.profile.name or who
    zone, lo, hi = await period(svc, since, until)
    convs, loads0 = await listing(svc, progress, lo)
    convs = [c for c in convs if c.start_time is None or (c.start_time >= lo and (hi is None or c.start_time < hi))]
    got = await gather(svc, convs, "keypoints", progress)
    found = [
        to_item(a, c, zone)
        for c in convs if (kp := got.values.get(c.id)) is not None for a in kp.keypoints.action_items
        if (who is None or owner_matches(who, a.owner))
        and (priority == "any" or (a.priority or "").casefold() == priority)
    ]
    left = left_out(convs, got)
    if priority == "any" and svc.ledger is not None:  # promises said carry no priority
        found = await svc.ledger.with_promises(zone, found, lo, hi, who)
    model = ActionItemsOutput.model_validate(
        dict(owner=who, since=lo, items=dedupe(found), **coverage(svc, convs, got, loads0, left)))
    head = f"{len(model.items)} action items" + (f" owned by {who}" if who else "") + \
        (f", priority {priority}" if priority != "any" else "") + in_read(model, left) + \
        f", since {zone.local(lo):%Y-%m-%d}" + (f" until {zone.local(hi):%Y-%m-%d}" if hi else "") + ":"
    lines = [*filter(None, [partial_line(model, left, zone)]), head, *(item_line(i) for i in model.items)]
    return model, "\n".join([*lines, *coverage_lines(model, left, svc.quota_note(), svc.ai_generations_left(),
                                                      zone)])
