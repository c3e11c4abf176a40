"""Concurrency, quota, Retry-After and stalls: the numbers the fault suite asserts, printed.

    .venv/bin/python bench/concurrency.py          # needs redis-server on PATH for the replica rows

Everything runs against the sandbox (in-process ASGI, or over HTTP on 127.0.0.1 for stalls) and,
for replicas, a throwaway redis-server on a free loopback port without persistence.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any

import httpx
from pydantic import SecretStr
from structlog.testing import capture_logs

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.errors import ConvoError
from convo_mcp.insights.fanout import gather, listing
from convo_mcp.sandbox import SandboxState, create_app, dataset, running_sandbox
from convo_mcp.tools._register import CallProgress


def app_on(state: SandboxState, key: str, redis_url: str | None = None, **settings: Any) -> App:
    values: dict[str, Any] = {"api_key": SecretStr(key), "base_url": "http://sandbox.invalid/api/v1",
                              "persistent_cache": False, "search_index": False, "log_level": "error", **settings}
    if redis_url:
        values["redis_url"] = SecretStr(redis_url)
    return App(Settings(**values), transport=httpx.ASGITransport(app=create_app(state)))


@contextmanager
def redis() -> Iterator[str | None]:
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                                 "no", "--dir", tmp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(10)


async def ai_posts(redis_url: str | None) -> tuple[int, int]:
    state = SandboxState()
    key = state.add_account("professional", f"convo_b_{uuid.uuid4().hex[:6]}", conversations="demo", ai_limit=3)
    apps = [app_on(state, key, redis_url) for _ in range(2 if redis_url else 1)]
    for app in apps:
        await app.service.profile()

    async def ask(n: int) -> None:
        with suppress(ConvoError):
            await apps[n % len(apps)].service.ask(dataset.DEMO_IDS[0], f"Question {n}?")

    await asyncio.gather(*(ask(n) for n in range(10)))
    for app in apps:
        await app.service.aclose()
    return state.stats.requests(route="/conversations/{id}/query", key=key), 3


async def fan_outs(count: int, replicas: int, redis_url: str | None) -> tuple[int, int, int]:
    state = SandboxState()
    key = state.add_account("starter", f"convo_f_{uuid.uuid4().hex[:6]}", conversations="demo")
    apps = [app_on(state, key, redis_url) for _ in range(replicas)]
    with capture_logs() as logs:
        async def one(n: int) -> None:
            svc = apps[n % len(apps)].service
            convs, _ = await listing(svc, CallProgress(), datetime(2026, 1, 1, tzinfo=UTC))
            await gather(svc, convs, "keypoints", CallProgress())

        await asyncio.gather(*(one(n) for n in range(count)))
        for app in apps:
            await app.service.aclose()
            if app.relay is not None:
                await app.relay.stop()
    fallbacks = sum(1 for e in logs if e["event"] == "shared_state.unavailable")
    return state.stats.rate_limited_for(key), state.stats.requests(key=key), fallbacks


async def stalled(deadline: float) -> float:
    from mcp import Client

    from convo_mcp.server import build_server

    state = SandboxState.demo()
    key = state.add_account("professional", "convo_b_stall", conversations="demo")
    state.faults.inject("delay", count=500, route="/conversations/{id}/transcript", method="GET", delay=30.0)
    state.faults.inject("delay", count=500, route="/conversations/{id}/keypoints", method="GET", delay=30.0)
    worst = 0.0
    with running_sandbox(state) as base_url, tempfile.TemporaryDirectory() as tmp:
        app = App(Settings(api_key=SecretStr(key), base_url=base_url, cache_dir=tmp, persistent_cache=False,
                           tool_deadline=deadline, index_background=False, log_level="error"))
        async with Client(build_server(app)) as client:
            for name, args in (("meeting_digest", {"since": "2026-01-01"}),
                               ("get_transcript", {"conversation_id": dataset.DEMO_IDS[0]}),
                               ("find_action_items", {}), ("get_keypoints", {"conversation_id": dataset.DEMO_IDS[5]})):
                started = time.monotonic()
                await client.call_tool(name, args)
                worst = max(worst, time.monotonic() - started)
    return worst


async def main() -> None:
    sent, left = await ai_posts(None)
    print(f"AI POSTs, 10 concurrent distinct questions with {left} generations left: {sent} sent (one process)")
    limited, requests, _ = await fan_outs(10, 1, None)
    print(f"10 concurrent fan-outs, one process, Starter: {limited} x 429 ({requests} requests)")
    with redis() as url:
        if url is None:
            print("redis-server not found: replica rows skipped")
        else:
            sent, left = await ai_posts(url)
            print(f"AI POSTs, same, two replicas on Redis: {sent} sent for {left} left")
            limited, requests, _ = await fan_outs(10, 2, url)
            print(f"10 concurrent fan-outs, two replicas, Starter: {limited} x 429 ({requests} requests)")
            _, requests, fallbacks = await fan_outs(50, 2, url)
            print(f"50 concurrent fan-outs, two replicas: {fallbacks} Redis fallbacks ({requests} requests)")
    deadline = 5.0
    worst = await stalled(deadline)
    print(f"worst tool latency with Convo stalled (30 s answers), deadline {deadline:.0f} s: {worst:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
