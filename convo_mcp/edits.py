"""What changes a meeting at Convo: sharing it, renaming it, deleting it. Each invalidates what it
makes stale here and tells the subscribers (as a webhook would, with or without webhooks)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal

from convo_mcp import keys
from convo_mcp.cache import Cache
from convo_mcp.convo.models import DeleteResult, RenameResult, ShareResult
from convo_mcp.outcome import Outcome, dump
from convo_mcp.reads import Reads

if TYPE_CHECKING:
    from convo_mcp.convo.client import ConvoClient

Changed = Callable[[Literal["conversation", "deleted"], str], Awaitable[None]]


class Edits:
    def __init__(self, client: ConvoClient, cache: Cache, reads: Reads, forget: Callable[[str], Awaitable[None]],
                 changed: Changed) -> None:
        self.client, self.cache, self.reads = client, cache, reads
        self._forget, self._changed = forget, changed

    async def share(self, conversation_id: str) -> Outcome[ShareResult]:
        hit = await self.cache.get(keys.share(conversation_id))
        if hit is not None:
            return self.reads.outcome(hit, ShareResult.model_validate(hit.value))
        result = await self.client.share(conversation_id)
        await self.cache.put(keys.share(conversation_id), dump(result), None)
        await self._changed("conversation", conversation_id)
        return Outcome(result, "upstream")

    async def rename(self, conversation_id: str, title: str) -> Outcome[RenameResult]:
        result = await self.client.rename(conversation_id, title)
        await self.cache.invalidate(keys.meta(conversation_id), keys.keypoints(conversation_id))
        await self.cache.invalidate_prefix(keys.LISTS)
        await self._changed("conversation", conversation_id)
        return Outcome(result, "upstream")

    async def delete(self, conversation_id: str) -> Outcome[DeleteResult]:
        result = await self.client.delete(conversation_id)
        await self._forget(conversation_id)  # everything cached and indexed of it
        await self._changed("deleted", conversation_id)
        return Outcome(result, "upstream")
