"""With a database, the background indexer runs for people signed in but not using any replica at
the moment, too: every ``INTERVAL`` seconds each replica looks at the live grants and opens (as the
person's next request would) the accounts whose indexer lease nobody holds, at most ``PER_ROUND`` a
round. The account's own indexer then takes the lease, so one replica walks each account; an account
left idle is closed as any other is, and its lease lapses for another replica to take up.

Every ``SWEEP_EVERY`` seconds each replica also reads the ids ``forget-account`` left a tombstone
for, closes the accounts open on it that carry one (their indexer stops, their vectors, ledger and
key leave memory) and never opens them in a round, until the person signs in again."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from convo_mcp.auth.signin import FORGOTTEN
from convo_mcp.log import get_logger
from convo_mcp.state.base import INDEXER_LEASE
from convo_mcp.types import Clock, Sleep

if TYPE_CHECKING:
    from convo_mcp.auth.accounts import AccountApps
    from convo_mcp.auth.provider import ConvoOAuthProvider
    from convo_mcp.state.base import AuthStore, Engine

log = get_logger("convo_mcp.auth")
INTERVAL = 60.0
PER_ROUND = 5
SWEEP_EVERY = 2.0  # seconds between two looks for accounts forgotten by forget-account


class GrantWalkers:
    def __init__(self, provider: ConvoOAuthProvider, store: AuthStore, accounts: AccountApps,
                 engine: Engine, *, clock: Clock, sleep: Sleep | None = None, walk: bool = True) -> None:
        self.provider, self.store, self.accounts, self.engine = provider, store, accounts, engine
        self.clock, self.sleep = clock, sleep or asyncio.sleep
        self.walk = walk  # open idle people's accounts for their indexer (else only the sweep runs)
        self._task: asyncio.Task[None] | None = None

    async def tick(self) -> list[str]:
        """Open the accounts with a live grant that no replica walks; the ones opened."""
        opened: list[str] = []
        seen: set[str] = set()
        forgotten = set(await self.store.members(FORGOTTEN))  # never opened here
        for grant, record in await self.store.live_grants():
            subject, owner = record.get("account"), record.get("owner")
            if not isinstance(subject, str) or subject in seen or self.accounts.is_open(subject):
                continue
            seen.add(subject)
            data = owner if isinstance(owner, str) else subject  # the id the account's rows go by
            if forgotten & {subject, data}:
                continue
            leases = self.engine.leases(data, clock=self.clock)
            if leases is None or await leases.held(INDEXER_LEASE):
                continue  # another replica walks it (or the engine shares no leases)
            holder = await self.provider.holder_of(grant)
            if holder is None:
                continue
            key, who = holder
            await self.accounts.open(subject, key, owner=who)
            opened.append(subject)
            if len(opened) >= PER_ROUND:
                break
        if opened:
            log.info("search.walkers_opened", accounts=len(opened))
        return opened

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def sweep(self) -> list[str]:
        """Close the accounts open here that ``forget-account`` forgot; the ones closed."""
        forgotten = set(await self.store.members(FORGOTTEN))
        closed = [a for a, data in self.accounts.data_ids().items() if forgotten & {a, data}]
        for account in closed:
            await self.accounts.close(account)
        if closed:
            log.info("accounts.forgotten_closed", accounts=len(closed))
        return closed

    async def _run(self) -> None:
        waited = 0.0
        while True:
            await self.sleep(SWEEP_EVERY)
            waited += SWEEP_EVERY
            try:
                await self.sweep()
                if self.walk and waited >= INTERVAL:
                    waited = 0.0
                    await self.tick()
            except Exception as exc:  # a round that failed is tried again at the next
                log.warning("search.walkers_failed", error=type(exc).__name__)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
