"""What Convo's events make stale here, and indexing what they announce.

The service's part for webhook events (``svc.freshness``): each event invalidates exactly the cache
entries it makes stale; new transcripts and summaries are fetched once and indexed as they arrive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from convo_mcp import keys

if TYPE_CHECKING:
    from convo_mcp.cache import Cache
    from convo_mcp.convo.models import Conversation, Keypoints, Transcript
    from convo_mcp.outcome import Outcome
    from convo_mcp.search.filler import Indexer


class Fresh(Protocol):
    """The service, as the part that keeps it fresh sees it."""

    @property
    def cache(self) -> Cache: ...

    @property
    def index(self) -> Indexer | None: ...

    async def known_conversation(self, conversation_id: str) -> Conversation | None: ...

    async def transcript(self, conversation_id: str) -> Outcome[Transcript]: ...

    async def keypoints(self, conversation_id: str, *, confirm: bool = True) -> Outcome[Keypoints] | None: ...


class Freshness:
    def __init__(self, service: Fresh) -> None:
        self.service = service
        self.cache = service.cache

    async def forget(self, conversation_id: str) -> None:
        """Drop everything cached and indexed about one conversation."""
        exact, prefixes = keys.of_conversation(conversation_id)
        await self.cache.invalidate(*exact)
        for prefix in prefixes:
            await self.cache.invalidate_prefix(prefix)
        await self.cache.invalidate_prefix(keys.LISTS)
        if self.service.index is not None:
            await self.service.index.forget(conversation_id)

    async def content_changed(self, kind: keys.Content, conversation_id: str) -> None:
        """New keypoints, feedback or transcript upstream: the next read fetches them."""
        if kind == "transcript":  # a new transcript also changes the meeting's list entry
            await self.cache.invalidate(keys.transcript(conversation_id), keys.meta(conversation_id))
            await self.conversations_changed()
        else:
            await self.cache.invalidate(keys.content(kind, conversation_id))

    async def index_new_content(self, kind: keys.Content, conversation_id: str) -> None:
        """A webhook said new content is ready: fetch it (one request) and index it at once."""
        svc = self.service
        if svc.index is None or kind == "feedback":
            return
        meta = await svc.known_conversation(conversation_id)
        if kind == "transcript":
            await svc.index.transcript((await svc.transcript(conversation_id)).value, meta)
        elif (kp := await svc.keypoints(conversation_id)) is not None:
            await svc.index.keypoints(kp.value, meta)

    async def conversation_changed(self, conversation_id: str) -> None:
        """Title, sharing or status changed: its list entries and share link are stale."""
        await self.cache.invalidate(keys.meta(conversation_id), keys.share(conversation_id))
        await self.conversations_changed()

    async def conversations_changed(self) -> None:
        """A meeting appeared or vanished: every list page is stale."""
        await self.cache.invalidate_prefix(keys.LISTS)
