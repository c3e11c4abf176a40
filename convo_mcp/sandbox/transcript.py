"""Render a meeting script into a timed transcript plus its ground-truth facts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from convo_mcp.sandbox.models import ActionItem, ImportantDate, MeetingFacts, Person, Section, Segment
from convo_mcp.sandbox.scriptkit import Kind

CONFIDENCE = {"high": 0.92, "medium": 0.85, "low": 0.78}

# Small talk woven between the scripted lines; {topic} is the current agenda item.
FILLERS: tuple[str, ...] = (
    "Can you say more about {topic}, {other}?",
    "On {topic}, I think we're mostly aligned.",
    "Let me pull up the numbers on {topic}.",
    "That matches what we saw with another customer last quarter.",
    "Good point, {other}.",
    "I'd want to double-check that before we commit.",
    "Agreed.",
    "Right.",
    "Makes sense to me.",
    "Let me share my screen for a second.",
    "Can everyone see the slide?",
    "One concern on {topic} is timing.",
    "How does that affect {topic} next month?",
    "I'll note that down.",
    "Sorry, you cut out for a second. Could you repeat that?",
    "Yes, exactly.",
    "Let's not go down that path today.",
    "I hear you, {other}.",
    "We talked about {topic} last time too.",
    "That's a fair question.",
    "From what I've seen, {topic} is going better than expected.",
    "Do we have data on that?",
    "I think the team would be fine with it.",
    "Let's keep moving, we have a lot to cover.",
    "Quick side note before we continue.",
    "Okay, so to summarise where we are on {topic}.",
    "{other}, anything to add?",
    "Not from my side.",
    "What would it take to close out {topic} this week?",
    "I'm not sure the numbers on {topic} hold up yet.",
    "{other}, you had a view on this earlier.",
    "Let's park that and come back to it.",
    "Is that a blocker, or just nice to have?",
    "I can pull a quick summary of {topic} after this.",
    "We should loop in finance on that.",
    "That's roughly where I landed too.",
    "Can we get a rough estimate by Friday?",
    "Honestly, {topic} has been the slow part.",
    "I'd push back a little on that.",
    "The last version of {topic} had the same issue.",
    "Okay, that helps.",
    "Who's closest to the details on {topic}?",
    "Let me check with the team and confirm.",
    "Good, that's one less thing to worry about.",
    "We might be overthinking {topic}.",
    "Let's write that down as an open question.",
    "Fair enough, {other}.",
    "I think the risk on {topic} is manageable.",
)


@dataclass(frozen=True)
class _Planned:
    role: str
    text: str
    tag: str  # "script", "decision", "action" or "" for small talk
    topic: int


def fill(template: str, params: dict[str, str]) -> str:
    return template.format_map(params)


def full_params(kind: Kind, cast: dict[str, Person], params: dict[str, str], start: datetime) -> dict[str, str]:
    """Meeting parameters plus role names (``c1``, ``c1_first``…) and spelled-out dates."""
    merged = dict(params)
    for role in kind.roles:
        merged[role] = cast[role].name
        merged[f"{role}_first"] = cast[role].first_name
    for topic in kind.topics:
        for note in topic.dates:
            day = (start + timedelta(days=note.days)).date()
            merged[note.key] = f"{day:%B} {day.day}"
    return merged


def _plan(kind: Kind, params: dict[str, str]) -> list[_Planned]:
    plan = [_Planned(line.role, fill(line.text, params), "script", 0) for line in kind.opening]
    for index, topic in enumerate(kind.topics):
        plan += [_Planned(line.role, fill(line.text, params), "script", index) for line in topic.lines]
        plan += [_Planned(d.role, fill(d.said, params), "decision", index) for d in topic.decisions]
        plan += [_Planned(c.role, fill(c.said, params), "action", index) for c in topic.commitments]
    last = len(kind.topics) - 1
    plan += [_Planned(line.role, fill(line.text, params), "script", last) for line in kind.closing]
    return plan


def _with_small_talk(kind: Kind, plan: list[_Planned], total: int, rng: random.Random) -> list[_Planned]:
    extra = total - len(plan)
    if extra < 0:
        raise ValueError(f"{kind.key}: {total} segments is fewer than its {len(plan)} scripted lines")
    inserts = [0] * len(plan)
    for _ in range(extra):  # never after the closing line
        inserts[rng.randrange(max(1, len(plan) - 1))] += 1
    out: list[_Planned] = []
    for planned, count in zip(plan, inserts, strict=True):
        out.append(planned)
        previous = planned.role
        for _ in range(count):
            role = rng.choice([r for r in kind.roles if r != previous] or list(kind.roles))
            out.append(_Planned(role, "", "", planned.topic))
            previous = role
    return out


def render(
    kind: Kind,
    *,
    cast: dict[str, Person],
    params: dict[str, str],
    start: datetime,
    segment_count: int,
    rng: random.Random,
    gap: tuple[int, int] = (5, 20),
    company: str | None = None,
) -> tuple[list[Segment], MeetingFacts, datetime]:
    """Return (segments, facts, end time) for one meeting."""
    merged = full_params(kind, cast, params, start)
    planned = _with_small_talk(kind, _plan(kind, merged), segment_count, rng)
    segments: list[Segment] = []
    said: set[str] = set()  # small talk is not repeated word for word while fresh lines remain
    at = start + timedelta(seconds=rng.randint(2, 9))
    for item in planned:
        speaker = cast[item.role]
        text = item.text
        if not text:
            others = [cast[r].first_name for r in kind.roles if cast[r] is not speaker]
            topic = kind.topics[item.topic].heading.lower()
            other = rng.choice(others or ["everyone"])
            options = [f.format(topic=topic, other=other) for f in FILLERS]
            text = rng.choice([o for o in options if o not in said] or options)
            said.add(text)
        segments.append(Segment(text=text, speaker=speaker.name, at=at, tag=item.tag))
        at += timedelta(seconds=rng.randint(*gap))
    return segments, facts_of(kind, cast, merged, start, company), at


def facts_of(
    kind: Kind, cast: dict[str, Person], params: dict[str, str], start: datetime, company: str | None
) -> MeetingFacts:
    sections = tuple(
        Section(t.heading, tuple(fill(p, params) for p in t.points)) for t in kind.topics
    )
    decisions = tuple(fill(d.text, params) for t in kind.topics for d in t.decisions)
    actions = tuple(
        ActionItem(fill(c.item, params), cast[c.role].name, c.priority, CONFIDENCE[c.priority])
        for t in kind.topics
        for c in t.commitments
    )
    dates = tuple(
        ImportantDate((start + timedelta(days=n.days)).date().isoformat(), fill(n.context, params))
        for t in kind.topics
        for n in t.dates
    )
    participants = tuple(dict.fromkeys(cast[r].name for r in kind.roles))
    return MeetingFacts(kind.key, company, participants, sections, decisions, actions, dates)
