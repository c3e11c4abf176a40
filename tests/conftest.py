"""Shared fixtures: anyio on asyncio, and no test ever touches the user's real cache folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
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
def fake_time() -> FakeTime:
    return FakeTime()
