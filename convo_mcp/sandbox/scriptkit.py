"""Building blocks of meeting scripts: lines, decisions, commitments, topics, meeting kinds.

Texts are ``str.format`` templates filled from a meeting's parameters (company, contact first
names, numbers…). Role slots: ``user`` (Dana), ``ae``, ``pm``, ``eng``, ``csm``, ``talent``,
``peer`` (the other person in a 1:1) and ``c1``/``c2`` (the external company's contacts).
"""

from __future__ import annotations

from dataclasses import dataclass

from convo_mcp.sandbox.models import Priority


@dataclass(frozen=True)
class Line:
    role: str
    text: str


@dataclass(frozen=True)
class Decision:
    role: str
    said: str  # what is spoken in the transcript
    text: str  # how the decision is recorded in keypoints


@dataclass(frozen=True)
class Commitment:
    role: str  # the speaker owns the action item
    said: str
    item: str
    priority: Priority


@dataclass(frozen=True)
class DateNote:
    key: str  # parameter name: lines can say "{key}" and get the date spelled out ("March 14")
    days: int  # after the meeting's start
    context: str


@dataclass(frozen=True)
class Topic:
    heading: str
    points: tuple[str, ...]
    lines: tuple[Line, ...]
    decisions: tuple[Decision, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    dates: tuple[DateNote, ...] = ()


@dataclass(frozen=True)
class Kind:
    key: str
    titles: tuple[str, ...]  # picked by the meeting's variant number
    roles: tuple[str, ...]
    opening: tuple[Line, ...]
    topics: tuple[Topic, ...]
    closing: tuple[Line, ...]

    def title(self, variant: int) -> str:
        return self.titles[variant % len(self.titles)]

    @property
    def scripted_line_count(self) -> int:
        body = sum(len(t.lines) + len(t.decisions) + len(t.commitments) for t in self.topics)
        return len(self.opening) + body + len(self.closing)


def L(role: str, text: str) -> Line:
    return Line(role, text)


def D(role: str, said: str, text: str) -> Decision:
    return Decision(role, said, text)


def C(role: str, said: str, item: str, priority: Priority) -> Commitment:
    return Commitment(role, said, item, priority)
