"""Fault injection: the next N matching API requests fail in a chosen way."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal, cast, get_args

FaultKind = Literal["500", "502_html", "malformed_json", "delay", "reset", "429", "503"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)


@dataclass
class Fault:
    """A pending fault.

    ``500``/``503``: JSON error; ``502_html``: an HTML gateway page; ``malformed_json``: 200 with a
    truncated JSON body; ``delay``: sleep ``delay`` seconds then answer normally (with
    ``after_effect=True`` the request is processed first — credits spent, results stored — and
    only the answer is delayed); ``reset``: the connection is dropped without an answer;
    ``429``: ``rate_limited`` with ``Retry-After: retry_after``.
    Except ``delay`` with ``after_effect``, a faulted request has no side effect.
    """

    kind: FaultKind
    remaining: int
    route: str | None = None
    method: str | None = None
    delay: float = 0.0
    after_effect: bool = False
    retry_after: int = 1

    def matches(self, method: str, template: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.route is None or self.route in (template, path)


def _normalise_route(route: str | None) -> str | None:
    if route is None:
        return None
    route = route.split("?", 1)[0]
    if route.startswith("/api/v1"):
        route = route[len("/api/v1"):]
    return "/" + route.strip("/")


class Faults:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[Fault] = []

    def inject(
        self,
        kind: str,
        count: int = 1,
        *,
        route: str | None = None,
        method: str | None = None,
        delay: float = 0.0,
        after_effect: bool = False,
        retry_after: int = 1,
    ) -> Fault:
        """Make the next ``count`` requests matching ``route`` (a template such as
        ``/conversations/{id}/keypoints`` or a concrete path) and ``method`` fail with ``kind``."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(FAULT_KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        if after_effect and kind != "delay":
            raise ValueError("after_effect applies to the 'delay' fault only")
        fault = Fault(cast(FaultKind, kind), count, _normalise_route(route), method, float(delay),
                      after_effect, retry_after)
        with self._lock:
            self._pending.append(fault)
        return fault

    def take(self, method: str, template: str, path: str) -> Fault | None:
        """Consume one use of the first pending fault matching this request."""
        with self._lock:
            for fault in self._pending:
                if fault.matches(method, template, path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._pending.remove(fault)
                    return fault
        return None

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._pending)

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()
