"""Fixtures for the replica tests: a real ``redis-server`` and clusters of server processes.

``redis-server`` is found on PATH. When it is missing, the tests are skipped on a developer's
machine but FAIL under CI (``CI`` set): CI installs it (see ``.ci/run``), and a silently skipped
scale suite would hide regressions.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from fakes import port_for_child

from convo_mcp.sandbox import SandboxState, running_sandbox

ROOT = Path(__file__).resolve().parents[2]
WEBHOOK_SECRET = "whsec_scale_tests_0123456789abcdef"




def redis_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    message = ("redis-server is not installed: the replica tests need a real Redis "
               "(apt-get install -y redis-server)")
    if os.environ.get("CI"):
        pytest.fail(f"{message}. CI must install it before running the tests.", pytrace=False)
    pytest.skip(message)


@dataclass
class RedisServer:
    port: int
    password: str | None
    proc: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)


def start_redis(directory: Path, *, password: str | None = None, port: int | None = None) -> RedisServer:
    binary = redis_binary()
    directory.mkdir(parents=True, exist_ok=True)
    port = port or port_for_child()
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", str(directory), "--logfile", str(directory / "redis.log")]
    if password:
        args += ["--requirepass", password]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"redis-server exited with {proc.returncode}; see {directory / 'redis.log'}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return RedisServer(port, password, proc)
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("redis-server did not start within 10 s")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = start_redis(tmp_path_factory.mktemp("redis"))
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture
def redis_factory(tmp_path: Path) -> Iterator[Callable[..., RedisServer]]:
    """``redis_factory(password=None, port=None)`` → a private redis-server for this test (the test may kill it)."""
    servers: list[RedisServer] = []

    def make(*, password: str | None = None, port: int | None = None) -> RedisServer:
        server = start_redis(tmp_path / f"redis-{len(servers)}", password=password, port=port)
        servers.append(server)
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.kill()


@pytest.fixture
def webhook_secret() -> str:
    return WEBHOOK_SECRET


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[SandboxState, str]]:
    """One sandbox over real HTTP per module; each test adds its own account (own key, own budget)."""
    state = SandboxState()
    with running_sandbox(state) as base_url:
        yield state, base_url


# --- replicas ------------------------------------------------------------------------------------


@dataclass
class Replica:
    port: int
    proc: subprocess.Popen[bytes]
    log_path: Path

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def mcp(self) -> str:
        return f"{self.root}/mcp"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


@dataclass
class Cluster:
    state: SandboxState
    key: str
    replicas: list[Replica] = field(default_factory=list)

    def requests(self, route: str | None = None, method: str | None = None) -> int:
        return self.state.stats.requests(route, method, key=self.key)


def start_replicas(
    count: int, *, key: str, base_url: str, redis_url: str, work: Path, log_level: str = "info",
) -> list[Replica]:
    replicas: list[Replica] = []
    for index in range(count):
        port = port_for_child()
        home = work / f"replica-{index + 1}"
        home.mkdir(parents=True, exist_ok=True)
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(home),
            "XDG_CACHE_HOME": str(home / "cache"),
            "CONVO_MCP_CACHE_DIR": str(home / "cache" / "convo-mcp"),
            "CONVO_API_KEY": key,
            "CONVO_BASE_URL": base_url,
            "CONVO_MCP_REDIS_URL": redis_url,
            "CONVO_MCP_REDIS_TIMEOUT": "3",  # a busy CI box must not look like a Redis outage
            "CONVO_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "CONVO_MCP_LOG_LEVEL": log_level,
            "PYTHONUNBUFFERED": "1",
            "PYTHONWARNINGS": "ignore",
        }
        log_path = home / "stderr.log"
        with log_path.open("wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "convo_mcp", "--transport", "http", "--port", str(port), "--stateless",
                 "--shutdown-grace", "5"],
                cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
            )
        replicas.append(Replica(port, proc, log_path))
    deadline = time.monotonic() + 30
    for replica in replicas:
        while True:
            if replica.proc.poll() is not None:
                raise RuntimeError(f"replica on {replica.port} exited:\n{replica.log()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{replica.root}/readyz", timeout=1).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"replica on {replica.port} not ready in 30 s:\n{replica.log()}")
            time.sleep(0.1)
    return replicas


@pytest.fixture
def make_cluster(
    sandbox: tuple[SandboxState, str], redis_server: RedisServer, tmp_path: Path,
) -> Iterator[Callable[..., Cluster]]:
    """``make_cluster(key, rate_limit=None, redis=None, count=3)`` → a :class:`Cluster` of replica
    processes on a fresh sandbox account; stopped (SIGTERM) after the test."""
    state, base_url = sandbox
    started: list[Replica] = []

    def make(key: str, *, rate_limit: int | None = None, redis: RedisServer | None = None,
             count: int = 3, tier: str = "starter") -> Cluster:
        state.add_account(tier=tier, key=key, rate_limit=rate_limit, conversations="demo")
        server = redis or redis_server
        replicas = start_replicas(count, key=key, base_url=base_url, redis_url=server.url, work=tmp_path / key)
        started.extend(replicas)
        return Cluster(state, key, replicas)

    try:
        yield make
    finally:
        for replica in started:
            replica.stop()
