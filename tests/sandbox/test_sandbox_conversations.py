"""The /conversations routes: list, transcript, share, rename, soft delete and validation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset

pytestmark = pytest.mark.anyio

PRO = DEMO_KEYS["professional"]
SUMMARY_KEYS = {"id", "title", "startTime", "endTime", "duration", "segmentCount", "linkedCalendarEventId"}


def _code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def _ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def test_list_shape_order_and_default_page(make_client, state: SandboxState) -> None:
    async with make_client() as client:
        response = await client.get("/conversations")
    body = response.json()
    assert response.status_code == 200
    assert body["pagination"] == {"total": len(dataset.DEMO_IDS), "limit": 20, "offset": 0}
    items = body["data"]
    assert len(items) == 20
    assert all(set(i) == SUMMARY_KEYS for i in items)
    starts = [_ts(i["startTime"]) for i in items]
    assert starts == sorted(starts, reverse=True)
    conv = state.account(PRO).conversations[items[0]["id"]]
    assert items[0]["title"] == conv.title
    assert items[0]["segmentCount"] == conv.segment_count
    assert items[0]["duration"] == round((_ts(items[0]["endTime"]) - starts[0]).total_seconds() / 60)
    assert items[0]["startTime"].endswith("Z")


async def test_pagination_beyond_one_hundred(make_client, state: SandboxState) -> None:
    key = state.add_account("professional", "convo_test_many", conversations=150)
    seen: list[str] = []
    async with make_client(key) as client:
        for offset in (0, 100, 200):
            page = (await client.get("/conversations", params={"limit": 100, "offset": offset})).json()
            assert page["pagination"] == {"total": 150, "limit": 100, "offset": offset}
            seen += [item["id"] for item in page["data"]]
    assert len(seen) == len(set(seen)) == 150


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": "ten"}, {"limit": "1.5"}, {"offset": -1}, {"offset": "x"},
     {"since": "yesterday"}, {"since": "2026-13-45"}, {"since": "12/03/2026"}],
)
async def test_list_validation_errors(make_client, params) -> None:
    async with make_client() as client:
        response = await client.get("/conversations", params=params)
    assert response.status_code == 400
    assert _code(response) == "validation_error"


async def test_search_is_case_insensitive_title_substring(make_client) -> None:
    async with make_client() as client:
        body = (await client.get("/conversations", params={"search": "ACME corp", "limit": 100})).json()
        none = (await client.get("/conversations", params={"search": "zzz-no-such"})).json()
    titles = [i["title"] for i in body["data"]]
    assert len(titles) >= 3
    assert all("acme corp" in t.lower() for t in titles)
    assert body["pagination"]["total"] == len(titles)
    assert none == {"data": [], "pagination": {"total": 0, "limit": 20, "offset": 0}}


async def test_since_filters_to_later_conversations(make_client, clock) -> None:
    since = datetime.fromtimestamp(clock.now, UTC) - timedelta(days=7)
    async with make_client() as client:
        body = (await client.get("/conversations", params={"since": since.isoformat(), "limit": 100})).json()
        zulu = (await client.get("/conversations",
                                 params={"since": since.strftime("%Y-%m-%dT%H:%M:%SZ"), "limit": 100})).json()
    assert body == zulu
    assert 5 <= body["pagination"]["total"] < len(dataset.DEMO_IDS)
    assert all(_ts(i["startTime"]) > since for i in body["data"])


async def test_transcript_shape(make_client, state: SandboxState) -> None:
    cid = dataset.LONG_MEETING_ID
    async with make_client() as client:
        response = await client.get(f"/conversations/{cid}/transcript")
    data = response.json()["data"]
    assert set(data) == {"id", "segments"}
    assert data["id"] == cid
    assert len(data["segments"]) == state.account(PRO).conversations[cid].segment_count >= 1400
    assert all(set(s) == {"text", "speaker", "timestamp"} for s in data["segments"])
    times = [_ts(s["timestamp"]) for s in data["segments"]]
    assert times == sorted(times)


@pytest.mark.parametrize("cid", ["sess_doesnotexist", "sess_bad!id", "sess%20space", "sess.dot"])
async def test_unknown_or_invalid_ids_are_404(make_client, cid) -> None:
    async with make_client() as client:
        for method, suffix in (("GET", "/transcript"), ("GET", "/keypoints"), ("POST", "/share"),
                               ("DELETE", ""), ("POST", "/query")):
            response = await client.request(method, f"/conversations/{cid}{suffix}", json={"query": "x"})
            assert response.status_code == 404, (method, suffix)
            assert _code(response) == "not_found"


async def test_share_is_idempotent(make_client) -> None:
    cid = dataset.DEMO_IDS[5]
    async with make_client() as client:
        first = (await client.post(f"/conversations/{cid}/share")).json()["data"]
        second = (await client.post(f"/conversations/{cid}/share")).json()["data"]
    assert first == second
    assert first["id"] == cid
    assert first["shareUrl"].startswith("https://www.itsconvo.com/share/")


async def test_rename_and_its_validation(make_client, state: SandboxState) -> None:
    cid = dataset.DEMO_IDS[3]
    async with make_client() as client:
        renamed = await client.patch(f"/conversations/{cid}", json={"title": "  Standup (renamed)  "})
        listed = (await client.get("/conversations", params={"search": "renamed"})).json()["data"]
        bad = [await client.patch(f"/conversations/{cid}", json=body)
               for body in ({}, {"title": ""}, {"title": "   "}, {"title": 7}, {"title": "x" * 201})]
        raw = await client.patch(f"/conversations/{cid}", content=b"{not json",
                                 headers={"Content-Type": "application/json"})
        limit_ok = await client.patch(f"/conversations/{cid}", json={"title": "y" * 200})
    assert renamed.json() == {"data": {"id": cid, "title": "Standup (renamed)"}}
    assert [i["id"] for i in listed] == [cid]
    assert all(r.status_code == 400 and _code(r) == "validation_error" for r in [*bad, raw])
    assert limit_ok.status_code == 200
    assert state.account(PRO).conversations[cid].title == "y" * 200


async def test_soft_delete_hides_everywhere(make_client, state: SandboxState) -> None:
    cid = next(iter(sorted(dataset.KEYPOINTS_READY_IDS & dataset.FEEDBACK_READY_IDS)))
    async with make_client() as client:
        deleted = await client.delete(f"/conversations/{cid}")
        listed = (await client.get("/conversations", params={"limit": 100})).json()
        after = [await client.request(m, f"/conversations/{cid}{s}", json={"query": "x", "title": "t"})
                 for m, s in (("GET", "/transcript"), ("GET", "/keypoints"), ("GET", "/feedback"),
                              ("POST", "/keypoints"), ("POST", "/query"), ("POST", "/email"),
                              ("POST", "/share"), ("PATCH", ""), ("DELETE", ""))]
    assert deleted.json() == {"data": {"id": cid, "deleted": True}}
    assert cid not in [i["id"] for i in listed["data"]]
    assert listed["pagination"]["total"] == len(dataset.DEMO_IDS) - 1
    assert [r.status_code for r in after] == [404] * len(after)
    assert state.account(PRO).conversations[cid].deleted  # soft: still stored
    assert state.stats.credits_spent() == 0
    other = state.account(DEMO_KEYS["enterprise"]).conversations[cid]
    assert not other.deleted  # accounts do not share data
