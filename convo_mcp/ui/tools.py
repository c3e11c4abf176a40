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
from typing import Annotated, Any

from pydantic import BaseModel, Field

from convo_mcp.convo.models import Keypoints, Segment
from convo_mcp.dates import Instant
from convo_mcp.errors import ConvoError, InvalidArgumentError
from convo_mcp.insights.fanout import COST
from convo_mcp.insights.logic import owner_matches
from convo_mcp.insights.report import Item, dedupe, item_line, to_item
from convo_mcp.outcome import Outcome
from convo_mcp.render import hms, offsets, origin, provenance
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import ConversationId, Since, Until
from convo_mcp.tools._define import Output, tool
from convo_mcp.tools.insights.digest import meeting_digest
from convo_mcp.types import Progress
from convo_mcp.ui import DIGEST_VIEW, MEETING_VIEW
from convo_mcp.zone import UTC_ZONE, Zone

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


class Said(BaseModel):
    segment_index: int
    time: str | None = None  # HH:MM:SS from the meeting's start
    speaker: str | None = None
    text: str


class Opened(BaseModel):
    """The moment the view was opened at: the cited line, with the lines around it."""
    segment_index: int
    at: int | None = None  # seconds into the meeting
    lines: list[Said]


class MeetingView(Output):
    id: str
    title: str | None = None
    start: Instant | None = None
    time_zone: str = "UTC"  # the account's: the view and the text show the start in it
    length: int  # seconds, first word to last
    segments: int
    speakers: list[SpeakerShare]
    question: str | None = None
    mentions: int = 0  # where the question's words are said; the first few are in marks, all in _meta
    marks: list[Mark] = []
    sections: dict[str, list[str]] = {}
    decisions: list[str] = []
    action_items: list[Item] = []
    summary: bool  # keypoints exist (none is generated here)
    opened_at: Opened | None = None  # show_meeting(segment_index=…): that line, highlighted in the view
    requests_made: int


Runs = tuple[list[list[int]], list[str], dict[str, float], Counter[str]]


def runs(segments: list[Segment], times: list[float | None], length: float) -> Runs:
    """Speaker runs ``[speaker index, start s, end s]`` (a segment lasts until the next one starts),
    the speakers by first appearance, talk seconds and turns per speaker. ``times``: each segment's
    offset (:func:`~convo_mcp.render.offsets`)."""
    names: list[str] = []
    out: list[list[int]] = []
    talk: defaultdict[str, float] = defaultdict(float)
    turns: Counter[str] = Counter()
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
    """The question's content words, understood as search understands them (filler dropped)."""
    from convo_mcp.search.query import parse_query

    try:
        return [w.casefold() for w in parse_query(question).words() if len(w) > 2]
    except ConvoError:
        return []


def marks(segments: list[Segment], times: list[float | None], question: str) -> list[Mark]:
    """Where the question's content words are said, the strongest moments first: the segments that
    say the most of them (ties in meeting order). Filler words ("what did we ... about the") mark
    nothing."""
    words = _words(question)
    if not words:
        return []
    patterns = [re.compile(r"\b" + re.escape(w), re.IGNORECASE) for w in dict.fromkeys(words)]
    found: list[tuple[int, float, Mark]] = []
    for seg, t in zip(segments, times, strict=True):
        said = sum(1 for p in patterns if p.search(seg.text))
        if said and t is not None:
            found.append((-said, t, Mark(at=int(t), time=hms(t), speaker=seg.speaker or "Unknown",
                                         text=seg.text.strip()[:200])))
    found.sort(key=lambda f: (f[0], f[1]))
    return [m for _, _, m in found[:MAX_MARKS]]


@tool("show_meeting", "Show a meeting", toolset="views", kind="read", ui=MEETING_VIEW,
      description="A meeting as a picture: who spoke when, talk time, summary. ≤2 requests; no AI.")
async def show_meeting(
    svc: ConvoService,
    conversation_id: ConversationId,
    question: Annotated[str | None, Field(max_length=300, description="Words to mark on the timeline")] = None,
    segment_index: Annotated[int | None, Field(ge=0)] = None,
) -> tuple[MeetingView, str, dict[str, Any]]:
    made = svc.requests_made()
    out = await svc.transcript(conversation_id)
    segments = out.value.segments
    if not segments:
        raise InvalidArgumentError(f"{conversation_id} has no transcript yet.", hint="Try again once Convo has it.")
    if segment_index is not None and segment_index >= len(segments):
        raise InvalidArgumentError(f"{conversation_id} has {len(segments)} segments: no segment {segment_index}.",
                                   hint=f"Give a segment_index from 0 to {len(segments) - 1} (as search and "
                                        "verify_quotes cite them).")
    known = await svc.known_conversation(conversation_id)
    times = offsets(segments)
    tail = 5.0  # the last segment's length is unknown: a few seconds
    length = max((t for t in times if t is not None), default=0.0) + tail
    timeline, names, talk, turns = runs(segments, times, length)
    total = sum(talk.values()) or 1.0
    speakers = sorted((SpeakerShare(name=n, seconds=round(talk[n]), share=round(100 * talk[n] / total, 1),
                                    turns=turns[n]) for n in names), key=lambda s: -s.seconds)
    kp: Outcome[Keypoints] | None = await svc.keypoints(conversation_id)
    body = kp.value.keypoints if kp else None
    found = marks(segments, times, question) if question else []
    zone = await svc.zone()
    view = MeetingView(
        id=conversation_id, time_zone=zone.name,
        title=(known.title if known else None) or (kp.value.title if kp else None),
        start=(known.start_time if known else None) or origin(segments), length=round(length), segments=len(segments),
        speakers=speakers, question=question, mentions=len(found), marks=found[:SHOWN_MARKS],
        sections={(s.heading or "Notes"): s.points for s in body.sections} if body else {},
        decisions=body.decisions if body else [],
        action_items=[to_item(a) for a in body.action_items] if body else [],
        summary=body is not None, requests_made=svc.requests_made() - made,
        opened_at=opened(segments, times, segment_index) if segment_index is not None else None,
    )
    meta = {TIMELINE_KEY: {"speakers": names, "runs": timeline,
                           "marks": [m.model_dump() for m in found]}}
    return view, meeting_text(view, provenance(out), zone), meta


def opened(segments: list[Segment], times: list[float | None], index: int, around: int = 3) -> Opened:
    lo, hi = max(0, index - around), min(len(segments), index + around + 1)
    at = times[index]
    return Opened(segment_index=index, at=int(at) if at is not None else None, lines=[
        Said(segment_index=i, time=hms(t) if (t := times[i]) is not None else None, speaker=segments[i].speaker,
             text=segments[i].text) for i in range(lo, hi)])


def meeting_text(v: MeetingView, note: str | None, zone: Zone = UTC_ZONE) -> str:
    when = f"{zone.at(v.start)}, " if isinstance(v.start, datetime) else ""
    lines = [f"{v.title or v.id} ({v.id}): {when}{v.length // 60} min, {v.segments} segments, "
             f"{len(v.speakers)} speakers."]
    lines.append("Talk time: " + "; ".join(f"{s.name} {s.share:g}% ({round(s.seconds / 60)} min, {s.turns} turns)"
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
    if v.opened_at is not None:
        cited = next(ln for ln in v.opened_at.lines if ln.segment_index == v.opened_at.segment_index)
        lines.append(f"Opened at segment {cited.segment_index}: [{cited.time or '?'}] {cited.speaker or '?'}: "
                     f"{cited.text}")
    lines.append(f"The view shows a timeline; clicking a moment reads those lines. {v.requests_made} requests made.")
    return "\n".join(x for x in (*lines, note) if x)


# --- a period ---------------------------------------------------------------------------------------


class DayBar(BaseModel):
    day: str
    meetings: int
    minutes: int


class PeriodView(Output):
    time_zone: str = "UTC"  # the account's: days are its local days
    since: Instant
    until: Instant | None = None
    meetings: int
    hours: float
    days: list[DayBar]
    owners: dict[str, int]  # open action items per owner, most first
    items: list[Item]  # one per owner and item, from its latest meeting, grouped by owner (every owner's)
    owner: str | None = None  # the owner asked for: the view opens on their items, the text lists only theirs
    promises: dict[str, dict[str, int]] = {}  # promises said in the period by owner: open, slipped, done
    covered: int
    not_read: int
    requests_made: int


@tool("show_digest", "Show a period", toolset="views", kind="read", ui=DIGEST_VIEW,
      description="A period as a dashboard: meetings per day, hours, action items." + COST)
async def show_digest(
    svc: ConvoService,
    progress: Progress,
    since: Since = None,
    until: Until = None,
    owner: Annotated[str | None, Field(max_length=100)] = None,
) -> tuple[PeriodView, str]:
    made = svc.requests_made()
    digest, _ = await meeting_digest.fn(svc, progress, since=since, until=until)
    found = [a.model_copy(update={"owner": a.owner or "Unassigned", "conversation_id": m.id, "title": m.title,
                                  "day": day.day})
             for day in digest.days for m in day.meetings for a in m.action_items or []]
    who = owner.strip() if owner and owner.strip() else None
    # one entry per owner and item, from its latest meeting, high priority first; then by owner.
    # Every owner's items travel (the view's owner list counts them all); the text keeps the one asked for
    items = sorted(dedupe(found), key=lambda i: i.owner or "")
    counts = Counter(i.owner or "" for i in items)
    if who is not None:
        who = next((o for o in counts if owner_matches(who, o)), who)
    view = PeriodView(
        time_zone=digest.time_zone, since=digest.since, until=digest.until, meetings=digest.meetings,
        hours=round(digest.total_minutes / 60, 1),
        days=[DayBar(day=str(d.day), meetings=len(d.meetings), minutes=d.minutes) for d in digest.days if d.day],
        owners=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), items=items, owner=who,
        promises=digest.promises,
        covered=digest.covered, not_read=sum(digest.uncovered.values()), requests_made=svc.requests_made() - made,
    )
    return view, period_text(view)


def period_text(v: PeriodView) -> str:
    zone = Zone.of(v.time_zone)
    until = f"{zone.local(v.until):%Y-%m-%d}" if v.until else "now"
    lines = [f"{v.meetings} meetings {zone.local(v.since):%Y-%m-%d} – {until}, {v.hours:g} hours in meetings"
             + ("." if zone.is_utc else f" (days in {zone.name}).")]
    busiest = sorted(v.days, key=lambda d: -d.minutes)[:3]
    if busiest:
        lines.append("Busiest days: " + "; ".join(f"{d.day} ({d.meetings} meetings, {d.minutes} min)" for d in busiest))
    mine = [i for i in v.items if v.owner is None or i.owner == v.owner]
    if mine:
        lines.append(f"{len(mine)} action items" + (f" for {v.owner}" if v.owner else "") + ": "
                     + "; ".join(f"{o} {n}" for o, n in v.owners.items() if v.owner is None or o == v.owner))
        lines += [item_line(i) for i in mine[:15]]
        if len(mine) > 15:
            lines.append(f"… and {len(mine) - 15} more: find_action_items lists them all.")
    else:
        lines.append("No action items" + (f" for {v.owner}" if v.owner else "") + " in the meetings read.")
    board = {o: n for o, n in v.promises.items() if v.owner is None or owner_matches(v.owner, o)}
    if board:
        counts = (f"{o} " + ", ".join(f"{n[s]} {s}" for s in ("open", "slipped", "done") if n.get(s))
                  for o, n in board.items())
        lines.append("Promises said in the period (track_commitments has each one): " + "; ".join(counts))
    if v.not_read:
        lines.append(f"{v.not_read} meetings have no summary yet or were not read (meeting_digest names them).")
    lines.append(f"Read {v.covered} summaries; {v.requests_made} requests made.")
    return "\n".join(lines)


TOOLS = [show_meeting, show_digest]
