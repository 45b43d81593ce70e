"""Failed sign-ins, counted per account and per network address: growing delays, then a
temporary lockout.

Each account may fail ``free_failures`` times freely; every further failure makes the next
attempt wait twice as long as the one before (``base_delay``, ``2 × base_delay`` … up to
``max_delay``); at ``lockout_failures`` the account is locked for ``lockout_seconds``, and
every failure after that locks it twice as long again (at most a day). A network address has
the same rule with higher thresholds, for someone trying many accounts. While an account or
address waits, its attempts are refused before any password is checked — a right password
too, so a lockout tells a guesser nothing. A success clears the account's count (never the
address's: one good account must not wash an address clean); so do a new password and
enabling the account (``mercator-hq users``). Failures older than ``forget_after`` seconds
are forgotten once their wait is over, and such rows are pruned.

An attempt counts against its account from the moment it starts (and is taken back when it
succeeds), so a burst of simultaneous guesses is limited like a sequence of them.

The counts live in HQ's database (``login_attempts``), so every worker and every HQ process
on one database counts the same failures: a guesser who spreads attempts over them gets no
more. Each count changes under its row's lock (an upsert that creates or locks the row, then
an update, in one transaction; on SQLite the write transaction itself is the lock), so two
processes counting a failure at the same moment both count. An attempt refused for now costs
one read and no write. Times are wall-clock seconds (``time.time``), the one clock the
processes share.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, and_, delete, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .models import LoginAttempt
from .writes import Writer

DAY = 86400.0
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoginPolicy:
    free_failures: int = 3
    lockout_failures: int = 10
    lockout_seconds: float = 900.0
    address_free_failures: int = 20
    address_lockout_failures: int = 100
    base_delay: float = 1.0
    max_delay: float = 60.0
    forget_after: float = 6 * 3600.0
    #: seconds between two prunings of forgotten rows by one process
    prune_every: float = 600.0

    @classmethod
    def from_env(cls) -> LoginPolicy:
        env = os.environ
        return cls(
            base_delay=float(env.get("MERCATOR_HQ_LOGIN_DELAY", "1")),
            lockout_failures=int(env.get("MERCATOR_HQ_LOCKOUT_AFTER", "10")),
            lockout_seconds=float(env.get("MERCATOR_HQ_LOCKOUT_MINUTES", "15")) * 60,
        )


@dataclass(frozen=True)
class Refusal:
    """An attempt refused without checking its password."""

    retry_after: float
    #: a lockout (as opposed to a short delay between attempts)
    locked: bool
    #: "account" or "address"
    by: str

    @property
    def message(self) -> str:
        from ..domain.problem_texts import say

        seconds = max(1, math.ceil(self.retry_after))
        when = time.strftime("%H:%M UTC", time.gmtime(time.time() + seconds))
        unit, count = ("seconds", seconds) if seconds < 120 else \
            ("minutes", math.ceil(seconds / 60))
        whose = "account" if self.by == "account" else "address"
        state = "locked" if self.locked else "wait"
        return say(f"too_many_{whose}_{state}_{unit}", when=when, count=count)


Key = tuple[str, str]


def account_key(user: str) -> Key:
    return ("account", user.strip().casefold())


def address_key(address: str) -> Key:
    return ("address", address)


def clear_account(session: Session, user: str) -> None:
    """Forget the account's failures (and end its wait), in ``session``'s transaction."""
    kind, subject = account_key(user)
    session.execute(delete(LoginAttempt).where(LoginAttempt.kind == kind,
                                               LoginAttempt.subject == subject))


def account_lockouts(session: Session, now: float) -> dict[str, float]:
    """Accounts locked out at ``now`` (case-folded name → end of the lockout, seconds since
    the epoch), for the administrator's list."""
    return dict(session.execute(select(LoginAttempt.subject, LoginAttempt.blocked_until).where(
        LoginAttempt.kind == "account", LoginAttempt.locked.is_(True),
        LoginAttempt.blocked_until > now)).all())


@dataclass
class _Count:
    failures: int = 0
    last: float = 0.0
    blocked_until: float = 0.0
    locked: bool = False


_COLUMNS = (LoginAttempt.failures, LoginAttempt.last_at, LoginAttempt.blocked_until,
            LoginAttempt.locked)


class LoginLimiter:
    """The counts of one HQ database, for one process: ``reads`` for the check that costs
    no write, ``writer`` for the counting; ``clock`` is ``time.time`` unless given."""

    def __init__(self, reads: sessionmaker[Session], writer: Writer,
                 policy: LoginPolicy | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.policy = policy or LoginPolicy()
        self.reads = reads
        self.writer = writer
        self._clock = clock
        self._pruned = -math.inf
        self._prune_turn = threading.Lock()

    def begin(self, user: str, address: str) -> Refusal | None:
        """Before checking a password: a refusal while the account or the address must
        wait; otherwise the attempt is counted against the account until ``succeeded``."""
        now = self._clock()
        account, place = account_key(user), address_key(address)
        with self.reads() as session:
            found = {(row.kind, row.subject): row for row in session.scalars(
                select(LoginAttempt).where(or_(*(
                    and_(LoginAttempt.kind == kind, LoginAttempt.subject == subject)
                    for kind, subject in (account, place)))))}
        for key in (account, place):
            row = found.get(key)
            if row is not None and now < row.blocked_until:
                return Refusal(row.blocked_until - now, row.locked, key[0])
        with self._counting() as session:
            count = self._locked(session, account, now)
            if now < count.blocked_until:  # counted meanwhile by another worker or process
                return Refusal(count.blocked_until - now, count.locked, "account")
            count.failures += 1
            self._block(account, count, now)
            _store(session, account, count)
        self._prune_when_due(now)
        return None

    def succeeded(self, user: str) -> None:
        with self._counting() as session:
            clear_account(session, user)

    def failed(self, user: str, address: str) -> None:
        """After a wrong password: the account's failure, counted already, now runs its
        wait from this moment; the address's is counted."""
        now = self._clock()
        account, place = account_key(user), address_key(address)
        with self._counting() as session:
            row = session.execute(select(*_COLUMNS).where(
                LoginAttempt.kind == account[0], LoginAttempt.subject == account[1],
            ).with_for_update()).first()
            if row is not None and row.failures:
                count = _Count(*row)
                self._block(account, count, now)
                _store(session, account, count)
            count = self._locked(session, place, now)
            count.failures += 1
            self._block(place, count, now)
            _store(session, place, count)
        self._prune_when_due(now)

    def waiting(self, user: str) -> Refusal | None:
        """The account's current wait, if any (for tests and the log)."""
        now = self._clock()
        kind, subject = account_key(user)
        with self.reads() as session:
            row = session.get(LoginAttempt, (kind, subject))
        if row is None or now >= row.blocked_until:
            return None
        return Refusal(row.blocked_until - now, row.locked, "account")

    def prune(self) -> int:
        """Delete the rows forgotten already (see ``forget_after``); returns how many."""
        now = self._clock()
        with self.writer.transaction() as session:
            result = session.execute(delete(LoginAttempt).where(
                LoginAttempt.blocked_until <= now,
                LoginAttempt.last_at < now - self.policy.forget_after))
            return cast(CursorResult[Any], result).rowcount

    def _prune_when_due(self, now: float) -> None:
        if now - self._pruned < self.policy.prune_every \
                or not self._prune_turn.acquire(blocking=False):
            return
        try:
            self._pruned = now
            self.prune()
        except SQLAlchemyError as exc:  # e.g. two processes pruning at once: next time
            log.warning("forgotten sign-in failures not pruned: %s", type(exc).__name__)
        finally:
            self._prune_turn.release()

    @contextmanager
    def _counting(self) -> Iterator[Session]:
        """A write transaction for counting. On PostgreSQL its commit does not wait for the
        disk: a crash may lose the last moment's counts, never make them wrong, and a flood of
        sign-ins does not queue on the log's flushes."""
        with self.writer.transaction() as session:
            if not self.writer.sqlite:
                session.execute(text("SET LOCAL synchronous_commit TO OFF"))
            yield session

    def _locked(self, session: Session, key: Key, now: float) -> _Count:
        """The key's count, its row created if need be and locked until the transaction
        ends (an upsert that changes nothing on an existing row but locks it); a count
        forgotten already comes back empty."""
        insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" \
            else postgresql_insert
        created = insert(LoginAttempt).values(
            kind=key[0], subject=key[1], failures=0, last_at=now, blocked_until=0.0,
            locked=False)
        statement = created.on_conflict_do_update(
            index_elements=[LoginAttempt.kind, LoginAttempt.subject],
            set_={"failures": LoginAttempt.failures}).returning(*_COLUMNS)
        count = _Count(*session.execute(statement).one())
        if now >= count.blocked_until and now - count.last > self.policy.forget_after:
            return _Count()
        return count

    def _block(self, key: Key, count: _Count, now: float) -> None:
        policy = self.policy
        count.last = now
        free, lockout = (policy.free_failures, policy.lockout_failures) if key[0] == "account" \
            else (policy.address_free_failures, policy.address_lockout_failures)
        if count.failures >= lockout:
            count.locked = True
            count.blocked_until = now + min(
                DAY, policy.lockout_seconds * 2 ** min(count.failures - lockout, 16))
        elif count.failures > free:
            count.locked = False
            count.blocked_until = now + min(
                policy.max_delay, policy.base_delay * 2 ** min(count.failures - free - 1, 16))


def _store(session: Session, key: Key, count: _Count) -> None:
    session.execute(update(LoginAttempt).where(
        LoginAttempt.kind == key[0], LoginAttempt.subject == key[1]).values(
        failures=count.failures, last_at=count.last, blocked_until=count.blocked_until,
        locked=count.locked))
