"""Three replicas in separate processes behind one Convo key, sharing state through a real Redis:
one hourly budget, one cache, one AI credit for identical generations, notifications across
replicas, and per-process behaviour when Redis dies mid-run."""

from __future__ import annotations

import json
import re
import signal
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx
import pytest
from mcp import Client
from mcp.server.subscriptions import ResourceUpdated

from convo_mcp.sandbox import dataset
from convo_mcp.webhooks.receiver import sign

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
Cluster = Any  # conftest.Cluster: .state, .key, .replicas (.root, .mcp, .log()), .requests(route, method)
MakeCluster = Callable[..., Cluster]
KEYPOINTS_NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS)
FIGURES: dict[str, Any] = {}  # what the scenarios measured, printed once they have all run (with -s)


@pytest.fixture(scope="module", autouse=True)
def _print_figures() -> Iterator[None]:
    yield
    if FIGURES:
        print("\nreplica figures:", json.dumps(FIGURES, indent=1))


@asynccontextmanager
async def clients(cluster: Cluster) -> AsyncIterator[list[Client]]:
    async with AsyncExitStack() as stack:
        yield [await stack.enter_async_context(Client(r.mcp, mode="auto")) for r in cluster.replicas]


def delivery(event: str, conversation_id: str, secret: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"event": event, "data": {"conversationId": conversation_id},
                       "timestamp": datetime.now(UTC).isoformat()}).encode()
    return body, {"Content-Type": "application/json", "X-Convo-Event": event,
                  "X-Convo-Signature": sign(body, secret)}


async def test_replicas_share_one_hourly_budget_and_never_draw_a_429(make_cluster: MakeCluster) -> None:
    limit = 12
    cluster = make_cluster("convo_scale", rate_limit=limit)
    # 24 distinct reads (no two share a cache key), 8 per replica, all at once: twice the budget.
    calls = [("get_transcript", {"conversation_id": cid}) for cid in dataset.DEMO_IDS[:16]]
    calls += [("list_conversations", {"limit": n}) for n in range(1, 9)]
    results: list[tuple[bool, str]] = []
    with anyio.fail_after(60):
        async with clients(cluster) as cs, anyio.create_task_group() as tg:
            async def call(client: Client, name: str, args: dict[str, Any]) -> None:
                result = await client.call_tool(name, args)
                results.append((not result.is_error, result.content[0].text if result.content else ""))

            for index, (name, args) in enumerate(calls):
                tg.start_soon(call, cs[index % 3], name, args)
    ok = sum(1 for good, _ in results if good)
    refused = [text for good, text in results if not good]
    sent = cluster.requests()
    FIGURES["budget"] = {"limit": limit, "requests": sent, "ok": ok, "refused": len(refused),
                         "429": cluster.state.stats.rate_limited_for(cluster.key)}
    assert cluster.state.stats.rate_limited_for(cluster.key) == 0
    assert sent <= limit
    assert sent == limit  # the shared budget was used, not wasted
    # every request sent answered a call (or read the account's zone once, for the lists' times),
    # and nothing was answered without one
    zone_reads = cluster.state.stats.requests(route="/user/profile")
    assert zone_reads <= 1 and ok + zone_reads == sent
    assert len(refused) == len(calls) - ok
    assert all("budget" in text.lower() for text in refused), refused[:2]


async def test_a_transcript_fetched_through_one_replica_is_served_by_the_others(
    make_cluster: MakeCluster,
) -> None:
    cluster = make_cluster("convo_scale_cache")
    cid = dataset.LONG_MEETING_ID
    with anyio.fail_after(30):
        async with clients(cluster) as (one, two, three):
            first = await one.call_tool("get_transcript", {"conversation_id": cid})
            after_first = cluster.requests()
            second = await two.call_tool("get_transcript", {"conversation_id": cid})
            third = await three.call_tool("get_transcript", {"conversation_id": cid})
    FIGURES["cache"] = {"upstream_first": after_first, "upstream_replicas_2_3": cluster.requests() - after_first}
    assert not first.is_error and not second.is_error and not third.is_error
    assert after_first == 1
    assert cluster.requests() == after_first  # replicas 2 and 3: zero upstream requests
    assert first.structured_content["source"] == "upstream"
    assert second.structured_content["source"] == third.structured_content["source"] == "cache"
    same = [{k: v for k, v in r.structured_content.items() if k not in ("source", "age_seconds")}
            for r in (first, second, third)]
    assert same[0] == same[1] == same[2]
    assert first.structured_content["total_segments"] == 1500


async def test_twenty_identical_generations_across_replicas_spend_one_credit(make_cluster: MakeCluster) -> None:
    cluster = make_cluster("convo_scale_ai")
    cid = KEYPOINTS_NOT_READY[0]
    results: list[Any] = []
    with anyio.fail_after(60):
        async with clients(cluster) as cs, anyio.create_task_group() as tg:
            async def generate(client: Client) -> None:
                results.append(await client.call_tool("generate_keypoints", {"conversation_id": cid}))

            for index in range(20):
                tg.start_soon(generate, cs[index % 3])
    credits = cluster.state.stats.credits_spent(cluster.key)
    posts = cluster.requests("/conversations/{id}/keypoints", "POST")
    FIGURES["ai"] = {"calls": 20, "credits": credits, "posts": posts, "requests": cluster.requests()}
    assert all(not r.is_error for r in results), [r.content[0].text for r in results if r.is_error][:2]
    assert all(r.structured_content["available"] for r in results)
    assert credits == 1
    assert posts == 1
    assert sum(r.structured_content["credits_spent"] for r in results) == 1  # one caller says it spent


async def test_a_webhook_on_one_replica_reaches_a_subscriber_on_another(
    make_cluster: MakeCluster, webhook_secret: str,
) -> None:
    cluster = make_cluster("convo_scale_hooks", tier="professional")
    cid = KEYPOINTS_NOT_READY[1]
    uri = f"convo://conversations/{cid}/keypoints"
    body, headers = delivery("conversation.keypoints.ready", cid, webhook_secret)
    with anyio.fail_after(30):
        async with Client(cluster.replicas[0].mcp, mode="auto") as subscriber, httpx.AsyncClient() as raw:
            async with subscriber.listen(resource_subscriptions=[uri]) as sub:
                started = time.perf_counter()
                posted = await raw.post(f"{cluster.replicas[2].root}/webhooks/convo", content=body, headers=headers)
                event = await sub.__anext__()
                latency = time.perf_counter() - started
            # The same delivery retried to another replica is a duplicate: marks live in Redis.
            again = await raw.post(f"{cluster.replicas[1].root}/webhooks/convo", content=body, headers=headers)
    FIGURES["webhook"] = {"latency_ms": round(latency * 1000, 1)}
    assert posted.status_code == 200 and posted.json() == {"ok": True}
    assert event == ResourceUpdated(uri=uri)
    assert again.status_code == 200 and again.json().get("duplicate") is True
    assert latency < 5


async def test_redis_dying_mid_run_degrades_to_per_process_behaviour_but_never_spends_on_a_private_count(
    make_cluster: MakeCluster, redis_factory: Callable[..., Any],
) -> None:
    password = "s3cret-redis-pw"
    redis = redis_factory(password=password)
    try:
        cluster = make_cluster("convo_scale_down", redis=redis)
        ids = dataset.DEMO_IDS
        with anyio.fail_after(60):
            async with clients(cluster) as cs, httpx.AsyncClient() as raw:
                warm = await cs[0].call_tool("get_transcript", {"conversation_id": ids[0]})
                ready_before = (await raw.get(f"{cluster.replicas[0].root}/readyz")).json()
                redis.kill()
                started = time.perf_counter()
                after: list[Any] = []
                for index, client in enumerate(cs):  # cached, uncached, lists and AI keep working
                    after.append(await client.call_tool("get_transcript", {"conversation_id": ids[0]}))
                    after.append(await client.call_tool("get_transcript", {"conversation_id": ids[10 + index]}))
                    after.append(await client.call_tool("list_conversations", {"limit": 5}))
                posts = cluster.state.stats.requests(method="POST")
                # an AI generation is the one thing refused: its credit is counted in Redis or not at all
                refused = await cs[1].call_tool("generate_keypoints", {"conversation_id": KEYPOINTS_NOT_READY[2]})
                elapsed = time.perf_counter() - started
                ready_after = [(await raw.get(f"{r.root}/readyz")) for r in cluster.replicas]
    finally:
        redis.kill()
    logs = [r.log() for r in cluster.replicas]
    warnings = [len(re.findall(r"shared_state\.unavailable", log)) for log in logs]
    FIGURES["degraded"] = {"calls": len(after), "seconds": round(elapsed, 2), "warnings_per_replica": warnings}
    assert not warm.is_error
    assert ready_before["shared_state"] == "redis"
    assert all(not r.is_error for r in after), [r.content[0].text for r in after if r.is_error][:2]
    assert refused.is_error and refused.structured_content["error"]["code"] == "shared_count_unavailable"
    assert cluster.state.stats.requests(method="POST") == posts  # nothing sent, nothing spent
    assert elapsed < 15  # fail fast: no call waits on a dead Redis
    assert [r.status_code for r in ready_after] == [200, 200, 200]
    assert {r.json()["shared_state"] for r in ready_after} == {"degraded"}
    assert warnings == [1, 1, 1]  # one warning per replica, not one per operation
    assert all('"level": "warning"' in log or "warning" in log for log in logs)
    assert not any(password in log for log in logs)
    assert cluster.state.stats.rate_limited_for(cluster.key) == 0


async def test_sigterm_lets_a_call_in_flight_finish(make_cluster: MakeCluster) -> None:
    """The call in flight still gets its answer, then the process exits.
    (Raw HTTP: the SDK client opens new connections of its own, which a stopping server refuses.)"""
    cluster = make_cluster("convo_scale_drain", count=1)
    replica = cluster.replicas[0]
    cluster.state.faults.inject("delay", route="/conversations/{id}/transcript", delay=1.5)
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
               "MCP-Protocol-Version": "2025-11-25"}
    call = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": {"name": "get_transcript", "arguments": {"conversation_id": dataset.DEMO_IDS[5]}}}
    with anyio.fail_after(30):
        async with httpx.AsyncClient(base_url=replica.root, timeout=20) as raw, anyio.create_task_group() as tg:
            answers: list[httpx.Response] = []

            async def post() -> None:
                answers.append(await raw.post("/mcp", json=call, headers=headers))

            tg.start_soon(post)
            await anyio.sleep(0.5)
            replica.proc.send_signal(signal.SIGTERM)  # mid-call
        code = await anyio.to_thread.run_sync(lambda: replica.proc.wait(timeout=15))
    assert answers[0].status_code == 200
    assert '"result"' in answers[0].text and "segments" in answers[0].text
    assert code in (0, -signal.SIGTERM)  # uvicorn re-raises the signal after a clean shutdown
    assert '"http.drained"' in replica.log() and '"unfinished": 0' in replica.log()
