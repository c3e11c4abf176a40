"""The remote mode probed as an attacker would, on loopback: prints the numbers issue-level targets
are stated in. The server is the real ``convo-mcp serve --transport http --auth oauth`` process and
the Convo sandbox another process; this process is the attacker (and the honest people beside it).

1. Slow connections: 1,000 connections from 50 addresses send half their headers and hold;
   meanwhile ``/healthz`` latency and a signed-in tool call are measured, then how long the server
   took to close each slow connection.
2. Key guessing: wrong keys on one sign-in link, then on many links from one address; the upstream
   key checks (``GET /user/profile`` at Convo) are counted.
3. Flooding: 1,000 registrations from one address (the auth store's growth on disk) and 1,000
   ``/authorize`` calls (the pending sign-ins left).
4. Descriptors: 60 people signed in to a server started with ``ulimit -n 256``.

    .venv/bin/python bench/hostile.py [--slow 1000] [--skip-descriptors]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
CALLBACK = "http://127.0.0.1:9/callback"
HEADERS = {"Accept": "application/json, text/event-stream", "MCP-Protocol-Version": "2025-11-25"}
SANDBOX = """
from convo_mcp.sandbox import SandboxState
from convo_mcp.sandbox.testing import run_sandbox_server
state = SandboxState()
for n in range({people}):
    state.add_account(tier="professional", key=f"convo_hostile_{{n:03d}}_key", conversations=3)
run_sandbox_server("127.0.0.1", {port}, state)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise SystemExit(f"{url}: the process ended ({proc.returncode})")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise SystemExit(f"{url} did not start") from None
            time.sleep(0.1)


@contextmanager
def servers(tmp: Path, people: int, open_files: int | None = None) -> Iterator[tuple[str, str]]:
    """The sandbox and the OAuth server, each its own process; yields (server root, sandbox root)."""
    sandbox_port, port = free_port(), free_port()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp)}
    sandbox = subprocess.Popen([sys.executable, "-c", SANDBOX.format(people=people, port=sandbox_port)], cwd=ROOT,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def limit() -> None:
        if open_files is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, open_files))

    server = subprocess.Popen(
        [sys.executable, "-m", "convo_mcp", "serve", "--transport", "http", "--auth", "oauth", "--port", str(port),
         "--public-url", f"http://127.0.0.1:{port}"], cwd=ROOT, preexec_fn=limit,
        env={**env, "CONVO_BASE_URL": f"http://127.0.0.1:{sandbox_port}/api/v1",
             "CONVO_MCP_SECRET_KEY": Fernet.generate_key().decode(), "CONVO_MCP_CACHE_DIR": str(tmp / "data"),
             "CONVO_MCP_SEARCH_VECTORS": "false", "CONVO_MCP_LOG_LEVEL": "warning"},
        stdout=subprocess.DEVNULL, stderr=open(tmp / "server.log", "w"))  # noqa: SIM115 - the child keeps it
    try:
        _wait(f"http://127.0.0.1:{sandbox_port}/_sandbox/health", sandbox)
        _wait(f"http://127.0.0.1:{port}/healthz", server)
        yield f"http://127.0.0.1:{port}", f"http://127.0.0.1:{sandbox_port}"
    finally:
        for proc in (server, sandbox):
            proc.terminate()
            proc.wait(timeout=30)


def client_from(root: str, address: str = "127.0.0.1") -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=root, timeout=60, transport=httpx.AsyncHTTPTransport(local_address=address))


def pkce() -> tuple[str, str]:
    verifier = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    return verifier, base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


async def register(http: httpx.AsyncClient, name: str = "probe") -> httpx.Response:
    return await http.post("/register", json={"client_name": name, "redirect_uris": [CALLBACK],
                                               "token_endpoint_auth_method": "client_secret_post"})


async def authorize(http: httpx.AsyncClient, client: dict[str, Any], challenge: str) -> httpx.Response:
    return await http.get("/authorize", params={
        "response_type": "code", "client_id": client["client_id"], "redirect_uri": CALLBACK, "state": "s",
        "code_challenge": challenge, "code_challenge_method": "S256", "resource": str(http.base_url.join("/mcp"))})


def link_of(response: httpx.Response) -> str | None:
    location = response.headers.get("location", "")
    found = parse_qs(urlparse(location).query).get("request")
    return found[0] if found else None


async def sign_in(http: httpx.AsyncClient, request: str, key: str) -> httpx.Response:
    page = await http.get("/signin", params={"request": request})
    form = re.search(r'name="form" value="([^"]*)"', page.text)
    return await http.post("/signin", data={"request": request, "key": key, "form": form.group(1) if form else ""})


async def signed_in(root: str, key: str, address: str) -> str:
    """A person from ``address`` signs in with ``key``; their access token."""
    async with client_from(root, address) as http:
        client = (await register(http, "person")).json()
        verifier, challenge = pkce()
        request = link_of(await authorize(http, client, challenge))
        assert request, "no sign-in link"
        done = await sign_in(http, request, key)
        code = parse_qs(urlparse(done.headers["location"]).query)["code"][0]
        token = await http.post("/token", data={
            "grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, "code_verifier": verifier,
            "client_id": client["client_id"], "client_secret": client["client_secret"],
            "resource": f"{root}/mcp"})
        return str(token.json()["access_token"])


async def tool_call(root: str, access: str, address: str = "127.0.0.1") -> bool:
    headers = {**HEADERS, "Authorization": f"Bearer {access}"}
    async with client_from(root, address) as http:
        init = await http.post("/mcp", headers=headers, json={
            "jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
                "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "probe", "version": "1"}}})
        if init.status_code != 200:
            return False
        headers["mcp-session-id"] = init.headers["mcp-session-id"]
        await http.post("/mcp", headers=headers, json={"jsonrpc": "2.0", "method": "notifications/initialized"})
        call = {"name": "list_conversations", "arguments": {"limit": 2}}
        r = await http.post("/mcp", headers=headers,
                            json={"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": call})
        return r.status_code == 200 and '"isError":false' in r.text.replace(" ", "") and "conversations" in r.text


async def profile_checks(sandbox: str) -> int:
    async with httpx.AsyncClient(timeout=10) as http:
        stats = (await http.get(f"{sandbox}/_sandbox/stats")).json()
    return int(stats["requests"].get("GET /user/profile", 0))


# --- 1. slow connections ---------------------------------------------------------------------------

async def slow_connections(root: str, count: int) -> None:
    host, port = "127.0.0.1", int(urlparse(root).port or 80)
    access = await signed_in(root, "convo_hostile_000_key", "127.0.0.1")
    opened_at: list[float] = []
    closed_after: list[float] = []
    held: list[asyncio.StreamWriter] = []
    all_open = asyncio.Event()

    async def hold(n: int) -> None:
        address = f"127.0.9.{1 + n % 50}"  # 50 addresses, 20 connections each: under the per-address cap
        try:
            reader, writer = await asyncio.open_connection(host, port, local_addr=(address, 0))
        except OSError:
            return
        finally:
            if n == count - 1:
                all_open.set()
        started = time.monotonic()
        opened_at.append(started)
        held.append(writer)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")  # and never the rest
        try:
            await asyncio.wait_for(reader.read(), timeout=30)
            closed_after.append(time.monotonic() - started)
        except (TimeoutError, OSError):
            pass

    holders = [asyncio.create_task(hold(n)) for n in range(count)]
    await all_open.wait()
    await asyncio.sleep(0.5)  # the last ones' half headers reach the server
    health: list[float] = []
    failures = 0
    async with client_from(root) as http:
        for _ in range(100):
            started = time.perf_counter()
            r = await http.get("/healthz")
            health.append((time.perf_counter() - started) * 1000)
            failures += r.status_code != 200
            await asyncio.sleep(0.02)
    called = await tool_call(root, access)
    await asyncio.gather(*holders)
    for writer in held:
        writer.close()
    print(f"1. {len(opened_at)} connections holding unfinished headers (50 addresses):")
    print(f"   /healthz meanwhile: p50 {statistics.median(health):.1f} ms, p95 {pct(health, 0.95):.1f} ms, "
          f"{failures} not 200 (of 100)")
    print(f"   a signed-in tool call meanwhile: {'succeeded' if called else 'FAILED'}")
    within = sum(1 for s in closed_after if s <= 15)
    print(f"   closed by the server: {len(closed_after)} of {len(opened_at)}, {within} within 15 s "
          f"(slowest after {max(closed_after, default=float('nan')):.1f} s)")


# --- 2. guessing ---------------------------------------------------------------------------------------

async def guessing(root: str, sandbox: str) -> None:
    async with client_from(root, "127.0.10.1") as http:
        client = (await register(http)).json()
        request = link_of(await authorize(http, client, pkce()[1]))
        assert request
        before = await profile_checks(sandbox)
        answers = [(await sign_in(http, request, f"convo_wrong_guess_{i:03d}")).status_code for i in range(60)]
        one_link = await profile_checks(sandbox) - before
    print(f"2. 60 wrong keys on one sign-in link: {one_link} upstream key checks; answers "
          f"{ {s: answers.count(s) for s in sorted(set(answers))} }")
    async with client_from(root, "127.0.10.2") as http:
        client = (await register(http)).json()
        before = await profile_checks(sandbox)
        tried = 0
        for _ in range(12):  # a new link each time the last is used up: 12 links × 5 guesses
            request = link_of(await authorize(http, client, pkce()[1]))
            if request is None:
                break
            for i in range(5):
                await sign_in(http, request, f"convo_wrong_{tried}_{i}")
            tried += 1
        one_address = await profile_checks(sandbox) - before
    print(f"   {tried} links × 5 wrong keys from one address: {one_address} upstream key checks this hour")


# --- 3. flooding -----------------------------------------------------------------------------------------

def store_bytes(tmp: Path, part: str = "") -> int:
    return sum(p.stat().st_size for p in (tmp / "data").rglob(f"auth.sqlite3{part}") if p.is_file())


def pending_records(tmp: Path) -> int:
    import sqlite3

    path = next((tmp / "data").rglob("auth.sqlite3"))
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT count(*) FROM records WHERE kind = 'pending'").fetchone()[0])
    finally:
        db.close()


async def flooding(root: str, tmp: Path) -> None:
    before = store_bytes(tmp)
    async with client_from(root, "127.0.11.1") as http:
        codes = [(await register(http, "x" * 150)).status_code for _ in range(1000)]
    grown, log_size = store_bytes(tmp) - before, store_bytes(tmp, "-wal")
    print(f"3. 1,000 registrations from one address: {codes.count(201)} accepted, {codes.count(429)} refused "
          f"(429); the auth store grew by {grown / 1e6:.3f} MB (its write-ahead log is "
          f"{log_size / 1e6:.3f} MB after it)")
    async with client_from(root, "127.0.11.2") as http:
        client = (await register(http)).json()
        before_pending = pending_records(tmp)
        statuses = [(await authorize(http, client, pkce()[1])).status_code for _ in range(1000)]
    print(f"   1,000 /authorize calls from one address: {statuses.count(302)} sign-in links given, "
          f"{statuses.count(429)} refused (429); pending sign-ins left: {pending_records(tmp) - before_pending}")
    spread: list[int] = []
    for n in range(20):  # the same 1,000 calls from 20 addresses
        async with client_from(root, f"127.0.12.{n + 1}") as http:
            client = (await register(http)).json()
            spread += [(await authorize(http, client, pkce()[1])).status_code for _ in range(50)]
    print(f"   1,000 /authorize calls from 20 addresses: pending sign-ins in all: {pending_records(tmp)}")


# --- 4. descriptors -----------------------------------------------------------------------------------------

async def descriptors(tmp: Path) -> None:
    people = 60
    with servers(tmp / "fds", people, open_files=256) as (root, _):
        ok = 0
        for n in range(people):
            address = f"127.0.{20 + n // 200}.{1 + n % 200}"
            access = await signed_in(root, f"convo_hostile_{n:03d}_key", address)
            ok += await tool_call(root, access, address)
        log = (tmp / "fds" / "server.log").read_text()
    emfile = log.count("Too many open files") + log.count("EMFILE") + log.count("out_of_files")
    print(f"4. ulimit -n 256: {ok} of {people} signed-in people made a tool call; EMFILE/out_of_files in the log: "
          f"{emfile}")
    from convo_mcp.descriptors import FDS_PER_ACCOUNT, RESERVE, budget

    default = budget(resource.getrlimit(resource.RLIMIT_NOFILE)[1])
    need = RESERVE + default.accounts * FDS_PER_ACCOUNT + default.connections
    print(f"   at this machine's hard limit ({default.limit}): {default.accounts} accounts and {default.connections} "
          f"connections need at most {need} descriptors ({need / default.limit:.0%} of the limit)")


async def main(slow: int, skip_descriptors: bool) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # this process holds the slow connections
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        with servers(tmp, 4) as (root, sandbox):
            await slow_connections(root, slow)
            await guessing(root, sandbox)
            await flooding(root, tmp)
        if not skip_descriptors:
            (tmp / "fds").mkdir()
            await descriptors(tmp)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--slow", type=int, default=1000)
    parser.add_argument("--skip-descriptors", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.slow, args.skip_descriptors))
