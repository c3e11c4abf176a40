"""Notifications and cache invalidations relayed between replicas over Redis pub/sub."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from convo_mcp.log import get_logger
from convo_mcp.state.redis.connection import FAILURES, RedisLink, SharedUnavailable

log = get_logger("convo_mcp.state")

Handler = Callable[[dict[str, Any]], Awaitable[None]]


class RedisEvents:
    """Pub/sub on ``{ns}events``: every message carries its origin replica, and a replica replays
    only the others' messages. Messages: ``{"k": "updated", "u": uri}``, ``{"k": "list_changed"}``,
    ``{"k": "invalidate", "m": "keys"|"prefix", "i": [...]}``."""

    def __init__(self, link: RedisLink, namespace: str, origin: str, *, retry_every: float = 3.0) -> None:
        self._link = link
        self.channel = f"{namespace}events"
        self.origin = origin
        self.retry_every = retry_every
        self.received = 0
        self.subscribed = asyncio.Event()

    async def publish(self, message: dict[str, Any]) -> None:
        data = json.dumps({**message, "o": self.origin}, separators=(",", ":"))
        with contextlib.suppress(SharedUnavailable):
            await self._link.run(lambda r: r.publish(self.channel, data))

    async def notification(self, kind: str, uri: str | None) -> None:
        """The notifier's fan-out: (kind, uri) to every other replica."""
        await self.publish({"k": kind, "u": uri})

    async def invalidation(self, kind: str, items: Sequence[str]) -> None:
        """The cache's invalidation hook: other replicas drop their private copies."""
        await self.publish({"k": "invalidate", "m": kind, "i": list(items)})

    async def listen(self, handler: Handler, *, resync: Callable[[], Awaitable[None]]) -> None:
        """Replay other replicas' messages until cancelled, resubscribing after outages.

        After an outage ``resync`` runs (messages sent meanwhile are lost: drop private copies).
        """
        lost = False
        while True:
            pubsub = self._link.client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self.channel)
                if lost:
                    lost = False
                    await resync()
                self.subscribed.set()
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is not None:
                        await self._dispatch(message.get("data"), handler)
            except FAILURES as exc:
                self.subscribed.clear()
                lost = True
                self._link.fail(exc)
            finally:
                with contextlib.suppress(*FAILURES):  # a cancel met here still ends the loop
                    await pubsub.aclose()  # type: ignore[no-untyped-call,unused-ignore]  # untyped before redis 8
            await asyncio.sleep(self.retry_every)

    async def _dispatch(self, data: Any, handler: Handler) -> None:
        try:
            message = json.loads(data)
        except (TypeError, ValueError):
            return
        if not isinstance(message, dict) or message.get("o") == self.origin:
            return
        self.received += 1
        try:
            await handler(message)
        except Exception as exc:
            log.warning("shared_event.failed", kind=message.get("k"), error=type(exc).__name__)
