"""The running tool call's deadline, readable anywhere below the tools (fan-outs stop reading in time
to assemble a partial answer instead of being cut off)."""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Iterator
from contextvars import ContextVar

_DEADLINE: ContextVar[float | None] = ContextVar("convo_mcp_tool_deadline", default=None)


def deadline_left() -> float:
    """Seconds left before the running tool call's deadline (infinite outside a tool call)."""
    end = _DEADLINE.get()
    return math.inf if end is None else max(0.0, end - time.monotonic())


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """The code inside runs with ``seconds`` as its deadline."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)
