"""What a Convo webhook event changes here: exactly the cache entries it makes stale, and the
resource notifications subscribed clients should receive."""

from __future__ import annotations

from urllib.parse import quote

from convo_mcp.app import App
from convo_mcp.errors import ConvoError
from convo_mcp.keys import Content
from convo_mcp.log import get_logger
from convo_mcp.service import ConvoService
from convo_mcp.uris import COMMITMENTS, CONVERSATION, FEEDBACK, KEYPOINTS, RECENT, TRANSCRIPT, uris_for
from convo_mcp.webhooks.receiver import WebhookEvent, WebhookReceiver

log = get_logger("convo_mcp.webhooks.events")

_KEYPOINTS_EVENTS = {
    "conversation.keypoints.ready", "conversation.summary.ready", "conversation.action_items.ready"
}


async def _index(service: ConvoService, kind: Content, cid: str) -> None:
    """New content is searchable as soon as it is announced: one request, before subscribers are told
    (so their next read is served from the cache)."""
    try:
        await service.freshness.index_new_content(kind, cid)
    except ConvoError as exc:  # the event still invalidates and notifies; a later read indexes it
        log.info("webhook.index_deferred", event_kind=kind, conversation_id=cid, code=exc.code)


async def _commitments_changed(service: ConvoService) -> list[str]:
    """The commitments resources a newly indexed transcript changed (no request)."""
    if service.ledger is None:
        return []
    try:
        owners = await service.ledger.changed_owners(await service.zone(read=False))
    except ConvoError:
        return []
    return [COMMITMENTS.format(owner=quote(owner)) for owner in owners]


async def apply_event(app: App, event: WebhookEvent) -> list[str]:
    """Invalidate and notify for one verified event; returns the URIs notified."""
    cid = event.conversation_id
    service = app.service
    notifier = app.notifier
    updated: list[str] = []
    list_changed = False
    if event.event == "webhook.test" or cid is None:
        return updated
    if event.event in _KEYPOINTS_EVENTS:
        await service.freshness.content_changed("keypoints", cid)
        await _index(service, "keypoints", cid)
        updated.append(KEYPOINTS.format(id=cid))
    elif event.event == "conversation.feedback.ready":
        await service.freshness.content_changed("feedback", cid)
        updated.append(FEEDBACK.format(id=cid))
    elif event.event == "transcript.ready":
        await service.freshness.content_changed("transcript", cid)
        await _index(service, "transcript", cid)
        updated += [TRANSCRIPT.format(id=cid), CONVERSATION.format(id=cid), RECENT]
    elif event.event in ("conversation.updated", "conversation.shared", "transcript.failed"):
        await service.freshness.conversation_changed(cid)
        updated += [CONVERSATION.format(id=cid), RECENT]
    elif event.event == "conversation.created":
        await service.freshness.conversations_changed()
        updated.append(RECENT)
        list_changed = True
    elif event.event == "conversation.deleted":
        await service.freshness.forget(cid)
        updated += [*uris_for(cid), RECENT]
        list_changed = True
    if event.event == "transcript.ready" and service.index is not None:  # its promises and reports
        updated += await _commitments_changed(service)
    for uri in dict.fromkeys(updated):
        await notifier.resource_updated(uri)
    if list_changed:
        await notifier.resources_list_changed()
    log.info("webhook.applied", event_type=event.event, conversation_id=cid, notified=len(updated))
    return updated


def make_receiver(app: App) -> WebhookReceiver:
    """A receiver whose secrets are the environment's plus those kept by create_webhook."""
    from convo_mcp.state.memory import MemoryStore

    secrets = app.webhook_secrets

    async def on_event(event: WebhookEvent) -> None:
        await apply_event(app, event)

    # With replicas, de-duplication marks live in Redis: a delivery retried to another replica is
    # still recognised (the store keeps per-process marks while Redis is unreachable).
    dedup = app.relay.dedup if app.relay is not None else MemoryStore(4096)
    return WebhookReceiver(secrets, on_event, dedup)
