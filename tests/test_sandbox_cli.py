"""`convo-mcp sandbox --port P` serves the Convo API simulator over real HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fakes import port_for_child

ROOT = Path(__file__).resolve().parent.parent




@pytest.mark.slow
def test_sandbox_command_serves_the_api_with_demo_keys() -> None:
    port = port_for_child()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "convo_mcp", "sandbox", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{base}/_sandbox/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "sandbox did not start"
            time.sleep(0.1)
        auth = {"Authorization": "Bearer convo_demo_starter"}
        profile = httpx.get(f"{base}/api/v1/user/profile", headers=auth)
        assert profile.json()["data"]["subscription"]["tier"] == "starter"
        assert int(profile.headers["X-RateLimit-Limit"]) == 100
        listed = httpx.get(f"{base}/api/v1/conversations", params={"limit": 100}, headers=auth).json()
        assert listed["pagination"]["total"] >= 40
        assert httpx.get(f"{base}/api/v1/user/profile").status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert b"sandbox" in proc.stderr.read().lower()  # type: ignore[union-attr]
