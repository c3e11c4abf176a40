"""Secure by default: nothing reachable from beyond this machine starts without authentication, and
OAuth mode refuses a configuration that would leak codes or keys."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from fakes import port_for_child

from convo_mcp.auth.keys import KeyBox, SecretKeyError
from convo_mcp.auth.setup import AuthConfigError, check_public_url
from convo_mcp.cli import main
from convo_mcp.http_app import HTTPConfigError, security_for


@dataclass
class Done:
    returncode: int
    stderr: str


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        restore_logging: None) -> Callable[..., Done]:
    """``convo-mcp ARGS`` in this process (``main([...])``), with only ``env`` set: every refusal
    below happens before anything listens, so no server process is needed to see it."""

    def invoke(*args: str, **env: str) -> Done:
        for name in [n for n in os.environ if n.startswith(("CONVO_", "CONVO_MCP_"))]:
            monkeypatch.delenv(name)
        for name, value in {"CONVO_MCP_CACHE_DIR": str(tmp_path / "cache"), **env}.items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        code = main(list(args))
        return Done(code, capsys.readouterr().err)

    return invoke


def test_a_tunnel_host_on_loopback_needs_authentication() -> None:
    with pytest.raises(HTTPConfigError, match="tunnel") as refused:
        security_for("127.0.0.1", 8812, token=None, allowed_hosts=["tunnel.example.com"])
    assert "CONVO_MCP_HTTP_TOKEN" in str(refused.value) and "--auth oauth" in str(refused.value)
    with_token = security_for("127.0.0.1", 8812, token="t0ken", allowed_hosts=["tunnel.example.com"])
    assert "tunnel.example.com" in with_token.allowed_hosts
    assert "https://tunnel.example.com" in with_token.allowed_origins
    with_oauth = security_for("127.0.0.1", 8812, token=None, allowed_hosts=["tunnel.example.com"], oauth=True)
    assert "tunnel.example.com" in with_oauth.allowed_hosts
    # loopback names stay fine without a token
    local = security_for("127.0.0.1", 8812, token=None, allowed_hosts=["localhost:9000", "[::1]:9000", "127.0.0.1"])
    assert "localhost:9000" in local.allowed_hosts


def test_a_public_bind_is_fine_with_oauth_and_refused_without_any_authentication() -> None:
    with pytest.raises(HTTPConfigError, match="--auth oauth"):
        security_for("0.0.0.0", 8000, token=None, allowed_hosts=["mcp.example.com"])  # noqa: S104
    s = security_for("0.0.0.0", 8000, token=None, allowed_hosts=["mcp.example.com"], oauth=True)  # noqa: S104
    assert s.allowed_hosts == ["mcp.example.com"]


def test_the_cli_refuses_to_publish_through_a_tunnel_without_a_token(run: Callable[..., Done]) -> None:
    done = run("--demo", "--transport", "http", "--port", str(port_for_child()),
               "--allowed-host", "tunnel.example.com")
    assert done.returncode == 2 and "tunnel" in done.stderr and "CONVO_MCP_HTTP_TOKEN" in done.stderr
    assert "Streamable HTTP on" not in done.stderr  # it never listened


def test_the_cli_refuses_oauth_without_a_server_key_or_with_a_plain_http_url(run: Callable[..., Done]) -> None:
    port = str(port_for_child())
    no_key = run("--transport", "http", "--port", port, "--auth", "oauth",
                 "--public-url", "https://mcp.example.com")
    plain = run("--transport", "http", "--port", port, "--auth", "oauth",
                "--public-url", "http://mcp.example.com", CONVO_MCP_SECRET_KEY=Fernet.generate_key().decode())
    no_url = run("--transport", "http", "--port", port, "--auth", "oauth")
    assert no_key.returncode == 2 and "CONVO_MCP_SECRET_KEY" in no_key.stderr and "Fernet" in no_key.stderr
    assert plain.returncode == 2 and "must be https" in plain.stderr
    assert no_url.returncode == 2 and "--public-url" in no_url.stderr
    for done in (no_key, plain, no_url):  # no CONVO_API_KEY was needed to get this far
        assert "CONVO_API_KEY" not in done.stderr


def test_public_urls() -> None:
    assert check_public_url("https://mcp.example.com/") == "https://mcp.example.com"
    assert check_public_url("http://127.0.0.1:8000") == "http://127.0.0.1:8000"
    assert check_public_url("http://localhost:8000") == "http://localhost:8000"
    for bad in ("http://mcp.example.com", "ftp://x", "https://mcp.example.com/?a=1", "mcp.example.com"):
        with pytest.raises(AuthConfigError):
            check_public_url(bad)


def test_server_keys_rotate_and_bad_ones_are_refused() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sealed_with_old = KeyBox(old).seal("convo_some_key_123")
    rotated = KeyBox(f"{new},{old}")
    assert rotated.open(sealed_with_old) == "convo_some_key_123"  # the old key still opens
    sealed_with_new = rotated.seal("convo_some_key_123")
    assert KeyBox(new).open(sealed_with_new) == "convo_some_key_123"  # new ones use the first key
    assert KeyBox(new).open(sealed_with_old) is None  # a retired key: the grant must sign in again
    assert "convo_some_key_123" not in sealed_with_new
    for bad in ("", "not-a-fernet-key", f"{new},short"):
        with pytest.raises(SecretKeyError, match="CONVO_MCP_SECRET_KEY"):
            KeyBox(bad)
