"""How one Convo API call travels: the bearer key, validated paths, the hourly budget, retries and
``Retry-After``, the envelope and its errors. :class:`~convo_mcp.convo.client.ConvoClient` has one
method per operation on top of this; nothing here knows the operations.

GETs (and other idempotent calls) are retried on 5xx, timeouts and connection errors; any call
refused with ``rate_limited`` is retried after ``Retry-After`` when that is within the cap (the
request was not processed). Every attempt is paced by the governor and logged, never the key.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, SecretStr
from pydantic import ValidationError as PydanticValidationError

from convo_mcp.config import Settings
from convo_mcp.convo import guards
from convo_mcp.convo.ratelimit import RateGovernor, RateHeaders, backoff_delay, parse_rate_headers, parse_retry_after
from convo_mcp.errors import (
    AILimitExceededError,
    APIError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConvoError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    OutOfFilesError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    TransportError,
    out_of_files,
)
from convo_mcp.log import get_logger
from convo_mcp.types import Clock, Sleep

log = get_logger("convo_mcp.client")
M = TypeVar("M", bound=BaseModel)
USER_AGENT = "convo-mcp"


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <key>``; the key stays a SecretStr until the header is set."""

    def __init__(self, key: SecretStr) -> None:
        self._key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._key.get_secret_value()}"
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(key=**********)"


def build_path(template: str, **params: str) -> str:
    """Fill a route template with validated, percent-encoded ids (never ``/``, ``.``, ``..``)."""
    encoded = {
        name: quote(guards.check_id(value, kind="webhook" if name == "webhook_id" else "conversation"),
                    safe="")
        for name, value in params.items()
    }
    return template.format(**encoded)


@dataclass(frozen=True)
class Envelope:
    data: Any
    pagination: Mapping[str, Any] | None
    rate: RateHeaders | None


def iso(value: datetime | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat().replace("+00:00", "Z")


def parse(model: type[M], data: Any, route: str) -> M:
    try:
        return model.model_validate(data)
    except PydanticValidationError as exc:
        raise InvalidResponseError(upstream_message=f"{route}: {exc.error_count()} invalid fields") from None


class APITransport:
    """One ``httpx.AsyncClient`` for one key, paced by ``governor``."""

    def __init__(
        self, settings: Settings, key: SecretStr, *, transport: httpx.AsyncBaseTransport | None,
        governor: RateGovernor, clock: Clock, sleep: Sleep | None,
    ) -> None:
        self.settings = settings
        self.governor = governor
        self._clock = clock
        self._sleep = sleep or asyncio.sleep  # None: real time (the governor then wakes on answers)
        s = settings
        self._timeout = httpx.Timeout(s.read_timeout, connect=s.connect_timeout)
        self._ai_timeout = httpx.Timeout(s.ai_timeout, connect=s.connect_timeout)
        self._http = httpx.AsyncClient(
            base_url=s.base_url + "/",
            auth=BearerAuth(key),
            transport=transport,
            timeout=self._timeout,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def get(self, model: type[M], route: str, **path: str) -> M:
        env = await self.send("GET", route, path=path, idempotent=True)
        return parse(model, env.data, route)

    async def ai(self, model: type[M], route: str, conversation_id: str, body: dict[str, Any]) -> M:
        env = await self.send("POST", route, path={"id": conversation_id}, json=body, ai=True)
        return parse(model, env.data, route)

    async def send(
        self,
        method: str,
        route: str,
        *,
        path: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool | None = None,
        ai: bool = False,
    ) -> Envelope:
        """Send one API call, retried as the module docstring says."""
        url = build_path(route, **(path or {})).lstrip("/")
        retry_transient = method == "GET" if idempotent is None else idempotent
        timeout = self._ai_timeout if ai else self._timeout
        attempt = 0
        while True:
            try:
                return await self._attempt(method, route, url, params, json, timeout, attempt)
            except ConvoError as exc:
                wait = self._retry_wait(exc, attempt, retry_transient)
                if wait is None:
                    raise
                log.info("convo.retry", method=method, route=route, attempt=attempt + 1,
                         wait_s=round(wait, 2), code=exc.code)
                await self._sleep(wait)
                attempt += 1

    def _retry_wait(self, exc: ConvoError, attempt: int, retry_transient: bool) -> float | None:
        if attempt >= self.settings.max_retries:
            return None
        if isinstance(exc, RateLimitError):
            wait = exc.retry_after if exc.retry_after is not None else None
            if wait is None or wait > self.settings.retry_after_cap:
                return None
            return wait
        if retry_transient and exc.retryable:
            return max(backoff_delay(attempt), exc.retry_after or 0.0)
        return None

    async def _attempt(
        self,
        method: str,
        route: str,
        url: str,
        params: Mapping[str, Any] | None,
        body: Any,
        timeout: httpx.Timeout,
        attempt: int,
    ) -> Envelope:
        await self.governor.acquire()
        started = time.perf_counter()
        response: httpx.Response | None = None
        rate: RateHeaders | None = None
        limited = False
        try:
            try:
                response = await self._http.request(method, url, params=params, json=body, timeout=timeout)
                rate = parse_rate_headers(response.headers)
            except httpx.TimeoutException:
                raise RequestTimeoutError() from None
            except httpx.HTTPError as exc:
                if out_of_files(exc):
                    log.error("server.out_of_files", route=route)
                    raise OutOfFilesError() from None
                raise TransportError() from None
            try:
                return self._envelope(response, route, rate)
            except RateLimitError as exc:
                # Stop sending until the window frees, whatever the headers said; before this request's
                # slot is given back, so that no request waiting for a slot leaves after the 429.
                await self.governor.note_rate_limited(exc.retry_after)
                limited = True
                raise
        finally:
            # a 429's own headers are what the block says: folded in after it, their hourly reset would
            # outlast a short Retry-After
            await self.governor.release(None if limited else rate, sent=True)
            log.info(
                "convo.request",
                method=method,
                route=route,
                status=response.status_code if response is not None else None,
                duration_ms=round((time.perf_counter() - started) * 1000, 1),
                ratelimit_remaining=rate.remaining if rate else None,
                attempt=attempt,
            )

    def _envelope(self, response: httpx.Response, route: str, rate: RateHeaders | None) -> Envelope:
        payload = _json_or_none(response)
        if response.is_success:
            if not isinstance(payload, dict) or "data" not in payload:
                raise InvalidResponseError(status_code=response.status_code,
                                           upstream_message=f"{route}: not a data envelope")
            pagination = payload.get("pagination")
            return Envelope(payload["data"], pagination if isinstance(pagination, dict) else None, rate)
        error = payload.get("error") if isinstance(payload, dict) else None
        if not isinstance(error, dict):
            if response.status_code >= 500 or response.status_code == 429 or payload is None:
                code = "rate_limited" if response.status_code == 429 else None
                raise self._status_error(response, code, None, rate)
            raise InvalidResponseError(status_code=response.status_code,
                                       upstream_message=f"{route}: no error envelope")
        code = error.get("code") if isinstance(error.get("code"), str) else None
        message = error.get("message") if isinstance(error.get("message"), str) else None
        raise self._status_error(response, code, message, rate)

    def _status_error(
        self, response: httpx.Response, code: str | None, message: str | None, rate: RateHeaders | None
    ) -> APIError:
        now = self._clock()
        retry_after = parse_retry_after(response.headers.get("retry-after"), now)
        reset_at = None
        if response.status_code == 429:
            # ai_limit_exceeded resets with the monthly quota (Retry-After); rate_limited with the
            # hourly window (X-RateLimit-Reset), falling back to Retry-After.
            if retry_after is not None and (code == "ai_limit_exceeded" or rate is None):
                reset_at = datetime.fromtimestamp(now + retry_after, tz=UTC)
            elif rate is not None:
                reset_at = datetime.fromtimestamp(rate.reset_at, tz=UTC)
        return error_for_status(response.status_code, code, message, retry_after=retry_after, reset_at=reset_at)


def as_list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise InvalidResponseError(upstream_message="expected a list")
    return data


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        return None


# --- Convo's status codes and error codes, as the error tree's classes ----------------------------

_BY_CODE: dict[str, type[APIStatusError]] = {
    cls.code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        RateLimitError,
        AILimitExceededError,
        InternalServerError,
    )
}
_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_for_status(
    status: int,
    code: str | None,
    upstream_message: str | None,
    *,
    retry_after: float | None = None,
    reset_at: datetime | None = None,
) -> APIStatusError:
    """Map a status and error code to its class; the code wins when both are known."""
    cls: type[APIStatusError]
    if code in _BY_CODE and (_BY_CODE[code].status_code == status or status >= 500):
        cls = _BY_CODE[code]
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = _BY_STATUS.get(status, APIStatusError)
    return cls(
        status_code=status,
        upstream_message=upstream_message,
        retry_after=retry_after,
        reset_at=reset_at,
    )
