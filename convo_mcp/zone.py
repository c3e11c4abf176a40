"""One clock: every time a person or a model reads is in the account's zone, from its Convo profile,
labelled with the zone's abbreviation (``CET``), with UTC beside it where a person might compare.
An account whose profile names no zone (or one this machine does not know) reads UTC, said so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True)
class Zone:
    name: str  # the IANA name ("Europe/Berlin"), or "UTC"
    tz: tzinfo

    @classmethod
    def of(cls, name: str | None) -> Zone:
        if not name or name in ("UTC", "Etc/UTC", "Z"):
            return UTC_ZONE
        try:
            return cls(name, ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            return UTC_ZONE

    @property
    def is_utc(self) -> bool:
        return self.name == "UTC"

    def local(self, moment: datetime) -> datetime:
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(self.tz)

    def abbreviation(self, moment: datetime) -> str:
        """``CET``/``CEST``, ``EST``; the offset (``+0530``) where the zone has no letters."""
        abbr = self.local(moment).tzname() or "UTC"
        return abbr if abbr.isalpha() else self.local(moment).strftime("UTC%z")

    def day(self, moment: datetime) -> date:
        """The local calendar day of a moment (digests group by it)."""
        return self.local(moment).date()

    def clock(self, moment: datetime) -> str:
        """``19:30 CET``: a time of day, labelled."""
        return f"{self.local(moment):%H:%M} {self.abbreviation(moment)}"

    def at(self, moment: datetime | None, *, utc: bool = False, day: str = "%Y-%m-%d") -> str:
        """``2026-12-01 12:45 CET`` (with ``(11:45 UTC)`` when ``utc``); ``?`` when unknown."""
        if moment is None:
            return "?"
        text = f"{self.local(moment).strftime(day)} {self.clock(moment)}"
        if utc and not self.is_utc:
            text += f" ({moment.astimezone(UTC):%H:%M} UTC)"
        return text


UTC_ZONE = Zone("UTC", UTC)
