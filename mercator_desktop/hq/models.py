"""HQ's own schema: users, sessions, the record store, the change sequence, batches, grants,
failed sign-ins.

Records are kept generically (type, id, JSON fields). ``seq`` is the global sequence number
of a record's last change and orders the pull stream; a record's ``revision`` is that same
number, and ``field_revisions`` holds the sequence number at which each field last changed
(for field-by-field merging). Sequence numbers only grow, across restores too: each start of
the service opens a new range far above the last (``SeqRange``), so numbers a lost database
issued are never issued again, and a number a device reports that HQ never issued proves HQ
was restored (a new ``Epoch`` begins). ``scope`` is the mission a record belongs under,
``''`` for directory records every signed-in user may read. ``natural_key`` is the key a
record must hold alone (a mission's code, case-folded).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..storage.base import NAMING_CONVENTION, UTCDateTime, utcnow


class HQBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class ServiceInfo(HQBase):
    __tablename__ = "service_info"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(HQBase):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(200))
    expert_id: Mapped[str | None] = mapped_column(String(36), index=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Token(HQBase):
    """A session: only the SHA-256 of the bearer token is kept."""

    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    device_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    #: when the session was last renewed by its use (to the hour, see ``hq.sessions``)
    last_used_at: Mapped[datetime | None]


class Record(HQBase):
    __tablename__ = "records"
    __table_args__ = (Index("ix_records_scope_seq", "scope", "seq"),
                      UniqueConstraint("record_type", "natural_key"))
    record_type: Mapped[str] = mapped_column(String(60), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    scope: Mapped[str] = mapped_column(String(36), default="")
    owner_id: Mapped[int | None] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(BigInteger)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    field_revisions: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    natural_key: Mapped[str | None] = mapped_column(String(300))
    #: the device whose change made this version (None: made at HQ): a pull by that device
    #: leaves it out, the device holds it already
    origin: Mapped[str | None] = mapped_column(String(64))


class AppliedChange(HQBase):
    """Every change ever applied, by the device's change id: a repeat is a duplicate."""

    __tablename__ = "applied_changes"
    change_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    record_type: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(BigInteger)
    seq: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(Integer)


class Batch(HQBase):
    """The first answer to a push batch, given again to a replay of the same batch id."""

    __tablename__ = "batches"
    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Grant(HQBase):
    """A user's access to a mission (team member, or the mission's creator), with the
    sequence number at which it began: pulls back-fill what came before it."""

    __tablename__ = "grants"
    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mission_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    granted_seq: Mapped[int] = mapped_column(BigInteger)
    owner: Mapped[bool] = mapped_column(Boolean, default=False)


class Counter(HQBase):
    """The global change sequence; its row lock serialises pushes so ``seq`` order is commit
    order and a pull never skips a change that commits late."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Epoch(HQBase):
    """One life of this database. A new one begins when it is restored from a backup
    (``mercator-hq restore``) or found to have been (a device knows a sequence number HQ
    never issued); devices then send again what HQ may lack and read the stream anew."""

    __tablename__ = "epochs"
    service_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, unique=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    restored_from_seq: Mapped[int | None] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text, default="")


class SeqRange(HQBase):
    """Sequence numbers issued from ``start`` on; ``high`` is the last one issued while the
    range was current (the newest range's ``high`` is the counter itself)."""

    __tablename__ = "seq_ranges"
    start: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    high: Mapped[int] = mapped_column(BigInteger)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)


class Revocation(HQBase):
    """A user taken off a mission's team: told at the next pull (the device archives the
    mission) and named in the answer to his or her later changes."""

    __tablename__ = "revocations"
    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mission_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revoked_seq: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class LoginAttempt(HQBase):
    """Failed sign-ins of one account (``kind`` "account", ``subject`` its case-folded name)
    or one network address (``kind`` "address"), shared by every worker and process of HQ:
    see ``hq.limiter``. Times are seconds since the epoch."""

    __tablename__ = "login_attempts"
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    subject: Mapped[str] = mapped_column(String(400), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    #: when the last failure was counted
    last_at: Mapped[float] = mapped_column(Float)
    #: attempts before this moment are refused without checking a password
    blocked_until: Mapped[float] = mapped_column(Float, default=0.0)
    #: the wait is a lockout (not a short delay between attempts)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
