"""The service's search part: answer from the index, say what it covered, fill gaps on request.

Tools reach it as ``svc.search`` (None when the index is off). A search sends no request and is one
worker-thread call into the index: the hits, their speakers' names and the coverage of the range (the
meetings known in it, from every list page seen, against those whose transcript is indexed) come
back together. ``deepen`` spends requests, within the hourly budget rules of every fan-out, to list
the range and index what is missing.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Protocol

from convo_mcp.convo.models import Conversation, Keypoints
from convo_mcp.insights.fanout import Reader, gather, listing, listing_since
from convo_mcp.search.filler import Indexer
from convo_mcp.search.query import Query, stem_prefix
from convo_mcp.search.results import Page
from convo_mcp.search.storage import CoverageFigures, Filters

if TYPE_CHECKING:
    from convo_mcp.types import Progress

SNIPPET = 160  # characters of a line shown around the first match
PRIME_MEETINGS = 10  # a first search with fewer than this many meetings indexed in range reads this many first
EVERYTHING = datetime(2000, 1, 1, tzinfo=UTC)  # deep=true with no date lists from here
RECOVER_MEETINGS = 200  # meetings indexed again from the cache per search while the index is rebuilt


@dataclass(frozen=True)
class Coverage:
    known: int  # meetings in the range that a list has shown
    indexed: int  # of those, with their transcript indexed
    oldest_missing: date | None
    newest_missing: date | None
    listed: bool  # whether any meeting list has been seen at all
    rebuilding_since: date | None = None  # the index was found damaged then, and is being indexed again
    disk_full: bool = False  # indexing stopped: the disk holding the index is full

    @property
    def missing(self) -> int:
        return self.known - self.indexed


class Host(Reader, Protocol):
    """What the search part asks of the service it is part of."""

    async def cached_conversations(self, since: datetime | None = None) -> list[Conversation]: ...

    async def known_conversation(self, conversation_id: str) -> Conversation | None: ...


class Search:
    def __init__(self, service: Host, indexer: Indexer) -> None:
        self.service = service
        self.indexer = indexer
        self.primed = False  # whether this connection's first search has run

    async def find(self, query: Query, filters: Filters, *, limit: int = 8, offset: int = 0,
                   per_meeting: int = 3) -> tuple[Page, Coverage]:
        """Meetings whose lines match, best first, and the coverage of the range: one call into the index."""
        page, figures = await self.indexer.search(query, filters, limit=limit, offset=offset, per_meeting=per_meeting)
        return page, self._coverage(figures)

    def second_stage_missing(self) -> str | None:
        """Why the stronger model does not read queries again here (None when it does or may)."""
        second = self.indexer.index.second
        if second is None:
            return "turned off"
        return getattr(second, "missing", None)

    async def indexed_keypoints(self, conversation_ids: list[str]) -> dict[str, Keypoints]:
        """Keypoints the index holds for these meetings, in one read; never a request."""
        found = await self.indexer.keypoints_json(conversation_ids)
        return {cid: Keypoints.model_validate(value) for cid, value in found.items()}

    async def coverage(self, filters: Filters) -> Coverage:
        return self._coverage(await self.indexer.coverage(filters))

    def _coverage(self, figures: CoverageFigures) -> Coverage:
        health = self.indexer.health()
        return Coverage(figures.known, figures.indexed,
                        _day(figures.oldest_missing) if figures.oldest_missing is not None else None,
                        _day(figures.newest_missing) if figures.newest_missing is not None else None,
                        listed=figures.listed,
                        rebuilding_since=_day(health.rebuilding_since) if health.rebuilding_since else None,
                        disk_full=health.full)

    async def recover(self, most: int | None = None) -> int:
        """While the index is being rebuilt after damage: index again, from the cache alone (never a
        request), up to ``most`` of the meetings it knows but has not indexed yet, newest first.
        Returns how many transcripts went back in."""
        if self.indexer.health().rebuilding_since is None:
            return 0
        if not await self.indexer.meetings():  # the meeting list was lost with the damage: the cached ones
            for since in (None, listing_since(EVERYTHING)):  # as the indexer and deep=true list the account
                listed = await self.service.cached_conversations(since)
                if listed:
                    await self.indexer.listed(listed)
        done = 0
        for meeting in (await self.indexer.missing())[:most if most is not None else RECOVER_MEETINGS]:
            cached = await self.service.peek_transcript(meeting.id)
            if cached is None or cached.value is None:
                continue  # not kept here: the background indexer or deep=true reads it
            meta = await self.service.known_conversation(meeting.id)
            await self.indexer.transcript(cached.value, meta)
            summary = await self.service.peek_keypoints(meeting.id)
            if summary is not None and summary.value is not None and self.indexer.wants_keypoints(meeting.id):
                await self.indexer.keypoints(summary.value, meta)
            done += 1
        await self.indexer.flush()
        return done

    def wants_priming(self, cov: Coverage) -> bool:
        """On this connection's first search, when a list has shown meetings of the range but fewer
        than ``PRIME_MEETINGS`` of them are indexed: worth reading the newest ones not indexed yet
        (up to that many, within the budget rules of ``deep``), so the first answer is not "searched 0
        of 45". Asked once per connection."""
        if self.primed:
            return False
        self.primed = True
        return cov.listed and cov.indexed < PRIME_MEETINGS and cov.missing > 0

    async def prime(self, progress: Progress, since: datetime | None, until: datetime | None) -> int:
        """Read the newest meetings of the range not indexed yet (up to ``PRIME_MEETINGS``); the
        requests made."""
        return await self.deepen(progress, since, until, limit=PRIME_MEETINGS)

    async def deepen(self, progress: Progress, since: datetime | None, until: datetime | None, *,
                     limit: int | None = None) -> int:
        """List the range and read the transcripts not indexed yet (the newest ``limit``, or all),
        newest first, within the budget (each is indexed on the way). Returns the requests made."""
        self.primed = True
        start = (since or EVERYTHING).timestamp()
        read = max((at for begun, at in self.indexer.listings.items() if begun <= start), default=None)
        if read is not None and time.monotonic() - read < LIST_FRESH and limit is None:
            figures = await self.indexer.coverage(Filters.of(since, until))
            if figures.missing == 0:  # listed a moment ago, every meeting in it indexed: nothing to read
                return 0
        convs, loads0 = await listing(self.service, progress, since or EVERYTHING)
        self.indexer.listings[start] = time.monotonic()
        todo = [c for c in convs if (until is None or c.start_time is None or c.start_time < until)
                and self.indexer.wants_transcript(c.id)]
        if limit is not None:
            todo = sorted(todo, key=lambda c: c.start_time or datetime.min.replace(tzinfo=UTC), reverse=True)[:limit]
        await gather(self.service, todo, "transcript", progress)
        await self.indexer.flush()
        return self.service.requests_made() - loads0


LIST_FRESH = 600.0  # seconds a listing of a range is fresh enough for deep=true not to list it again


def _day(timestamp: float) -> date:
    return datetime.fromtimestamp(timestamp, UTC).date()


def snippet(text: str, words: list[str], width: int = SNIPPET) -> str:
    """``text`` cut to ``width`` characters around the first query word it contains."""
    if len(text) <= width:
        return text
    start = len(text)
    for word in words:
        found = re.search(r"\b" + re.escape(stem_prefix(word)), text, re.IGNORECASE)
        if found:
            start = min(start, found.start())
    if start == len(text):
        start = 0
    lo = max(0, min(start - width // 3, len(text) - width))
    cut = text[lo:lo + width]
    return ("…" if lo > 0 else "") + cut.strip() + ("…" if lo + width < len(text) else "")
