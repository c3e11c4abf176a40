"""A team's set-up said plainly, on a real PostgreSQL and the sandbox over real HTTP: ``doctor``
prints a configuration that reaches the same data (the variables' names, never a secret's value),
and ``/readyz`` and ``doctor`` warn while replicas serve one key on the database without Redis."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fakes import free_port, serving
from kit import World, sandbox_world
from pgserver import PASSWORD, PostgresServer, empty

from convo_mcp.config import Settings
from convo_mcp.doctor import client_env, run_doctor
from convo_mcp.http_app import build_http_app
from convo_mcp.server import build_server

pytestmark = pytest.mark.anyio
KEY = "convo_team_professional"


@pytest.fixture
def world(tmp_path: Path, postgres: PostgresServer) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as w:
        w.settings["database_url"] = empty(postgres)
        yield w


def desktop_env(out: str) -> dict[str, str]:
    block = out.split("Claude Desktop (claude_desktop_config.json) and Cursor (.cursor/mcp.json):", 1)[1]
    start = block.index("{")
    config, _ = json.JSONDecoder().raw_decode(block[start:])
    return dict(config["mcpServers"]["convo"]["env"])


async def doctor(world: World, **extra: Any) -> tuple[int, str]:
    settings = Settings(api_key=KEY, base_url=world.base_url, database_url=world.settings["database_url"],
                        cache_dir=world.cache, **extra)
    out = io.StringIO()
    code = await run_doctor(settings, out=out)
    return code, out.getvalue()


async def test_doctor_prints_a_config_that_reaches_the_same_database_and_api_without_secrets(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONVO_MCP_SEARCH_VECTORS", "false")  # set here: the pasted config keeps it
    monkeypatch.setenv("CONVO_MCP_HTTP_TOKEN", "http-token-not-for-clients-5e1f")  # the HTTP server's own
    monkeypatch.setenv("CONVO_WEBHOOK_SECRET", "whsec_never_printed_0a9b")
    code, out = await doctor(world)
    env = desktop_env(out)
    assert code == 0, out
    assert env["CONVO_API_KEY"] == "convo_…"
    assert env["CONVO_BASE_URL"] == world.base_url  # the same Convo
    port = world.settings["database_url"].split("@", 1)[1].split("/", 1)[0]
    assert env["CONVO_MCP_DATABASE_URL"] == f"postgresql://<user>:<password>@{port}/convo"  # the shared index
    assert env["CONVO_MCP_SEARCH_VECTORS"] == "false" and env["CONVO_WEBHOOK_SECRET"] == "<secret>"
    assert "CONVO_MCP_HTTP_TOKEN" not in env
    assert "--env CONVO_MCP_DATABASE_URL=" in out and f"--env CONVO_BASE_URL={world.base_url}" in out
    assert "Fill in each <…>" in out
    for secret in (PASSWORD, "http-token-not-for-clients-5e1f", "whsec_never_printed_0a9b", KEY):
        assert secret not in out
    assert "0 servers on this key now: fine without Redis" in out and "⚠" not in out


def test_the_config_names_redis_with_its_password_left_out() -> None:
    env = client_env(Settings(redis_url="redis://:redis-pw-77@cache.internal:6380/2",
                              database_url="postgresql://team:db-pw-88@db.internal/convo?sslmode=require"))
    assert env["CONVO_MCP_REDIS_URL"] == "redis://:<password>@cache.internal:6380/2"
    assert env["CONVO_MCP_DATABASE_URL"] == "postgresql://<user>:<password>@db.internal/convo?sslmode=require"
    assert "CONVO_BASE_URL" not in env  # Convo's own address: nothing to say


async def test_replicas_on_one_key_without_redis_are_warned_by_readyz_and_doctor(world: World,
                                                                              tmp_path: Path) -> None:
    first = world.app(cache_dir=tmp_path / "replica-1")
    second = world.app(cache_dir=tmp_path / "replica-2")
    port = free_port()
    asgi = build_http_app(first, build_server(first), host="127.0.0.1", port=port)
    with serving(asgi, port) as root:
        async with httpx.AsyncClient(base_url=root, timeout=30) as http:
            alone = (await http.get("/readyz")).json()
            async with second.running():
                together = await http.get("/readyz")
                code, out = await doctor(world)
            after = (await http.get("/readyz")).json()  # the second stopped: its mark is gone
    assert together.status_code == 200  # a warning, not unready
    body = together.json()
    assert body["ready"] and body["shared_state"] == "off"
    assert "2 replicas serve this key" in body["warning"] and "CONVO_MCP_REDIS_URL" in body["warning"]
    assert "warning" not in alone and "warning" not in after
    assert code == 0 and "⚠ 2 replicas serve this key" in out  # doctor is not counted as a replica


async def test_no_warning_with_redis_or_in_the_demo(world: World, tmp_path: Path) -> None:
    one, two = (world.app(cache_dir=tmp_path / f"r{n}", redis_url="redis://127.0.0.1:1/0") for n in (1, 2))
    async with one.running(), two.running():
        assert one.presence is None and two.presence is None  # Redis shares the counts: nothing to warn of
    from convo_mcp.app import App

    demo = App.demo(Settings(cache_dir=tmp_path / "demo", database_url=world.settings["database_url"]))
    async with demo.running():
        assert demo.presence is None
