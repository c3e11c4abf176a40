"""Signed webhook deliveries: fire-and-forget background POSTs, recorded for tests to inspect."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterable
from typing import Any

import httpx

from convo_mcp.sandbox.models import Delivery, Webhook

EVENTS: tuple[str, ...] = (
    "conversation.created",
    "conversation.updated",
    "conversation.keypoints.ready",
    "conversation.summary.ready",
    "conversation.action_items.ready",
    "conversation.feedback.ready",
    "conversation.shared",
    "conversation.deleted",
    "transcript.ready",
    "transcript.failed",
    "webhook.test",
)
USER_AGENT = "Convo-Webhooks/1.0"  # ASSUMED: the vendor does not publish its delivery User-Agent


def sign(secret: str, body: bytes) -> str:
    """``X-Convo-Signature``: lowercase hex HMAC-SHA256 of the raw body keyed with the secret."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def encode_event(event: str, data: dict[str, Any], timestamp: str) -> bytes:
    return json.dumps({"event": event, "data": data, "timestamp": timestamp}, separators=(",", ":")).encode()


class WebhookHub:
    """Sends deliveries and remembers every attempt (no retries, as the API)."""

    def __init__(self, timeout: float = 10.0) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._deliveries: list[Delivery] = []
        self._pending = 0
        self._tasks: set[asyncio.Task[Delivery]] = set()

    @property
    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return list(self._deliveries)

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def clear(self) -> None:
        with self._lock:
            self._deliveries.clear()

    async def send(self, hook: Webhook, event: str, data: dict[str, Any], timestamp: str) -> Delivery:
        """Deliver one event now and record the outcome (used inline by ``POST /webhooks/test``)."""
        body = encode_event(event, data, timestamp)
        signature = sign(hook.secret, body)
        headers = {
            "Content-Type": "application/json",
            "X-Convo-Event": event,
            "X-Convo-Signature": signature,
            "User-Agent": USER_AGENT,
        }
        delivery = Delivery(event=event, url=hook.url, webhook_id=hook.id, body=body, signature=signature,
                            headers=headers)
        try:
            async with httpx.AsyncClient(timeout=self.timeout, trust_env=False) as client:
                response = await client.post(hook.url, content=body, headers=headers)
            delivery.status = response.status_code
        except httpx.HTTPError as exc:
            delivery.error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        with self._lock:
            self._deliveries.append(delivery)
        return delivery

    async def _background(self, hook: Webhook, event: str, data: dict[str, Any], timestamp: str) -> Delivery:
        try:
            return await self.send(hook, event, data, timestamp)
        finally:
            with self._lock:
                self._pending -= 1

    def fire(self, hooks: Iterable[Webhook], event: str, data: dict[str, Any], timestamp: str) -> int:
        """Schedule deliveries to every hook subscribed to ``event``; returns how many."""
        targets = [h for h in hooks if event in h.events]
        if not targets:
            return 0
        loop = asyncio.get_running_loop()
        with self._lock:
            self._pending += len(targets)
        for hook in targets:
            task = loop.create_task(self._background(hook, event, data, timestamp))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return len(targets)

    def _settled(self, count: int | None) -> bool:
        with self._lock:
            return self._pending == 0 and (count is None or len(self._deliveries) >= count)

    async def wait(self, timeout: float = 5.0, count: int | None = None) -> bool:
        """Wait until no delivery is in flight (and at least ``count`` were recorded).

        Works whichever event loop or thread runs the sandbox. Returns False on timeout."""
        deadline = time.monotonic() + timeout
        while not self._settled(count):
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(0.01)
        return True

    def wait_sync(self, timeout: float = 5.0, count: int | None = None) -> bool:
        """Blocking variant for tests that run the sandbox in a background thread."""
        deadline = time.monotonic() + timeout
        while not self._settled(count):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True
