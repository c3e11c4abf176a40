"""Credit-spending POSTs: the AI quota check before each, one POST per item however many ask,
and never a second POST after an uncertain first one.

:class:`Generations` is the service's part that spends AI generations (keypoints, feedback,
answers, email drafts). Only the caller whose POST ran reports the credit; callers coalesced onto
it report none.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TypeVar

from pydantic import BaseModel

from convo_mcp import keys
from convo_mcp.cache import Cache
from convo_mcp.errors import (
    AILimitExceededError,
    ConvoError,
    GenerationPendingError,
    InvalidResponseError,
    NotFoundError,
    TransportError,
)
from convo_mcp.log import get_logger
from convo_mcp.outcome import MISSING, Outcome, dump
from convo_mcp.quota import QuotaTracker
from convo_mcp.types import JSON, Clock

log = get_logger("convo_mcp.service")
M = TypeVar("M", bound=BaseModel)


class Generations:
    def __init__(self, cache: Cache, quota: QuotaTracker, clock: Clock, *, pending_for: float = 600.0) -> None:
        self.cache = cache
        self.quota = quota
        self._clock = clock
        self.pending_for = pending_for  # how long a timed-out POST is assumed to be still running

    async def _pending(self, key: str) -> float | None:
        """When an earlier POST for ``key`` timed out, if that is recent enough to still land."""
        hit = await self.cache.get(keys.pending(key))
        return float(hit.value["since"]) if hit is not None and hit.fresh else None

    async def _timed_out(self, key: str, exc: ConvoError) -> ConvoError:
        """Remember the POST in flight (shared with replicas through the cache) and say what to do."""
        now = self._clock()
        await self.cache.put(keys.pending(key), {"since": now}, self.pending_for)
        until = datetime.fromtimestamp(now + self.pending_for, tz=UTC)
        exc.message = "Convo did not answer the AI request in time; the result may still land (and be charged)."
        exc.hint = ("Read it in a minute with the free get_ tool (get_keypoints / get_feedback); do not generate "
                    "again before resets_at." if key.startswith(("keypoints:", "feedback:")) else
                    "Its answer cannot be fetched later; asking again before resets_at would spend another "
                    "generation.")
        exc.reset_at = until
        return exc

    def _refuse_pending(self, key: str, since: float) -> GenerationPendingError:
        until = datetime.fromtimestamp(since + self.pending_for, tz=UTC)
        return GenerationPendingError(
            f"An AI request for this sent {round(self._clock() - since)} s ago timed out and may still be "
            "completing; nothing was sent now.", reset_at=until)

    async def generate(
        self, key: str, model: type[M], post: Callable[[], Awaitable[M]], get: Callable[[], Awaitable[M]],
        *, replace: bool = False,
    ) -> Outcome[M]:
        """Keypoints or feedback: POST once, store under ``key``. A POST that fails without an
        answer may still have done its work, so it is followed by a GET, never a second POST."""
        led = False  # only the caller whose POST ran spent the credit; coalesced callers spent none
        if (since := await self._pending(key)) is not None:  # the free GET first: did it land meanwhile?
            try:
                found = await get()
            except NotFoundError:
                raise self._refuse_pending(key, since) from None
            await self.cache.put(key, dump(found), None)
            await self.cache.invalidate(keys.pending(key))
            return Outcome(found, "upstream", 0.0, 0)

        async def run() -> tuple[JSON, int]:
            nonlocal led
            if not replace and (done := await self.cache.get(key)) is not None and done.value != MISSING:
                return done.value, 0  # a flight that ended a moment ago made it: nothing to send
            led = True
            try:
                result, credits = await self.post(post)
            except (TransportError, InvalidResponseError) as exc:
                log.warning("convo.ai_post_uncertain", key=key.split(":")[0], code=exc.code)
                try:
                    result = await get()
                except NotFoundError:
                    raise await self._timed_out(key, exc) from None
                return dump(result), 1  # it ran: charged (its generation stays reserved)
            return dump(result), credits

        value, credits = await self.cache.single_flight(keys.generation(key), run)
        await self.cache.put(key, value, None)
        return Outcome(model.model_validate(value), "upstream", 0.0, credits if led else 0)

    async def remembered(self, key: str, model: type[M], post: Callable[[], Awaitable[M]]) -> Outcome[M]:
        """An AI answer remembered forever under ``key``: asked once, whoever asks again."""
        led = False  # only the caller whose POST ran spent the credit
        if await self.cache.get(key) is None and (since := await self._pending(key)) is not None:
            raise self._refuse_pending(key, since)

        async def load() -> JSON:
            nonlocal led
            led = True
            try:
                result, _ = await self.post(post)
            except (TransportError, InvalidResponseError) as exc:
                raise await self._timed_out(key, exc) from None
            return dump(result)

        cached = await self.cache.fetch(key, load, ttl=None)
        return Outcome.of(cached, model.model_validate(cached.value), self._clock(), 1 if led else 0)

    async def post(self, post: Callable[[], Awaitable[M]]) -> tuple[M, int]:
        """Reserve a generation, send the POST, and return it with the credits it spent. The
        reservation is given back when Convo refused the call or answered from its own cache; a POST
        with no answer keeps it (it may have been charged)."""
        reserved = await self.quota.reserve()
        try:
            result = await post()
        except AILimitExceededError as exc:
            self.quota.exhausted(exc.reset_at)  # Convo's count wins over ours
            raise
        except (TransportError, InvalidResponseError):
            raise
        except BaseException:
            if reserved:
                self.quota.refund()
            raise
        if getattr(result, "cached", False):  # Convo had it already: no generation spent
            if reserved:
                self.quota.refund()
            return result, 0
        return result, 1
