"""Simulated product activity (new recordings, transcripts, AI results) that fires webhooks."""

from __future__ import annotations

import hashlib
from typing import Any

import convo_mcp.sandbox.ai as ai
import convo_mcp.sandbox.dataset as dataset
from convo_mcp.sandbox.models import Conversation, Generated
from convo_mcp.sandbox.routes_conversations import ensure_shared, keypoints_events
from convo_mcp.sandbox.state import Account, SandboxState
from convo_mcp.sandbox.webhooks import EVENTS

SIMULATED_EVENTS = tuple(e for e in EVENTS if e != "webhook.test")
TRANSCRIPT_FAILURE = "Audio could not be processed"


def _target(account: Account, conversation_id: str | None) -> Conversation:
    if conversation_id is not None:
        conv = account.live(conversation_id)
        if conv is None:
            raise KeyError(f"no conversation {conversation_id!r}")
        return conv
    if not account.visible:
        raise KeyError("the account has no conversations")
    return account.visible[0]


async def simulate(
    state: SandboxState, key: str, event: str, conversation_id: str | None = None, title: str | None = None
) -> dict[str, Any]:
    """Make ``event`` happen for the account with ``key`` and deliver it to its webhooks.

    ``conversation.created`` adds a freshly recorded meeting; the other events act on
    ``conversation_id`` (default: the newest conversation). AI results made here spend no credit.
    Raises KeyError (unknown key/conversation) or ValueError (unknown event)."""
    if event not in SIMULATED_EVENTS:
        raise ValueError(f"unknown event {event!r}; expected one of {', '.join(SIMULATED_EVENTS)}")
    account = state.accounts[key]
    now = state.now()
    if event == "transcript.failed" and conversation_id is None:
        failed_id = "sess_" + hashlib.sha256(f"failed:{key}:{now.isoformat()}".encode()).hexdigest()[:12]
        fired = state.emit(account, event, {"conversationId": failed_id, "error": TRANSCRIPT_FAILURE})
        return {"event": event, "conversationId": failed_id, "deliveries": fired}
    if event == "conversation.created":
        conv = dataset.new_recording(account.recordings, now)
        account.recordings += 1
        account.add_conversations([conv])
    else:
        conv = _target(account, conversation_id)
    events: list[tuple[str, dict[str, Any]]]
    if event in ("conversation.keypoints.ready", "conversation.summary.ready", "conversation.action_items.ready"):
        if conv.keypoints is None:
            conv.keypoints = Generated(ai.keypoints(conv), now)
        events = keypoints_events(conv)
    elif event == "conversation.feedback.ready":
        if conv.feedback is None:
            conv.feedback = Generated(ai.feedback(conv), now)
        events = [(event, {"conversationId": conv.id, "overallScore": conv.feedback.payload["overallScore"]})]
    elif event == "conversation.updated":
        conv.title = title or conv.title
        events = [(event, {"conversationId": conv.id, "title": conv.title})]
    elif event == "conversation.shared":
        url, _ = ensure_shared(conv, key)
        events = [(event, {"conversationId": conv.id, "shareUrl": url})]
    elif event == "conversation.deleted":
        conv.deleted = True
        events = [(event, {"conversationId": conv.id})]
    elif event == "transcript.ready":
        events = [(event, {"conversationId": conv.id, "segmentCount": conv.segment_count})]
    elif event == "transcript.failed":
        events = [(event, {"conversationId": conv.id, "error": TRANSCRIPT_FAILURE})]
    else:  # conversation.created
        events = [(event, {"conversationId": conv.id})]
    fired = sum(state.emit(account, name, data) for name, data in events)
    return {"event": event, "conversationId": conv.id, "title": conv.title, "deliveries": fired}
