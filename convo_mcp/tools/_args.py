"""Argument types tools share, each validated once, here, before any request: conversation ids,
ISO date-times (``Moment``), and the date arguments of the range tools (``Since``, ``Until``,
``When``, read by :func:`date_argument`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from convo_mcp.dates import ISO_MOMENT, check_moment, day_floor, parse_when
from convo_mcp.errors import InvalidArgumentError

ConversationId = Annotated[str, Field(max_length=128)]
When = Annotated[str | None, Field(description="ISO date; default 30 days ago", max_length=40)]
Since = Annotated[str, Field(description="ISO date", max_length=40)]
Until = Annotated[str | None, Field(description="Inclusive; default now", max_length=40)]
DateArg = Annotated[str | None, Field(description="ISO date; until inclusive", max_length=40)]


def _iso_only(value: Any) -> Any:
    """Date-time arguments are ISO 8601 text: a number (read by pydantic as unix time) is refused."""
    if isinstance(value, bool | int | float) or (isinstance(value, str) and not ISO_MOMENT.fullmatch(value.strip())):
        raise ValueError("must be an ISO 8601 date or date-time, like 2026-03-10 or 2026-03-10T14:00:00Z")
    return value


def _in_range(value: datetime | None) -> datetime | None:
    return None if value is None else check_moment(value)


# A date-time argument: ISO 8601 only, between 2015 and a year from now (checked before any request).
Moment = Annotated[datetime, BeforeValidator(_iso_only), AfterValidator(_in_range)]


def date_argument(value: str | None, *, end_of_day: bool = False) -> datetime:
    """A tool's date argument as aware UTC; midnight 30 days ago when not given (a stable cache key)."""
    if value is None or not value.strip():
        return day_floor(datetime.now(UTC), 30)
    try:
        return parse_when(value, end_of_day=end_of_day)
    except ValueError:
        raise InvalidArgumentError(
            f"{value[:40]!r} is not a date between 2015-01-01 and a year from now.",
            hint="Give a date like 2026-03-10 or an ISO 8601 date-time like 2026-03-10T14:00:00Z.",
        ) from None
