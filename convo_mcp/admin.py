"""``convo-mcp migrate`` and ``convo-mcp forget-account``: what whoever runs the server does to its
stores by hand. Neither prints a key or the database URL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr

from convo_mcp.account import Account, cache_file, index_file
from convo_mcp.config import Settings
from convo_mcp.errors import ConvoError


def migrate(settings: Settings, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Apply the migrations the database lacks (what serving does at start), and say what it did."""
    from convo_mcp.state.postgres.database import LEVEL, Database, DatabaseUnavailable

    if settings.database_url is None:
        print("convo-mcp: set CONVO_MCP_DATABASE_URL (or --database-url) to the PostgreSQL database to migrate.",
              file=err)
        return 2
    try:
        db = Database(settings.database_url.get_secret_value(), max_size=1, wait=settings.database_wait,
                      migrate=False)
    except DatabaseUnavailable as exc:
        print(f"convo-mcp: {exc}", file=err)
        return 1
    try:
        before = db.level()
        applied = db.migrate()
        print(f"Database {db.where}: schema level {before} → {db.level()} (this version needs {LEVEL})"
              + (f"; applied {', '.join(map(str, applied))}." if applied else "; nothing to apply."), file=out)
    finally:
        db.close()
    return 0


def forget_account(settings: Settings, *, key: str | None, account_id: str | None, out: TextIO = sys.stdout,
                   err: TextIO = sys.stderr) -> int:
    """Delete everything kept for one account: its rows in the database when one is configured, else
    its cache and index files. The account is named by its key (``--key``; bare: CONVO_API_KEY) or
    by the id ``index --status`` prints (``--id``)."""
    if account_id is None:
        plain = key or (settings.api_key.get_secret_value() if settings.api_key else "")
        if not plain:
            print("convo-mcp: name the account: --key convo_… (or CONVO_API_KEY), or --id from `index --status`.",
                  file=err)
            return 2
        account_id = Account(settings.base_url, SecretStr(plain)).id
    if len(account_id) != 16 or any(c not in "0123456789abcdef" for c in account_id):
        print(f"convo-mcp: {account_id!r} is not an account id (16 hex digits, as `index --status` prints).",
              file=err)
        return 2
    if settings.database_url is not None:
        from convo_mcp.state.postgres.database import Database, DatabaseUnavailable

        try:
            db = Database(settings.database_url.get_secret_value(), max_size=1, wait=settings.database_wait)
        except DatabaseUnavailable as exc:
            print(f"convo-mcp: {exc}", file=err)
            return 1
        try:
            removed = db.forget(account_id)
        except ConvoError as exc:  # the database went away, or stayed busy: nothing was deleted
            print(f"convo-mcp: {exc.code}: {exc.message} Nothing was deleted; run this again.", file=err)
            return 1
        finally:
            db.close()
        grants, tokens = removed.pop("grants", 0), removed.pop("tokens", 0) + removed.pop("codes", 0)
        total = sum(removed.values())
        print(f"Account {account_id}: {total} rows deleted from {db.where} ("
              + ", ".join(f"{table} {n}" for table, n in removed.items() if n) + ")." if total else
              f"Account {account_id}: no rows kept for it in {db.where}.", file=out)
        print(f"Sign-ins: {grants} grants ended with their sealed Convo keys, {tokens} tokens and codes refused. "
              "Replicas close the account within seconds (its indexer stops, its memory is let go) and keep "
              "nothing for it until the person signs in again. A server started on this account's own key "
              "(CONVO_API_KEY) keeps nothing for it either: stop it.", file=out)
        return 0
    gone = []
    for file in (cache_file(settings.cache_dir, account_id), index_file(settings.cache_dir, account_id)):
        for suffix in ("", "-wal", "-shm"):
            path = file.with_name(file.name + suffix)
            if path.exists():
                path.unlink()
                gone.append(path.name)
    print(f"Account {account_id}: deleted {', '.join(gone)} from {settings.cache_dir}." if gone else
          f"Account {account_id}: nothing kept for it in {settings.cache_dir}.", file=out)
    if (auth := settings.cache_dir / "auth.sqlite3").exists():  # OAuth mode's sign-ins, in a file beside
        import asyncio

        grants, tokens = asyncio.run(_forget_sign_ins(auth, account_id))
        print(f"Sign-ins: {grants} grants ended with their sealed Convo keys, {tokens} tokens refused; "
              "the account stays forgotten until the person signs in again.", file=out)
    return 0


async def _forget_sign_ins(path: Path, account: str) -> tuple[int, int]:
    """End every grant of ``account`` in the sign-ins file (its sealed key with it) and its tokens, and
    leave the tombstone a later sign-in lifts: (grants, tokens)."""
    import time

    from convo_mcp.auth.signin import FORGOTTEN
    from convo_mcp.state.sqlite.auth import SQLiteAuthStore

    store, grants, tokens = SQLiteAuthStore(path), 0, 0
    try:
        for grant, record in await store.live_grants():
            if account not in (record.get("owner"), record.get("account")):
                continue
            for member in await store.members(f"grant:{grant}"):  # "access:<digest>", "refresh:<digest>"
                kind, _, key = member.partition(":")
                await store.delete(kind, key)
                tokens += 1
            await store.leave(f"grant:{grant}")
            await store.delete("grant", grant)
            await store.leave(f"account:{record.get('account')}", grant)
            grants += 1
        await store.put(FORGOTTEN, account, {"at": time.time()}, None)
        await store.join(FORGOTTEN, account, None)
    finally:
        await store.aclose()
    return grants, tokens
