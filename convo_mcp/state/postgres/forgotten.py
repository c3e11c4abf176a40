"""Forgetting an account in the shared database, for good: ``convo-mcp forget-account`` deletes its
rows, its sign-in grants with their sealed keys, their tokens and unexchanged codes, and leaves a
tombstone (an ``auth_records`` row of kind ``forgotten``, and the same id in the ``forgotten``
group, which replicas read in one query) that holds until the person signs in again.

Every write of an account's data (the cache, the index) holds the account's ``FORGETTING`` lock
shared and checks the tombstone after taking it; forgetting takes that lock alone. So a write in
flight on another replica either commits before the rows are deleted (and is deleted with them) or
finds the tombstone and writes nothing: no row comes back after ``forget-account``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

# Advisory locks, by account (the two-key form, apart from the migrations' one-key lock): writers of
# one account's index take turns across processes (WRITERS); every writer of its data holds
# FORGETTING shared, which forgetting takes alone.
WRITERS, FORGETTING = 0x636F6E76, 0x636F6E77
TOMBSTONE = "forgotten"  # the kind of the tombstone's record, and the group naming every forgotten id
_FORGOTTEN = "SELECT EXISTS (SELECT 1 FROM auth_records WHERE kind = 'forgotten' AND key = %s)"


def hold(conn: psycopg.Connection[tuple[Any, ...]], account: str) -> bool:
    """Hold ``account``'s forgetting lock shared until this transaction ends; whether it was forgotten."""
    conn.execute("SELECT pg_advisory_xact_lock_shared(%s::int, hashtext(%s))", (FORGETTING, account))
    row = conn.execute(_FORGOTTEN, (account,)).fetchone()
    return bool(row and row[0])


def forget(conn: psycopg.Connection[tuple[Any, ...]], account: str, tables: Sequence[str]) -> dict[str, int]:
    """In the caller's transaction: wait for the account's writes in flight, delete its rows in
    ``tables`` and its sign-ins, and leave the tombstone. Rows deleted per table, and per kind of
    sign-in record (``grants``, ``tokens``, ``codes``)."""
    conn.execute("SELECT pg_advisory_xact_lock(%s::int, hashtext(%s))", (FORGETTING, account))
    out: dict[str, int] = {}
    for table in tables:
        out[table] = conn.execute(f"DELETE FROM {table} WHERE account = %s", (account,)).rowcount  # noqa: S608
    grants = conn.execute(
        "DELETE FROM auth_records WHERE kind = 'grant' AND (value::jsonb ->> 'owner' = %s OR "
        "value::jsonb ->> 'account' = %s) RETURNING key, value::jsonb ->> 'account'", (account, account)).fetchall()
    ids, subjects = [str(g) for g, _ in grants], sorted({str(s) for _, s in grants if s})
    out["grants"] = len(ids)  # each with its sealed Convo key
    out["tokens"] = conn.execute("DELETE FROM auth_records WHERE kind IN ('access', 'refresh') AND "
                                 "value::jsonb ->> 'grant' = ANY(%s)", (ids,)).rowcount
    out["codes"] = conn.execute(  # signed in a moment ago, not exchanged yet: they carry the sealed key too
        "DELETE FROM auth_records WHERE kind = 'code' AND (value::jsonb ->> 'owner' = %s OR "
        "value::jsonb ->> 'subject' = %s)", (account, account)).rowcount
    conn.execute("DELETE FROM auth_groups WHERE grp = ANY(%s) OR (grp = ANY(%s) AND member = ANY(%s))",
                 ([f"grant:{g}" for g in ids], [f"account:{s}" for s in subjects], ids))
    conn.execute("INSERT INTO auth_records VALUES (%s, %s, %s, 'Infinity') ON CONFLICT (kind, key) DO UPDATE SET "
                 "value = excluded.value", (TOMBSTONE, account, json.dumps({"at": time.time()})))
    conn.execute("INSERT INTO auth_groups VALUES (%s, %s, 'Infinity') ON CONFLICT DO NOTHING", (TOMBSTONE, account))
    return out
