"""PostgreSQL: the shared durable store of a team's servers (``CONVO_MCP_DATABASE_URL``).

One :class:`Database` per process and URL: a bounded connection pool (``psycopg`` 3 with
``psycopg_pool``) whose callers wait when every connection is busy — up to
``CONVO_MCP_DATABASE_WAIT`` seconds, then :class:`DatabaseBusy` — and never fall back to a local
file. Everything it holds is kept apart by account:

- every table has an ``account`` column (the account's id, :attr:`~convo_mcp.account.Account.id`),
  every query names it, and row-level security (forced, so the owner of the tables is held to it
  too) lets a transaction see only the rows of the account it declared with :meth:`Database.scoped`.
  A query that forgot to declare one sees nothing at all (every table but the lines' lexemes, see
  ``SCOPED``). (A superuser bypasses row-level security: connect as an ordinary role.)
- :meth:`Database.forget` deletes every row an account has, in one transaction.

Migrations (``MIGRATIONS``) are numbered and applied in order at start or by ``convo-mcp migrate``,
each in its own transaction under an advisory lock, so replicas starting together apply each once.
The URL is a secret (it may carry a password): it is never logged or shown; :func:`where` names the
host and database only.

Faults are typed where they happen: a connection that cannot be made says why as libpq does
("password authentication failed for user …", "connection refused"), a lost one is
:class:`DatabaseUnavailable`, a pool whose connections all stay busy :class:`DatabaseBusy` (a pool
that times out because the database is gone is said to be gone). While the database is down, calls
fail at once and one of them checks again every ``PROBE_EVERY`` seconds; the first that reaches it
again starts a fresh pool, so work resumes without a restart.
"""

from __future__ import annotations

import atexit
import contextlib
import re
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from convo_mcp.errors import DiskFullError, StorageBusyError, StorageUnavailableError
from convo_mcp.log import get_logger, register_secret

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

log = get_logger("convo_mcp.database")

LOCK = 0x636F6E766F  # the advisory lock migrations take ("convo")
# Tables holding an account's data under row-level security. Two are not: ``search_accounts`` (ids and
# write counters: which accounts have an index, and whether it changed), read across accounts; and
# ``search_lines`` (each line's lexemes), because PostgreSQL never evaluates a non-leakproof operator
# such as ``@@`` before a row policy, so a policy on it would keep every search off its GIN index
# (measured: a two-word search 200 ms instead of 25 at 300 meetings). Every query on it names the
# account, through the one index that leads with it, and its rows carry no text, only lexemes.
SCOPED = ("cache_kv", "cache_marks", "search_meetings", "search_speakers", "search_content",
          "search_vectors", "search_vec_done", "search_blobs", "search_derived")
TABLES = (*SCOPED, "search_lines", "search_accounts")


def _scoped(table: str) -> str:
    return (f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY; ALTER TABLE {table} FORCE ROW LEVEL SECURITY; "
            f"CREATE POLICY {table}_account ON {table} USING (account = current_setting('convo.account', true)) "
            f"WITH CHECK (account = current_setting('convo.account', true));")


# (version, what it does, SQL). Append only: a released migration is never edited.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "the cache and the search index, scoped by account", """
CREATE TABLE cache_kv (account text NOT NULL, key text NOT NULL, value bytea NOT NULL,
  stored_at double precision NOT NULL, expires_at double precision, PRIMARY KEY (account, key));
CREATE INDEX cache_kv_expires ON cache_kv (expires_at) WHERE expires_at IS NOT NULL;
CREATE TABLE cache_marks (account text NOT NULL, key text NOT NULL, until double precision NOT NULL,
  PRIMARY KEY (account, key));
CREATE SEQUENCE search_meeting_n;
CREATE TABLE search_accounts (account text PRIMARY KEY, version bigint NOT NULL DEFAULT 0);
CREATE TABLE search_meetings (account text NOT NULL, n bigint NOT NULL DEFAULT nextval('search_meeting_n'),
  id text NOT NULL, title text, start double precision, minutes double precision,
  transcript boolean NOT NULL DEFAULT false, segments integer, keypoints bytea, listed double precision,
  PRIMARY KEY (account, n), UNIQUE (account, id));
CREATE TABLE search_speakers (account text NOT NULL, n bigint NOT NULL, no integer NOT NULL, name text NOT NULL,
  PRIMARY KEY (account, n, no));
CREATE TABLE search_content (account text NOT NULL, n bigint NOT NULL, kind text NOT NULL, lines bytea NOT NULL,
  PRIMARY KEY (account, n, kind));
CREATE TABLE search_lines (account text NOT NULL, rowid bigint NOT NULL, n bigint NOT NULL,
  said tsvector NOT NULL, PRIMARY KEY (account, rowid));
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX search_lines_said ON search_lines USING gin (account, said);
CREATE INDEX search_lines_meeting ON search_lines (account, n);
CREATE TABLE search_vectors (account text NOT NULL, rowid bigint NOT NULL, v bytea NOT NULL, hub real NOT NULL,
  PRIMARY KEY (account, rowid));
CREATE TABLE search_vec_done (account text NOT NULL, n bigint NOT NULL, kind text NOT NULL,
  PRIMARY KEY (account, n, kind));
CREATE TABLE search_blobs (account text NOT NULL, key text NOT NULL, value bytea NOT NULL,
  PRIMARY KEY (account, key));
""" + "".join(_scoped(t) for t in SCOPED if t != "search_derived")),
    (2, "the OAuth store: clients, sign-ins, grants with their sealed keys, token digests", """
CREATE TABLE auth_records (kind text NOT NULL, key text NOT NULL, value text NOT NULL,
  expires double precision NOT NULL, PRIMARY KEY (kind, key));
CREATE TABLE auth_groups (grp text NOT NULL, member text NOT NULL, expires double precision NOT NULL,
  PRIMARY KEY (grp, member));
CREATE TABLE auth_counters (name text PRIMARY KEY, n bigint NOT NULL, expires double precision NOT NULL);
CREATE TABLE auth_queues (queue text NOT NULL, member text NOT NULL, expires double precision NOT NULL,
  seq bigserial NOT NULL, PRIMARY KEY (queue, member));
CREATE INDEX auth_records_expires ON auth_records (expires);
"""),
]
MIGRATIONS.append((3, "what is derived from a meeting's lines (its promises), kept beside them", """
CREATE TABLE search_derived (account text NOT NULL, n bigint NOT NULL, kind text NOT NULL, version text NOT NULL,
  data bytea NOT NULL, PRIMARY KEY (account, n, kind));
""" + _scoped("search_derived")))
LINE_PARTS = 16  # search_lines is split by account into this many parts (see migration 4)
MIGRATIONS.append((4, "lines split by account, each part with a GIN index of its words alone, and each line's "
                      "text, time and label beside its words (quotes read in one hop)", """
CREATE TABLE search_lines_parted (account text NOT NULL, rowid bigint NOT NULL, n bigint NOT NULL,
  said tsvector NOT NULL, t text, at real, label text, PRIMARY KEY (account, rowid)) PARTITION BY HASH (account);
""" + "".join(f"CREATE TABLE search_lines_{i} PARTITION OF search_lines_parted FOR VALUES WITH "  # noqa: S608
              f"(MODULUS {LINE_PARTS}, REMAINDER {i});\n" for i in range(LINE_PARTS)) + """
INSERT INTO search_lines_parted (account, rowid, n, said) SELECT account, rowid, n, said FROM search_lines;
DROP TABLE search_lines;
ALTER TABLE search_lines_parted RENAME TO search_lines;
CREATE INDEX search_lines_said ON search_lines USING gin (said) WITH (gin_pending_list_limit = 256);
CREATE INDEX search_lines_meeting ON search_lines (account, n);
ANALYZE search_lines;
"""))
AUTH_TABLES = ("auth_records", "auth_groups", "auth_counters", "auth_queues")
LEVEL = MIGRATIONS[-1][0]
PROBE_EVERY = 1.0  # seconds between checks of a database found down; calls in between fail at once
PROBE_TIMEOUT = 3  # seconds a check may take to connect (libpq counts whole seconds, at least 2)
BUSY_RETRY, DOWN_RETRY = 2.0, 5.0  # the retry_after each fault suggests


class DatabaseBusy(StorageBusyError):
    """Every connection stayed busy for the whole wait: the caller is told, nothing is written elsewhere."""


class DatabaseUnavailable(StorageUnavailableError):
    """The database cannot be reached or used; the message names the host, never the URL."""


def reason(exc: BaseException, url: str = "") -> str:
    """Why a connection failed, in libpq's words and one line ("password authentication failed for
    user "convo"", "connection refused"), never the URL or its password."""
    text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    found = re.search(r"failed: (?:FATAL|ERROR):\s+(.*)$", text) or re.search(r"port \d+ failed: (.*)$", text)
    said = found.group(1) if found else re.sub(r"^connection failed: ", "", text)
    said = re.sub(r": \[Errno [^\]]*\].*$", "", said).strip().rstrip(".")
    if (password := urlsplit(url).password if url else None):
        said = said.replace(password, "…")
    return (said[:1].lower() + said[1:]) if said[:2] != said[:2].upper() else said


def _hint(why: str, place: str) -> str:
    if "authentication" in why or "role" in why:
        return ("Whoever runs the server: check the user name and password in CONVO_MCP_DATABASE_URL "
                "(`convo-mcp doctor` checks them).")
    if "too many clients" in why:
        return ("Try again in a minute. Whoever runs the server: the database takes no more connections; raise its "
                "max_connections or lower CONVO_MCP_DATABASE_POOL on each replica.")
    if "does not exist" in why:
        return f"Whoever runs the server: create that database at {place}, or fix its name in CONVO_MCP_DATABASE_URL."
    return (f"Try again in a minute. Whoever runs the server: check that PostgreSQL is running at {place} and "
            "that CONVO_MCP_DATABASE_URL names it; the server carries on by itself once it answers.")


def where(url: str) -> str:
    """``host:port/database`` of a URL, for logs and ``doctor`` (never the user or password)."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.hostname or 'localhost'}{port}{parts.path or '/'}"


class Database:
    """A pool of connections to one PostgreSQL database, shared by every account this process serves."""

    def __init__(self, url: str, *, max_size: int = 10, wait: float = 30.0, migrate: bool = True) -> None:
        register_secret(url)
        if (password := urlsplit(url).password) is not None:
            register_secret(password)
        self.where = where(url)
        self.wait, self.max_size, self._url = wait, max_size, url
        self._down: str | None = None  # why the database cannot be used, while it cannot
        self._next_probe = 0.0
        self._lock = threading.Lock()
        if (why := self._probe()) is not None:  # said at once, not after the pool's whole wait
            raise self._cannot_connect(why)
        self.pool: ConnectionPool[psycopg.Connection[tuple[Any, ...]]] = self._new_pool()
        try:
            self.pool.open(wait=True, timeout=min(wait, 30.0))
        except Exception as exc:
            self.pool.close()
            raise self._cannot_connect(self._probe() or type(exc).__name__) from None
        if migrate:
            self.migrate()

    def _new_pool(self) -> ConnectionPool[psycopg.Connection[tuple[Any, ...]]]:
        from psycopg_pool import ConnectionPool

        return ConnectionPool(self._url, min_size=1, max_size=self.max_size, timeout=self.wait, open=False,
                              name="convo-mcp", kwargs={"autocommit": False, "application_name": "convo-mcp"})

    def _probe(self) -> str | None:
        """Connect once, outside the pool: None when the database answers, else why it does not."""
        import psycopg

        try:
            psycopg.connect(self._url, connect_timeout=PROBE_TIMEOUT, application_name="convo-mcp").close()
        except Exception as exc:
            return reason(exc, self._url)
        return None

    def _cannot_connect(self, why: str) -> DatabaseUnavailable:
        return DatabaseUnavailable(f"cannot connect to the database at {self.where}: {why}.",
                                   hint=_hint(why, self.where), retry_after=DOWN_RETRY)

    def _unavailable(self, why: str) -> DatabaseUnavailable:
        return DatabaseUnavailable(f"The database at {self.where} cannot be used now: {why}.",
                                   hint=_hint(why, self.where), retry_after=DOWN_RETRY)

    def _gone(self, why: str) -> DatabaseUnavailable:
        """Mark the database down (calls fail at once until a check finds it again)."""
        with self._lock:
            if self._down is None:
                log.warning("database.unavailable", database=self.where, reason=why)
            self._down, self._next_probe = why, time.monotonic() + PROBE_EVERY
        return self._unavailable(why)

    def _usable_pool(self) -> ConnectionPool[psycopg.Connection[tuple[Any, ...]]]:
        """The pool, or :class:`DatabaseUnavailable` at once while the database is down; the call due
        to check again does, and on success starts a fresh pool (the old one's reconnection back-off
        could keep it empty for minutes)."""
        with self._lock:
            if self._down is None:
                return self.pool
            if time.monotonic() < self._next_probe:
                raise self._unavailable(self._down)
            self._next_probe = time.monotonic() + PROBE_EVERY
        if (why := self._probe()) is not None:
            raise self._gone(why)
        with self._lock:
            if self._down is not None:
                old, self.pool, self._down = self.pool, self._new_pool(), None
                self.pool.open(wait=False)
                threading.Thread(target=old.close, daemon=True, name="convo-mcp-old-pool").start()
                log.info("database.recovered", database=self.where)
            return self.pool

    @contextlib.contextmanager
    def connection(self) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
        """A connection from the pool, in one transaction (committed when the block ends, rolled back
        on error); waits for a free one, then raises :class:`DatabaseBusy`."""
        import psycopg
        from psycopg_pool import PoolClosed, PoolTimeout

        used: psycopg.Connection[tuple[Any, ...]] | None = None
        try:
            with self._usable_pool().connection(timeout=self.wait) as conn:
                used = conn
                yield conn
        except PoolTimeout:
            if (why := self._probe()) is not None:  # not busy: gone
                raise self._gone(why) from None
            raise DatabaseBusy(f"Every connection to the database at {self.where} stayed busy for "
                               f"{self.wait:g} s.", retry_after=BUSY_RETRY) from None
        except PoolClosed:  # a fresh pool replaced this one while the call waited
            raise DatabaseUnavailable(f"The connection to the database at {self.where} was being renewed.",
                                      retry_after=1.0) from None
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:  # gone away, refused us, out of room
            if getattr(exc, "sqlstate", None) == "53100":
                raise DiskFullError(f"The database at {self.where} has no room left on its disk.") from None
            if used is None or used.broken or used.closed:
                raise self._gone(f"the connection was lost ({reason(exc, self._url)})") from None
            raise DatabaseUnavailable(f"The database at {self.where} could not do this now "
                                      f"({reason(exc, self._url)}).", retry_after=DOWN_RETRY) from None

    @contextlib.contextmanager
    def scoped(self, account: str) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
        """A transaction that sees and writes only ``account``'s rows (row-level security)."""
        with self.scoped_asking(account, None) as (conn, _):
            yield conn

    @contextlib.contextmanager
    def scoped_asking(self, account: str, first: str | None, *params: Any
                      ) -> Iterator[tuple[psycopg.Connection[tuple[Any, ...]], tuple[Any, ...] | None]]:
        """:meth:`scoped`, with the answer to its ``first`` question (one row): the transaction's
        BEGIN, its scope and that question sent together, one round trip."""
        with self.connection() as conn:
            with conn.pipeline():
                conn.execute("SELECT set_config('convo.account', %s, true)", (account,))
                asked = conn.execute(first, params) if first is not None else None
            yield conn, asked.fetchone() if asked is not None else None

    def level(self) -> int:
        """The migration level the database is at (0: none applied)."""
        with self.connection() as conn:
            found = conn.execute("SELECT to_regclass('convo_schema')").fetchone()
            if found is None or found[0] is None:
                return 0
            row = conn.execute("SELECT coalesce(max(version), 0) FROM convo_schema").fetchone()
            return int(row[0]) if row else 0

    def migrate(self) -> list[int]:
        """Apply the migrations not applied yet, in order; the versions this call applied. Two
        processes calling it together: one applies, the other waits on the lock and finds it done."""
        applied = []
        with self.connection() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS convo_schema (version integer PRIMARY KEY, "
                         "description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
            done = {r[0] for r in conn.execute("SELECT version FROM convo_schema").fetchall()}
            for version, description, sql in MIGRATIONS:
                if version in done:
                    continue
                conn.execute(sql.encode())
                conn.execute("INSERT INTO convo_schema (version, description) VALUES (%s, %s)",
                             (version, description))
                applied.append(version)
        if applied:
            log.info("database.migrated", database=self.where, versions=applied)
        return applied

    def forget(self, account: str) -> dict[str, int]:
        """Delete every row ``account`` has (cache, index, vectors) and its sign-ins (grants with their
        sealed keys, tokens, codes), and leave the tombstone every replica honours, in one transaction
        (:mod:`.forgotten`); rows per table or kind."""
        from convo_mcp.state.postgres.forgotten import forget

        with self.scoped(account) as conn:
            return forget(conn, account, TABLES)

    def close(self) -> None:
        self.pool.close()


_open: dict[str, Database] = {}
_guard = threading.Lock()


def database(url: str, *, max_size: int = 10, wait: float = 30.0) -> Database:
    """This process's pool for ``url`` (opened and migrated at first use, closed at exit)."""
    with _guard:
        db = _open.get(url)
        if db is None:
            if not _open:
                atexit.register(_close_all)
            db = _open[url] = Database(url, max_size=max_size, wait=wait)
        return db


def _close_all() -> None:
    with _guard:
        for db in _open.values():
            db.close()
        _open.clear()
