"""The Starlette app: ``/api/v1/...`` behind auth, rate limit, tier checks and fault injection."""

from __future__ import annotations

import asyncio
import logging
import re

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route as StarletteRoute
from starlette.types import Receive, Scope, Send

import convo_mcp.sandbox.control as control
import convo_mcp.sandbox.routes_account as routes_account
import convo_mcp.sandbox.routes_conversations as routes_conversations
from convo_mcp.sandbox.faults import Fault
from convo_mcp.sandbox.routing import Ctx, Match, Router
from convo_mcp.sandbox.state import Account, SandboxState
from convo_mcp.sandbox.stats import UNMATCHED
from convo_mcp.sandbox.wire import ApiError, error_response, not_found

API_PREFIX = "/api/v1"
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
KEY_PATTERN = re.compile(r"^Bearer\s+(convo_[A-Za-z0-9_-]+)\s*$", re.IGNORECASE)
RAW_SEND = "convo_sandbox.raw_send"
BAD_GATEWAY_HTML = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
TRUNCATED_JSON = '{"data": [{"id": "sess_'

log = logging.getLogger(__name__)
ROUTER = Router(routes_conversations.ROUTES + routes_account.ROUTES)


class SandboxApp(Starlette):
    """A Starlette app that remembers the server's own ``send`` (to drop connections on demand)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope[RAW_SEND] = send
        await super().__call__(scope, receive, send)


def _bearer(request: Request) -> str | None:
    found = KEY_PATTERN.match(request.headers.get("authorization", ""))
    return found.group(1) if found else None


async def _drop_connection(request: Request) -> Response:
    """Close the TCP connection without answering (``reset`` fault)."""
    server_cycle = getattr(request.scope.get(RAW_SEND), "__self__", None)
    transport = getattr(server_cycle, "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        # In-process (httpx.ASGITransport): the client sees the same error a real reset gives.
        raise httpx.ReadError("Connection reset by peer (sandbox fault)")
    transport.abort()
    for _ in range(3):  # let the server notice the disconnect, so it sends nothing
        await asyncio.sleep(0)
    return Response(status_code=500)


def _fault_response(fault: Fault, state: SandboxState, account: Account | None) -> Response:
    headers = account.window.peek(state.clock()).headers() if account else {}
    headers.pop("Retry-After", None)
    if fault.kind == "502_html":
        return HTMLResponse(BAD_GATEWAY_HTML, status_code=502)
    if fault.kind == "malformed_json":
        return Response(TRUNCATED_JSON, status_code=200, media_type="application/json", headers=headers)
    if fault.kind == "429":
        state.stats.record_rate_limited(account.key if account else None)
        headers.update({"X-RateLimit-Remaining": "0", "Retry-After": str(fault.retry_after)})
        return error_response(ApiError("rate_limited", "Rate limit exceeded", headers=headers))
    if fault.kind == "503":
        headers["Retry-After"] = str(fault.retry_after)
        return error_response(ApiError("service_unavailable", "Service temporarily unavailable", headers=headers))
    return error_response(ApiError("internal_error", "An unexpected error occurred", headers=headers))


async def _serve(request: Request, state: SandboxState, match: Match, account: Account | None) -> Response:
    if account is None:
        reason = "Invalid API key" if _bearer(request) else "Missing or malformed Authorization header"
        return error_response(ApiError("unauthorized", reason))
    decision = account.window.admit(state.clock())
    headers = decision.headers()
    if not decision.allowed:
        state.stats.record_rate_limited(account.key)
        return error_response(ApiError("rate_limited", "Rate limit exceeded. Retry after the indicated time.",
                                       headers=headers))
    try:
        if account.tier == "free":
            raise ApiError("forbidden", "API access requires a Starter plan or above")
        if match.route is None:
            raise ApiError("method_not_allowed", f"Method {request.method} not allowed",
                           headers={"Allow": ", ".join(match.allowed)})
        if match.route.webhooks and account.tier == "starter":
            raise ApiError("forbidden", "Webhooks require a Professional plan or above")
        response = await match.route.handler(Ctx(state, account, request, match.params, state.now()))
    except ApiError as err:
        if err.code == "ai_limit_exceeded":
            state.stats.record_ai_limited(account.key)
        response = error_response(err)
    except Exception:
        log.exception("sandbox handler failed")
        response = error_response(ApiError("internal_error", "An unexpected error occurred"))
    response.headers.update(headers)
    return response


async def _answer(request: Request, state: SandboxState, match: Match | None, path: str,
                  account: Account | None) -> Response | None:
    if match is None:
        return error_response(not_found(f"No API route for {request.method} {API_PREFIX}{path}"))
    fault = state.faults.take(request.method, match.template, path)
    if fault is not None and fault.kind == "reset":
        return None
    if fault is not None and fault.kind != "delay":
        return _fault_response(fault, state, account)
    if fault is not None and not fault.after_effect:
        await request.body()  # received whole: like a real server, it finishes even if the client gives up
        await asyncio.sleep(fault.delay)
    response = await _serve(request, state, match, account)
    if fault is not None and fault.after_effect:
        await asyncio.sleep(fault.delay)
    return response


async def api_endpoint(request: Request) -> Response:
    state: SandboxState = request.app.state.sandbox
    path = request.url.path[len(API_PREFIX):].rstrip("/") or "/"
    match = ROUTER.match(request.method, path)
    key = _bearer(request)
    account = state.accounts.get(key) if key else None
    account_key = account.key if account else None
    state.stats.record_request(request.method, match.template if match else UNMATCHED, account_key)
    response = await _answer(request, state, match, path, account)
    if response is None:
        return await _drop_connection(request)
    state.stats.record_status(response.status_code, account_key)
    return response


async def not_found_endpoint(request: Request) -> JSONResponse:
    return error_response(not_found(f"No route for {request.method} {request.url.path}"))


def create_app(state: SandboxState | None = None) -> Starlette:
    """The sandbox ASGI app serving ``/api/v1/...`` and the ``/_sandbox/...`` control routes."""
    app = SandboxApp(routes=[
        StarletteRoute(API_PREFIX, api_endpoint, methods=METHODS),
        StarletteRoute(API_PREFIX + "/{rest:path}", api_endpoint, methods=METHODS),
        *control.ROUTES,
        StarletteRoute("/{rest:path}", not_found_endpoint, methods=METHODS),
    ])
    app.state.sandbox = state if state is not None else SandboxState.demo()
    return app
