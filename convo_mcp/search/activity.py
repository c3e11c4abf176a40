"""What the background indexer works with: whether a person's tool call is running (it gives way to
it), and what it reads through (:class:`Walked`, the service)."""

from __future__ import annotations

import contextlib
import math
import time
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from convo_mcp.types import Clock

if TYPE_CHECKING:
    from convo_mcp.convo.models import Conversation, Transcript
    from convo_mcp.outcome import Budget, Outcome


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


class Walked(Protocol):
    """What the background indexer reads through: the service (its requests counted in the budget)."""

    @property
    def background_spent(self) -> deque[float]:
        """When each of the background indexer's requests went out (the last hour)."""

    def budget(self) -> Budget: ...

    def requests_made(self) -> int: ...

    async def all_conversations(self, *, search: str | None = None, since: datetime | None = None,
                                max_pages: int | None = None) -> tuple[list[Conversation], bool]: ...

    async def transcript(self, conversation_id: str) -> Outcome[Transcript]: ...
