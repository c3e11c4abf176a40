"""Account and calendar tools."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from convo_mcp.dates import Instant
from convo_mcp.errors import BadRequestError, InvalidArgumentError
from convo_mcp.render import provenance
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import Moment
from convo_mcp.tools._define import Output, tool
from convo_mcp.zone import Zone


class AccountOutput(Output):
    name: str | None = None
    email: str | None = None
    plan: str | None = None
    ai_generations_used: int | None = None
    ai_generations_limit: int | None = Field(None, description="null: unlimited")
    ai_generations_left: int | None = Field(None, description="null: unlimited")
    ai_resets_at: Instant | None = None
    requests_left_this_hour: int | None = None
    requests_limit_per_hour: int | None = None
    requests_reset_at: Instant | None = None
    background_requests_this_hour: int = 0  # sent by the background indexer, from the same hourly budget
    demo: bool = False


class EventOut(BaseModel):
    summary: str | None = None
    start: Instant | None = None  # with the event's own UTC offset
    minutes: int | None = None
    attendees: list[str] = []


class CalendarOutput(Output):
    events: list[EventOut]
    time_zone: str | None = Field(None, description="the account's; the text shows times in it")
    source: str


@tool("get_account", "Account and usage", toolset="account", kind="read",
      description="Plan, AI generations left this month, requests left this hour.")
async def get_account(svc: ConvoService) -> tuple[AccountOutput, str]:
    out = await svc.profile()
    p = out.value
    ai = p.api_usage.ai_generations
    budget = svc.budget()
    background = svc.background_requests()
    left = svc.ai_generations_left()  # what every process has spent, not only what a cached profile says
    used = ai.limit - left if ai.limit is not None and left is not None else ai.used
    model = AccountOutput(
        name=p.profile.name, email=p.profile.email, plan=p.subscription.tier,
        ai_generations_used=used, ai_generations_limit=ai.limit,
        ai_generations_left=left,
        ai_resets_at=ai.resets_at, requests_left_this_hour=budget.remaining,
        requests_limit_per_hour=budget.limit, requests_reset_at=budget.resets_at,
        background_requests_this_hour=background, demo=svc.demo,
    )
    lines = [
        f"{p.profile.name or '?'} <{p.profile.email or '?'}> · plan: {p.subscription.tier or '?'}"
        + (" · DEMO DATA" if svc.demo else ""),
        svc.quota_note(),
        f"Requests left this hour: {budget.remaining if budget.remaining is not None else '?'}"
        f"/{budget.limit if budget.limit is not None else '?'}"
        + (f" (background indexing used {background} this hour)" if background else ""),
    ]
    if note := provenance(out):
        lines.append(note)
    return model, "\n".join(lines)


@tool("list_calendar_events", "Upcoming calendar events", toolset="calendar", kind="read",
      description="Upcoming calendar events with attendees.")
async def list_calendar_events(
    svc: ConvoService,
    max_results: Annotated[int, Field(ge=1, le=50)] = 10,
    time_min: Moment | None = None,
    time_max: Moment | None = None,
) -> tuple[CalendarOutput, str]:
    try:
        out = await svc.calendar_events(max_results=max_results, time_min=time_min, time_max=time_max)
    except BadRequestError:
        raise InvalidArgumentError(
            "Convo refused the calendar request.",
            hint="Connect Google Calendar in the Convo dashboard, or check time_min/time_max.",
        ) from None
    zone = (await svc.zone()).name if out.value else None
    events, lines = [], []
    for e in out.value:
        start, end = e.start.date_time, e.end.date_time
        minutes = round((end - start).total_seconds() / 60) if start and end else None
        event = EventOut(summary=e.summary, start=start, minutes=minutes,
                         attendees=[a.display_name or a.email or "?" for a in e.attendees])
        events.append(event)
        when = Zone.of(zone if zone != "UTC" else e.start.time_zone).at(start, utc=True, day="%a %Y-%m-%d")
        lines.append(when + (f" · {minutes} min" if minutes else "")
                     + f" · {e.summary or '(no title)'}"
                     + (f" · {', '.join(event.attendees)}" if event.attendees else ""))
    lines = lines or ["No upcoming events."]
    if note := provenance(out):
        lines.append(note)
    return CalendarOutput(events=events, time_zone=zone, source=out.source), "\n".join(lines)


TOOLS = [get_account, list_calendar_events]
