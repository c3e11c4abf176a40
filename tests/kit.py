"""The small kit the MCP-level suites share: a sandbox served over real HTTP with Apps on it, a
client connected through the real SDK, and reading tool results."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from mcp import Client

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.sandbox import SandboxState, running_sandbox
from convo_mcp.server import build_server
from convo_mcp.state.base import Engine


@dataclass
class World:
    """A sandbox on 127.0.0.1 (``base_url``), and Apps for its accounts with their data in ``cache``."""

    state: SandboxState
    base_url: str
    cache: Path
    key: str | None = None  # the account ``app()`` uses when given none
    engine: Engine | None = None  # where Apps keep their state (None: what the settings choose)
    settings: dict[str, Any] = field(default_factory=dict)  # what every App here is also given (a database)

    def app(self, key: str | None = None, **overrides: Any) -> App:
        chosen = key or self.key
        assert chosen is not None, "name the account's key"
        values: dict[str, Any] = {"base_url": self.base_url, "cache_dir": self.cache, "persistent_cache": False,
                                  "index_background": False, **self.settings, **overrides}
        return App(Settings(**values).for_key(chosen), engine=self.engine)

    def requests(self, route: str | None = None) -> int:
        """Requests the sandbox has answered (on one route, or in all)."""
        return self.state.stats.requests(route=route) if route else self.state.stats.total_requests

    def account(self, tier: str = "professional", **options: Any) -> str:
        """A new account on the sandbox; returns its key."""
        options.setdefault("conversations", "demo")
        return self.state.add_account(tier, f"convo_kit_{tier}_{len(self.state.accounts)}", **options)


@contextmanager
def sandbox_world(tmp_path: Path, key: str, tier: str = "professional", *,
                  demo_day: datetime | None = None) -> Iterator[World]:
    """The demo sandbox served on 127.0.0.1 with an account ``key`` holding the demo meetings (laid
    out back from ``demo_day``, default today: a test that reads particular meetings pins the day, so
    the same meetings are said whatever day it runs)."""
    state = SandboxState.demo(demo_day)
    state.add_account(tier, key, conversations="demo", demo_now=demo_day)
    with running_sandbox(state) as base_url:
        yield World(state, base_url, tmp_path / "cache", key)


def say(world: World, conversation_id: str, speaker: str, sentence: str, skip: int = 5) -> int:
    """Put ``sentence`` in the mouth of ``speaker`` in that meeting of ``world.key``'s account (one of their
    segments after the first few); returns its segment index."""
    assert world.key is not None
    conv = world.state.account(world.key).conversations[conversation_id]
    index = next(i for i, s in enumerate(conv.segments) if i >= skip and s.speaker == speaker)
    conv.segments[index] = replace(conv.segments[index], text=sentence)
    return index


def put(world: World, conversation_id: str, index: int, speaker: str, sentence: str) -> None:
    """Make segment ``index`` of that meeting ``speaker`` saying ``sentence``."""
    assert world.key is not None
    conv = world.state.account(world.key).conversations[conversation_id]
    conv.segments[index] = replace(conv.segments[index], speaker=speaker, text=sentence)


def two_meetings(world: World) -> tuple[str, str, str, str]:
    """An older and a newer meeting of ``world.key``'s account (different days) sharing two speakers."""
    assert world.key is not None
    convs = sorted((c for c in world.state.account(world.key).visible if len(c.segments) > 40),
                   key=lambda c: c.start)
    for i, old in enumerate(convs):
        for new in convs[i + 1:]:
            if new.start.date() <= old.start.date():
                continue
            both = sorted({s.speaker for s in old.segments} & {s.speaker for s in new.segments})
            if len(both) >= 2:
                return old.id, new.id, both[0], both[1]
    raise AssertionError("the demo data has no two such meetings")


@asynccontextmanager
async def connected(app: App, **client_options: Any) -> AsyncIterator[Client]:
    """The real SDK client, in memory, on a server over ``app``."""
    async with Client(build_server(app), **client_options) as client:
        yield client


async def call(client: Any, name: str, **args: Any) -> Any:
    return await client.call_tool(name, args)


async def call_ok(client: Any, name: str, **args: Any) -> Any:
    """A call that must succeed (its text is the failure message when it does not)."""
    result = await client.call_tool(name, args)
    assert not result.is_error, text(result)
    return result


def text(result: Any) -> str:
    return "\n".join(c.text for c in result.content if getattr(c, "type", "") == "text")


def error(result: Any) -> dict[str, Any]:
    """The structured error of a refused call."""
    assert result.is_error, text(result) if result.content else result
    return dict(result.structured_content["error"])
