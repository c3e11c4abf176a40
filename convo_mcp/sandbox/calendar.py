"""The demo Google Calendar: events behind recorded meetings plus ~8 upcoming ones."""

from __future__ import annotations

import hashlib
import math
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import convo_mcp.sandbox.cast as cast
from convo_mcp.sandbox.models import Attendee, CalendarEvent, Conversation

TIME_ZONE = "America/New_York"
RESPONSES = ("accepted", "accepted", "tentative", "needsAction", "accepted", "declined")

# (days ahead, hour UTC, minute, minutes long, summary, attendee names)
UPCOMING: tuple[tuple[int, int, int, int, str, tuple[str, ...]], ...] = (
    (1, 15, 0, 45, "Globex — contract review", ("Dana Whitfield", "Lee Park", "Nina Petrova", "Omar Haddad")),
    (2, 14, 0, 30, "Acme Corp — renewal signature", ("Dana Whitfield", "Lee Park", "Jordan Blake")),
    (3, 16, 0, 60, "Umbrella Health — pilot training",
     ("Dana Whitfield", "Sofia Alvarez", "Grace Liu", "Samuel Ortiz")),
    (4, 15, 30, 30, "1:1 Dana / Lee", ("Dana Whitfield", "Lee Park")),
    (6, 13, 0, 45, "Weekly team sync",
     ("Dana Whitfield", "Lee Park", "Priya Raman", "Marcus Chen", "Sofia Alvarez")),
    (8, 17, 0, 60, "Initech — quarterly business review",
     ("Dana Whitfield", "Sofia Alvarez", "Carla Mendes", "Victor Osei")),
    (10, 19, 0, 45, "Hiring sync — Senior Account Executive", ("Dana Whitfield", "Ben Okafor", "Marcus Chen")),
    (13, 13, 0, 45, "Weekly team sync",
     ("Dana Whitfield", "Lee Park", "Priya Raman", "Marcus Chen", "Sofia Alvarez")),
)


def workday_ago(day_start: datetime, days_ago: int, *, oldest: int = 29) -> int:
    """``days_ago`` moved off a weekend (people meet on weekdays, whatever day the demo runs): a
    Saturday goes to the Friday before, a Sunday to the Monday after, each the other way when that
    would leave 1..``oldest`` days ago (a 30-day window still holds every demo meeting)."""
    weekday = (day_start - timedelta(days=days_ago)).weekday()
    if weekday == 5:
        return days_ago + 1 if days_ago + 1 <= oldest else days_ago - 2
    if weekday == 6:
        return days_ago - 1 if days_ago - 1 >= 1 else days_ago + 2
    return days_ago


def workday_ahead(day_start: datetime, days: int) -> int:
    """``days`` ahead moved off a weekend to the Monday after (weekly events stay a week apart)."""
    weekday = (day_start + timedelta(days=days)).weekday()
    return days + (7 - weekday if weekday >= 5 else 0)


def event_id_for(conversation_id: str) -> str:
    return "evt_" + hashlib.sha256(f"event:{conversation_id}".encode()).hexdigest()[:16]


def _attendees(names: tuple[str, ...], seed: str) -> tuple[Attendee, ...]:
    out = []
    for index, name in enumerate(names):
        person = cast.PEOPLE_BY_NAME[name]
        if person == cast.USER:
            status = "accepted"
        else:
            status = RESPONSES[(int(hashlib.sha256(seed.encode()).hexdigest(), 16) + index) % len(RESPONSES)]
        out.append(Attendee(person.email, person.name, status))
    return tuple(out)


def build_calendar(day_start: datetime, conversations: list[Conversation]) -> list[CalendarEvent]:
    """Past events of linked conversations and the upcoming events, sorted by start."""
    events: list[CalendarEvent] = []
    for conv in conversations:
        if conv.linked_event_id is None:
            continue
        slot = 30 * max(1, math.ceil(conv.duration_minutes / 30))
        names = conv.facts.participants
        events.append(CalendarEvent(conv.linked_event_id, conv.title, conv.start,
                                    conv.start + timedelta(minutes=slot), TIME_ZONE,
                                    _attendees(names, conv.id)))
    for days, hour, minute, length, summary, names in UPCOMING:
        start = day_start + timedelta(days=workday_ahead(day_start, days), hours=hour, minutes=minute)
        eid = "evt_" + hashlib.sha256(f"upcoming:{days}:{summary}".encode()).hexdigest()[:16]
        events.append(CalendarEvent(eid, summary, start, start + timedelta(minutes=length), TIME_ZONE,
                                    _attendees(names, eid)))
    events.sort(key=lambda e: e.start)
    return events


def _local(moment: datetime, zone: str) -> tuple[str, str]:
    try:
        return moment.astimezone(ZoneInfo(zone)).isoformat(), zone
    except ZoneInfoNotFoundError:  # no tz database on this machine: fall back to UTC
        return moment.isoformat().replace("+00:00", "Z"), "UTC"


def event_json(event: CalendarEvent) -> dict[str, Any]:
    start, zone = _local(event.start, event.time_zone)
    end, _ = _local(event.end, event.time_zone)
    return {
        "id": event.id,
        "summary": event.summary,
        "start": {"dateTime": start, "timeZone": zone},
        "end": {"dateTime": end, "timeZone": zone},
        "attendees": [
            {"email": a.email, "displayName": a.display_name, "responseStatus": a.response_status}
            for a in event.attendees
        ],
    }
