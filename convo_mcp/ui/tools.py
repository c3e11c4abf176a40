"""The two tools that open a view: a meeting, and a period. Each answers like any other tool
(text for the model, structured content for every client) and, for hosts that render MCP Apps,
carries what its view draws.

The meeting's timeline (one run per stretch of one speaker) goes in the result's ``_meta``, which
hosts hand to the view and not to the model: a two-hour meeting has hundreds of runs, which the
view needs and the model does not. Both tools read the cache and the index first and never spend
an AI generation.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from convo_mcp.convo.models import Keypoints, Segment
from convo_mcp.dates import Instant
from convo_mcp.errors import ConvoError, InvalidArgumentError
from convo_mcp.outcome import Outcome
from convo_mcp.render import hms, provenance
from convo_mcp.service import ConvoService
from convo_mcp.tools._base import Output, Progress, tool
from convo_mcp.tools.conversations import ConversationId
from convo_mcp.tools.insights.digest import meeting_digest
from convo_mcp.tools.insights.fanout import COST
from convo_mcp.tools.insights.logic import owner_matches
from convo_mcp.ui import DIGEST_VIEW, MEETING_VIEW

TIMELINE_KEY = "io.convo/timeline"  # _meta key of the meeting view's runs
MERGE_GAP = 2.0  # seconds: a pause shorter than this does not end a speaker's run
MAX_MARKS = 60
SHOWN_MARKS = 12  # in the structured result; the view gets them all


class SpeakerShare(BaseModel):
    name: str
    seconds: int
    share: float  # percent of the talk time, one decimal
    turns: int


class Mark(BaseModel):
    at: int  # seconds into the meeting
    time: str  # HH:MM:SS
    speaker: str
    text: str


class KeyItem(BaseModel):
    item: str
    owner: str | None = None
    priority: str | None = None


class MeetingView(Output):
    id: str
    title: str | None = None
    start: Instant | None = None
    length: int  # seconds, first word to last
    segments: int
    speakers: list[SpeakerShare]
    question: str | None = None
    mentions: int = 0  # where the question's words are said; the first few are in marks, all in _meta
    marks: list[Mark] = []
    sections: dict[str, list[str]] = {}
    decisions: list[str] = []
    action_items: list[KeyItem] = []
    summary: bool  # keypoints exist (none is generated here)
    requests_made: int


def runs(segments: list[Segment], length: float) -> tuple[list[list[int]], list[str], dict[str, float], Counter[str]]:
    """Speaker runs ``[speaker index, start s, end s]`` (a segment lasts until the next one starts),
    the speakers by first appearance, talk seconds and turns per speaker."""
    origin = next((s.timestamp for s in segments if s.timestamp), None)
    names: list[str] = []
    out: list[list[int]] = []
    talk: defaultdict[str, float] = defaultdict(float)
    turns: Counter[str] = Counter()
    times = [(s.timestamp - origin).total_seconds() if s.timestamp and origin else None for s in segments]
    for i, seg in enumerate(segments):
        start = times[i]
        if start is None:
            continue
        end = next((t for t in times[i + 1:] if t is not None), length)
        end = max(start, min(end, length))
        name = seg.speaker or "Unknown"
        if name not in names:
            names.append(name)
        who = names.index(name)
        talk[name] += end - start
        if out and out[-1][0] == who and start - out[-1][2] < MERGE_GAP:
            out[-1][2] = round(end)
        else:
            out.append([who, round(start), round(end)])
            turns[name] += 1
    return out, names, talk, turns


def _words(question: str) -> list[str]:
    from convo_mcp.search.query import parse_query

    try:
        return [w.casefold() for w in parse_query(question).words() if len(w) > 2]
    except ConvoError:
        return []


def marks(segments: list[Segment], question: str) -> list[Mark]:
    """Where the question's words are said: each matching segment, in meeting order."""
    words = _words(question)
    if not words:
        return []
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)
    origin = next((s.timestamp for s in segments if s.timestamp), None)
    found = []
    for seg in segments:
        if seg.timestamp and origin and pattern.search(seg.text):
            at = int((seg.timestamp - origin).total_seconds())
            found.append(Mark(at=at, time=hms(at), speaker=seg.speaker or "Unknown", text=seg.text.strip()[:200]))
    return found[:MAX_MARKS]


@tool("show_meeting", "Show a meeting", toolset="views", kind="read", ui=MEETING_VIEW,
      description="A meeting as a picture: who spoke when, talk time, summary, where a question comes up. "
                  "≤2 requests; no AI.")
async def show_meeting(
    svc: ConvoService,
    conversation_id: ConversationId,
    question: Annotated[str | None, Field(max_length=300, description="Words to mark on the timeline")] = None,
) -> tuple[MeetingView, str, dict[str, Any]]:
    made = svc.requests_made()
    out = await svc.transcript(conversation_id)
    segments = out.value.segments
    if not segments:
        raise InvalidArgumentError(f"{conversation_id} has no transcript yet.", hint="Try again once Convo has it.")
    known = await svc.known_conversation(conversation_id)
    origin = next((s.timestamp for s in segments if s.timestamp), None)
    last = max((s.timestamp for s in segments if s.timestamp), default=origin)
    tail = 5.0  # the last segment's length is unknown: a few seconds
    length = ((last - origin).total_seconds() if last and origin else 0.0) + tail
    timeline, names, talk, turns = runs(segments, length)
    total = sum(talk.values()) or 1.0
    speakers = sorted((SpeakerShare(name=n, seconds=round(talk[n]), share=round(100 * talk[n] / total, 1),
                                    turns=turns[n]) for n in names), key=lambda s: -s.seconds)
    kp: Outcome[Keypoints] | None = await svc.keypoints(conversation_id)
    body = kp.value.keypoints if kp else None
    found = marks(segments, question) if question else []
    view = MeetingView(
        id=conversation_id, title=(known.title if known else None) or (kp.value.title if kp else None),
        start=(known.start_time if known else None) or origin, length=round(length), segments=len(segments),
        speakers=speakers, question=question, mentions=len(found), marks=found[:SHOWN_MARKS],
        sections={(s.heading or "Notes"): s.points for s in body.sections} if body else {},
        decisions=body.decisions if body else [],
        action_items=[KeyItem(item=a.item, owner=a.owner, priority=a.priority) for a in body.action_items]
        if body else [],
        summary=body is not None, requests_made=svc.requests_made() - made,
    )
    meta = {TIMELINE_KEY: {"speakers": names, "runs": timeline,
                           "marks": [m.model_dump() for m in found]}}
    return view, meeting_text(view, provenance(out)), meta


def meeting_text(v: MeetingView, note: str | None) -> str:
    when = f"{v.start:%Y-%m-%d %H:%M} UTC, " if isinstance(v.start, datetime) else ""
    lines = [f"{v.title or v.id} ({v.id}): {when}{v.length // 60} min, {v.segments} segments, "
             f"{len(v.speakers)} speakers."]
    lines.append("Talk time: " + "; ".join(f"{s.name} {s.share:g}% ({s.seconds // 60} min, {s.turns} turns)"
                                            for s in v.speakers))
    if v.question is not None:
        if v.marks:
            shown = ", ".join(f"{m.time} {m.speaker}" for m in v.marks)
            more = f" and {v.mentions - len(v.marks)} more" if v.mentions > len(v.marks) else ""
            lines.append(f"{v.question!r} comes up {v.mentions} times: {shown}{more}.")
        else:
            lines.append(f"{v.question!r} does not come up in the transcript.")
    if v.summary:
        lines.append(f"Summary: {len(v.decisions)} decisions, {len(v.action_items)} action items"
                     + (": " + "; ".join(f"{a.item} ({a.owner or 'unassigned'})" for a in v.action_items[:8])
                        if v.action_items else "") + ".")
    else:
        lines.append("No summary yet (generate_keypoints makes one: 1 AI generation).")
    lines.append(f"The view shows a timeline; clicking a moment reads those lines. {v.requests_made} requests made.")
    return "\n".join(x for x in (*lines, note) if x)


# --- a period ---------------------------------------------------------------------------------------


class DayBar(BaseModel):
    day: str
    meetings: int
    minutes: int


class OwnerItem(BaseModel):
    item: str
    owner: str
    priority: Literal["high", "medium", "low", "none"]
    conversation_id: str  # the most recent meeting that lists it
    title: str | None = None
    day: str | None = None
    meetings: int | None = None  # how many meetings listed it, when more than one


class PeriodView(Output):
    since: Instant
    until: Instant | None = None
    meetings: int
    hours: float
    days: list[DayBar]
    owners: dict[str, int]  # open action items per owner, most first
    items: list[OwnerItem]
    owner: str | None = None
    covered: int
    not_read: int
    requests_made: int


PRIORITY = {"high": 0, "medium": 1, "low": 2, "none": 3}


@tool("show_digest", "Show a period", toolset="views", kind="read", ui=DIGEST_VIEW,
      description="A period as a dashboard: meetings per day, hours, action items by owner." + COST)
async def show_digest(
    svc: ConvoService,
    progress: Progress,
    since: Annotated[str, Field(description="ISO date", max_length=40)],
    until: Annotated[str | None, Field(description="Inclusive; default now", max_length=40)] = None,
    owner: Annotated[str | None, Field(max_length=100)] = None,
) -> tuple[PeriodView, str]:
    made = svc.requests_made()
    digest, _ = await meeting_digest.fn(svc, progress, since=since, until=until)
    items: list[OwnerItem] = []
    for day in digest.days:
        for m in day.meetings:
            for a in m.action_items or []:
                prio = (a.priority or "none").casefold()
                items.append(OwnerItem(item=a.item, owner=a.owner or "Unassigned",
                                       priority=prio if prio in PRIORITY else "none",
                                       conversation_id=m.id, title=m.title, day=str(day.day) if day.day else None))
    who = owner.strip() if owner and owner.strip() else None
    if who:
        items = [i for i in items if owner_matches(who, i.owner)]
    latest: dict[tuple[str, str], OwnerItem] = {}
    seen: Counter[tuple[str, str]] = Counter()
    for i in sorted(items, key=lambda i: i.day or "", reverse=True):  # one entry per item, its latest meeting
        key = (i.owner.casefold(), " ".join(i.item.casefold().split()))
        seen[key] += 1
        latest.setdefault(key, i)
    items = [i.model_copy(update={"meetings": seen[k] if seen[k] > 1 else None}) for k, i in latest.items()]
    items.sort(key=lambda i: (i.owner, PRIORITY[i.priority], i.day or ""))
    counts: defaultdict[str, int] = defaultdict(int)
    for i in items:
        counts[i.owner] += 1
    view = PeriodView(
        since=digest.since, until=digest.until, meetings=digest.meetings,
        hours=round(digest.total_minutes / 60, 1),
        days=[DayBar(day=str(d.day), meetings=len(d.meetings), minutes=d.minutes) for d in digest.days if d.day],
        owners=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), items=items, owner=who,
        covered=digest.covered, not_read=sum(digest.uncovered.values()), requests_made=svc.requests_made() - made,
    )
    return view, period_text(view)


def period_text(v: PeriodView) -> str:
    until = f"{v.until:%Y-%m-%d}" if v.until else "now"
    lines = [f"{v.meetings} meetings {v.since:%Y-%m-%d} – {until}, {v.hours:g} hours in meetings."]
    busiest = sorted(v.days, key=lambda d: -d.minutes)[:3]
    if busiest:
        lines.append("Busiest days: " + "; ".join(f"{d.day} ({d.meetings} meetings, {d.minutes} min)" for d in busiest))
    if v.owners:
        lines.append(f"{len(v.items)} action items" + (f" for {v.owner}" if v.owner else "") + ": "
                     + "; ".join(f"{o} {n}" for o, n in v.owners.items()))
        for i in v.items[:15]:
            more = f" [in {i.meetings} meetings]" if i.meetings else ""
            lines.append(f"- {i.item} ({i.owner}, {i.priority}) — {i.title} ({i.day}){more}")
        if len(v.items) > 15:
            lines.append(f"… and {len(v.items) - 15} more in the view.")
    else:
        lines.append("No action items in the meetings read.")
    if v.not_read:
        lines.append(f"{v.not_read} meetings have no summary yet or were not read (meeting_digest names them).")
    lines.append(f"Read {v.covered} summaries; {v.requests_made} requests made.")
    return "\n".join(lines)


TOOLS = [show_meeting, show_digest]
