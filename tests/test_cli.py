"""The ``convo-mcp`` command line, in-process: doctor, --version and refusals that must never start serving."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from convo_mcp import __version__
from convo_mcp.app import App
from convo_mcp.cli import main
from convo_mcp.doctor import check, client_configs
from convo_mcp.sandbox import DEMO_KEYS, SandboxState

PUBLIC = "0.0.0.0"  # noqa: S104 - a public bind address, only ever refused here


@pytest.fixture(autouse=True)
def _logging(restore_logging: None) -> None:
    """main() points logging at the (captured) stderr of the moment: put back after each test."""


def json_block(text: str, heading: str) -> dict[str, object]:
    """The JSON object printed right after the line starting with `heading`."""
    after = text.split(heading, 1)[1].split("\n", 1)[1]
    parsed, end = json.JSONDecoder().raw_decode(after)
    assert after[end:end + 1] in ("", "\n")
    assert isinstance(parsed, dict)
    return parsed


def test_doctor_demo_reports_plan_limits_and_client_config(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--demo"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("convo-mcp doctor (demo)\n")
    assert "✓ Key accepted for Dana Whitfield — plan: professional (demo)" in out
    assert "✓ AI generations left this month: 100/100" in out
    assert "✓ Requests left this hour: " in out
    left, limit = out.split("Requests left this hour: ", 1)[1].split()[0].split("/")
    assert int(limit) == 500
    assert 0 < int(left) < 500  # the doctor's own requests count
    assert "✓ Google Calendar connected" in out
    assert "/webhooks/convo" in out  # professional plan: how to wire webhooks
    assert "✗" not in out

    desktop = json_block(out, "Claude Desktop")
    server = desktop["mcpServers"]["convo-demo"]  # type: ignore[index]
    command = [server["command"], *server.get("args", [])]
    # This very install, by absolute path: the package is not on PyPI, so "uvx convo-mcp" would fail.
    assert Path(command[0]).is_absolute() and os.access(command[0], os.X_OK)
    assert command[-1] == "--demo" and "uvx" not in out
    assert f"claude mcp add convo -- {' '.join(command)}" in out
    assert "CONVO_API_KEY" not in out.split("Claude Desktop", 1)[1]  # demo needs no key


def test_client_configs_for_a_real_key_carry_the_key_variable() -> None:
    text = client_configs(demo=False)
    desktop = json_block(text, "Claude Desktop")
    server = desktop["mcpServers"]["convo"]  # type: ignore[index]
    assert Path(server["command"]).is_absolute() and "--demo" not in server.get("args", [])
    assert set(server["env"]) == {"CONVO_API_KEY"}
    assert "claude mcp add convo --env CONVO_API_KEY=" in text
    assert text.rstrip().endswith(server["command"]) or server["command"] in text.splitlines()[-1]


def test_doctor_without_a_key_explains_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 2
    out = capsys.readouterr().out
    assert "CONVO_API_KEY" in out
    assert "--demo" in out


def test_doctor_with_an_empty_key_explains_instead_of_crashing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONVO_API_KEY", "")  # e.g. a config template left blank
    assert main(["doctor"]) == 2
    captured = capsys.readouterr()
    assert "No Convo API key is configured" in captured.out
    assert "Traceback" not in captured.err


def test_serving_with_an_empty_key_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONVO_API_KEY", "")
    assert main(["--transport", "http"]) == 2
    assert "CONVO_API_KEY" in capsys.readouterr().err


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("tier", "ok", "expected"),
    [
        ("starter", True, "Webhooks need the Professional plan"),
        ("enterprise", True, "AI generations: unlimited"),
        ("free", False, "Starter or above"),
    ],
)
async def test_doctor_checks_each_plan(tier: str, ok: bool, expected: str) -> None:
    app = App.on_sandbox(SandboxState.demo(), DEMO_KEYS[tier], persistent_cache=False)
    async with app.running():
        report = await check(app)
    assert report.ok is ok
    assert any(expected in line for line in report.lines), report.lines


@pytest.mark.anyio
async def test_doctor_notes_a_calendar_that_is_not_connected() -> None:
    state = SandboxState.demo()
    key = state.add_account("professional", calendar_connected=False, conversations=3)
    app = App.on_sandbox(state, key, persistent_cache=False)
    async with app.running():
        report = await check(app)
    assert report.ok is True
    assert any("Google Calendar not connected" in line for line in report.lines)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"convo-mcp {__version__}"


def test_unknown_toolset_is_refused_before_serving(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--toolsets", "nope", "--demo"]) == 2
    err = capsys.readouterr().err
    assert "unknown toolset(s): nope" in err
    assert "conversations" in err  # lists the valid choices


def test_serve_is_the_default_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--toolsets", "ai,nope", "--demo"]) == 2
    assert "unknown toolset(s): nope" in capsys.readouterr().err


def test_serving_without_a_key_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "CONVO_API_KEY" in err
    assert "DEMO MODE" not in err


def test_public_http_bind_needs_token_then_allowed_hosts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONVO_MCP_HTTP_TOKEN", raising=False)
    assert main(["--transport", "http", "--host", PUBLIC, "--demo"]) == 2
    assert "CONVO_MCP_HTTP_TOKEN" in capsys.readouterr().err
    monkeypatch.setenv("CONVO_MCP_HTTP_TOKEN", "s3cret-token")
    assert main(["--transport", "http", "--host", PUBLIC, "--demo"]) == 2
    err = capsys.readouterr().err
    assert "--allowed-host" in err
    assert "s3cret-token" not in err
    assert "Streamable HTTP on" not in err


@pytest.mark.parametrize(
    "argv",
    [["--transport", "carrier-pigeon"], ["--port", "eighty"], ["doctor", "--bogus"], ["sandbox", "--port", "x"]],
)
def test_malformed_arguments_exit_with_usage(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "usage: convo-mcp" in capsys.readouterr().err


def test_top_level_help_shows_the_serve_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0
    for flag in ("--demo", "--transport", "--read-only", "--webhook-port", "doctor", "index", "sandbox"):
        assert flag in out, flag
    assert "Python 3.11+" in out


def test_doctor_refuses_a_malformed_key_without_a_request_or_a_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setenv("CONVO_API_KEY", "badkey")
    monkeypatch.setenv("CONVO_MCP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CONVO_BASE_URL", "http://127.0.0.1:9/api/v1")  # nothing listens: any request would fail
    assert main(["doctor"]) == 2
    out = capsys.readouterr().out
    assert "does not look like a Convo API key" in out and "Nothing was sent" in out
    assert "badkey" not in out
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_doctor_leaves_nothing_behind_for_a_key_convo_rejects(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from convo_mcp.sandbox import SandboxState, running_sandbox

    with running_sandbox(SandboxState.demo()) as base_url:
        monkeypatch.setenv("CONVO_API_KEY", "convo_not_a_real_key_123456")
        monkeypatch.setenv("CONVO_BASE_URL", base_url)
        monkeypatch.setenv("CONVO_MCP_CACHE_DIR", str(tmp_path / "cache"))
        assert main(["doctor"]) == 1
    assert "✗" in capsys.readouterr().out
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_demo_and_read_only_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Claude Desktop bundle passes its switches as environment variables."""
    from convo_mcp.cli import _build, parser
    from convo_mcp.config import Settings
    from convo_mcp.server import tool_names

    monkeypatch.setenv("CONVO_MCP_DEMO", "true")
    monkeypatch.setenv("CONVO_MCP_READ_ONLY", "true")
    built = _build(parser().parse_args(["serve"]), Settings())
    assert not isinstance(built, int)
    app, make_server = built
    assert app.is_demo  # type: ignore[attr-defined]
    names = tool_names(make_server())  # type: ignore[arg-type]
    assert "list_conversations" in names and "delete_conversation" not in names


def test_the_bundle_manifest_describes_every_tool_and_keeps_the_key_secret() -> None:
    import importlib.util
    from pathlib import Path

    from convo_mcp.toolsets import all_tools

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_mcpb.py"
    spec = importlib.util.spec_from_file_location("build_mcpb", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    manifest = module.manifest("9.9.9")
    assert manifest["manifest_version"] == "0.4" and manifest["version"] == "9.9.9"
    assert manifest["server"]["type"] == "uv"
    assert manifest["user_config"]["api_key"]["sensitive"] is True
    assert manifest["server"]["mcp_config"]["env"]["CONVO_API_KEY"] == "${user_config.api_key}"
    assert {t["name"] for t in manifest["tools"]} == {t.name for t in all_tools()}
    from convo_mcp.prompts import load_prompts

    prompts = {p["name"]: p for p in manifest["prompts"]}
    assert set(prompts) == {p.name for p in load_prompts()}
    prep = prompts["meeting-prep"]
    assert "who_or_what" in prep["arguments"] and "${arguments.who_or_what}" in prep["text"]
    assert "{who_or_what}" not in prep["text"].replace("${arguments.who_or_what}", "")
    # without a key, the bundle's server points at the extension's settings, not at an environment variable
    where = manifest["server"]["mcp_config"]["env"]["CONVO_MCP_CONFIGURED_IN"]
    from convo_mcp.config import Settings
    from convo_mcp.errors import NotConfiguredError

    with pytest.raises(NotConfiguredError) as refused:
        Settings(api_key=None, configured_in=where).account()
    assert where in refused.value.hint and "Demo mode" in refused.value.hint
    assert "CONVO_API_KEY" not in refused.value.hint and "--demo" not in refused.value.hint


@pytest.mark.slow
def test_the_stdio_server_starts_without_what_its_mode_does_not_need() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from convo_mcp.cli import parser, _build\n"
        "from convo_mcp.config import Settings\n"
        "import asyncio\n"
        "app, make_server = _build(parser().parse_args(['serve']), Settings())\n"
        "server = make_server()\n"
        "async def serve_a_moment():\n"
        "    async with app.running():\n"
        "        await asyncio.sleep(0.2)\n"
        "asyncio.run(serve_a_moment())\n"
        "heavy = ('httpx', 'sqlite3', 'convo_mcp.sandbox', 'convo_mcp.state.redis', 'convo_mcp.state.sqlite.index',\n"
        "         'convo_mcp.convo.client', 'convo_mcp.http_app', 'convo_mcp.webhooks.receiver', 'redis')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "CONVO_API_KEY": "convo_startup_probe_key", "CONVO_MCP_INDEX_BACKGROUND": "true"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""


def test_a_port_in_use_is_said_plainly_before_any_banner(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    held.listen(1)
    port = held.getsockname()[1]
    try:
        assert main(["--transport", "http", "--port", str(port), "--demo"]) == 2
    finally:
        held.close()
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:{port}: the port is already in use" in err and "--port" in err
    assert "Streamable HTTP on" not in err and "Traceback" not in err and "Errno" not in err
