"""``track_commitments``: every promise said in an indexed meeting, followed through the meetings
after it, at no request and no AI generation (kept with the index: :mod:`convo_mcp.insights.ledger`;
read the same way as the ``convo://commitments/{owner}`` resource: :mod:`convo_mcp.insights.ledger_view`)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from convo_mcp.errors import InvalidArgumentError
from convo_mcp.insights.ledger import Ledger
from convo_mcp.insights.ledger_view import FOOT, WINDOW_DAYS, head_lines, overdue, promise_line, view
from convo_mcp.insights.promise import Evidence, Line, Promise
from convo_mcp.render import hms
from convo_mcp.search.storage import Filters
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import period
from convo_mcp.tools._define import Output, tool

ME = frozenset({"me", "i", "myself"})
Day = Annotated[str | None, Field(max_length=40)]  # as list_conversations takes them (no description: tokens)


class QuoteOut(BaseModel):  # a citation: where the line was said, and the line
    conversation_id: str
    segment_index: int
    time: str | None = None  # HH:MM:SS from the meeting's start
    speaker: str | None = None
    day: date
    text: str


class CommitmentOut(BaseModel):
    owner: str = Field(description="Who promised (or was asked and said yes)")
    text: str = Field(description="What was promised")
    to: str | None = Field(None, description="Whom it was promised to")
    conversation_id: str = Field(description="Where it was said")
    segment_index: int
    time: str | None = Field(None, description="From the meeting's start")
    day: date
    due: str | None = Field(None, description="The due date as said")
    due_date: date | None = Field(None, description="That date, when the words name one")
    overdue: bool = Field(False, description="Open past due_date")
    conditional: bool = Field(False, description="Promised on a condition")
    status: Literal["open", "done", "slipped"] = Field(description="done/slipped only when a later line says so")
    evidence: QuoteOut | None = Field(None, description="The later line the status rests on")
    possible_update: QuoteOut | None = Field(None, description="A later line that may be about it; not counted")
    said_again: list[QuoteOut] = Field(default_factory=list, description="Later places it was promised again")
    asked_segment: int | None = Field(None, description="The line that asked for it")
    source: Literal["transcript", "keypoints"] = Field("transcript", description="keypoints: an AI summary's item")


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


def quote_of(at: Evidence | Line | None) -> QuoteOut | None:
    if at is None:
        return None
    return QuoteOut(conversation_id=at.conversation_id, segment_index=at.segment_index, speaker=at.speaker or None,
                    time=hms(at.at) if at.at is not None else None, day=at.day, text=at.text)


def commitment_out(p: Promise, today: date) -> CommitmentOut:
    return CommitmentOut(
        owner=p.owner, to=p.to, text=p.text, conversation_id=p.line.conversation_id,
        segment_index=p.line.segment_index, time=hms(p.line.at) if p.line.at is not None else None,
        day=p.line.day, due=p.due, due_date=p.due_date, overdue=overdue(p, today), conditional=p.conditional,
        status=p.status, evidence=quote_of(p.evidence) if p.status != "open" else None,
        possible_update=quote_of(p.possible) if p.status == "open" else None,
        said_again=[q for x in p.also if (q := quote_of(x)) is not None], asked_segment=p.asked, source=p.source)


@tool("track_commitments", "Track commitments", toolset="insights", kind="read", described=("commitments",),
      description="Promises from meetings; which later ones call done or slipped.")
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
    zone, lo, hi = await period(svc, since, until, default_days=WINDOW_DAYS, read=False)
    book = await ledger_of(svc).book(zone)
    first, last = zone.day(lo), zone.day(hi) if hi else None
    who = owner.strip() if owner and owner.strip() else None
    if who is not None and who.casefold() in ME:
        who = await svc.cached_name()
        if who is None:
            raise InvalidArgumentError("This server does not know your name yet, and reading it would be a request.",
                                       hint="Call get_account once (then 'me' works), or pass your name as owner.")
    known = (await svc.index.coverage(Filters.of(lo, hi))).known if svc.index is not None else 0
    v = view(book, first, last, lo, hi, known, who, status)
    today = zone.day(svc.now())
    page = v.chosen[offset:offset + max_results]
    end = offset + len(page)
    model = CommitmentsOutput(commitments=[commitment_out(p, today) for p in page], total=len(v.chosen),
                              offset=offset, next_offset=end if end < len(v.chosen) else None,
                              meetings_read=v.read, meetings_known=v.known, requests_made=svc.requests_made() - made)
    lines = [*head_lines(v, who, status), *(promise_line(p, book.titles, today) for p in page)]
    if model.next_offset is not None:
        lines.append(f"More: offset={model.next_offset}.")
    lines.append(f"Read the transcripts of {v.read} of {v.known} meetings in range (indexed ones; "
                 f"{model.requests_made} requests, no AI generation). {FOOT}")
    return model, "\n".join(lines)
