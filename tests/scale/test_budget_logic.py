"""The pure budget rules the shared (Redis) budget mirrors: no Redis needed."""

from __future__ import annotations

from convo_mcp.convo.ratelimit import BudgetState, Decision, RateHeaders, decide, note_limited, note_response

NOW = 1_800_000_000.0


def test_release_frees_the_slot_and_learns_the_headers() -> None:
    state = BudgetState(in_flight=2)
    note_response(state, RateHeaders(limit=12, remaining=9, reset_at=NOW + 3600))
    assert state == BudgetState(limit=12, remaining=9, reset_at=NOW + 3600, in_flight=1)


def test_release_without_headers_counts_the_request_as_spent_only_when_sent() -> None:
    state = BudgetState(limit=12, remaining=5, reset_at=NOW + 60, in_flight=2)
    note_response(state, None, sent=True)
    assert (state.remaining, state.in_flight) == (4, 1)
    note_response(state, None, sent=False)
    assert (state.remaining, state.in_flight) == (4, 0)
    note_response(state, None)  # never below zero in flight
    assert state.in_flight == 0


def test_an_older_answer_can_lower_the_count_but_never_raise_it() -> None:
    state = BudgetState()
    note_response(state, RateHeaders(12, 7, NOW + 100))
    note_response(state, RateHeaders(12, 9, NOW + 90))  # arrived late, from before
    assert (state.remaining, state.reset_at) == (7, NOW + 100)
    note_response(state, RateHeaders(12, 4, NOW + 90))
    assert state.remaining == 4
    note_response(state, RateHeaders(12, 11, NOW + 200))  # a newer window
    assert (state.remaining, state.reset_at) == (11, NOW + 200)


def test_a_429_empties_the_budget_until_retry_after() -> None:
    state = BudgetState(limit=12, remaining=6, reset_at=NOW + 3000)
    note_limited(state, NOW, 30.0)
    assert (state.remaining, state.reset_at) == (0, NOW + 30)
    assert decide(state, NOW + 10) == Decision(go=False, wait=20.0)
    note_limited(state, NOW, None)
    assert state.reset_at == NOW + 60


def test_n_replicas_sharing_one_state_never_exceed_the_limit() -> None:
    """Twelve slots, forty eager callers: the shared state lets exactly twelve through per window."""
    state = BudgetState()
    sent = 0
    assert decide(state, NOW).go  # the probe
    state.in_flight += 1
    assert not decide(state, NOW).go  # nobody else while the budget is unknown
    note_response(state, RateHeaders(12, 11, NOW + 3600))
    sent += 1
    for _ in range(39):
        decision = decide(state, NOW + 1)
        if decision.go:
            state.in_flight += 1
            sent += 1
        else:
            assert decision.wait is None  # wait for the answers in flight, which settle the count
    assert sent == 12
    assert state.remaining == 11 and state.in_flight == 11  # 11 reserved on top of the probe's answer
    for left in range(10, -1, -1):
        note_response(state, RateHeaders(12, left, NOW + 3600))
    final = decide(state, NOW + 2)
    assert not final.go
    assert final.wait is not None and final.wait > 3000  # now truly spent: wait for the window
