"""Dates at the edges, for accounts in zones east and west of UTC, against the sandbox over real HTTP
through the real SDK client: the earliest allowed date (2015-01-01) is accepted in every zone (its local
midnight is still 2014 in UTC east of Greenwich), the day before it is refused in the project's own form,
and the convo://commitments/{owner} resource answers in every zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from kit import World, call, call_ok, connected, error, sandbox_world, say, text, two_meetings

from convo_mcp.dates import EARLIEST, check_moment, parse_when

pytestmark = pytest.mark.anyio
KEY = "convo_dates_at_the_edges"
ZONES = ["Europe/Berlin", "Pacific/Auckland", "America/Los_Angeles", "Pacific/Kiritimati", "UTC"]


@pytest.fixture(params=ZONES[:3])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    with sandbox_world(tmp_path, KEY) as w:
        w.state.accounts[KEY].timezone = request.param
        yield w


@pytest.mark.parametrize("zone", ZONES)
def test_the_earliest_day_is_a_day_in_every_zone(zone: str) -> None:
    tz = ZoneInfo(zone)
    start, end = parse_when("2015-01-01", tz=tz), parse_when("2015-01-01", tz=tz, end_of_day=True)
    local_end = datetime(2015, 1, 2, tzinfo=tz).astimezone(UTC)
    assert start == max(EARLIEST, datetime(2015, 1, 1, tzinfo=tz).astimezone(UTC))  # nothing was recorded earlier
    assert end == local_end and start < end
    for before in ("2014-12-31", "2014-12-31T23:59:59Z"):
        with pytest.raises(ValueError, match=before):
            parse_when(before, tz=tz)
    # a date-time argument: the day as its offset says it counts
    assert check_moment(datetime(2015, 1, 1, tzinfo=tz)) == start
    with pytest.raises(ValueError, match="outside 2015-01-01"):
        check_moment(datetime(2014, 12, 30, 23, 59, tzinfo=tz))


async def test_the_earliest_date_is_accepted_and_the_day_before_refused(world: World) -> None:
    zone = world.state.accounts[KEY].timezone
    async with connected(world.app()) as client:
        account = await call_ok(client, "get_account")  # the profile, and with it the zone
        ledger = await call_ok(client, "track_commitments", since="2015-01-01", max_results=5)
        listed = await call_ok(client, "list_conversations", since="2015-01-01", until="2015-01-01")
        refused = await call(client, "track_commitments", since="2014-12-31")
        events = await call_ok(client, "list_calendar_events", time_min="2015-01-01T00:00:00+14:00",
                               time_max=(datetime.now(UTC) + timedelta(days=7)).isoformat())
    assert zone in text(account) or account.structured_content
    assert "since 2015-01-01" in text(ledger)
    assert listed.structured_content["conversations"] == []  # nothing recorded that day, and no refusal
    err = error(refused)
    assert err["code"] == "invalid_argument" and err["argument"] == "since"
    assert "'2014-12-31' is not a date between 2015-01-01 and a year from now" in err["message"]
    assert not events.is_error


async def test_the_commitments_resource_answers_in_every_zone(world: World) -> None:
    old, _new, lee, _dana = two_meetings(world)
    say(world, old, lee, "I'll send the revised SOW to Initech by Friday.")
    async with connected(world.app()) as client:
        await call_ok(client, "get_account")  # the zone, from the profile
        await call(client, "search_meetings", query="anything", deep=True)  # index every meeting
        tool = await call_ok(client, "track_commitments", owner=lee.split()[0], since="2015-01-01", max_results=200)
        resource = await client.read_resource(f"convo://commitments/{quote(lee)}")
    said = "\n".join(getattr(c, "text", "") for c in resource.contents)
    assert "revised SOW" in said and "not a date" not in said and "invalid" not in said.casefold()
    assert said.startswith(("Read the transcripts", f"{len(said.splitlines()) - 2} promises by {lee}"))
    assert any("revised SOW" in c["text"] for c in tool.structured_content["commitments"]), tool.structured_content
