"""Answers that are true as they read (not found is not found, a partial answer says so first, one
clock, dates as people say them), against the sandbox over real HTTP through the SDK client."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from kit import World, call, connected, error, sandbox_world, text

from convo_mcp.sandbox import dataset

pytestmark = pytest.mark.anyio
KEY = "convo_true_answers"
ACME_PRICING = "sess_f5147f8c8b68"  # keypoints ready
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS
                   - dataset.SHORT_MEETING_IDS)


@pytest.fixture
def world(tmp_path: Path) -> Any:
    with sandbox_world(tmp_path, KEY) as w:
        w.state.accounts[KEY].timezone = "Europe/Berlin"
        yield w


async def test_a_meeting_that_does_not_exist_is_not_found_not_unsummarised(world: World) -> None:
    other = world.account(conversations=3)  # another account's meeting is as absent as a made-up id
    foreign = next(iter(world.state.accounts[other].conversations))
    assert foreign not in world.state.accounts[KEY].conversations
    async with connected(world.app()) as client:
        for tool in ("get_keypoints", "get_feedback", "generate_keypoints", "generate_feedback"):
            err = error(await call(client, tool, conversation_id="sess_nope"))
            assert err["code"] == "not_found", (tool, err)
            assert "no meeting 'sess_nope'" in err["message"] and "list_conversations" in err["hint"]
        posts = world.state.stats.requests(route="/conversations/{id}/keypoints", method="POST")
        err = error(await call(client, "generate_keypoints", conversation_id="sess_nope", regenerate=True))
        assert err["code"] == "not_found"
        assert world.state.stats.requests(route="/conversations/{id}/keypoints", method="POST") == posts == 0
        assert world.state.stats.credits_spent(KEY) == 0
        assert error(await call(client, "get_keypoints", conversation_id=foreign))["code"] == "not_found"
        # a real meeting without keypoints still says "not yet", and what creating them costs
        before = world.requests()
        r = await call(client, "get_keypoints", conversation_id=NOT_READY[0])
        assert not r.is_error and r.structured_content["available"] is False
        assert text(r).startswith(f"No keypoints yet for {NOT_READY[0]}")
        spent = world.requests() - before
        # listed first, the meeting is known: the "not yet" costs the keypoints GET alone
        await call(client, "list_conversations", limit=50)
        before = world.requests()
        r = await call(client, "get_feedback", conversation_id=NOT_READY[1])
        assert r.structured_content["available"] is False
        assert world.requests() - before == 1 and spent == 2


async def test_a_partial_answer_says_so_on_its_first_line(world: World) -> None:
    key = world.account("starter", rate_limit=15)
    world.state.accounts[key].timezone = "Europe/Berlin"
    async with connected(world.app(key)) as client:
        r = await call(client, "find_action_items", owner="Dana", since="2026-01-01")
    s = r.structured_content
    unread = sum(n for why, n in s["uncovered"].items() if why != "no_summary")
    total = s["covered"] + s["uncovered"].get("no_summary", 0) + unread
    assert unread > 0 and s["budget_resets_at"]
    first, second = text(r).splitlines()[:2]
    reset = datetime.fromisoformat(s["budget_resets_at"].replace("Z", "+00:00")).astimezone(ZoneInfo("Europe/Berlin"))
    assert first.startswith(f"Partial answer: read {total - unread} of {total} meetings so far; ")
    assert f"not read until {reset:%H:%M} {reset.tzname()}" in first and reset.tzname() in ("CET", "CEST")
    assert second.startswith(f"{len(s['items'])} action items owned by Dana in the {total - unread} of {total} "
                             "meetings read so far")


async def test_one_clock_the_accounts_zone_labelled_and_its_local_days(world: World) -> None:
    world.state.accounts[KEY].timezone = "Pacific/Auckland"  # far enough from UTC that days differ
    local_zone = ZoneInfo("Pacific/Auckland")
    convs = sorted(world.state.accounts[KEY].visible, key=lambda c: c.start, reverse=True)
    async with connected(world.app()) as client:
        listed = await call(client, "list_conversations", limit=5)
        digest = await call(client, "meeting_digest", since="2026-01-01")
    for line, conv in zip(text(listed).splitlines(), convs[:5], strict=False):
        local = conv.start.astimezone(local_zone)
        assert f" · {local:%Y-%m-%d %H:%M} {local.tzname()} · " in line, line
    s = digest.structured_content
    assert s["time_zone"] == "Pacific/Auckland" and "Times are Pacific/Auckland." in text(digest).splitlines()[0]
    by_day: dict[str, list[str]] = {}
    for conv in convs:
        by_day.setdefault(conv.start.astimezone(local_zone).date().isoformat(), []).append(conv.id)
    days = {d["day"]: sorted(m["id"] for m in d["meetings"]) for d in s["days"]}
    assert days == {day: sorted(ids) for day, ids in by_day.items() if day in days}
    assert any(c.start.astimezone(local_zone).date() != c.start.astimezone(UTC).date() for c in convs), \
        "the data has meetings whose local day is not their UTC day (else this test could not fail)"
    meeting = s["days"][0]["meetings"][0]
    assert meeting["time"].endswith((" NZDT", " NZST"))


async def test_days_as_people_say_them(world: World) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    today = datetime.now(UTC).astimezone(berlin).date()
    monday = today - timedelta(days=today.weekday())
    convs = world.state.accounts[KEY].visible
    async with connected(world.app()) as client:
        digest = await call(client, "meeting_digest")  # the last 7 days when no since is given
        week = await call(client, "find_action_items", since="last week", until="last week")
        listed = await call(client, "list_conversations", since="yesterday", until="yesterday", limit=100)
        ago = await call(client, "list_conversations", since="-3d", limit=100)
        bad = await call(client, "meeting_digest", since="the other day")
    since = datetime.fromisoformat(digest.structured_content["since"].replace("Z", "+00:00"))
    assert since.astimezone(berlin) == datetime.combine(today - timedelta(days=7), time(), tzinfo=berlin)
    assert not week.is_error and datetime.fromisoformat(week.structured_content["since"].replace(
        "Z", "+00:00")).astimezone(berlin) == datetime.combine(monday - timedelta(days=7), time(), tzinfo=berlin)
    yesterday = today - timedelta(days=1)
    assert {c["id"] for c in listed.structured_content["conversations"]} == \
        {c.id for c in convs if c.start.astimezone(berlin).date() == yesterday}
    assert ago.structured_content["conversations"]
    assert {c["id"] for c in ago.structured_content["conversations"]} == \
        {c.id for c in convs if c.start.astimezone(berlin).date() >= today - timedelta(days=3)}
    err = error(bad)
    assert err["code"] == "invalid_argument" and err["argument"] == "since" and "last week" in err["hint"]


async def test_search_coverage_counts_by_source_and_says_why_deep_stopped(world: World) -> None:
    key = world.account("starter", rate_limit=25)
    world.state.accounts[key].timezone = "Europe/Berlin"
    async with connected(world.app(key)) as client:
        await call(client, "get_account")  # the profile (and so the zone) is known
        r = await call(client, "search_meetings", query="pricing", deep=True)
    cov = r.structured_content["coverage"]
    assert cov["not_indexed"] and cov["searched"] < cov["known"]
    body = text(r)
    assert (f"Searched the titles of all {cov['known']} meetings in range, the summaries this server holds, and the "
            f"transcripts of {cov['searched']}; {cov['not_indexed']} transcripts not indexed yet") in body
    stop = body[body.index("deep=true stopped there"):]
    assert "to keep the hourly request budget; it resets at " in stop
    assert stop.split("resets at ")[1].split(":")[0].isdigit() and (" CET:" in stop or " CEST:" in stop)
    assert world.state.stats.rate_limited_for(key) == 0
