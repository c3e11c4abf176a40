"""Dates the tools accept, as aware UTC between 2015 and a year from now: ISO 8601 dates and
date-times, and the days people say: ``today``, ``yesterday``, ``this week``, ``last week`` (weeks
start on Monday), ``this month``, ``last month``, ``7d`` or ``-7d`` (midnight 7 days ago). Days are
the account's local days: a bare date or a named day starts at its local midnight.

Strict on purpose: pydantic alone would read "-1" as a unix time (1969) and "0001-01-01" would
overflow later arithmetic; such values are refused before any request, with a clear message.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Annotated

from pydantic import PlainSerializer, WithJsonSchema


def iso_out(value: datetime) -> str:
    """A date-time as tools send it: ISO 8601 to the minute when the seconds are zero (they are for
    meetings and events, and every ":00" costs tokens), ``Z`` for UTC, else the offset as given."""
    spec = "minutes" if value.second == 0 and value.microsecond == 0 else "seconds"
    text = value.isoformat(timespec=spec)
    return text[:-6] + "Z" if text.endswith("+00:00") else text


# A date-time in a tool result: ISO 8601 text (see iso_out), and a schema without "format", which
# would cost tokens in every chat.
Instant = Annotated[datetime, PlainSerializer(iso_out, return_type=str, when_used="json"),
                    WithJsonSchema({"type": "string"})]


def as_utc(value: date | datetime, *, end_of_day: bool = False) -> datetime:
    """A date or datetime as an aware UTC datetime; naive ones are taken as UTC. A bare date is
    its midnight, or the next midnight with ``end_of_day`` (an inclusive "until" day)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    moment = datetime.combine(value, time(), tzinfo=UTC)
    return moment + timedelta(days=1) if end_of_day else moment


EARLIEST = datetime(2015, 1, 1, tzinfo=UTC)  # before any Convo recording
AHEAD = timedelta(days=366)  # calendars look ahead; nothing is further than a year
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")


RELATIVE = re.compile(r"(?:(today|yesterday|(?:this|last) (?:week|month))|-?(\d{1,4}) ?d(?:ays?)?(?: ago)?)")


def _period(text: str, today: date) -> tuple[date, date] | None:
    """A day people say as its first and its following day (local), or None."""
    found = RELATIVE.fullmatch(" ".join(text.casefold().split()))
    if found is None:
        return None
    name, days = found.groups()
    if days is not None:
        start = today - timedelta(days=int(days))
        return start, start + timedelta(days=1)
    monday = today - timedelta(days=today.weekday())
    first = today.replace(day=1)
    previous = (first - timedelta(days=1)).replace(day=1)
    return {
        "today": (today, today + timedelta(days=1)),
        "yesterday": (today - timedelta(days=1), today),
        "this week": (monday, monday + timedelta(days=7)),
        "last week": (monday - timedelta(days=7), monday),
        "this month": (first, (first + timedelta(days=32)).replace(day=1)),
        "last month": (previous, first),
    }[name]


def parse_when(value: str, *, end_of_day: bool = False, now: datetime | None = None,
               tz: tzinfo = UTC) -> datetime:
    """An ISO 8601 date or date-time, or a day people say (see the module), → aware UTC, strictly
    (no unix numbers, no "-1"), between 2015 and a year from now; ValueError otherwise. Days are
    local to ``tz``; ``end_of_day`` gives the end of the day or period (an inclusive "until")."""
    text = value.strip()
    current = now or datetime.now(UTC)
    if (period := _period(text, current.astimezone(tz).date())) is not None:
        day = period[1] if end_of_day else period[0]
        moment = datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)
        written = period[0]
    elif not ISO_MOMENT.fullmatch(text):
        raise ValueError(value)
    else:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00")) if len(text) > 10 else date.fromisoformat(text)
        except ValueError:
            raise ValueError(value) from None
        if isinstance(parsed, datetime):
            moment, written = as_utc(parsed), parsed.date()
        else:
            day = parsed + timedelta(days=1 if end_of_day else 0)
            moment, written = datetime.combine(day, time(), tzinfo=tz).astimezone(UTC), parsed
    return _within(moment, written, current, value)


def _within(moment: datetime, written: date, now: datetime, value: object) -> datetime:
    """``moment`` when it, or the day it was said on (``written``: local, or as its offset gives it), is in
    2015 or later, and it is at most a year from now; a moment before the start of 2015 in UTC (2015-01-01 in
    Berlin or Auckland starts in 2014 there) is read as that start: nothing was recorded earlier."""
    if (written < EARLIEST.date() and moment < EARLIEST) or moment > now + AHEAD:
        raise ValueError(value)
    return max(moment, EARLIEST)


def check_moment(value: datetime, *, now: datetime | None = None) -> datetime:
    """A date-time argument within 2015 … a year from now (as aware UTC; the day as its offset gives it
    counts for the start: ``2015-01-01T00:00+13:00`` is in range)."""
    try:
        return _within(as_utc(value), value.date(), now or datetime.now(UTC), value)
    except ValueError:
        raise ValueError(f"{value.isoformat()} is outside 2015-01-01 … one year from now") from None


def day_floor(moment: datetime, days_back: int = 0) -> datetime:
    """Midnight UTC ``days_back`` days before ``moment``: a stable ``since`` (and cache key)."""
    start = moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return start - timedelta(days=days_back)
