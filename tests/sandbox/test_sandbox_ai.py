"""AI routes (keypoints, feedback, query, email) and the monthly AI-generation quota."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset

pytestmark = pytest.mark.anyio

PRO = DEMO_KEYS["professional"]
STARTER = DEMO_KEYS["starter"]
READY = sorted(dataset.KEYPOINTS_READY_IDS - dataset.SHORT_MEETING_IDS)[0]
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS
                   - dataset.SHORT_MEETING_IDS)[0]
SHORT = sorted(dataset.SHORT_MEETING_IDS - dataset.KEYPOINTS_READY_IDS)[0]


def _code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def _find(state: SandboxState, title: str) -> str:
    return next(c.id for c in state.account(PRO).conversations.values() if c.title == title)


async def test_keypoints_get_404_then_post_generates_then_cached(make_client, state: SandboxState) -> None:
    async with make_client() as client:
        missing = await client.get(f"/conversations/{NOT_READY}/keypoints")
        made = await client.post(f"/conversations/{NOT_READY}/keypoints")
        got = await client.get(f"/conversations/{NOT_READY}/keypoints")
        cached = await client.post(f"/conversations/{NOT_READY}/keypoints", json={"forceRefresh": False})
    assert missing.status_code == 404
    assert _code(missing) == "not_found"
    data = made.json()["data"]
    assert data["cached"] is False
    assert data["id"] == NOT_READY
    assert set(data) == {"id", "title", "keypoints", "createdAt", "cached"}
    assert set(data["keypoints"]) == {"title", "sections", "decisions", "actionItems", "participants",
                                      "importantDates"}
    item = data["keypoints"]["actionItems"][0]
    assert set(item) == {"item", "owner", "confidence", "priority"}
    assert item["priority"] in ("high", "medium", "low")
    assert got.json()["data"] == {k: v for k, v in data.items() if k != "cached"}
    assert cached.json()["data"]["cached"] is True
    assert state.stats.credits_spent() == 1
    assert state.stats.credits_spent(PRO) == 1


async def test_keypoints_match_the_meetings_script(make_client, state: SandboxState) -> None:
    cid = _find(state, "Acme Corp — pricing review")
    async with make_client() as client:
        data = (await client.post(f"/conversations/{cid}/keypoints")).json()["data"]
    kp = data["keypoints"]
    assert "Go with the annual plan at a 12% discount" in kp["decisions"]
    assert {"item": "Send the revised order form", "owner": "Dana Whitfield", "confidence": 0.92,
            "priority": "high"} in kp["actionItems"]
    assert "Jordan Blake" in kp["participants"]
    assert [s["heading"] for s in kp["sections"]] == ["Pricing", "Contract terms"]


async def test_pregenerated_keypoints_are_free_and_force_refresh_spends(make_client, state: SandboxState,
                                                                        clock) -> None:
    async with make_client() as client:
        before = (await client.get(f"/conversations/{READY}/keypoints")).json()["data"]
        cached = (await client.post(f"/conversations/{READY}/keypoints")).json()["data"]
        assert state.stats.credits_spent() == 0
        clock.advance(60)
        fresh = (await client.post(f"/conversations/{READY}/keypoints", json={"forceRefresh": True})).json()
        bad = await client.post(f"/conversations/{READY}/keypoints", json={"forceRefresh": "yes"})
    assert cached["cached"] is True
    assert cached["createdAt"] == before["createdAt"]
    assert fresh["data"]["cached"] is False
    assert fresh["data"]["createdAt"] != before["createdAt"]
    assert fresh["data"]["keypoints"] == before["keypoints"]  # same meeting, same facts
    assert bad.status_code == 400
    assert _code(bad) == "validation_error"
    assert state.stats.credits_spent() == 1


async def test_feedback_shape_and_caching(make_client, state: SandboxState) -> None:
    async with make_client() as client:
        missing = await client.get(f"/conversations/{NOT_READY}/feedback")
        made = (await client.post(f"/conversations/{NOT_READY}/feedback")).json()["data"]
        again = (await client.post(f"/conversations/{NOT_READY}/feedback")).json()["data"]
    assert missing.status_code == 404
    assert made["cached"] is False
    assert again["cached"] is True
    assert made["userSpeakerName"] == "Dana Whitfield"
    fb = made["feedback"]
    assert made["overallScore"] == fb["overallScore"]
    assert set(fb["categoryScores"]) == {"clarity", "listening", "timeManagement", "collaboration",
                                         "decisionMaking"}
    assert 0 < fb["talkListenRatio"] < 1
    assert fb["actionPlan"]
    assert fb["topPriority"]["focus"]
    assert {"category", "description", "timestamp", "quote"} <= set(fb["strengths"][0])
    assert {"category", "description", "suggestion", "timestamp"} <= set(fb["growthAreas"][0])
    assert state.stats.credits_spent() == 1


async def test_some_cached_feedback_lacks_top_priority(make_client) -> None:
    async with make_client() as client:
        bodies = [(await client.get(f"/conversations/{cid}/feedback")).json()["data"]
                  for cid in sorted(dataset.FEEDBACK_READY_IDS)]
    with_priority = [b for b in bodies if "topPriority" in b["feedback"]]
    assert 0 < len(with_priority) < len(bodies)


async def test_feedback_refused_under_ten_segments_without_spending(make_client, state: SandboxState) -> None:
    assert state.account(PRO).conversations[SHORT].segment_count < 10
    async with make_client() as client:
        response = await client.post(f"/conversations/{SHORT}/feedback")
    assert response.status_code == 400
    assert _code(response) == "validation_error"
    assert "10" in response.json()["error"]["message"]
    assert state.stats.credits_spent() == 0


@pytest.mark.parametrize(
    ("query", "accepted"),
    [("a" * 500, True), ("a" * 501, False), ("😀" * 250, True), ("😀" * 251, False), ("😀" * 300, False),
     ("é" * 500, True), ("a" * 499 + "😀", False)],
)
async def test_query_length_counts_utf16_units(make_client, state: SandboxState, query, accepted) -> None:
    async with make_client() as client:
        response = await client.post(f"/conversations/{READY}/query", json={"query": query})
    if accepted:
        assert response.status_code == 200
        assert response.json()["data"]["query"] == query
        assert state.stats.credits_spent() == 1
    else:
        assert response.status_code == 400
        assert _code(response) == "validation_error"
        assert state.stats.credits_spent() == 0


@pytest.mark.parametrize("body", [{}, {"query": ""}, {"query": "   "}, {"query": 42}, {"query": None}, [1]])
async def test_query_requires_a_non_empty_string(make_client, state: SandboxState, body) -> None:
    async with make_client() as client:
        response = await client.post(f"/conversations/{READY}/query", json=body)
    assert response.status_code == 400
    assert _code(response) == "validation_error"
    assert state.stats.credits_spent() == 0


async def test_query_answers_from_the_transcript(make_client, state: SandboxState) -> None:
    cid = _find(state, "Acme Corp — pricing review")
    conv = state.account(PRO).conversations[cid]
    async with make_client() as client:
        data = (await client.post(f"/conversations/{cid}/query",
                                  json={"query": "What did we decide about the discount?"})).json()["data"]
        owners = (await client.post(f"/conversations/{cid}/query",
                                    json={"query": "Who owns the next steps?"})).json()["data"]
    assert "annual plan at 12% discount" in data["response"]
    assert data["metadata"] == {"segmentsAnalyzed": conv.segment_count,
                                "conversationDuration": conv.duration_minutes}
    assert len(data["suggestedQueries"]) >= 2
    assert "Send the revised order form (owner: Dana Whitfield" in owners["response"]


async def test_a_question_about_what_someone_promised_finds_their_commitment(make_client, state: SandboxState) -> None:
    conv = next(c for c in state.account(PRO).visible
                if any(s.speaker.startswith("Lee ") and "I'll send" in s.text for s in c.segments))
    said = next(s.text for s in conv.segments if s.speaker.startswith("Lee ") and "I'll send" in s.text)
    async with make_client() as client:
        data = (await client.post(f"/conversations/{conv.id}/query",
                                  json={"query": "What did Lee promise?"})).json()["data"]
    assert "could not find" not in data["response"]
    assert f'Lee Park: "{said}"' in data["response"]


@pytest.mark.parametrize("tone", ["professional", "casual", "concise"])
async def test_email_by_tone_names_the_recipient(make_client, state: SandboxState, tone) -> None:
    cid = _find(state, "Acme Corp — pricing review")
    async with make_client() as client:
        data = (await client.post(f"/conversations/{cid}/email",
                                  json={"recipientName": "Jordan", "tone": tone})).json()["data"]
    assert set(data) == {"id", "subject", "body", "keyPoints", "actionItems", "generatedAt"}
    assert "Jordan" in data["body"]
    assert "Acme Corp — pricing review" in data["subject"]
    assert "Send the revised order form — Dana Whitfield" in data["actionItems"]
    assert "Go with the annual plan at a 12% discount" in data["keyPoints"]


async def test_email_tones_differ_and_bad_tone_is_400(make_client, state: SandboxState) -> None:
    async with make_client() as client:
        bodies = {t: (await client.post(f"/conversations/{READY}/email", json={"tone": t})).json()["data"]["body"]
                  for t in ("professional", "casual", "concise")}
        default = (await client.post(f"/conversations/{READY}/email")).json()["data"]["body"]
        bad = await client.post(f"/conversations/{READY}/email", json={"tone": "angry"})
    assert len(set(bodies.values())) == 3
    assert default == bodies["professional"]
    assert bad.status_code == 400
    assert _code(bad) == "validation_error"
    assert state.stats.credits_spent() == 4


async def test_starter_quota_runs_out_and_resets_next_month(make_client, state: SandboxState, clock) -> None:
    async with make_client(STARTER) as client:
        for _ in range(10):
            assert (await client.post(f"/conversations/{READY}/query", json={"query": "pricing"})).status_code == 200
        profile = (await client.get("/user/profile")).json()["data"]["apiUsage"]["aiGenerations"]
        refused_at = clock.now
        refused = await client.post(f"/conversations/{READY}/email")
        cached = await client.post(f"/conversations/{READY}/keypoints")  # cached results stay free
        resets_at = datetime.fromisoformat(profile["resetsAt"].replace("Z", "+00:00"))
        clock.now = resets_at.timestamp()
        after = await client.post(f"/conversations/{READY}/query", json={"query": "pricing"})
        usage = (await client.get("/user/profile")).json()["data"]["apiUsage"]["aiGenerations"]
    assert profile["used"] == 10
    assert profile["limit"] == 10
    assert profile["remaining"] == 0
    assert resets_at == datetime(2026, 4, 1, tzinfo=UTC)
    assert refused.status_code == 429
    assert _code(refused) == "ai_limit_exceeded"
    assert int(refused.headers["retry-after"]) == int(resets_at.timestamp() - refused_at)
    assert refused.headers["x-ratelimit-limit"] == "100"
    assert cached.status_code == 200
    assert cached.json()["data"]["cached"] is True
    assert after.status_code == 200
    assert usage["used"] == 1
    assert usage["remaining"] == 9
    assert usage["resetsAt"] == "2026-05-01T00:00:00Z"
    assert state.stats.ai_limit_exceeded == 1
    assert state.stats.ai_limit_exceeded_for(STARTER) == 1
    assert state.stats.credits_spent(STARTER) == 11


async def test_ai_limit_retry_after_counts_down_to_reset(make_client, state: SandboxState) -> None:
    key = state.add_account("professional", "convo_test_noai", ai_limit=0, conversations="demo")
    async with make_client(key) as client:
        refused = await client.post(f"/conversations/{READY}/query", json={"query": "x"})
    expected = datetime(2026, 4, 1, tzinfo=UTC).timestamp() - state.clock()
    assert refused.status_code == 429
    assert _code(refused) == "ai_limit_exceeded"
    assert int(refused.headers["retry-after"]) == int(expected)
    assert state.stats.credits_spent() == 0


async def test_enterprise_is_unlimited(make_client, state: SandboxState) -> None:
    async with make_client(DEMO_KEYS["enterprise"]) as client:
        for _ in range(12):
            assert (await client.post(f"/conversations/{READY}/query", json={"query": "x"})).status_code == 200
        usage = (await client.get("/user/profile")).json()["data"]
    assert usage["apiUsage"]["aiGenerations"]["limit"] is None
    assert usage["apiUsage"]["aiGenerations"]["remaining"] is None
    assert usage["apiUsage"]["aiGenerations"]["used"] == 12
    assert usage["subscription"]["tier"] == "enterprise"
