"""Search tools: ``search_meetings`` (grouped by meeting, pageable, with coverage), and ``search`` /
``fetch`` in the exact shapes ChatGPT's connectors and deep research expect.

All three answer from the local index and the cache; ``search_meetings(deep=true)`` is the one way
to spend requests here (to index the part of the range not indexed yet, within the hourly budget).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field

from convo_mcp.errors import InvalidArgumentError
from convo_mcp.insights.report import IsoDate
from convo_mcp.render import hms
from convo_mcp.search.query import Query, parse_query
from convo_mcp.search.second import offered_close
from convo_mcp.search.service import Coverage, Search, snippet
from convo_mcp.search.storage import Filters
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import ConversationId, DateArg, period
from convo_mcp.tools._define import Output, tool
from convo_mcp.types import Progress
from convo_mcp.zone import UTC_ZONE, Zone

QueryText = Annotated[str | None, Field(
    max_length=300, description='Words; "a phrase", pric*, a OR b, -word')]


class Snippet(BaseModel):
    segment_index: int | None = Field(None, description="get_transcript offset; absent for summary lines")
    time: str | None = None
    speaker: str | None = Field(None, description="who said it, or which part of the summary")
    text: str
    by_meaning: bool | None = None  # says the query in other words, as the stronger model reads it (true, or left out)
    related: bool | None = None  # found by meaning, not confirmed: may be related (true, or left out)


class MeetingResult(BaseModel):
    id: str  # the conversation id, as in every meeting list
    title: str | None = None
    day: IsoDate | None = None
    hits: int
    in_title: bool | None = None  # the title itself matches (true, or left out)
    by_meaning: bool | None = None  # found only by meaning: says none of the query's words (true, or left out)
    snippets: list[Snippet]


class SearchCoverage(BaseModel):
    searched: int
    known: int
    not_indexed: int | None = None  # left out when every meeting in range is indexed
    oldest_not_indexed: IsoDate | None = None
    index_rebuilding: bool | None = None  # found damaged: set aside, being indexed again (true, or left out)
    disk_full: bool | None = None  # indexing stopped for a full disk (true, or left out)


class SearchOutput(Output):
    query: str
    total_meetings: int
    total_hits: int
    offset: int
    next_offset: int | None = None
    meetings: list[MeetingResult]
    coverage: SearchCoverage
    requests_made: int = 0


def _search(svc: ConvoService) -> Search:
    if svc.search is None:
        if not svc.settings.search_index:
            raise InvalidArgumentError("The local search index is turned off on this server.",
                                       hint="Unset CONVO_MCP_SEARCH_INDEX=false, or use get_transcript.")
        raise InvalidArgumentError("The local search index could not be opened on this server (its log says why: "
                                   "search.index_unavailable).",
                                   hint="Use get_transcript meanwhile; whoever runs the server can check the disk "
                                        "holding its data directory.")
    return svc.search


def _day(start: float | None) -> date | None:
    return datetime.fromtimestamp(start, UTC).date() if start is not None else None


def coverage_line(cov: Coverage) -> str:
    notes = ""
    if cov.rebuilding_since is not None:
        notes += (f" The search index was found damaged on {cov.rebuilding_since} and set aside; it is being "
                  "rebuilt from what this server keeps (no requests), so some meetings are not searched yet.")
    if cov.disk_full:
        notes += (" Indexing has stopped: the disk holding the search index is full. It goes on once there is "
                  "room (whoever runs the server: free some space).")
    return _coverage(cov) + notes


def _coverage(cov: Coverage) -> str:
    """What was searched, by source: every listed title, the summaries this server holds, and the
    transcripts indexed (a match from a title or a summary is not a transcript searched)."""
    if not cov.listed:
        return ("No meeting list seen yet: only meetings opened so far are searched. "
                "deep=true (or list_conversations) finds the rest.")
    if cov.missing == 0:
        return f"Searched the titles, summaries and transcripts of all {cov.known} known meetings in range."
    return (f"Searched the titles of all {cov.known} meetings in range, the summaries this server holds, and "
            f"the transcripts of {cov.indexed}; {cov.missing} transcripts not indexed yet "
            f"({cov.oldest_missing} to {cov.newest_missing}): deep=true indexes them (uses the hourly budget).")


@tool("search_meetings", "Search what was said", toolset="search", kind="read",
      description="What was said in any meeting, best first, quoted. 0 requests; deep=true reads unindexed ones.")
async def search_meetings(
    svc: ConvoService,
    progress: Progress,
    query: QueryText = None,
    since: DateArg = None,
    until: Annotated[str | None, Field(max_length=40)] = None,
    speaker: Annotated[str | None, Field(max_length=100)] = None,
    max_results: Annotated[int, Field(ge=1, le=25)] = 8,
    offset: Annotated[int, Field(ge=0, le=10_000)] = 0,
    deep: bool = False,  # the description says it: index the meetings not indexed yet first
    text: Annotated[str | None, Field(max_length=300, json_schema_extra={"deprecated": True})] = None,  # old name
) -> tuple[SearchOutput, str]:
    search = _search(svc)
    parsed = parse_query(query or text or "")
    zone, start, hi = await period(svc, since, until, read=False)  # a search of what is indexed: 0 requests
    lo = start if since and since.strip() else None
    filters = Filters.of(lo, hi, speaker=speaker)
    await search.recover()  # after damage: what the cache holds goes back in first, at no request
    spent = await search.deepen(progress, lo, hi) if deep else 0
    page, cov = await search.find(parsed, filters, limit=max_results, offset=offset)  # one call into the index
    primed = not deep and search.wants_priming(cov)
    if primed:  # the first search here, over a range hardly indexed: the newest meetings first, then again
        spent = await search.prime(progress, lo, hi)
        page, cov = await search.find(parsed, filters, limit=max_results, offset=offset)
    words = parsed.words()
    meetings = []
    for mh in page.meetings:
        names = page.names.get(mh.meeting.n, {})
        titled = any(h.line.label == "title" and not h.meaning for h in mh.best)  # beside, not repeated
        snips = [Snippet(segment_index=h.line.segment_index, time=hms(h.at) if h.at is not None else None,
                         speaker=h.line.label or names.get(h.line.speaker), text=snippet(h.line.text, words),
                         by_meaning=offered_close(h) or None, related=(h.meaning and not offered_close(h)) or None)
                 for h in mh.best if h.line.label != "title" or h.meaning]
        meetings.append(MeetingResult(id=mh.meeting.id, title=mh.meeting.title,
                                      day=_day(mh.meeting.start), hits=mh.hits, in_title=titled or None,
                                      by_meaning=(bool(mh.best) and all(h.meaning for h in mh.best)) or None,
                                      snippets=snips))
    end = offset + len(meetings)
    model = SearchOutput(
        query=parsed.text(), total_meetings=page.total_meetings, total_hits=page.total_hits, offset=offset,
        next_offset=end if end < page.total_meetings else None, meetings=meetings,
        coverage=SearchCoverage(searched=cov.indexed, known=cov.known, not_indexed=cov.missing or None,
                                oldest_not_indexed=cov.oldest_missing,
                                index_rebuilding=cov.rebuilding_since is not None or None,
                                disk_full=cov.disk_full or None),
        requests_made=spent,
    )
    stopped = svc.budget_resets_at() if deep and cov.missing else None  # deep=true kept to the budget
    return model, search_text(model, cov, parsed, dated=lo is not None or hi is not None, primed=primed,
                              stopped=stopped, zone=zone, unconfirmed=search.second_stage_missing())


def _advice(parsed: Query, cov: Coverage, *, dated: bool) -> str:
    """What to try when nothing matched: fewer or other words, a wider range, indexing the rest."""
    tips = []
    if (shorter := parsed.fewer_words()) is not None:
        tips.append(f"a shorter query (e.g. {shorter})")
    if not parsed.plain:
        tips.append("plain words without quotes or operators (any word then matches)")
    if dated:
        tips.append("a wider date range")
    if cov.missing:
        tips.append("deep=true to index the meetings not indexed yet")
    return ("Try " + ", or ".join(tips) + ".") if tips else "Try other words for the same thing."


def search_text(r: SearchOutput, cov: Coverage, parsed: Query, *, dated: bool = False, primed: bool = False,
                stopped: datetime | None = None, zone: Zone = UTC_ZONE, unconfirmed: str | None = None) -> str:
    if not r.meetings:
        lines = [f"No meeting matches {r.query}" + (f" past offset {r.offset}." if r.offset else ".")]
        if not r.offset:
            lines.append(_advice(parsed, cov, dated=dated))
    elif all(m.by_meaning for m in r.meetings) and not r.offset:
        lines = [f"No meeting says {r.query}; closest in meaning (other words: check each quote), best first:"]
    else:
        lines = [f"{r.total_meetings} meetings match {r.query} ({r.total_hits} lines); "
                 f"{r.offset + 1}–{r.offset + len(r.meetings)}, best first:"]
    for m in r.meetings:
        lines.append(f"{m.title or '(untitled)'} · {m.day or '?'} · {m.id} · {m.hits} hits")
        if m.in_title:
            lines.append(f"  title: {m.title}")
        for s in m.snippets:
            where = f"[{s.time}] " if s.time else ""
            seg = f" (segment {s.segment_index})" if s.segment_index is not None else ""
            mark = "≈ " if s.by_meaning else "(may be related) " if s.related else ""
            lines.append(f"  {mark}{where}{s.speaker or '?'}: {s.text}{seg}")
    if any(s.by_meaning for m in r.meetings for s in m.snippets):
        lines.append("≈ marks a line that says the same thing in other words (the stronger model read it).")
    if any(s.related for m in r.meetings for s in m.snippets):
        lines.append("'May be related' marks a line found by meaning that was not confirmed: check it."
                     + (" (The stronger model that confirms them is not installed: `convo-mcp model fetch`.)"
                        if unconfirmed and unconfirmed != "turned off" else ""))
    if parsed.dropped:
        lines.append(f"Searched for {', '.join(parsed.words())} (left out: {', '.join(parsed.dropped)}).")
    spent = ""
    if r.requests_made:
        spent = (f" First search here: read the newest meetings not indexed yet first ({r.requests_made} "
                 "requests of the hourly budget)." if primed else f" Spent {r.requests_made} requests.")
    if stopped is not None:
        spent += (f" deep=true stopped there to keep the hourly request budget; it resets at {zone.clock(stopped)}: "
                  "ask again with deep=true after that for the rest.")
    lines.append(coverage_line(cov) + spent)
    if r.next_offset is not None:
        lines.append(f"More: offset={r.next_offset}.")
    return "\n".join(lines)


# --- ChatGPT connectors and deep research -----------------------------------------------------


class SearchResult(BaseModel):
    id: str
    title: str
    url: str


class SearchResults(Output):
    results: list[SearchResult]


class FetchedDocument(Output):
    id: str
    title: str
    text: str
    url: str
    metadata: dict[str, Any] | None = None


async def meeting_url(svc: ConvoService, conversation_id: str) -> str:
    return await svc.cached_share_url(conversation_id) or f"convo://conversations/{conversation_id}"


@tool("search", "Search meetings (connector)", toolset="search", kind="read",
      description="Search meetings; ids for fetch (ChatGPT). 0 requests.")
async def search(
    svc: ConvoService,
    query: Annotated[str, Field(min_length=1, max_length=300)],
) -> tuple[SearchResults, str]:
    search = _search(svc)
    await search.recover()
    page, _ = await search.find(parse_query(query), Filters(), limit=10, per_meeting=0)
    results = [
        SearchResult(id=mh.meeting.id,
                     title=f"{mh.meeting.title or '(untitled)'} ({_day(mh.meeting.start) or 'undated'})",
                     url=await meeting_url(svc, mh.meeting.id))
        for mh in page.meetings
    ]
    model = SearchResults(results=results)
    return model, json.dumps(model.model_dump(mode="json"), ensure_ascii=False)


@tool("fetch", "Fetch a meeting (connector)", toolset="search", kind="read", text_only=True,
      description="A meeting's transcript and summary by id from search. ≤2 requests.")
async def fetch(svc: ConvoService, id: ConversationId) -> tuple[FetchedDocument, str]:
    cid = id.removeprefix("convo://conversations/")
    meta = await svc.known_conversation(cid)
    transcript = (await svc.transcript(cid)).value  # cache first, indexed on the way
    origin = next((s.timestamp for s in transcript.segments if s.timestamp), None)
    said = [f"[{hms((s.timestamp - origin).total_seconds()) if s.timestamp and origin else '00:00:00'}] "
            f"{s.speaker or 'Unknown'}: {s.text}" for s in transcript.segments if s.text.strip()]
    kp = await svc.keypoints(cid)  # existing summary only: a GET at most, never a generation
    summary: list[str] = []
    if kp is not None:
        body = kp.value.keypoints
        summary = [f"- {p}" for s in body.sections for p in s.points] + [f"- Decision: {d}" for d in body.decisions]
        summary += [f"- Action: {a.item}" + (f" ({a.owner})" if a.owner else "") for a in body.action_items]
    title = (meta.title if meta else None) or (kp.value.title if kp else None) or cid
    text = "\n".join([*(["Summary:", *summary, "", "Transcript:"] if summary else []), *said])
    start = meta.start_time if meta and meta.start_time else origin
    model = FetchedDocument(
        id=cid, title=title, text=text, url=await meeting_url(svc, cid),
        metadata={"date": start.isoformat() if start else None, "minutes": meta.duration if meta else None,
                  "speakers": sorted({s.speaker for s in transcript.segments if s.speaker}),
                  "segments": len(transcript.segments), "has_summary": kp is not None},
    )
    return model, json.dumps(model.model_dump(mode="json"), ensure_ascii=False)


TOOLS = [search_meetings, search, fetch]
