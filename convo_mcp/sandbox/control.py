"""``/_sandbox/...`` control routes for tests that run the sandbox in another process.

Not counted in stats, not rate-limited, no auth.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from convo_mcp.sandbox.simulate import simulate
from convo_mcp.sandbox.state import SandboxState


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


def _bad(message: str, status: int = 400) -> JSONResponse:
    code = "validation_error" if status == 400 else "not_found"
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


async def _body(request: Request) -> dict[str, Any] | None:
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


async def health(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok", "accounts": len(_state(request).accounts)})


async def stats(request: Request) -> JSONResponse:
    state = _state(request)
    snapshot = state.stats.snapshot()
    snapshot["pendingDeliveries"] = state.webhooks.pending
    snapshot["deliveries"] = len(state.deliveries)
    snapshot["pendingFaults"] = [
        {"kind": f.kind, "remaining": f.remaining, "route": f.route, "method": f.method} for f in state.faults.pending
    ]
    return JSONResponse(snapshot)


async def reset_stats(request: Request) -> JSONResponse:
    _state(request).stats.reset()
    return JSONResponse({"data": {"reset": True}})


async def faults(request: Request) -> JSONResponse:
    state = _state(request)
    if request.method == "DELETE":
        state.faults.clear()
        return JSONResponse({"data": {"cleared": True}})
    body = await _body(request)
    if body is None:
        return _bad("body must be a JSON object")
    try:
        fault = state.faults.inject(
            str(body.get("kind")),
            int(body.get("count", 1)),
            route=body.get("route"),
            method=body.get("method"),
            delay=float(body.get("delay", 0.0)),
            after_effect=bool(body.get("afterEffect", body.get("after_effect", False))),
            retry_after=int(body.get("retryAfter", body.get("retry_after", 1))),
        )
    except (TypeError, ValueError) as exc:
        return _bad(str(exc))
    return JSONResponse({"data": {"kind": fault.kind, "count": fault.remaining, "route": fault.route,
                                  "method": fault.method, "delay": fault.delay,
                                  "afterEffect": fault.after_effect}})


async def deliveries(request: Request) -> JSONResponse:
    items = [
        {"event": d.event, "url": d.url, "webhookId": d.webhook_id, "status": d.status, "error": d.error,
         "signature": d.signature}
        for d in _state(request).deliveries
    ]
    return JSONResponse({"data": items, "pending": _state(request).webhooks.pending})


async def simulate_event(request: Request) -> JSONResponse:
    body = await _body(request)
    if body is None or not isinstance(body.get("key"), str) or not isinstance(body.get("event"), str):
        return _bad("body must be a JSON object with string 'key' and 'event'")
    try:
        result = await simulate(_state(request), body["key"], body["event"],
                                body.get("conversationId"), body.get("title"))
    except KeyError as exc:
        return _bad(str(exc.args[0] if exc.args else exc), status=404)
    except ValueError as exc:
        return _bad(str(exc))
    return JSONResponse({"data": result})


ROUTES = [
    Route("/_sandbox/health", health, methods=["GET"]),
    Route("/_sandbox/stats", stats, methods=["GET"]),
    Route("/_sandbox/reset-stats", reset_stats, methods=["POST"]),
    Route("/_sandbox/faults", faults, methods=["POST", "DELETE"]),
    Route("/_sandbox/deliveries", deliveries, methods=["GET"]),
    Route("/_sandbox/simulate", simulate_event, methods=["POST"]),
]
