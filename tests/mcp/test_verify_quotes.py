"""``verify_quotes`` against the sandbox over real HTTP through the real SDK client: each verdict with
its evidence and citation, a quote that runs over two lines of one speaker, a quote said in another
meeting, another account's meeting (not found, and no hint that it exists), and what it costs (no
request on indexed meetings; one transcript read for a meeting not indexed, then none)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from kit import World, call, call_ok, connected, put, sandbox_world, text, two_meetings

from convo_mcp.render import hms

pytestmark = pytest.mark.anyio
KEY = "convo_verify_quotes"
DEMO_DAY = datetime(2026, 12, 7, 12, tzinfo=UTC)
SAID = "We won't cut the price for Globex below 40,000 dollars before March, um, you know, full stop."


@pytest.fixture
def world(tmp_path: Path) -> Any:
    with sandbox_world(tmp_path, KEY, demo_day=DEMO_DAY) as w:
        yield w


def planted(world: World) -> tuple[str, str, str, int, str, str]:
    """A meeting with SAID by one speaker at a segment, her next line after it; its other meeting."""
    old, new, lee, dana = two_meetings(world)
    conv = world.state.account(KEY).conversations[old]
    k = 20
    put(world, old, k, dana, SAID)
    put(world, old, k + 1, dana, "And I'll confirm that in writing to their CFO tomorrow.")
    at = hms((conv.segments[k].at - conv.segments[0].at).total_seconds())
    return old, new, dana, k, lee, at


def one(result: Any, n: int = 0) -> dict[str, Any]:
    return dict(result.structured_content["results"][n])


async def test_each_verdict_with_its_evidence_and_no_request_on_an_indexed_meeting(world: World) -> None:
    old, _new, dana, k, lee, at = planted(world)
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="anything", deep=True)  # index every meeting
        before = world.requests()
        quotes = [
            {"conversation_id": old, "text": "we will not cut the price for Globex below forty thousand dollars",
             "speaker": dana.split()[0], "time": at},
            {"conversation_id": old, "text": SAID, "speaker": lee},
            {"conversation_id": old, "text": SAID, "speaker": dana, "time": "00:00:01"},
            {"conversation_id": old, "text": "We will cut the price for Globex below 40,000 dollars before March."},
            {"conversation_id": old, "text": "We won't cut the price for Globex below 50,000 dollars before March."},
            {"conversation_id": old, "text": "We won't cut the price for Initech below 40,000 dollars before March."},
            {"conversation_id": old, "text": "We won't cut the price for Globex below 40,000 dollars before June."},
            {"conversation_id": old, "text": "The office dog needs a bigger bed before the winter party."},
            {"conversation_id": old, "text": "below 40,000 dollars before March, full stop. And I'll confirm that in "
                                             "writing", "speaker": dana, "segment_index": k},
        ]
        r = await call_ok(client, "verify_quotes", quotes=quotes)
        assert world.requests() == before  # every meeting is indexed: no request
    out = r.structured_content
    verdicts = [c["verdict"] for c in out["results"]]
    assert verdicts == ["verified", "misattributed", "wrong_time", "altered", "altered", "altered", "altered",
                        "not_found", "verified"]
    assert out["requests_made"] == 0 and out["ai_generations"] == 0
    assert (out["verified"], out["flagged"], out["unchecked"]) == (2, 7, 0)
    ok = one(r)
    assert ok["citation"] == {"conversation_id": old, "segment_index": k, "time": at, "speaker": dana}
    assert ok["said"] == SAID and ok["speaker"] == dana and ok["segment_index"] == k
    assert one(r, 1)["speaker"] == dana  # said, by someone else: who
    assert one(r, 2)["segment_index"] == k and one(r, 2)["time"] == at  # said, at another moment: when
    kinds = [[d["kind"] for d in one(r, n)["differences"]] for n in range(3, 7)]
    assert kinds == [["negation"], ["number"], ["name"], ["date"]]
    assert one(r, 4)["differences"][0] == {"kind": "number", "said": "40000", "quoted": "50000"}
    assert one(r, 7).get("citation") is None and one(r, 7).get("said") is None
    shown = text(r)
    assert shown.startswith("2 of 9 quotes verified; 7 flagged")
    assert f"[{at}] {dana}, segment {k}" in shown and "negation: said 'not', quoted '(nothing)'" in shown


async def test_a_quote_said_in_another_meeting_is_not_found_here_and_says_where(world: World) -> None:
    old, new, dana, k, _lee, at = planted(world)
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="anything", deep=True)
        r = await call_ok(client, "verify_quotes", quotes=[{"conversation_id": new, "text": SAID}])
    c = one(r)
    assert c["verdict"] == "not_found" and c.get("citation") is None
    assert c["found_in"] == {"conversation_id": old, "segment_index": k, "time": at, "speaker": dana}
    assert f"said in {old} at [{at}] {dana}, segment {k}" in text(r)


async def test_another_accounts_meeting_is_not_found_with_no_hint_that_it_exists(world: World) -> None:
    other = world.account()
    theirs = world.state.account(other)
    conv = next(iter(theirs.conversations.values()))
    secret = replace(conv, id="sess_only_theirs_1")
    theirs.conversations[secret.id] = secret
    line = next(s.text for s in secret.segments if len(s.text.split()) > 6)
    async with connected(world.app()) as client:
        r = await call_ok(client, "verify_quotes", quotes=[
            {"conversation_id": secret.id, "text": line},
            {"conversation_id": "sess_never_was_1", "text": line}])
    theirs_, never = one(r, 0), one(r, 1)
    assert theirs_["verdict"] == never["verdict"] == "not_found"
    assert theirs_["note"] == never["note"] == "No meeting with this id in your account."
    assert theirs_.get("found_in") is None and theirs_.get("said") is None
    shown = text(r).splitlines()
    assert shown[1].replace(secret.id, "X")[2:] == shown[2].replace("sess_never_was_1", "X")[2:]


async def test_a_meeting_not_indexed_costs_one_read_then_none(world: World) -> None:
    old, _new, dana, k, _lee, at = planted(world)
    async with connected(world.app()) as client:
        before = world.requests()
        first = await call_ok(client, "verify_quotes", quotes=[
            {"conversation_id": old, "text": SAID, "speaker": dana, "time": at},
            {"conversation_id": old, "text": "And I will confirm that in writing to their CFO tomorrow."}])
        assert world.requests() - before == 1 and first.structured_content["requests_made"] == 1
        assert [c["verdict"] for c in first.structured_content["results"]] == ["verified", "verified"]
        assert "1 requests" in text(first) and "read once and are indexed now" in text(first)
        again = await call_ok(client, "verify_quotes", quotes=[
            {"conversation_id": old, "text": SAID, "speaker": "Somebody Else"}])
        assert world.requests() - before == 1 and again.structured_content["requests_made"] == 0
        assert one(again)["verdict"] == "misattributed" and one(again)["segment_index"] == k


async def test_bad_times_are_refused_by_item_and_nothing_is_read(world: World) -> None:
    old, *_ = planted(world)
    async with connected(world.app()) as client:
        before = world.requests()
        r = await call(client, "verify_quotes", quotes=[
            {"conversation_id": old, "text": "fine"}, {"conversation_id": old, "text": SAID, "time": "half past"}])
        assert r.is_error and "quotes[1].time" in text(r) and "HH:MM:SS" in text(r)
        naive = await call(client, "verify_quotes", quotes=[
            {"conversation_id": old, "text": SAID, "time": "2026-12-01T10:00:00"}])
        assert naive.is_error and "with its zone" in text(naive)
        assert world.requests() == before


async def test_the_transcript_resource_opens_at_a_cited_line(world: World) -> None:
    old, _new, dana, k, _lee, at = planted(world)
    async with connected(world.app()) as client:
        read = await client.read_resource(f"convo://conversations/{old}/transcript/{k}")
        lines = read.contents[0].text.splitlines()  # type: ignore[union-attr]
        assert len(lines) == 21 and sum(ln.startswith("▶ ") for ln in lines) == 1
        assert lines[10] == f"▶ [{at}] {dana}: {SAID}"
        bad = await client.read_resource(f"convo://conversations/{old}/transcript/100000")
        assert "no segment 100000" in bad.contents[0].text  # type: ignore[union-attr]
