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
