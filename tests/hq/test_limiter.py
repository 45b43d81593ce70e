"""The sign-in limiter on its own, with a clock the test moves."""

from __future__ import annotations

from mercator_desktop.hq.limiter import LoginLimiter, LoginPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _wrong(limiter: LoginLimiter, user: str = "ana", address: str = "192.0.2.1"):  # type: ignore[no-untyped-def]
    refusal = limiter.begin(user, address)
    if refusal is None:
        limiter.failed(user, address)
    return refusal


def test_delays_grow_then_the_account_is_locked_and_locks_longer():
    clock = Clock()
    limiter = LoginLimiter(LoginPolicy(), clock)
    waits = []
    for _ in range(9):
        assert _wrong(limiter) is None  # each attempt made once its wait is over
        refusal = limiter.waiting("ana")
        waits.append(round(refusal.retry_after) if refusal else 0)
        clock.now += waits[-1]
    assert waits == [0, 0, 0, 1, 2, 4, 8, 16, 32]
    assert _wrong(limiter) is None  # the tenth: locked out
    locked = limiter.begin("ana", "192.0.2.1")
    assert locked is not None and locked.locked and locked.by == "account"
    assert round(locked.retry_after) == 900
    assert "sign-in is locked" in locked.message and "(in 15 minutes)" in locked.message
    clock.now += 900
    assert _wrong(limiter) is None
    assert round(limiter.waiting("ana").retry_after) == 1800  # doubled
    assert limiter.begin("ben", "198.51.100.7") is None  # others are not locked


def test_a_right_password_clears_the_account_but_not_the_address():
    clock = Clock()
    limiter = LoginLimiter(LoginPolicy(address_free_failures=4), clock)
    for _ in range(3):
        _wrong(limiter)
    assert limiter.begin("ana", "192.0.2.1") is None
    limiter.succeeded("ana")
    assert limiter.waiting("ana") is None
    _wrong(limiter, "ben")
    _wrong(limiter, "carl")  # the address's fifth failure: it waits
    refusal = limiter.begin("dora", "192.0.2.1")
    assert refusal is not None and refusal.by == "address" and not refusal.locked
    assert "your network address" in refusal.message
    assert limiter.begin("dora", "203.0.113.5") is None


def test_simultaneous_attempts_count_before_their_answer():
    limiter = LoginLimiter(LoginPolicy(), Clock())
    started = [limiter.begin("ana", "192.0.2.1") for _ in range(6)]
    assert started[:4] == [None] * 4  # a burst is limited like a sequence
    assert all(r is not None for r in started[4:])


def test_quiet_accounts_are_forgotten_and_the_table_is_bounded():
    clock = Clock()
    limiter = LoginLimiter(LoginPolicy(forget_after=3600, max_entries=50), clock)
    for _ in range(5):
        _wrong(limiter)
        clock.now += 60
    clock.now += 3601
    assert limiter.begin("ana", "192.0.2.9") is None
    assert limiter.waiting("ana") is None
    for i in range(200):
        _wrong(limiter, f"user{i}", f"198.51.100.{i}")
    assert len(limiter._counts) <= 50
