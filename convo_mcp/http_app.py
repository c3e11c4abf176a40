"""The Streamable HTTP transport in our own Starlette app: ``/mcp``, the webhook receiver,
``/healthz`` and ``/readyz``, and in OAuth mode the OAuth endpoints and the sign-in pages.

Secure by default: DNS-rebinding protection is always on (bad ``Host`` → 421, bad ``Origin`` →
403), and anything reachable from beyond this machine (a non-loopback bind address, or an allowed
host name that is not loopback, as a tunnel uses) refuses to start without authentication: a bearer
token (``CONVO_MCP_HTTP_TOKEN``) or OAuth (``--auth oauth``). SSE streams are resumable: a client
that reconnects with ``Last-Event-ID`` gets what it missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import anyio
from mcp.server import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from convo_mcp._sdk import lowlevel
from convo_mcp.account import loopback
from convo_mcp.app import App
from convo_mcp.errors import ConfigError
from convo_mcp.faults import FaultGuard
from convo_mcp.log import get_logger
from convo_mcp.peers import ClientAddress, parse_networks
from convo_mcp.resume import SessionEvents, install
from convo_mcp.webhooks.receiver import WebhookReceiver

if TYPE_CHECKING:
    from convo_mcp.auth.setup import OAuthSetup

log = get_logger("convo_mcp.http")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
RETRY_MS = 2000  # the SSE retry a client waits before reconnecting to a dropped stream


class HTTPConfigError(ConfigError):
    """The HTTP transport's settings cannot work (host, port, public URL, proxies)."""


def _is_loopback_host(value: str) -> bool:
    """``127.0.0.1``, ``localhost:8000``, ``[::1]:8000``…: a Host header that only this machine sends."""
    name = value.rsplit(":", 1)[0] if value.count(":") == 1 or value.startswith("[") else value
    return loopback(name.strip("[]"))


def security_for(host: str, port: int, *, token: str | None, allowed_hosts: Sequence[str],
                 oauth: bool = False) -> TransportSecuritySettings:
    authenticated = bool(token) or oauth
    exposed = [h for h in allowed_hosts if not _is_loopback_host(h)]
    how = ("set CONVO_MCP_HTTP_TOKEN (clients send 'Authorization: Bearer …'), or run with --auth oauth "
           "--public-url https://… so each person signs in with their own Convo key")
    if host in LOOPBACK:
        if exposed and not authenticated:
            raise HTTPConfigError(
                f"--allowed-host {exposed[0]} lets requests through a tunnel or proxy reach your Convo data: {how}."
            )
        hosts = [f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", *allowed_hosts]
        origins = [f"http://127.0.0.1:{port}", f"http://localhost:{port}", f"http://[::1]:{port}"]
        origins += [f"https://{h}" for h in exposed]
    else:
        if not authenticated:
            raise HTTPConfigError(f"Serving on {host} exposes your Convo data to the network: {how}; and name the "
                                  "host names clients use with --allowed-host.")
        if not allowed_hosts:
            raise HTTPConfigError(f"Serving on {host} needs --allowed-host for each host name clients use.")
        hosts = list(allowed_hosts)
        origins = [f"https://{h}" for h in allowed_hosts] + [f"http://{h}" for h in allowed_hosts]
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True, allowed_hosts=hosts, allowed_origins=origins
    )


class BearerGate:
    """Requires ``Authorization: Bearer <token>`` on everything but health and webhooks."""

    OPEN = ("/healthz", "/readyz", "/webhooks/")

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self._token = token.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith(self.OPEN):
            header = dict(scope["headers"]).get(b"authorization", b"")
            scheme, _, given = header.partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(given.strip(), self._token):
                response = JSONResponse(
                    {"error": "unauthorized", "message": "Send Authorization: Bearer <CONVO_MCP_HTTP_TOKEN>."},
                    status_code=401, headers={"WWW-Authenticate": 'Bearer realm="convo-mcp"'},
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class SlowClientGuard:
    """Slow or greedy HTTP clients are dropped instead of holding the server.

    - A request body must arrive whole within ``body_timeout`` seconds (one deadline for the whole
      body, so trickling bytes does not help) and be at most ``max_body`` bytes: else 408 / 413 and
      the connection is closed. The body is then handed to the app at once.
    - One client address may have at most ``per_client`` requests open at a time (streams included);
      beyond that it gets 429 at once.
    Headers that never finish never reach the app: :mod:`convo_mcp.connections` closes those
    connections (:func:`uvicorn_config` installs it), and caps connections per address.
    """

    BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

    def __init__(self, app: ASGIApp, *, body_timeout: float = 10.0, per_client: int = 32,
                 max_body: int = 4 * 1024 * 1024) -> None:
        self.app = app
        self.body_timeout, self.per_client, self.max_body = body_timeout, per_client, max_body
        self.open: dict[str, int] = {}
        self.dropped = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        who = (scope.get("client") or ("?", 0))[0]
        if self.open.get(who, 0) >= self.per_client:
            self.dropped += 1
            await _plain(send, 429, "too many requests open from this address")
            return
        self.open[who] = self.open.get(who, 0) + 1
        try:
            if scope["method"] in self.BODY_METHODS:
                body = await self._read(receive, send)
                if body is None:
                    return
                receive = _replay(body, receive)
            await self.app(scope, receive, send)
        finally:
            self.open[who] -= 1
            if not self.open[who]:
                del self.open[who]

    async def _read(self, receive: Receive, send: Send) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        with anyio.move_on_after(self.body_timeout) as scope:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return None
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body:
                    self.dropped += 1
                    await _plain(send, 413, "request body too large")
                    return None
                chunks.append(chunk)
                if not message.get("more_body", False):
                    return b"".join(chunks)
        if scope.cancelled_caught:
            self.dropped += 1
            log.info("http.slow_client_dropped", seconds=self.body_timeout)
            await _plain(send, 408, "request body not received in time")
        return None


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: the client's disconnect, when it comes

    return replayed


async def _plain(send: Send, status: int, text: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": text.encode()})


class Drainer:
    """Graceful shutdown for one served app: on SIGTERM, readiness turns 503 at once, calls in
    flight finish (up to ``grace`` seconds), then long-lived streams (subscriptions) are closed so
    the server can exit. The server's ``handle_exit`` calls :meth:`begin`."""

    LONG_LIVED = ("subscriptions/listen",)

    def __init__(self, grace: float = 20.0, *, close_streams: Callable[[], None] | None = None) -> None:
        self.grace = grace
        self.in_flight = 0
        self.draining = False
        self._close_streams = close_streams
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._idle = asyncio.Event()

    async def count(self, ctx: Any, call_next: Callable[[Any], Awaitable[Any]]) -> Any:
        """Server middleware: counts requests in flight (not subscription streams)."""
        if getattr(ctx, "method", None) in self.LONG_LIVED:
            return await call_next(ctx)
        self.in_flight += 1
        try:
            return await call_next(ctx)
        finally:
            self.in_flight -= 1
            if self.in_flight == 0:
                self._idle.set()

    def started(self) -> None:
        self._loop = asyncio.get_running_loop()

    def begin(self) -> None:
        """Safe to call from a signal handler."""
        if self.draining or self._loop is None:
            return
        self.draining = True
        self._loop.call_soon_threadsafe(self._start)

    def _start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        waiting = self.in_flight
        if self.in_flight > 0:
            self._idle.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), timeout=self.grace)
        log.info("http.drained", calls_waited_for=waiting, unfinished=self.in_flight)
        if self._close_streams is not None:
            self._close_streams()


def build_http_app(
    app: App,
    server: MCPServer,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    allowed_hosts: Sequence[str] = (),
    stateless: bool = False,
    receiver: WebhookReceiver | None = None,
    drainer: Drainer | None = None,
    oauth: OAuthSetup | None = None,
    events: SessionEvents | None = None,
) -> ASGIApp:
    if oauth is not None:  # people reach the server by its public name
        public = urlparse(oauth.settings.issuer_url.unicode_string()).netloc
        allowed_hosts = [*allowed_hosts, *([public] if public not in allowed_hosts else [])]
    security = security_for(host, port, token=token, allowed_hosts=allowed_hosts, oauth=oauth is not None)
    events = events if events is not None or stateless else SessionEvents()
    mcp_app = lowlevel(server).streamable_http_app(
        streamable_http_path="/mcp", stateless_http=stateless, transport_security=security, host=host,
        # turns resumability on; install() below gives each session its own view in its place
        event_store=events.for_session("") if events is not None else None,
        retry_interval=RETRY_MS if events is not None else None,
        auth=oauth.settings if oauth is not None else None,
        token_verifier=oauth.verifier if oauth is not None else None,
        auth_server_provider=oauth.provider if oauth is not None else None,
    )
    if events is not None:
        install(server.session_manager, events)
    state = {"ready": False, "draining": False}
    if drainer is not None:
        server.middleware.append(drainer.count)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        async with app.running(), server.session_manager.run():
            state["ready"] = True
            if oauth is not None and oauth.walkers is not None:
                oauth.walkers.start()
            if drainer is not None:
                drainer.started()
            try:
                yield
            finally:
                state["ready"], state["draining"] = False, True
                if receiver is not None:
                    await receiver.aclose()
                if oauth is not None:
                    if oauth.walkers is not None:
                        await oauth.walkers.stop()
                    await oauth.accounts.aclose()
                    await oauth.store.aclose()

    async def healthz(_request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def readyz(_request: Request) -> Response:
        # Ready while serving; Redis being unreachable does not make a replica unready (it works on
        # its own meanwhile), the answer only says so: shared_state "redis", "degraded" or "off", and
        # warns when replicas share one key on a database without Redis.
        ok = state["ready"] and not state["draining"] and not (drainer is not None and drainer.draining)
        shared = "off" if app.relay is None else await app.relay.check()
        body: dict[str, Any] = {"ready": ok, "demo": app.is_demo, "shared_state": shared}
        if shared == "off" and app.presence is not None and (warning := await app.presence.warning()):
            body["warning"] = warning  # replicas on one key without Redis (convo_mcp.presence)
        return JSONResponse(body, status_code=200 if ok else 503)

    routes: list[Route | Mount] = [Route("/healthz", healthz), Route("/readyz", readyz)]
    if oauth is not None:
        routes.extend(oauth.routes)
    if receiver is not None:
        routes.append(receiver.route("/webhooks/convo"))
    if oauth is not None:
        from mcp.server.auth.routes import build_resource_metadata_url

        from convo_mcp.auth.endpoints import Challenge
        from convo_mcp.auth.provider import SCOPE

        assert oauth.settings.resource_server_url is not None
        served: ASGIApp = Challenge(mcp_app, scope=SCOPE, resource_metadata=str(
            build_resource_metadata_url(oauth.settings.resource_server_url)))
    else:
        served = mcp_app
    routes.append(Mount("/", app=served))
    guard = Middleware(SlowClientGuard, body_timeout=app.settings.http_body_timeout,
                       per_client=app.settings.http_client_limit)
    who = Middleware(ClientAddress, trusted=parse_networks(app.settings.trusted_proxies))
    # Innermost: a request that meets a fault of the database or Redis (the token check, sign-in, a
    # webhook) is answered 503 with Retry-After, never a bare 500.
    starlette = Starlette(routes=routes, lifespan=lifespan, middleware=[who, guard, Middleware(FaultGuard)])
    return BearerGate(starlette, token) if token else starlette


def uvicorn_config(asgi: ASGIApp, settings: Any, *, host: str, port: int, budget: Any = None,
                   **options: Any) -> Any:
    """uvicorn's configuration for serving ``asgi``: the guarded HTTP protocol (header deadline,
    connections per address and in all, from :mod:`convo_mcp.connections`) and the idle timeout;
    ``budget`` (:class:`~convo_mcp.descriptors.Budget`) sets how many connections in all."""
    import uvicorn

    from convo_mcp.connections import ConnectionGuard
    from convo_mcp.peers import parse_networks

    guard = ConnectionGuard(header_timeout=settings.http_header_timeout,
                            per_client=settings.http_connections_per_client,
                            max_connections=budget.connections if budget is not None else 4096,
                            trusted=parse_networks(settings.trusted_proxies))
    config = uvicorn.Config(asgi, host=host, port=port, log_config=None, access_log=False, http=guard.protocol(),
                            ws="none", limit_concurrency=None,
                            timeout_keep_alive=max(1, round(settings.http_idle_timeout)),
                            proxy_headers=False,  # the client address is resolved by peers.ClientAddress
                            **options)
    config.connection_guard = guard  # type: ignore[attr-defined]  # read by benches and tests
    return config
