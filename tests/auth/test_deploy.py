"""The container's own command line (read from the Dockerfile), run as a process: it serves health,
refuses anonymous MCP requests with where to sign in, and publishes its OAuth metadata."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from cryptography.fernet import Fernet
from fakes import port_for_child

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def container_command() -> list[str]:
    cmd = re.search(r"^CMD (\[.*\])$", (ROOT / "Dockerfile").read_text(), re.M)
    assert cmd, "the Dockerfile has a CMD"
    argv = json.loads(cmd.group(1))
    assert argv[:2] == ["sh", "-c"]
    return argv


def test_the_container_command_serves_oauth_and_health(tmp_path: Path) -> None:
    port = port_for_child()
    shell = container_command()[2].replace("--port 8000", f"--port {port}")
    shell = shell.replace("exec convo-mcp", f"exec {sys.executable} -m convo_mcp")
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "PUBLIC_URL": "https://mcp.example.com",
           "CONVO_MCP_SECRET_KEY": Fernet.generate_key().decode(), "CONVO_MCP_CACHE_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen(["sh", "-c", shell], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        public = {"Host": "mcp.example.com"}
        anonymous = httpx.post(f"http://127.0.0.1:{port}/mcp", headers={**public, "Accept": "application/json"},
                               json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        prm = httpx.get(f"http://127.0.0.1:{port}/.well-known/oauth-protected-resource/mcp", headers=public).json()
        foreign = httpx.post(f"http://127.0.0.1:{port}/mcp", headers={"Host": "evil.example"}, json={})
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert health.status_code == 200
    assert anonymous.status_code == 401
    assert 'resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' in \
        anonymous.headers["www-authenticate"]
    assert prm["resource"] == "https://mcp.example.com/mcp"
    assert foreign.status_code in (401, 421)


def test_compose_runs_the_server_on_postgres_and_redis_once_both_are_healthy() -> None:
    """What can be checked without a Docker daemon: the file parses, every service the server needs
    is there with a health check and a volume, and the server waits for both and is given both."""
    import yaml

    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"convo-mcp", "postgres", "redis"}
    server = services["convo-mcp"]
    assert server["depends_on"] == {"postgres": {"condition": "service_healthy"},
                                    "redis": {"condition": "service_healthy"}}
    env = server["environment"]
    assert env["CONVO_MCP_DATABASE_URL"].startswith("postgresql://convo:${POSTGRES_PASSWORD")
    assert env["CONVO_MCP_DATABASE_URL"].endswith("@postgres:5432/convo")
    assert env["CONVO_MCP_REDIS_URL"].endswith("@redis:6379/0")
    for name in ("postgres", "redis"):
        check = services[name]["healthcheck"]
        assert check["test"][0] == "CMD-SHELL" and check["interval"] and check["retries"] >= 5
        assert any(v.split(":")[0] in compose["volumes"] for v in services[name]["volumes"])
    pg = services["postgres"]
    assert pg["image"].startswith("postgres:15") and pg["environment"]["POSTGRES_USER"] == "convo"
    assert "pg_isready -U convo -d convo" in pg["healthcheck"]["test"][1]
    # the image has the database driver the URL needs
    assert "postgres" in re.search(r"convo-mcp\[([a-z,]+)\]", (ROOT / "Dockerfile").read_text()).group(1)
