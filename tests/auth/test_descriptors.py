"""The OAuth server under a low open-files limit: it shares the limit out at startup, so sixty
people each make a tool call with no descriptor running out (the server process and the Convo
sandbox are separate processes, talking over real HTTP)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet
from fakes import port_for_child
from oauthkit import Manual, pkce, rpc_result

from convo_mcp.descriptors import FDS_PER_ACCOUNT, RESERVE, budget
from convo_mcp.errors import OutOfFilesError, TransportError, out_of_files

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 60
SANDBOX = """
import sys
from convo_mcp.sandbox import SandboxState
from convo_mcp.sandbox.testing import run_sandbox_server
state = SandboxState()
for n in range({people}):
    state.add_account(tier="starter", key=f"convo_person_{{n:03d}}_key", conversations=3)
run_sandbox_server("127.0.0.1", {port}, state)
"""


def _wait(url: str, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while True:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            assert time.monotonic() < deadline, f"{url} did not start"
            time.sleep(0.1)


@contextmanager
def processes(tmp_path: Path, limit: int) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    sandbox_port, port = port_for_child(), port_for_child()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    sandbox = subprocess.Popen([sys.executable, "-c", SANDBOX.format(people=PEOPLE, port=sandbox_port)], cwd=ROOT,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))

    server = subprocess.Popen(
        [sys.executable, "-m", "convo_mcp", "serve", "--transport", "http", "--auth", "oauth", "--port", str(port),
         "--public-url", f"http://127.0.0.1:{port}"], cwd=ROOT, preexec_fn=low_limit,
        env={**env, "CONVO_BASE_URL": f"http://127.0.0.1:{sandbox_port}/api/v1",
             "CONVO_MCP_SECRET_KEY": Fernet.generate_key().decode(), "CONVO_MCP_CACHE_DIR": str(tmp_path / "data"),
             "CONVO_MCP_SEARCH_VECTORS": "false"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait(f"http://127.0.0.1:{sandbox_port}/api/v1/health", sandbox)
        _wait(f"http://127.0.0.1:{port}/healthz", server)
        yield f"http://127.0.0.1:{port}", server
    finally:
        for proc in (server, sandbox):
            proc.terminate()
            proc.wait(timeout=20)


def open_files(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


async def test_sixty_people_under_a_limit_of_256_open_files(tmp_path: Path) -> None:
    with processes(tmp_path, 256) as (root, server):
        most = 0
        world: Any = SimpleNamespace(mcp=f"{root}/mcp")
        async with httpx.AsyncClient(base_url=root, timeout=60) as http:
            client = await Manual(world, http).client()
            for n in range(PEOPLE):
                source = f"127.0.{1 + n // 200}.{1 + n % 200}"  # each person from their own address
                async with httpx.AsyncClient(base_url=root, timeout=60,
                                             transport=httpx.AsyncHTTPTransport(local_address=source)) as own:
                    person = Manual(world, own)
                    verifier, challenge = pkce()
                    signed = await person.sign_in(await person.request_id(client, challenge),
                                                  f"convo_person_{n:03d}_key")
                    assert signed.status_code == 303, signed.text
                    code = httpx.URL(signed.headers["location"]).params["code"]
                    tokens = await person.token(client, code, verifier)
                    assert tokens.status_code == 200, tokens.text
                    called = await person.call(tokens.json()["access_token"], "list_conversations", {"limit": 2})
                    result = rpc_result(called)
                    assert not result.get("isError"), result
                    assert len(result["structuredContent"]["conversations"]) == 2
                most = max(most, open_files(server.pid))
        server.terminate()
        _, log = server.communicate(timeout=20)
    assert "open-files limit 256" in log  # what it derived is said at startup
    assert "Too many open files" not in log and "out_of_files" not in log and "EMFILE" not in log
    assert most < 256
    accounts = budget(256).accounts
    assert RESERVE + accounts * FDS_PER_ACCOUNT < 256


def test_the_soft_limit_is_raised_to_the_hard_one_and_shared_out() -> None:
    script = ("import resource; from convo_mcp.descriptors import raise_soft_limit, budget; "
              "print(raise_soft_limit(), resource.getrlimit(resource.RLIMIT_NOFILE)[0], budget(raise_soft_limit()))")

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 4096))

    out = subprocess.run([sys.executable, "-c", script], preexec_fn=limits, capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    assert out.startswith("4096 4096 Budget(limit=4096")
    big = budget(1 << 20)
    assert big.accounts == 500 and big.connections == 10_000  # the default limit: 500 accounts, a wide margin
    assert RESERVE + big.accounts * FDS_PER_ACCOUNT + big.connections < (1 << 20) // 10


def test_running_out_of_descriptors_is_reported_as_such() -> None:
    import errno

    wrapped = httpx.ConnectError("connect failed")
    wrapped.__cause__ = OSError(errno.EMFILE, "Too many open files")  # how httpx raises it
    assert out_of_files(wrapped)
    assert not out_of_files(httpx.ConnectError("refused"))
    err = OutOfFilesError()
    assert isinstance(err, TransportError) and err.code == "out_of_files"
    assert "ulimit -n" in err.hint and "Convo could not be reached" not in err.message
