"""The insight tools through the real SDK client (both eras), checked against the sandbox's ground truth."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from kit import call_ok as call

from convo_mcp.app import App
from convo_mcp.dates import day_floor
from convo_mcp.render import hms
from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset
from convo_mcp.sandbox.models import Conversation

pytestmark = pytest.mark.anyio
KP = "/conversations/{id}/keypoints"
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS)


def text(result: Any) -> str:
    return str(result.content[0].text)


def meetings(state: SandboxState, key: str | None = None, days: int = 30) -> list[Conversation]:
    since = day_floor(state.now(), days)
    return [c for c in state.account(key or DEMO_KEYS["professional"]).visible if c.start >= since]


async def test_briefing_on_acme_finds_its_meetings_decisions_and_owners(
    connect: Any, app: App, state: SandboxState
) -> None:
    async with connect(app) as client:
        r = await call(client, "prepare_briefing", who_or_what="Acme")
    s = r.structured_content
    acme = {c.id for c in meetings(state, days=90) if c.title.startswith("Acme Corp —")}
    assert len(acme) >= 5
    assert acme <= {m["id"] for m in s["meetings"]}
    assert all("named in the title" in m["why"] for m in s["meetings"] if m["id"] in acme)
    assert any("12% discount" in d["text"] for d in s["decisions"])
    owners = {a["owner"] for a in s["action_items"]}
    assert {"Jordan Blake", "Dana Whitfield"} <= owners
    jordan = [a for a in s["action_items"] if a["owner"] == "Jordan Blake"]
    assert any(a["item"] == "Get budget sign-off from finance" and a["conversation_id"] in acme for a in jordan)
    assert "Jordan Blake" in s["participants"]
    assert "Pricing" in s["topics"]
    assert s["next_event"]["summary"] == "Acme Corp — renewal signature"
    # the Acme meeting without a summary is named, with what would summarise it
    unsummarised = acme - dataset.KEYPOINTS_READY_IDS
    assert s["uncovered"]["no_summary"] == len(unsummarised) <= 5
    assert set(s["uncovered_ids"]["no_summary"]) == unsummarised
    assert all(cid in text(r) for cid in unsummarised)
    assert "summarize_missing" in text(r) and "12% discount" in text(r) and "{" not in text(r)
    assert state.stats.credits_spent() == 0 and state.stats.rate_limited == 0


async def test_action_items_for_dana_only_with_their_meeting(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        r = await call(client, "find_action_items", owner="dana")
        high = await call(client, "find_action_items", owner="Dana W.", priority="high")
        me = await call(client, "find_action_items", owner="me")
    items = r.structured_content["items"]
    truth: dict[str, set[str]] = {}
    for c in meetings(state):
        if c.keypoints is not None:
            for a in c.facts.action_items:
                if a.owner == "Dana Whitfield":
                    truth.setdefault(a.item, set()).add(c.id)
    assert items and {i["owner"] for i in items} == {"Dana Whitfield"}
    assert {i["item"] for i in items} == set(truth)
    by_id = {c.id: c for c in meetings(state)}
    for i in items:
        conv = by_id[i["conversation_id"]]
        assert i["conversation_id"] in truth[i["item"]]
        assert i["title"] == conv.title and i["day"] == conv.start.date().isoformat()
    assert high.structured_content["items"] and all(i["priority"] == "high" for i in high.structured_content["items"])
    assert {i["item"] for i in me.structured_content["items"]} == set(truth)
    assert state.stats.credits_spent() == 0


async def test_digest_of_last_week_groups_by_day_and_repeats_for_free(
    connect: Any, app: App, state: SandboxState
) -> None:
    since = (state.now() - timedelta(days=7)).date()
    start = datetime.combine(since, datetime.min.time(), tzinfo=UTC)
    truth = {c.id: c for c in state.account(DEMO_KEYS["professional"]).visible if c.start >= start}
    async with connect(app) as client:
        first = await call(client, "meeting_digest", since=since.isoformat())
        lists, kps = state.stats.requests(route="/conversations"), state.stats.requests(route=KP, method="GET")
        second = await call(client, "meeting_digest", since=since.isoformat())
        assert state.stats.requests(route="/conversations") == lists
        assert state.stats.requests(route=KP, method="GET") == kps
    s = first.structured_content
    seen = [m for d in s["days"] for m in d["meetings"]]
    assert {m["id"] for m in seen} == set(truth) and s["meetings"] == len(truth)
    days = [d["day"] for d in s["days"]]
    assert days == sorted(days) and len(set(days)) == len(days)
    for d in s["days"]:
        for m in d["meetings"]:
            conv = truth[m["id"]]
            assert conv.start.date().isoformat() == d["day"]
            assert m.get("not_read") == (None if conv.keypoints is not None else "no_summary")
            assert m.get("decisions", []) == (list(conv.facts.decisions) if conv.keypoints else [])
    assert s["total_minutes"] == pytest.approx(sum(c.duration_minutes for c in truth.values()))
    assert kps == len(truth) and s["requests_made"] == len(truth) + 1
    assert second.structured_content["requests_made"] == 0
    assert second.structured_content["days"] == s["days"]
    assert f"## {datetime.fromisoformat(days[-1]):%a %Y-%m-%d}" in text(first)
    assert state.stats.credits_spent() == 0


async def test_digest_until_is_inclusive_and_bad_range_refused(connect: Any, app: App, state: SandboxState) -> None:
    day = (state.now() - timedelta(days=6)).date()
    async with connect(app) as client:
        r = await call(client, "meeting_digest", since=day.isoformat(), until=day.isoformat())
        bad = await client.call_tool("meeting_digest", {"since": day.isoformat(), "until": "2000-01-01"})
    ids = {m["id"] for d in r.structured_content["days"] for m in d["meetings"]}
    assert ids == {c.id for c in state.account(DEMO_KEYS["professional"]).visible if c.start.date() == day}
    assert bad.is_error and bad.structured_content["error"]["code"] == "invalid_argument"


async def test_search_finds_the_phrase_with_its_timestamp(connect: Any, app: App, state: SandboxState) -> None:
    phrase = "list price is $24"
    truth: dict[str, set[tuple[str, str]]] = {}
    for c in meetings(state):
        for seg in c.segments:
            if phrase in seg.text.lower():
                truth.setdefault(c.id, set()).add((hms((seg.at - c.segments[0].at).total_seconds()), seg.speaker))
    assert truth
    async with connect(app) as client:
        r = await call(client, "search_meetings", text='"LIST PRICE is $24"', deep=True, max_results=25)
        transcripts = state.stats.requests(route="/conversations/{id}/transcript")
        again = await call(client, "search_meetings", query="pricing", speaker="jordan", max_results=1)
        assert state.stats.requests(route="/conversations/{id}/transcript") == transcripts  # served from the index
    found = r.structured_content["meetings"]
    assert {m["id"] for m in found} == set(truth)
    for m in found:
        assert {(s["time"], s["speaker"]) for s in m["snippets"]} <= truth[m["id"]]
        assert all(phrase in s["text"].lower() and len(s["text"]) <= 162 for s in m["snippets"])
    first = found[0]["snippets"][0]
    assert f"[{first['time']}] {first['speaker']}: " in text(r)
    jordan = again.structured_content
    said = [s for c in meetings(state) for s in c.segments
            if s.speaker == "Jordan Blake" and re.search(r"\bpric(e|es|ed|ing)\b", s.text.lower())]
    assert len(jordan["meetings"]) == 1 and jordan["total_hits"] == len(said) > 1
    snippets = jordan["meetings"][0]["snippets"]
    assert all(s["speaker"] == "Jordan Blake" and "pric" in s["text"].lower() for s in snippets)
    assert again.structured_content["requests_made"] == 0


async def test_progress_is_reported_and_increases(connect: Any, app: App, state: SandboxState) -> None:
    seen: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, total, message))

    since = (state.now() - timedelta(days=10)).date().isoformat()
    async with connect(app) as client:
        r = await client.call_tool("meeting_digest", {"since": since}, progress_callback=on_progress)
    assert not r.is_error
    values = [p for p, _, _ in seen]
    assert len(values) >= 5 and values == sorted(set(values))
    last, total, _ = seen[-1]
    assert total is not None and last == total


async def test_small_budget_gives_partial_results_without_429(
    connect: Any, state: SandboxState, make_app: Any
) -> None:
    key = state.add_account(tier="starter", key="convo_small", rate_limit=15, conversations="demo")
    async with connect(make_app(key)) as client:
        r = await call(client, "meeting_digest", since=(state.now() - timedelta(days=30)).date().isoformat())
    s = r.structured_content
    budget, read = s["uncovered"]["budget"], s["covered"] + s["uncovered"].get("no_summary", 0)
    assert budget and read and s["budget_resets_at"]
    assert s["requests_planned"] == read and s["requests_made"] <= 15
    newest = [c.id for c in sorted(state.account(key).visible, key=lambda c: c.start, reverse=True)]
    assert read + budget == len(newest)
    # the most recent were read; the first few left out are named, most recent first
    assert s["uncovered_ids"]["budget"] == newest[read:read + 5]
    assert all(cid in text(r) for cid in newest[read:read + 12])
    # the first line says the answer is partial, how much was read, and until when the rest waits
    reset = datetime.fromisoformat(s["budget_resets_at"].replace("Z", "+00:00")).astimezone(
        ZoneInfo(state.account(key).timezone))
    assert text(r).splitlines()[0] == (
        f"Partial answer: read {read} of {read + budget} meetings so far; {budget} not read until "
        f"{reset:%H:%M} {reset.tzname()} to keep the hourly request budget.")
    assert "resets at" in text(r)
    assert state.stats.rate_limited == 0 and state.stats.requests(key=key) <= 13  # the 10% reserve is kept
    assert state.stats.credits_spent() == 0


async def test_summarize_missing_spends_at_most_max_credits(connect: Any, app: App, state: SandboxState) -> None:
    ready = sorted(dataset.KEYPOINTS_READY_IDS)[0]
    ids = [ready, *NOT_READY[:3]]
    async with connect(app) as client:
        r = await call(client, "summarize_missing", conversation_ids=ids, max_credits=2)
        got = await call(client, "get_keypoints", conversation_id=NOT_READY[0])
    s = r.structured_content
    status = {x["id"]: x["status"] for x in s["results"]}
    assert status == {ready: "existing", NOT_READY[0]: "generated", NOT_READY[1]: "generated",
                      NOT_READY[2]: "not_generated"}
    assert s["credits_spent"] == 2 == state.stats.credits_spent()
    assert s["ai_generations_left"] == 98
    assert "Spent 2 AI generations" in text(r) and "98/100" in text(r)
    assert got.structured_content["available"] is True


async def test_summarize_missing_is_an_ai_tool_and_the_rest_read_only(connect: Any, app: App) -> None:
    async with connect(app) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    for name in ("prepare_briefing", "meeting_digest", "find_action_items", "search_meetings"):
        assert tools[name].annotations.read_only_hint is True, name
        assert len(tools[name].description or "") <= 200
        assert "ctx" not in tools[name].input_schema["properties"]
    assert tools["summarize_missing"].annotations.read_only_hint is False


async def test_briefing_and_calendar_show_the_persons_local_time_labelled(
    connect: Any, app: App, state: SandboxState
) -> None:
    from zoneinfo import ZoneInfo

    zone = state.account(DEMO_KEYS["professional"]).timezone
    async with connect(app) as client:
        brief = await call(client, "prepare_briefing", who_or_what="Acme")
        cal = await call(client, "list_calendar_events", max_results=3)
    event = brief.structured_content["next_event"]
    start = datetime.fromisoformat(event["start"])
    local = start.astimezone(ZoneInfo(zone))
    utc = start.astimezone(UTC)
    assert local.utcoffset() != utc.utcoffset()  # the check means something: the zone is not UTC
    assert f"{local:%a %Y-%m-%d %H:%M} {local.tzname()} ({utc:%H:%M} UTC)" in text(brief)
    first = cal.structured_content["events"][0]
    first_local = datetime.fromisoformat(first["start"]).astimezone(ZoneInfo(zone))
    assert text(cal).startswith(f"{first_local:%a %Y-%m-%d %H:%M} {first_local.tzname()} (")
