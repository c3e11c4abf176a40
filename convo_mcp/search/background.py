"""When the background indexer runs: a few seconds after the server starts (so starting stays as fast
as without it), for the account each App serves (in OAuth mode, each signed-in account open on this
replica, within that account's own budget). Replicas sharing Redis but no database do not run it
(each would take a share of one budget: they index on the way, on webhooks and with ``deep=true``,
and ``convo-mcp index`` fills the rest). With a database, replicas run it under a lease kept there:
one replica at a time per account, and another takes over where it stopped (the index it fills is
the database's) when its lease lapses."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from convo_mcp.config import Settings
from convo_mcp.search.activity import Activity, Walked
from convo_mcp.state.base import INDEXER_LEASE, Lease, Leases
from convo_mcp.types import Clock, Sleep

if TYPE_CHECKING:
    from convo_mcp.search.filler import Indexer


class Walks(Walked, Protocol):
    """The service as the schedule sees it: what the walker reads through, and the index it fills."""

    @property
    def index(self) -> Indexer | None: ...

START_AFTER = 5.0  # seconds after start: the server answers its first requests first


class BackgroundSchedule:
    def __init__(self, settings: Settings, service: Callable[[], Walks], activity: Activity, *,
                 clock: Clock, sleep: Sleep | None = None, start_after: float = START_AFTER,
                 leases: Callable[[], Leases | None] = lambda: None, turns: bool = False) -> None:
        self.settings, self._service, self.activity, self._leases = settings, service, activity, leases
        self.turns = turns  # processes on other hosts take turns under shared leases
        self.clock, self.sleep, self.start_after = clock, sleep, start_after
        self._task: asyncio.Task[None] | None = None

    def wanted(self, *, shared: bool) -> bool:
        """On: one process, or processes that share leases to take turns (a database)."""
        return (self.settings.index_background and self.settings.search_index and self.settings.has_key
                and (not shared or self.turns))

    def start(self, *, shared: bool) -> None:
        if self._task is None and self.wanted(shared=shared):
            self._task = asyncio.get_running_loop().create_task(self._walk())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _walk(self) -> None:
        from convo_mcp.search.filler import BackgroundIndexer

        await (self.sleep or asyncio.sleep)(self.start_after)
        service = self._service()
        if service.index is None:
            return
        leases = self._leases()  # shared with other processes: one at a time walks this account
        lease = Lease(leases, INDEXER_LEASE) if leases is not None else None
        await BackgroundIndexer(service, service.index, self.activity, share=self.settings.index_share,
                                reserve=self.settings.budget_reserve, clock=self.clock,
                                sleep=self.sleep or asyncio.sleep, lease=lease).run()
