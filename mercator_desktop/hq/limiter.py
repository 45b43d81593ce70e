"""Failed sign-ins, counted per account and per network address: growing delays, then a
temporary lockout.

Each account may fail ``free_failures`` times freely; every further failure makes the next
attempt wait twice as long as the one before (``base_delay``, ``2 × base_delay`` … up to
``max_delay``); at ``lockout_failures`` the account is locked for ``lockout_seconds``, and
every failure after that locks it twice as long again (at most a day). A network address has
the same rule with higher thresholds, for someone trying many accounts. While an account or
address waits, its attempts are refused before any password is checked — a right password
too, so a lockout tells a guesser nothing. A success clears the account's count (never the
address's: one good account must not wash an address clean). Failures older than
``forget_after`` seconds are forgotten.

An attempt counts against its account from the moment it starts (and is taken back when it
succeeds), so a burst of simultaneous guesses is limited like a sequence of them. The counts
live in the memory of the HQ process (they end with it) and are bounded (``max_entries``).
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

DAY = 86400.0


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
    max_entries: int = 100_000

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


@dataclass
class _Count:
    failures: int = 0
    last: float = 0.0
    blocked_until: float = 0.0
    locked: bool = False


class LoginLimiter:
    """The counts of one HQ process; ``clock`` is ``time.monotonic`` unless given."""

    def __init__(self, policy: LoginPolicy | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.policy = policy or LoginPolicy()
        self._clock = clock
        self._counts: OrderedDict[tuple[str, str], _Count] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _account(user: str) -> tuple[str, str]:
        return ("account", user.strip().casefold())

    @staticmethod
    def _address(address: str) -> tuple[str, str]:
        return ("address", address)

    def begin(self, user: str, address: str) -> Refusal | None:
        """Before checking a password: a refusal while the account or the address must
        wait; otherwise the attempt is counted against the account until ``succeeded``."""
        now = self._clock()
        with self._lock:
            for key in (self._account(user), self._address(address)):
                count = self._current(key, now)
                if count is not None and now < count.blocked_until:
                    return Refusal(count.blocked_until - now, count.locked, key[0])
            self._fail(self._account(user), now)
            return None

    def succeeded(self, user: str) -> None:
        with self._lock:
            self._counts.pop(self._account(user), None)

    def failed(self, user: str, address: str) -> None:
        """After a wrong password: the account's failure, counted already, now runs its
        wait from this moment; the address's is counted."""
        now = self._clock()
        with self._lock:
            count = self._counts.get(self._account(user))
            if count is not None:
                self._block(self._account(user), count, now)
            self._fail(self._address(address), now)

    def waiting(self, user: str) -> Refusal | None:
        """The account's current wait, if any (for tests and the log)."""
        now = self._clock()
        with self._lock:
            count = self._current(self._account(user), now)
            if count is None or now >= count.blocked_until:
                return None
            return Refusal(count.blocked_until - now, count.locked, "account")

    def _current(self, key: tuple[str, str], now: float) -> _Count | None:
        count = self._counts.get(key)
        if count is not None and now >= count.blocked_until \
                and now - count.last > self.policy.forget_after:
            del self._counts[key]
            return None
        return count

    def _fail(self, key: tuple[str, str], now: float) -> None:
        count = self._current(key, now) or _Count()
        count.failures += 1
        self._block(key, count, now)
        self._counts[key] = count
        self._counts.move_to_end(key)
        while len(self._counts) > self.policy.max_entries:
            self._counts.popitem(last=False)

    def _block(self, key: tuple[str, str], count: _Count, now: float) -> None:
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
