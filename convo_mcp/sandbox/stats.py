"""Counters a test can read: requests per route, credits spent, 429 answers, statuses."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

UNMATCHED = "<unmatched>"  # route template recorded for paths that match no API route


class Stats:
    """Thread-safe request/credit/429 counters, overall and per account key."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: Counter[tuple[str, str, str | None]] = Counter()
        self._credits: Counter[str] = Counter()
        self._rate_limited: Counter[str | None] = Counter()
        self._ai_limited: Counter[str | None] = Counter()
        self._statuses: Counter[tuple[int, str | None]] = Counter()

    # recording (called by the app)
    def record_request(self, method: str, route: str, key: str | None) -> None:
        with self._lock:
            self._requests[(method.upper(), route, key)] += 1

    def record_status(self, status: int, key: str | None) -> None:
        with self._lock:
            self._statuses[(status, key)] += 1

    def record_credit(self, key: str) -> None:
        with self._lock:
            self._credits[key] += 1

    def record_rate_limited(self, key: str | None) -> None:
        with self._lock:
            self._rate_limited[key] += 1

    def record_ai_limited(self, key: str | None) -> None:
        with self._lock:
            self._ai_limited[key] += 1

    # reading
    def requests(self, route: str | None = None, method: str | None = None, key: str | None = None) -> int:
        """Requests matching every given filter; ``route`` is a template like ``/conversations/{id}``."""
        if route is not None and route.startswith("/api/v1"):
            route = route[len("/api/v1"):]
        with self._lock:
            return sum(
                n for (m, r, k), n in self._requests.items()
                if (route is None or r == route) and (method is None or m == method.upper())
                and (key is None or k == key)
            )

    @property
    def total_requests(self) -> int:
        return self.requests()

    def credits_spent(self, key: str | None = None) -> int:
        with self._lock:
            return sum(self._credits.values()) if key is None else self._credits[key]

    @property
    def rate_limited(self) -> int:
        """429 ``rate_limited`` answers (including injected ``429`` faults)."""
        with self._lock:
            return sum(self._rate_limited.values())

    @property
    def ai_limit_exceeded(self) -> int:
        with self._lock:
            return sum(self._ai_limited.values())

    def rate_limited_for(self, key: str) -> int:
        with self._lock:
            return self._rate_limited[key]

    def ai_limit_exceeded_for(self, key: str) -> int:
        with self._lock:
            return self._ai_limited[key]

    def responses(self, status: int | None = None, key: str | None = None) -> int:
        """Answers sent with ``status`` (faults included; connection resets are not answers)."""
        with self._lock:
            return sum(
                n for (s, k), n in self._statuses.items()
                if (status is None or s == status) and (key is None or k == key)
            )

    def reset(self) -> None:
        with self._lock:
            for counter in (self._requests, self._credits, self._rate_limited, self._ai_limited,
                            self._statuses):
                counter.clear()

    def snapshot(self) -> dict[str, Any]:
        """JSON-friendly view (served at ``GET /_sandbox/stats``)."""
        with self._lock:
            by_route: Counter[str] = Counter()
            keys: set[str] = set(self._credits)
            for (method, route, key), n in self._requests.items():
                by_route[f"{method} {route}"] += n
                if key is not None:
                    keys.add(key)
            keys |= {k for k in self._rate_limited if k} | {k for k in self._ai_limited if k}
            per_key = {
                k: {
                    "requests": sum(n for (_, _, kk), n in self._requests.items() if kk == k),
                    "creditsSpent": self._credits[k],
                    "rateLimited": self._rate_limited[k],
                    "aiLimitExceeded": self._ai_limited[k],
                }
                for k in sorted(keys)
            }
            statuses: Counter[str] = Counter()
            for (status, _), n in self._statuses.items():
                statuses[str(status)] += n
            return {
                "totalRequests": sum(self._requests.values()),
                "requests": dict(sorted(by_route.items())),
                "creditsSpent": sum(self._credits.values()),
                "rateLimited": sum(self._rate_limited.values()),
                "aiLimitExceeded": sum(self._ai_limited.values()),
                "statuses": dict(sorted(statuses.items())),
                "byKey": per_key,
            }
