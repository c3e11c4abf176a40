"""Two servers of one user on one key, without Redis, see one monthly AI count: a generation one of
them spends is gone for the other too, though the other learned the quota from the profile both
share in the cache file (read before the spend)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from convo_mcp.config import Settings
from convo_mcp.sandbox import dataset
from convo_mcp.sandbox.state import SandboxState
from convo_mcp.sandbox.testing import running_sandbox
from convo_mcp.wiring import build_service

pytestmark = pytest.mark.anyio
KEY = "convo_two_processes_quota"


@pytest.fixture
def sandbox() -> Iterator[tuple[SandboxState, str]]:
    state = SandboxState.demo()
    state.add_account("starter", KEY, conversations="demo")
    with running_sandbox(state) as base_url:
        yield state, base_url


def _settings(base_url: str, cache: Path) -> Settings:
    return Settings(base_url=base_url, cache_dir=cache, persistent_cache=True, index_background=False,
                    search_index=False).for_key(KEY)


async def test_a_generation_spent_by_one_process_is_gone_for_the_next(sandbox: tuple[SandboxState, str],
                                                                       tmp_path: Path) -> None:
    state, base_url = sandbox
    ready = sorted(dataset.KEYPOINTS_READY_IDS)
    one = build_service(_settings(base_url, tmp_path / "cache"))
    try:
        await one.profile()
        limit = one.ai_generations_left()
        assert limit == 10
        await one.draft_email(ready[0])  # one generation, at Convo too
        assert state.stats.credits_spent(KEY) == 1 and one.ai_generations_left() == 9
        profiles = state.stats.requests(route="/user/profile")
        # a new process on the same cache: the cached profile still says 10 left
        two = build_service(_settings(base_url, tmp_path / "cache"))
        try:
            await two.profile()
            assert state.stats.requests(route="/user/profile") == profiles  # it was the cached one
            assert two.ai_generations_left() == 9 and "9/10" in two.quota_note()
            # and while both run: what one spends, the other counts
            await one.draft_email(ready[1])
            await two.profile()
            assert two.ai_generations_left() == 8 == one.ai_generations_left()
            await two.draft_email(ready[2])
            await one.profile()
            assert one.ai_generations_left() == 7 and state.stats.credits_spent(KEY) == 3
        finally:
            await two.aclose()
    finally:
        await one.aclose()


# --- the shared count out of reach: fail closed, never a private count -----------------------------

PROCESS = """
import asyncio, sys
from convo_mcp.config import Settings
from convo_mcp.errors import ConvoError
from convo_mcp.log import configure_logging
from convo_mcp.wiring import build_service

configure_logging("warning")  # to stderr: stdout says what each generation got

async def main() -> None:
    base_url, cache, key, *ids = sys.argv[1:]
    svc = build_service(Settings(base_url=base_url, cache_dir=cache, persistent_cache=True, index_background=False,
                                 search_index=False).for_key(key))
    try:
        await svc.profile()
        print("ready", flush=True)
        for cid in ids:  # one generation each time the test says go
            sys.stdin.readline()
            try:
                await svc.draft_email(cid)
                print("answered", flush=True)
            except ConvoError as exc:
                print(exc.code, flush=True)
    finally:
        await svc.aclose()

asyncio.run(main())
"""
EMAIL = "/conversations/{id}/email"
ROOT = Path(__file__).resolve().parents[2]


def _processes(base_url: str, cache: Path, key: str, *ids: list[str]) -> list[subprocess.Popen[str]]:
    """A process for each list of meetings (one generation asked about each, in turn)."""
    procs = [subprocess.Popen([sys.executable, "-c", PROCESS, base_url, str(cache), key, *mine], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "CONVO_MCP_LOG_LEVEL": "warning"})
             for mine in ids]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready", proc.communicate()[1]
    return procs


def _go(procs: list[subprocess.Popen[str]]) -> list[str]:
    """Both processes ask for a generation at once; what each got."""
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    return sorted(proc.stdout.readline().strip() for proc in procs if proc.stdout is not None)


@pytest.fixture
def one_credit() -> Iterator[tuple[SandboxState, str, str]]:
    state = SandboxState.demo()
    key = state.add_account("starter", "convo_one_credit_left", conversations="demo", ai_limit=1)
    with running_sandbox(state) as base_url:
        yield state, base_url, key


def test_two_processes_with_one_credit_and_the_count_locked_send_nothing_then_one_post(
        one_credit: tuple[SandboxState, str, str], tmp_path: Path) -> None:
    state, base_url, key = one_credit
    ready = sorted(dataset.KEYPOINTS_READY_IDS)
    procs = _processes(base_url, tmp_path / "cache", key, ready[0:2], ready[2:4])  # different meetings: no coalescing
    try:
        [file] = (tmp_path / "cache").glob("convo-*.sqlite3")
        holder = sqlite3.connect(file, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # a third process holds the file's write lock throughout
        try:
            locked = _go(procs)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert locked == ["shared_count_unavailable"] * 2  # waited, then refused: not counted alone
        assert state.stats.requests(route=EMAIL, method="POST") == 0
        assert _go(procs) == ["ai_limit_exceeded", "answered"]  # the file back: one credit, one POST
        assert state.stats.requests(route=EMAIL, method="POST") == 1 and state.stats.credits_spent(key) == 1
    finally:
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert "Traceback" not in err, err


def test_a_damaged_count_file_refuses_generations_in_every_process(
        one_credit: tuple[SandboxState, str, str], tmp_path: Path) -> None:
    state, base_url, key = one_credit
    cache = tmp_path / "cache"
    _processes(base_url, cache, key, [])[0].communicate(timeout=60)  # creates the account's file
    [file] = cache.glob("convo-*.sqlite3")
    for extra in cache.glob("convo-*.sqlite3-*"):
        extra.unlink()
    file.write_bytes(b"not a database " * 400)  # damaged: what the processes share is gone
    ready = sorted(dataset.KEYPOINTS_READY_IDS)
    procs = _processes(base_url, cache, key, ready[:1], ready[1:2])
    try:
        assert _go(procs) == ["shared_count_unavailable"] * 2
        assert state.stats.requests(route=EMAIL, method="POST") == 0 and state.stats.credits_spent(key) == 0
    finally:
        for proc in procs:
            proc.communicate(timeout=60)
