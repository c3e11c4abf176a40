"""ConvoService: cache-first, credit-careful operations. The MCP tools call only this.

- Reads go through :class:`~convo_mcp.cache.Cache`: transcripts, keypoints, feedback, query
  answers and email drafts never expire (a meeting does not change after it is recorded); lists,
  profile and calendar live for short TTLs. Identical concurrent reads share one request.
- Keypoints and feedback: GET before POST, POST only when nothing exists or a regeneration is
  asked for. A POST that times out is followed by a GET, never by a second POST.
- Guards run before any request; the AI quota is tracked locally (:mod:`convo_mcp.quota`).
- Writes invalidate what they change. When Convo fails and a stale copy exists, the stale copy is
  served and the result says how old it is.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel

from convo_mcp import guards
from convo_mcp.cache import Cache, Cached
from convo_mcp.client import PAGE_MAX, ConvoClient
from convo_mcp.config import Settings
from convo_mcp.errors import (
    AILimitExceededError,
    ConvoError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    PlanRequiredError,
    RateBudgetExhaustedError,
    RateLimitError,
    TransportError,
)
from convo_mcp.log import get_logger
from convo_mcp.models import (
    CalendarEvent,
    Conversation,
    ConversationPage,
    CreatedWebhook,
    DeleteResult,
    EmailDraft,
    Feedback,
    Keypoints,
    Profile,
    QueryAnswer,
    RenameResult,
    ShareResult,
    Tone,
    Transcript,
    Webhook,
    WebhookTestResult,
)
from convo_mcp.quota import QuotaState, QuotaTracker

log = get_logger("convo_mcp.service")
M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

STALE_ON: tuple[type[BaseException], ...] = (
    TransportError,
    InvalidResponseError,
    InternalServerError,
    RateLimitError,
    RateBudgetExhaustedError,
)
MISSING = {"__missing__": True}
MISSING_TTL = 600.0  # "not generated yet" is remembered briefly; webhooks and generation clear it
META_TTL = 86_400.0


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A value and where it came from: what tools tell the model about cost and freshness."""

    value: T
    source: Literal["cache", "upstream", "stale"]
    age_s: float = 0.0
    credits_spent: int = 0

    @property
    def from_cache(self) -> bool:
        return self.source != "upstream"


def normalise_query(query: str) -> str:
    return re.sub(r"\s+", " ", query).strip().strip("?!. ").casefold()


def _keys(conversation_id: str) -> list[str]:
    return [f"{kind}:{conversation_id}" for kind in ("transcript", "keypoints", "feedback", "meta", "share")]


class ConvoService:
    def __init__(
        self,
        client: ConvoClient,
        cache: Cache,
        settings: Settings | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client = client
        self.cache = cache
        self.settings = settings or client.settings
        self._clock = clock
        self.quota = QuotaTracker(self._profile_for_quota, clock=clock)
        self._webhooks_forbidden = False

    async def aclose(self) -> None:
        await self.client.aclose()
        await self.cache.aclose()

    # --- plumbing ------------------------------------------------------------------------

    def _outcome(self, cached: Cached[Any], value: T, credits: int = 0) -> Outcome[T]:
        if cached.source == "upstream":
            return Outcome(value, "upstream", 0.0, credits)
        source: Literal["cache", "stale"] = "cache" if cached.fresh else "stale"
        return Outcome(value, source, cached.age(self._clock()), credits)

    async def _read(
        self, key: str, model: type[M], load: Callable[[], Awaitable[M]], ttl: float | None,
        *, refresh: bool = False,
    ) -> Outcome[M]:
        async def loader() -> Any:
            return _dump(await load())

        cached = await self.cache.fetch(key, loader, ttl=ttl, refresh=refresh, serve_stale_on=STALE_ON)
        return self._outcome(cached, model.model_validate(cached.value))

    async def _read_optional(self, key: str, model: type[M], load: Callable[[], Awaitable[M]]) -> Outcome[M] | None:
        """Like ``_read`` for resources that 404 until generated: None when not generated."""

        async def loader() -> Any:
            try:
                return _dump(await load())
            except NotFoundError:
                return MISSING

        cached = await self.cache.fetch(key, loader, ttl=None, serve_stale_on=STALE_ON)
        if cached.value == MISSING:
            if cached.source == "upstream":  # remember "not yet" briefly, not forever
                await self.cache.put(key, MISSING, MISSING_TTL)
            return None
        return self._outcome(cached, model.model_validate(cached.value))

    # --- conversations -------------------------------------------------------------------

    async def list_conversations(
        self, *, limit: int = 20, offset: int = 0, search: str | None = None, since: datetime | None = None,
        refresh: bool = False,
    ) -> Outcome[ConversationPage]:
        since_key = since.isoformat() if since else ""
        key = f"list:{limit}:{offset}:{search or ''}:{since_key}"

        async def load() -> ConversationPage:
            page = await self.client.list_conversations(limit=limit, offset=offset, search=search, since=since)
            # What each meeting is (segment count, title) answers later guards without a request.
            await asyncio.gather(*(self.cache.put(f"meta:{c.id}", _dump(c), META_TTL) for c in page.conversations))
            return page

        return await self._read(key, ConversationPage, load, self.settings.list_ttl, refresh=refresh)

    async def all_conversations(
        self, *, search: str | None = None, since: datetime | None = None, max_pages: int | None = None
    ) -> tuple[list[Conversation], bool]:
        """Every matching conversation (100 a page); the flag is False when ``max_pages`` cut it short."""
        found: list[Conversation] = []
        offset, pages = 0, 0
        while True:
            if max_pages is not None and pages >= max_pages:
                return found, False
            page = (await self.list_conversations(limit=PAGE_MAX, offset=offset, search=search, since=since)).value
            pages += 1
            found.extend(page.conversations)
            offset += len(page.conversations)
            if page.is_last(offset, PAGE_MAX):
                return found, True

    async def known_conversation(self, conversation_id: str) -> Conversation | None:
        """What the cache knows of one conversation (from earlier lists), without a request."""
        hit = await self.cache.get(f"meta:{conversation_id}")
        return Conversation.model_validate(hit.value) if hit else None

    async def transcript(self, conversation_id: str) -> Outcome[Transcript]:
        guards.check_id(conversation_id)
        return await self._read(
            f"transcript:{conversation_id}", Transcript,
            lambda: self.client.get_transcript(conversation_id), None,
        )

    async def cached_transcript(self, conversation_id: str) -> Transcript | None:
        hit = await self.cache.get(f"transcript:{conversation_id}")
        return Transcript.model_validate(hit.value) if hit else None

    async def segment_count(self, conversation_id: str) -> int | None:
        transcript = await self.cached_transcript(conversation_id)
        if transcript is not None:
            return len(transcript.segments)
        meta = await self.known_conversation(conversation_id)
        return meta.segment_count if meta else None

    # --- keypoints and feedback ----------------------------------------------------------

    async def keypoints(self, conversation_id: str) -> Outcome[Keypoints] | None:
        """Cached or already-generated keypoints; None when never generated. Never spends."""
        guards.check_id(conversation_id)
        return await self._read_optional(
            f"keypoints:{conversation_id}", Keypoints, lambda: self.client.get_keypoints(conversation_id)
        )

    async def feedback(self, conversation_id: str) -> Outcome[Feedback] | None:
        guards.check_id(conversation_id)
        return await self._read_optional(
            f"feedback:{conversation_id}", Feedback, lambda: self.client.get_feedback(conversation_id)
        )

    async def generate_keypoints(self, conversation_id: str, *, regenerate: bool = False) -> Outcome[Keypoints]:
        if not regenerate:
            existing = await self.keypoints(conversation_id)
            if existing is not None:
                return existing
        return await self._generate(
            f"keypoints:{conversation_id}", Keypoints,
            lambda: self.client.generate_keypoints(conversation_id, force_refresh=regenerate),
            lambda: self.client.get_keypoints(conversation_id),
        )

    async def generate_feedback(self, conversation_id: str, *, regenerate: bool = False) -> Outcome[Feedback]:
        guards.check_id(conversation_id)
        # Convo never makes feedback for short meetings, so none can exist: refuse before any GET.
        guards.check_feedback_segments(await self.segment_count(conversation_id))
        if not regenerate:
            existing = await self.feedback(conversation_id)
            if existing is not None:
                return existing
        return await self._generate(
            f"feedback:{conversation_id}", Feedback,
            lambda: self.client.generate_feedback(conversation_id, force_refresh=regenerate),
            lambda: self.client.get_feedback(conversation_id),
        )

    async def _generate(
        self, key: str, model: type[M], post: Callable[[], Awaitable[M]], get: Callable[[], Awaitable[M]]
    ) -> Outcome[M]:
        led = False  # only the caller whose POST ran spent the credit; coalesced callers spent none

        async def run() -> tuple[dict[str, Any], int]:
            nonlocal led
            led = True
            try:
                result = await self._post_ai(post)
            except (TransportError, InvalidResponseError) as exc:
                # The POST may have done its work: look, never post twice.
                log.warning("convo.ai_post_uncertain", key=key.split(":")[0], code=exc.code)
                try:
                    result = await get()
                except NotFoundError:
                    raise exc from None
                self._spent(1)  # it ran: assume it was charged; the profile will correct it
                return _dump(result), 1
            credits = 0 if getattr(result, "cached", False) else 1
            self._spent(credits)
            return _dump(result), credits

        value, credits = await self.cache.single_flight(f"generate:{key}", run)
        await self.cache.put(key, value, None)
        return Outcome(model.model_validate(value), "upstream", 0.0, credits if led else 0)

    # --- questions and emails ------------------------------------------------------------

    async def ask(self, conversation_id: str, query: str) -> Outcome[QueryAnswer]:
        guards.check_id(conversation_id)
        guards.check_query(query)
        return await self._ai_cached(
            f"query:{conversation_id}:{normalise_query(query)}", QueryAnswer,
            lambda: self.client.query(conversation_id, query),
        )

    async def draft_email(
        self, conversation_id: str, *, recipient_name: str | None = None, tone: Tone | None = None
    ) -> Outcome[EmailDraft]:
        guards.check_id(conversation_id)
        recipient = (recipient_name or "").strip()
        key = f"email:{conversation_id}:{tone or 'professional'}:{recipient.casefold()}"
        return await self._ai_cached(
            key, EmailDraft,
            lambda: self.client.draft_email(conversation_id, recipient_name=recipient or None, tone=tone),
        )

    async def _ai_cached(self, key: str, model: type[M], post: Callable[[], Awaitable[M]]) -> Outcome[M]:
        """An AI answer remembered forever under ``key``: asked once, whoever asks again."""
        led = False  # only the caller whose POST ran spent the credit

        async def load() -> Any:
            nonlocal led
            led = True
            result = await self._post_ai(post)
            self._spent(1)
            return _dump(result)

        cached = await self.cache.fetch(key, load, ttl=None)
        return self._outcome(cached, model.model_validate(cached.value), 1 if led else 0)

    async def _post_ai(self, post: Callable[[], Awaitable[M]]) -> M:
        """Send one credit-spending POST after the quota check; Convo's own refusal wins over ours."""
        await self._check_quota()
        try:
            return await post()
        except AILimitExceededError as exc:
            self.quota.exhausted(exc.reset_at)
            raise

    # --- writes --------------------------------------------------------------------------

    async def share(self, conversation_id: str) -> Outcome[ShareResult]:
        guards.check_id(conversation_id)
        hit = await self.cache.get(f"share:{conversation_id}")
        if hit is not None:
            return self._outcome(hit, ShareResult.model_validate(hit.value))
        result = await self.client.share(conversation_id)
        await self.cache.put(f"share:{conversation_id}", _dump(result), None)
        return Outcome(result, "upstream")

    async def rename(self, conversation_id: str, title: str) -> Outcome[RenameResult]:
        guards.check_id(conversation_id)
        result = await self.client.rename(conversation_id, title)
        await self.cache.invalidate(f"meta:{conversation_id}", f"keypoints:{conversation_id}")
        await self.cache.invalidate_prefix("list:")
        return Outcome(result, "upstream")

    async def delete(self, conversation_id: str) -> Outcome[DeleteResult]:
        guards.check_id(conversation_id)
        result = await self.client.delete(conversation_id)
        await self.forget(conversation_id)
        return Outcome(result, "upstream")

    async def forget(self, conversation_id: str) -> None:
        """Drop everything cached about one conversation (after delete, or a webhook)."""
        await self.cache.invalidate(*_keys(conversation_id))
        for prefix in (f"query:{conversation_id}:", f"email:{conversation_id}:"):
            await self.cache.invalidate_prefix(prefix)
        await self.cache.invalidate_prefix("list:")

    # --- calendar and account ------------------------------------------------------------

    async def calendar_events(
        self, *, max_results: int = 10, time_min: datetime | None = None, time_max: datetime | None = None
    ) -> Outcome[list[CalendarEvent]]:
        bounds = [t.isoformat() if t else "" for t in (time_min, time_max)]
        key = f"calendar:{max_results}:{bounds[0]}:{bounds[1]}"

        async def loader() -> Any:
            events = await self.client.calendar_events(max_results=max_results, time_min=time_min, time_max=time_max)
            return [_dump(e) for e in events]

        cached = await self.cache.fetch(key, loader, ttl=self.settings.calendar_ttl, serve_stale_on=STALE_ON)
        return self._outcome(cached, [CalendarEvent.model_validate(e) for e in cached.value])

    async def profile(self, *, refresh: bool = False) -> Outcome[Profile]:
        out = await self._read("profile", Profile, self.client.profile, self.settings.profile_ttl, refresh=refresh)
        if out.source == "upstream" or not self.quota.state.known:
            self.quota.learn(out.value)
        return out

    async def _profile_for_quota(self) -> Profile:
        return (await self.profile(refresh=self.quota.state.known)).value

    async def quota_state(self) -> QuotaState:
        return await self.quota.current()

    async def _check_quota(self) -> None:
        await self.quota.check()

    def _spent(self, credits: int) -> None:
        if credits:
            self.quota.spent(credits)

    # --- webhooks ------------------------------------------------------------------------

    async def _check_webhook_plan(self) -> None:
        if self._webhooks_forbidden:
            raise PlanRequiredError(
                "Webhooks need the Professional or Enterprise plan.",
                hint="Upgrade in the Convo app, or poll with list_conversations.",
            )
        if self.quota.state.known:
            guards.check_webhook_plan(self.quota.state.tier)

    async def _webhook_call(self, call: Callable[[], Awaitable[T]]) -> T:
        await self._check_webhook_plan()
        try:
            return await call()
        except PermissionDeniedError:
            self._webhooks_forbidden = True
            raise

    async def list_webhooks(self) -> Outcome[list[Webhook]]:
        async def loader() -> Any:
            return [_dump(w) for w in await self._webhook_call(self.client.list_webhooks)]

        cached = await self.cache.fetch("webhooks", loader, ttl=self.settings.list_ttl)
        return self._outcome(cached, [Webhook.model_validate(w) for w in cached.value])

    async def create_webhook(self, url: str, events: list[str]) -> CreatedWebhook:
        url = guards.check_webhook_url(url)
        events = guards.check_webhook_events(events)
        created = await self._webhook_call(lambda: self.client.create_webhook(url, events))
        await self.cache.invalidate("webhooks")
        return created

    async def delete_webhook(self, webhook_id: str) -> Outcome[DeleteResult]:
        guards.check_id(webhook_id, kind="webhook")
        result = await self._webhook_call(lambda: self.client.delete_webhook(webhook_id))
        await self.cache.invalidate("webhooks")
        return Outcome(result, "upstream")

    async def test_webhook(self, webhook_id: str) -> Outcome[WebhookTestResult]:
        guards.check_id(webhook_id, kind="webhook")
        result = await self._webhook_call(lambda: self.client.test_webhook(webhook_id))
        return Outcome(result, "upstream")

    # --- budget for fan-outs -------------------------------------------------------------

    def spendable_requests(self) -> int | None:
        return self.client.governor.spendable(self.settings.budget_reserve)

    def budget_resets_at(self) -> datetime | None:
        return self.client.governor.reset_at


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)


__all__ = ["ConvoError", "ConvoService", "Outcome", "normalise_query"]
