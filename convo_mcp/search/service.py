"""The service's search part: answer from the index, say what it covered, fill gaps on request.

Tools reach it as ``svc.search`` (None when the index is off). A search sends no request; its
coverage counts the meetings known in the range (from every list page seen) against those whose
transcript is indexed. ``deepen`` spends requests, within the hourly budget rules of every fan-out,
to list the range and index what is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from convo_mcp.convo.models import Keypoints
from convo_mcp.search.filler import Indexer
from convo_mcp.search.query import Query
from convo_mcp.search.results import MeetingHits, Page
from convo_mcp.tools.insights.logic import owner_matches

if TYPE_CHECKING:
    from convo_mcp.service import ConvoService
    from convo_mcp.tools._base import Progress

SNIPPET = 160  # characters of a line shown around the first match


@dataclass(frozen=True)
class Coverage:
    known: int  # meetings in the range that a list has shown
    indexed: int  # of those, with their transcript indexed
    oldest_missing: date | None
    newest_missing: date | None
    listed: bool  # whether any meeting list has been seen at all

    @property
    def missing(self) -> int:
        return self.known - self.indexed


class Search:
    def __init__(self, service: ConvoService, indexer: Indexer) -> None:
        self.service = service
        self.indexer = indexer

    async def find(
        self, query: Query, *, since: datetime | None = None, until: datetime | None = None,
        speaker: str | None = None, limit: int = 8, offset: int = 0, per_meeting: int = 3,
    ) -> Page:
        speakers = None
        if speaker:
            speakers = await self.indexer.speaker_filter(lambda name: owner_matches(speaker, name))
        return await self.indexer.search(
            query, since=since.timestamp() if since else None, until=until.timestamp() if until else None,
            speaker_numbers=speakers, limit=limit, offset=offset, per_meeting=per_meeting,
        )

    async def indexed_keypoints(self, conversation_ids: list[str]) -> dict[str, Keypoints]:
        """Keypoints the index holds for these meetings, in one read; never a request."""
        found = await self.indexer.keypoints_json(conversation_ids)
        return {cid: Keypoints.model_validate(value) for cid, value in found.items()}

    def coverage(self, since: datetime | None = None, until: datetime | None = None) -> Coverage:
        lo, hi = (since.timestamp() if since else None), (until.timestamp() if until else None)
        known = self.indexer.index.meetings()
        meetings = [m for m in known
                    if m.start is None or ((lo is None or m.start >= lo) and (hi is None or m.start < hi))]
        missing = sorted(m.start for m in meetings if not m.transcript and m.start is not None)
        return Coverage(len(meetings), sum(1 for m in meetings if m.transcript),
                        _day(missing[0]) if missing else None, _day(missing[-1]) if missing else None,
                        listed=bool(known))

    async def deepen(self, progress: Progress, since: datetime | None, until: datetime | None) -> int:
        """List the range and read the transcripts not indexed yet, newest first, within the budget
        (each is indexed on the way). Returns the requests made."""
        from convo_mcp.tools.insights.fanout import gather, listing

        convs, loads0 = await listing(self.service, progress, since or datetime(2000, 1, 1, tzinfo=UTC))
        todo = [c for c in convs if (until is None or c.start_time is None or c.start_time < until)
                and self.indexer.wants_transcript(c.id)]
        await gather(self.service, todo, "transcript", progress)
        await self.indexer.flush()
        return self.service.requests_made() - loads0

    def speaker_names(self, hit: MeetingHits) -> dict[int, str]:
        return self.indexer.index.speakers(hit.meeting.id)


def _day(timestamp: float) -> date:
    return datetime.fromtimestamp(timestamp, UTC).date()


def snippet(text: str, words: list[str], width: int = SNIPPET) -> str:
    """``text`` cut to ``width`` characters around the first query word it contains."""
    if len(text) <= width:
        return text
    start = len(text)
    for word in words:
        stem = word if len(word) <= 4 else word[: max(4, len(word) - 3)]
        found = re.search(r"\b" + re.escape(stem), text, re.IGNORECASE)
        if found:
            start = min(start, found.start())
    if start == len(text):
        start = 0
    lo = max(0, min(start - width // 3, len(text) - width))
    cut = text[lo:lo + width]
    return ("…" if lo > 0 else "") + cut.strip() + ("…" if lo + width < len(text) else "")
