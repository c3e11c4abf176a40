"""Every tool called through the real SDK client (both protocol eras) against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from kit import call
from mcp.types import ElicitResult

from convo_mcp.app import App
from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset
from convo_mcp.webhooks.receiver import sign, verify_signature
from convo_mcp.webhooks.secrets import WebhookSecrets

pytestmark = pytest.mark.anyio
ACME_PRICING = "sess_f5147f8c8b68"  # "Acme Corp — pricing review": keypoints and feedback ready
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS
                   - dataset.SHORT_MEETING_IDS)
SHORT = sorted(dataset.SHORT_MEETING_IDS)


def text(result: Any) -> str:
    return str(result.content[0].text)


async def test_list_conversations_pages_and_renders_one_line_each(connect: Any, app: App) -> None:
    async with connect(app) as client:
        r = await call(client, "list_conversations", limit=5)
        r2 = await call(client, "list_conversations", limit=5, offset=40)
    assert not r.is_error
    data = r.structured_content
    assert data["total"] == len(dataset.DEMO_IDS)
    assert data["next_offset"] == 5
    assert len(data["conversations"]) == 5
    lines = text(r).splitlines()
    assert lines[0].startswith(data["conversations"][0]["id"])
    assert "more with offset=5" in lines[-1]
    assert "{" not in text(r)  # concise text, not a JSON dump
    assert r2.structured_content.get("next_offset") is None  # omitted when null: fewer tokens


async def test_list_search_and_since(connect: Any, app: App) -> None:
    async with connect(app) as client:
        r = await call(client, "list_conversations", search="acme", limit=50)
    titles = [c["title"] for c in r.structured_content["conversations"]]
    assert len(titles) >= 3
    assert all("acme" in t.lower() for t in titles)


async def test_get_keypoints_reads_existing_without_spending(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        r = await call(client, "get_keypoints", conversation_id=ACME_PRICING)
        missing = await call(client, "get_keypoints", conversation_id=NOT_READY[0])
    s = r.structured_content
    assert s["available"] is True
    assert s["credits_spent"] == 0
    assert any("12% discount" in d for d in s["decisions"])
    owners = {a["owner"] for a in s["action_items"]}
    assert {"Dana Whitfield", "Jordan Blake"} <= owners
    assert "## Decisions" in text(r)
    assert missing.structured_content["available"] is False
    assert "generate_keypoints" in text(missing)
    assert state.stats.credits_spent() == 0


async def test_generate_keypoints_spends_once_then_reuses(connect: Any, app: App, state: SandboxState) -> None:
    cid = NOT_READY[0]
    async with connect(app) as client:
        first = await call(client, "generate_keypoints", conversation_id=cid)
        second = await call(client, "generate_keypoints", conversation_id=cid)
        got = await call(client, "get_keypoints", conversation_id=cid)
    assert first.structured_content["credits_spent"] == 1
    assert "Spent 1 AI generation" in text(first)
    assert second.structured_content["credits_spent"] == 0
    assert got.structured_content["available"] is True
    assert state.stats.credits_spent() == 1
    assert state.stats.requests(route="/conversations/{id}/keypoints", method="POST") == 1
    left = first.structured_content["ai_generations_left"]
    assert left == 99


async def test_feedback_read_generate_and_short_meeting_guard(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        existing = await call(client, "get_feedback", conversation_id=ACME_PRICING)
        await call(client, "list_conversations", limit=100)  # learn segment counts
        state.stats.reset()
        short = await call(client, "generate_feedback", conversation_id=SHORT[0])
        assert state.stats.total_requests - state.stats.requests(route="/conversations/{id}/feedback",
                                                                  method="GET") == 0
        made = await call(client, "generate_feedback", conversation_id=NOT_READY[1])
    assert existing.structured_content["available"]
    assert existing.structured_content["overall_score"] > 0
    assert short.is_error
    assert short.structured_content["error"]["code"] == "transcript_too_short"
    assert "get_transcript" in text(short)
    assert made.structured_content["credits_spent"] == 1
    assert state.stats.credits_spent() == 1


async def test_ask_and_email_are_cached_per_question_and_tone(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        a1 = await call(client, "ask_conversation", conversation_id=ACME_PRICING,
                        question="What discount did we agree?")
        a2 = await call(client, "ask_conversation", conversation_id=ACME_PRICING, question="what discount did we agree")
        e1 = await call(client, "draft_follow_up_email", conversation_id=ACME_PRICING, recipient_name="Jordan",
                        tone="concise")
        e2 = await call(client, "draft_follow_up_email", conversation_id=ACME_PRICING, recipient_name="Jordan",
                        tone="concise")
        e3 = await call(client, "draft_follow_up_email", conversation_id=ACME_PRICING, tone="casual")
    assert a1.structured_content["answer"]
    assert a1.structured_content["credits_spent"] == 1
    assert a2.structured_content["credits_spent"] == 0
    assert a2.structured_content["source"] == "cache"
    assert "Jordan" in e1.structured_content["body"]
    assert text(e1).startswith("Subject: ")
    assert e2.structured_content["credits_spent"] == 0
    assert e3.structured_content["credits_spent"] == 1
    assert state.stats.credits_spent() == 3


async def test_query_guard_refuses_with_zero_requests(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        await call(client, "get_account")
        state.stats.reset()
        r = await call(client, "ask_conversation", conversation_id=ACME_PRICING, question="😀" * 300)
    assert r.is_error
    err = r.structured_content["error"]
    assert err["code"] in ("query_too_long", "invalid_argument") or "validation" in text(r).lower()
    assert state.stats.total_requests == 0


async def test_transcript_pages_fit_the_context(connect: Any, app: App) -> None:
    cid = dataset.LONG_MEETING_ID
    async with connect(app) as client:
        first = await call(client, "get_transcript", conversation_id=cid)
        nxt = first.structured_content["next_offset"]
        second = await call(client, "get_transcript", conversation_id=cid, offset=nxt, limit=10)
        dana = await call(client, "get_transcript", conversation_id=cid, speaker="dana", limit=20)
        window = await call(client, "get_transcript", conversation_id=cid, start="01:00:00", end="01:05:00")
    s = first.structured_content
    assert s["total_segments"] == 1500 and s["offset"] == 0
    assert 0 < nxt < 1500 and s["returned"] == nxt and s["last_segment"] == nxt - 1
    assert len(text(first)) <= 25_000 + 500
    assert len(s["transcript"]) <= 25_000  # structured content is bounded the same way
    body = text(first).splitlines()[1]
    assert body.startswith("[00:00:") and ": " in body
    assert second.structured_content["first_segment"] == nxt and second.structured_content["returned"] == 10
    lines = dana.structured_content["transcript"].splitlines()
    assert lines and all("] Dana Whitfield: " in line for line in lines)
    times = [line[1:9] for line in window.structured_content["transcript"].splitlines()]
    assert times and times[0] >= "01:00:00" and times[-1] <= "01:05:00"


async def test_transcript_bad_time_is_a_clear_error(connect: Any, app: App) -> None:
    async with connect(app) as client:
        r = await call(client, "get_transcript", conversation_id=ACME_PRICING, start="noon")
    assert r.is_error
    assert r.structured_content["error"]["code"] == "invalid_argument"


async def test_rename_then_list_shows_new_title(connect: Any, app: App) -> None:
    async with connect(app) as client:
        await call(client, "list_conversations", limit=100)
        r = await call(client, "rename_conversation", conversation_id=ACME_PRICING, title="Acme pricing (final)")
        listed = await call(client, "list_conversations", search="pricing (final)")
    assert r.structured_content["title"] == "Acme pricing (final)"
    assert [c["id"] for c in listed.structured_content["conversations"]] == [ACME_PRICING]


async def test_delete_asks_first_without_elicitation(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        r = await call(client, "delete_conversation", conversation_id=ACME_PRICING)
        assert r.structured_content["deleted"] is False
        assert "confirm=true" in text(r)
        assert state.stats.requests(method="DELETE") == 0
        done = await call(client, "delete_conversation", conversation_id=ACME_PRICING, confirm=True)
        gone = await call(client, "get_transcript", conversation_id=ACME_PRICING)
    assert done.structured_content["deleted"] is True
    assert gone.is_error
    assert gone.structured_content["error"]["code"] == "not_found"


@pytest.mark.parametrize(("action", "deleted"), [("accept", True), ("decline", False)])
async def test_delete_and_share_confirm_through_elicitation(
    connect: Any, app: App, state: SandboxState, action: str, deleted: bool
) -> None:
    asked: list[str] = []

    async def on_elicit(_context: Any, params: Any) -> ElicitResult:
        asked.append(params.message)
        return ElicitResult(action=action, content={"confirm": True} if action == "accept" else None)

    async with connect(app, elicitation_callback=on_elicit) as client:
        shared = await call(client, "share_conversation", conversation_id=ACME_PRICING)
        r = await call(client, "delete_conversation", conversation_id=ACME_PRICING)
    assert r.structured_content["deleted"] is deleted
    assert shared.structured_content["shared"] is deleted
    assert len(asked) == 2
    assert "public link" in asked[0]
    assert ACME_PRICING in asked[1]
    assert state.stats.requests(method="DELETE") == (1 if deleted else 0)
    if deleted:
        assert shared.structured_content["share_url"].startswith("https://")


async def test_account_and_calendar(connect: Any, app: App) -> None:
    async with connect(app) as client:
        acct = await call(client, "get_account")
        cal = await call(client, "list_calendar_events", max_results=3)
    a = acct.structured_content
    assert a["plan"] == "professional"
    assert a["ai_generations_left"] == 100
    assert a["requests_limit_per_hour"] == 500
    assert len(cal.structured_content["events"]) == 3
    assert all(e["attendees"] for e in cal.structured_content["events"])


async def test_calendar_not_connected_says_what_to_do(connect: Any, state: SandboxState, make_app: Any) -> None:
    key = state.add_account(tier="starter", key="convo_nocal", conversations="demo", calendar_connected=False)
    async with connect(make_app(key)) as client:
        r = await call(client, "list_calendar_events")
    assert r.is_error
    assert "Google Calendar" in text(r)


async def test_webhook_tools_round_trip_and_never_show_the_secret(connect: Any, app: App) -> None:
    async with connect(app) as client:
        made = await call(client, "create_webhook", url="https://hooks.example.com/convo",
                          events=["conversation.keypoints.ready"])
        wid = made.structured_content["webhook"]["id"]
        listed = await call(client, "list_webhooks")
        tested = await call(client, "test_webhook", webhook_id=wid)
        deleted = await call(client, "delete_webhook", webhook_id=wid, confirm=True)
        after = await call(client, "list_webhooks")
    assert "whsec_" not in text(made) + str(made.structured_content)
    assert wid in [w["id"] for w in listed.structured_content["webhooks"]]
    assert tested.structured_content["success"] is False  # example.com is not reachable from the sandbox
    assert deleted.structured_content["deleted"] is True
    assert wid not in [w["id"] for w in after.structured_content["webhooks"]]


async def test_create_webhook_keeps_the_secret_without_a_receiver_running(
    connect: Any, app: App, state: SandboxState, pro_key: str
) -> None:
    """The stdio server without --webhook-port still keeps the secret Convo shows once: a receiver
    started later (or another process of the same user) verifies the webhook's deliveries."""
    async with connect(app) as client:
        made = await call(client, "create_webhook", url="https://hooks.example.com/kept",
                          events=["transcript.ready"])
    wid = made.structured_content["webhook"]["id"]
    secret = state.account(pro_key).webhooks[wid].secret
    assert made.structured_content["secret_stored"] is True
    assert "stored by this server" in text(made)
    assert secret not in text(made) + str(made.structured_content)
    later = WebhookSecrets.from_settings(app.settings)  # a fresh reader of the same file
    assert wid in later.ids()
    assert secret in later.all()
    fresh = App.on_sandbox(state, pro_key, persistent_cache=False)  # e.g. a restart with --webhook-port
    body = b'{"event": "transcript.ready"}'
    assert verify_signature(body, sign(body, secret), fresh.webhook_secrets.all())


async def test_webhooks_on_starter_are_refused_before_sending(connect: Any, state: SandboxState, make_app: Any) -> None:
    async with connect(make_app(DEMO_KEYS["starter"])) as client:
        await call(client, "get_account")
        before = state.stats.total_requests
        r = await call(client, "create_webhook", url="https://hooks.example.com/x", events=["transcript.ready"])
    assert r.is_error
    assert r.structured_content["error"]["code"] == "plan_required"
    assert state.stats.total_requests == before


async def test_bad_id_is_refused_with_a_hint(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        r = await call(client, "get_transcript", conversation_id="../user/profile")
    assert r.is_error
    assert r.structured_content["error"]["code"] == "invalid_id"
    assert "list_conversations" in text(r)
    assert state.stats.total_requests == 0


async def test_free_plan_is_explained(connect: Any, make_app: Any) -> None:
    async with connect(make_app(DEMO_KEYS["free"])) as client:
        r = await call(client, "list_conversations")
    assert r.is_error
    assert r.structured_content["error"]["code"] == "forbidden"
    assert "Starter" in text(r)


async def test_small_texts_read_right(connect: Any, app: App, state: SandboxState) -> None:
    short = sorted(dataset.SHORT_MEETING_IDS)[0]
    async with connect(app) as client:
        empty = await call(client, "list_conversations", search="no meeting is called this", limit=5)
        listed = await call(client, "list_conversations", limit=100)
        page = await call(client, "get_transcript", conversation_id=short)
        kp = await call(client, "get_keypoints", conversation_id=sorted(dataset.KEYPOINTS_READY_IDS)[0])
        said: list[str] = []

        async def on_progress(done: float, total: float | None, message: str | None) -> None:
            said.append(message or "")

        digest = await client.call_tool("meeting_digest", {"since": "2026-01-01"}, progress_callback=on_progress)
    assert "1–0" not in text(empty) and "No conversations match." in text(empty)
    minutes = [c["minutes"] for c in listed.structured_content["conversations"]]
    assert all(isinstance(m, int) for m in minutes)
    assert all(isinstance(m["minutes"], int) for d in digest.structured_content["days"] for m in d["meetings"])
    lines = [ln for ln in text(page).splitlines() if ln.startswith("[")]
    assert f"as {len(lines)} speaker turns" in text(page).splitlines()[0]
    # the lists read the profile once (for the account's zone): the quota is known, not "unknown"
    assert "unknown" not in text(kp) and "AI generations left this month: 100/100" in text(kp)
    assert any("reading" in m and "summaries" in m for m in said) and not any("keypointss" in m for m in said)


async def test_last_week_and_loose_title_words_can_be_asked_for(connect: Any, app: App, state: SandboxState) -> None:
    from datetime import timedelta

    visible = state.account(DEMO_KEYS["professional"]).visible
    newest = max(c.start for c in visible)
    lo, hi = (newest - timedelta(days=14)).date(), (newest - timedelta(days=7)).date()
    standups = {c.id for c in visible if "standup" in c.title.lower()}
    assert standups
    async with connect(app) as client:
        week = await call(client, "list_conversations", since=f"{lo}T00:00:00Z", until=f"{hi}T00:00:00Z", limit=100)
        items = await call(client, "find_action_items", since=lo.isoformat(), until=hi.isoformat())
        loose = await call(client, "list_conversations", search="weekly standup yesterday", limit=100)
        bad = await call(client, "list_conversations", since="2026-05-02T00:00:00Z", until="2026-05-01T00:00:00Z")
    got = {c["id"] for c in week.structured_content["conversations"]}
    assert got == {c.id for c in visible if lo.isoformat() <= c.start.date().isoformat() < hi.isoformat()}
    assert all(lo.isoformat() <= i["day"] <= hi.isoformat() for i in items.structured_content["items"])
    assert {c["id"] for c in loose.structured_content["conversations"]} == standups
    assert bad.is_error and bad.structured_content["error"]["argument"] == "until"
