"""track_commitments against the sandbox over real HTTP: promises said in one meeting, followed in
the later meetings of their owner, at no request once the meetings are indexed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from kit import World, call, connected, sandbox_world, say, text, two_meetings
from mcp.types import ResourceTemplateReference

from convo_mcp.sandbox import simulate

pytestmark = pytest.mark.anyio
KEY = "convo_commitments"


# The meetings these tests put promises in are chosen from the demo data, which is laid out back from
# a day: pinned, so the same meetings (and the same lines around what the tests say) are there every day.
DEMO_DAY = datetime(2026, 12, 7, 12, tzinfo=UTC)


@pytest.fixture
def world(tmp_path: Path) -> Any:
    with sandbox_world(tmp_path, KEY, demo_day=DEMO_DAY) as w:
        yield w


async def test_promises_are_followed_to_done_slipped_or_open_at_no_request(world: World) -> None:
    old, new, lee, dana = two_meetings(world)
    sow = say(world, old, lee, "Sure, I'll send the revised SOW to Initech by Friday.")
    venue = say(world, old, dana, "Let me book the venue for the customer offsite.", skip=6)
    deck = say(world, old, lee, "And I'm going to refresh the partner webinar slides.", skip=sow + 1)
    say(world, old, dana, "I think the pricing is too aggressive for mid-market.", skip=venue + 1)
    done = say(world, new, lee, "Quick update, I sent the revised SOW to Initech yesterday.")
    slip = say(world, new, dana, "The customer offsite venue is going to slip, I need another week.", skip=6)
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="anything", deep=True)  # index every meeting
        before = world.requests()
        r = await call(client, "track_commitments", since="2015-01-01", max_results=200)
        mine = await call(client, "track_commitments", owner=lee.split()[0], since="2015-01-01")
        paged = await call(client, "track_commitments", since="2015-01-01", max_results=1, offset=1)
        assert world.requests() == before  # 0 requests once indexed
    got = {(c["conversation_id"], c["segment_index"]): c for c in r.structured_content["commitments"]}
    assert got[(old, sow)]["status"] == "done" and got[(old, sow)]["owner"] == lee
    evidence = got[(old, sow)]["evidence"]
    assert {k: evidence[k] for k in ("conversation_id", "segment_index", "text", "speaker")} == {
        "conversation_id": new, "segment_index": done, "speaker": lee,
        "text": "Quick update, I sent the revised SOW to Initech yesterday."}
    assert got[(old, sow)]["due"] == "Friday" and got[(old, sow)]["due_date"] and got[(old, sow)]["to"] == "Initech"
    assert got[(old, venue)]["status"] == "slipped" and got[(old, venue)]["evidence"]["segment_index"] == slip
    assert got[(old, deck)]["status"] == "open" and got[(old, deck)].get("evidence") is None
    assert not any("too aggressive" in c["text"] for c in got.values())  # an opinion is not a promise
    assert "I sent the revised SOW to Initech yesterday" in text(r) and "done" in text(r)
    assert {c["owner"] for c in mine.structured_content["commitments"]} == {lee}
    assert paged.structured_content["commitments"] == r.structured_content["commitments"][1:2]
    assert paged.structured_content["next_offset"] == 2 and world.state.stats.credits_spent() == 0
    # a restart (a new process on the same files) keeps it: the index holds what the ledger reads
    async with connected(world.app()) as client:
        before = world.requests()
        again = await call(client, "track_commitments", since="2015-01-01", max_results=200)
        assert world.requests() == before
    assert again.structured_content["commitments"] == r.structured_content["commitments"]


async def test_a_transcript_arriving_by_webhook_updates_the_ledger_without_a_list(world: World) -> None:
    from convo_mcp.webhooks.events import apply_event
    from convo_mcp.webhooks.signing import WebhookEvent

    old, _new, *_ = two_meetings(world)
    errands = ["renew the Northwind support contract", "order the Vandelay demo hardware",
               "book the Lisbon team dinner", "file the Umbrella tax forms", "ship the Hooli beta invite",
               "draft the Globex renewal memo"]
    speakers = sorted({s.speaker for s in world.state.account(KEY).conversations[old].segments})
    task = {}
    for n, person in enumerate(speakers[:len(errands)]):
        say(world, old, person, f"I'll {errands[n]} this week.", skip=5 + n)
        task[person] = errands[n]
    app = world.app()
    async with app.running(), connected(app) as client:
        await call(client, "search_meetings", query="anything", deep=True)
        first = await call(client, "track_commitments", since="2015-01-01", status="done", max_results=200)
        made = await simulate(world.state, KEY, "conversation.created")
        cid = made["conversationId"]
        fresh = world.state.account(KEY).conversations[cid]
        person = next(s.speaker for s in fresh.segments[3:] if s.speaker in task)
        word = task[person].split()[0]
        report = {"renew": "renewed", "order": "ordered", "book": "booked", "file": "filed", "ship": "shipped",
                  "draft": "drafted"}[word]
        done_line = f"Good news, I {report} the {task[person].split(' ', 2)[2]} on Monday."
        index = say(world, cid, person, done_line, skip=3)
        lists = world.requests("/conversations")
        uri = f"convo://commitments/{quote(person)}"
        notified = await apply_event(app, WebhookEvent(event="transcript.ready", data={"conversationId": cid},
                                                       timestamp=None, delivery_id="c1", conversation_id=cid))
        assert uri in notified  # subscribers to this person's promises hear of the change
        before = world.requests()
        after = await call(client, "track_commitments", since="2015-01-01", status="done", max_results=200)
        read = await client.read_resource(uri)
        offered = await client.complete(ResourceTemplateReference(type="ref/resource",
                                                                  uri="convo://commitments/{owner}"),
                                        {"name": "owner", "value": person.split()[0][:2]})
        assert world.requests() == before and world.requests("/conversations") == lists
    assert done_line in read.contents[0].text  # type: ignore[union-attr]
    assert quote(person) in offered.completion.values
    assert not any(c["text"].startswith(task[person]) for c in first.structured_content.get("commitments", []))
    done = [c for c in after.structured_content["commitments"] if c["owner"] == person
            and c["text"].startswith(task[person])]
    assert len(done) == 1 and done[0]["evidence"] == {"conversation_id": cid, "segment_index": index,
                                                      "text": done_line, "speaker": person,
                                                      "day": done[0]["evidence"]["day"],
                                                      "time": done[0]["evidence"]["time"]}
    assert re.fullmatch(r"\d\d:\d\d:\d\d", done[0]["evidence"]["time"])  # cited: its time in the meeting


async def test_a_briefing_lists_the_open_promises_about_its_subject(world: World) -> None:
    old, _new, lee, _dana = two_meetings(world)
    say(world, old, lee, "I'll send the signed order form to Acme by Friday.")
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="anything", deep=True)
        brief = await call(client, "prepare_briefing", who_or_what="Acme")
    promises = brief.structured_content["open_promises"]
    assert any(p.startswith(f"{lee}: send the signed order form to Acme") for p in promises)
    assert "Open promises" in text(brief) and "send the signed order form to Acme" in text(brief)


async def test_the_digest_counts_the_periods_promises_by_owner_and_status(world: World) -> None:
    old, new, lee, _dana = two_meetings(world)
    say(world, old, lee, "Sure, I'll send the revised SOW to Initech by Friday.")
    say(world, new, lee, "Quick update, I sent the revised SOW to Initech yesterday.")
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="anything", deep=True)
        digest = await call(client, "meeting_digest", since="2015-01-01")
        ledger = await call(client, "track_commitments", since="2015-01-01", max_results=200)
    board = digest.structured_content["promises"]
    mine = [c for c in ledger.structured_content["commitments"] if c["owner"] == lee]
    assert board[lee] == {s: sum(1 for c in mine if c["status"] == s) for s in ("open", "slipped", "done")}
    assert board[lee]["done"] >= 1 and "Promises made in the period" in text(digest)


async def test_convos_action_items_join_the_ledger_once_and_action_items_learn_what_was_said(world: World) -> None:
    from convo_mcp.sandbox.models import ActionItem

    old, new, lee, dana = two_meetings(world)
    sow = say(world, old, lee, "Sure, I'll send the revised SOW to Initech by Friday.")
    say(world, old, lee, "And I'm going to refresh the partner webinar slides.", skip=sow + 1)
    say(world, new, lee, "Quick update, I sent the revised SOW to Initech yesterday.")
    conv = world.state.account(KEY).conversations[old]
    conv.facts = replace(conv.facts, action_items=(
        ActionItem(item="Send the revised SOW to Initech", owner=lee.split()[0], priority="high", confidence=0.9),
        ActionItem(item="Prepare the security audit checklist", owner=dana, priority="medium", confidence=0.8)))
    async with connected(world.app()) as client:
        refused = await call(client, "track_commitments", owner="me", since="2015-01-01")
        await call(client, "search_meetings", query="anything", deep=True)
        await call(client, "generate_keypoints", conversation_id=old, regenerate=True)  # the test's one generation
        before = world.requests()
        r = await call(client, "track_commitments", since="2015-01-01", max_results=200)
        assert world.requests() == before
        items = await call(client, "find_action_items", since="2015-01-01")
        account = await call(client, "get_account")
        mine = await call(client, "track_commitments", owner="me", since="2015-01-01")
    assert refused.is_error and "get_account" in text(refused)
    said = [c for c in r.structured_content["commitments"] if c["conversation_id"] == old]
    sows = [c for c in said if "SOW" in c["text"]]
    assert len(sows) == 1 and sows[0]["source"] == "transcript" and sows[0]["status"] == "done"
    audit = [c for c in said if "security audit checklist" in c["text"]]
    assert len(audit) == 1 and audit[0]["source"] == "keypoints" and audit[0]["owner"] == dana
    assert audit[0]["status"] == "open"
    by_text = {i["item"]: i for i in items.structured_content["items"] if i.get("conversation_id") == old}
    assert by_text["Send the revised SOW to Initech"]["status"] == "done"  # the summary's item, followed
    assert by_text["Send the revised SOW to Initech"]["source"] == "keypoints"
    slides = [i for i in by_text.values() if "partner webinar slides" in i["item"]]
    assert len(slides) == 1 and slides[0]["source"] == "transcript" and slides[0]["status"] == "open"
    assert slides[0]["owner"] == lee
    assert "said in the meeting; not in its AI summary" in text(items)
    name = account.structured_content["name"]
    assert not mine.is_error and f"by {name}" in text(mine)  # 'me' is the profile's name, once it is known
