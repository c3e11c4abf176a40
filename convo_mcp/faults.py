"""This server's own parts failing, said as typed errors wherever the failure surfaces.

The engines raise :class:`~convo_mcp.errors.LocalFault` themselves (the database's pool, Redis, the
data files); :func:`fault_in` is the last line where a failure leaves the server: a tool's result,
a resource, an HTTP answer and the command line. It finds the typed error inside an exception
group or a chain of causes, and names the raw failures of the libraries underneath (a full disk, a
lost database connection, an unreachable Redis) when one got past an engine.

:class:`FaultGuard` answers an HTTP request that met such a fault with ``503`` and ``Retry-After``
(the code, one line of reason and what to do next as JSON), never with a bare ``500``.
"""

from __future__ import annotations

import errno
import json
import math

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from convo_mcp.errors import (
    DiskFullError,
    LocalFault,
    SharedUnavailable,
    StorageBusyError,
    StorageUnavailableError,
)
from convo_mcp.log import get_logger

log = get_logger("convo_mcp.faults")
RETRY_AFTER = 5  # seconds an HTTP client is asked to wait when the fault says nothing more precise
DISK_FULL_RETRY = 60


def _raw(exc: BaseException) -> LocalFault | None:
    """A library's failure named as ours (checked by module, so neither library need be installed)."""
    module, name = type(exc).__module__, type(exc).__name__
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    if module == "sqlite3" or module.startswith("sqlite3."):
        if "full" in str(exc).lower():
            return DiskFullError()
        if name in ("OperationalError", "DatabaseError"):
            return StorageUnavailableError("A data file of this server cannot be used right now.")
    if module.startswith("psycopg_pool"):
        if name == "PoolTimeout":
            return StorageBusyError()
        return StorageUnavailableError("The connection pool to this server's database is closed or failing.")
    if module.startswith("psycopg"):
        import psycopg

        if getattr(exc, "sqlstate", None) == "53100":
            return DiskFullError("The database holding this server's data has no room left on its disk.")
        if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
            return StorageUnavailableError("Lost the connection to this server's database.")
    if module.startswith("redis"):
        return SharedUnavailable()
    return None


def fault_in(exc: BaseException) -> LocalFault | None:
    """The fault of this server's own parts behind ``exc`` (itself, inside a group, or what it was
    raised from), or None when ``exc`` is something else."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen or len(seen) > 64:
            continue
        seen.add(id(current))
        if isinstance(current, LocalFault):
            return current
        if (found := _raw(current)) is not None:
            return found
        if isinstance(current, BaseExceptionGroup):
            todo.extend(current.exceptions)
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return None


def retry_after(fault: LocalFault) -> int:
    """Whole seconds an HTTP client should wait before trying again."""
    if fault.retry_after is not None:
        return max(1, math.ceil(fault.retry_after))
    return DISK_FULL_RETRY if isinstance(fault, DiskFullError) else RETRY_AFTER


def unavailable(fault: LocalFault) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """The 503 answer to a request that met ``fault``: status, headers, body."""
    body = json.dumps({"error": fault.code, "message": fault.message, "hint": fault.hint,
                       "retry_after_seconds": retry_after(fault)}).encode()
    return 503, [(b"content-type", b"application/json"), (b"retry-after", str(retry_after(fault)).encode()),
                 (b"content-length", str(len(body)).encode())], body


class FaultGuard:
    """Answers ``503`` with ``Retry-After`` when handling a request met a fault of this server's own
    parts (the token check reading the sign-ins, an OAuth endpoint, a webhook): a mounted app that
    already answered ``500`` for it (Starlette does, then raises) has that answer replaced."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: list[Message] = []  # a 500 being sent, kept back until we know what raised it
        started = False

        async def guarded(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start" and message.get("status") == 500:
                held.append(message)
                return
            if held:
                held.append(message)
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, guarded)
        except Exception as exc:
            fault = fault_in(exc)
            if fault is None or started:
                for message in held:
                    await send(message)
                raise
            # info: the part that failed warns once per outage itself (database.unavailable, shared_state.unavailable)
            log.info("http.fault", path=scope.get("path", ""), code=fault.code, error=type(exc).__name__)
            await self._answer(send, fault)
            return
        for message in held:  # a 500 with nothing raised behind it
            await send(message)

    @staticmethod
    async def _answer(send: Send, fault: LocalFault) -> None:
        status, headers, body = unavailable(fault)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def describe(fault: LocalFault) -> str:
    """One line for the command line: the reason, then what to do next."""
    return f"{fault.message} Next: {fault.hint}" if fault.hint else fault.message


def exit_message(exc: BaseException) -> str | None:
    """What ``convo-mcp`` prints instead of a traceback when ``exc`` is a fault of its own parts."""
    fault = fault_in(exc)
    return f"convo-mcp: {describe(fault)}" if fault is not None else None

