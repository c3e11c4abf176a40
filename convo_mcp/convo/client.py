"""ConvoClient: one method per Convo API operation (17), typed responses, one error tree.

How a call travels (the key, the budget, retries, envelopes) is :mod:`convo_mcp.convo.transport`;
these two modules are the only ones that speak HTTP to Convo. What the client checks is what it
sends: ids in the path and webhook ids, and the title's length; business rules are the service's.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import httpx

from convo_mcp.config import Settings
from convo_mcp.convo import guards
from convo_mcp.convo.models import (
    PAGE_MAX,
    CalendarEvent,
    Conversation,
    ConversationPage,
    CreatedWebhook,
    DeleteResult,
    EmailDraft,
    Feedback,
    Keypoints,
    Pagination,
    Profile,
    QueryAnswer,
    RenameResult,
    ShareResult,
    Tone,
    Transcript,
    Webhook,
    WebhookTestResult,
)
from convo_mcp.convo.ratelimit import (
    RateGovernor,
)
from convo_mcp.convo.transport import APITransport, as_list, iso, parse
from convo_mcp.errors import InvalidResponseError
from convo_mcp.log import register_secret
from convo_mcp.types import Clock, Sleep


class ConvoClient:
    """Async client of the Convo REST API v1. Use as ``async with ConvoClient(settings) as c:``."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        governor: RateGovernor | None = None,
        clock: Clock = time.time,
        sleep: Sleep | None = None,
    ) -> None:
        self.settings = settings or Settings()
        account = self.settings.account()  # NotConfiguredError without a key
        account.redact()
        key = account.key
        governor = governor or RateGovernor(max_wait=self.settings.retry_after_cap, clock=clock, sleep=sleep)
        self._api = APITransport(self.settings, key, transport=transport, governor=governor, clock=clock, sleep=sleep)
        self._send, self._get, self._ai = self._api.send, self._api.get, self._api.ai

    @property
    def governor(self) -> RateGovernor:
        return self._api.governor

    async def __aenter__(self) -> ConvoClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._api.aclose()

    # --- conversations -----------------------------------------------------------------

    async def list_conversations(
        self,
        *,
        limit: int = 20,
        offset: int = 0,
        search: str | None = None,
        since: datetime | str | None = None,
    ) -> ConversationPage:
        params: dict[str, Any] = {"limit": max(1, min(PAGE_MAX, limit)), "offset": max(0, offset)}
        if search:
            params["search"] = search
        if since is not None:
            params["since"] = iso(since)
        env = await self._send("GET", "/conversations", params=params)
        if not isinstance(env.data, list):
            raise InvalidResponseError(upstream_message="/conversations: data is not a list")
        return ConversationPage(
            conversations=[parse(Conversation, item, "/conversations") for item in env.data],
            pagination=Pagination.model_validate(env.pagination or {}),
        )

    async def iter_conversations(
        self, *, search: str | None = None, since: datetime | str | None = None, page_size: int = PAGE_MAX
    ) -> AsyncIterator[Conversation]:
        """Every conversation, newest first, following ``offset`` until the last page."""
        offset = 0
        while True:
            page = await self.list_conversations(limit=page_size, offset=offset, search=search, since=since)
            for conversation in page.conversations:
                yield conversation
            offset += len(page.conversations)
            if page.is_last(offset, page_size):
                return

    async def get_transcript(self, conversation_id: str) -> Transcript:
        return await self._get(Transcript, "/conversations/{id}/transcript", id=conversation_id)

    async def get_keypoints(self, conversation_id: str) -> Keypoints:
        return await self._get(Keypoints, "/conversations/{id}/keypoints", id=conversation_id)

    async def generate_keypoints(self, conversation_id: str, *, force_refresh: bool = False) -> Keypoints:
        return await self._ai(
            Keypoints, "/conversations/{id}/keypoints", conversation_id, {"forceRefresh": force_refresh}
        )

    async def get_feedback(self, conversation_id: str) -> Feedback:
        return await self._get(Feedback, "/conversations/{id}/feedback", id=conversation_id)

    async def generate_feedback(self, conversation_id: str, *, force_refresh: bool = False) -> Feedback:
        return await self._ai(
            Feedback, "/conversations/{id}/feedback", conversation_id, {"forceRefresh": force_refresh}
        )

    async def query(self, conversation_id: str, query: str) -> QueryAnswer:
        return await self._ai(QueryAnswer, "/conversations/{id}/query", conversation_id, {"query": query})

    async def draft_email(
        self, conversation_id: str, *, recipient_name: str | None = None, tone: Tone | None = None
    ) -> EmailDraft:
        body: dict[str, Any] = {}
        if recipient_name:
            body["recipientName"] = recipient_name
        if tone:
            body["tone"] = tone
        return await self._ai(EmailDraft, "/conversations/{id}/email", conversation_id, body)

    async def share(self, conversation_id: str) -> ShareResult:
        env = await self._send("POST", "/conversations/{id}/share", path={"id": conversation_id})
        return parse(ShareResult, env.data, "/conversations/{id}/share")

    async def rename(self, conversation_id: str, title: str) -> RenameResult:
        title = guards.check_title(title)
        env = await self._send(
            "PATCH", "/conversations/{id}", path={"id": conversation_id}, json={"title": title},
            idempotent=True,
        )
        return parse(RenameResult, env.data, "/conversations/{id}")

    async def delete(self, conversation_id: str) -> DeleteResult:
        env = await self._send("DELETE", "/conversations/{id}", path={"id": conversation_id})
        return parse(DeleteResult, env.data, "/conversations/{id}")

    # --- calendar and account ----------------------------------------------------------

    async def calendar_events(
        self,
        *,
        max_results: int = 10,
        time_min: datetime | str | None = None,
        time_max: datetime | str | None = None,
    ) -> list[CalendarEvent]:
        params: dict[str, Any] = {"maxResults": max(1, min(50, max_results))}
        if time_min is not None:
            params["timeMin"] = iso(time_min)
        if time_max is not None:
            params["timeMax"] = iso(time_max)
        env = await self._send("GET", "/calendar/events", params=params)
        return [parse(CalendarEvent, item, "/calendar/events") for item in as_list(env.data)]

    async def profile(self) -> Profile:
        return await self._get(Profile, "/user/profile")

    # --- webhooks ----------------------------------------------------------------------

    async def list_webhooks(self) -> list[Webhook]:
        env = await self._send("GET", "/webhooks")
        return [parse(Webhook, item, "/webhooks") for item in as_list(env.data)]

    async def create_webhook(self, url: str, events: list[str]) -> CreatedWebhook:
        body = {"url": url, "events": events}
        env = await self._send("POST", "/webhooks", json=body)
        created = parse(CreatedWebhook, env.data, "/webhooks")
        register_secret(created.secret)
        return created

    async def delete_webhook(self, webhook_id: str) -> DeleteResult:
        # ASSUMED by the reference: the published path has no {id}; the id goes in the query.
        guards.check_id(webhook_id, kind="webhook")
        env = await self._send("DELETE", "/webhooks", params={"id": webhook_id})
        return parse(DeleteResult, env.data, "/webhooks")

    async def test_webhook(self, webhook_id: str) -> WebhookTestResult:
        # ASSUMED by the reference: body {"webhookId": …}.
        guards.check_id(webhook_id, kind="webhook")
        env = await self._send("POST", "/webhooks/test", json={"webhookId": webhook_id})
        return parse(WebhookTestResult, env.data, "/webhooks/test")
