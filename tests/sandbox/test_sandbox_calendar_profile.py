"""/calendar/events and /user/profile."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from convo_mcp.sandbox import DEMO_KEYS, SandboxState

pytestmark = pytest.mark.anyio

PRO = DEMO_KEYS["professional"]


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def test_upcoming_events_shape(make_client, clock) -> None:
    now = datetime.fromtimestamp(clock.now, UTC)
    async with make_client() as client:
        default = (await client.get("/calendar/events")).json()["data"]
        two = (await client.get("/calendar/events", params={"maxResults": 2})).json()["data"]
        fifty = (await client.get("/calendar/events", params={"maxResults": 50})).json()["data"]
    assert 6 <= len(default) <= 10
    assert len(fifty) == len(default)
    assert two == default[:2]
    event = default[0]
    assert set(event) == {"id", "summary", "start", "end", "attendees"}
    assert set(event["start"]) == {"dateTime", "timeZone"}
    assert {"email", "displayName", "responseStatus"} == set(event["attendees"][0])
    starts = [_dt(e["start"]["dateTime"]) for e in default]
    assert starts == sorted(starts)
    assert all(now < s < now + timedelta(days=14) for s in starts)
    assert any("Acme Corp" in e["summary"] for e in default)


async def test_time_window_and_linked_conversation_events(make_client, state: SandboxState, clock) -> None:
    now = datetime.fromtimestamp(clock.now, UTC)
    conv = next(c for c in state.account(PRO).visible if c.linked_event_id)
    async with make_client() as client:
        past = (await client.get("/calendar/events", params={
            "timeMin": (conv.start - timedelta(minutes=1)).isoformat(),
            "timeMax": (conv.start + timedelta(minutes=1)).isoformat(), "maxResults": 50,
        })).json()["data"]
        soon = (await client.get("/calendar/events", params={
            "timeMin": now.isoformat(), "timeMax": (now + timedelta(days=3)).isoformat(),
        })).json()["data"]
    assert [e["id"] for e in past] == [conv.linked_event_id]
    assert past[0]["summary"] == conv.title
    assert 1 <= len(soon) < 6


@pytest.mark.parametrize(
    "params",
    [{"maxResults": 0}, {"maxResults": 51}, {"maxResults": "many"}, {"timeMin": "soon"},
     {"timeMax": "2026-99-01"}],
)
async def test_calendar_validation(make_client, params) -> None:
    async with make_client() as client:
        response = await client.get("/calendar/events", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"


async def test_calendar_not_connected(make_client, state: SandboxState) -> None:
    key = state.add_account("professional", "convo_test_nocal", calendar_connected=False)
    async with make_client(key) as client:
        response = await client.get("/calendar/events")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"
    assert "Google Calendar is not connected" in response.json()["error"]["message"]


async def test_profile_shape(make_client) -> None:
    async with make_client(DEMO_KEYS["starter"]) as client:
        data = (await client.get("/user/profile")).json()["data"]
    assert set(data) == {"profile", "subscription", "apiUsage"}
    assert set(data["profile"]) == {"name", "email", "timezone", "language", "profilePictureUrl", "createdAt"}
    assert data["profile"]["name"] == "Dana Whitfield"
    assert data["subscription"] == {"tier": "starter", "status": "active", "currentPeriodEnd": "2026-04-01T00:00:00Z"}
    assert data["apiUsage"] == {"aiGenerations": {"used": 0, "limit": 10, "remaining": 10,
                                                  "resetsAt": "2026-04-01T00:00:00Z"}}
