"""Lists that must agree across the project: the webhook events Convo sends."""

from __future__ import annotations

import typing

from convo_mcp.convo.models import WEBHOOK_EVENTS
from convo_mcp.sandbox import EVENTS as SANDBOX_EVENTS
from convo_mcp.tools.webhooks import Event


def test_the_client_knows_every_event_the_sandbox_sends() -> None:
    assert list(WEBHOOK_EVENTS) == list(SANDBOX_EVENTS)


def test_create_webhook_offers_exactly_the_known_events() -> None:
    assert set(typing.get_args(Event)) == set(WEBHOOK_EVENTS)
