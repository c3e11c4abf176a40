"""Replay a realistic agent session against the sandbox (Starter plan: 100 requests/hour, 10 AI
generations/month) through convo-mcp, then again in a new server process, and beside it the same
sessions through a naive pass-through (every tool call → its API calls, nothing remembered, one
request per meeting fired at once — what a thin wrapper does).

Prints upstream requests, 429s, AI credits and characters/≈tokens returned to the model, and the
floor: the number of distinct API resources (method + URL + body) the first session needed.
Run: .venv/bin/python bench/economy.py
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from convo_mcp.sandbox import SandboxState, create_app, dataset
from convo_mcp.sandbox.testing import running_asgi_app

ACME_PRICING = "sess_f5147f8c8b68"
QUESTIONS = ("What discount did we agree?", "Who owns the order form?", "What are the risks?")


# --- the session, through convo-mcp (runs in its own process) ----------------------------------


async def ours(base_url: str, key: str, cache_dir: str) -> dict[str, Any]:
    from mcp import Client
    from pydantic import SecretStr

    from convo_mcp.app import App
    from convo_mcp.config import Settings
    from convo_mcp.server import build_server

    app = App(Settings(api_key=SecretStr(key), base_url=base_url, cache_dir=cache_dir, log_level="error"))
    chars = {"text": 0, "structured": 0, "calls": 0, "errors": 0}

    async with Client(build_server(app), mode="legacy") as client:

        async def call(name: str, **args: Any) -> Any:
            r = await client.call_tool(name, args)
            chars["calls"] += 1
            chars["errors"] += int(bool(r.is_error))
            chars["text"] += sum(len(c.text) for c in r.content if hasattr(c, "text"))
            chars["structured"] += len(json.dumps(r.structured_content or {}))
            return r

        listed = await call("list_conversations", limit=20)
        five = [c["id"] for c in listed.structured_content["conversations"][:5]]
        for _ in range(2):
            for cid in five:
                r = await call("get_keypoints", conversation_id=cid)
                if not r.is_error and not r.structured_content["available"]:
                    await call("generate_keypoints", conversation_id=cid)
        for q in QUESTIONS:
            await call("ask_conversation", conversation_id=ACME_PRICING, question=q)
        since = (datetime.now(UTC) - timedelta(days=7)).date().isoformat()
        await call("meeting_digest", since=since)
        await call("find_action_items", owner="Priya")
        await call("prepare_briefing", who_or_what="Acme Corp")
        offset: int | None = 0
        while offset is not None:
            page = await call("get_transcript", conversation_id=dataset.LONG_MEETING_ID, offset=offset)
            offset = None if page.is_error else page.structured_content.get("next_offset")
        fb = await call("get_feedback", conversation_id=five[1])
        if not fb.is_error and not fb.structured_content["available"]:
            await call("generate_feedback", conversation_id=five[1])
        await call("draft_follow_up_email", conversation_id=ACME_PRICING, recipient_name="Jordan")
    return chars


# --- the same session through a naive pass-through --------------------------------------------


async def naive(base_url: str, key: str) -> dict[str, Any]:
    chars = {"text": 0, "structured": 0, "calls": 0, "errors": 0}
    async with httpx.AsyncClient(base_url=base_url + "/", headers={"Authorization": f"Bearer {key}"},
                                 timeout=60) as http:

        async def api(method: str, path: str, **kw: Any) -> Any:
            r = await http.request(method, path.lstrip("/"), **kw)
            chars["text"] += len(json.dumps(r.json(), indent=2))  # what a thin wrapper hands the model
            return r

        async def tool(fn: Callable[[], Awaitable[Any]]) -> Any:
            chars["calls"] += 1
            try:
                return await fn()
            except Exception:
                chars["errors"] += 1
                return None

        async def keypoints_or_generate(cid: str) -> None:
            r = await api("GET", f"/conversations/{cid}/keypoints")
            if r.status_code == 404:
                await api("POST", f"/conversations/{cid}/keypoints", json={})

        async def fan_out(params: dict[str, Any]) -> None:
            listed = (await api("GET", "/conversations", params=params)).json().get("data", [])
            await asyncio.gather(*(api("GET", f"/conversations/{c['id']}/keypoints") for c in listed))

        listed = (await tool(lambda: api("GET", "/conversations", params={"limit": 20}))).json()["data"]
        five = [c["id"] for c in listed[:5]]
        for _ in range(2):
            for cid in five:
                await tool(lambda cid=cid: keypoints_or_generate(cid))  # type: ignore[misc]
        for q in QUESTIONS:
            await tool(lambda q=q: api("POST", f"/conversations/{ACME_PRICING}/query", json={"query": q}))  # type: ignore[misc]
        now = datetime.now(UTC)
        await tool(lambda: fan_out({"limit": 100, "since": (now - timedelta(days=7)).isoformat()}))
        await tool(lambda: fan_out({"limit": 100, "since": (now - timedelta(days=30)).isoformat()}))
        await tool(lambda: fan_out({"limit": 100, "search": "Acme Corp"}))
        await tool(lambda: api("GET", f"/conversations/{dataset.LONG_MEETING_ID}/transcript"))

        async def feedback() -> None:
            r = await api("GET", f"/conversations/{five[1]}/feedback")
            if r.status_code == 404:
                await api("POST", f"/conversations/{five[1]}/feedback", json={})

        await tool(feedback)
        await tool(lambda: api("POST", f"/conversations/{ACME_PRICING}/email", json={"recipientName": "Jordan"}))
    return chars


# --- the harness --------------------------------------------------------------------------------


class Recorder:
    """ASGI middleware that logs every API request (key, method, URL, body) the sandbox serves."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.log: list[tuple[str, str, str, str]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        body = b""
        more = True
        messages = []
        while more:
            message = await receive()
            messages.append(message)
            body += message.get("body", b"")
            more = message.get("more_body", False)
        auth = dict(scope["headers"]).get(b"authorization", b"").decode()
        url = scope["path"] + ("?" + scope["query_string"].decode() if scope["query_string"] else "")
        self.log.append((auth[-12:], scope["method"], url, hashlib.sha256(body).hexdigest()[:8]))

        async def replay() -> Any:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        await self.app(scope, replay, send)


def run_child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=600, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    state = SandboxState.demo()
    ours_key = state.add_account(tier="starter", key="convo_bench_ours_0001", conversations="demo")
    naive_key = state.add_account(tier="starter", key="convo_bench_naive_001", conversations="demo")
    recorder = Recorder(create_app(state))
    rows = []
    with running_asgi_app(recorder) as root, tempfile.TemporaryDirectory() as cache_dir:
        base = root + "/api/v1"
        for label, key, args in (
            ("convo-mcp, session 1", ours_key, ["ours", base, ours_key, cache_dir]),
            ("convo-mcp, session 2 (new process)", ours_key, ["ours", base, ours_key, cache_dir]),
            ("naive pass-through, session 1", naive_key, ["naive", base, naive_key]),
            ("naive pass-through, session 2", naive_key, ["naive", base, naive_key]),
        ):
            start = len(recorder.log)
            credits0, limited0 = state.stats.credits_spent(key), state.stats.rate_limited_for(key)
            chars = run_child(*args)
            requests = recorder.log[start:]
            rows.append((label, len(requests), len({r[1:] for r in requests}),
                         state.stats.rate_limited_for(key) - limited0, state.stats.credits_spent(key) - credits0,
                         chars))
    print(f"{'session':38} {'requests':>8} {'distinct':>8} {'429s':>5} {'credits':>7} "
          f"{'text chars':>10} {'≈tokens':>8} {'calls':>5} {'errors':>6}")
    for label, n, distinct, limited, credits, chars in rows:
        print(f"{label:38} {n:>8} {distinct:>8} {limited:>5} {credits:>7} {chars['text']:>10,} "
              f"{round(chars['text'] / 4):>8,} {chars['calls']:>5} {chars['errors']:>6}")
    floor = rows[0][2]
    print(f"\nfloor (distinct API resources session 1 needed): {floor}")
    print(f"session 1 requests / floor: {rows[0][1] / floor:.2f}")
    print(f"session 2 requests / session 1: {rows[1][1] / rows[0][1]:.1%}")
    print(f"naive session 1 requests / convo-mcp session 1: {rows[2][1] / rows[0][1]:.1f}x")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "ours":
        print(json.dumps(asyncio.run(ours(sys.argv[2], sys.argv[3], sys.argv[4]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "naive":
        print(json.dumps(asyncio.run(naive(sys.argv[2], sys.argv[3]))))
    else:
        main()
