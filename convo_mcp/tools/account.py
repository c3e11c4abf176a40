"""Account and calendar tools."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from convo_mcp.app import App
from convo_mcp.errors import BadRequestError, InvalidArgumentError
from convo_mcp.render import provenance, when
from convo_mcp.service import ConvoService
from convo_mcp.tools._base import Output, ToolDef


class AccountOutput(Output):
    name: str | None = None
    email: str | None = None
    plan: str | None = None
    ai_generations_used: int | None = None
    ai_generations_limit: int | None = Field(None, description="null: unlimited")
    ai_generations_left: int | None = Field(None, description="null: unlimited")
    ai_resets_at: datetime | None = None
    requests_left_this_hour: int | None = None
    requests_limit_per_hour: int | None = None
    requests_reset_at: datetime | None = None
    demo: bool = False


class EventOut(BaseModel):
    id: str
    summary: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    time_zone: str | None = None
    attendees: list[str] = []


class CalendarOutput(Output):
    events: list[EventOut]
    source: str


def tools(app: App) -> list[ToolDef]:
    def svc() -> ConvoService:  # resolved per call: the service opens lazily
        return app.service

    async def get_account() -> tuple[AccountOutput, str]:
        out = await svc().profile()
        p = out.value
        ai = p.api_usage.ai_generations
        budget = svc().client.governor.state
        model = AccountOutput(
            name=p.profile.name, email=p.profile.email, plan=p.subscription.tier,
            ai_generations_used=ai.used, ai_generations_limit=ai.limit,
            ai_generations_left=svc().quota.state.remaining if svc().quota.state.known else ai.remaining,
            ai_resets_at=ai.resets_at, requests_left_this_hour=budget.remaining,
            requests_limit_per_hour=budget.limit, requests_reset_at=svc().budget_resets_at(), demo=app.is_demo,
        )
        lines = [
            f"{p.profile.name or '?'} <{p.profile.email or '?'}> · plan: {p.subscription.tier or '?'}"
            + (" · DEMO DATA" if app.is_demo else ""),
            svc().quota.summary(),
            f"Requests left this hour: {budget.remaining if budget.remaining is not None else '?'}"
            f"/{budget.limit if budget.limit is not None else '?'}",
        ]
        if note := provenance(out):
            lines.append(note)
        return model, "\n".join(lines)

    async def list_calendar_events(
        max_results: Annotated[int, Field(ge=1, le=50)] = 10,
        time_min: Annotated[datetime | None, Field(description="ISO 8601; default now")] = None,
        time_max: Annotated[datetime | None, Field(description="ISO 8601")] = None,
    ) -> tuple[CalendarOutput, str]:
        try:
            out = await svc().calendar_events(max_results=max_results, time_min=time_min, time_max=time_max)
        except BadRequestError:
            raise InvalidArgumentError(
                "Convo refused the calendar request.",
                hint="Connect Google Calendar in the Convo dashboard, or check time_min/time_max.",
            ) from None
        events = [
            EventOut(
                id=e.id, summary=e.summary, start=e.start.date_time, end=e.end.date_time,
                time_zone=e.start.time_zone,
                attendees=[a.display_name or a.email or "?" for a in e.attendees],
            )
            for e in out.value
        ]
        lines = [
            f"{when(e.start)} · {e.summary or '(no title)'}" + (f" · {', '.join(e.attendees)}" if e.attendees else "")
            for e in events
        ] or ["No upcoming events."]
        if note := provenance(out):
            lines.append(note)
        return CalendarOutput(events=events, source=out.source), "\n".join(lines)

    return [
        ToolDef("get_account", "Account and usage", "account", "read", get_account,
                "Plan, AI generations left this month, API requests left this hour."),
        ToolDef("list_calendar_events", "Upcoming calendar events", "calendar", "read", list_calendar_events,
                "Upcoming Google Calendar events with attendees (needs calendar connected in Convo)."),
    ]
