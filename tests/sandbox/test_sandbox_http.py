"""The sandbox over real HTTP (uvicorn in a background thread) and its /_sandbox control routes."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset, running_sandbox

PRO = DEMO_KEYS["professional"]
AUTH = {"Authorization": f"Bearer {PRO}"}
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS
                   - dataset.SHORT_MEETING_IDS)[0]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[SandboxState, str]]:
    state = SandboxState.demo()
    with running_sandbox(state) as base_url:
        yield state, base_url


def test_real_http_roundtrip_shares_state(server) -> None:
    state, base_url = server
    assert base_url.startswith("http://127.0.0.1:")
    assert base_url.endswith("/api/v1")
    before = state.stats.requests(route="/conversations")
    with httpx.Client(base_url=base_url, headers=AUTH, trust_env=False) as client:
        listed = client.get("/conversations", params={"limit": 5})
        transcript = client.get(f"/conversations/{dataset.LONG_MEETING_ID}/transcript")
        unauthorized = client.get("/conversations", headers={"Authorization": "Bearer convo_nope"})
    assert listed.status_code == 200
    assert len(listed.json()["data"]) == 5
    assert int(listed.headers["x-ratelimit-remaining"]) < 500
    assert len(transcript.json()["data"]["segments"]) == state.account(PRO).conversations[
        dataset.LONG_MEETING_ID].segment_count
    assert unauthorized.status_code == 401
    assert state.stats.requests(route="/conversations") == before + 2


def test_reset_fault_drops_the_connection(server) -> None:
    state, base_url = server
    state.faults.inject("reset", route="/user/profile")
    with httpx.Client(base_url=base_url, headers=AUTH, trust_env=False) as client:
        with pytest.raises(httpx.TransportError):
            client.get("/user/profile")
        assert client.get("/user/profile").status_code == 200


def test_client_timeout_after_the_work_was_done(server) -> None:
    state, base_url = server
    path = f"/conversations/{NOT_READY}/keypoints"
    spent = state.stats.credits_spent(PRO)
    state.faults.inject("delay", route=path, method="POST", delay=1.0, after_effect=True)
    with httpx.Client(base_url=base_url, headers=AUTH, trust_env=False) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.post(path, timeout=0.3)
        stored = client.get(path)
    assert stored.status_code == 200
    assert stored.json()["data"]["id"] == NOT_READY
    assert state.stats.credits_spent(PRO) == spent + 1


def test_control_routes(server) -> None:
    state, base_url = server
    root = base_url.removesuffix("/api/v1")
    with httpx.Client(base_url=root, trust_env=False) as control:
        assert control.get("/_sandbox/health").json()["status"] == "ok"
        assert control.post("/_sandbox/reset-stats").status_code == 200
        injected = control.post("/_sandbox/faults", json={"kind": "500", "count": 1, "route": "/webhooks"})
        bad_fault = control.post("/_sandbox/faults", json={"kind": "explode"})
        faulted = control.get("/api/v1/webhooks", headers=AUTH)
        created = control.post("/_sandbox/simulate", json={"key": PRO, "event": "conversation.created"})
        bad_event = control.post("/_sandbox/simulate", json={"key": PRO, "event": "nope"})
        unknown_key = control.post("/_sandbox/simulate", json={"key": "convo_x", "event": "transcript.ready"})
        newest = control.get("/api/v1/conversations", params={"limit": 1}, headers=AUTH).json()["data"][0]
        stats = control.get("/_sandbox/stats").json()
    assert injected.json()["data"]["kind"] == "500"
    assert bad_fault.status_code == 400
    assert faulted.status_code == 500
    assert created.json()["data"]["conversationId"] == newest["id"]
    assert bad_event.status_code == 400
    assert unknown_key.status_code == 404
    assert stats["totalRequests"] == 2  # control routes are not counted
    assert stats["requests"] == {"GET /conversations": 1, "GET /webhooks": 1}
    assert stats["statuses"] == {"200": 1, "500": 1}
    assert state.stats.total_requests == 2
