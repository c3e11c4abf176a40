"""Typed reads through the cache: what Convo answered, as its model, with where it came from.

A read is cache first; a miss loads from Convo once however many ask; when Convo fails (down, rate
limited, an unreadable answer) and a copy exists, the stale copy is served and the outcome says how
old it is. Keypoints and feedback 404 until generated: :meth:`Reads.optional` remembers "not yet"
briefly, and tells a meeting that does not exist apart from one not summarized yet.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from convo_mcp.cache import Cache, Cached
from convo_mcp.errors import (
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    RateBudgetExhaustedError,
    RateLimitError,
    TransportError,
)
from convo_mcp.outcome import MISSING, Outcome, dump
from convo_mcp.types import JSON, Clock

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

STALE_ON: tuple[type[BaseException], ...] = (
    TransportError,
    InvalidResponseError,
    InternalServerError,
    RateLimitError,
    RateBudgetExhaustedError,
)
MISSING_TTL = 600.0  # "not generated yet" is remembered briefly; webhooks and generation clear it


class Reads:
    def __init__(self, cache: Cache, clock: Clock, require: Callable[[str], Awaitable[None]]) -> None:
        self.cache, self._clock = cache, clock
        self._require = require  # NotFoundError unless the account has the meeting

    def outcome(self, cached: Cached[Any], value: T) -> Outcome[T]:
        return Outcome.of(cached, value, self._clock())

    async def read(self, key: str, model: type[M], load: Callable[[], Awaitable[M]], ttl: float | None,
                   *, refresh: bool = False) -> Outcome[M]:
        async def loader() -> JSON:
            return dump(await load())

        cached = await self.cache.fetch(key, loader, ttl=ttl, refresh=refresh, serve_stale_on=STALE_ON)
        return self.outcome(cached, model.model_validate(cached.value))

    async def optional(self, key: str, model: type[M], load: Callable[[], Awaitable[M]],
                       conversation_id: str | None) -> Outcome[M] | None:
        """Like :meth:`read` for what 404s until generated: None when not generated, and NotFoundError
        when the meeting itself does not exist (Convo answers 404 for both)."""

        async def loader() -> JSON:
            try:
                return dump(await load())
            except NotFoundError:
                if conversation_id is not None:  # else the caller checks, when it matters
                    await self._require(conversation_id)
                return MISSING

        cached = await self.cache.fetch(key, loader, ttl=None, serve_stale_on=STALE_ON)
        if cached.value == MISSING:
            if cached.source == "upstream":  # remember "not yet" briefly, not forever
                await self.cache.put(key, MISSING, MISSING_TTL)
            return None
        return self.outcome(cached, model.model_validate(cached.value))
