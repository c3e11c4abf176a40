"""Holding under concurrency, stalls and bad input, against the sandbox over real HTTP with its fault
injection: credits never overspent, Retry-After honoured by everything, every call with a deadline,
bad input refused before any request in the project's own form, slow HTTP clients dropped, and
processes sharing a cache file loading each item once."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes import free_port, serving
from kit import World, connected, error
from structlog.testing import capture_logs

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.http_app import build_http_app
from convo_mcp.sandbox import SandboxState, dataset, running_sandbox
from convo_mcp.server import build_server

pytestmark = pytest.mark.anyio
KEYPOINTS = "/conversations/{id}/keypoints"
TRANSCRIPT = "/conversations/{id}/transcript"
QUERY = "/conversations/{id}/query"
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.SHORT_MEETING_IDS)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    state = SandboxState.demo()
    with running_sandbox(state) as base_url:
        yield World(state, base_url, tmp_path / "cache")


# 1 ------------------------------------------------------------------------------------------------


async def test_concurrent_ai_calls_beyond_the_quota_are_refused_before_any_post(world: World) -> None:
    key = world.account(ai_limit=3)
    async with connected(world.app(key)) as client:
        await client.call_tool("get_account", {})
        results = await asyncio.gather(*(client.call_tool(
            "ask_conversation", {"conversation_id": dataset.DEMO_IDS[0], "question": f"What was point {n}?"})
            for n in range(10)))
    answered = [r for r in results if not r.is_error]
    refused = [error(r) for r in results if r.is_error]
    assert world.state.stats.requests(route=QUERY, key=key) == 3  # 3 POSTs for 3 generations
    assert len(answered) == 3 and len(refused) == 7
    assert {e["code"] for e in refused} == {"ai_limit_exceeded"}
    assert world.state.stats.credits_spent(key) == 3


# 3 ------------------------------------------------------------------------------------------------


async def test_an_ai_post_that_times_out_is_never_sent_twice(world: World) -> None:
    key = world.account()
    cid = NOT_READY[0]
    world.state.faults.inject("delay", route=KEYPOINTS, method="POST", delay=2.0)  # lands after 2 s
    posts = lambda: world.state.stats.requests(route=KEYPOINTS, method="POST", key=key)  # noqa: E731
    async with connected(world.app(key, ai_timeout=0.5)) as client:
        first = await client.call_tool("generate_keypoints", {"conversation_id": cid})
        again = await client.call_tool("generate_keypoints", {"conversation_id": cid})
        assert posts() == 1
        await asyncio.sleep(2.5)  # the first generation completes upstream
        landed = await client.call_tool("generate_keypoints", {"conversation_id": cid})
    timeout, pending = error(first), error(again)
    assert timeout["code"] == "timeout" and "may still land" in timeout["message"] and "resets_at" in timeout
    assert "get_keypoints" in timeout["hint"]
    assert pending["code"] == "generation_pending" and pending["resets_at"] == timeout["resets_at"]
    assert not landed.is_error and landed.structured_content["available"] is True
    assert landed.structured_content["credits_spent"] == 0
    assert posts() == 1 and world.state.stats.credits_spent(key) == 1


# 4 ------------------------------------------------------------------------------------------------


async def test_a_retry_after_inside_a_fan_out_stops_it(world: World) -> None:
    key = world.account()
    world.state.faults.inject("429", route=KEYPOINTS, method="GET", retry_after=30)
    with capture_logs() as logs:
        async with connected(world.app(key)) as client:
            digest = await client.call_tool("meeting_digest", {"since": "2026-01-01"})
            sent = world.state.stats.requests(key=key)
            again = await client.call_tool("get_transcript", {"conversation_id": dataset.DEMO_IDS[1]})
    answered = [e["status"] for e in logs if e["event"] == "convo.request" and e["route"] == KEYPOINTS]
    after = answered[answered.index(429) + 1:]
    s = digest.structured_content
    assert not digest.is_error
    assert len(after) <= 3  # only the reads already in flight when the 429 came; none sent after it
    assert sent <= 8  # the profile, the listing and the reads up to the 429 (its first read goes alone)
    assert s["uncovered"]["budget"] and s["budget_resets_at"]
    assert error(again)["code"] == "rate_limited"  # every tool waits out the Retry-After
    assert world.state.stats.requests(route=TRANSCRIPT, key=key) == 0


@pytest.mark.parametrize("nth", [1, 2, 5])
async def test_a_429_mid_fan_out_stops_it_within_four_reads_of_it(world: World, nth: int) -> None:
    key = world.account()
    order = sorted(world.state.account(key).visible, key=lambda c: c.start, reverse=True)  # the digest's order
    world.state.faults.inject("429", route=f"/conversations/{order[nth].id}/keypoints", method="GET", retry_after=30)
    with capture_logs() as logs:
        async with connected(world.app(key)) as client:
            digest = await client.call_tool("meeting_digest", {"since": "2026-01-01"})
    answered = [e["status"] for e in logs if e["event"] == "convo.request" and e["route"] == KEYPOINTS]
    reads = world.state.stats.requests(route=KEYPOINTS, key=key)
    assert 429 in answered and not digest.is_error
    assert len(answered[answered.index(429) + 1:]) <= 3  # in flight when it came; none sent after it
    assert reads <= nth + 4  # never more than four ahead of the read that met it
    assert world.state.stats.requests(key=key) == reads + 2  # and the profile and the listing
    if nth == 2:
        assert reads + 2 <= 8  # the bound a digest whose third read meets a 429 keeps
    s = digest.structured_content
    assert s["uncovered"]["budget"] and s["budget_resets_at"]


# 5 ------------------------------------------------------------------------------------------------


async def test_a_stalled_convo_never_holds_a_call_past_its_deadline(world: World) -> None:
    key = world.account()
    world.state.faults.inject("delay", count=200, route=TRANSCRIPT, method="GET", delay=8.0)
    world.state.faults.inject("delay", count=200, route=KEYPOINTS, method="GET", delay=8.0)
    async with connected(world.app(key, tool_deadline=3.0, read_timeout=20.0)) as client:
        started = time.monotonic()
        digest = await client.call_tool("meeting_digest", {"since": "2026-01-01"})
        digest_took = time.monotonic() - started
        started = time.monotonic()
        read = await client.call_tool("get_transcript", {"conversation_id": dataset.DEMO_IDS[2]})
        read_took = time.monotonic() - started
    assert not digest.is_error and digest_took <= 3.0 + 1.0  # the fan-out answers with what it has
    assert digest.structured_content["uncovered"]["deadline"]  # partial, and says why
    assert "time ran out" in digest.content[0].text
    assert error(read)["code"] == "timeout" and read_took <= 3.0 + 1.0


# 6 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("tool", "args", "code", "argument"), [
    ("meeting_digest", {"since": "0001-01-01"}, "invalid_argument", "since"),
    ("find_action_items", {"since": "-1"}, "invalid_argument", "since"),
    ("find_action_items", {"until": "next tuesday"}, "invalid_argument", "until"),
    ("list_conversations", {"since": "-1"}, "invalid_argument", "since"),
    ("list_conversations", {"offset": 10**12}, "invalid_argument", "offset"),
    ("get_keypoints", {"conversation_id": "sess_x\n"}, "invalid_id", None),
    ("ask_conversation", {"conversation_id": dataset.DEMO_IDS[0], "question": "x" * 600}, "invalid_argument",
     "question"),
    ("search_meetings", {"text": "pricing", "max_results": "many"}, "invalid_argument", "max_results"),
    ("list_calendar_events", {"time_min": "1700000000"}, "invalid_argument", "time_min"),
])
async def test_bad_input_is_refused_before_any_request_in_our_own_form(
    world: World, tool: str, args: dict[str, Any], code: str, argument: str | None
) -> None:
    key = world.account()
    async with connected(world.app(key)) as client:
        result = await client.call_tool(tool, args)
    err = error(result)
    assert err["code"] == code and err["hint"]
    assert err.get("argument") == argument
    assert "pydantic" not in result.content[0].text and "validation error" not in result.content[0].text
    assert world.state.stats.requests(key=key) == 0


# 7 ------------------------------------------------------------------------------------------------


def partial_request(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/json\r\n"
              b"Content-Length: 1000\r\n\r\n{\"jsonrpc\": " % port)
    s.settimeout(5)
    return s


def answer(s: socket.socket) -> bytes:
    try:
        data = s.recv(4096)
    except TimeoutError:
        return b"<still open>"
    finally:
        s.close()
    return data


def test_slow_http_clients_are_dropped_and_one_address_cannot_take_the_server(world: World) -> None:
    app = App.demo(Settings(http_body_timeout=1.0, http_client_limit=8, index_background=False))
    port = free_port()
    with serving(build_http_app(app, build_server(app), port=port), port):
        started = time.monotonic()
        slow = [partial_request(port) for _ in range(8)]
        time.sleep(0.3)
        extra = [partial_request(port) for _ in range(4)]  # over the per-address limit
        refused = [answer(s) for s in extra]
        dropped = [answer(s) for s in slow]
        took = time.monotonic() - started
    assert all(r.startswith(b"HTTP/1.1 429") for r in refused), refused[0][:60]
    assert all(r.startswith(b"HTTP/1.1 408") for r in dropped), dropped[0][:60]
    assert took < 4.0  # dropped after the 1 s body timeout, not left hanging


# 8 ------------------------------------------------------------------------------------------------


async def test_processes_sharing_a_cache_file_load_each_item_once(world: World) -> None:
    key = world.account()
    apps = [world.app(key, persistent_cache=True, search_index=False) for _ in range(3)]  # three "processes"
    ids = dataset.DEMO_IDS[:10]
    async with apps[0].running(), apps[1].running(), apps[2].running():
        await asyncio.gather(*(app.service.transcript(cid) for app in apps for cid in ids))
    assert world.state.stats.requests(route=TRANSCRIPT, key=key) == len(ids)
