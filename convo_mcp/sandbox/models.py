"""Plain data records of the sandbox: meetings, transcripts, calendar events, webhooks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Tier = Literal["free", "starter", "professional", "enterprise"]
Priority = Literal["high", "medium", "low"]

TIERS: tuple[Tier, ...] = ("free", "starter", "professional", "enterprise")


@dataclass(frozen=True)
class Person:
    """Someone who speaks in meetings or attends calendar events."""

    name: str
    email: str
    title: str
    company: str

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Segment:
    """One transcript line; ``tag`` marks scripted decisions/commitments (not on the wire)."""

    text: str
    speaker: str
    at: datetime
    tag: str = ""


@dataclass(frozen=True)
class Section:
    heading: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class ActionItem:
    item: str
    owner: str
    priority: Priority
    confidence: float


@dataclass(frozen=True)
class ImportantDate:
    date: str  # YYYY-MM-DD
    context: str


@dataclass(frozen=True)
class MeetingFacts:
    """Ground truth of a meeting: what its script says, so AI output can be checked against it."""

    kind: str
    company: str | None
    participants: tuple[str, ...]
    sections: tuple[Section, ...]
    decisions: tuple[str, ...]
    action_items: tuple[ActionItem, ...]
    important_dates: tuple[ImportantDate, ...]


@dataclass
class Generated:
    """A stored AI result (keypoints or feedback) and when it was made."""

    payload: dict[str, Any]
    created_at: datetime


@dataclass
class Conversation:
    id: str
    title: str
    start: datetime
    end: datetime
    segments: list[Segment]
    facts: MeetingFacts
    user_speaker: str
    linked_event_id: str | None = None
    keypoints: Generated | None = None
    feedback: Generated | None = None
    share_token: str | None = None
    deleted: bool = False

    @property
    def segment_count(self) -> int:
        return len(self.segments)

    @property
    def duration_minutes(self) -> int:
        return round((self.end - self.start).total_seconds() / 60)


@dataclass(frozen=True)
class Attendee:
    email: str
    display_name: str
    response_status: str


@dataclass(frozen=True)
class CalendarEvent:
    id: str
    summary: str
    start: datetime
    end: datetime
    time_zone: str
    attendees: tuple[Attendee, ...]


@dataclass
class Webhook:
    id: str
    url: str
    events: list[str]
    secret: str
    created_at: datetime


@dataclass
class Delivery:
    """One webhook delivery attempt, successful or not."""

    event: str
    url: str
    webhook_id: str
    body: bytes
    signature: str
    status: int | None = None
    error: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300
