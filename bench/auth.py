"""OAuth mode under load: 50 people signed in on one process, all calling tools at once.

Prints the time the server spends checking bearer tokens per HTTP request (what auth adds to each
call: token lookup, grant check, the account's App), the calls' end-to-end latency for context,
cross-account leaks (an answer holding another person's meeting or profile) and 429s.

    .venv/bin/python bench/auth.py [--people 50] [--calls 10]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import uvicorn
from cryptography.fernet import Fernet

from convo_mcp.app import App
from convo_mcp.auth.setup import build_oauth
from convo_mcp.config import Settings
from convo_mcp.http_app import build_http_app
from convo_mcp.sandbox import SandboxState
from convo_mcp.server import build_server

CALLBACK = "http://127.0.0.1:9/callback"
HEADERS = {"Accept": "application/json, text/event-stream", "MCP-Protocol-Version": "2025-11-25"}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def result(response: httpx.Response) -> dict[str, Any]:
    data = [line[5:] for line in response.text.splitlines() if line.startswith("data:")]
    message = json.loads(data[-1]) if data else response.json()
    return dict(message.get("result") or {"error": message.get("error")})


async def sign_in(http: httpx.AsyncClient, mcp: str, key: str) -> str:
    client = (await http.post("/register", json={"client_name": "bench", "redirect_uris": [CALLBACK],
                                                  "token_endpoint_auth_method": "client_secret_post"})).json()
    verifier = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    r = await http.get("/authorize", params={"response_type": "code", "client_id": client["client_id"],
                                             "redirect_uri": CALLBACK, "code_challenge": challenge,
                                             "code_challenge_method": "S256", "state": "s", "resource": mcp})
    request = parse_qs(urlparse(r.headers["location"]).query)["request"][0]
    form = re.search(r'name="form" value="([^"]*)"', (await http.get("/signin", params={"request": request})).text)
    done = await http.post("/signin", data={"request": request, "key": key, "form": form.group(1) if form else ""})
    code = parse_qs(urlparse(done.headers["location"]).query)["code"][0]
    token = await http.post("/token", data={"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK,
                                            "code_verifier": verifier, "client_id": client["client_id"],
                                            "client_secret": client["client_secret"], "resource": mcp})
    return str(token.json()["access_token"])


async def person(http: httpx.AsyncClient, access: str, calls: int, latencies: list[float]) -> list[dict[str, Any]]:
    headers = {**HEADERS, "Authorization": f"Bearer {access}"}
    init = await http.post("/mcp", headers=headers, json={"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}})
    headers["mcp-session-id"] = init.headers["mcp-session-id"]
    await http.post("/mcp", headers=headers, json={"jsonrpc": "2.0", "method": "notifications/initialized"})
    answers = []
    for n in range(calls):
        tool, args = (("get_account", {}) if n % 2 else ("list_conversations", {"limit": 10}))
        started = time.perf_counter()
        r = await http.post("/mcp", headers=headers, json={"jsonrpc": "2.0", "id": n + 1, "method": "tools/call",
                                                           "params": {"name": tool, "arguments": args}})
        latencies.append((time.perf_counter() - started) * 1000)
        answers.append(result(r))
    return answers


async def load(port: int, calls: int, tokens_file: str, out_file: str) -> None:
    """The people's side, in its own process: every person's calls at once."""
    tokens = json.loads(Path(tokens_file).read_text())  # noqa: ASYNC240 - before the load starts
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=len(tokens) * 2)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120, limits=limits) as http:
        started = time.perf_counter()
        answers = await asyncio.gather(*(person(http, t, calls, latencies) for t in tokens))
        wall = time.perf_counter() - started
    Path(out_file).write_text(json.dumps({"answers": answers, "latencies": latencies, "wall": wall}))  # noqa: ASYNC240


async def main(people: int, calls: int) -> None:
    state = SandboxState()
    keys = [state.add_account(tier="professional", key=f"convo_bench_person_{n:03d}", rate_limit=500, conversations=8)
            for n in range(people)]
    for n, key in enumerate(keys):
        state.account(key).name = f"Person {n:03d}"  # so a profile answer names whose it is
    owned = {key: {c.id for c in state.account(key).visible} for key in keys}
    names = {key: state.account(key).name for key in keys}
    with tempfile.TemporaryDirectory() as tmp:
        port = 18000 + os.getpid() % 1000
        # all the people come from 127.0.0.1 here: lift the per-address limit meant for the internet
        settings = Settings(cache_dir=Path(tmp), secret_key=Fernet.generate_key().decode(), index_background=False,
                            log_level="error", http_client_limit=10_000)
        app = App.on_sandbox(state, None, settings)
        oauth = build_oauth(app, f"http://127.0.0.1:{port}")
        checks: list[float] = []  # a signed-in person's requests
        firsts: list[float] = []  # each person's first request, which also opens their account's App
        verify, accounts = oauth.verifier.verify_token, oauth.verifier.accounts

        async def timed(token: str) -> Any:
            before, started = len(accounts), time.perf_counter()
            try:
                return await verify(token)
            finally:
                (firsts if len(accounts) > before else checks).append((time.perf_counter() - started) * 1000)

        oauth.verifier.verify_token = timed  # type: ignore[method-assign]
        asgi = build_http_app(app, build_server(app, source=oauth.accounts), host="127.0.0.1", port=port, oauth=oauth)
        server = uvicorn.Server(uvicorn.Config(asgi, host="127.0.0.1", port=port, log_config=None, access_log=False,
                                               limit_concurrency=2000))
        serving = asyncio.create_task(server.serve())  # this process only serves; the load comes from another
        while not server.started:  # noqa: ASYNC110 - uvicorn offers no event to wait on
            await asyncio.sleep(0.02)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            mcp = f"http://127.0.0.1:{port}/mcp"
            tokens = await asyncio.gather(*(sign_in(http, mcp, key) for key in keys))
        checks.clear()
        tokens_file, out_file = str(Path(tmp) / "tokens.json"), str(Path(tmp) / "out.json")
        Path(tokens_file).write_text(json.dumps(tokens))  # noqa: ASYNC240 - before the load starts
        proc = await asyncio.create_subprocess_exec(sys.executable, __file__, "--load", str(port), str(calls),
                                                    tokens_file, out_file)
        await proc.wait()
        server.should_exit = True
        await serving
        done = json.loads(Path(out_file).read_text())  # noqa: ASYNC240 - after it ended
    answers, latencies, wall = done["answers"], done["latencies"], done["wall"]
    leaks = errors = 0
    for key, theirs in zip(keys, answers, strict=True):
        for answer in theirs:
            structured = answer.get("structuredContent") or {}
            if answer.get("isError") or "error" in answer:
                errors += 1
            elif "conversations" in structured:
                leaks += sum(1 for c in structured["conversations"] if c["id"] not in owned[key])
            elif structured.get("name") != names[key]:
                leaks += 1
    print(f"{people} people × {calls} tool calls at once: {people * calls} calls in {wall:.1f} s; "
          f"{len(checks) + len(firsts)} token checks")
    print(f"auth added per HTTP request (token check): p50 {statistics.median(checks):.2f} ms, "
          f"p95 {pct(checks, 0.95):.2f} ms, max {max(checks):.2f} ms ({len(checks)} requests)")
    print(f"  a person's first request, which also opens their account (cache, index, budget): "
          f"p50 {statistics.median(firsts):.1f} ms, max {max(firsts):.1f} ms ({len(firsts)} people)")
    print(f"tools/call end to end: p50 {statistics.median(latencies):.1f} ms, p95 {pct(latencies, 0.95):.1f} ms")
    print(f"cross-account leaks: {leaks}; errors: {errors}; 429s from Convo: {state.stats.rate_limited}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--calls", type=int, default=10)
    parser.add_argument("--load", nargs=4, help=argparse.SUPPRESS)  # the load process: port calls tokens out
    args = parser.parse_args()
    if args.load:
        port, calls, tokens_file, out_file = args.load
        asyncio.run(load(int(port), int(calls), tokens_file, out_file))
    else:
        asyncio.run(main(args.people, args.calls))
