"""Pure pacing decisions with a fixed clock, and the governor that applies them."""

from __future__ import annotations

import asyncio

import pytest

from convo_mcp.convo.ratelimit import (
    BudgetState,
    RateGovernor,
    RateHeaders,
    backoff_delay,
    decide,
    merge_headers,
    parse_rate_headers,
    parse_retry_after,
    spendable,
)
from convo_mcp.errors import RateBudgetExhaustedError

NOW = 1_800_000_000.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_parse_rate_headers_reads_all_three_or_nothing() -> None:
    h = {"x-ratelimit-limit": "100", "x-ratelimit-remaining": "7", "x-ratelimit-reset": "1800000100"}
    assert parse_rate_headers(h) == RateHeaders(100, 7, 1_800_000_100.0)
    assert parse_rate_headers({"x-ratelimit-limit": "100"}) is None
    assert parse_rate_headers({**h, "x-ratelimit-remaining": "many"}) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("-5", 0.0),
        ("1.5", 1.5),
        ("soon", None),
        (None, None),
        ("99999999", 45 * 86_400.0),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_retry_after_http_date_is_relative_to_the_clock() -> None:
    assert parse_retry_after("Thu, 01 Jan 2026 00:01:00 GMT", 1_767_225_600.0) == 60.0


def test_backoff_is_exponential_capped_and_jittered() -> None:
    assert backoff_delay(0, rand=lambda: 0.0) == 0.5
    assert backoff_delay(1, rand=lambda: 0.0) == 1.0
    assert backoff_delay(2, rand=lambda: 0.0) == 2.0
    assert backoff_delay(10, rand=lambda: 0.0) == 8.0
    assert backoff_delay(1, rand=lambda: 1.0) == 0.75


def test_unknown_budget_sends_one_probe_at_a_time() -> None:
    assert decide(BudgetState(), NOW).go
    assert not decide(BudgetState(in_flight=1), NOW).go
    assert decide(BudgetState(in_flight=1), NOW).wait is None  # wait for the probe, not a clock


def test_in_flight_requests_count_as_spent() -> None:
    state = BudgetState(limit=100, remaining=2, reset_at=NOW + 600, in_flight=1)
    assert decide(state, NOW).go
    state.in_flight = 2
    d = decide(state, NOW)
    assert not d.go
    assert d.wait is None  # the answers in flight say whether a slot is really left
    state.in_flight, state.remaining = 0, 0
    d = decide(state, NOW)
    assert not d.go
    assert d.wait == 600


def test_after_reset_instant_probe_once() -> None:
    state = BudgetState(limit=100, remaining=0, reset_at=NOW - 1)
    assert decide(state, NOW).go
    state.in_flight = 1
    assert not decide(state, NOW).go


def test_merge_headers_tolerates_out_of_order_answers() -> None:
    state = BudgetState()
    merge_headers(state, RateHeaders(100, 5, NOW + 100))
    merge_headers(state, RateHeaders(100, 9, NOW + 100))  # an older answer arriving late
    assert state.remaining == 5
    merge_headers(state, RateHeaders(100, 20, NOW + 200))  # the window moved on: slots freed
    assert state.remaining == 20
    assert state.reset_at == NOW + 200


def test_spendable_keeps_the_reserve() -> None:
    assert spendable(BudgetState(limit=100, remaining=50, reset_at=NOW), 0.10) == 40
    assert spendable(BudgetState(limit=100, remaining=5, reset_at=NOW), 0.10) == 0
    assert spendable(BudgetState(limit=100, remaining=50, reset_at=NOW, in_flight=5), 0.10) == 35
    assert spendable(BudgetState(), 0.10) is None


@pytest.mark.anyio
async def test_governor_refuses_beyond_the_cap_with_reset_time() -> None:
    gov = RateGovernor(max_wait=20, clock=lambda: NOW)
    await gov.acquire()
    await gov.release(RateHeaders(3, 0, NOW + 1200))
    with pytest.raises(RateBudgetExhaustedError) as info:
        await gov.acquire()
    assert info.value.retry_after == 1200
    assert info.value.reset_at is not None
    assert info.value.reset_at.timestamp() == NOW + 1200


@pytest.mark.anyio
async def test_governor_waits_within_the_cap() -> None:
    now = [NOW]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    gov = RateGovernor(max_wait=20, clock=lambda: now[0], sleep=sleep)
    await gov.acquire()
    await gov.release(RateHeaders(3, 0, NOW + 5))
    await gov.acquire()  # waits 5 s, then probes
    assert slept == [5]


@pytest.mark.anyio
async def test_governor_never_oversends_under_concurrency() -> None:
    gov = RateGovernor(max_wait=0.05)
    remaining = 4
    sent = 0

    async def call() -> bool:
        nonlocal remaining, sent
        try:
            await gov.acquire()
        except RateBudgetExhaustedError:
            return False
        sent += 1
        await asyncio.sleep(0.001)
        remaining -= 1
        await gov.release(RateHeaders(4, remaining, 4_102_444_800))
        return True

    results = await asyncio.gather(*(call() for _ in range(50)))
    assert sent == 4
    assert sum(results) == 4
