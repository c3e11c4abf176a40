"""``convo-mcp migrate`` and ``convo-mcp forget-account``: what whoever runs the server does to its
stores by hand. Neither prints a key or the database URL."""

from __future__ import annotations

import sys
from typing import TextIO

from pydantic import SecretStr

from convo_mcp.account import Account, cache_file, index_file
from convo_mcp.config import Settings


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
        finally:
            db.close()
        total = sum(removed.values())
        print(f"Account {account_id}: {total} rows deleted from {db.where} ("
              + ", ".join(f"{table} {n}" for table, n in removed.items() if n) + ")." if total else
              f"Account {account_id}: nothing kept for it in {db.where}.", file=out)
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
    return 0
