"""Webhook CRUD, plan limits, and signed deliveries received by a real local HTTP receiver."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from convo_mcp.sandbox import DEMO_KEYS, EVENTS, SandboxState, dataset, running_asgi_app, sign, simulate

pytestmark = pytest.mark.anyio

PRO = DEMO_KEYS["professional"]
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS
                   - dataset.SHORT_MEETING_IDS)[0]


@dataclass
class Receiver:
    url: str = ""
    status: int = 200
    delay: float = 0.0
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)

    async def endpoint(self, request: Request) -> Response:
        self.received.append((dict(request.headers), await request.body()))
        await asyncio.sleep(self.delay)
        return Response("ok", status_code=self.status)

    def events(self) -> list[str]:
        return [json.loads(body)["event"] for _, body in self.received]


@pytest.fixture(scope="module")
def receiver_server() -> Iterator[Receiver]:
    receiver = Receiver()
    app = Starlette(routes=[Route("/hook", receiver.endpoint, methods=["POST"])])
    with running_asgi_app(app) as root:
        receiver.url = root + "/hook"
        yield receiver


@pytest.fixture
def receiver(receiver_server: Receiver) -> Receiver:
    receiver_server.received.clear()
    receiver_server.status, receiver_server.delay = 200, 0.0
    return receiver_server


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hook"


async def _register(client: httpx.AsyncClient, url: str, events: list[str]) -> dict[str, str]:
    response = await client.post("/webhooks", json={"url": url, "events": events})
    assert response.status_code == 201, response.text
    data: dict[str, str] = response.json()["data"]
    return data


async def test_create_list_delete(make_client) -> None:
    async with make_client() as client:
        created = await _register(client, "https://hooks.example.com/convo", ["transcript.ready"])
        listed = (await client.get("/webhooks")).json()["data"]
        deleted = await client.delete("/webhooks", params={"id": created["id"]})
        again = await client.delete("/webhooks", params={"id": created["id"]})
        missing = await client.delete("/webhooks")
        empty = (await client.get("/webhooks")).json()["data"]
    assert created["id"].startswith("wh_")
    assert created["secret"].startswith("whsec_")
    assert set(created) == {"id", "url", "events", "secret", "createdAt"}
    assert listed == [{k: v for k, v in created.items() if k != "secret"}]
    assert deleted.json() == {"data": {"id": created["id"], "deleted": True}}
    assert again.status_code == 404
    assert again.json()["error"]["code"] == "not_found"
    assert missing.status_code == 400
    assert missing.json()["error"]["code"] == "validation_error"
    assert empty == []


@pytest.mark.parametrize(
    "body",
    [{}, {"url": "http://hooks.example.com/x", "events": ["transcript.ready"]},
     {"url": "ftp://hooks.example.com/x", "events": ["transcript.ready"]},
     {"url": "https://", "events": ["transcript.ready"]},
     {"url": "https://hooks.example.com/x"}, {"url": "https://hooks.example.com/x", "events": []},
     {"url": "https://hooks.example.com/x", "events": ["conversation.exploded"]},
     {"url": "https://hooks.example.com/x", "events": "transcript.ready"}],
)
async def test_create_validation(make_client, clock, body) -> None:
    strict = SandboxState.demo(clock=clock)  # HTTPS only, as the real API
    async with make_client(on=strict) as client:
        response = await client.post("/webhooks", json=body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"
    assert strict.account(PRO).webhooks == {}


async def test_professional_limit_is_three_enterprise_unlimited(make_client) -> None:
    url = "https://hooks.example.com/x"
    async with make_client() as client:
        statuses = [(await client.post("/webhooks", json={"url": url, "events": list(EVENTS[:2])})).status_code
                    for _ in range(4)]
        refused = await client.post("/webhooks", json={"url": url, "events": ["transcript.ready"]})
    async with make_client(DEMO_KEYS["enterprise"]) as client:
        many = [(await client.post("/webhooks", json={"url": url, "events": ["transcript.ready"]})).status_code
                for _ in range(6)]
    assert statuses == [201, 201, 201, 403]
    assert refused.json()["error"]["code"] == "forbidden"
    assert many == [201] * 6


async def test_signed_deliveries_on_keypoints(make_client, state: SandboxState, receiver: Receiver) -> None:
    async with make_client() as client:
        hook = await _register(client, receiver.url, ["conversation.keypoints.ready", "conversation.summary.ready",
                                                      "conversation.action_items.ready"])
        data = (await client.post(f"/conversations/{NOT_READY}/keypoints")).json()["data"]
        assert await state.wait_for_deliveries(5.0, count=3)
    assert sorted(receiver.events()) == sorted(["conversation.keypoints.ready", "conversation.summary.ready",
                                                "conversation.action_items.ready"])
    for headers, body in receiver.received:
        expected = hmac.new(hook["secret"].encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["x-convo-signature"], expected)
        assert headers["content-type"] == "application/json"
        payload = json.loads(body)
        assert headers["x-convo-event"] == payload["event"]
        assert set(payload) == {"event", "data", "timestamp"}
        assert payload["data"]["conversationId"] == NOT_READY
    by_event = {json.loads(b)["event"]: json.loads(b)["data"] for _, b in receiver.received}
    assert by_event["conversation.summary.ready"]["sectionCount"] == len(data["keypoints"]["sections"])
    assert by_event["conversation.action_items.ready"]["actionItemCount"] == len(data["keypoints"]["actionItems"])
    assert by_event["conversation.keypoints.ready"]["title"] == data["title"]
    assert all(d.ok and d.status == 200 for d in state.deliveries)
    assert state.deliveries[0].signature == sign(hook["secret"], state.deliveries[0].body)


async def test_only_subscribed_events_and_each_mutation(make_client, state: SandboxState,
                                                        receiver: Receiver) -> None:
    cid = dataset.DEMO_IDS[10]
    async with make_client() as client:
        await _register(client, receiver.url, ["conversation.updated", "conversation.shared",
                                               "conversation.deleted", "conversation.feedback.ready"])
        await client.post(f"/conversations/{cid}/keypoints", json={"forceRefresh": True})  # not subscribed
        await client.patch(f"/conversations/{cid}", json={"title": "Renamed"})
        share = (await client.post(f"/conversations/{cid}/share")).json()["data"]
        feedback = (await client.post(f"/conversations/{cid}/feedback")).json()["data"]
        await client.delete(f"/conversations/{cid}")
        assert await state.wait_for_deliveries(5.0, count=4)
    payloads = {json.loads(b)["event"]: json.loads(b)["data"] for _, b in receiver.received}
    assert payloads == {
        "conversation.updated": {"conversationId": cid, "title": "Renamed"},
        "conversation.shared": {"conversationId": cid, "shareUrl": share["shareUrl"]},
        "conversation.feedback.ready": {"conversationId": cid, "overallScore": feedback["overallScore"]},
        "conversation.deleted": {"conversationId": cid},
    }


async def test_delivery_does_not_block_the_answer(make_client, state: SandboxState, receiver: Receiver) -> None:
    receiver.delay = 0.6
    async with make_client() as client:
        await _register(client, receiver.url, ["conversation.updated"])
        started = time.monotonic()
        response = await client.patch(f"/conversations/{NOT_READY}", json={"title": "Fast"})
        elapsed = time.monotonic() - started
        assert state.webhooks.pending == 1
        assert await state.wait_for_deliveries(5.0)
    assert response.status_code == 200
    assert elapsed < 0.4
    assert [d.status for d in state.deliveries] == [200]


async def test_webhook_test_endpoint_reports_status(make_client, state: SandboxState,
                                                    receiver: Receiver) -> None:
    async with make_client() as client:
        good = await _register(client, receiver.url, ["transcript.ready"])
        dead = await _register(client, _closed_port_url(), ["transcript.ready"])
        ok = (await client.post("/webhooks/test", json={"webhookId": good["id"]})).json()["data"]
        receiver.status = 500
        failing = (await client.post("/webhooks/test", json={"webhookId": good["id"]})).json()["data"]
        unreachable = (await client.post("/webhooks/test", json={"webhookId": dead["id"]})).json()["data"]
        unknown = await client.post("/webhooks/test", json={"webhookId": "wh_nope"})
        missing = await client.post("/webhooks/test", json={})
    assert ok == {"webhookId": good["id"], "statusCode": 200, "success": True}
    assert failing == {"webhookId": good["id"], "statusCode": 500, "success": False}
    assert unreachable == {"webhookId": dead["id"], "statusCode": None, "success": False}
    assert unknown.status_code == 404
    assert missing.status_code == 400
    headers, body = receiver.received[0]
    assert headers["x-convo-event"] == "webhook.test"
    assert json.loads(body)["data"] == {"message": "This is a test webhook from Convo"}
    assert headers["x-convo-signature"] == sign(good["secret"], body)
    assert state.deliveries[-1].error is not None
    assert state.deliveries[-1].status is None


async def test_simulated_recording_and_transcript(make_client, state: SandboxState, receiver: Receiver) -> None:
    async with make_client() as client:
        await _register(client, receiver.url, ["conversation.created", "transcript.ready", "transcript.failed"])
        created = await simulate(state, PRO, "conversation.created")
        ready = await simulate(state, PRO, "transcript.ready", created["conversationId"])
        failed = await simulate(state, PRO, "transcript.failed")
        newest = (await client.get("/conversations", params={"limit": 1})).json()["data"][0]
        assert await state.wait_for_deliveries(5.0, count=3)
    assert newest["id"] == created["conversationId"] == ready["conversationId"]
    payloads = [json.loads(b) for _, b in receiver.received]
    by_event = {p["event"]: p["data"] for p in payloads}
    assert by_event["conversation.created"] == {"conversationId": newest["id"]}
    assert by_event["transcript.ready"] == {"conversationId": newest["id"], "segmentCount": newest["segmentCount"]}
    assert by_event["transcript.failed"]["conversationId"] == failed["conversationId"]
    assert by_event["transcript.failed"]["error"]
    with pytest.raises(ValueError, match="unknown event"):
        await simulate(state, PRO, "conversation.exploded")
