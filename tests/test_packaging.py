"""server.json for the MCP registry, and what the README promises about it."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import convo_mcp

ROOT = Path(__file__).resolve().parent.parent
NAME_PATTERN = r"^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$"  # the registry schema's (2025-12-11)


def server_json() -> dict[str, object]:
    data: dict[str, object] = json.loads((ROOT / "server.json").read_text(encoding="utf-8"))
    return data


def test_server_json_has_the_registry_required_fields() -> None:
    data = server_json()
    assert {"name", "description", "version"} <= set(data)
    assert re.fullmatch(NAME_PATTERN, str(data["name"]))
    assert str(data["$schema"]).endswith("/2025-12-11/server.schema.json")
    assert 1 <= len(str(data["description"])) <= 100


def test_server_json_versions_match_the_package() -> None:
    data = server_json()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert data["version"] == project["version"] == convo_mcp.__version__
    (package,) = data["packages"]  # type: ignore[misc]
    assert package["version"] == project["version"]


def test_server_json_pypi_stdio_package_with_secret_key() -> None:
    (package,) = server_json()["packages"]  # type: ignore[misc]
    assert package["registryType"] == "pypi"
    assert package["identifier"] == "convo-mcp"
    assert package["transport"] == {"type": "stdio"}
    env = {e["name"]: e for e in package["environmentVariables"]}
    assert env["CONVO_API_KEY"]["isSecret"] is True and env["CONVO_API_KEY"]["isRequired"] is True


def test_readme_carries_the_mcp_name_line_and_quick_start() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"mcp-name: {server_json()['name']}" in readme
    assert "convo-mcp --demo" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest -q"
    assert test_command in readme and test_command in ci


def test_a_plain_install_without_redis_serves_tools_with_its_cache_file(tmp_path: Path) -> None:
    """``pip install convo-mcp`` brings no redis: nothing on the one-user path may import it."""
    import subprocess
    import sys

    script = """
import asyncio, sys
class NoRedis:
    def find_spec(self, name, *args):
        if name == "redis" or name.startswith("redis."):
            raise ModuleNotFoundError(name)
sys.meta_path.insert(0, NoRedis())
from mcp import Client
from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.sandbox import DEMO_KEYS, SandboxState
from convo_mcp.server import build_server

async def main():
    app = App.on_sandbox(SandboxState.demo(), DEMO_KEYS["professional"],
                         Settings(cache_dir=sys.argv[1], persistent_cache=True, index_background=False))
    async with Client(build_server(app)) as client:
        result = await client.call_tool("get_account", {})
    print("error" if result.is_error else result.structured_content["plan"])
    assert "redis" not in sys.modules
    assert any(p.name.startswith("convo-") for p in __import__("pathlib").Path(sys.argv[1]).rglob("*.sqlite3"))

asyncio.run(main())
"""
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "professional", done.stdout + done.stderr[-2000:]


def _speaks(argv: list[str], env: dict[str, str]) -> dict[str, object]:
    """Start ``argv`` as a client would, initialize and call get_account; its result."""
    import subprocess

    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "get_account", "arguments": {}}},
    ]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    assert proc.stdin is not None and proc.stdout is not None
    reply: dict[str, object] = {}
    try:
        for message in messages:
            proc.stdin.write(json.dumps(message) + "\n")
            proc.stdin.flush()
            while "id" in message:
                line = proc.stdout.readline()
                assert line, "the server exited: " + (proc.stderr.read() if proc.stderr else "")[-600:]
                reply = json.loads(line)
                if reply.get("id") == message["id"]:
                    break
    finally:
        proc.kill()
        proc.wait()
    result = reply["result"]
    assert isinstance(result, dict)
    return result


def test_the_config_doctor_prints_starts_the_server_it_ran_from(tmp_path: Path) -> None:
    import subprocess
    import sys

    # as after the Quick start: the venv's interpreter, the venv not on PATH (no activated shell)
    venv_python = Path(sys.prefix) / "bin" / "python"
    assert venv_python.is_symlink() or venv_python.exists()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CONVO_MCP_CACHE_DIR": str(tmp_path / "cache"),
           "CONVO_MCP_INDEX_BACKGROUND": "false"}
    out = subprocess.run([str(venv_python), "-m", "convo_mcp", "doctor", "--demo"], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout
    config = json.loads(out[out.index("{"):out.index("\n}\n") + 2])
    server = config["mcpServers"]["convo-demo"]
    argv = [server["command"], *server.get("args", [])]
    assert Path(argv[0]).is_absolute() and str(Path(argv[0])).startswith(sys.prefix), argv
    result = _speaks(argv, env)  # exactly what it printed, started the way a client starts it
    assert not result.get("isError") and "professional" in json.dumps(result["structuredContent"])
    code = out[out.index("claude mcp add"):].splitlines()[0].split(" -- ", 1)[1].split()
    assert code == argv


def test_the_launcher_keeps_the_venv_interpreter_unresolved(tmp_path: Path, monkeypatch: object) -> None:
    import sys

    import pytest

    from convo_mcp import doctor

    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(Path(sys.executable).resolve())  # a venv's python links to the base one
    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(sys, "executable", str(bin_dir / "python"))
        mp.setattr(doctor.shutil, "which", lambda _name: None)
        assert doctor.launcher() == [str(bin_dir / "python"), "-m", "convo_mcp"]
        (bin_dir / "convo-mcp").write_text("#!/bin/sh\n")
        assert doctor.launcher() == [str(bin_dir / "convo-mcp")]
    finally:
        mp.undo()
