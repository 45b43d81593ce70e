"""Signing in and the life of a session at HQ.

A sign-in first asks the ``LoginLimiter`` (an account or address that must wait is refused
before any password is checked; the counts are in the database, shared by every worker and
process), then checks the password with Argon2 off the event loop,
at most ``max_hashes`` at a time: each check takes 64 MiB, so a flood of sign-ins queues
instead of growing HQ's memory. The checks run on threads of their own at a lower CPU
priority (where the system allows it), so a flood of sign-ins leaves the processor to the
pushes and pulls of people already signed in. An unknown user is checked against a dummy
hash, so a wrong user and a wrong password take the same work and get the same answer.

A session expires ``lifetime`` after it was last renewed, and a session in use is renewed
(at most once every ``renew_every``, so using it costs no write on most requests): an expert
who syncs every week stays signed in, a laptop left in a drawer does not. Administrators
list and end sessions per user and device (``mercator-hq sessions``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from ..domain.problem_texts import say
from ..storage.base import utcnow
from . import auth
from .limiter import LoginLimiter, LoginPolicy, Refusal, clear_account
from .models import Token, User
from .writes import Writer


@dataclass(frozen=True)
class SessionPolicy:
    lifetime: timedelta = timedelta(days=30)
    renew_every: timedelta = timedelta(hours=1)
    #: password checks running at once (64 MiB each)
    max_hashes: int = 2
    #: seconds a sign-in waits for its turn to check before HQ answers "busy"
    hash_wait: float = 60.0

    @classmethod
    def from_env(cls) -> SessionPolicy:
        env = os.environ
        lifetime = timedelta(days=float(env.get("MERCATOR_HQ_SESSION_DAYS", "30")))
        return cls(lifetime=lifetime, renew_every=min(timedelta(hours=1), lifetime / 10),
                   max_hashes=max(1, int(env.get("MERCATOR_HQ_MAX_HASHES", "2"))),
                   hash_wait=float(env.get("MERCATOR_HQ_HASH_WAIT", "60")))


class SignInRefused(Exception):
    """Too many failed attempts: ``refusal`` says for how long."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


class WrongCredentials(Exception):
    pass


class Busy(Exception):
    pass


@dataclass(frozen=True)
class Opened:
    token: str
    expires_at: datetime
    user: str
    role: str


class Sessions:
    """Sign-ins and session look-ups of one HQ process."""

    def __init__(self, reads: sessionmaker[Session], writer: Writer,
                 policy: SessionPolicy | None = None,
                 limiter: LoginLimiter | None = None) -> None:
        self.reads = reads
        self.writer = writer
        self.policy = policy or SessionPolicy.from_env()
        self.limiter = limiter or LoginLimiter(reads, writer, LoginPolicy.from_env())
        self._hashing: asyncio.Semaphore | None = None
        self._hashers = ThreadPoolExecutor(self.policy.max_hashes, "password-check",
                                           initializer=_lower_priority)

    async def _checked(self, password_hash: str, password: str) -> bool:
        if self._hashing is None:
            self._hashing = asyncio.Semaphore(self.policy.max_hashes)
        try:
            await asyncio.wait_for(self._hashing.acquire(), self.policy.hash_wait)
        except TimeoutError:
            raise Busy(say("hq_busy_signing_in")) from None
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self._hashers, auth.verify_hash, password_hash, password)
        finally:
            self._hashing.release()

    async def sign_in(self, name: str, password: str, device_id: str, device_name: str,
                      address: str) -> Opened:
        refusal = await run_in_threadpool(self.limiter.begin, name, address)
        if refusal is not None:
            raise SignInRefused(refusal)
        found = await run_in_threadpool(self._find, name)
        user_id, stored = found if found else (None, auth.DUMMY_HASH)
        if not await self._checked(stored, password) or user_id is None:
            await run_in_threadpool(self.limiter.failed, name, address)
            raise WrongCredentials()
        return await run_in_threadpool(self._open, name, user_id, password, device_id,
                                       device_name)

    def _find(self, name: str) -> tuple[int, str] | None:
        with self.reads() as session:
            row = session.execute(select(User.id, User.password_hash).where(
                User.name == name, User.disabled.is_(False))).first()
        return (row[0], row[1]) if row else None

    def _open(self, name: str, user_id: int, password: str, device_id: str,
              device_name: str) -> Opened:
        with self.writer.transaction() as session:
            user = session.get(User, user_id)
            if user is None or user.disabled:
                raise WrongCredentials()
            clear_account(session, name)  # the limiter's "succeeded", in the same write
            if auth.needs_rehash(user.password_hash):
                user.password_hash = auth.hash_password(password)
            token, row = auth.open_session(session, user, device_id, device_name,
                                           self.policy.lifetime)
            return Opened(token, row.expires_at, user.name, user.role)

    def principal(self, token: str) -> auth.Principal | None:
        """Who ``token`` acts for (None: unknown, expired, revoked or user disabled);
        renews the session when due."""
        now = utcnow()
        with self.reads() as session:
            found = auth.principal_for(session, token, now)
        if found is None or found.expires_at is None:
            return None
        if found.expires_at - now <= self.policy.lifetime - self.policy.renew_every:
            with self.writer.transaction() as session:
                renew(session, found.token_id, now + self.policy.lifetime, now)
        return found


def _lower_priority() -> None:
    """Of the calling thread only (Linux keeps a nice value per thread; Argon2's own
    threads, started from it, inherit it)."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def renew(session: Session, token_id: int, expires_at: datetime, now: datetime) -> None:
    session.execute(update(Token).where(Token.id == token_id, Token.revoked_at.is_(None))
                    .values(expires_at=expires_at, last_used_at=now))


@dataclass(frozen=True)
class SessionView:
    id: int
    user: str
    device_id: str
    device_name: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime
    state: str  # active, expired, revoked


def _matching(session: Session, user: str | None, device: str | None) -> list[Token]:
    query = select(Token).join(User, User.id == Token.user_id).order_by(Token.id)
    if user is not None:
        if session.scalar(select(User.id).where(User.name == user)) is None:
            raise auth.UnknownUserError(f"no user named '{user}'")
        query = query.where(User.name == user)
    if device is not None:
        query = query.where((Token.device_id == device) | (Token.device_name == device))
    return list(session.scalars(query))


def list_sessions(session: Session, user: str | None = None, device: str | None = None,
                  include_ended: bool = False) -> list[SessionView]:
    """Sessions of ``user`` (all users when None) on ``device`` (its id or its name)."""
    now = utcnow()
    names = dict(session.execute(select(User.id, User.name)).all())
    views = []
    for row in _matching(session, user, device):
        state = "revoked" if row.revoked_at else "expired" if row.expires_at <= now \
            else "active"
        if state == "active" or include_ended:
            views.append(SessionView(row.id, names.get(row.user_id, "?"), row.device_id,
                                     row.device_name, row.created_at, row.last_used_at,
                                     row.expires_at, state))
    return views


def revoke_sessions(session: Session, user: str, device: str | None = None) -> int:
    """End the active sessions of ``user`` (on ``device`` only, when given); returns how
    many were ended."""
    now = utcnow()
    ids = [t.id for t in _matching(session, user, device)
           if t.revoked_at is None and t.expires_at > now]
    if ids:
        session.execute(update(Token).where(Token.id.in_(ids)).values(revoked_at=now))
    return len(ids)
