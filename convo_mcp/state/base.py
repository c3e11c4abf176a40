"""What an engine keeps, as protocols, and the one bundle it hands over per account.

- :class:`Store`: the cache's durable layer (opaque bytes with their times; stale entries kept a while
  to serve when Convo fails) and webhook de-duplication marks.
- :class:`Leases`: named leases held by one process at a time among those sharing the engine, taken
  over when they lapse; :class:`Lease` holds one of them. Every lease has one name here
  (``INDEXER_LEASE``, :func:`flight_lease`).
- :class:`FlightCoordinator`: one load or AI call at a time across processes (leases plus the
  result left for the waiters, :class:`Results`).
- :class:`AuthStore`: OAuth mode's clients, sign-ins, grants and token digests.
- :class:`Relay`: other processes' notifications and cache invalidations replayed here (Redis).

:class:`AccountState` is what :meth:`Engine.account` returns for one Convo account: its cache layer,
flights, request budget, AI count, search storage and leases. Which engine a server runs on is
chosen once (:func:`convo_mcp.state.engines.open_engine`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from convo_mcp.config import Settings
    from convo_mcp.convo.ratelimit import RateGovernor
    from convo_mcp.quota import QuotaTracker
    from convo_mcp.search.storage import Storage
    from convo_mcp.types import Clock

T = TypeVar("T")
Record = dict[str, Any]  # an OAuth record, as JSON
QuotaFactory = Callable[..., "QuotaTracker"]  # (load_profile, *, clock) -> the account's AI count

INDEXER_LEASE = "background-indexer"  # one process at a time walks an account's meetings to index them


def flight_lease(name: str) -> str:
    """The lease of one load or AI call (``name``: its cache key)."""
    return f"flight:{name}"


@dataclass(frozen=True)
class Entry:
    value: bytes
    stored_at: float  # unix seconds
    expires_at: float | None  # None: never goes stale (immutable data)

    def fresh(self, now: float) -> bool:
        return self.expires_at is None or now < self.expires_at

    def age(self, now: float) -> float:
        return max(0.0, now - self.stored_at)


class Store(Protocol):
    """An async key-value store of :class:`Entry`; it never interprets values. A stale entry (past its
    ``expires_at``) is still returned by ``get``, so the server can answer from it while Convo is down;
    a durable store forgets it ``stale_retention`` seconds after it went stale."""

    async def get(self, key: str) -> Entry | None:
        """The entry, fresh or stale (stale ones are kept for a while to serve on failure)."""

    async def set(self, key: str, entry: Entry) -> None: ...

    async def delete(self, *keys: str) -> None: ...

    async def delete_prefix(self, prefix: str) -> None: ...

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        """Atomically mark ``key`` for ``ttl`` seconds; False when it was already marked
        (webhook de-duplication)."""

    async def aclose(self) -> None: ...


class Leases(Protocol):
    """Named leases among the processes sharing one engine: one holder at a time, a lapsed lease
    taken over. Tokens are opaque (what ``take`` or ``renew`` returned). Each operation raises
    :class:`~convo_mcp.errors.StorageUnavailableError` when the engine cannot be reached."""

    async def take(self, name: str, ttl: float) -> str | None:
        """Hold ``name`` for ``ttl`` seconds if nobody does: its token, or None when another holds it."""

    async def renew(self, name: str, token: str, ttl: float) -> str | None:
        """Hold it ``ttl`` seconds more: the token to use from now on, or None when it was lost."""

    async def release(self, name: str, token: str) -> None: ...

    async def held(self, name: str) -> bool:
        """Whether some process holds ``name`` now (a read: nothing is taken)."""


LEASE = 180.0  # seconds a walker holds an account without renewing (it renews every round)


class Lease:
    """One named lease, held while renewed, taken over by another process once it lapses (a replica
    that died)."""

    def __init__(self, leases: Leases, name: str, ttl: float = LEASE) -> None:
        self.leases, self.name, self.ttl = leases, name, ttl
        self.token: str | None = None

    async def hold(self) -> bool:
        """Renew the lease held, else take it if free; whether this process holds it now."""
        if self.token is not None:
            self.token = await self.leases.renew(self.name, self.token, self.ttl)
        if self.token is None:
            self.token = await self.leases.take(self.name, self.ttl)
        return self.token is not None

    async def release(self) -> None:
        if self.token is not None:
            token, self.token = self.token, None
            await self.leases.release(self.name, token)


class Results(Protocol):
    """Where a finished flight leaves its encoded result for the processes waiting on it (briefly)."""

    async def put(self, name: str, data: bytes, ttl: float) -> None:
        """Never raises: waiters that miss it load themselves."""

    async def get(self, name: str) -> bytes | None:
        """The result left under ``name`` within its ``ttl``, or None; never raises."""


class FlightCoordinator(Protocol):
    """Single-flight across processes.

    ``run`` calls ``work`` in at most one process at a time per ``name``; the others poll ``done``
    (the result the holder left behind) and return it, or run ``work`` themselves after a bounded
    wait or when the coordinator is unavailable. It never raises errors of its own.
    """

    async def run(self, name: str, work: Callable[[], Awaitable[T]], done: Callable[[], Awaitable[T | None]]) -> T: ...

    async def put_result(self, name: str, data: bytes) -> None:
        """Leave a finished call's encoded result for the waiters (briefly); never raises."""

    async def get_result(self, name: str) -> bytes | None:
        """The result left by :meth:`put_result`, or None; never raises."""


class AuthStore(Protocol):
    """OAuth state: a small record store with expiry, an atomic *take* (read and delete: a code or a
    refresh token is spent exactly once, even with two replicas racing), groups (the tokens of one
    grant, the grants of one account), counters and capped queues. Everything an unauthenticated
    caller can make it keep expires and is bounded."""

    async def put(self, kind: str, key: str, value: Record, ttl: float | None) -> None: ...

    async def get(self, kind: str, key: str) -> Record | None: ...

    async def take(self, kind: str, key: str) -> Record | None:
        """Read and delete in one step: only one caller ever gets the record."""

    async def delete(self, kind: str, key: str) -> None: ...

    async def join(self, group: str, member: str, ttl: float | None) -> None: ...

    async def members(self, group: str) -> list[str]: ...

    async def leave(self, group: str, member: str | None = None) -> None:
        """Drop one member, or the whole group."""

    async def count(self, name: str, ttl: float, by: int = 1) -> int:
        """Add ``by`` to a counter that starts at 0 and ends ``ttl`` seconds after its first count;
        returns the new value (atomic: two replicas counting at once both count)."""

    async def admit(self, queue: str, member: str, limit: int, ttl: float) -> list[str]:
        """Add ``member`` to a queue holding at most ``limit`` members, each for ``ttl`` seconds;
        returns the members that made room (the oldest), for the caller to delete what they name."""

    async def live_grants(self) -> list[tuple[str, Record]]:
        """Every grant not yet expired, (grant id, record), where the engine can list them (a
        durable one); empty where it cannot."""

    async def aclose(self) -> None: ...


class Listener(Protocol):
    """Who hears what another process changed: this process's subscribers."""

    async def resource_updated(self, uri: str, *, local_only: bool = False) -> None: ...

    async def resources_list_changed(self, *, local_only: bool = False) -> None: ...


class LocalCopies(Protocol):
    """This process's private cache layers, which another process's write makes stale."""

    async def invalidate_local(self, mode: str, items: list[str]) -> None: ...


class Relay(Protocol):
    """Notifications and cache invalidations between the processes of one account."""

    @property
    def status(self) -> str:
        """"redis" while reachable, "degraded" while each process works on its own."""

    async def check(self) -> str:
        """Readiness: try the link now (at most once per retry interval while it is down)."""

    async def notification(self, kind: str, uri: str | None) -> None:
        """Send a notification to the other processes (the notifier's fan-out)."""

    async def invalidation(self, kind: str, items: Sequence[str]) -> None:
        """Tell the other processes what this one's cache dropped."""

    def start(self, listener: Listener, copies: Callable[[], LocalCopies | None]) -> None: ...

    async def stop(self) -> None: ...

    @property
    def dedup(self) -> Store:
        """Where webhook deliveries are marked, so a retry to another process is known."""


@dataclass
class AccountState:
    """What one engine keeps for one Convo account. None: the service keeps that part in this
    process alone (memory cache, its own governor and AI count, no shared leases)."""

    cache: Store | None = None  # the durable layer under the memory cache
    flights: FlightCoordinator | None = None
    governor: RateGovernor | None = None  # the hourly budget, shared with the account's other processes
    quota: QuotaFactory | None = None  # the monthly AI count, shared likewise
    index: Storage | None = None  # the search index's storage (None: turned off, or could not be opened)
    leases: Leases | None = None  # shared with the account's other processes (the background indexer's)
    relay: Relay | None = None


class Engine(Protocol):
    """Where a server keeps what outlives a call: files beside the cache (SQLite), a database
    (PostgreSQL), Redis, or both of the last two."""

    name: str
    turns: bool  # replicas on other hosts take turns under its leases (the background indexer, the walkers)

    def relay(self, settings: Settings) -> Relay | None:
        """The account's link to its other processes (opened when the App is made), or None."""

    def account(self, settings: Settings, *, clock: Clock, relay: Relay | None) -> AccountState:
        """Everything it keeps for the account ``settings`` names (opened now)."""

    def auth_store(self, settings: Settings, *, clock: Clock) -> AuthStore: ...

    def leases(self, account_id: str, *, clock: Clock) -> Leases | None:
        """The leases of an account by its data id, without opening the account (None: not shared)."""


def open_index(settings: Settings, opener: Callable[[], Storage]) -> Storage | None:
    """The account's search index from ``opener``, or None when the index is turned off or cannot be
    opened (logged: search then says the index is unavailable, and every other tool works)."""
    if not settings.search_index:
        return None
    try:
        return opener()
    except Exception as exc:
        from convo_mcp.log import get_logger

        get_logger("convo_mcp.state").warning("search.index_unavailable", error=type(exc).__name__)
        return None
