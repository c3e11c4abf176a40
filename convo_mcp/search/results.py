"""What the index answers with: meetings, and their best lines with scores."""

from __future__ import annotations

from dataclasses import dataclass, field

from convo_mcp.search.document import Line


@dataclass(frozen=True)
class Meeting:
    n: int
    id: str
    title: str | None
    start: float | None
    minutes: float | None
    transcript: bool
    keypoints: bool
    lines: int | None = None  # its transcript's segments (how long it is), when indexed


@dataclass(frozen=True)
class Hit:
    line: Line
    score: float
    at: float | None  # seconds from the meeting start
    meaning: bool = False  # found by meaning (close to the query in other words), not by its words
    close: float | None = None  # the second stage's score of it against the query, when it read it


@dataclass(frozen=True)
class MeetingHits:
    meeting: Meeting
    hits: int
    score: float
    best: list[Hit]


@dataclass(frozen=True)
class Page:
    meetings: list[MeetingHits]
    total_meetings: int
    total_hits: int
    names: dict[int, dict[int, str]] = field(default_factory=dict)  # meeting n → its speakers by number
