"""The sandbox's whole world: accounts (tier, data, limits), stats, faults, clock, webhooks."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import convo_mcp.sandbox.cast as cast
import convo_mcp.sandbox.dataset as dataset
from convo_mcp.sandbox.faults import Faults
from convo_mcp.sandbox.limits import AI_LIMITS, RATE_LIMITS, AiQuota, RateWindow, first_of_next_month
from convo_mcp.sandbox.models import TIERS, CalendarEvent, Conversation, Delivery, Tier, Webhook
from convo_mcp.sandbox.stats import Stats
from convo_mcp.sandbox.webhooks import WebhookHub
from convo_mcp.sandbox.wire import iso

DEMO_KEYS: dict[str, str] = {tier: f"convo_demo_{tier}" for tier in ("starter", "professional", "enterprise", "free")}


@dataclass
class Account:
    """One API user (one key) with its own data, limits and webhooks."""

    key: str
    tier: Tier
    window: RateWindow
    quota: AiQuota
    created_at: datetime
    calendar_connected: bool = True
    name: str = cast.USER.name
    email: str = cast.USER.email
    timezone: str = "America/New_York"
    conversations: dict[str, Conversation] = field(default_factory=dict)
    events: list[CalendarEvent] = field(default_factory=list)
    webhooks: dict[str, Webhook] = field(default_factory=dict)
    recordings: int = 0  # simulated new recordings so far

    def add_conversations(self, conversations: list[Conversation]) -> None:
        for conv in conversations:
            self.conversations[conv.id] = conv

    def live(self, conversation_id: str) -> Conversation | None:
        """The conversation if it exists and is not deleted."""
        conv = self.conversations.get(conversation_id)
        return None if conv is None or conv.deleted else conv

    @property
    def visible(self) -> list[Conversation]:
        """Non-deleted conversations, newest first."""
        return sorted((c for c in self.conversations.values() if not c.deleted),
                      key=lambda c: (c.start, c.id), reverse=True)


class SandboxState:
    """Shared by the app and tests (in-process or across the server thread).

    ``clock`` returns unix seconds; pass a fake one to move time in tests.
    """

    def __init__(
        self,
        clock: Callable[[], float] | None = None,
        *,
        allow_insecure_webhook_urls: bool = False,
        webhook_timeout: float = 10.0,
    ) -> None:
        self.clock: Callable[[], float] = clock or time.time
        self.accounts: dict[str, Account] = {}
        self.stats = Stats()
        self.faults = Faults()
        self.webhooks = WebhookHub(timeout=webhook_timeout)
        self.allow_insecure_webhook_urls = allow_insecure_webhook_urls

    @classmethod
    def demo(
        cls,
        now: datetime | None = None,
        *,
        clock: Callable[[], float] | None = None,
        allow_insecure_webhook_urls: bool = False,
    ) -> SandboxState:
        """Accounts for every tier (keys in ``DEMO_KEYS``), each with the demo dataset built
        relative to ``now`` (default: the clock's current time)."""
        state = cls(clock, allow_insecure_webhook_urls=allow_insecure_webhook_urls)
        moment = now or state.now()
        for tier, key in DEMO_KEYS.items():
            state.add_account(tier, key, conversations="demo", demo_now=moment)
        return state

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def add_account(
        self,
        tier: str = "starter",
        key: str | None = None,
        *,
        rate_limit: int | None = None,
        ai_limit: int | Literal["default"] | None = "default",
        conversations: Literal["demo"] | int | None = None,
        calendar_connected: bool = True,
        demo_now: datetime | None = None,
    ) -> str:
        """Create an account and return its key.

        ``rate_limit`` overrides the tier's hourly limit, ``ai_limit`` its monthly AI generations
        (None = unlimited). ``conversations``: None (empty), ``"demo"`` (the demo dataset) or an
        int N (N simple generated calls, one per hour back from now). The demo calendar is given
        to every account; ``calendar_connected=False`` makes the calendar endpoint refuse."""
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; expected one of {', '.join(TIERS)}")
        tier_ = next(t for t in TIERS if t == tier)
        key = key or f"convo_test_{tier}_{secrets.token_hex(4)}"
        if not key.startswith("convo_"):
            raise ValueError("keys must start with 'convo_'")
        if key in self.accounts:
            raise ValueError(f"an account with key {key!r} already exists")
        now = self.now()
        limit = AI_LIMITS[tier_] if ai_limit == "default" else ai_limit
        account = Account(
            key=key,
            tier=tier_,
            window=RateWindow(rate_limit if rate_limit is not None else RATE_LIMITS[tier_]),
            quota=AiQuota(limit, first_of_next_month(now)),
            created_at=datetime(2025, 3, 14, 9, 30, tzinfo=UTC),
            calendar_connected=calendar_connected,
        )
        if key not in DEMO_KEYS.values():  # every account its own person: an email is who someone is
            account.email = cast.USER.email.replace("@", f"+{key.removeprefix('convo_')}@")
        moment = demo_now or now
        demo = dataset.demo_conversations(moment)
        if conversations == "demo":
            account.add_conversations(demo)
        elif isinstance(conversations, int):
            account.add_conversations(dataset.generated_conversations(conversations, now))
        account.events = dataset.demo_calendar(moment, demo)
        self.accounts[key] = account
        return key

    def add_key(self, key: str, new_key: str) -> str:
        """A second key for the same account (as the Convo app makes one): the same person and data."""
        if new_key in self.accounts or not new_key.startswith("convo_"):
            raise ValueError(f"cannot add key {new_key!r}")
        self.accounts[new_key] = self.accounts[key]
        return new_key

    def account(self, key: str) -> Account:
        return self.accounts[key]

    # webhooks
    @property
    def deliveries(self) -> list[Delivery]:
        return self.webhooks.deliveries

    async def wait_for_deliveries(self, timeout: float = 5.0, count: int | None = None) -> bool:
        """Wait until no webhook delivery is in flight (and ≥ ``count`` recorded); False on timeout."""
        return await self.webhooks.wait(timeout, count)

    def wait_for_deliveries_sync(self, timeout: float = 5.0, count: int | None = None) -> bool:
        return self.webhooks.wait_sync(timeout, count)

    def emit(self, account: Account, event: str, data: dict[str, Any]) -> int:
        """Fire ``event`` to the account's subscribed webhooks in the background."""
        return self.webhooks.fire(list(account.webhooks.values()), event, data, iso(self.now()))
