"""Handlers of ``/conversations`` and its sub-resources."""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.responses import Response

import convo_mcp.sandbox.ai as ai
from convo_mcp.sandbox.models import Conversation, Generated
from convo_mcp.sandbox.routing import Ctx, Route
from convo_mcp.sandbox.wire import (
    iso,
    json_body,
    not_found,
    ok,
    parse_int,
    parse_iso,
    utf16_length,
    validation,
)

QUERY_MAX_UNITS = 500  # counted like JavaScript's String.length (UTF-16 code units)
TITLE_MAX = 200
FEEDBACK_MIN_SEGMENTS = 10
SHARE_BASE = "https://www.itsconvo.com/share/"


def summary(conv: Conversation) -> dict[str, Any]:
    return {
        "id": conv.id,
        "title": conv.title,
        "startTime": iso(conv.start),
        "endTime": iso(conv.end),
        "duration": conv.duration_minutes,
        "segmentCount": conv.segment_count,
        "linkedCalendarEventId": conv.linked_event_id,
    }


async def list_conversations(ctx: Ctx) -> Response:
    q = ctx.request.query_params
    limit = parse_int(q.get("limit"), "limit", default=20, low=1, high=100)
    offset = parse_int(q.get("offset"), "offset", default=0, low=0, high=None)
    since = parse_iso(q["since"], "since") if q.get("since") else None
    search = (q.get("search") or "").strip().lower()
    items = [
        c for c in ctx.account.visible
        if (not search or search in c.title.lower()) and (since is None or c.start > since)
    ]
    page = [summary(c) for c in items[offset:offset + limit]]
    return ok(page, pagination={"total": len(items), "limit": limit, "offset": offset})


async def transcript(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    segments = [{"text": s.text, "speaker": s.speaker, "timestamp": iso(s.at)} for s in conv.segments]
    return ok({"id": conv.id, "segments": segments})


def _keypoints_data(conv: Conversation, stored: Generated) -> dict[str, Any]:
    return {"id": conv.id, "title": conv.title, "keypoints": stored.payload, "createdAt": iso(stored.created_at)}


def _feedback_data(conv: Conversation, stored: Generated) -> dict[str, Any]:
    return {
        "id": conv.id,
        "overallScore": stored.payload["overallScore"],
        "userSpeakerName": conv.user_speaker,
        "createdAt": iso(stored.created_at),
        "feedback": stored.payload,
    }


async def _force_refresh(ctx: Ctx) -> bool:
    body = await json_body(ctx.request)
    force = body.get("forceRefresh", False)
    if not isinstance(force, bool):
        raise validation("forceRefresh must be a boolean")
    return force


def keypoints_events(conv: Conversation) -> list[tuple[str, dict[str, Any]]]:
    """The three events Convo fires when a conversation's keypoints are ready."""
    assert conv.keypoints is not None
    payload = conv.keypoints.payload
    return [
        ("conversation.keypoints.ready", {"conversationId": conv.id, "title": conv.title}),
        ("conversation.summary.ready",
         {"conversationId": conv.id, "title": conv.title, "sectionCount": len(payload["sections"])}),
        ("conversation.action_items.ready",
         {"conversationId": conv.id, "actionItemCount": len(payload["actionItems"])}),
    ]


async def get_keypoints(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    if conv.keypoints is None:
        raise not_found("Keypoints have not been generated for this conversation")
    return ok(_keypoints_data(conv, conv.keypoints))


async def post_keypoints(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    force = await _force_refresh(ctx)
    if conv.keypoints is not None and not force:
        return ok({**_keypoints_data(conv, conv.keypoints), "cached": True})
    ctx.require_ai_credit()
    conv.keypoints = Generated(ai.keypoints(conv), ctx.now)
    ctx.spend_ai_credit()
    for event, data in keypoints_events(conv):
        ctx.emit(event, data)
    return ok({**_keypoints_data(conv, conv.keypoints), "cached": False})


async def get_feedback(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    if conv.feedback is None:
        raise not_found("Feedback has not been generated for this conversation")
    return ok(_feedback_data(conv, conv.feedback))


async def post_feedback(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    force = await _force_refresh(ctx)
    if conv.feedback is not None and not force:
        return ok({**_feedback_data(conv, conv.feedback), "cached": True})
    if conv.segment_count < FEEDBACK_MIN_SEGMENTS:
        raise validation(f"Feedback requires at least {FEEDBACK_MIN_SEGMENTS} transcript segments "
                         f"(this conversation has {conv.segment_count})")
    ctx.require_ai_credit()
    conv.feedback = Generated(ai.feedback(conv), ctx.now)
    ctx.spend_ai_credit()
    ctx.emit("conversation.feedback.ready",
             {"conversationId": conv.id, "overallScore": conv.feedback.payload["overallScore"]})
    return ok({**_feedback_data(conv, conv.feedback), "cached": False})


async def query(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    body = await json_body(ctx.request, required=True)
    text = body.get("query")
    if not isinstance(text, str) or not text.strip():
        raise validation("query is required and must be a non-empty string")
    if utf16_length(text) > QUERY_MAX_UNITS:
        raise validation(f"query must be {QUERY_MAX_UNITS} characters or fewer")
    ctx.require_ai_credit()
    answer = ai.answer(conv, text)
    ctx.spend_ai_credit()
    return ok({
        "id": conv.id,
        "query": text,
        "response": answer,
        "metadata": {"segmentsAnalyzed": conv.segment_count, "conversationDuration": conv.duration_minutes},
        "suggestedQueries": ai.suggested_queries(conv),
    })


async def email(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    body = await json_body(ctx.request)
    recipient = body.get("recipientName")
    tone = body.get("tone", "professional")
    if recipient is not None and not isinstance(recipient, str):
        raise validation("recipientName must be a string")
    if tone is None:
        tone = "professional"
    if tone not in ai.EMAIL_TONES:
        raise validation(f"tone must be one of: {', '.join(ai.EMAIL_TONES)}")
    ctx.require_ai_credit()
    draft = ai.email(conv, recipient=(recipient or "").strip() or None, tone=tone)
    ctx.spend_ai_credit()
    return ok({"id": conv.id, **draft, "generatedAt": iso(ctx.now)})


def ensure_shared(conv: Conversation, account_key: str) -> tuple[str, bool]:
    """The conversation's public URL (stable once made) and whether it was just created."""
    first_time = conv.share_token is None
    if conv.share_token is None:
        conv.share_token = hashlib.sha256(f"share:{account_key}:{conv.id}".encode()).hexdigest()[:20]
    return SHARE_BASE + conv.share_token, first_time


async def share(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    url, first_time = ensure_shared(conv, ctx.account.key)
    if first_time:
        ctx.emit("conversation.shared", {"conversationId": conv.id, "shareUrl": url})
    return ok({"id": conv.id, "shareUrl": url})


async def update(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    body = await json_body(ctx.request, required=True)
    title = body.get("title")
    if not isinstance(title, str) or not title.strip():
        raise validation("title is required and must be a non-empty string")
    if utf16_length(title) > TITLE_MAX:
        raise validation(f"title must be {TITLE_MAX} characters or fewer")
    conv.title = title.strip()
    ctx.emit("conversation.updated", {"conversationId": conv.id, "title": conv.title})
    return ok({"id": conv.id, "title": conv.title})


async def delete(ctx: Ctx) -> Response:
    conv = ctx.conversation()
    conv.deleted = True
    ctx.emit("conversation.deleted", {"conversationId": conv.id})
    return ok({"id": conv.id, "deleted": True})


ROUTES: list[Route] = [
    Route("GET", "/conversations", list_conversations),
    Route("GET", "/conversations/{id}/transcript", transcript),
    Route("GET", "/conversations/{id}/keypoints", get_keypoints),
    Route("POST", "/conversations/{id}/keypoints", post_keypoints),
    Route("GET", "/conversations/{id}/feedback", get_feedback),
    Route("POST", "/conversations/{id}/feedback", post_feedback),
    Route("POST", "/conversations/{id}/query", query),
    Route("POST", "/conversations/{id}/email", email),
    Route("POST", "/conversations/{id}/share", share),
    Route("PATCH", "/conversations/{id}", update),
    Route("DELETE", "/conversations/{id}", delete),
]
