"""Handlers of ``/calendar/events``, ``/user/profile`` and ``/webhooks``."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any
from urllib.parse import urlsplit

from starlette.responses import Response

from convo_mcp.sandbox.calendar import event_json
from convo_mcp.sandbox.limits import first_of_next_month
from convo_mcp.sandbox.models import Tier, Webhook
from convo_mcp.sandbox.routing import Ctx, Route
from convo_mcp.sandbox.webhooks import EVENTS
from convo_mcp.sandbox.wire import (
    ID_PATTERN,
    ApiError,
    iso,
    json_body,
    not_found,
    ok,
    parse_int,
    parse_iso,
    validation,
)

WEBHOOK_LIMITS: dict[Tier, int | None] = {"free": 0, "starter": 0, "professional": 3, "enterprise": None}
TEST_MESSAGE = "This is a test webhook from Convo"

# ---- ASSUMED behaviours the vendor does not publish: each is decided here and only here. ----


def calendar_not_connected() -> ApiError:
    """ASSUMED: calendar events without Google Calendar connected → 400 validation_error."""
    return ApiError("validation_error", "Google Calendar is not connected. Connect it in the Convo dashboard.")


def webhook_limit_reached(limit: int) -> ApiError:
    """ASSUMED: registering more webhooks than the plan allows → 403 forbidden."""
    return ApiError("forbidden", f"Your plan allows at most {limit} webhooks")


WEBHOOK_CREATED_STATUS = 201  # ASSUMED: POST /webhooks answers 201 Created (clients must accept any 2xx)
UNREACHABLE_STATUS_CODE = None  # ASSUMED: POST /webhooks/test reports statusCode null when unreachable

# ---------------------------------------------------------------------------------------------


async def calendar_events(ctx: Ctx) -> Response:
    q = ctx.request.query_params
    max_results = parse_int(q.get("maxResults"), "maxResults", default=10, low=1, high=50)
    time_min = parse_iso(q["timeMin"], "timeMin") if q.get("timeMin") else ctx.now
    time_max = parse_iso(q["timeMax"], "timeMax") if q.get("timeMax") else None
    if not ctx.account.calendar_connected:
        raise calendar_not_connected()
    events = [
        e for e in ctx.account.events
        if e.end > time_min and (time_max is None or e.start < time_max)
    ]
    return ok([event_json(e) for e in events[:max_results]])


async def profile(ctx: Ctx) -> Response:
    account = ctx.account
    quota = account.quota
    remaining = quota.remaining(ctx.now)
    avatar = hashlib.sha256(account.email.encode()).hexdigest()[:16]
    return ok({
        "profile": {
            "name": account.name,
            "email": account.email,
            "timezone": account.timezone,
            "language": "en",
            "profilePictureUrl": f"https://www.itsconvo.com/avatars/{avatar}.png",
            "createdAt": iso(account.created_at),
        },
        "subscription": {"tier": account.tier, "status": "active",
                         "currentPeriodEnd": iso(first_of_next_month(ctx.now))},
        "apiUsage": {"aiGenerations": {"used": quota.used, "limit": quota.limit, "remaining": remaining,
                                       "resetsAt": iso(quota.resets_at)}},
    })


def _public(hook: Webhook) -> dict[str, Any]:
    return {"id": hook.id, "url": hook.url, "events": list(hook.events), "createdAt": iso(hook.created_at)}


async def list_webhooks(ctx: Ctx) -> Response:
    return ok([_public(h) for h in ctx.account.webhooks.values()])


def _check_url(url: object, allow_insecure: bool) -> str:
    if not isinstance(url, str) or not url.strip():
        raise validation("url is required")
    parts = urlsplit(url.strip())
    schemes = ("https", "http") if allow_insecure else ("https",)
    if parts.scheme not in schemes or not parts.hostname:
        raise validation("url must be a valid HTTPS URL")
    return url.strip()


def _check_events(events: object) -> list[str]:
    if not isinstance(events, list) or not events:
        raise validation("events must be a non-empty array of event names")
    unknown = [e for e in events if not isinstance(e, str) or e not in EVENTS]
    if unknown:
        raise validation(f"Unknown events: {', '.join(map(str, unknown))}. Valid events: {', '.join(EVENTS)}")
    return list(dict.fromkeys(str(e) for e in events))


async def create_webhook(ctx: Ctx) -> Response:
    body = await json_body(ctx.request, required=True)
    url = _check_url(body.get("url"), ctx.state.allow_insecure_webhook_urls)
    events = _check_events(body.get("events"))
    limit = WEBHOOK_LIMITS[ctx.account.tier]
    if limit is not None and len(ctx.account.webhooks) >= limit:
        raise webhook_limit_reached(limit)
    hook = Webhook(id="wh_" + secrets.token_hex(8), url=url, events=events,
                   secret="whsec_" + secrets.token_hex(24), created_at=ctx.now)
    ctx.account.webhooks[hook.id] = hook
    return ok({**_public(hook), "secret": hook.secret}, status=WEBHOOK_CREATED_STATUS)


def _hook(ctx: Ctx, hook_id: object) -> Webhook:
    if not isinstance(hook_id, str) or not hook_id:
        raise validation("webhook id is required")
    hook = ctx.account.webhooks.get(hook_id) if ID_PATTERN.match(hook_id) else None
    if hook is None:
        raise not_found("Webhook not found")
    return hook


async def delete_webhook(ctx: Ctx) -> Response:
    hook_id: object = ctx.request.query_params.get("id")
    if not hook_id:  # tolerate the id in a JSON body as well
        body = await json_body(ctx.request)
        hook_id = body.get("id", body.get("webhookId"))
    hook = _hook(ctx, hook_id)
    del ctx.account.webhooks[hook.id]
    return ok({"id": hook.id, "deleted": True})


async def test_webhook(ctx: Ctx) -> Response:
    body = await json_body(ctx.request, required=True)
    hook = _hook(ctx, body.get("webhookId"))
    delivery = await ctx.state.webhooks.send(hook, "webhook.test", {"message": TEST_MESSAGE}, iso(ctx.now))
    status = delivery.status if delivery.status is not None else UNREACHABLE_STATUS_CODE
    return ok({"webhookId": hook.id, "statusCode": status, "success": delivery.ok})


ROUTES: list[Route] = [
    Route("GET", "/calendar/events", calendar_events),
    Route("GET", "/user/profile", profile),
    Route("GET", "/webhooks", list_webhooks, webhooks=True),
    Route("POST", "/webhooks", create_webhook, webhooks=True),
    Route("DELETE", "/webhooks", delete_webhook, webhooks=True),
    Route("POST", "/webhooks/test", test_webhook, webhooks=True),
]
