"""Receiving Convo webhooks: signature check, replay window, de-duplication, async dispatch.

Convo POSTs ``{"event": …, "data": {…}, "timestamp": "ISO 8601"}`` with ``X-Convo-Event`` and
``X-Convo-Signature`` (lowercase hex HMAC-SHA256 of the raw body, keyed with the webhook secret).
The timestamp is *not* signed separately, but it is part of the signed body, so it cannot be altered
without breaking the signature. What an attacker who captured one delivery can do is send it again;
the receiver defends with two layers:

* the replay window: a delivery whose timestamp is more than ``replay_window`` seconds away from our
  clock (past or future) is refused; a delivery *without* a timestamp is refused too, since Convo
  always sends one;
* de-duplication: the sha256 of the raw body (the delivery id) is marked in the :class:`Store` for
  ``2 × replay_window``. A delivery accepted at ``t`` had ``|t - timestamp| ≤ window``, so by the time
  the mark expires (``t + 2·window ≥ timestamp + window``) a replay is already outside the window.

Order of checks (cheapest, least trusting first): ``Content-Type: application/json`` → size
(``Content-Length``, then the bytes actually read) → a secret is configured → signature → shape →
event header → replay window → duplicate → known event type → ``200`` and ``on_event`` in a
background task. Convo does not retry, so the answer is fast and never waits for the handler.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from convo_mcp.convo.models import WEBHOOK_EVENTS
from convo_mcp.errors import RejectedInput
from convo_mcp.log import get_logger
from convo_mcp.state.base import Store
from convo_mcp.webhooks.secrets import FILE_NAME, WebhookSecrets
from convo_mcp.webhooks.signing import (
    DEFAULT_REPLAY_WINDOW,
    MalformedDelivery,
    WebhookEvent,
    is_fresh,
    parse_event,
    sign,
    verify_signature,
)

__all__ = [
    "DEFAULT_MAX_BODY",
    "DEFAULT_REPLAY_WINDOW",
    "FILE_NAME",
    "MalformedDelivery",
    "WebhookEvent",
    "WebhookReceiver",
    "WebhookSecrets",
    "WebhookStats",
    "is_fresh",
    "parse_event",
    "serve_listener",
    "sign",
    "verify_signature",
]

DEFAULT_MAX_BODY = 256 * 1024
SIGNATURE_HEADER = "x-convo-signature"
EVENT_HEADER = "x-convo-event"

log = get_logger("convo_mcp.webhooks")


# -- the receiver --------------------------------------------------------------------------------


@dataclass
class WebhookStats:
    accepted: int = 0
    duplicates: int = 0
    unknown_event: int = 0
    rejected_signature: int = 0
    rejected_size: int = 0
    rejected_malformed: int = 0
    rejected_replay: int = 0
    rejected_unconfigured: int = 0
    rejected_media: int = 0
    handler_errors: int = 0
    dedup_errors: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


class _LocalMarks:
    """Per-process stand-in for ``Store.add_if_absent`` while the store is failing."""

    def __init__(self, limit: int = 4096) -> None:
        self._marks: OrderedDict[str, float] = OrderedDict()
        self._limit = limit

    def add_if_absent(self, key: str, ttl: float, now: float) -> bool:
        expires = self._marks.get(key)
        if expires is not None and expires > now:
            return False
        self._marks[key] = now + ttl
        self._marks.move_to_end(key)
        while len(self._marks) > self._limit:
            self._marks.popitem(last=False)
        return True


SecretsSource = WebhookSecrets | Callable[[], Sequence[str]]
EventHandler = Callable[[WebhookEvent], Awaitable[None]]


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


class DeliveryTooLarge(RejectedInput):
    """A delivery's body is over the size a Convo event can have."""


class WebhookReceiver:
    """A Starlette endpoint for Convo deliveries. See the module docstring for the checks."""

    def __init__(
        self,
        secrets: SecretsSource,
        on_event: EventHandler,
        dedup: Store,
        *,
        max_body: int = DEFAULT_MAX_BODY,
        replay_window: float = DEFAULT_REPLAY_WINDOW,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._secrets = secrets
        self._on_event = on_event
        self._dedup = dedup
        self.max_body = max_body
        self.replay_window = replay_window
        self._clock = clock
        self._tasks: set[asyncio.Task[None]] = set()
        self._local_marks = _LocalMarks()
        self.stats = WebhookStats()

    def __repr__(self) -> str:
        return f"WebhookReceiver(max_body={self.max_body}, replay_window={self.replay_window}, stats={self.stats})"

    def route(self, path: str = "/webhooks/convo") -> Route:
        return Route(path, self.handle, methods=["POST"], name="convo_webhook")

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def _active_secrets(self) -> list[str]:
        source = self._secrets.all() if isinstance(self._secrets, WebhookSecrets) else self._secrets()
        return [s for s in source if s]

    async def _read_body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_body:
            raise DeliveryTooLarge
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body:
                raise DeliveryTooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    def _outcome(self, outcome: str, *, level: str = "info", event: WebhookEvent | None = None, **kw: Any) -> None:
        fields: dict[str, Any] = {"outcome": outcome, **kw}
        if event is not None:
            fields.update(
                event_type=event.event, conversation_id=event.conversation_id, delivery=event.delivery_id[:16]
            )
        getattr(log, level)("webhook.delivery", **fields)

    async def _mark(self, delivery_id: str) -> bool:
        key = "webhook:" + delivery_id
        ttl = self.replay_window * 2
        try:
            return await self._dedup.add_if_absent(key, ttl)
        except Exception as exc:
            # Convo does not retry, so refusing would lose the event: fall back to a per-process mark.
            self.stats.dedup_errors += 1
            log.warning("webhook.dedup_unavailable", error=type(exc).__name__)
            return self._local_marks.add_if_absent(key, ttl, self._clock())

    async def handle(self, request: Request) -> Response:
        client = request.client.host if request.client else None
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":  # Convo sends JSON; anything else is not a delivery
            self.stats.rejected_media += 1
            self._outcome("rejected_media", level="warning", client=client)
            return _error(415, "deliveries are application/json")
        try:
            body = await self._read_body(request)
        except DeliveryTooLarge:
            self.stats.rejected_size += 1
            self._outcome("rejected_size", level="warning", client=client, limit=self.max_body)
            return _error(413, "payload too large", limit=self.max_body)

        secrets = self._active_secrets()
        if not secrets:
            self.stats.rejected_unconfigured += 1
            self._outcome("unconfigured", level="error", client=client)
            return _error(
                503,
                "no webhook secret is configured",
                hint="set CONVO_WEBHOOK_SECRET, or create the webhook with the create_webhook tool",
            )

        if not verify_signature(body, request.headers.get(SIGNATURE_HEADER), secrets):
            self.stats.rejected_signature += 1
            self._outcome("rejected_signature", level="warning", client=client)
            return _error(401, "invalid signature")

        try:
            event = parse_event(body)
        except MalformedDelivery as exc:
            self.stats.rejected_malformed += 1
            self._outcome("rejected_malformed", level="warning", client=client, reason=str(exc))
            return _error(400, "malformed delivery", detail=str(exc))

        header_event = request.headers.get(EVENT_HEADER)
        if header_event is not None and header_event.strip() != event.event:
            self.stats.rejected_malformed += 1
            self._outcome("rejected_event_mismatch", level="warning", event=event, client=client)
            return _error(400, "X-Convo-Event does not match the body's event")

        if not is_fresh(event.timestamp, self._clock(), self.replay_window):
            self.stats.rejected_replay += 1
            self._outcome("rejected_replay", level="warning", event=event, client=client)
            return _error(400, "timestamp outside the replay window", window_seconds=self.replay_window)

        if not await self._mark(event.delivery_id):
            self.stats.duplicates += 1
            self._outcome("duplicate", event=event)
            return JSONResponse({"ok": True, "duplicate": True})

        if event.event not in WEBHOOK_EVENTS:
            self.stats.unknown_event += 1
            self._outcome("unknown_event", level="warning", event=event)
            return JSONResponse({"ok": True, "ignored": "unknown event"})

        self.stats.accepted += 1
        self._outcome("accepted", event=event)
        task = asyncio.create_task(self._dispatch(event), name=f"webhook:{event.event}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return JSONResponse({"ok": True})

    async def _dispatch(self, event: WebhookEvent) -> None:
        try:
            await self._on_event(event)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.stats.handler_errors += 1
            log.error(
                "webhook.handler_failed",
                event_type=event.event,
                conversation_id=event.conversation_id,
                error=type(exc).__name__,
                exc_info=True,
            )

    async def drain(self, timeout: float | None = 5.0) -> int:
        """Wait for pending handlers (at most ``timeout`` seconds); the number still running."""
        pending = set(self._tasks)
        if pending:
            await asyncio.wait(pending, timeout=timeout)
        return sum(1 for t in self._tasks if not t.done())

    async def aclose(self, timeout: float = 5.0) -> None:
        """Drain, then cancel what is still running (graceful shutdown)."""
        if await self.drain(timeout):
            for task in list(self._tasks):
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*self._tasks, return_exceptions=True)


# -- a standalone listener for the stdio mode ----------------------------------------------------


async def serve_listener(receiver: WebhookReceiver, host: str, port: int, *, path: str = "/webhooks/convo") -> None:
    """Serve ``receiver`` (plus ``GET /healthz``) with uvicorn until cancelled.

    For the stdio transport's ``--webhook-port``: uvicorn logs through stdlib logging only (no log
    config, no access log, nothing on stdout, which belongs to the MCP protocol), does not install
    signal handlers (the MCP server owns them), and a port that cannot be bound raises ``OSError``
    instead of uvicorn's ``SystemExit``. Cancelling the task shuts the server down gracefully and
    drains pending handlers.
    """
    import uvicorn  # lazily: only the listener needs it
    from starlette.applications import Starlette

    async def healthz(_request: Request) -> Response:
        return JSONResponse({"ok": True, "pending": receiver.pending, **receiver.stats.as_dict()})

    app = Starlette(routes=[receiver.route(path), Route("/healthz", healthz, methods=["GET"])])
    config = uvicorn.Config(
        app, host=host, port=port, log_config=None, access_log=False, lifespan="off", server_header=False
    )

    class _Server(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

    server = _Server(config)

    async def run() -> None:
        try:
            await server.serve()
        except SystemExit:  # uvicorn's answer to a bind failure; it must not end the MCP server
            raise OSError(f"webhook listener could not listen on {host}:{port}") from None
        if not server.started and not server.should_exit:
            raise OSError(f"webhook listener could not listen on {host}:{port}")

    serving = asyncio.create_task(run(), name="convo-webhook-listener")
    log.info("webhook.listener_starting", host=host, port=port, path=path)
    try:
        await asyncio.shield(serving)
    except asyncio.CancelledError:
        server.should_exit = True
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.wait_for(serving, timeout=5.0)
        raise
    finally:
        await receiver.drain(5.0)
        log.info("webhook.listener_stopped", host=host, port=port)
