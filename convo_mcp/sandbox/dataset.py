"""Deterministic demo data: ~44 business meetings over the last 30 days, and a calendar.

The same ``now`` always yields the same data; conversation ids do not depend on ``now`` at all.
Each meeting is rendered from a script (see ``scripts_*``), and its :class:`MeetingFacts`
(decisions, action items with owners, dates) are the ground truth the "AI" answers from.
"""

from __future__ import annotations

import functools
import hashlib
import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import convo_mcp.sandbox.ai as ai
import convo_mcp.sandbox.cast as cast
from convo_mcp.sandbox.calendar import build_calendar, event_id_for, workday_ago
from convo_mcp.sandbox.models import CalendarEvent, Conversation, Generated, Person
from convo_mcp.sandbox.scriptkit import Kind
from convo_mcp.sandbox.scripts_external import EXTERNAL_KINDS
from convo_mcp.sandbox.scripts_internal import INTERNAL_KINDS, STANDUP
from convo_mcp.sandbox.scripts_offsite import OFFSITE
from convo_mcp.sandbox.transcript import render

# Ground-truth facts for tests: who is who, and which companies recur.
USER_NAME = cast.USER.name  # the account owner; she speaks in every meeting (userSpeakerName)
PEOPLE = cast.PEOPLE
TEAM = cast.TEAM
COMPANIES = cast.COMPANIES
COMPANY_NAMES = cast.COMPANY_NAMES

KINDS: dict[str, Kind] = {**EXTERNAL_KINDS, **INTERNAL_KINDS, OFFSITE.key: OFFSITE}

LONG_MEETING_TITLE = "Quarterly planning offsite"
SHORT_MEETING_MAX_SEGMENTS = 9  # "short" meetings have fewer than 10 segments: feedback is refused

# Per-company meeting parameters, so a company's facts agree across its meetings.
COMPANY_PARAMS: dict[str, dict[str, str]] = {
    "acme": {"seats": "150", "price": "24", "discount": "12", "extra": "25", "adoption": "72", "growth": "18",
             "team": "operations", "integration": "Salesforce"},
    "globex": {"seats": "220", "price": "27", "discount": "8", "extra": "40", "adoption": "85", "growth": "9",
               "team": "dispatch", "integration": "SAP"},
    "initech": {"seats": "80", "price": "29", "discount": "10", "extra": "10", "adoption": "64", "growth": "24",
                "team": "engineering", "integration": "Jira"},
    "umbrella": {"seats": "60", "price": "24", "discount": "15", "extra": "30", "adoption": "91", "growth": "12",
                 "team": "clinical operations", "integration": "Epic"},
}
COMPLIANCE = {
    "umbrella": ("We'll also need a signed BAA for HIPAA.", "Umbrella Health requires a signed BAA for HIPAA"),
}
DEFAULT_COMPLIANCE = ("We also need to understand where the data is hosted.",
                      "Data hosted in the EU or US, encrypted at rest")
PIPELINE_PAIRS = (("Acme Corp", "Globex"), ("Initech", "Umbrella Health"), ("Acme Corp", "Umbrella Health"),
                  ("Initech", "Globex"), ("Acme Corp", "Globex"))
CANDIDATES = ("Alex Rivera", "Morgan Ellis", "Sam Patel", "Jamie Fox")
ONE_ON_ONE_ACCOUNT = {"ae": "Globex", "pm": "Acme Corp", "eng": "Initech", "csm": "Umbrella Health"}


@dataclass(frozen=True)
class MeetingSpec:
    days_ago: int
    hour: int
    minute: int
    kind: str
    subject: str | None  # company key, 1:1 peer role, or None
    segments: int
    variant: int = 0
    ready: str = ""  # "K": keypoints pre-generated, "F": feedback, "f": feedback without topPriority


SCHEDULE: tuple[MeetingSpec, ...] = (
    MeetingSpec(29, 9, 0, "weekly_sync", None, 180, 0, "KF"),
    MeetingSpec(29, 14, 0, "onboarding", "initech", 170, 0, "K"),
    MeetingSpec(28, 10, 30, "checkin", "acme", 110, 0, "Kf"),
    MeetingSpec(28, 16, 0, "standup", "acme", 6, 0, ""),
    MeetingSpec(27, 11, 0, "one_on_one", "ae", 90, 0, "F"),
    MeetingSpec(27, 15, 0, "discovery", "globex", 140, 0, "K"),
    MeetingSpec(26, 13, 0, "discovery", "umbrella", 130, 1, ""),
    MeetingSpec(25, 9, 30, "hiring", None, 120, 0, "KF"),
    MeetingSpec(24, 10, 0, "one_on_one", "pm", 80, 0, ""),
    MeetingSpec(24, 14, 0, "roadmap", None, 220, 0, "Kf"),
    MeetingSpec(23, 11, 0, "renewal", "acme", 160, 0, "K"),
    MeetingSpec(22, 9, 0, "weekly_sync", None, 200, 1, "F"),
    MeetingSpec(21, 13, 0, "checkin", "initech", 100, 0, ""),
    MeetingSpec(21, 16, 30, "standup", "globex", 7, 1, "K"),
    MeetingSpec(20, 14, 0, "security", "globex", 190, 0, "KF"),
    MeetingSpec(20, 17, 0, "quick", None, 8, 0, ""),
    MeetingSpec(19, 15, 0, "security", "umbrella", 200, 0, "K"),
    MeetingSpec(18, 10, 0, "hiring", None, 110, 1, "f"),
    MeetingSpec(17, 8, 0, "offsite", None, 1500, 0, "K"),
    MeetingSpec(17, 16, 0, "one_on_one", "eng", 70, 0, ""),
    MeetingSpec(16, 11, 0, "pricing", "acme", 150, 0, "KF"),
    MeetingSpec(15, 9, 0, "weekly_sync", None, 190, 2, ""),
    MeetingSpec(15, 14, 0, "security", "initech", 140, 1, "K"),
    MeetingSpec(14, 10, 30, "pricing_committee", "umbrella", 120, 0, "F"),
    MeetingSpec(14, 16, 0, "standup", "umbrella", 8, 2, ""),
    MeetingSpec(13, 11, 0, "pricing", "globex", 160, 0, "K"),
    MeetingSpec(12, 14, 0, "pricing", "umbrella", 170, 0, ""),
    MeetingSpec(11, 9, 30, "security", "acme", 140, 1, "Kf"),
    MeetingSpec(11, 15, 0, "roadmap", None, 160, 1, ""),
    MeetingSpec(10, 10, 0, "one_on_one", "csm", 85, 0, "K"),
    MeetingSpec(9, 13, 0, "checkin", "initech", 95, 1, "F"),
    MeetingSpec(9, 17, 0, "quick", None, 9, 1, ""),
    MeetingSpec(8, 9, 0, "weekly_sync", None, 210, 3, "K"),
    MeetingSpec(7, 11, 0, "hiring", None, 105, 2, ""),
    MeetingSpec(7, 16, 0, "standup", "initech", 5, 3, "K"),
    MeetingSpec(6, 14, 0, "pricing", "globex", 180, 1, "KF"),
    MeetingSpec(6, 16, 30, "pricing_committee", "globex", 60, 1, ""),
    MeetingSpec(5, 10, 0, "onboarding", "umbrella", 175, 1, "K"),
    MeetingSpec(4, 11, 0, "renewal", "acme", 150, 1, "f"),
    MeetingSpec(4, 15, 0, "hiring", None, 45, 3, ""),
    MeetingSpec(3, 10, 0, "one_on_one", "ae", 75, 1, "K"),
    MeetingSpec(3, 14, 0, "checkin", "initech", 120, 0, ""),
    MeetingSpec(2, 16, 0, "standup", "acme", 9, 4, ""),
    MeetingSpec(1, 9, 0, "weekly_sync", None, 300, 4, "KF"),
    MeetingSpec(1, 13, 0, "quick", None, 7, 2, ""),
)
LINKED_KINDS = frozenset({"discovery", "pricing", "renewal", "security", "onboarding", "checkin",
                          "weekly_sync", "one_on_one"})


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256(":".join(str(p) for p in parts).encode()).hexdigest()
    return f"{prefix}{digest[:12]}"


def spec_id(index: int, spec: MeetingSpec) -> str:
    return stable_id("sess_", "demo", index, spec.kind, spec.subject, spec.variant)


DEMO_IDS: tuple[str, ...] = tuple(spec_id(i, s) for i, s in enumerate(SCHEDULE))
LONG_MEETING_ID: str = DEMO_IDS[next(i for i, s in enumerate(SCHEDULE) if s.kind == "offsite")]
KEYPOINTS_READY_IDS: frozenset[str] = frozenset(DEMO_IDS[i] for i, s in enumerate(SCHEDULE) if "K" in s.ready)
FEEDBACK_READY_IDS: frozenset[str] = frozenset(
    DEMO_IDS[i] for i, s in enumerate(SCHEDULE) if "F" in s.ready or "f" in s.ready
)
SHORT_MEETING_IDS: frozenset[str] = frozenset(
    DEMO_IDS[i] for i, s in enumerate(SCHEDULE) if s.segments <= SHORT_MEETING_MAX_SEGMENTS
)


def _cast_for(kind: Kind, subject: str | None) -> dict[str, Person]:
    roles: dict[str, Person] = dict(cast.INTERNAL_ROLES)
    company = cast.COMPANIES.get(subject or "")
    if company is not None:
        roles["c1"], roles["c2"] = company.champion, company.technical
    if kind.key == "one_on_one" and subject is not None:
        roles["peer"] = cast.INTERNAL_ROLES[subject]
    return roles


def _params(spec: MeetingSpec) -> dict[str, str]:
    company = cast.COMPANIES.get(spec.subject or "")
    key = company.key if company else "acme"
    params = dict(COMPANY_PARAMS[key])
    ask, point = COMPLIANCE.get(key, DEFAULT_COMPLIANCE)
    pair = PIPELINE_PAIRS[spec.variant % len(PIPELINE_PAIRS)]
    candidate = CANDIDATES[spec.variant % len(CANDIDATES)]
    params.update(
        company=company.name if company else "Acme Corp",
        industry=company.industry if company else "manufacturing",
        compliance_ask=ask, compliance_point=point,
        company_a=pair[0], company_b=pair[1],
        candidate=candidate, candidate_first=candidate.split()[0],
    )
    if spec.kind == "one_on_one" and spec.subject is not None:
        params["company"] = ONE_ON_ONE_ACCOUNT[spec.subject]
    return params


def build_conversation(
    cid: str, spec: MeetingSpec, start: datetime, *, linked_event_id: str | None = None
) -> Conversation:
    kind = KINDS[spec.kind]
    roles = _cast_for(kind, spec.subject)
    params = _params(spec)
    rng = random.Random(f"{cid}:{spec.segments}")
    gap = (5, 5) if spec.segments > 1000 else (5, 20)  # the offsite: ~1,500 lines in ~2 h
    company = cast.COMPANIES.get(spec.subject or "") if spec.kind in EXTERNAL_KINDS else None
    segments, facts, end = render(
        kind, cast=roles, params=params, start=start, segment_count=spec.segments, rng=rng, gap=gap,
        company=company.name if company else None,
    )
    title = kind.title(spec.variant).format_map({**params, "peer_first": roles.get("peer", cast.USER).first_name})
    return Conversation(
        id=cid, title=title, start=start, end=end, segments=segments, facts=facts,
        user_speaker=cast.USER.name, linked_event_id=linked_event_id,
    )


def _day_start(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def demo_conversations(now: datetime) -> list[Conversation]:
    """The demo meetings in schedule order (oldest first, but for a weekend move), with
    pre-generated keypoints/feedback where flagged.

    Each call returns fresh :class:`Conversation` records with segment lists of their own (safe to
    mutate: a test that edits one sandbox's meeting leaves every other sandbox's alone); the
    immutable segments in them are shared between calls, since the data depends only on ``now``'s
    UTC day."""
    return [replace(conv, segments=list(conv.segments)) for conv in _demo_templates(_day_start(now))]


@functools.lru_cache(maxsize=4)
def _demo_templates(day: datetime) -> tuple[Conversation, ...]:
    out: list[Conversation] = []
    for index, spec in enumerate(SCHEDULE):
        cid = DEMO_IDS[index]
        start = day - timedelta(days=workday_ago(day, spec.days_ago)) + timedelta(hours=spec.hour, minutes=spec.minute)
        linked = event_id_for(cid) if spec.kind in LINKED_KINDS else None
        conv = build_conversation(cid, spec, start, linked_event_id=linked)
        if "K" in spec.ready:
            conv.keypoints = Generated(ai.keypoints(conv), conv.end + timedelta(minutes=3))
        if "F" in spec.ready or "f" in spec.ready:
            payload = ai.feedback(conv, include_top_priority="F" in spec.ready)
            conv.feedback = Generated(payload, conv.end + timedelta(minutes=5))
        out.append(conv)
    return tuple(out)


def demo_calendar(now: datetime, conversations: list[Conversation]) -> list[CalendarEvent]:
    return build_calendar(_day_start(now), conversations)


def generated_conversations(count: int, now: datetime) -> list[Conversation]:
    """``count`` simple 12-segment calls, one per hour going back from ``now``, oldest first."""
    out: list[Conversation] = []
    for n in range(count, 0, -1):
        spec = MeetingSpec(0, 0, 0, STANDUP.key, "acme", 12, n)
        conv = build_conversation(stable_id("sess_", "generated", n), spec, now - timedelta(hours=n))
        conv.title = f"Sync call {n:03d}"
        out.append(conv)
    return out


NEW_RECORDINGS = (
    MeetingSpec(0, 0, 0, "checkin", "globex", 60, 1),
    MeetingSpec(0, 0, 0, "discovery", "initech", 50, 0),
    MeetingSpec(0, 0, 0, "weekly_sync", None, 80, 2),
)


def new_recording(sequence: int, now: datetime) -> Conversation:
    """A meeting that "just finished recording" (for simulated ``conversation.created``)."""
    spec = NEW_RECORDINGS[sequence % len(NEW_RECORDINGS)]
    start = now - timedelta(minutes=25)
    return build_conversation(stable_id("sess_", "new", sequence, now.isoformat()), spec, start)
