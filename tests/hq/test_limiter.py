"""The sign-in limiter on its own, its counts in a real HQ database (SQLite, and PostgreSQL
when ``MERCATOR_TEST_PG_URL`` is set), with a clock the test moves. Two limiters on their own
engines stand for two HQ processes."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, func, select, text

from mercator_desktop.hq import auth
from mercator_desktop.hq.db import open_database
from mercator_desktop.hq.limiter import LoginLimiter, LoginPolicy
from mercator_desktop.hq.models import LoginAttempt
from mercator_desktop.hq.writes import Writer, use_real_transactions

PG_ENV = "MERCATOR_TEST_PG_URL"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not os.environ.get(PG_ENV), reason=f"set {PG_ENV} to run against PostgreSQL"))])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hq.sqlite'}"
    url = os.environ[PG_ENV]
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


class Process:
    """What one HQ process holds: its own engine, reads, writer and limiter."""

    def __init__(self, url: str, policy: LoginPolicy, clock: Clock) -> None:
        self.engine, self.reads = open_database(url, new_range=False)
        use_real_transactions(self.engine)
        self.writer = Writer(self.engine)
        self.limiter = LoginLimiter(self.reads, self.writer, policy, clock)

    def rows(self) -> int:
        with self.reads() as session:
            return session.scalar(select(func.count()).select_from(LoginAttempt)) or 0


@pytest.fixture
def processes(db_url) -> Iterator[Callable[..., Process]]:
    made: list[Process] = []

    def make(policy: LoginPolicy | None = None, clock: Clock | None = None) -> Process:
        made.append(Process(db_url, policy or LoginPolicy(), clock or Clock()))
        return made[-1]

    yield make
    for process in made:
        process.engine.dispose()


def _wrong(limiter: LoginLimiter, user: str = "ana", address: str = "192.0.2.1"):  # type: ignore[no-untyped-def]
    refusal = limiter.begin(user, address)
    if refusal is None:
        limiter.failed(user, address)
    return refusal


def test_delays_grow_then_the_account_is_locked_and_locks_longer(processes):
    clock = Clock()
    limiter = processes(clock=clock).limiter
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


def test_the_counts_are_shared_by_processes_taking_turns(processes):
    clock = Clock()
    one, two = processes(clock=clock).limiter, processes(clock=clock).limiter
    checked = 0
    for attempt in range(30):
        limiter = (one, two)[attempt % 2]  # a guesser alternating between them
        refusal = _wrong(limiter, "Ana ")  # the same account, however it is typed
        if refusal is None:
            checked += 1
        elif refusal.locked:
            break
        clock.now += refusal.retry_after if refusal else 0
    assert checked == 10  # as with one process
    assert two.waiting("ana").locked and one.waiting("ANA").locked


def test_a_right_password_clears_the_account_but_not_the_address(processes):
    limiter = processes(LoginPolicy(address_free_failures=4)).limiter
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


def test_a_new_password_or_enabling_ends_a_lockout(processes):
    process = processes(LoginPolicy(lockout_failures=2, base_delay=0))
    limiter = process.limiter
    with process.writer.transaction() as session:
        auth.add_user(session, "ana", "expert", "first words")
    for _ in range(2):
        _wrong(limiter)
    assert limiter.begin("ana", "192.0.2.1").locked
    with process.writer.transaction() as session:
        auth.set_password(session, "ana", "second words")
    assert limiter.begin("ana", "192.0.2.1") is None
    for _ in range(2):
        _wrong(limiter)
    with process.writer.transaction() as session:
        auth.disable_user(session, "ana")
    assert limiter.begin("ana", "192.0.2.1").locked  # disabling leaves it locked
    with process.writer.transaction() as session:
        auth.enable_user(session, "ana")
    assert limiter.waiting("ana") is None


def test_simultaneous_attempts_count_before_their_answer(processes):
    limiter = processes().limiter
    started = [limiter.begin("ana", "192.0.2.1") for _ in range(6)]
    assert started[:4] == [None] * 4  # a burst is limited like a sequence
    assert all(r is not None for r in started[4:])


def test_two_processes_counting_at_the_same_moment_both_count(processes):
    """Many threads of two processes at once: every failure of the address is counted, and
    the account lets through exactly as many attempts as one process would."""
    policy = LoginPolicy(address_free_failures=1000, address_lockout_failures=2000)
    clock = Clock()
    pair = (processes(policy, clock).limiter, processes(policy, clock).limiter)
    threads_per_process = 6
    rounds = 5
    start = threading.Barrier(2 * threads_per_process)
    begun: list[object] = []
    errors: list[BaseException] = []

    def guess(limiter: LoginLimiter, index: int) -> None:
        try:
            start.wait()
            for turn in range(rounds):
                limiter.failed(f"user{index}-{turn}", "192.0.2.1")
            begun.append(limiter.begin("ana", "198.51.100.1"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=guess, args=(pair[i % 2], i))
               for i in range(2 * threads_per_process)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    with pair[0].reads() as session:
        address = session.get(LoginAttempt, ("address", "192.0.2.1"))
    assert address.failures == 2 * threads_per_process * rounds
    assert sum(1 for r in begun if r is None) == 4  # three free, the fourth starts a wait


def test_quiet_accounts_are_forgotten_and_pruned(processes):
    clock = Clock()
    process = processes(LoginPolicy(forget_after=3600, prune_every=4000), clock)
    limiter = process.limiter
    for _ in range(5):
        _wrong(limiter)
        clock.now += 60
    clock.now += 3601
    assert limiter.begin("ana", "192.0.2.9") is None  # counted afresh: the first failure
    assert limiter.waiting("ana") is None
    for i in range(20):
        _wrong(limiter, f"user{i}", f"198.51.100.{i}")
    assert process.rows() == 1 + 1 + 40  # ana, her address, 20 users and their addresses
    clock.now += 3601 + 600  # past the next pruning (4000 s after the first failure)
    _wrong(limiter, "eve", "203.0.113.1")  # the first failure after a while prunes
    assert process.rows() == 2  # eve and her address
