"""What the process may hold open, shared out before it runs out.

Every HTTP connection and every open account (its cache and search files) takes file
descriptors. When they run out, nothing works and nothing says why: accepting fails in a loop and
calls to Convo fail as if Convo were down. So the server, at startup:

1. raises its soft open-files limit to the hard limit (what an administrator allows; no privilege
   needed), and
2. shares the limit out: a reserve for the process itself, half of the rest for connections
   (:class:`~convo_mcp.connections.ConnectionGuard` closes new ones past it), the other half for
   signed-in accounts kept open at once (the least recently used close to make room).

Calls to Convo from every account share one connection pool (see
:func:`convo_mcp.auth.accounts.AccountApps`), so an open account holds only its files.
"""

from __future__ import annotations

import resource
from dataclasses import dataclass

RESERVE = 64  # the interpreter, its libraries, the listening socket, logs, the auth store
FDS_PER_ACCOUNT = 8  # an open account: cache and index, each a database with its WAL and shared memory, spare
CONVO_POOL = 64  # connections to Convo shared by every account
MOST = 1 << 20  # never ask for more than this, whatever the hard limit says


@dataclass(frozen=True)
class Budget:
    limit: int  # the soft open-files limit in force
    connections: int  # HTTP connections held at once
    accounts: int  # signed-in accounts kept open at once

    def describe(self) -> str:
        return (f"open-files limit {self.limit}: up to {self.connections} connections and {self.accounts} "
                "signed-in accounts open at once")


def raise_soft_limit() -> int:
    """Raise the soft open-files limit as far as the hard limit allows; returns the limit in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = MOST if hard == resource.RLIM_INFINITY else min(hard, MOST)
    if soft == resource.RLIM_INFINITY or soft >= target:
        return MOST if soft == resource.RLIM_INFINITY else soft
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    except (ValueError, OSError):
        return soft
    return target


def budget(limit: int, *, most_accounts: int = 500, most_connections: int = 10_000) -> Budget:
    """Share ``limit`` descriptors out (see the module's docstring)."""
    usable = max(0, limit - RESERVE - CONVO_POOL)
    connections = max(16, min(most_connections, usable // 2))
    accounts = max(2, min(most_accounts, (usable - usable // 2) // FDS_PER_ACCOUNT))
    return Budget(limit, connections, accounts)
