"""ConvoService: cache-first, credit-careful operations; the one boundary below the MCP surface.

Tools, resources, prompts and webhook events call its methods only: they never reach into the
cache, the quota tracker or the client, and never spell a cache key (:mod:`convo_mcp.keys` does).

- Reads go through :class:`~convo_mcp.cache.Cache`: transcripts, keypoints, feedback, query
  answers and email drafts never expire (a meeting does not change after it is recorded); lists,
  profile and calendar live for short TTLs. Identical concurrent reads share one request.
- Keypoints and feedback: GET before POST, POST only when nothing exists or a regeneration is
  asked for (:mod:`convo_mcp.generations` spends; webhooks: :mod:`convo_mcp.webhooks.operations`).
- Business rules (the question's length, the AI quota, the plan, the segment count) are checked here
  before any request (the AI quota: :mod:`convo_mcp.quota`); the client checks what it sends.
- Reads are typed and cache first (:mod:`convo_mcp.reads`): when Convo fails and a stale copy
  exists, the stale copy is served and the result says how old it is. Writes (:mod:`convo_mcp.edits`)
  invalidate what they change.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from convo_mcp import keys
from convo_mcp.cache import Cache
from convo_mcp.config import Settings
from convo_mcp.convo import guards
from convo_mcp.convo.models import (
    PAGE_MAX,
    CalendarEvent,
    Conversation,
    ConversationPage,
    EmailDraft,
    Feedback,
    Keypoints,
    Profile,
    QueryAnswer,
    ShareResult,
    Tone,
    Transcript,
)
from convo_mcp.edits import Edits
from convo_mcp.errors import ConvoError, NotFoundError
from convo_mcp.freshness import Freshness
from convo_mcp.generations import Generations
from convo_mcp.log import get_logger
from convo_mcp.outcome import MISSING, Budget, Outcome, Peek, dump
from convo_mcp.quota import QuotaTracker
from convo_mcp.reads import STALE_ON, Reads
from convo_mcp.state.base import QuotaFactory
from convo_mcp.types import JSON, Clock
from convo_mcp.webhooks.operations import WebhookOperations
from convo_mcp.webhooks.secrets import WebhookSecrets
from convo_mcp.zone import UTC_ZONE, Zone

if TYPE_CHECKING:  # the client (and httpx) load when the App builds the service, at the first call
    from convo_mcp.convo.client import ConvoClient
    from convo_mcp.search.filler import Indexer

log = get_logger("convo_mcp.service")
Change = Literal["conversation", "keypoints", "feedback", "deleted", "account"]
Announce = Callable[[Change, str], Awaitable[None]]  # what changed, of which conversation

META_TTL = 86_400.0
ZONE_KEPT = 60.0  # seconds the account's zone is kept before the cached profile is read again


class ConvoService:
    def __init__(
        self,
        client: ConvoClient,
        cache: Cache,
        settings: Settings | None = None,
        *,
        clock: Clock = time.time,
        secrets: WebhookSecrets | None = None,
        quota: QuotaFactory | None = None,
        index: Indexer | None = None,
        demo: bool = False,
        announce: Announce | None = None,
    ) -> None:
        from convo_mcp.insights.ledger import Ledger
        from convo_mcp.search.service import Search

        self.client = client
        self.cache = cache
        self.settings = settings or client.settings
        self.demo = demo
        self.index = index  # the full-text index, fed on the way (None: off)
        self.search = Search(self, index) if index is not None else None  # answers from ``index``
        self.secrets = secrets if secrets is not None else WebhookSecrets(None, self.settings.webhook_secrets)
        self._clock = clock
        self._zone: tuple[float, Zone, bool] | None = None  # the account's zone, when, and whether a profile said
        # An engine shared by several processes passes a tracker kept there; every part that spends sees it.
        self.quota = (quota or QuotaTracker)(self._profile_for_quota, clock=clock)
        self.background_spent: deque[float] = deque()  # the background indexer's requests (times), last hour
        self.announce = announce  # the App's: its notifier's subscribers hear of what this service changed
        self.ledger = Ledger(index) if index is not None else None  # promises, kept with the index
        self.reads = Reads(cache, clock, self.require_conversation)  # typed, cache first, stale when Convo fails
        self._ai = Generations(cache, self.quota, clock)
        self.webhooks = WebhookOperations(client, cache, self.quota, self.secrets, self.settings, clock)
        self.freshness = Freshness(self)  # what webhook events make stale, and indexing what they announce
        self.edits = Edits(client, cache, self.reads, self.freshness.forget, self.changed)  # share, rename, delete

    async def aclose(self) -> None:
        await self.client.aclose()
        await self.cache.aclose()
        if self.index is not None:
            await self.index.aclose()

    # --- plumbing ------------------------------------------------------------------------

    async def changed(self, what: Change, conversation_id: str) -> None:
        """Tell whoever listens (the server's subscribers) that this service changed something:
        its own writes notify as webhooks do, with or without webhooks. Never fails the write."""
        if self.announce is None:
            return
        try:
            await self.announce(what, conversation_id)
        except Exception as exc:  # a subscriber gone away must not undo a rename
            log.warning("service.announce_failed", what=what, error=type(exc).__name__)

    # --- conversations -------------------------------------------------------------------

    async def list_conversations(
        self, *, limit: int = 20, offset: int = 0, search: str | None = None, since: datetime | None = None,
        refresh: bool = False,
    ) -> Outcome[ConversationPage]:
        key = keys.list_page(limit, offset, search, since)

        async def load() -> ConversationPage:
            page = await self.client.list_conversations(limit=limit, offset=offset, search=search, since=since)
            # What each meeting is (segment count, title) answers later guards without a request.
            await asyncio.gather(*(self.cache.put(keys.meta(c.id), dump(c), META_TTL) for c in page.conversations))
            if self.index is not None:  # the index learns which meetings exist: its coverage
                await self.index.listed(page.conversations)
            return page

        return await self.reads.read(key, ConversationPage, load, self.settings.list_ttl, refresh=refresh)

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

    async def cached_conversations(self, since: datetime | None = None) -> list[Conversation]:
        """The conversations the cached pages of a full list hold (fresh or not); never a request."""
        found: list[Conversation] = []
        offset = 0
        while (hit := await self.cache.get(keys.list_page(PAGE_MAX, offset, None, since))) is not None:
            page = ConversationPage.model_validate(hit.value)
            found.extend(page.conversations)
            offset += len(page.conversations)
            if page.is_last(offset, PAGE_MAX):
                break
        return found

    async def require_conversation(self, conversation_id: str) -> None:
        """NotFoundError unless the account has this meeting: known from a list or a cached
        transcript (no request), else its transcript is read (one GET, kept and indexed)."""
        if await self.known_conversation(conversation_id) is not None:
            return
        if await self.cache.get(keys.transcript(conversation_id)) is not None:
            return
        try:
            await self.transcript(conversation_id)
        except NotFoundError:
            raise NotFoundError(
                f"This account has no meeting {conversation_id[:80]!r}.",
                hint="Find its id with list_conversations or search_meetings.") from None

    async def known_conversation(self, conversation_id: str) -> Conversation | None:
        """What the cache knows of one conversation (from earlier lists), without a request."""
        hit = await self.cache.get(keys.meta(conversation_id))
        return Conversation.model_validate(hit.value) if hit else None

    async def transcript(self, conversation_id: str) -> Outcome[Transcript]:
        out = await self.reads.read(
            keys.transcript(conversation_id), Transcript,
            lambda: self.client.get_transcript(conversation_id), None,
        )
        if self.index is not None and self.index.wants_transcript(conversation_id):  # indexed on the way
            await self.index.transcript(out.value, await self.known_conversation(conversation_id))
        return out

    async def peek_transcript(self, conversation_id: str) -> Peek[Transcript] | None:
        """The cached transcript, if any; never a request."""
        hit = await self.cache.get(keys.transcript(conversation_id))
        return Peek(Transcript.model_validate(hit.value), hit.fresh) if hit else None

    async def peek_keypoints(self, conversation_id: str) -> Peek[Keypoints] | None:
        """The cached keypoints, or a remembered "not generated yet"; never a request."""
        hit = await self.cache.get(keys.keypoints(conversation_id))
        if hit is None:
            return None
        return Peek(None if hit.value == MISSING else Keypoints.model_validate(hit.value), hit.fresh)

    async def segment_count(self, conversation_id: str) -> int | None:
        transcript = await self.peek_transcript(conversation_id)
        if transcript is not None and transcript.value is not None:
            return len(transcript.value.segments)
        meta = await self.known_conversation(conversation_id)
        return meta.segment_count if meta else None

    # --- keypoints and feedback ----------------------------------------------------------

    async def keypoints(self, conversation_id: str, *, confirm: bool = True) -> Outcome[Keypoints] | None:
        """Cached or already-generated keypoints; None when never generated (NotFoundError when the
        meeting does not exist, unless ``confirm`` is off: the caller checks). Never spends."""
        out = await self.reads.optional(
            keys.keypoints(conversation_id), Keypoints, lambda: self.client.get_keypoints(conversation_id),
            conversation_id if confirm else None,
        )
        if out is not None and self.index is not None and self.index.wants_keypoints(conversation_id):
            await self.index.keypoints(out.value, await self.known_conversation(conversation_id))
        return out

    async def feedback(self, conversation_id: str) -> Outcome[Feedback] | None:
        return await self.reads.optional(
            keys.feedback(conversation_id), Feedback, lambda: self.client.get_feedback(conversation_id),
            conversation_id,
        )

    async def generate_keypoints(self, conversation_id: str, *, regenerate: bool = False) -> Outcome[Keypoints]:
        if not regenerate:
            existing = await self.keypoints(conversation_id, confirm=False)
            if existing is not None:
                return existing

        async def post() -> Keypoints:  # inside the one flight, after the quota check: never for a missing meeting
            await self.require_conversation(conversation_id)
            return await self.client.generate_keypoints(conversation_id, force_refresh=regenerate)

        out = await self._ai.generate(
            keys.keypoints(conversation_id), Keypoints, post,
            lambda: self.client.get_keypoints(conversation_id), replace=regenerate,
        )
        if self.index is not None:  # new or regenerated: replaces what was indexed
            await self.index.keypoints(out.value, await self.known_conversation(conversation_id))
        await self.changed("keypoints", conversation_id)
        return out

    async def generate_feedback(self, conversation_id: str, *, regenerate: bool = False) -> Outcome[Feedback]:
        # Convo never makes feedback for short meetings, so none can exist: refuse before any GET.
        # On a cold cache the transcript (one GET, kept forever and indexed) tells the count.
        count = await self.segment_count(conversation_id)
        if count is None:  # the transcript's GET also tells a meeting that does not exist
            await self.require_conversation(conversation_id)
            count = len((await self.transcript(conversation_id)).value.segments)
        guards.check_feedback_segments(count)
        if not regenerate:
            existing = await self.feedback(conversation_id)
            if existing is not None:
                return existing
        out = await self._ai.generate(
            keys.feedback(conversation_id), Feedback,
            lambda: self.client.generate_feedback(conversation_id, force_refresh=regenerate),
            lambda: self.client.get_feedback(conversation_id), replace=regenerate,
        )
        await self.changed("feedback", conversation_id)
        return out

    # --- questions and emails ------------------------------------------------------------

    async def ask(self, conversation_id: str, query: str) -> Outcome[QueryAnswer]:
        guards.check_query(query)
        out = await self._ai.remembered(
            keys.query(conversation_id, query), QueryAnswer,
            lambda: self.client.query(conversation_id, query),
        )
        if out.credits_spent:
            await self.changed("account", conversation_id)
        return out

    async def draft_email(
        self, conversation_id: str, *, recipient_name: str | None = None, tone: Tone | None = None
    ) -> Outcome[EmailDraft]:
        recipient = (recipient_name or "").strip()
        key = keys.email(conversation_id, tone or "professional", recipient)
        out = await self._ai.remembered(
            key, EmailDraft,
            lambda: self.client.draft_email(conversation_id, recipient_name=recipient or None, tone=tone),
        )
        if out.credits_spent:
            await self.changed("account", conversation_id)
        return out

    # --- calendar and account ------------------------------------------------------------

    async def calendar_events(
        self, *, max_results: int = 10, time_min: datetime | None = None, time_max: datetime | None = None
    ) -> Outcome[list[CalendarEvent]]:
        key = keys.calendar(max_results, time_min, time_max)

        async def loader() -> JSON:
            events = await self.client.calendar_events(max_results=max_results, time_min=time_min, time_max=time_max)
            return [dump(e) for e in events]

        cached = await self.cache.fetch(key, loader, ttl=self.settings.calendar_ttl, serve_stale_on=STALE_ON)
        return self.reads.outcome(cached, [CalendarEvent.model_validate(e) for e in cached.value])

    async def profile(self, *, refresh: bool = False) -> Outcome[Profile]:
        out = await self.reads.read(keys.PROFILE, Profile, self.client.profile, self.settings.profile_ttl,
                                    refresh=refresh)
        self._zone = None  # read from this profile next time
        if out.source == "upstream" or not self.quota.state.known:
            self.quota.learn(out.value)
        await self.quota.settle()  # a cached profile is older than what other processes have spent since
        return out

    async def zone(self, *, read: bool = True) -> Zone:
        """The account's clock: its profile's zone, from any cached profile however old (a zone
        rarely changes; no request; kept a minute), else read once (``read``: tools that promise no
        request take UTC instead); UTC when the profile names none or cannot be read."""
        now = self._clock()
        if self._zone is None or now - self._zone[0] >= ZONE_KEPT or (read and not self._zone[2]):
            hit = await self.cache.get(keys.PROFILE)
            if hit is not None and hit.value != MISSING:
                self._zone = (now, Zone.of(Profile.model_validate(hit.value).profile.timezone), True)
            elif not read:
                self._zone = (now, UTC_ZONE, False)  # no profile yet: UTC until one is read
            else:
                try:
                    return Zone.of((await self.profile()).value.profile.timezone)
                except ConvoError:
                    return UTC_ZONE
        return self._zone[1]

    async def cached_name(self) -> str | None:
        """The account holder's name from any cached profile; never a request."""
        hit = await self.cache.get(keys.PROFILE)
        if hit is None or hit.value == MISSING:
            return None
        return Profile.model_validate(hit.value).profile.name or None

    async def _profile_for_quota(self) -> Profile:
        return (await self.profile(refresh=self.quota.state.known)).value

    async def check_ai_quota(self) -> None:
        """Refuse (no AI request) when no generation is left this month or the plan has no API."""
        await self.quota.check()

    def ai_generations_left(self) -> int | None:
        """As this process knows it; None: unlimited or not known yet."""
        return self.quota.state.remaining

    def quota_note(self) -> str:
        """One line for results: AI generations left this month and when they reset."""
        return self.quota.summary()

    # --- budget for fan-outs -------------------------------------------------------------

    def spendable_requests(self) -> int | None:
        return self.client.governor.spendable(self.settings.budget_reserve)

    def budget_resets_at(self) -> datetime | None:
        return self.client.governor.reset_at

    def background_requests(self) -> int:
        """Requests the background indexer sent in the last hour (results that report budget say it)."""
        horizon = self._clock() - 3600.0
        return sum(1 for t in self.background_spent if t > horizon)

    def budget(self) -> Budget:
        state = self.client.governor.state
        return Budget(state.remaining, state.limit, self.budget_resets_at())

    async def cached_share_url(self, conversation_id: str) -> str | None:
        """The meeting's public link if this server made one; never a request."""
        hit = await self.cache.get(keys.share(conversation_id))
        return ShareResult.model_validate(hit.value).share_url if hit else None

    def now(self) -> datetime:
        """The service's clock, as an aware moment."""
        return datetime.fromtimestamp(self._clock(), UTC)

    def requests_made(self) -> int:
        """Upstream loads so far (a fan-out subtracts two readings to report its own cost)."""
        return self.cache.stats.loads


__all__ = ["Budget", "ConvoService", "Outcome", "Peek"]
