"""Fewer calls, no wasted credits, no 429s: request counts and credits measured by the sandbox."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from kit import call

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset, running_sandbox

pytestmark = pytest.mark.anyio
ACME_PRICING = "sess_f5147f8c8b68"
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS
                   - dataset.SHORT_MEETING_IDS)
TRANSCRIPT = "/conversations/{id}/transcript"


async def test_repeated_reads_cost_nothing(connect: Any, app: App, state: SandboxState) -> None:
    reads = [
        ("list_conversations", {"limit": 10}),
        ("get_transcript", {"conversation_id": ACME_PRICING}),
        ("get_keypoints", {"conversation_id": ACME_PRICING}),
        ("get_keypoints", {"conversation_id": NOT_READY[0]}),  # "not generated yet" is remembered too
        ("get_feedback", {"conversation_id": ACME_PRICING}),
        ("list_calendar_events", {}),
        ("get_account", {}),
    ]
    async with connect(app) as client:
        for name, args in reads:
            assert not (await call(client, name, **args)).is_error
        first = state.stats.total_requests
        for name, args in reads:
            again = await call(client, name, **args)
            assert not again.is_error
    assert first == len(reads)
    assert state.stats.total_requests == first  # the second round: zero requests


async def test_twenty_concurrent_identical_calls_make_one_request(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        results = await asyncio.gather(
            *(call(client, "get_transcript", conversation_id=dataset.LONG_MEETING_ID) for _ in range(20))
        )
        gens = await asyncio.gather(
            *(call(client, "generate_keypoints", conversation_id=NOT_READY[0]) for _ in range(20))
        )
    assert all(not r.is_error for r in results + gens)
    # one for the long meeting, one telling that NOT_READY[0] exists before its POST (both coalesced)
    assert state.stats.requests(route=TRANSCRIPT) == 2
    assert state.stats.requests(route="/conversations/{id}/keypoints", method="POST") == 1
    assert state.stats.credits_spent() == 1
    assert sum(g.structured_content["credits_spent"] for g in gens) == 1


@pytest.mark.parametrize(
    ("tool", "args", "code"),
    [
        ("ask_conversation", {"conversation_id": ACME_PRICING, "question": "x" * 501}, None),
        ("ask_conversation", {"conversation_id": ACME_PRICING, "question": "😀" * 251}, "query_too_long"),
        ("ask_conversation", {"conversation_id": ACME_PRICING, "question": "   "}, "query_too_long"),
        ("generate_feedback", {"conversation_id": sorted(dataset.SHORT_MEETING_IDS)[0]}, "transcript_too_short"),
        ("create_webhook", {"url": "http://insecure.example.com/h", "events": ["transcript.ready"]},
         "invalid_argument"),
        ("get_keypoints", {"conversation_id": "sess_1/../../user/profile"}, "invalid_id"),
        ("delete_webhook", {"webhook_id": "..", "confirm": True}, "invalid_id"),
    ],
)
async def test_each_guard_refuses_with_zero_requests(
    connect: Any, app: App, state: SandboxState, tool: str, args: dict[str, Any], code: str | None
) -> None:
    async with connect(app) as client:
        await call(client, "get_account")
        await call(client, "list_conversations", limit=100)
        before = state.stats.total_requests
        r = await call(client, tool, **args)
    assert r.is_error
    if code is not None:
        assert r.structured_content["error"]["code"] == code
        assert r.structured_content["error"]["hint"]
    assert state.stats.total_requests == before


async def test_ai_quota_at_zero_refuses_but_cached_results_stay_free(
    connect: Any, state: SandboxState, make_app: Any
) -> None:
    key = state.add_account(tier="starter", key="convo_noquota", ai_limit=0, conversations="demo")
    async with connect(make_app(key)) as client:
        await call(client, "get_account")
        before = state.stats.total_requests
        refused = await call(client, "generate_keypoints", conversation_id=NOT_READY[0])
        asked = await call(client, "ask_conversation", conversation_id=ACME_PRICING, question="What was decided?")
        assert state.stats.total_requests - before == 1  # only the GET that looks for existing keypoints
        cached = await call(client, "generate_keypoints", conversation_id=ACME_PRICING)
    for r in (refused, asked):
        assert r.is_error
        assert r.structured_content["error"]["code"] == "ai_limit_exceeded"
        assert "resets_at" in r.structured_content["error"]
    assert not cached.is_error
    assert cached.structured_content["credits_spent"] == 0
    assert state.stats.credits_spent() == 0


async def test_quota_is_decremented_locally(connect: Any, state: SandboxState, make_app: Any) -> None:
    key = state.add_account(tier="starter", key="convo_q2", ai_limit=2, conversations="demo")
    async with connect(make_app(key)) as client:
        a = await call(client, "ask_conversation", conversation_id=ACME_PRICING, question="Who attended?")
        b = await call(client, "ask_conversation", conversation_id=ACME_PRICING, question="What is the price?")
        profile_calls = state.stats.requests(route="/user/profile")
        c = await call(client, "ask_conversation", conversation_id=ACME_PRICING, question="Any risks?")
    assert a.structured_content["ai_generations_left"] == 1
    assert b.structured_content["ai_generations_left"] == 0
    assert c.is_error
    assert c.structured_content["error"]["code"] == "ai_limit_exceeded"
    assert profile_calls == 1
    assert state.stats.requests(route="/user/profile") == 1
    assert state.stats.ai_limit_exceeded == 0  # refused here, never by Convo


async def test_fifty_concurrent_calls_never_exceed_a_tiny_hourly_limit(
    connect: Any, state: SandboxState, make_app: Any
) -> None:
    key = state.add_account(tier="starter", key="convo_tiny", rate_limit=5, conversations="demo")
    ids = dataset.DEMO_IDS
    async with connect(make_app(key, retry_after_cap=0.5)) as client:
        results = await asyncio.gather(
            *(call(client, "get_transcript", conversation_id=ids[i % len(ids)], max_chars=1000) for i in range(50))
        )
    assert state.stats.rate_limited == 0
    assert state.stats.requests(key=key) <= 5
    ok = [r for r in results if not r.is_error]
    refused = [r for r in results if r.is_error]
    assert len(ok) >= 5
    for r in refused:
        err = r.structured_content["error"]
        assert err["code"] == "rate_limited"
        assert err["retry_after_seconds"] > 0
        assert err["resets_at"]


@pytest.mark.parametrize("kind", ["500", "502_html", "malformed_json", "reset", "503"])
async def test_transient_faults_on_reads_end_in_a_correct_answer(
    connect: Any, app: App, state: SandboxState, kind: str
) -> None:
    state.faults.inject(kind, count=2, route=TRANSCRIPT)
    async with connect(app) as client:
        r = await call(client, "get_transcript", conversation_id=ACME_PRICING)
    assert not r.is_error
    assert r.structured_content["total_segments"] > 0
    assert state.stats.requests(route=TRANSCRIPT) == 3


@pytest.mark.parametrize("kind", ["500", "502_html", "malformed_json", "reset"])
async def test_persistent_faults_end_in_a_clear_tool_error(
    connect: Any, app: App, state: SandboxState, kind: str
) -> None:
    state.faults.inject(kind, count=10, route=TRANSCRIPT)
    async with connect(app) as client:
        r = await call(client, "get_transcript", conversation_id=ACME_PRICING)
    assert r.is_error
    err = r.structured_content["error"]
    assert err["code"] in {"internal_error", "bad_response", "network_error"}
    assert err["hint"]
    assert "<html" not in r.content[0].text.lower()
    assert state.stats.requests(route=TRANSCRIPT) == 3  # first try + 2 retries, then stop


async def test_429_storm_returns_retry_after_instead_of_blocking(
    connect: Any, app: App, state: SandboxState
) -> None:
    state.faults.inject("429", count=5, retry_after=1800)
    async with connect(app) as client:
        r = await call(client, "list_conversations")
        again = await call(client, "get_transcript", conversation_id=ACME_PRICING)
    assert r.is_error
    assert r.structured_content["error"]["code"] == "rate_limited"
    assert r.structured_content["error"]["retry_after_seconds"] == 1800
    assert again.is_error
    assert again.structured_content["error"]["code"] == "rate_limited"
    assert state.stats.total_requests == 1  # after the first 429 the server stops sending


async def test_short_429_is_waited_out(connect: Any, app: App, state: SandboxState) -> None:
    state.faults.inject("429", count=1, retry_after=1, route="/conversations")
    async with connect(app) as client:
        r = await call(client, "list_conversations")
    assert not r.is_error
    assert state.stats.requests(route="/conversations") == 2


async def test_ai_post_timeout_is_followed_by_a_get_never_a_second_post(
    connect: Any, state: SandboxState, make_app: Any
) -> None:
    app = make_app(ai_timeout=0.3)
    cid = NOT_READY[0]
    state.faults.inject("delay", count=1, route="/conversations/{id}/keypoints", method="POST",
                        delay=1.5, after_effect=True)
    async with connect(app) as client:
        r = await call(client, "generate_keypoints", conversation_id=cid)
    assert not r.is_error
    assert r.structured_content["available"] is True
    assert state.stats.requests(route="/conversations/{id}/keypoints", method="POST") == 1
    assert state.stats.credits_spent() == 1


async def test_ai_post_500_is_not_retried_and_spends_nothing(connect: Any, app: App, state: SandboxState) -> None:
    state.faults.inject("500", count=3, route="/conversations/{id}/query", method="POST")
    async with connect(app) as client:
        r = await call(client, "ask_conversation", conversation_id=ACME_PRICING, question="Budget?")
    assert r.is_error
    assert r.structured_content["error"]["code"] == "internal_error"
    assert state.stats.requests(route="/conversations/{id}/query") == 1
    assert state.stats.credits_spent() == 0


async def test_stale_copy_is_served_when_convo_fails(connect: Any, state: SandboxState, make_app: Any) -> None:
    app = make_app(list_ttl=0.05)
    async with connect(app) as client:
        fresh = await call(client, "list_conversations", limit=3)
        await asyncio.sleep(0.1)
        state.faults.inject("500", count=10, route="/conversations")
        stale = await call(client, "list_conversations", limit=3)
    assert not stale.is_error
    assert stale.structured_content["source"] == "stale"
    assert stale.structured_content["conversations"] == fresh.structured_content["conversations"]
    assert "Convo unavailable: showing a copy from" in stale.content[0].text


async def test_writes_invalidate_what_they_change(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        await call(client, "list_conversations", search="pricing")
        await call(client, "rename_conversation", conversation_id=ACME_PRICING, title="Renamed pricing review")
        after = await call(client, "list_conversations", search="pricing")
        await call(client, "get_transcript", conversation_id=ACME_PRICING)
        await call(client, "delete_conversation", conversation_id=ACME_PRICING, confirm=True)
        gone = await call(client, "get_transcript", conversation_id=ACME_PRICING)
    assert "Renamed pricing review" in after.content[0].text
    assert gone.is_error
    assert gone.structured_content["error"]["code"] == "not_found"
    assert state.stats.requests(route=TRANSCRIPT) == 2


SECOND_PROCESS = textwrap.dedent(
    """
    import asyncio, sys
    from pydantic import SecretStr
    from convo_mcp.app import App
    from convo_mcp.config import Settings

    async def main() -> None:
        settings = Settings(api_key=SecretStr(sys.argv[1]), base_url=sys.argv[2], cache_dir=sys.argv[3])
        app = App(settings)
        async with app.running():
            out = await app.service.transcript(sys.argv[4])
            print(out.source, len(out.value.segments))

    asyncio.run(main())
    """
)


@pytest.mark.slow
async def test_a_second_process_reuses_the_persistent_cache(tmp_path: Path) -> None:
    state = SandboxState.demo()
    key = DEMO_KEYS["starter"]
    with running_sandbox(state) as base_url:
        args = [sys.executable, "-c", SECOND_PROCESS, key, base_url, str(tmp_path), ACME_PRICING]
        first = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True)
        assert first.stdout.split()[0] == "upstream"
        assert state.stats.requests(route=TRANSCRIPT) == 1
        second = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True)
        assert second.stdout.split()[0] == "cache"  # from the SQLite file the first process wrote
        app = App(Settings(api_key=key, base_url=base_url, cache_dir=tmp_path))  # type: ignore[arg-type]
        async with app.running():
            again = await app.service.transcript(ACME_PRICING)
        assert again.source == "cache"
    assert state.stats.requests(route=TRANSCRIPT) == 1
    assert first.stdout.split()[1] == second.stdout.split()[1]
    assert "convo_demo" not in first.stderr + second.stderr


async def test_feedback_for_a_short_meeting_is_refused_before_any_post_on_a_cold_cache(
    connect: Any, app: App, state: SandboxState
) -> None:
    short = sorted(dataset.SHORT_MEETING_IDS)[0]
    async with connect(app) as client:  # nothing listed or cached yet
        r = await call(client, "generate_feedback", conversation_id=short)
    assert r.is_error and r.structured_content["error"]["code"] == "transcript_too_short"
    assert state.stats.requests(route="/conversations/{id}/feedback") == 0
    assert state.stats.requests(route=TRANSCRIPT) == 1  # the one read that tells the segment count
    assert state.stats.credits_spent() == 0
