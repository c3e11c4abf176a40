"""Faults of this server's own parts named as typed errors wherever they surface: raw failures of
the libraries underneath, inside exception groups and chains; a tool that meets one; an HTTP app
that meets one answers 503 with Retry-After, a 500 that a mounted app already started included."""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

import httpx
import pytest
from kit import connected, error
from psycopg_pool import PoolTimeout
from redis.exceptions import ConnectionError as RedisConnectionError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from convo_mcp.app import App
from convo_mcp.errors import DiskFullError, StorageUnavailableError
from convo_mcp.faults import FaultGuard, fault_in
from convo_mcp.state.postgres.database import DatabaseUnavailable

pytestmark = pytest.mark.anyio


def test_raw_failures_are_named_as_this_servers_faults() -> None:
    def code(exc: BaseException) -> str | None:
        found = fault_in(exc)
        return found.code if found is not None else None

    assert code(OSError(errno.ENOSPC, "No space left on device")) == "disk_full"
    assert code(sqlite3.OperationalError("database or disk is full")) == "disk_full"
    assert code(sqlite3.OperationalError("disk I/O error")) == "storage_unavailable"
    assert code(PoolTimeout("couldn't get a connection after 30.00 sec")) == "storage_busy"
    assert code(RedisConnectionError("Error 111 connecting")) == "storage_unavailable"
    inner = DatabaseUnavailable("The database at db:5432/convo cannot be used now: connection refused.")
    assert fault_in(ExceptionGroup("task group", [ValueError("x"), inner])) is inner
    outer = RuntimeError("while writing")
    outer.__cause__ = OSError(errno.ENOSPC, "full")
    assert isinstance(fault_in(outer), DiskFullError)
    assert fault_in(ValueError("a bug")) is None and fault_in(KeyError("x")) is None


async def test_a_tool_that_meets_a_raw_fault_answers_it_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    from convo_mcp.service import ConvoService

    async def full(*_args: Any, **_kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ConvoService, "profile", full)
    async with connected(App.demo()) as client:
        result = await client.call_tool("get_account", {})
    refused = error(result)
    assert refused["code"] == "disk_full" and "free some space" in refused["hint"]


def _app(raises: BaseException) -> Starlette:
    async def fails(_request: Request) -> PlainTextResponse:
        raise raises

    inner = Starlette(routes=[Route("/", fails)])  # a mounted app answers 500 itself, then raises
    return Starlette(routes=[Route("/direct", fails), Mount("/mounted", app=inner)],
                     middleware=[Middleware(FaultGuard)])


@pytest.mark.parametrize("path", ["/direct", "/mounted/"])
async def test_http_answers_503_with_retry_after_never_a_bare_500(path: str) -> None:
    fault = StorageUnavailableError("Redis, which holds the sign-ins, cannot be reached (ConnectionError).")
    transport = httpx.ASGITransport(app=_app(fault), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        answer = await http.get(path)
    assert answer.status_code == 503 and answer.headers["retry-after"] == "5"
    assert answer.json()["error"] == "storage_unavailable" and answer.json()["hint"]


async def test_a_full_disk_asks_for_a_longer_wait_and_a_bug_stays_a_500() -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app(OSError(errno.ENOSPC, "full")),
                                                               raise_app_exceptions=False),
                                 base_url="http://test") as http:
        full = await http.get("/mounted/")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app(ValueError("a bug")),
                                                               raise_app_exceptions=False),
                                 base_url="http://test") as http:
        bug = await http.get("/mounted/")
    assert full.status_code == 503 and full.headers["retry-after"] == "60" and full.json()["error"] == "disk_full"
    assert bug.status_code == 500  # not a fault of storage: not disguised as one
