"""Declarative base, naming convention and the columns every synced record carries."""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: the hex digit that holds a UUID's variant bits (10xx), for each digit it replaces
_VARIANT_DIGIT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def new_id() -> str:
    """A time-ordered (version 7, RFC 9562) UUID as text: the milliseconds since 1970, then
    74 random bits. Records made one after another get ids that sort one after another, so
    each new row lands on the last, already cached page of its table's id index instead of a
    random page to read (and, in an encrypted folder, to decrypt) first. Spelled out rather
    than through ``uuid``: an import makes thousands."""
    x = f"{time.time_ns() // 1_000_000:012x}{os.urandom(10).hex()}"
    return f"{x[:8]}-{x[8:12]}-7{x[13:16]}-{_VARIANT_DIGIT[x[16]]}{x[17:20]}-{x[20:32]}"


#: namespace of ids derived from a record's natural key (see ``natural_id``)
NATURAL_NAMESPACE = uuid.UUID("6d3f0b7e-6a54-4c1e-9f6b-2a8e6f1c9a41")
#: the hash of the namespace, copied for each id instead of hashing the namespace again
_NATURAL_HASH = hashlib.sha1(NATURAL_NAMESPACE.bytes)


def natural_id(kind: str, *parts: str) -> str:
    """The id of a record that is one thing by nature (an answer = assessment + question, a
    team member = mission + expert, a link = mission + kind + code): every device that
    creates it makes the same id, so two creations meet at HQ and merge field by field
    instead of living on as two records."""
    # uuid.uuid5 spelled out: the same ids, several times faster (an import makes thousands).
    digest = _NATURAL_HASH.copy()
    digest.update("\x1f".join((kind, *parts)).encode())
    x = digest.hexdigest()
    return f"{x[:8]}-{x[8:12]}-5{x[13:16]}-{_VARIANT_DIGIT[x[16]]}{x[17:20]}-{x[20:32]}"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite keeps no zone; values are normalised to UTC on the way in so ordering and
    comparison hold, and tagged UTC on the way out.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, str]: JSON(),
        list[str]: JSON(),
        dict[str, Any]: JSON(),
        date: Date(),
    }


class SyncedMixin:
    """Columns of every record that travels to HQ.

    ``revision`` counts local edits (bumped on every flush that changes the row);
    ``synced_revision`` is the revision HQ last acknowledged, so a row is pending while
    ``revision > synced_revision``. Synced records are never deleted: ``deleted`` is the
    tombstone that the trash and sync both use.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    synced_revision: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ReferenceMixin:
    """Reference rows (regions, countries, vocabularies) are keyed by their stable code and
    loaded from ``resources/reference``; ``active`` turns false when a newer reference set
    drops a code that user data may still point at."""

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    names: Mapped[dict[str, str]] = mapped_column(default=dict)
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    def label(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names.get("en") or self.code
