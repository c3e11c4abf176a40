"""The commitments ledger is kept with the index, not rebuilt from every transcript: what the rules
find in a meeting is derived once, stored beside its lines (the SQLite file or PostgreSQL), read back
by a new process with no transcript read and nothing derived again, re-derived only for the meeting a
new transcript touches, and for every meeting (in the background) when the rules change; a search
answers while that goes on."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kit import World, call, connected, sandbox_world

from convo_mcp.insights import ledger
from convo_mcp.sandbox import simulate
from convo_mcp.webhooks.events import apply_event
from convo_mcp.webhooks.signing import WebhookEvent

pytestmark = pytest.mark.anyio
KEY = "convo_ledger_kept"
TRANSCRIPT = "/conversations/{id}/transcript"


@pytest.fixture(params=["sqlite", "postgres"])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as w:
        if request.param == "postgres":
            from pgserver import empty

            w.settings["database_url"] = empty(request.getfixturevalue("postgres"))
        yield w


@pytest.fixture
def derived(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The meetings the rules read, call by call (the deriver counted, not changed)."""
    seen: list[str] = []
    real = ledger.CommitmentsDeriver.derive

    def counted(self: Any, meeting: Any, *args: Any) -> bytes:
        seen.append(meeting.id)
        return real(self, meeting, *args)

    monkeypatch.setattr(ledger.CommitmentsDeriver, "derive", counted)
    return seen


async def settled(app: Any) -> None:
    """Wait for the index's background catch-up (deriving, then embedding) to finish."""
    indexer = app.service.index
    while indexer._embedding is not None and not indexer._embedding.done():
        await asyncio.sleep(0.05)


async def test_a_new_process_reads_the_kept_ledger_with_no_transcript_read_and_nothing_derived(
        world: World, derived: list[str]) -> None:
    first = world.app()
    async with first.running(), connected(first) as client:
        await call(client, "search_meetings", query="anything", deep=True)  # every meeting indexed
        await settled(first)
        before = await call(client, "track_commitments", since="2015-01-01", max_results=200)
    meetings = len(world.state.account(KEY).visible)
    assert sorted(derived) == sorted({c.id for c in world.state.account(KEY).visible})  # each once
    assert len(derived) == meetings
    derived.clear()
    reads = world.requests(TRANSCRIPT)
    second = world.app()  # a restart: a new App on the same store
    async with second.running(), connected(second) as client:
        again = await call(client, "track_commitments", since="2015-01-01", max_results=200)
    assert derived == [] and world.requests(TRANSCRIPT) == reads  # read back as kept
    assert again.structured_content["commitments"] == before.structured_content["commitments"]
    assert again.structured_content["meetings_read"] == before.structured_content["meetings_read"] == meetings


async def test_a_new_transcript_derives_only_its_own_meeting(world: World, derived: list[str]) -> None:
    app = world.app()
    async with app.running(), connected(app) as client:
        await call(client, "search_meetings", query="anything", deep=True)
        await settled(app)
        await call(client, "track_commitments", since="2015-01-01")
        derived.clear()
        made = await simulate(world.state, KEY, "conversation.created")
        cid = made["conversationId"]
        await apply_event(app, WebhookEvent(event="transcript.ready", data={"conversationId": cid},
                                            timestamp=None, delivery_id="k1", conversation_id=cid))
        after = await call(client, "track_commitments", since="2015-01-01", max_results=200)
    assert derived == [cid]
    assert after.structured_content["meetings_read"] == len(world.state.account(KEY).visible)


async def test_new_rules_derive_every_meeting_again_in_the_background_and_a_search_answers_meanwhile(
        world: World, derived: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    first = world.app()
    async with first.running(), connected(first) as client:
        await call(client, "search_meetings", query="anything", deep=True)
        await settled(first)
    meetings = len(world.state.account(KEY).visible)
    derived.clear()
    monkeypatch.setattr(ledger.CommitmentsDeriver, "version", "commitments/next")  # the rules changed
    monkeypatch.setattr(ledger, "SYNC_DERIVE", 2)  # a call derives two itself, the rest is the background's
    release = threading.Event()
    counted = ledger.CommitmentsDeriver.derive

    def held(self: Any, meeting: Any, *args: Any) -> bytes:
        if len(derived) >= 2:  # the background's work waits here until the test lets it go
            release.wait(30)
        return counted(self, meeting, *args)

    monkeypatch.setattr(ledger.CommitmentsDeriver, "derive", held)
    app = world.app()
    try:
        async with app.running(), connected(app) as client:
            partial = await call(client, "track_commitments", since="2015-01-01", max_results=200)
            catching_up = app.service.index._embedding
            assert catching_up is not None and not catching_up.done()  # the background goes on
            found = await call(client, "search_meetings", query="pricing renewal")
            assert not catching_up.done()  # the search answered while the background was deriving
            release.set()
            await settled(app)
            whole = await call(client, "track_commitments", since="2015-01-01", max_results=200)
    finally:
        release.set()
    assert partial.structured_content["meetings_read"] == 2  # it said what it read, and no more
    assert f"of {meetings} meetings" in partial.content[0].text  # type: ignore[union-attr]
    assert not found.is_error and found.structured_content["total_meetings"] > 0
    assert sorted(derived) == sorted({c.id for c in world.state.account(KEY).visible})  # each again, once
    assert whole.structured_content["meetings_read"] == meetings
