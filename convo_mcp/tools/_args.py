"""Argument types tools share, each validated once, here, before any request: conversation ids,
ISO date-times (``Moment``), and the date arguments of the range tools (``Since``, ``Until``,
``When``, read by :func:`date_argument`)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from convo_mcp.dates import ISO_MOMENT, check_moment, parse_when
from convo_mcp.errors import InvalidArgumentError
from convo_mcp.zone import UTC_ZONE, Zone

if TYPE_CHECKING:
    from convo_mcp.service import ConvoService

ConversationId = Annotated[str, Field(max_length=128)]
When = Annotated[str | None, Field(description="ISO date, 'last week', '-7d'", max_length=40)]
Since = Annotated[str | None, Field(description="ISO date, 'this week', '-7d'", max_length=40)]
Until = Annotated[str | None, Field(max_length=40)]  # inclusive; default now (what a model assumes)
DateArg = Annotated[str | None, Field(description="ISO date, 'last week', '-7d'", max_length=40)]


def _iso_only(value: Any) -> Any:
    """Date-time arguments are ISO 8601 text: a number (read by pydantic as unix time) is refused."""
    if isinstance(value, bool | int | float) or (isinstance(value, str) and not ISO_MOMENT.fullmatch(value.strip())):
        raise ValueError("must be an ISO 8601 date or date-time, like 2026-03-10 or 2026-03-10T14:00:00Z")
    return value


def _in_range(value: datetime | None) -> datetime | None:
    return None if value is None else check_moment(value)


# A date-time argument: ISO 8601 only, between 2015 and a year from now (checked before any request).
Moment = Annotated[datetime, BeforeValidator(_iso_only), AfterValidator(_in_range)]


def date_argument(value: str | None, *, end_of_day: bool = False, zone: Zone = UTC_ZONE,
                  default_days: int = 30, argument: str | None = None) -> datetime:
    """A tool's date argument as aware UTC, days local to ``zone``; the local midnight
    ``default_days`` ago when not given (a stable cache key)."""
    if value is None or not value.strip():
        today = datetime.now(UTC).astimezone(zone.tz).date()
        return datetime.combine(today - timedelta(days=default_days), time(), tzinfo=zone.tz).astimezone(UTC)
    try:
        return parse_when(value, end_of_day=end_of_day, tz=zone.tz)
    except ValueError:
        raise InvalidArgumentError(
            f"{value[:40]!r} is not a date between 2015-01-01 and a year from now.",
            hint="Give a date like 2026-03-10, an ISO 8601 date-time like 2026-03-10T14:00:00Z, or today, "
                 "yesterday, this week, last week, this month, last month, or -7d (7 days ago).",
            argument=argument,
        ) from None


def date_range(since: str | None, until: str | None, zone: Zone, *, default_days: int = 30,
               ) -> tuple[datetime, datetime | None]:
    """``since`` … ``until`` (inclusive, None for now) as aware UTC; until must come after since.
    One word for both ("last week") covers that period."""
    lo = date_argument(since, zone=zone, default_days=default_days, argument="since")
    hi = date_argument(until, end_of_day=True, zone=zone, argument="until") if until and until.strip() else None
    if hi is not None and hi <= lo:
        raise InvalidArgumentError("until must be after since.", argument="until")
    return lo, hi


async def period(svc: ConvoService, since: str | None, until: str | None, *, default_days: int = 30,
                 read: bool = True) -> tuple[Zone, datetime, datetime | None]:
    """The account's zone and the dates it makes of ``since`` … ``until``; dates that cannot be
    read are refused first, before the zone's profile read could spend a request (``read=False``:
    never a request, the zone of a cached profile or UTC)."""
    date_range(since, until, UTC_ZONE, default_days=default_days)
    zone = await svc.zone(read=read)
    return (zone, *date_range(since, until, zone, default_days=default_days))
