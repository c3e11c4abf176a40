"""Search understands a person's question, not only exact words: against the sandbox over real
HTTP, through the real SDK client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from kit import World, call, connected, sandbox_world, text

from convo_mcp.sandbox import dataset
from convo_mcp.search.query import parse_query
from convo_mcp.state.sqlite.fts import query_expr

pytestmark = pytest.mark.anyio
KEY = "convo_search_questions_key"
LIST = "/conversations"
TRANSCRIPT = "/conversations/{id}/transcript"
SENTENCE = "We agreed the walrus enclosure budget stays at forty thousand kroner for Initech"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as world:
        yield world


def plant(world: World, conversation_id: str, index: int, sentence: str) -> None:
    conv = world.state.account(KEY).conversations[conversation_id]
    conv.segments[index] = replace(conv.segments[index], text=sentence)


def test_a_question_keeps_its_content_words_and_syntax_stays_strict() -> None:
    q = parse_query("What did we decide about pricing with Acme?")
    assert q.plain and q.words() == ["decide", "pricing", "acme"]
    assert query_expr(q) == '"decide" OR "pricing" OR "acme"' and "what" in q.dropped and "the" not in q.words()
    assert parse_query("who was there").words() == ["who", "was", "there"]  # only filler: kept as typed
    strict = parse_query('"list price" budget')
    assert not strict.plain and query_expr(strict) == '"list price" AND "budget"'


async def test_a_whole_question_finds_the_meeting_its_key_words_find(world: World) -> None:
    target = dataset.LONG_MEETING_ID
    plant(world, target, 321, SENTENCE)
    async with connected(world.app()) as client:
        words = await call(client, "search_meetings", query="walrus enclosure budget", deep=True)
        spent = world.requests()
        asked = await call(client, "search_meetings",
                           query="what did we decide about the budget for the walrus enclosure?")
        misremembered = await call(client, "search_meetings", query="walrus enclosure costs for Globex")
        assert world.requests() == spent  # understanding a question costs nothing
    for result in (words, asked, misremembered):
        top = result.structured_content["meetings"][0]
        assert top["id"] == target, text(result)
        assert any(s["segment_index"] == 321 for s in top["snippets"])
    assert "left out: what, did, we, about, the" in text(asked)


async def test_a_title_word_finds_a_listed_meeting_before_any_transcript_is_read(world: World) -> None:
    titled = [c for c in world.state.account(KEY).visible if "pricing" in c.title.lower()]
    assert titled
    async with connected(world.app()) as client:
        await call(client, "list_conversations", limit=100)
        before = world.requests()
        connector = await call(client, "search", query="pricing")
        assert world.requests() == before  # ChatGPT's search stays free: titles come from the list seen
        found = await call(client, "search_meetings", query="pricing", max_results=25)
    got = {m["id"]: m for m in found.structured_content["meetings"]}
    assert {c.id for c in titled} <= set(got)
    assert all(got[c.id]["in_title"] for c in titled)
    # the first search_meetings read the 10 newest transcripts first, and says what that cost
    assert found.structured_content["coverage"]["searched"] == 10
    assert world.requests(TRANSCRIPT) == 10 and found.structured_content["requests_made"] >= 10
    ids = {r["id"] for r in json.loads(connector.content[0].text)["results"]}
    assert ids & {c.id for c in titled}  # ChatGPT's search finds them too, not an empty list


async def test_nothing_matching_says_what_to_try_next(world: World) -> None:
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="pricing", deep=True)
        none = await call(client, "search_meetings", query="xylophone quartz marmalade zeppelin",
                          since="2026-01-01")
        strict = await call(client, "search_meetings", query='"quartz marmalade"')
    assert none.structured_content["meetings"] == []
    advice = text(none)
    assert "a shorter query (e.g." in advice and "a wider date range" in advice
    assert "plain words without quotes" in text(strict)


async def test_a_question_marks_no_filler_lines_in_the_meeting_view(world: World) -> None:
    target = dataset.LONG_MEETING_ID
    plant(world, target, 400, "We decided the walrus budget is approved.")
    async with connected(world.app()) as client:
        shown = await call(client, "show_meeting", conversation_id=target,
                           question="what did we decide about the walrus budget?")
    marks = shown.structured_content["marks"]
    assert marks and marks[0]["text"] == "We decided the walrus budget is approved."  # the strongest first
    for mark in marks:
        assert "walrus" in mark["text"].lower() or "budget" in mark["text"].lower() or "decid" in mark[
            "text"].lower()
