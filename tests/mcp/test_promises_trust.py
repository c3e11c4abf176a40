"""Promises a person can act on, against the sandbox over real HTTP through the real SDK client: how
promises are made and refused, that nothing said earlier in time settles one, that restatements,
statements that something exists and topic mentions leave it open, slips in several wordings, a
possible update shown and never counted, a partial ledger said first, and the demo data's statuses."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from kit import World, call, call_ok, connected, put, sandbox_world, say, text, two_meetings

pytestmark = pytest.mark.anyio
KEY = "convo_promises_trust"
DEMO_DAY = datetime(2026, 12, 7, 12, tzinfo=UTC)  # the same demo meetings whatever day the suite runs


@pytest.fixture
def world(tmp_path: Path) -> Any:
    with sandbox_world(tmp_path, KEY, demo_day=DEMO_DAY) as w:
        yield w


async def ledger(world: World, **args: Any) -> Any:
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="anything", deep=True)  # index every meeting
        return await call_ok(client, "track_commitments", since="2015-01-01", max_results=200, **args)


def at(result: Any, conversation_id: str, segment: int) -> dict[str, Any] | None:
    return next((c for c in result.structured_content["commitments"]
                 if c["conversation_id"] == conversation_id and c["segment_index"] == segment), None)


def first(name: str) -> str:
    return name.split()[0]


async def test_each_way_of_promising_is_found_and_what_is_not_one_is_refused(world: World) -> None:
    old, _new, lee, dana = two_meetings(world)
    offer = say(world, old, lee, "I can take the vendor security review, if nobody else wants it.")
    put(world, old, offer + 2, dana, f"{first(lee)}, can you renew the TLS certificates on the portal?")
    put(world, old, offer + 3, lee, "Sure, I'll get it done this week.")
    put(world, old, offer + 5, dana, "If they sign the NDA, I'll send the SOC 2 report over to Globex.")
    put(world, old, offer + 7, lee, "We'll get the board deck out Wednesday — I'll do it.")
    refused = {offer + 9: "I'll mention it to Priya — actually, no, never mind, you do it.",
               offer + 11: "Oh sure, and I'll just rewrite the whole billing system tonight.",
               offer + 13: "I bet you lunch the nightly build fails again.",
               offer + 15: "If we had the budget I'd hire two more engineers.",
               offer + 17: "Let me share my screen for a second.",
               offer + 19: "I'll check with the team and confirm."}
    for index, sentence in refused.items():
        put(world, old, index, dana, sentence)
    r = await ledger(world)
    found = at(r, old, offer)
    assert found is not None and found["owner"] == lee and "vendor security review" in found["text"]
    accepted = at(r, old, offer + 3)
    assert accepted is not None and accepted["owner"] == lee and "TLS certificates" in accepted["text"]
    assert accepted["asked_segment"] == offer + 2 and accepted["due"] == "this week" and accepted["due_date"]
    conditional = at(r, old, offer + 5)
    assert conditional is not None and conditional["owner"] == dana and conditional["conditional"] is True
    we = at(r, old, offer + 7)
    assert we is not None and we["owner"] == lee and we["due"] == "Wednesday"
    assert [i for i in refused if at(r, old, i) is not None] == []


async def test_a_line_earlier_the_same_day_never_settles_a_promise_made_that_afternoon(world: World) -> None:
    old, new, lee, _dana = two_meetings(world)
    account = world.state.account(KEY)
    morning, afternoon = account.conversations[old], account.conversations[new]
    day = afternoon.start.replace(hour=9, minute=0)
    shift = day - morning.start  # the older meeting moved to 09:00 on the later one's day, before it
    morning.start, morning.end = morning.start + shift, morning.end + shift
    morning.segments[:] = [replace(s, at=s.at + shift) for s in morning.segments]
    afternoon_start = day + timedelta(hours=9)
    moved = afternoon_start - afternoon.start
    afternoon.start, afternoon.end = afternoon.start + moved, afternoon.end + moved
    afternoon.segments[:] = [replace(s, at=s.at + moved) for s in afternoon.segments]
    said = say(world, new, lee, "I'll send Rosa her own sandbox login.")
    earlier = say(world, old, lee, "Oh, and I sent Rosa her sandbox login this morning.")
    r = await ledger(world)
    promise = at(r, new, said)
    assert promise is not None and promise["status"] == "open" and "evidence" not in promise
    assert earlier >= 0


async def test_a_restatement_a_statement_that_it_exists_and_a_topic_mention_leave_it_open(world: World) -> None:
    old, new, lee, dana = two_meetings(world)
    said = say(world, old, lee, "I'll send Northgate the SOC 2 report.")
    later = [say(world, new, lee, "Like I said, I'll send Northgate the SOC 2 report as soon as the NDA is back."),
             say(world, new, dana, "We have a SOC 2 Type II report from March, it's thorough.", skip=6),
             say(world, new, lee, "The SOC 2 report came up on the Northgate call again, by the way.", skip=12)]
    r = await ledger(world)
    promise = at(r, old, said)
    assert promise is not None and promise["status"] == "open" and "evidence" not in promise
    assert (new, later[0]) in {(q["conversation_id"], q["segment_index"]) for q in promise["said_again"]}
    assert at(r, new, later[0]) is None  # said again: one promise, not two


async def test_a_slip_in_three_wordings_is_slipped_with_its_quote(world: World) -> None:
    old, new, lee, _dana = two_meetings(world)
    made = [say(world, old, lee, "I'll write the database failover runbook."),
            say(world, old, lee, "I'm going to migrate the billing service to the new cluster.", skip=12),
            say(world, old, lee, "I'll draft the partner newsletter.", skip=20)]
    slips = [say(world, new, lee, "The failover runbook — that one's slipping, sorry."),
             say(world, new, lee, "The billing migration is on hold until legal signs off.", skip=12),
             say(world, new, lee, "And the partner newsletter got pushed to next sprint.", skip=20)]
    r = await ledger(world)
    for promise, slip in zip(made, slips, strict=True):
        found = at(r, old, promise)
        assert found is not None and found["status"] == "slipped", found
        assert found["evidence"]["conversation_id"] == new and found["evidence"]["segment_index"] == slip
    slipped = await ledger(world, status="slipped")
    assert {(c["conversation_id"], c["segment_index"]) for c in slipped.structured_content["commitments"]} >= {
        (old, m) for m in made}


async def test_a_possible_update_is_shown_for_the_model_to_judge_and_never_counted_done(world: World) -> None:
    old, new, lee, _dana = two_meetings(world)
    said = say(world, old, lee, "I'll draft the Tidewell case study.")
    maybe = say(world, new, lee, "The Tidewell case study is kind of in motion, I think.")
    r = await ledger(world)
    promise = at(r, old, said)
    assert promise is not None and promise["status"] == "open" and "evidence" not in promise
    assert promise["possible_update"]["segment_index"] == maybe
    assert promise["possible_update"]["text"] == "The Tidewell case study is kind of in motion, I think."
    assert "possible update, not counted" in text(r) and "kind of in motion" in text(r)
    done = await ledger(world, status="done")
    assert at(done, old, said) is None


async def test_a_partial_ledger_says_so_in_its_first_line(world: World) -> None:
    old, _new, lee, _dana = two_meetings(world)
    say(world, old, lee, "I'll send the revised SOW to Initech by Friday.")
    async with connected(world.app()) as client:
        listed = await call_ok(client, "list_conversations", since="2015-01-01", limit=100)
        known = len(listed.structured_content["conversations"])
        await call_ok(client, "get_transcript", conversation_id=old)  # one transcript read, the rest not
        r = await call_ok(client, "track_commitments", since="2015-01-01")
    head = text(r).splitlines()[0]
    assert head.startswith(f"Read the transcripts of 1 of {r.structured_content['meetings_known']} meetings")
    assert r.structured_content["meetings_read"] == 1 and r.structured_content["meetings_known"] >= min(known, 2)
    assert any("revised SOW" in c["text"] for c in r.structured_content["commitments"])


async def test_no_demo_promise_is_done_without_a_later_line_reporting_it(world: World) -> None:
    from convo_mcp.insights.reports import kind_of
    from convo_mcp.insights.speech import sentences, spoken

    r = await ledger(world)
    account = world.state.account(KEY)
    settled = [c for c in r.structured_content["commitments"] if c["status"] != "open"]
    for c in settled:
        promise_at = account.conversations[c["conversation_id"]].segments[c["segment_index"]].at
        evidence = c["evidence"]
        report = account.conversations[evidence["conversation_id"]].segments[evidence["segment_index"]]
        assert report.at > promise_at  # later in time
        kinds = {kind_of(s.text) for s in sentences(spoken(report.text))}
        assert c["status"] in kinds, (c["text"], report.text)  # the line itself says done (or slipped)
    # the demo's promises said again later ("I'll set up a standing slot…") and its statements that something
    # exists ("We have a SOC 2 Type II report…") settle nothing: none is done
    assert [c for c in settled if c["status"] == "done"] == []
    assert len(r.structured_content["commitments"]) == r.structured_content["total"]
