"""Wire helpers: envelopes, errors, ISO 8601 timestamps, request-body parsing."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from convo_mcp.errors import RejectedInput

ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")

ERROR_STATUS: dict[str, int] = {
    "validation_error": 400,
    "unauthorized": 401,
    "forbidden": 403,
    "not_found": 404,
    "method_not_allowed": 405,
    "rate_limited": 429,
    "ai_limit_exceeded": 429,
    "internal_error": 500,
    "service_unavailable": 503,
}


class ApiError(RejectedInput):
    """An error answer: ``{"error": {"code", "message"}}`` with the code's HTTP status."""

    def __init__(self, code: str, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = ERROR_STATUS[code]
        self.headers = dict(headers or {})


def validation(message: str) -> ApiError:
    return ApiError("validation_error", message)


def not_found(message: str = "Resource not found") -> ApiError:
    return ApiError("not_found", message)


def ok(data: Any, *, status: int = 200, **extra: Any) -> JSONResponse:
    return JSONResponse({"data": data, **extra}, status_code=status)


def error_response(err: ApiError) -> JSONResponse:
    body = {"error": {"code": err.code, "message": err.message}}
    return JSONResponse(body, status_code=err.status, headers=err.headers)


def iso(moment: datetime) -> str:
    """UTC ISO 8601 with a ``Z`` and whole seconds, as the API writes timestamps."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_iso(value: str, name: str) -> datetime:
    """Parse an ISO 8601 query value (date or date-time; naive means UTC) or raise 400."""
    text = value.strip()
    if not text or not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        raise validation(f"{name} must be an ISO 8601 date-time")
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise validation(f"{name} must be an ISO 8601 date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_int(value: str | None, name: str, *, default: int, low: int, high: int | None) -> int:
    if value is None:
        return default
    if not re.fullmatch(r"\s*-?\d+\s*", value):
        raise validation(f"{name} must be an integer")
    number = int(value)
    if number < low or (high is not None and number > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise validation(f"{name} must be {bounds}")
    return number


async def json_body(request: Request, *, required: bool = False) -> dict[str, Any]:
    """The JSON object body; an empty body is ``{}`` unless ``required``. Anything else → 400."""
    raw = await request.body()
    if not raw.strip():
        if required:
            raise validation("Request body must be a JSON object")
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise validation("Request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise validation("Request body must be a JSON object")
    return body


def utf16_length(text: str) -> int:
    """Length as JavaScript's ``String.length`` counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2
