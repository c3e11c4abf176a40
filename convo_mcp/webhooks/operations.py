"""The service's webhook operations (Professional and Enterprise plans).

Creating a webhook keeps its signing secret, which Convo shows exactly once: in the secrets file
when the server has a cache directory, so a receiver started now or later verifies its deliveries.
A plan that cannot use webhooks is refused before a request once it is known.
"""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from convo_mcp import keys
from convo_mcp.cache import Cache
from convo_mcp.config import Settings
from convo_mcp.convo import guards
from convo_mcp.convo.models import CreatedWebhook, DeleteResult, Webhook, WebhookTestResult
from convo_mcp.errors import PermissionDeniedError, PlanRequiredError
from convo_mcp.outcome import Outcome, dump
from convo_mcp.quota import QuotaTracker
from convo_mcp.types import JSON, Clock
from convo_mcp.webhooks.secrets import WebhookSecrets

if TYPE_CHECKING:
    from convo_mcp.convo.client import ConvoClient

T = TypeVar("T")


class WebhookOperations:
    def __init__(
        self, client: ConvoClient, cache: Cache, quota: QuotaTracker, secrets: WebhookSecrets,
        settings: Settings, clock: Clock,
    ) -> None:
        self.client, self.cache, self.quota, self.secrets = client, cache, quota, secrets
        self.settings = settings
        self._clock = clock
        self._forbidden = False

    async def list(self) -> Outcome[list[Webhook]]:
        async def loader() -> JSON:
            return [dump(w) for w in await self._call(self.client.list_webhooks)]

        cached = await self.cache.fetch(keys.WEBHOOKS, loader, ttl=self.settings.list_ttl)
        return Outcome.of(cached, [Webhook.model_validate(w) for w in cached.value], self._clock())

    async def create(self, url: str, events: builtins.list[str]) -> tuple[CreatedWebhook, bool]:
        """Register a webhook and keep its signing secret; the flag says whether one was kept."""
        url = guards.check_webhook_url(url)
        events = guards.check_webhook_events(events)
        created = await self._call(lambda: self.client.create_webhook(url, events))
        await self.cache.invalidate(keys.WEBHOOKS)
        if not created.secret:
            return created, False
        self.secrets.add(created.id, created.secret, created.url or url)
        return created, True

    async def delete(self, webhook_id: str) -> Outcome[DeleteResult]:
        result = await self._call(lambda: self.client.delete_webhook(webhook_id))
        await self.cache.invalidate(keys.WEBHOOKS)
        self.secrets.remove(webhook_id)
        return Outcome(result, "upstream")

    async def test(self, webhook_id: str) -> Outcome[WebhookTestResult]:
        return Outcome(await self._call(lambda: self.client.test_webhook(webhook_id)), "upstream")

    async def _call(self, call: Callable[[], Awaitable[T]]) -> T:
        if self._forbidden:
            raise PlanRequiredError(
                "Webhooks need the Professional or Enterprise plan.",
                hint="Upgrade in the Convo app, or poll with list_conversations.",
            )
        if self.quota.state.known:
            guards.check_webhook_plan(self.quota.state.tier)
        try:
            return await call()
        except PermissionDeniedError:
            self._forbidden = True
            raise
