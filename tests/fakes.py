"""Test doubles shared by the suites (importable: tests/ is on sys.path through its conftest)."""

from __future__ import annotations

import asyncio
import time


class FakeTime:
    """Real time plus every wait it skipped: retry back-off and Retry-After return at once, and the
    clock moves on as if they had been waited out. ``sleeps`` lists what was asked for."""

    def __init__(self) -> None:
        self.skipped = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return time.time() + self.skipped

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.skipped += max(0.0, seconds)
        await asyncio.sleep(0)
