"""Fault injection (every kind, in-process) and the request/credit counters."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset

pytestmark = pytest.mark.anyio

PRO = DEMO_KEYS["professional"]
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS
                   - dataset.SHORT_MEETING_IDS)[0]
KEYPOINTS = f"/conversations/{NOT_READY}/keypoints"


async def test_500_fault_has_no_side_effect(make_client, state: SandboxState) -> None:
    state.faults.inject("500", route="/conversations/{id}/keypoints", method="POST")
    async with make_client() as client:
        faulted = await client.post(KEYPOINTS)
        remaining_after_fault = (await client.get("/user/profile")).headers["x-ratelimit-remaining"]
        stored = await client.get(KEYPOINTS)
        real = await client.post(KEYPOINTS)
    assert faulted.status_code == 500
    assert faulted.json() == {"error": {"code": "internal_error", "message": "An unexpected error occurred"}}
    assert remaining_after_fault == "499"  # the faulted call took no rate-limit slot
    assert stored.status_code == 404
    assert real.status_code == 200
    assert real.json()["data"]["cached"] is False
    assert state.stats.credits_spent() == 1
    assert state.stats.responses(status=500) == 1


async def test_502_html_malformed_json_and_503(make_client, state: SandboxState) -> None:
    state.faults.inject("502_html", route="/conversations")
    state.faults.inject("malformed_json", route="/conversations")
    state.faults.inject("503", route="/conversations", retry_after=7)
    async with make_client() as client:
        html = await client.get("/conversations")
        broken = await client.get("/conversations")
        unavailable = await client.get("/conversations")
        fine = await client.get("/conversations")
    assert html.status_code == 502
    assert html.headers["content-type"].startswith("text/html")
    assert "502 Bad Gateway" in html.text
    assert broken.status_code == 200
    assert broken.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(broken.text)
    assert unavailable.status_code == 503
    assert unavailable.headers["retry-after"] == "7"
    assert fine.status_code == 200
    assert len(fine.json()["data"]) == 20
    assert state.faults.pending == []


async def test_429_fault_answers_rate_limited(make_client, state: SandboxState) -> None:
    state.faults.inject("429", count=2, retry_after=3)
    async with make_client() as client:
        answers = [await client.get("/user/profile") for _ in range(3)]
    assert [a.status_code for a in answers] == [429, 429, 200]
    assert answers[0].json()["error"]["code"] == "rate_limited"
    assert answers[0].headers["retry-after"] == "3"
    assert answers[0].headers["x-ratelimit-remaining"] == "0"
    assert state.stats.rate_limited == 2
    assert state.stats.rate_limited_for(PRO) == 2


async def test_delay_then_normal_answer(make_client, state: SandboxState) -> None:
    state.faults.inject("delay", route="/user/profile", delay=0.3)
    async with make_client() as client:
        started = time.monotonic()
        slow = await client.get("/user/profile")
        slow_elapsed = time.monotonic() - started
        started = time.monotonic()
        await client.get("/user/profile")
        fast_elapsed = time.monotonic() - started
    assert slow.status_code == 200
    assert slow.json()["data"]["subscription"]["tier"] == "professional"
    assert slow_elapsed >= 0.3 > fast_elapsed


async def test_delay_after_effect_does_the_work_first(make_client, state: SandboxState) -> None:
    state.faults.inject("delay", route=KEYPOINTS, method="POST", delay=0.2, after_effect=True)
    async with make_client() as client:
        task_started = time.monotonic()
        response = await client.post(KEYPOINTS)
        elapsed = time.monotonic() - task_started
    assert response.status_code == 200
    assert elapsed >= 0.2
    assert state.account(PRO).conversations[NOT_READY].keypoints is not None
    assert state.stats.credits_spent() == 1


async def test_reset_in_process_raises_a_transport_error(make_client, state: SandboxState) -> None:
    state.faults.inject("reset", route="/conversations/{id}/transcript")
    async with make_client() as client:
        with pytest.raises(httpx.TransportError):
            await client.get(f"/conversations/{NOT_READY}/transcript")
        after = await client.get(f"/conversations/{NOT_READY}/transcript")
    assert after.status_code == 200
    assert state.stats.requests(route="/conversations/{id}/transcript") == 2
    assert state.stats.responses(status=200) == 1


async def test_fault_filters_by_route_and_method(make_client, state: SandboxState) -> None:
    state.faults.inject("500", route=f"/api/v1/conversations/{NOT_READY}/keypoints", method="GET")
    async with make_client() as client:
        other_method = await client.post(KEYPOINTS)
        other_route = await client.get("/conversations")
        hit = await client.get(KEYPOINTS)
    assert (other_method.status_code, other_route.status_code, hit.status_code) == (200, 200, 500)


def test_inject_rejects_unknown_kinds(state: SandboxState) -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        state.faults.inject("explode")
    with pytest.raises(ValueError, match="after_effect"):
        state.faults.inject("500", after_effect=True)
    with pytest.raises(ValueError, match="count"):
        state.faults.inject("500", count=0)


async def test_stats_count_routes_keys_and_bad_keys(make_client, state: SandboxState) -> None:
    async with make_client() as client:
        await client.get("/conversations")
        await client.get(f"/conversations/{NOT_READY}/transcript")
        await client.get(f"/conversations/{dataset.LONG_MEETING_ID}/transcript")
        await client.post(f"/conversations/{NOT_READY}/query", json={"query": "pricing"})
        await client.get("/no/such/route")
    async with make_client(None, auth="Bearer convo_wrong") as client:
        await client.get(f"/conversations/{NOT_READY}/transcript")
    stats = state.stats
    assert stats.requests(route="/conversations/{id}/transcript") == 3
    assert stats.requests(route="/conversations/{id}/transcript", key=PRO) == 2
    assert stats.requests(method="POST") == 1
    assert stats.requests(route="/api/v1/conversations", method="GET") == 1
    assert stats.total_requests == 6
    assert stats.credits_spent() == 1
    assert stats.credits_spent(PRO) == 1
    assert stats.responses(status=401) == 1
    assert stats.responses(status=404) == 1
    snapshot = stats.snapshot()
    assert snapshot["requests"]["GET /conversations/{id}/transcript"] == 3
    assert snapshot["byKey"][PRO]["creditsSpent"] == 1
    stats.reset()
    assert stats.total_requests == 0
    assert stats.credits_spent() == 0
    assert stats.snapshot()["requests"] == {}
