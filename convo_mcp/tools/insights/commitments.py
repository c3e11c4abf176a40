"""``track_commitments``: every promise said in an indexed meeting, followed through the meetings
after it, at no request and no AI generation (kept with the index: :mod:`convo_mcp.insights.ledger`)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from convo_mcp.errors import InvalidArgumentError
from convo_mcp.insights.ledger import Ledger, promise_line
from convo_mcp.render import hms
from convo_mcp.search.storage import Filters
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import period
from convo_mcp.tools._define import Output, tool

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


def ledger_of(svc: ConvoService) -> Ledger:
    if svc.ledger is None:
        raise InvalidArgumentError("The local search index is turned off on this server, and promises are read "
                                   "from it.", hint="Ask whoever runs the server to unset CONVO_MCP_SEARCH_INDEX.")
    return svc.ledger


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
    book = await ledger_of(svc).book(zone)
    first, last = zone.day(lo), zone.day(hi) if hi else None
    who = owner.strip() if owner and owner.strip() else None
    if who is not None and who.casefold() in ME:
        who = await svc.cached_name()
        if who is None:
            raise InvalidArgumentError("This server does not know your name yet, and reading it would be a request.",
                                       hint="Call get_account once (then 'me' works), or pass your name as owner.")
    chosen = book.select(first, last, who, status)
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
    lines = [head, *(promise_line(p, book.titles) for p in page)]
    if model.next_offset is not None:
        lines.append(f"More: offset={model.next_offset}.")
    lines.append(f"Read the transcripts of {model.meetings_read} of {model.meetings_known} meetings in range "
                 f"(indexed ones; {model.requests_made} requests, no AI generation). Status comes from what the "
                 "owner said in later meetings; 'unsure' marks a report that may be about it.")
    return model, "\n".join(lines)
