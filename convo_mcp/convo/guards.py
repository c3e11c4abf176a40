"""Pre-flight checks: pure functions that refuse a call before any request is sent.

Each raises a :class:`~convo_mcp.errors.LocalRefusal` subclass whose message and hint tell the
model what to do instead.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from convo_mcp.convo.models import WEBHOOK_EVENTS
from convo_mcp.errors import (
    AIQuotaExhaustedError,
    InvalidArgumentError,
    InvalidIdError,
    PlanRequiredError,
    QueryTooLongError,
    TranscriptTooShortError,
)

QUERY_MAX_UTF16 = 500
FEEDBACK_MIN_SEGMENTS = 10
TITLE_MAX = 200
WEBHOOK_TIERS = frozenset({"professional", "enterprise"})
API_TIERS = frozenset({"starter", "professional", "enterprise"})

# Convo ids look like ``sess_8f2…`` / ``wh_…``. Anything that could change the URL's path or
# query (``/``, ``\``, ``%``, ``?``, ``#``, dots alone, whitespace) is refused outright.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-:.]{0,127}")  # whole value (fullmatch): "sess_x\n" is refused


def utf16_len(text: str) -> int:
    """Length as JavaScript's ``String.length`` counts it: characters beyond the BMP count 2."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def check_id(value: str, *, kind: str = "conversation") -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value) or ".." in value:
        hint = (
            "Use a webhook id exactly as list_webhooks returns it (wh_…)."
            if kind == "webhook"
            else None
        )
        raise InvalidIdError(f"That is not a valid {kind} id.", hint=hint)
    return value


def check_query(query: str) -> str:
    if not query.strip():
        raise QueryTooLongError("The question is empty.", hint="Ask a question of 1–500 characters.")
    units = utf16_len(query)
    if units > QUERY_MAX_UTF16:
        raise QueryTooLongError(
            f"The question is {units} UTF-16 units long; Convo accepts at most {QUERY_MAX_UTF16}."
        )
    return query


def check_title(title: str) -> str:
    cleaned = title.strip()
    if not cleaned or utf16_len(cleaned) > TITLE_MAX:
        raise InvalidArgumentError(f"A title must be 1–{TITLE_MAX} characters (counted as UTF-16 code units).")
    return cleaned


def check_ai_quota(remaining: int | None, resets_at: datetime | None) -> None:
    """``remaining`` None means unlimited (Enterprise) or not known yet."""
    if remaining is not None and remaining <= 0:
        when = f" It resets {resets_at:%Y-%m-%d %H:%M} UTC." if resets_at else ""
        raise AIQuotaExhaustedError(f"No AI generations are left this month.{when}", reset_at=resets_at)


def check_feedback_segments(segment_count: int | None) -> None:
    if segment_count is not None and segment_count < FEEDBACK_MIN_SEGMENTS:
        raise TranscriptTooShortError(
            f"Feedback needs at least {FEEDBACK_MIN_SEGMENTS} transcript segments; "
            f"this meeting has {segment_count}."
        )


def check_api_plan(tier: str | None) -> None:
    if tier == "free":
        raise PlanRequiredError(
            "The Free plan cannot use the Convo API.", hint="Upgrade to Starter or above in the Convo app."
        )


def check_webhook_plan(tier: str | None) -> None:
    if tier is not None and tier not in WEBHOOK_TIERS:
        raise PlanRequiredError(
            f"Webhooks need the Professional or Enterprise plan (this key is on {tier}).",
            hint="Upgrade in the Convo app, or poll with list_conversations.",
        )


def check_webhook_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise InvalidArgumentError(
            "Webhook URLs must be https:// with a host name.",
            hint="Expose the receiver over HTTPS (a tunnel or a reverse proxy) and pass that URL.",
        )
    return url.strip()


def check_webhook_events(events: list[str]) -> list[str]:
    if not events:
        raise InvalidArgumentError("Name at least one webhook event.")
    unknown = sorted(set(events) - set(WEBHOOK_EVENTS))
    if unknown:
        raise InvalidArgumentError(
            f"Unknown webhook event(s): {', '.join(unknown)[:200]}.",
            hint="Valid events: " + ", ".join(WEBHOOK_EVENTS),
        )
    return list(dict.fromkeys(events))
