"""Whether a person's tool call is running: the background indexer gives way to it."""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Iterator

from convo_mcp.types import Clock


class Activity:
    """Whether a person's tool call is running now (the background walker gives way to it)."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.running = 0
        self.last_end = -math.inf
        self._clock = clock

    @contextlib.contextmanager
    def call(self) -> Iterator[None]:
        self.running += 1
        try:
            yield
        finally:
            self.running -= 1
            self.last_end = self._clock()

    def quiet_for(self) -> float:
        return 0.0 if self.running else self._clock() - self.last_end
