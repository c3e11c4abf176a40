"""Small shared types: how time is read and waited for, and what JSON looks like.

Time comes in from outside (``App`` → service → ``ConvoClient`` → rate governor), so tests of
back-off and expiry pass a fake clock and a sleep that returns at once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeAlias

Clock: TypeAlias = Callable[[], float]
"""Seconds since the epoch (``time.time``), or a test's fake."""

Sleep: TypeAlias = Callable[[float], Awaitable[None]]
"""Wait this many seconds (``asyncio.sleep``), or a test's fake that advances its clock."""

JSON: TypeAlias = Any
"""A value as ``json.loads`` returns it: what the cache stores and Convo sends."""


class Progress(Protocol):
    """Progress of one tool call, reported to the client when it asked for it."""

    done: int  # steps so far

    async def step(self, message: str, *, total: int | None = None, advance: int = 1) -> None: ...
