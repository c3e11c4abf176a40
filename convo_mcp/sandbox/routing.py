"""Route table matching and the per-request context handed to API handlers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from convo_mcp.sandbox.models import Conversation
from convo_mcp.sandbox.state import Account, SandboxState
from convo_mcp.sandbox.wire import ID_PATTERN, ApiError, not_found


@dataclass
class Ctx:
    state: SandboxState
    account: Account
    request: Request
    params: dict[str, str]
    now: datetime

    def conversation(self) -> Conversation:
        """The ``{id}`` conversation, or 404 (unknown, deleted or not a valid id)."""
        cid = self.params.get("id", "")
        conv = self.account.live(cid) if ID_PATTERN.match(cid) else None
        if conv is None:
            raise not_found("Conversation not found")
        return conv

    def require_ai_credit(self) -> None:
        """429 ``ai_limit_exceeded`` when this month's AI generations are used up."""
        quota = self.account.quota
        remaining = quota.remaining(self.now)
        if remaining is not None and remaining <= 0:
            raise ApiError(
                "ai_limit_exceeded",
                f"Monthly AI generation limit reached ({quota.limit}). Resets at {quota.resets_at.isoformat()}",
                headers={"Retry-After": str(quota.retry_after(self.now))},
            )

    def spend_ai_credit(self) -> None:
        self.account.quota.roll(self.now)
        self.account.quota.used += 1
        self.state.stats.record_credit(self.account.key)

    def emit(self, event: str, data: dict[str, Any]) -> None:
        self.state.emit(self.account, event, data)


Handler = Callable[[Ctx], Awaitable[Response]]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    webhooks: bool = False  # Starter plans are refused (403)

    @property
    def parts(self) -> list[str]:
        return self.template.strip("/").split("/")


@dataclass(frozen=True)
class Match:
    template: str
    route: Route | None  # None: the path exists but not for this method
    params: dict[str, str]
    allowed: tuple[str, ...]


class Router:
    def __init__(self, routes: list[Route]) -> None:
        self.routes = routes

    def match(self, method: str, path: str) -> Match | None:
        """Match a path below ``/api/v1`` (trailing slash ignored)."""
        parts = path.strip("/").split("/")
        found: Match | None = None
        allowed: list[str] = []
        for route in self.routes:
            params = _bind(route.parts, parts)
            if params is None:
                continue
            allowed.append(route.method)
            if route.method == method.upper() and found is None:
                found = Match(route.template, route, params, ())
        if found is not None:
            return found
        if not allowed:
            return None
        template = next(r.template for r in self.routes if _bind(r.parts, parts) is not None)
        return Match(template, None, {}, tuple(allowed))


def _bind(pattern: list[str], parts: list[str]) -> dict[str, str] | None:
    if len(pattern) != len(parts):
        return None
    params: dict[str, str] = {}
    for want, got in zip(pattern, parts, strict=True):
        if want.startswith("{") and want.endswith("}"):
            if not got:
                return None
            params[want[1:-1]] = got
        elif want != got:
            return None
    return params
