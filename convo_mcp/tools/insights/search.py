"""Where words were said, across every matching meeting's transcript."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from convo_mcp.convo.models import Transcript
from convo_mcp.errors import InvalidArgumentError
from convo_mcp.render import hms
from convo_mcp.service import ConvoService
from convo_mcp.tools._base import Progress, tool
from convo_mcp.tools.insights.fanout import When, coverage, date_argument, gather, listing
from convo_mcp.tools.insights.logic import owner_matches, snippet
from convo_mcp.tools.insights.report import Hit, SearchOutput, meeting_day, newest_first, search_text


@tool("search_meetings", "Search transcripts", toolset="insights", kind="read",
      description="Where words were said: quotes with [HH:MM:SS], speaker and meeting. Free.")
async def search_meetings(
    svc: ConvoService,
    progress: Progress,
    text: Annotated[str, Field(min_length=1, max_length=200, description="Words or phrase said")],
    since: When = None,
    speaker: Annotated[str | None, Field(max_length=100)] = None,
    max_results: Annotated[int, Field(ge=1, le=50)] = 20,
) -> tuple[SearchOutput, str]:
    q = " ".join(text.split())
    if not q:
        raise InvalidArgumentError("Give some words to search for.")
    lo = date_argument(since)
    convs, loads0 = await listing(svc, progress, lo)
    convs = [c for c in convs if c.start_time is None or c.start_time >= lo]
    got = await gather(svc, convs, "transcript", progress)
    ranked: list[tuple[tuple[int, float, int], Hit]] = []
    for order, c in enumerate(newest_first(convs)):
        tr: Transcript | None = got.values.get(c.id)
        if tr is None:
            continue
        origin = next((s.timestamp for s in tr.segments if s.timestamp), None)
        for i, seg in enumerate(tr.segments):
            if speaker and not owner_matches(speaker, seg.speaker):
                continue
            sn = snippet(seg.text, q)
            if sn is None:
                continue
            rel = (seg.timestamp - origin).total_seconds() if seg.timestamp and origin else 0.0
            hit = Hit(conversation_id=c.id, title=c.title, day=meeting_day(c), segment_index=i, time=hms(rel),
                      speaker=seg.speaker or "Unknown", quote=sn.text, exact=sn.kind == "phrase")
            ranked.append(((0 if hit.exact else 1, order, i), hit))
    ranked.sort(key=lambda p: p[0])
    model = SearchOutput(query=q, total_hits=len(ranked), hits=[h for _, h in ranked[:max_results]],
                         **await coverage(svc, convs, got, loads0))
    return model, search_text(model)
