"""Logging: structlog to stderr (stdout belongs to the MCP stdio protocol), secrets redacted.

Every event passes through :func:`redact_secrets`, which masks registered secret values (the API
key, webhook secrets, the HTTP token) wherever they appear, anything shaped like a Convo key,
webhook secret or bearer credential, and the values of keys named like secrets.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

REDACTED = "[redacted]"
_SECRET_KEY_NAMES = re.compile(r"(authorization|api[_-]?key|secret|token|password|signature)", re.I)
_SECRET_SHAPES = re.compile(
    r"(convo_[A-Za-z0-9_\-]{4,}|whsec_[A-Za-z0-9_\-]{4,}|(?i:bearer)\s+[A-Za-z0-9._~+/=\-]{4,})"
)
_registered: set[str] = set()


def register_secret(value: str | None) -> None:
    """Mask this exact value in every later log event (ignored when short or empty)."""
    if value and len(value) >= 6:
        _registered.add(value)


def scrub(text: str) -> str:
    for secret in _registered:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return _SECRET_SHAPES.sub(REDACTED, text)


def _scrub_value(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _scrub_item(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_scrub_value(v) for v in value)
    if isinstance(value, BaseException):
        return scrub(repr(value))
    return value


def _scrub_item(key: str, value: Any) -> Any:
    if _SECRET_KEY_NAMES.search(key) and value not in (None, "", False):
        if key in ("token_type",):
            return value
        return REDACTED
    return _scrub_value(value)


def redact_secrets(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: mask secrets in every key and value of the event."""
    for key in list(event_dict):
        event_dict[key] = _scrub_item(key, event_dict[key]) if key != "event" else scrub(
            str(event_dict[key])
        )
    return event_dict


def configure_logging(level: str = "info", *, json: bool | None = None, stream: TextIO | None = None) -> None:
    """Send structlog (and stdlib logging) to stderr; JSON lines unless stderr is a terminal."""
    out = stream or sys.stderr
    use_json = not out.isatty() if json is None else json
    numeric = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    renderer: Any = (
        structlog.processors.JSONRenderer() if use_json else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            redact_secrets,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=out),
        cache_logger_on_first_use=False,
    )
    logging.basicConfig(stream=out, level=max(numeric, logging.WARNING), force=True)


def get_logger(name: str) -> structlog.typing.FilteringBoundLogger:
    logger: structlog.typing.FilteringBoundLogger = structlog.get_logger(name)
    return logger
