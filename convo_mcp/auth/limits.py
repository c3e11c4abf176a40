"""How much an unauthenticated caller can make the authorization server do, and the counters that
hold it there.

Every OAuth endpoint is open to anyone on the internet, so each is bounded by address (see
:mod:`convo_mcp.peers` for which address) and by what it stores: key checks (each one a request to
Convo, so a guesser would also use this server against Convo), registrations, sign-ins left open.
The counters live in the auth store, so with Redis every replica counts the same attempts.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from convo_mcp.state.base import AuthStore
from convo_mcp.types import Clock

HOUR = 3600.0


@dataclass(frozen=True)
class AuthLimits:
    tries_per_signin: int = 5  # keys tried on one sign-in link before it is used up
    key_checks_per_address: int = 20  # keys checked with Convo per address per hour (successes given back)
    registrations_per_address: int = 20  # per hour
    authorizations_per_address: int = 60  # sign-ins started per address per hour
    open_signins_per_address: int = 10  # sign-ins not finished yet per address: the oldest make room
    open_signins: int = 1000  # on the whole server: the oldest make room
    unused_client_ttl: float = 86_400.0  # a registered client that never gets a grant is forgotten
    client_name_chars: int = 200
    field_chars: int = 2000  # any other text field of a registration (URIs, contacts…)
    redirect_uris: int = 10
    registration_bytes: int = 16 * 1024  # a registration request's body


class Throttle:
    """At most ``limit`` events per ``window`` seconds per name and address, over a sliding window
    (two fixed windows, the previous one weighted by how much of it the sliding window still
    covers: a burst at a window's edge cannot double the limit)."""

    def __init__(self, store: AuthStore, clock: Clock = time.time) -> None:
        self.store, self.clock = store, clock

    def _keys(self, name: str, who: str, window: float) -> tuple[str, str, float]:
        now = self.clock()
        slot = math.floor(now / window)
        return f"{name}:{who}:{slot}", f"{name}:{who}:{slot - 1}", now / window - slot

    async def spend(self, name: str, who: str, limit: int, window: float = HOUR) -> float | None:
        """Count one event; None when within the limit, else the seconds to wait (nothing counted)."""
        current, previous, into = self._keys(name, who, window)
        now_count = await self.store.count(current, 2 * window)
        before = await self.store.count(previous, 2 * window, by=0)
        if before * (1 - into) + now_count <= limit:
            return None
        await self.store.count(current, 2 * window, by=-1)
        if now_count > limit:  # this window alone is full: wait for the next
            return max(1.0, (1 - into) * window)
        # the previous window's weight must fall until the one asked for fits
        needed = 1 - (limit - (now_count - 1) - 1) / before if before else into
        return max(1.0, (needed - into) * window)

    async def give_back(self, name: str, who: str, window: float = HOUR) -> None:
        """Uncount one event (it turned out not to be what the limit is against)."""
        current, _, _ = self._keys(name, who, window)
        await self.store.count(current, 2 * window, by=-1)


def minutes(seconds: float) -> str:
    whole = max(1, math.ceil(seconds / 60))
    return f"{whole} minute{'s' if whole != 1 else ''}"
