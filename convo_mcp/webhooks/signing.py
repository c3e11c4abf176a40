"""What a Convo webhook delivery is, and how it is authenticated: pure functions, no HTTP stack.

``sign``/``verify_signature`` work on the raw body (lowercase hex HMAC-SHA256 keyed with the
webhook secret, compared in constant time against every active secret, so secrets can rotate);
``parse_event`` reads a delivery's shape; ``is_fresh`` applies the replay window.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from convo_mcp.errors import RejectedInput

DEFAULT_REPLAY_WINDOW = 300.0
_HEX = frozenset(string.hexdigits)
_SHA256_HEX_LEN = 64


def sign(body: bytes, secret: str) -> str:
    """Lowercase hex HMAC-SHA256 of ``body`` keyed with ``secret`` — what Convo sends."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, header: str | None, secrets: Sequence[str]) -> bool:
    """True when ``header`` is the HMAC of ``body`` under one of ``secrets``.

    Accepts an optional ``sha256=`` prefix and hex in any case. Every secret is compared (in constant
    time, on bytes) even after a match, so timing does not reveal which secret, or how many, exist.
    """
    if not header or not secrets:
        return False
    candidate = header.strip()
    if candidate[:7].lower() == "sha256=":
        candidate = candidate[7:]
    if len(candidate) != _SHA256_HEX_LEN or not _HEX.issuperset(candidate):
        return False
    given = candidate.lower().encode("ascii")
    matched = False
    for secret in secrets:
        if not secret:
            continue
        expected = sign(body, secret).encode("ascii")
        matched |= hmac.compare_digest(expected, given)
    return matched


class MalformedDelivery(RejectedInput):
    """The body is not a Convo delivery (not JSON, or not the expected shape)."""


@dataclass(frozen=True)
class WebhookEvent:
    event: str
    data: dict[str, Any]
    timestamp: datetime | None
    delivery_id: str  # sha256 hex of the raw body: identical re-sends share it
    conversation_id: str | None = None


def _parse_timestamp(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise MalformedDelivery("timestamp is not an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise MalformedDelivery("timestamp is not an ISO 8601 string") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def parse_event(body: bytes) -> WebhookEvent:
    """Parse a delivery; :class:`MalformedDelivery` when it is not JSON or not the expected shape.

    ``timestamp`` may be absent (then ``None``; :func:`is_fresh` refuses it) but must be ISO 8601
    when present; naive timestamps are taken as UTC.
    """
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError):  # ValueError covers bad UTF-8 too
        raise MalformedDelivery("body is not JSON") from None
    if not isinstance(doc, dict):
        raise MalformedDelivery("body is not a JSON object")
    event = doc.get("event")
    if not isinstance(event, str) or not event:
        raise MalformedDelivery("event is missing or not a string")
    data = doc.get("data")
    if not isinstance(data, dict):
        raise MalformedDelivery("data is missing or not an object")
    conversation_id = data.get("conversationId")
    return WebhookEvent(
        event=event,
        data=data,
        timestamp=_parse_timestamp(doc.get("timestamp")),
        delivery_id=hashlib.sha256(body).hexdigest(),
        conversation_id=conversation_id if isinstance(conversation_id, str) and conversation_id else None,
    )


def is_fresh(ts: datetime | None, now: float | datetime, window: float = DEFAULT_REPLAY_WINDOW) -> bool:
    """True when ``ts`` is within ``window`` seconds of ``now`` (either side).

    A missing timestamp is refused: Convo always sends one, and a delivery without it could be
    replayed forever once its de-duplication mark expires.
    """
    if ts is None:
        return False
    now_s = now.timestamp() if isinstance(now, datetime) else float(now)
    return abs(now_s - ts.timestamp()) <= window
