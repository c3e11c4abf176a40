"""Which address a request is counted under, and the sliding-window throttle."""

from __future__ import annotations

from pathlib import Path

import pytest

from convo_mcp.auth.limits import Throttle
from convo_mcp.config import Settings
from convo_mcp.peers import client_address, parse_networks
from convo_mcp.state.sqlite.auth import SQLiteAuthStore

PROXY = parse_networks(["10.0.0.0/8", "::1"])


@pytest.mark.parametrize(("peer", "forwarded", "expected"), [
    ("203.0.113.9", ["198.51.100.1"], "203.0.113.9"),  # not a trusted proxy: its header is ignored
    ("10.0.0.2", ["198.51.100.1"], "198.51.100.1"),
    ("10.0.0.2", ["1.1.1.1, 198.51.100.1, 10.0.0.7"], "198.51.100.1"),  # rightmost untrusted hop
    ("10.0.0.2", ["1.1.1.1", "198.51.100.1"], "198.51.100.1"),  # several headers read in order
    ("10.0.0.2", ["10.0.0.3"], "10.0.0.2"),  # only proxies: the nearest one
    ("10.0.0.2", ["not-an-address"], "10.0.0.2"),
    ("::1", ["2001:db8::1"], "2001:db8::1"),
])
def test_client_address(peer: str, forwarded: list[str], expected: str) -> None:
    assert client_address(peer, forwarded, PROXY) == expected


def test_no_trusted_proxy_means_the_peer() -> None:
    assert client_address("10.0.0.2", ["198.51.100.1"], ()) == "10.0.0.2"


def test_trusted_proxies_setting_is_checked_at_startup() -> None:
    settings = Settings(trusted_proxies="10.0.0.0/8, 192.168.1.5")  # type: ignore[arg-type]
    assert settings.trusted_proxies == ["10.0.0.0/8", "192.168.1.5"]
    with pytest.raises(ValueError, match=r"not an IP address or network: 'proxy\.local'"):
        Settings(trusted_proxies="proxy.local")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_throttle_slides_instead_of_resetting_at_the_hour(tmp_path: Path) -> None:
    now = [7200.0 + 3000]  # 50 minutes into an hour-long window
    store = SQLiteAuthStore(tmp_path / "a.sqlite3", clock=lambda: now[0])
    throttle = Throttle(store, clock=lambda: now[0])
    assert [await throttle.spend("t", "a", 5) for _ in range(5)] == [None] * 5
    wait = await throttle.spend("t", "a", 5)
    assert wait is not None and 500 < wait <= 600  # until the next window starts
    now[0] = 7200.0 + 3600 + 60  # one minute into the next window: the last one still weighs 59/60
    assert await throttle.spend("t", "a", 5) is not None  # no fresh burst of five at the boundary
    assert await throttle.spend("t", "b", 5) is None  # another address is apart
    now[0] = 7200.0 + 3600 + 1500  # 25 minutes in: 5 × 35/60 ≈ 2.9 still counted, room for 2
    assert [await throttle.spend("t", "a", 5) is None for _ in range(3)] == [True, True, False]
    await throttle.give_back("t", "a")  # one of the two was not a guess after all
    assert await throttle.spend("t", "a", 5) is None
    now[0] = 7200.0 + 3600 + 2400  # 40 minutes in: 5 × 20/60 ≈ 1.7 + 2 counted, room for 1
    assert [await throttle.spend("t", "a", 5) is None for _ in range(2)] == [True, False]
    await store.aclose()


@pytest.mark.anyio
async def test_a_sign_in_file_that_cannot_be_used_answers_with_the_typed_error(tmp_path: Path) -> None:
    from convo_mcp.errors import StorageUnavailableError

    store = SQLiteAuthStore(tmp_path / "a.sqlite3")
    await store.put("client", "c1", {"x": 1}, 60)
    assert await store.get("client", "c1") == {"x": 1}
    store._db.close()  # the file went away under the server (any sqlite3 failure alike)
    with pytest.raises(StorageUnavailableError) as refused:
        await store.get("client", "c1")
    assert refused.value.code == "storage_unavailable" and "sign-ins" in refused.value.message
