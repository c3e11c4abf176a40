"""A real PostgreSQL server for the tests: a cluster of their own (``initdb`` in a temporary folder,
run as the ``postgres`` user when the tests run as root, since PostgreSQL refuses root), on a port of
their own, with an ordinary role ``convo`` owning database ``convo`` — not a superuser, so row-level
security holds for it as it does in production.

The server binaries come from Debian's packages (``/usr/lib/postgresql/<version>/bin``, or on PATH).
Without them the tests that need the database are skipped on a developer's machine and FAIL under
CI (``CI`` set), which installs them (see ``.ci/run``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from fakes import port_for_child

PASSWORD = "convo-test-pw-7f3a9c"  # the role's password in these throwaway clusters


def binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    if (initdb := shutil.which("initdb")) is not None:
        return Path(initdb).parent
    message = ("PostgreSQL's server binaries are not installed: the database tests need a real server "
               "(apt-get install -y postgresql)")
    if os.environ.get("CI"):
        pytest.fail(f"{message}. CI must install them before running the tests.", pytrace=False)
    pytest.skip(message)


@dataclass
class PostgresServer:
    port: int
    directory: Path
    bin: Path
    user: str | None  # the OS user it runs as (None: this one)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"postgresql://convo:{PASSWORD}@127.0.0.1:{self.port}/convo"

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/convo"

    def postmaster(self) -> int | None:
        """The server's own process id (``runuser`` stands between it and us, and passes no signal on)."""
        try:
            return int((self.directory / "data" / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            pid = self.postmaster()
            with contextlib.suppress(ProcessLookupError):  # SIGINT: a fast shutdown
                if pid is not None:
                    os.kill(pid, signal.SIGINT)
                else:
                    self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                if (pid := self.postmaster()) is not None:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                self.proc.kill()
                self.proc.wait(timeout=10)
        shutil.rmtree(self.directory, ignore_errors=True)


def _as(user: str | None, args: list[str]) -> list[str]:
    return ["runuser", "-u", user, "--", *args] if user else args


def start_postgres(directory: Path) -> PostgresServer:
    bin_ = binaries()
    user = "postgres" if os.geteuid() == 0 else None
    directory.mkdir(parents=True, exist_ok=True)
    if user:  # the folder is the server's own; a fresh one under /tmp, which any user can reach
        directory = Path(tempfile.mkdtemp(prefix="convo-pg-"))
        entry = pwd.getpwnam(user)
        os.chown(directory, entry.pw_uid, entry.pw_gid)
    data = directory / "data"
    subprocess.run(_as(user, [str(bin_ / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                              "--no-sync", "-E", "UTF8", "--locale", "C"]),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    port = port_for_child()
    server = PostgresServer(port, directory, bin_, user)
    _launch(server)
    psql = [str(bin_ / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q"]
    for sql in (f"CREATE ROLE convo LOGIN PASSWORD '{PASSWORD}'", "CREATE DATABASE convo OWNER convo"):
        subprocess.run([*psql, "-d", "postgres", "-c", sql], check=True, stdout=subprocess.DEVNULL)
    return server


def _launch(server: PostgresServer) -> None:
    """Run the server on its folder and port, and wait until it accepts connections."""
    log = server.directory / "postgres.log"
    args = [str(server.bin / "postgres"), "-D", str(server.directory / "data"), "-p", str(server.port),
            "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={server.directory}",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=200", "-c", "shared_buffers=128MB"]
    with open(log, "ab") as out:
        server.proc = subprocess.Popen(_as(server.user, args), stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"postgres exited with {server.proc.returncode}: {log.read_text()[-2000:]}")
        ready = subprocess.run([str(server.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(server.port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if ready.returncode == 0:
            return
        time.sleep(0.1)
    server.stop()
    raise RuntimeError("postgres did not start within 30 s")


def halt(server: PostgresServer) -> None:
    """Stop the server at once (a fast shutdown: every connection is cut), keeping its data."""
    assert server.proc is not None
    pid = server.postmaster()
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGINT) if pid is not None else server.proc.send_signal(signal.SIGINT)
    server.proc.wait(timeout=30)


def restart(server: PostgresServer) -> None:
    """Start a halted server again, on the same port, with the data it had."""
    _launch(server)


def empty(server: PostgresServer) -> str:
    """The server's database migrated and emptied of every account's rows (one TRUNCATE); its URL."""
    import psycopg

    from convo_mcp.state.postgres.database import AUTH_TABLES, TABLES, database

    database(server.url)  # migrated at first use
    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        conn.execute(f"TRUNCATE {', '.join((*TABLES, *AUTH_TABLES))}")
    return server.url


def fresh_database(server: PostgresServer, name: str) -> str:
    """A new empty database ``name`` owned by ``convo`` (no schema yet); its URL."""
    psql = [str(server.bin / "psql"), "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres",
            "-v", "ON_ERROR_STOP=1", "-q", "-d", "postgres"]
    subprocess.run([*psql, "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([*psql, "-c", f"CREATE DATABASE {name} OWNER convo"], check=True, stdout=subprocess.DEVNULL)
    return server.url.rsplit("/", 1)[0] + f"/{name}"
