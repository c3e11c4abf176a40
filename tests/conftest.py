"""Shared fixtures: anyio on asyncio, no test ever touches the user's real cache folder, and a
headless browser for the page tests."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import structlog
from fakes import FakeTime


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("CONVO_MCP_CACHE_DIR", str(cache / "convo-mcp"))
    monkeypatch.delenv("CONVO_API_KEY", raising=False)
    monkeypatch.delenv("CONVO_WEBHOOK_SECRET", raising=False)
    # Request counts in tests are exact: the background indexer runs only where a test starts it.
    monkeypatch.setenv("CONVO_MCP_INDEX_BACKGROUND", "false")
    return cache


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """For tests that run ``main([...])`` in-process: it points logging at the (captured) stderr of
    the moment, which closes with the test; put the configuration back afterwards."""
    saved = structlog.get_config()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    structlog.configure(**saved)
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


def chromium() -> str:
    """Debian's chromium (nothing downloads a browser here); the page tests skip without it, and
    fail under CI, which must install it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    message = "chromium is not installed: the page tests need Debian's chromium (apt-get install -y chromium)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}. CI must install it before running the tests.", pytrace=False)
    pytest.skip(message)


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    """Headless Chromium driven by Playwright."""
    api = pytest.importorskip("playwright.async_api")
    path = chromium()
    async with api.async_playwright() as p:
        b = await p.chromium.launch(executable_path=path, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                          "--disable-background-networking"])
        try:
            yield b
        finally:
            await b.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``slow`` means a test starts a subprocess, a browser or a real Redis: marked by hand where a
    test starts a process, and here for every test that uses the browser or the replica suites'
    Redis. ``pytest -m "not slow"`` is the quick loop; the README's test command runs them all."""
    for item in items:
        uses = set(getattr(item, "fixturenames", ()))
        if "browser" in uses or "/tests/scale/" in str(item.path):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One real PostgreSQL cluster for the session (see tests/pgserver.py)."""
    from pgserver import start_postgres

    server = start_postgres(tmp_path_factory.mktemp("postgres"))
    try:
        yield server
    finally:
        server.stop()
