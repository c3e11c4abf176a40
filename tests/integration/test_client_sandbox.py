"""ConvoClient end to end against the sandbox, in-process (ASGI) and over real HTTP.

Every test asserts what the sandbox actually saw (its request, credit and 429 counters), not just
what the client returned.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from structlog.testing import capture_logs

from convo_mcp.convo.client import ConvoClient
from convo_mcp.convo.models import (
    CalendarEvent,
    Conversation,
    CreatedWebhook,
    EmailDraft,
    Feedback,
    Keypoints,
    Profile,
    QueryAnswer,
    Transcript,
    Webhook,
    WebhookTestResult,
)
from convo_mcp.errors import (
    AILimitExceededError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidArgumentError,
    InvalidIdError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateBudgetExhaustedError,
    RateLimitError,
    RequestTimeoutError,
    TransportError,
)
from convo_mcp.sandbox import SandboxState, dataset

if TYPE_CHECKING:
    from conftest import ClientFactory

pytestmark = pytest.mark.anyio

KEYPOINTS_READY = sorted(dataset.KEYPOINTS_READY_IDS)[0]
FEEDBACK_READY = sorted(dataset.FEEDBACK_READY_IDS)[0]
SHORT = sorted(dataset.SHORT_MEETING_IDS - dataset.FEEDBACK_READY_IDS)[0]
NOT_READY = sorted(
    set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS - dataset.SHORT_MEETING_IDS
)
TRANSCRIPT_ROUTE = "/conversations/{id}/transcript"
KEYPOINTS_ROUTE = "/conversations/{id}/keypoints"
RAW_ERRORS = {"max_retries": 0, "retry_after_cap": 0.5}  # see the first failure as it is


def closed_https_url() -> str:
    """An https URL on a local port nothing listens on: deliveries to it fail at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"https://127.0.0.1:{port}/hook"


def requests_of(state: SandboxState, key: str, route: str | None = None, method: str | None = None) -> int:
    return state.stats.requests(route=route, method=method, key=key)


# --- 1. every operation ------------------------------------------------------------------------


async def test_list_conversations_pages_newest_first(make_client: ClientFactory) -> None:
    key = make_client.account()
    truth = make_client.state.account(key).visible
    async with make_client(key) as client:
        first = await client.list_conversations(limit=5)
        second = await client.list_conversations(limit=5, offset=5)
    assert first.pagination.total == len(truth) == 45
    assert (first.pagination.limit, first.pagination.offset) == (5, 0)
    assert second.pagination.offset == 5
    assert [c.id for c in first.conversations + second.conversations] == [c.id for c in truth[:10]]
    starts = [c.start_time for c in first.conversations + second.conversations]
    assert all(isinstance(s, datetime) for s in starts)
    assert starts == sorted(starts, reverse=True)
    top = first.conversations[0]
    assert isinstance(top, Conversation)
    assert top.title == truth[0].title
    assert top.segment_count == truth[0].segment_count
    assert requests_of(make_client.state, key, "/conversations", "GET") == 2


async def test_list_conversations_search_and_since(make_client: ClientFactory) -> None:
    key = make_client.account()
    truth = make_client.state.account(key).visible
    since = truth[9].start
    async with make_client(key) as client:
        found = await client.list_conversations(search="globex", limit=100)
        recent = await client.list_conversations(since=since, limit=100)
        recent_text = await client.list_conversations(since=since.isoformat(), limit=100)
    expected = [c.id for c in truth if "globex" in c.title.lower()]
    assert expected
    assert [c.id for c in found.conversations] == expected
    assert found.pagination.total == len(expected)
    assert all("globex" in (c.title or "").lower() for c in found.conversations)
    assert [c.id for c in recent.conversations] == [c.id for c in truth[:9]]
    assert recent.pagination.total == 9
    assert all(c.start_time is not None and c.start_time > since for c in recent.conversations)
    assert [c.id for c in recent_text.conversations] == [c.id for c in recent.conversations]


async def test_get_transcript_has_segment_count_segments(make_client: ClientFactory) -> None:
    key = make_client.account()
    async with make_client(key) as client:
        listed = (await client.list_conversations(limit=100)).conversations
        chosen = [c for c in listed if c.id in (dataset.LONG_MEETING_ID, SHORT, KEYPOINTS_READY)]
        transcripts = [await client.get_transcript(c.id) for c in chosen]
    assert len(chosen) == 3
    for summary, transcript in zip(chosen, transcripts, strict=True):
        assert isinstance(transcript, Transcript)
        assert transcript.id == summary.id
        assert summary.segment_count is not None
        assert len(transcript.segments) == summary.segment_count
        assert all(s.text and s.speaker and s.timestamp for s in transcript.segments)
    assert requests_of(make_client.state, key, TRANSCRIPT_ROUTE) == 3


async def test_get_keypoints_ready_and_not_ready(make_client: ClientFactory) -> None:
    key = make_client.account()
    async with make_client(key) as client:
        ready = await client.get_keypoints(KEYPOINTS_READY)
        with pytest.raises(NotFoundError) as missing:
            await client.get_keypoints(NOT_READY[0])
    assert isinstance(ready, Keypoints)
    assert ready.id == KEYPOINTS_READY
    assert ready.title == make_client.state.account(key).conversations[KEYPOINTS_READY].title
    assert ready.keypoints.sections
    assert ready.keypoints.sections[0].points
    assert ready.keypoints.action_items
    assert ready.keypoints.action_items[0].item
    assert ready.created_at is not None
    assert missing.value.status_code == 404
    assert missing.value.code == "not_found"
    assert make_client.state.stats.credits_spent(key) == 0


async def test_generate_keypoints_spends_one_credit_then_caches(make_client: ClientFactory) -> None:
    key = make_client.account()
    stats = make_client.state.stats
    cid = NOT_READY[0]
    async with make_client(key) as client:
        fresh = await client.generate_keypoints(cid)
        assert stats.credits_spent(key) == 1
        again = await client.generate_keypoints(cid)
        stored = await client.get_keypoints(cid)
    assert fresh.cached is False
    assert again.cached is True
    assert stats.credits_spent(key) == 1
    assert fresh.keypoints.sections
    assert again.keypoints == fresh.keypoints == stored.keypoints
    assert requests_of(make_client.state, key, KEYPOINTS_ROUTE, "POST") == 2


async def test_get_feedback_ready_and_not_ready(make_client: ClientFactory) -> None:
    key = make_client.account()
    async with make_client(key) as client:
        ready = await client.get_feedback(FEEDBACK_READY)
        with pytest.raises(NotFoundError):
            await client.get_feedback(NOT_READY[0])
    assert isinstance(ready, Feedback)
    assert ready.id == FEEDBACK_READY
    assert ready.overall_score is not None
    assert ready.overall_score == ready.feedback.overall_score
    assert ready.user_speaker_name == dataset.USER_NAME
    assert ready.feedback.strengths
    assert ready.feedback.growth_areas
    assert ready.feedback.category_scores


async def test_generate_feedback_spends_one_credit_then_caches(make_client: ClientFactory) -> None:
    key = make_client.account()
    stats = make_client.state.stats
    cid = NOT_READY[1]
    async with make_client(key) as client:
        fresh = await client.generate_feedback(cid)
        assert stats.credits_spent(key) == 1
        again = await client.generate_feedback(cid)
        with pytest.raises(BadRequestError) as short:
            await client.generate_feedback(SHORT)
    assert fresh.cached is False
    assert again.cached is True
    assert fresh.overall_score is not None
    assert again.feedback == fresh.feedback
    assert short.value.status_code == 400
    assert short.value.code == "validation_error"
    assert stats.credits_spent(key) == 1


async def test_query_answers_with_metadata(make_client: ClientFactory) -> None:
    key = make_client.account("professional")
    truth = make_client.state.account(key).conversations[dataset.LONG_MEETING_ID]
    async with make_client(key) as client:
        answer = await client.query(dataset.LONG_MEETING_ID, "What was decided?")
    assert isinstance(answer, QueryAnswer)
    assert answer.id == dataset.LONG_MEETING_ID
    assert answer.query == "What was decided?"
    assert answer.response.strip()
    assert answer.metadata.segments_analyzed == truth.segment_count
    assert answer.metadata.conversation_duration == truth.duration_minutes
    assert answer.suggested_queries
    assert make_client.state.stats.credits_spent(key) == 1


async def test_draft_email_in_each_tone(make_client: ClientFactory) -> None:
    key = make_client.account("professional")
    cid = KEYPOINTS_READY
    async with make_client(key) as client:
        drafts = {tone: await client.draft_email(cid, recipient_name="Lee", tone=tone)
                  for tone in ("professional", "casual", "concise")}
        default = await client.draft_email(cid)
    for draft in [*drafts.values(), default]:
        assert isinstance(draft, EmailDraft)
        assert draft.id == cid
        assert draft.subject
        assert draft.body
        assert draft.generated_at is not None
    assert len({d.body for d in drafts.values()}) == 3
    assert all("Lee" in d.body for d in drafts.values())
    assert make_client.state.stats.credits_spent(key) == 4


async def test_share_gives_one_stable_https_url(make_client: ClientFactory) -> None:
    key = make_client.account()
    async with make_client(key) as client:
        first = await client.share(KEYPOINTS_READY)
        second = await client.share(KEYPOINTS_READY)
    assert first.id == KEYPOINTS_READY
    assert first.share_url is not None
    assert first.share_url.startswith("https://")
    assert second.share_url == first.share_url
    assert requests_of(make_client.state, key, "/conversations/{id}/share", "POST") == 2


async def test_rename_shows_in_the_next_list(make_client: ClientFactory) -> None:
    key = make_client.account()
    cid = make_client.state.account(key).visible[0].id
    async with make_client(key) as client:
        renamed = await client.rename(cid, "  Renamed by the client  ")
        listed = await client.list_conversations(limit=1)
    assert (renamed.id, renamed.title) == (cid, "Renamed by the client")
    assert (listed.conversations[0].id, listed.conversations[0].title) == (cid, "Renamed by the client")
    assert make_client.state.account(key).conversations[cid].title == "Renamed by the client"


async def test_delete_hides_the_conversation(make_client: ClientFactory) -> None:
    key = make_client.account()
    cid = KEYPOINTS_READY
    async with make_client(key) as client:
        deleted = await client.delete(cid)
        with pytest.raises(NotFoundError):
            await client.get_transcript(cid)
        page = await client.list_conversations(limit=100)
    assert (deleted.id, deleted.deleted) == (cid, True)
    assert cid not in {c.id for c in page.conversations}
    assert page.pagination.total == 44
    assert make_client.state.account(key).conversations[cid].deleted


async def test_calendar_events_honour_max_results(make_client: ClientFactory) -> None:
    key = make_client.account()
    unconnected = make_client.account(calendar_connected=False)
    async with make_client(key) as client:
        three = await client.calendar_events(max_results=3)
        everything = await client.calendar_events(max_results=50)
        # Up to a minute past the second event's start, whatever weekday the suite runs on.
        second = everything[1].start.date_time
        assert second is not None
        window = await client.calendar_events(time_min=datetime.now(UTC), time_max=second + timedelta(minutes=1))
    async with make_client(unconnected) as client:
        with pytest.raises(BadRequestError):
            await client.calendar_events()
    assert len(three) == 3
    assert all(isinstance(e, CalendarEvent) for e in three)
    assert [e.id for e in three] == [e.id for e in everything[:3]]
    assert len(everything) == 8  # the demo calendar's upcoming events
    starts = [e.start.date_time for e in everything]
    assert all(s is not None for s in starts)
    assert starts == sorted(starts)  # type: ignore[type-var]
    assert three[0].attendees
    assert three[0].attendees[0].email
    assert [e.id for e in window] == [e.id for e in everything[:2]]


async def test_profile_reports_tier_and_ai_usage(make_client: ClientFactory) -> None:
    starter = make_client.account("starter")
    enterprise = make_client.account("enterprise")
    async with make_client(starter) as client:
        await client.generate_keypoints(NOT_READY[0])
        profile = await client.profile()
    async with make_client(enterprise) as client:
        unlimited = await client.profile()
    assert isinstance(profile, Profile)
    assert profile.subscription.tier == "starter"
    assert profile.profile.name == dataset.USER_NAME
    usage = profile.api_usage.ai_generations
    assert (usage.used, usage.limit, usage.remaining) == (1, 10, 9)
    assert usage.resets_at is not None
    assert usage.resets_at > datetime.now(UTC)
    assert unlimited.subscription.tier == "enterprise"
    assert unlimited.api_usage.ai_generations.limit is None
    assert unlimited.api_usage.ai_generations.remaining is None


async def test_webhooks_lifecycle_on_professional(make_client: ClientFactory) -> None:
    key = make_client.account("professional")
    url = closed_https_url()
    async with make_client(key) as client:
        empty = await client.list_webhooks()
        created = await client.create_webhook(url, ["transcript.ready", "conversation.created"])
        listed = await client.list_webhooks()
        tested = await client.test_webhook(created.id)
        removed = await client.delete_webhook(created.id)
        after = await client.list_webhooks()
    assert empty == []
    assert isinstance(created, CreatedWebhook)
    assert created.id.startswith("wh_")
    assert created.secret
    assert created.secret.startswith("whsec_")
    assert created.secret not in repr(created)
    assert (created.url, created.events) == (url, ["transcript.ready", "conversation.created"])
    assert [(w.id, w.url) for w in listed] == [(created.id, url)]
    assert isinstance(listed[0], Webhook)
    assert not isinstance(listed[0], CreatedWebhook)
    assert "secret" not in (listed[0].model_extra or {})
    assert isinstance(tested, WebhookTestResult)
    assert (tested.webhook_id, tested.success, tested.status_code) == (created.id, False, None)
    assert (removed.id, removed.deleted) == (created.id, True)
    assert after == []
    assert make_client.state.account(key).webhooks == {}


async def test_webhooks_on_starter_are_forbidden(make_client: ClientFactory) -> None:
    key = make_client.account("starter")
    calls: list[Callable[[ConvoClient], Awaitable[Any]]] = [
        lambda c: c.list_webhooks(),
        lambda c: c.create_webhook("https://example.com/hook", ["transcript.ready"]),
        lambda c: c.delete_webhook("wh_0123"),
        lambda c: c.test_webhook("wh_0123"),
    ]
    async with make_client(key, **RAW_ERRORS) as client:
        for call in calls:
            with pytest.raises(PermissionDeniedError) as denied:
                await call(client)
            assert denied.value.status_code == 403
    assert requests_of(make_client.state, key) == 4
    assert make_client.state.stats.responses(403, key) == 4


# --- 2. every error code of the reference -----------------------------------------------------


async def test_validation_error_from_the_server(make_client: ClientFactory) -> None:
    key = make_client.account()
    async with make_client(key, **RAW_ERRORS) as client:
        with pytest.raises(BadRequestError) as refused:
            await client.generate_feedback(SHORT)
    assert (refused.value.status_code, refused.value.code) == (400, "validation_error")
    assert refused.value.upstream_message
    assert "segments" in refused.value.upstream_message
    assert "segments" not in str(refused.value)  # upstream text never becomes the message
    assert make_client.state.stats.responses(400, key) == 1
    assert make_client.state.stats.credits_spent(key) == 0


async def test_unknown_key_is_unauthorized(make_client: ClientFactory) -> None:
    before = make_client.state.stats.requests(key=None)
    async with make_client("convo_it_no_such_key_0000", **RAW_ERRORS) as client:
        with pytest.raises(AuthenticationError) as rejected:
            await client.profile()
    assert (rejected.value.status_code, rejected.value.code) == (401, "unauthorized")
    assert make_client.state.stats.requests(key=None) == before + 1


async def test_free_tier_is_forbidden(make_client: ClientFactory) -> None:
    key = make_client.account("free")
    async with make_client(key, **RAW_ERRORS) as client:
        with pytest.raises(PermissionDeniedError) as denied:
            await client.list_conversations()
    assert (denied.value.status_code, denied.value.code) == (403, "forbidden")
    assert requests_of(make_client.state, key) == 1


async def test_unknown_conversation_is_not_found(make_client: ClientFactory) -> None:
    key = make_client.account()
    async with make_client(key, **RAW_ERRORS) as client:
        with pytest.raises(NotFoundError) as missing:
            await client.get_transcript("sess_doesnotexist")
        with pytest.raises(NotFoundError):
            await client.generate_keypoints("sess_doesnotexist")
    assert (missing.value.status_code, missing.value.code) == (404, "not_found")
    assert make_client.state.stats.responses(404, key) == 2
    assert make_client.state.stats.credits_spent(key) == 0


async def test_governor_refuses_locally_once_the_budget_is_spent(make_client: ClientFactory) -> None:
    key = make_client.account(rate_limit=2)
    stats = make_client.state.stats
    async with make_client(key, retry_after_cap=1.0) as client:
        await client.profile()
        await client.list_conversations(limit=1)
        assert client.governor.state.remaining == 0
        sent = requests_of(make_client.state, key)
        with pytest.raises(RateBudgetExhaustedError) as refused:
            await client.get_transcript(KEYPOINTS_READY)
    assert sent == 2
    assert requests_of(make_client.state, key) == 2  # nothing reached the sandbox
    assert stats.rate_limited_for(key) == 0
    assert refused.value.retry_after is not None
    assert refused.value.retry_after > 3000
    assert refused.value.reset_at is not None


async def test_fresh_client_maps_a_real_429(make_client: ClientFactory) -> None:
    key = make_client.account(rate_limit=2)
    stats = make_client.state.stats
    async with make_client(key) as client:
        await client.profile()
        await client.profile()
    async with make_client(key, retry_after_cap=1.0) as fresh:
        with pytest.raises(RateLimitError) as limited:
            await fresh.profile()
        assert fresh.governor.state.remaining == 0
    error = limited.value
    assert type(error) is RateLimitError
    assert (error.status_code, error.code) == (429, "rate_limited")
    assert error.retry_after is not None
    assert 3000 < error.retry_after <= 3600
    assert error.reset_at is not None
    expected_reset = datetime.now(UTC) + timedelta(seconds=error.retry_after)
    assert abs((error.reset_at - expected_reset).total_seconds()) < 5
    assert requests_of(make_client.state, key) == 3  # a wait beyond the cap is not retried
    assert stats.rate_limited_for(key) == 1


async def test_ai_limit_exceeded(make_client: ClientFactory) -> None:
    key = make_client.account(ai_limit=1)
    stats = make_client.state.stats
    async with make_client(key) as client:
        await client.generate_keypoints(NOT_READY[0])
        with pytest.raises(AILimitExceededError) as exhausted:
            await client.query(NOT_READY[0], "Who owns the follow-up?")
        cached = await client.generate_keypoints(NOT_READY[0])  # cached results stay free
    assert (exhausted.value.status_code, exhausted.value.code) == (429, "ai_limit_exceeded")
    assert not isinstance(exhausted.value, RateLimitError)  # the monthly quota, not the hourly limit
    assert exhausted.value.retry_after is not None
    assert exhausted.value.retry_after > 0
    assert cached.cached is True
    assert stats.credits_spent(key) == 1
    assert stats.ai_limit_exceeded_for(key) == 1
    assert requests_of(make_client.state, key, "/conversations/{id}/query") == 1  # not retried


async def test_ai_limit_reset_is_the_monthly_quota_reset(make_client: ClientFactory) -> None:
    key = make_client.account(ai_limit=0)
    async with make_client(key) as client:
        with pytest.raises(AILimitExceededError) as exhausted:
            await client.generate_keypoints(NOT_READY[0])
    error = exhausted.value
    quota_reset = make_client.state.account(key).quota.resets_at
    assert error.retry_after is not None
    assert error.reset_at is not None
    assert abs((error.reset_at - quota_reset).total_seconds()) < 5


async def test_internal_error_on_a_post_is_not_retried(make_client: ClientFactory) -> None:
    key = make_client.account()
    route = "/conversations/{id}/share"
    make_client.state.faults.inject("500", route=route, method="POST")
    async with make_client(key) as client:  # default retries: a POST is still sent once
        with pytest.raises(InternalServerError) as failed:
            await client.share(KEYPOINTS_READY)
        shared = await client.share(KEYPOINTS_READY)
    assert (failed.value.status_code, failed.value.code) == (500, "internal_error")
    assert shared.share_url
    assert requests_of(make_client.state, key, route, "POST") == 2


async def test_title_over_200_utf16_units_is_refused_locally(make_client: ClientFactory) -> None:
    key = make_client.account()
    title = "\N{GRINNING FACE}" * 150  # 150 code points, 300 UTF-16 units
    async with make_client(key, **RAW_ERRORS) as client:
        with pytest.raises(InvalidArgumentError):
            await client.rename(KEYPOINTS_READY, title)
    assert requests_of(make_client.state, key) == 0


# --- 3. unknown fields ------------------------------------------------------------------------

FUTURE = {"nested": {"flag": True}, "items": [1, 2, 3], "note": "added in a later API version"}
MAPS = frozenset({"categoryScores"})  # JSON objects used as maps, not records


def with_future_fields(value: Any) -> Any:
    if isinstance(value, list):
        return [with_future_fields(v) for v in value]
    if isinstance(value, dict):
        out = {k: v if k in MAPS else with_future_fields(v) for k, v in value.items()}
        out["futureField"] = FUTURE
        return out
    return value


def add_future_fields(app: ASGIApp) -> ASGIApp:
    """ASGI middleware adding ``futureField`` to every JSON object of every JSON answer."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            assert start is not None
            body = b"".join(chunks)
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            if dict(start["headers"]).get(b"content-type", b"").startswith(b"application/json"):
                body = json.dumps(with_future_fields(json.loads(body))).encode()
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, capture)

    return wrapped


async def test_unknown_fields_parse_and_are_kept(make_client: ClientFactory) -> None:
    key = make_client.account("professional")
    cid = KEYPOINTS_READY
    with make_client.serving(add_future_fields) as serve:
        async with serve(key) as client:
            page = await client.list_conversations(limit=3)
            transcript = await client.get_transcript(cid)
            keypoints = await client.get_keypoints(cid)
            generated = await client.generate_keypoints(NOT_READY[0])
            feedback = await client.get_feedback(FEEDBACK_READY)
            new_feedback = await client.generate_feedback(NOT_READY[1])
            answer = await client.query(cid, "What was decided?")
            email = await client.draft_email(cid, tone="casual")
            shared = await client.share(cid)
            renamed = await client.rename(cid, "Renamed with extras")
            events = await client.calendar_events(max_results=2)
            profile = await client.profile()
            created = await client.create_webhook(closed_https_url(), ["transcript.ready"])
            hooks = await client.list_webhooks()
            tested = await client.test_webhook(created.id)
            removed_hook = await client.delete_webhook(created.id)
            deleted = await client.delete(cid)
            with pytest.raises(NotFoundError):  # an error envelope with extras still maps
                await client.get_transcript(cid)
    records = [
        page.pagination, *page.conversations, transcript, transcript.segments[0], keypoints, keypoints.keypoints,
        keypoints.keypoints.sections[0], keypoints.keypoints.action_items[0], generated, feedback,
        feedback.feedback, feedback.feedback.strengths[0], new_feedback, answer, answer.metadata, email, shared,
        renamed, *events, events[0].start, events[0].attendees[0], profile, profile.profile, profile.subscription,
        profile.api_usage, profile.api_usage.ai_generations, created, *hooks, tested, removed_hook, deleted,
    ]
    for record in records:
        assert record.model_extra == {"futureField": FUTURE}, type(record).__name__
    assert feedback.feedback.category_scores
    assert all(isinstance(v, float) for v in feedback.feedback.category_scores.values())
    assert renamed.title == "Renamed with extras"
    assert (tested.success, deleted.deleted) == (False, True)


# --- 4. pagination past 100 -------------------------------------------------------------------


async def test_iter_conversations_follows_every_page(make_client: ClientFactory) -> None:
    key = make_client.account(conversations=250)
    truth = [c.id for c in make_client.state.account(key).visible]
    async with make_client(key) as client:
        everything = [c async for c in client.iter_conversations()]
    ids = [c.id for c in everything]
    assert len(ids) == len(set(ids)) == 250
    assert ids == truth
    starts = [c.start_time for c in everything]
    assert starts == sorted(starts, reverse=True)  # type: ignore[type-var]
    assert requests_of(make_client.state, key, "/conversations", "GET") == 3


# --- 5. ids that could reach another endpoint ------------------------------------------------

BAD_IDS = ["../user/profile", "a/b", "..", "%2e%2e", "sess_1/../../user/profile", "sess?x=1"]


def id_calls(bad: str) -> list[Callable[[ConvoClient], Awaitable[Any]]]:
    return [
        lambda c: c.get_transcript(bad),
        lambda c: c.get_keypoints(bad),
        lambda c: c.generate_keypoints(bad),
        lambda c: c.get_feedback(bad),
        lambda c: c.generate_feedback(bad),
        lambda c: c.query(bad, "What was decided?"),
        lambda c: c.draft_email(bad, tone="concise"),
        lambda c: c.share(bad),
        lambda c: c.rename(bad, "A fine title"),
        lambda c: c.delete(bad),
        lambda c: c.delete_webhook(bad),
        lambda c: c.test_webhook(bad),
    ]


@pytest.mark.parametrize("bad", BAD_IDS)
async def test_ids_that_change_the_url_are_refused_locally(make_client: ClientFactory, bad: str) -> None:
    key = make_client.account("professional")
    stats = make_client.state.stats
    total = stats.total_requests
    profile_hits = stats.requests(route="/user/profile")
    calls = id_calls(bad)
    async with make_client(key) as client:
        for call in calls:
            with pytest.raises(InvalidIdError):
                await call(client)
    assert len(calls) == 12
    assert stats.total_requests == total
    assert stats.requests(route="/user/profile") == profile_hits
    assert requests_of(make_client.state, key) == 0


# --- 6. faults ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["500", "502_html", "malformed_json", "reset", "503"])
async def test_get_is_retried_after_a_transient_fault(make_client: ClientFactory, kind: str) -> None:
    key = make_client.account()
    make_client.state.faults.inject(kind, route=TRANSCRIPT_ROUTE, method="GET")
    async with make_client(key) as client:
        transcript = await client.get_transcript(KEYPOINTS_READY)
    assert transcript.id == KEYPOINTS_READY
    assert transcript.segments
    assert requests_of(make_client.state, key, TRANSCRIPT_ROUTE) == 2
    assert make_client.state.faults.pending == []


@pytest.mark.parametrize(
    ("kind", "error", "status"),
    [
        ("500", InternalServerError, 500),
        ("503", InternalServerError, 503),
        ("502_html", InternalServerError, 502),  # a gateway's HTML page: a 5xx without an error envelope
        ("malformed_json", InvalidResponseError, 200),
        ("reset", TransportError, None),
    ],
)
async def test_faults_without_retries_map_to_their_error(
    make_client: ClientFactory, kind: str, error: type[Exception], status: int | None
) -> None:
    key = make_client.account()
    make_client.state.faults.inject(kind, route=TRANSCRIPT_ROUTE, method="GET")
    async with make_client(key, **RAW_ERRORS) as client:
        with pytest.raises(error) as raised:
            await client.get_transcript(KEYPOINTS_READY)
    assert type(raised.value) is error
    assert getattr(raised.value, "status_code", None) == status
    assert raised.value.retryable  # type: ignore[attr-defined]
    assert requests_of(make_client.state, key, TRANSCRIPT_ROUTE) == 1


async def test_generate_is_not_retried_after_a_500(make_client: ClientFactory) -> None:
    key = make_client.account()
    stats = make_client.state.stats
    cid = NOT_READY[0]
    make_client.state.faults.inject("500", route=KEYPOINTS_ROUTE, method="POST")
    async with make_client(key) as client:
        with pytest.raises(InternalServerError):
            await client.generate_keypoints(cid)
        assert requests_of(make_client.state, key, KEYPOINTS_ROUTE, "POST") == 1
        assert stats.credits_spent(key) == 0
        assert make_client.state.account(key).conversations[cid].keypoints is None
        generated = await client.generate_keypoints(cid)
    assert generated.cached is False
    assert stats.credits_spent(key) == 1


async def test_rate_limited_fault_is_waited_out(make_client: ClientFactory) -> None:
    key = make_client.account()
    make_client.state.faults.inject("429", route=TRANSCRIPT_ROUTE, method="GET", retry_after=1)
    clock = make_client.time.clock  # the client's own clock: its waits are skipped, not lost
    async with make_client(key) as client:
        started = clock()
        transcript = await client.get_transcript(KEYPOINTS_READY)
        elapsed = clock() - started
        remaining = client.governor.state.remaining
    assert transcript.id == KEYPOINTS_READY
    assert 0.9 <= elapsed < 3.0
    assert 0.9 <= sum(make_client.time.sleeps) < 3.0  # Retry-After was waited out, on the injected sleep
    assert requests_of(make_client.state, key, TRANSCRIPT_ROUTE) == 2
    assert make_client.state.stats.rate_limited_for(key) == 1
    assert remaining == make_client.state.account(key).window.limit - 1


@pytest.mark.parametrize("make_client", ["http"], indirect=True)  # ASGITransport has no timeouts
async def test_slow_answer_times_out_after_retries(make_client: ClientFactory) -> None:
    key = make_client.account()
    make_client.state.faults.inject("delay", count=2, route=TRANSCRIPT_ROUTE, method="GET", delay=1.0)
    async with make_client(key, read_timeout=0.3, max_retries=1) as client:
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError) as timed_out:
            await client.get_transcript(KEYPOINTS_READY)
        elapsed = time.monotonic() - started
    assert timed_out.value.code == "timeout"
    assert isinstance(timed_out.value, TransportError)
    assert requests_of(make_client.state, key, TRANSCRIPT_ROUTE) == 2  # the first try and one retry
    assert elapsed < 1.9  # gave up after two 0.3 s timeouts and a backoff, not after the 1 s delays


# --- 7. logging -------------------------------------------------------------------------------


@pytest.fixture
def captured_logs() -> Iterator[list[dict[str, Any]]]:
    """Every structlog event (info included, whatever level another test configured)."""
    saved = structlog.get_config()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.DEBUG))
    try:
        with capture_logs() as logs:
            yield logs
    finally:
        structlog.configure(**saved)


async def test_requests_are_logged_without_secrets(
    make_client: ClientFactory, captured_logs: list[dict[str, Any]]
) -> None:
    key = make_client.account("professional")
    unknown = "convo_it_unknown_key_123456"
    make_client.state.faults.inject("429", route="/user/profile", method="GET", retry_after=30)
    async with make_client(key, **RAW_ERRORS) as client:
        await client.get_transcript(KEYPOINTS_READY)
        created = await client.create_webhook(closed_https_url(), ["transcript.ready"])
        await client.list_webhooks()
        with pytest.raises(RateLimitError):
            await client.profile()
    async with make_client(unknown, **RAW_ERRORS) as client:
        with pytest.raises(AuthenticationError):
            await client.list_conversations()

    requests = [e for e in captured_logs if e["event"] == "convo.request"]
    assert [(e["method"], e["route"], e["status"]) for e in requests] == [
        ("GET", TRANSCRIPT_ROUTE, 200),
        ("POST", "/webhooks", 201),
        ("GET", "/webhooks", 200),
        ("GET", "/user/profile", 429),
        ("GET", "/conversations", 401),
    ]
    for event in requests:
        assert isinstance(event["duration_ms"], float)
        assert event["duration_ms"] >= 0
        assert event["log_level"] == "info"
    limit = make_client.state.account(key).window.limit
    assert [e["ratelimit_remaining"] for e in requests] == [limit - 1, limit - 2, limit - 3, 0, None]
    dumped = json.dumps(captured_logs, default=str)
    assert created.secret
    for secret in (key, unknown, created.secret):
        assert secret not in dumped
    assert "Bearer" not in dumped


# --- 8. rate headers -----------------------------------------------------------------------------


async def test_governor_tracks_the_rate_headers(make_client: ClientFactory) -> None:
    key = make_client.account(rate_limit=40)
    window = make_client.state.account(key).window
    async with make_client(key) as client:
        assert client.governor.state.remaining is None
        await client.profile()
        await client.list_conversations(limit=2)
        await client.get_transcript(KEYPOINTS_READY)
        seen = client.governor.state
        truth = window.peek(make_client.state.clock())
        assert (seen.limit, seen.remaining) == (40, 37)
        assert (seen.limit, seen.remaining) == (truth.limit, truth.remaining)
        assert seen.reset_at == truth.reset
        assert seen.in_flight == 0
        assert client.governor.spendable(0.10) == 37 - 4
    assert requests_of(make_client.state, key) == 3
