"""When the background indexer runs: a few seconds after the server starts (so starting stays as fast
as without it), in the single-process mode only (replicas would each take their share of one shared
budget: with Redis they index on the way, on webhooks and with ``deep=true``, and ``convo-mcp index``
fills the rest), and never in OAuth mode (each signed-in account spends only on its own calls)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from convo_mcp.config import Settings
from convo_mcp.search.activity import Activity
from convo_mcp.types import Clock, Sleep

if TYPE_CHECKING:
    from convo_mcp.service import ConvoService

START_AFTER = 5.0  # seconds after start: the server answers its first requests first


class BackgroundSchedule:
    def __init__(self, settings: Settings, service: Callable[[], ConvoService], activity: Activity, *,
                 clock: Clock, sleep: Sleep | None = None, start_after: float = START_AFTER) -> None:
        self.settings, self._service, self.activity = settings, service, activity
        self.clock, self.sleep, self.start_after = clock, sleep, start_after
        self._task: asyncio.Task[None] | None = None

    def wanted(self, *, shared: bool) -> bool:
        return (self.settings.index_background and self.settings.search_index and self.settings.has_key
                and not shared)

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
        await BackgroundIndexer(service, service.index, self.activity, share=self.settings.index_share,
                                reserve=self.settings.budget_reserve, clock=self.clock,
                                sleep=self.sleep or asyncio.sleep).run()
