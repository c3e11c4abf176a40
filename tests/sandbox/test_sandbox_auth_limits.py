"""Auth, tiers, envelopes, rate-limit headers and the rolling-hour window."""

from __future__ import annotations

import httpx
import pytest

from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset

pytestmark = pytest.mark.anyio

CID = dataset.DEMO_IDS[0]  # a 180-segment weekly sync with keypoints and feedback ready
ENDPOINTS: list[tuple[str, str, dict[str, object] | None]] = [
    ("GET", "/conversations", None),
    ("GET", "/conversations/{id}/transcript", None),
    ("GET", "/conversations/{id}/keypoints", None),
    ("POST", "/conversations/{id}/keypoints", {}),
    ("GET", "/conversations/{id}/feedback", None),
    ("POST", "/conversations/{id}/feedback", {}),
    ("POST", "/conversations/{id}/query", {"query": "pricing"}),
    ("POST", "/conversations/{id}/email", {}),
    ("POST", "/conversations/{id}/share", None),
    ("PATCH", "/conversations/{id}", {"title": "x"}),
    ("DELETE", "/conversations/{id}", None),
    ("GET", "/calendar/events", None),
    ("GET", "/user/profile", None),
    ("GET", "/webhooks", None),
    ("POST", "/webhooks", {"url": "https://example.com/h", "events": ["transcript.ready"]}),
    ("DELETE", "/webhooks?id=wh_missing", None),
    ("POST", "/webhooks/test", {"webhookId": "wh_missing"}),
]


def _error(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]
    return str(body["error"]["code"])


async def _call(client: httpx.AsyncClient, method: str, path: str, body: object) -> httpx.Response:
    return await client.request(method, path.replace("{id}", CID), json=body)


@pytest.mark.parametrize(
    "auth",
    [None, "convo_demo_starter", "Basic convo_demo_starter", "Bearer", "Bearer sk_live_123",
     "Bearer convo_unknown_key", "Bearer convo_bad key"],
)
async def test_missing_malformed_or_unknown_key_is_401_without_rate_headers(make_client, auth) -> None:
    async with make_client(None, auth=auth) as client:
        response = await client.get("/conversations")
    assert response.status_code == 401
    assert _error(response) == "unauthorized"
    assert "x-ratelimit-limit" not in response.headers


async def test_free_plan_is_forbidden_on_every_endpoint(make_client) -> None:
    async with make_client(DEMO_KEYS["free"]) as client:
        for method, path, body in ENDPOINTS:
            response = await _call(client, method, path, body)
            assert response.status_code == 403, (method, path)
            assert _error(response) == "forbidden"
            assert response.headers["x-ratelimit-limit"] == "100"


async def test_starter_is_forbidden_on_webhook_endpoints_only(make_client, state: SandboxState) -> None:
    async with make_client(DEMO_KEYS["starter"]) as client:
        for method, path, body in ENDPOINTS:
            response = await _call(client, method, path, body)
            if path.startswith("/webhooks"):
                assert response.status_code == 403, path
                assert _error(response) == "forbidden"
            else:
                assert response.status_code != 403, path
    assert state.account(DEMO_KEYS["starter"]).webhooks == {}


async def test_every_authenticated_answer_carries_rate_headers(make_client) -> None:
    async with make_client(DEMO_KEYS["enterprise"]) as client:
        remaining = []
        for method, path, body in ENDPOINTS:
            response = await _call(client, method, path, body)
            assert response.headers["x-ratelimit-limit"] == "2000"
            remaining.append(int(response.headers["x-ratelimit-remaining"]))
            assert int(response.headers["x-ratelimit-reset"]) > 0
        not_found = await client.get("/conversations/nope/transcript")
        invalid = await client.get("/conversations", params={"limit": 0})
    assert remaining == list(range(1999, 1999 - len(ENDPOINTS), -1))
    for response in (not_found, invalid):
        assert response.status_code in (400, 404)
        assert "x-ratelimit-remaining" in response.headers


async def test_unknown_route_is_json_404(make_client) -> None:
    async with make_client() as client:
        for path in ("/nothing", "/conversations/a/b/c", "/../../etc"):
            response = await client.get(path)
            assert response.status_code == 404
            assert _error(response) == "not_found"
        wrong_method = await client.put("/conversations")
    assert wrong_method.status_code == 405
    assert "GET" in wrong_method.headers["allow"]


async def test_rolling_window_refuses_then_frees_a_slot(make_client, state: SandboxState, clock) -> None:
    key = state.add_account("starter", "convo_test_window", rate_limit=3, conversations=2)
    start = clock.now
    async with make_client(key) as client:
        first = await client.get("/conversations")
        assert first.headers["x-ratelimit-reset"] == str(int(start) + 3600)
        clock.advance(600)
        await client.get("/conversations")
        clock.advance(600)
        third = await client.get("/conversations")
        assert third.headers["x-ratelimit-remaining"] == "0"
        clock.advance(60)
        refused = await client.get("/conversations")
        assert refused.status_code == 429
        assert _error(refused) == "rate_limited"
        assert refused.headers["retry-after"] == str(3600 - 1260)
        assert refused.headers["x-ratelimit-remaining"] == "0"
        assert refused.headers["x-ratelimit-reset"] == str(int(start) + 3600)
        clock.advance(100)
        again = await client.get("/conversations")  # refusals took no slot
        assert again.status_code == 429
        assert again.headers["retry-after"] == str(3600 - 1360)
        clock.advance(3600 - 1360)
        allowed = await client.get("/conversations")
        assert allowed.status_code == 200
        assert allowed.headers["x-ratelimit-remaining"] == "0"
        assert allowed.headers["x-ratelimit-reset"] == str(int(start) + 600 + 3600)
    assert state.stats.rate_limited == 2
    assert state.stats.rate_limited_for(key) == 2
    assert state.stats.responses(status=429, key=key) == 2


async def test_tier_limits_are_the_published_ones(make_client) -> None:
    for tier, limit in (("starter", "100"), ("professional", "500"), ("enterprise", "2000")):
        async with make_client(DEMO_KEYS[tier]) as client:
            response = await client.get("/user/profile")
        assert response.headers["x-ratelimit-limit"] == limit


async def test_starter_hits_its_hourly_limit(make_client, state: SandboxState) -> None:
    key = state.add_account("starter", "convo_test_hundred")
    async with make_client(key) as client:
        statuses = [(await client.get("/webhooks")).status_code for _ in range(101)]
    assert statuses[:100] == [403] * 100  # forbidden answers still count against the window
    assert statuses[100] == 429
    assert state.stats.requests(route="/webhooks", key=key) == 101


async def test_success_envelope(make_client) -> None:
    async with make_client() as client:
        response = await client.get("/user/profile")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert set(response.json()) == {"data"}
