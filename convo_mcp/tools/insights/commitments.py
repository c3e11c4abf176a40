"""``track_commitments``: every promise said in an indexed meeting, followed through the meetings
after it, at no request and no AI generation (the logic: :mod:`convo_mcp.insights.commitments`)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from convo_mcp.convo.models import Keypoints
from convo_mcp.errors import InvalidArgumentError
from convo_mcp.insights.commitments import (
    Ledger,
    Line,
    Promise,
    find_promises,
    follow,
    keywords,
    merge_action_items,
    same_task,
)
from convo_mcp.insights.logic import owner_matches
from convo_mcp.insights.report import Item
from convo_mcp.render import hms
from convo_mcp.search.document import offset as seconds_in
from convo_mcp.search.storage import Filters
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import period
from convo_mcp.tools._define import Output, tool
from convo_mcp.zone import Zone

ME = frozenset({"me", "i", "myself"})
Day = Annotated[str | None, Field(max_length=40)]  # as list_conversations takes them (no description: tokens)


class EvidenceOut(BaseModel):
    conversation_id: str
    segment_index: int
    text: str


class CommitmentOut(BaseModel):
    owner: str
    to: str | None = None
    text: str
    conversation_id: str
    segment_index: int
    time: str | None = None  # from the meeting's start
    day: date
    due: str | None = None  # as said
    due_date: date | None = None
    status: Literal["open", "done", "slipped"]
    unsure: bool = False
    evidence: EvidenceOut | None = None
    source: Literal["transcript", "keypoints"] = "transcript"  # keypoints: an action item of the AI summary


class CommitmentsOutput(Output):
    commitments: list[CommitmentOut]
    total: int
    offset: int
    next_offset: int | None = None
    meetings_read: int  # indexed transcripts the ledger read in the range
    meetings_known: int  # meetings known in the range (listed or indexed)
    requests_made: int = 0


async def ledger(svc: ConvoService, zone: Zone) -> Ledger:
    """The account's promises as the index holds them: rebuilt only when the index was written or
    pruned since (or the zone, which sets the days, changed), else the one kept with the service."""
    index = svc.index
    if index is None:
        raise InvalidArgumentError("The local search index is turned off on this server, and promises are read "
                                   "from it.", hint="Ask whoever runs the server to unset CONVO_MCP_SEARCH_INDEX.")
    await index.flush()  # what was just fetched counts
    version = (index.version, zone.name)
    if svc.commitments is not None and svc.commitments.version == version:
        return svc.commitments
    book = Ledger(version)
    every: list[Line] = []
    found: list[Promise] = []
    transcripts = await index.read_transcripts()
    summaries = await index.keypoints_json([meeting.id for meeting, _, _ in transcripts])
    for meeting, lines, speakers in transcripts:
        day = zone.day(datetime.fromtimestamp(meeting.start, UTC)) if meeting.start else date.min
        book.titles[meeting.id], book.starts[meeting.id] = meeting.title, meeting.start
        said = [Line(meeting.id, day, ln.row, speakers.get(ln.speaker, "?"), ln.text, seconds_in(ln, lines))
                for ln in lines if ln.segment_index is not None]
        every += said
        people = list(dict.fromkeys(speakers.values()))
        here = find_promises(said, people)
        if meeting.id in summaries:  # Convo's action items, where someone generated the summary
            items = Keypoints.model_validate(summaries[meeting.id]).keypoints.action_items
            here = merge_action_items(here, [(a.item, a.owner) for a in items], said, people)
        found += here
    book.promises = follow(found, every)
    svc.commitments = book
    return book


def line_of(c: CommitmentOut, titles: dict[str, str | None]) -> str:
    to = f" {c.to}" if c.to else ""
    due = f" (due {c.due_date:%a %d %b})" if c.due_date else ""
    where = f"({titles.get(c.conversation_id) or c.conversation_id}, {c.day}{', ' + c.time if c.time else ''})"
    text = f"- {c.owner} promised{to}: {c.text}{due} {where}"
    if c.status != "open" and c.evidence is not None:
        text += (f" — {c.status}: '{c.evidence.text[:140]}' "
                 f"({titles.get(c.evidence.conversation_id) or c.evidence.conversation_id})")
    elif c.unsure and c.evidence is not None:
        text += f" — open (unsure: '{c.evidence.text[:100]}' may be about it)"
    else:
        text += " — open"
    return text


@tool("track_commitments", "Track commitments", toolset="insights", kind="read",
      description="Promises said in meetings, and which later ones call done or slipped.")
async def track_commitments(
    svc: ConvoService,
    owner: Annotated[str | None, Field(max_length=100)] = None,
    status: Literal["open", "done", "slipped"] | None = None,
    since: Day = None,
    until: Day = None,
    max_results: Annotated[int, Field(ge=1, le=200)] = 20,
    offset: Annotated[int, Field(ge=0)] = 0,
) -> tuple[CommitmentsOutput, str]:
    made = svc.requests_made()
    zone, lo, hi = await period(svc, since, until, default_days=90, read=False)
    book = await ledger(svc, zone)
    first, last = zone.day(lo), zone.day(hi) if hi else None
    who = owner.strip() if owner and owner.strip() else None
    if who is not None and who.casefold() in ME:
        who = await svc.cached_name()
        if who is None:
            raise InvalidArgumentError("This server does not know your name yet, and reading it would be a request.",
                                       hint="Call get_account once (then 'me' works), or pass your name as owner.")
    chosen = [p for p in book.promises
              if p.line.day >= first and (last is None or p.line.day < last)
              and (who is None or owner_matches(who, p.owner)) and (status is None or p.status == status)]
    chosen.sort(key=lambda p: (p.line.day, p.line.segment_index), reverse=True)
    page = chosen[offset:offset + max_results]
    items = [CommitmentOut(
        owner=p.owner, to=p.to, text=p.text, conversation_id=p.line.conversation_id,
        segment_index=p.line.segment_index, time=hms(p.line.at) if p.line.at is not None else None,
        day=p.line.day, due=p.due, due_date=p.due_date, status=p.status, unsure=p.unsure,
        evidence=EvidenceOut(conversation_id=p.evidence.conversation_id, segment_index=p.evidence.segment_index,
                             text=p.evidence.text) if p.evidence else None, source=p.source)
        for p in page]
    in_range = [cid for cid, start in book.starts.items()
                if start is not None and lo.timestamp() <= start and (hi is None or start < hi.timestamp())]
    known = (await svc.index.coverage(Filters.of(lo, hi))).known if svc.index is not None else len(in_range)
    end = offset + len(items)
    model = CommitmentsOutput(commitments=items, total=len(chosen), offset=offset,
                              next_offset=end if end < len(chosen) else None, meetings_read=len(in_range),
                              meetings_known=max(known, len(in_range)), requests_made=svc.requests_made() - made)
    counts = {s: sum(1 for p in chosen if p.status == s) for s in ("open", "slipped", "done")}
    head = (f"{len(chosen)} promises" + (f" by {who}" if who else "") + (f", {status}" if status else "")
            + f" since {first}" + (f" until {last}" if last else "") + ": "
            + ", ".join(f"{n} {s}" for s, n in counts.items() if n) if chosen else
            "No promises" + (f" by {who}" if who else "") + f" found since {first}.")
    lines = [head, *(line_of(c, book.titles) for c in items)]
    if model.next_offset is not None:
        lines.append(f"More: offset={model.next_offset}.")
    lines.append(f"Read the transcripts of {model.meetings_read} of {model.meetings_known} meetings in range "
                 f"(indexed ones; {model.requests_made} requests, no AI generation). Status comes from what the "
                 "owner said in later meetings; 'unsure' marks a report that may be about it.")
    return model, "\n".join(lines)


async def changed_owners(svc: ConvoService, zone: Zone) -> list[str]:
    """Rebuild the ledger if the index changed; the owners whose promises or statuses differ."""
    before = svc.commitments
    old = {(p.owner, p.line.conversation_id, p.line.segment_index, p.status, p.unsure)
           for p in (before.promises if before else [])}
    book = await ledger(svc, zone)
    new = {(p.owner, p.line.conversation_id, p.line.segment_index, p.status, p.unsure) for p in book.promises}
    return sorted({entry[0] for entry in old ^ new})


async def with_promises(svc: ConvoService, zone: Zone, items: list[Item], lo: datetime, hi: datetime | None,
                        who: str | None) -> list[Item]:
    """Action items with what the ledger knows more: each item's status as later meetings said it,
    and the promises said in meetings of the period that no AI summary lists (no request)."""
    if svc.index is None:
        return items
    book = await ledger(svc, zone)
    first, last = zone.day(lo), zone.day(hi) if hi else None
    mine = [p for p in book.promises if p.line.day >= first and (last is None or p.line.day < last)
            and (who is None or owner_matches(who, p.owner))]
    claimed: set[int] = set()
    out = []
    for it in items:
        words = keywords(it.item)
        match = next((i for i, p in enumerate(mine)
                      if p.line.conversation_id == it.conversation_id and same_task(words, p)), None)
        if match is not None:
            claimed.add(match)
            out.append(it.model_copy(update={"status": mine[match].status}))
        else:
            out.append(it)
    out += [Item(item=p.text, owner=p.owner, conversation_id=p.line.conversation_id,
                 title=book.titles.get(p.line.conversation_id), day=p.line.day, status=p.status, source="transcript")
            for i, p in enumerate(mine) if i not in claimed and p.source == "transcript"]
    return out
