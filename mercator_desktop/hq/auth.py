"""Users, passwords and sessions.

Passwords are hashed with Argon2id (argon2-cffi); a sign-in for an unknown user still runs a
verification against a dummy hash so the answer takes the same time (the sign-in itself, with
its limits, is ``hq.sessions``). A session is a random bearer token of which only the
SHA-256 is stored, with an expiry; sign-out, disabling a user and resetting a password
revoke it.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..storage.base import utcnow
from .limiter import clear_account
from .models import Token, User

ROLES = ("expert", "hq")
TOKEN_LIFETIME = timedelta(days=30)
_hasher = PasswordHasher()
DUMMY_HASH = _hasher.hash("not a password anyone has")


class UserExistsError(ValueError):
    pass


class UnknownUserError(LookupError):
    pass


@dataclass(frozen=True)
class Principal:
    """Who a request acts for."""

    user_id: int
    name: str
    role: str
    expert_id: str | None
    token_id: int
    expires_at: datetime | None = None

    @property
    def is_hq(self) -> bool:
        return self.role == "hq"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(session: Session, name: str, role: str, password: str,
             expert_id: str | None = None) -> User:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if not name.strip() or not password:
        raise ValueError("a user needs a name and a password")
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise UserExistsError(f"a user named '{name}' exists already")
    user = User(name=name, role=role, password_hash=_hasher.hash(password),
                expert_id=expert_id)
    session.add(user)
    session.flush()
    return user


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_hash(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return bool(_hasher.check_needs_rehash(password_hash))


def find_user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise UnknownUserError(f"no user named '{name}'")
    return user


def _end_sessions(session: Session, user: User) -> None:
    session.execute(update(Token).where(Token.user_id == user.id, Token.revoked_at.is_(None))
                    .values(revoked_at=utcnow()))


def disable_user(session: Session, name: str) -> User:
    user = find_user(session, name)
    user.disabled = True
    _end_sessions(session, user)
    return user


def enable_user(session: Session, name: str) -> User:
    """The user may sign in again, at once: failures counted meanwhile are forgotten."""
    user = find_user(session, name)
    user.disabled = False
    clear_account(session, user.name)
    return user


def set_password(session: Session, name: str, password: str) -> User:
    """A new password; the user's sessions end (a reset usually follows a lost laptop or a
    leaked password) and a lockout of the account ends (the new password may be tried)."""
    if not password:
        raise ValueError("the new password is empty")
    user = find_user(session, name)
    user.password_hash = _hasher.hash(password)
    _end_sessions(session, user)
    clear_account(session, user.name)
    return user


def check_password(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name))
    if not verify_hash(user.password_hash if user else DUMMY_HASH, password):
        return None
    if user is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def open_session(session: Session, user: User, device_id: str, device_name: str = "",
                 lifetime: timedelta = TOKEN_LIFETIME) -> tuple[str, Token]:
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = Token(token_hash=hash_token(token), user_id=user.id, device_id=device_id,
                device_name=device_name, expires_at=now + lifetime, last_used_at=now)
    session.add(row)
    session.flush()
    return token, row


def principal_for(session: Session, token: str,
                  now: datetime | None = None) -> Principal | None:
    row = session.execute(
        select(Token.id, Token.expires_at, Token.revoked_at, User.id, User.name, User.role,
               User.expert_id, User.disabled)
        .join(User, User.id == Token.user_id)
        .where(Token.token_hash == hash_token(token))
    ).first()
    if row is None:
        return None
    token_id, expires_at, revoked_at, user_id, name, role, expert_id, disabled = row
    if revoked_at is not None or disabled or expires_at <= (now or utcnow()):
        return None
    return Principal(user_id, name, role, expert_id, token_id, expires_at)


def revoke(session: Session, token_id: int) -> None:
    session.execute(update(Token).where(Token.id == token_id, Token.revoked_at.is_(None))
                    .values(revoked_at=utcnow()))
