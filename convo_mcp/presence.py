"""Replicas on one key without Redis, noticed and said.

On a team's database, the replicas of one account share the cache and the index, but without Redis
each keeps its own pace of the hourly requests, its own AI count and its own single-flight: together
they can draw 429s and spend one generation twice. So each process serving an account with a key
says it is there, in the database (a mark renewed every ``ANNOUNCE_EVERY`` seconds that lapses
``TTL`` seconds after the process stops or dies), and ``/readyz`` and ``convo-mcp doctor`` warn
(:func:`alone_warning`) when more than one is there and no Redis is configured.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from typing import TYPE_CHECKING, Protocol

from convo_mcp.errors import LocalFault
from convo_mcp.log import get_logger

if TYPE_CHECKING:
    from convo_mcp.config import Settings
    from convo_mcp.state.base import Engine
    from convo_mcp.types import Clock

log = get_logger("convo_mcp.presence")
ANNOUNCE_EVERY = 20.0
TTL = 60.0
SIGNED_IN = "oauth-servers"  # where OAuth mode's servers (no key of their own) say they are there


class Marks(Protocol):
    async def announce(self, ttl: float) -> None: ...

    async def withdraw(self) -> None: ...

    async def count(self) -> int: ...


def alone_warning(replicas: int, *, signed_in: bool = False) -> str | None:
    """The warning for ``replicas`` processes serving one key (or, ``signed_in``, the people who sign
    in to OAuth mode) on one database without Redis; None for one process."""
    if replicas < 2:
        return None
    whose = "people's keys, each of them" if signed_in else "this key"
    return (f"{replicas} replicas serve {whose} on one database without Redis: each replica paces the hourly requests "
            "and counts AI generations on its own, so together they can draw 429s and spend a generation twice. "
            "Set CONVO_MCP_REDIS_URL on every replica (docs/team.md).")


def marks_for(engine: Engine, settings: Settings, *, clock: Clock) -> Marks | None:
    """This process's mark where the engine can keep one (a database) and it matters (no Redis): for
    the account ``settings`` names, or without a key (OAuth mode) among the database's OAuth servers."""
    presence = getattr(engine, "presence", None)
    if presence is None or settings.redis_url is not None:
        return None
    marks: Marks = presence(settings.data_id() if settings.has_key else SIGNED_IN, uuid.uuid4().hex, clock=clock)
    return marks


class Presence:
    """Keeps this process's mark while the App runs; counts the account's processes for readiness."""

    def __init__(self, marks: Marks, *, signed_in: bool = False) -> None:
        self.marks, self.signed_in = marks, signed_in
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Say this process is here now, and keep saying it."""
        if self._task is None:
            await self._announce()
            self._task = asyncio.get_running_loop().create_task(self._keep())

    async def _announce(self) -> None:
        try:
            await self.marks.announce(TTL)
        except LocalFault as exc:  # the database is down: said by its own warning; said again later
            log.debug("presence.not_announced", code=exc.code)

    async def _keep(self) -> None:
        while True:
            await asyncio.sleep(ANNOUNCE_EVERY)
            await self._announce()

    async def stop(self) -> None:
        if self._task is not None:
            task, self._task = self._task, None
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            with contextlib.suppress(LocalFault):
                await self.marks.withdraw()

    async def warning(self) -> str | None:
        """The replicas-without-Redis warning when it applies now (None too when the database cannot say)."""
        try:
            return alone_warning(await self.marks.count(), signed_in=self.signed_in)
        except LocalFault:
            return None
