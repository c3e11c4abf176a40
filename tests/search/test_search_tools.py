"""The search index through the real SDK client, against the sandbox over real HTTP on 127.0.0.1:
what is found (with its time and speaker), grouping and paging, filters, coverage, what it costs,
how it is filled (on the way, by webhooks, in the background within its share), restarts,
corrupt files, and the ChatGPT connector shapes."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeTime
from kit import World, call, connected, sandbox_world, text
from memory_backend import MemoryIndexEngine
from pydantic import SecretStr
from structlog.testing import capture_logs

from convo_mcp.account import Account
from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.render import hms
from convo_mcp.sandbox import dataset, simulate
from convo_mcp.search.activity import Activity
from convo_mcp.search.filler import BackgroundIndexer
from convo_mcp.webhooks.events import apply_event
from convo_mcp.webhooks.signing import WebhookEvent

pytestmark = pytest.mark.anyio
KEY = "convo_search_professional"
TRANSCRIPT = "/conversations/{id}/transcript"
LIST = "/conversations"
PLANTED = "The zebra migration budget lands at seventeen thousand kroner"


@pytest.fixture
def file_world(tmp_path: Path) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as world:
        yield world


@pytest.fixture(params=["sqlite", "postgres", "double"])
def world(request: pytest.FixtureRequest, file_world: World) -> World:
    """The tool tests run on the SQLite index, on PostgreSQL (a real server) and on a test double of
    the backend interface: the same answers from each."""
    if request.param == "double":
        file_world.engine = MemoryIndexEngine()
    elif request.param == "postgres":
        from pgserver import empty

        file_world.settings["database_url"] = empty(request.getfixturevalue("postgres"))
    return file_world


def plant(world: World, conversation_id: str, index: int, sentence: str = PLANTED) -> tuple[str, str]:
    """Say ``sentence`` in segment ``index``; returns its time from the start and its speaker."""
    conv = world.state.account(KEY).conversations[conversation_id]
    seg = conv.segments[index]
    conv.segments[index] = replace(seg, text=sentence)
    return hms((seg.at - conv.segments[0].at).total_seconds()), seg.speaker


async def test_a_sentence_said_once_in_the_middle_is_found_with_its_time_and_speaker(world: World) -> None:
    long_id = dataset.LONG_MEETING_ID
    at, speaker = plant(world, long_id, 777)
    async with connected(world.app()) as client:
        r = await call(client, "search_meetings", query="zebra kroner", deep=True)
        spent = world.requests()
        page = await call(client, "get_transcript", conversation_id=long_id, offset=777, limit=1)
        again = await call(client, "search_meetings", query="zebra kroner")
        assert world.requests() == spent  # the page came from the cache, the second search from the index
    top = r.structured_content["meetings"][0]
    assert top["id"] == long_id and top["hits"] == 1
    assert top["snippets"] == [{"segment_index": 777, "time": at, "speaker": speaker, "text": PLANTED}]
    assert f"[{at}] {speaker}: {PLANTED} (segment 777)" in text(r)
    assert PLANTED in page.structured_content["transcript"]
    assert again.structured_content["meetings"][0]["snippets"][0]["segment_index"] == 777
    assert again.structured_content["requests_made"] == 0


async def test_results_are_grouped_by_meeting_ranked_and_pageable(world: World) -> None:
    async with connected(world.app()) as client:
        first = await call(client, "search_meetings", query="pricing", deep=True, max_results=3)
        pages = [first]
        while (nxt := pages[-1].structured_content.get("next_offset")) is not None:
            pages.append(await call(client, "search_meetings", query="pricing", max_results=3, offset=nxt))
    total = first.structured_content["total_meetings"]
    seen = [m["id"] for p in pages for m in p.structured_content["meetings"]]
    assert len(seen) == len(set(seen)) == total > 3  # every meeting once, across pages
    truth = {c.id: sum(1 for s in c.segments if re.search(r"\bpric(e|es|ed|ing)\b", s.text.lower()))
             for c in world.state.account(KEY).visible}
    for p in pages:
        for m in p.structured_content["meetings"]:
            assert m["hits"] >= truth[m["id"]] > 0 or m["hits"] > 0
            texts = [s["text"] for s in m["snippets"]]
            assert len(texts) <= 3 and len(set(texts)) == len(texts)
            assert texts or m["in_title"]  # a match only in the title says so instead of repeating it
    titled = [c.id for c in world.state.account(KEY).visible if "pricing" in c.title.lower()]
    assert set(titled) <= set(seen)  # every meeting about pricing appears, not just the loudest one
    assert first.structured_content["next_offset"] == 3 and "More: offset=3." in text(first)


async def test_speaker_and_date_filters(world: World) -> None:
    visible = world.state.account(KEY).visible
    newest = max(c.start for c in visible)
    since = (newest - timedelta(days=7)).date().isoformat()
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="pricing", deep=True)
        dana = await call(client, "search_meetings", query="pricing", speaker="dana", max_results=25)
        week = await call(client, "search_meetings", query="pricing", since=since, max_results=25)
        bad = await call(client, "search_meetings", query="pricing", since="2026-05-02", until="2026-05-01")
    assert dana.structured_content["meetings"]
    assert {s["speaker"] for m in dana.structured_content["meetings"] for s in m["snippets"]} == {"Dana Whitfield"}
    in_week = {c.id for c in visible if c.start.date().isoformat() >= since}
    got = {m["id"] for m in week.structured_content["meetings"]}
    assert got and got <= in_week
    assert bad.is_error and bad.structured_content["error"]["code"] == "invalid_argument"


async def test_coverage_says_what_is_not_indexed_and_deep_fills_it(world: World) -> None:
    ids = [c.id for c in world.state.account(KEY).visible]
    async with connected(world.app()) as client:
        await call(client, "list_conversations", limit=100)
        for cid in ids[:3]:
            await call(client, "get_transcript", conversation_id=cid)
        primed = await call(client, "search_meetings", query="timing")  # the first: fewer than 10 indexed
        assert world.requests(TRANSCRIPT) == 3 + 10  # so it read the 10 newest not indexed first
        before = world.requests()
        partial = await call(client, "search_meetings", query="timing")
        assert world.requests() == before  # later searches send nothing
        transcripts, lists = world.requests(TRANSCRIPT), world.requests(LIST)
        deep = await call(client, "search_meetings", query="timing", deep=True)
    assert primed.structured_content["requests_made"] >= 10
    assert "First search here: read the newest meetings not indexed yet first" in text(primed)
    cov = partial.structured_content["coverage"]
    assert (cov["searched"], cov["known"], cov["not_indexed"]) == (13, len(ids), len(ids) - 13)
    assert (f"Searched the titles of all {len(ids)} meetings in range, the summaries this server holds, and the "
            f"transcripts of 13; {len(ids) - 13} transcripts not indexed yet") in text(partial)
    assert "deep=true" in text(partial)
    done = deep.structured_content["coverage"]
    assert "not_indexed" not in done and done["searched"] == done["known"] == len(ids)
    assert world.requests(TRANSCRIPT) - transcripts == len(ids) - 13
    assert deep.structured_content["requests_made"] == world.requests(TRANSCRIPT) - transcripts + world.requests(
        LIST) - lists
    assert deep.structured_content["total_meetings"] > partial.structured_content["total_meetings"]


async def test_the_background_indexer_keeps_to_its_share_and_stops_on_a_429(file_world: World) -> None:
    world = file_world
    key = world.state.add_account("starter", "convo_search_starter", conversations="demo", rate_limit=40)
    clock = FakeTime()
    app = App(Settings(api_key=SecretStr(key), base_url=world.base_url, cache_dir=world.cache,
                       persistent_cache=False), clock=clock.clock, sleep=clock.sleep)
    async with app.running():
        svc = app.service
        assert svc.index is not None
        walker = BackgroundIndexer(svc, svc.index, Activity(), share=0.5, clock=clock.clock, sleep=clock.sleep,
                                   quiet=0.0)
        while await walker.step():
            pass
        spent = world.state.stats.requests(key=key)
        assert 0 < spent <= 20  # half of the 40 the hour had left
        assert svc.budget().remaining is not None and svc.budget().remaining >= 20
        assert world.state.stats.rate_limited_for(key) == 0
        assert walker.allowance() == 0
        # a person's call is running: the walker gives way and sends nothing
        busy = Activity()
        with busy.call():
            blocked = BackgroundIndexer(svc, svc.index, busy, clock=clock.clock, sleep=clock.sleep, share=0.9)
            assert await blocked.step() is True
        assert world.state.stats.requests(key=key) == spent
        # a 429 pauses it for the Retry-After, and nothing else goes out meanwhile
        world.state.faults.inject("429", route=TRANSCRIPT, method="GET", retry_after=900, count=5)
        eager = BackgroundIndexer(svc, svc.index, Activity(), share=0.9, reserve=0.0, clock=clock.clock,
                                  sleep=clock.sleep, quiet=0.0)
        eager.listed_at = clock.clock()
        clock.sleeps.clear()
        assert await eager.step() is True
        assert max(clock.sleeps) >= 900
        assert world.state.stats.requests(key=key, route=TRANSCRIPT) <= spent + 1


async def test_a_transcript_announced_by_webhook_is_searchable_without_listing(world: World) -> None:
    app = world.app()
    async with app.running(), connected(app) as client:
        await call(client, "list_conversations", limit=5)
        made = await simulate(world.state, KEY, "conversation.created")
        cid = made["conversationId"]
        plant(world, cid, 3, "Our walrus onboarding checklist ships on Thursday")
        await call(client, "search_meetings", query="budget")  # the first search here reads a few meetings
        lists, transcripts = world.requests(LIST), world.requests(TRANSCRIPT)
        await apply_event(app, WebhookEvent(event="transcript.ready", data={"conversationId": cid},
                                            timestamp=None, delivery_id="d1", conversation_id=cid))
        r = await call(client, "search_meetings", query="walrus checklist")
    assert world.requests(LIST) == lists  # no list request
    assert world.requests(TRANSCRIPT) == transcripts + 1  # the new transcript, once
    assert r.structured_content["meetings"][0]["id"] == cid


async def test_the_index_survives_a_restart(world: World) -> None:
    plant(world, dataset.LONG_MEETING_ID, 100)
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="zebra", deep=True)
    before = world.requests()
    async with connected(world.app()) as client:  # a new process would open the same file
        r = await call(client, "search_meetings", query="zebra kroner")
    assert world.requests() == before
    assert r.structured_content["meetings"][0]["id"] == dataset.LONG_MEETING_ID


@pytest.mark.parametrize("damage", ["garbage", "foreign"])
async def test_a_corrupt_or_foreign_index_file_is_rebuilt_not_served(file_world: World, damage: str) -> None:
    world = file_world
    plant(world, dataset.LONG_MEETING_ID, 100)
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="zebra", deep=True)
    path = Account.of(world.base_url, KEY).index_file(world.cache)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if damage == "garbage":
        path.write_bytes(b"not a database at all" * 500)
    else:
        import sqlite3

        path.unlink()
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE meetings (id TEXT)")
            conn.execute("INSERT INTO meetings VALUES ('sess_x')")
    with capture_logs() as logs:
        async with connected(world.app()) as client:
            r = await call(client, "search_meetings", query="zebra")
            redone = await call(client, "search_meetings", query="zebra", deep=True)
    assert not r.is_error and r.structured_content["meetings"] == []
    assert any(e["event"] == "search.index_rebuilt" for e in logs)
    assert list(path.parent.glob(f"{path.name}.unusable-*"))
    assert redone.structured_content["meetings"][0]["id"] == dataset.LONG_MEETING_ID


async def test_chatgpt_search_and_fetch_have_the_exact_shapes(world: World) -> None:
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="pricing", deep=True)
        before = world.requests()
        found = await call(client, "search", query="list price")
        assert world.requests() == before
        first = json.loads(found.content[0].text)["results"][0]
        got = await call(client, "fetch", id=first["id"])
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert len(found.content) == 1 and found.content[0].type == "text"
    payload = json.loads(found.content[0].text)
    assert set(payload) == {"results"} and payload["results"]
    assert all(set(r) == {"id", "title", "url"} and all(isinstance(v, str) for v in r.values())
               for r in payload["results"])
    assert first["url"] == f"convo://conversations/{first['id']}"
    assert len(got.content) == 1 and got.content[0].type == "text"
    doc = json.loads(got.content[0].text)
    assert set(doc) == {"id", "title", "text", "url", "metadata"} and doc["id"] == first["id"]
    conv = world.state.account(KEY).conversations[first["id"]]
    lines = [ln for ln in doc["text"].splitlines() if ln.startswith("[")]
    assert len(lines) == len(conv.segments)
    assert lines[0] == f"[00:00:00] {conv.segments[0].speaker}: {conv.segments[0].text}"
    assert world.requests(TRANSCRIPT) == world.requests(TRANSCRIPT)  # fetch read the cached transcript
    for name in ("search", "fetch", "search_meetings"):
        assert tools[name].annotations.read_only_hint is True


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", '"unbalanced', "a:b", "(", ")", "AND", "-", "pricing)", "'"])
async def test_search_syntax_typed_by_accident_is_escaped_or_refused_clearly(world: World, query: str) -> None:
    async with connected(world.app()) as client:
        await call(client, "list_conversations", limit=100)
        r = await call(client, "search_meetings", query=query)
        s = await call(client, "search", query=query)
    for result in (r, s):
        if result.is_error:
            err = result.structured_content["error"]
            assert err["code"] == "invalid_argument" and "word" in err["message"] and err["hint"]
        else:
            assert "error" not in (result.structured_content or {})


async def test_insight_tools_read_summaries_from_the_index_after_a_restart(world: World) -> None:
    since = (max(c.start for c in world.state.account(KEY).visible) - timedelta(days=10)).date().isoformat()
    async with connected(world.app()) as client:
        first = await call(client, "find_action_items", since=since)
    gets = world.state.stats.requests(route="/conversations/{id}/keypoints", method="GET")
    async with connected(world.app()) as client:  # a new process: empty response cache, same index file
        again = await call(client, "find_action_items", since=since)
    unsummarised = first.structured_content["uncovered"]["no_summary"]
    assert unsummarised and gets > unsummarised
    # Only "is there a summary yet?" for the meetings without one is asked again; every summary came
    # from the index.
    assert world.state.stats.requests(route="/conversations/{id}/keypoints", method="GET") == gets + unsummarised
    assert again.structured_content["items"] == first.structured_content["items"]
    assert again.structured_content["items"]


async def test_the_background_indexer_spreads_its_share_over_the_hour(file_world: World) -> None:
    world = file_world
    key = world.state.add_account("starter", "convo_search_paced", conversations="demo")  # 100 an hour
    clock = FakeTime()
    app = App(Settings(api_key=SecretStr(key), base_url=world.base_url, cache_dir=world.cache,
                       persistent_cache=False), clock=clock.clock, sleep=clock.sleep)
    async with app.running(), connected(app) as client:
        svc = app.service
        assert svc.index is not None
        walker = BackgroundIndexer(svc, svc.index, Activity(), share=0.5, clock=clock.clock, sleep=clock.sleep,
                                   quiet=0.0)
        start, sent = clock.clock(), []
        while (clock.clock() - start < 3600 and len(await svc.index.missing()) > 0) or not sent:
            before = world.state.stats.requests(key=key)
            if not await walker.step():
                await clock.sleep(walker.idle)
            sent += [clock.clock() - start] * (world.state.stats.requests(key=key) - before)
        account = await call(client, "get_account")
    limit_share = 50  # half of the hour's 100
    assert len([t for t in sent if t < 30]) <= limit_share // 10 + 1  # + the one list page it starts with
    for tenth in range(10):  # never more than a tenth of its share in any tenth of the hour
        assert len([t for t in sent if tenth * 360 <= t < (tenth + 1) * 360]) <= limit_share // 10 + 1
    assert 40 <= len(sent) <= limit_share  # yet it went on all hour: the 45 meetings were read at the pace
    used = account.structured_content["background_requests_this_hour"]
    assert used == len(sent) and f"background indexing used {used} this hour" in text(account)


@pytest.mark.parametrize("vectors", [False, True])
async def test_a_search_is_one_call_into_the_index_and_embeds_nothing_with_vectors_off(
        world: World, monkeypatch: pytest.MonkeyPatch, vectors: bool) -> None:
    import anyio.to_thread

    hops: list[str] = []
    real = anyio.to_thread.run_sync

    async def counted(fn: Any, *args: Any, **kw: Any) -> Any:
        hops.append(getattr(getattr(fn, "func", fn), "__name__", "?"))
        return await real(fn, *args, **kw)

    from convo_mcp.search import meaning

    embedded: list[int] = []
    embed = meaning.Embedder.embed
    monkeypatch.setattr(meaning.Embedder, "embed",
                        lambda self, texts: embedded.append(len(texts)) or embed(self, texts))
    app = world.app(search_vectors=vectors)
    async with app.running(), connected(app) as client:
        await call(client, "search_meetings", query="pricing", deep=True)  # indexed, and embedded if on
        indexer = app.service.index
        assert indexer is not None
        while indexer._embedding is not None and not indexer._embedding.done():  # the background is done
            await asyncio.sleep(0.05)
        monkeypatch.setattr(anyio.to_thread, "run_sync", counted)
        embedded.clear()
        found = await call(client, "search_meetings", query="pricing renewal timeline")
        counted_hops = list(hops)
        monkeypatch.setattr(anyio.to_thread, "run_sync", real)
    assert not found.is_error and found.structured_content["total_meetings"] > 0
    assert counted_hops == ["find"]  # speakers' names, coverage, ranking and quotes: one call into the index
    # with vectors off nothing is embedded, not even the query (nor where the storage keeps no vectors)
    assert embedded == ([1] if vectors and world.engine is None else [])

