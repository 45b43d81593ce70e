"""What travels: the synced record types, their fields, their parents and their mission.

The app's side: each synced record type with its storage model, derived from
``storage.models.SYNCED_MODELS``. What travels and its limits are ``domain.record_fields``
(HQ knows records only from there, through ``sync.record_schemas``); a test holds the
storage models and that table in step. ``id``, ``deleted`` (the tombstone) and the local
``revision`` / ``synced_revision`` counters travel outside ``fields``; the who/when stamps
travel as fields but never make a conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text, Time
from sqlalchemy.sql.schema import Column

from ..domain.record_fields import STAMP_FIELDS as STAMP_FIELDS
from ..storage import json_codec
from ..storage.models import SYNCED_MODELS

LOCAL_ONLY = frozenset({"id", "revision", "synced_revision", "deleted"})
MISSION_TYPE = "missions"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # str, int, bool, date, time, datetime, json
    nullable: bool
    max_length: int | None = None


@dataclass(frozen=True)
class RecordType:
    name: str
    model: type
    fields: dict[str, FieldSpec]
    #: foreign-key field -> synced record type it points at
    parents: dict[str, str]
    #: field naming the parent that leads to the mission (``id`` for missions), or None
    #: for directory records (programmes, administrations, experts, accreditations)
    scope_field: str | None
    position: int = 0
    to_python: dict[str, Callable[[Any], Any]] = field(default_factory=dict, repr=False)

    @property
    def mission_scoped(self) -> bool:
        return self.scope_field is not None


def _kind(column: Column[Any]) -> str:
    t = column.type
    impl = getattr(t, "impl", t)
    if isinstance(impl, DateTime):
        return "datetime"
    for cls, name in ((Boolean, "bool"), (Integer, "int"), (Date, "date"), (Time, "time"),
                      (JSON, "json"), (Text, "str"), (String, "str")):
        if isinstance(impl, cls):
            return name
    return "json"


def _parse_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "date": lambda v: v if v is None or isinstance(v, date) else date.fromisoformat(v),
    "time": lambda v: v if v is None or isinstance(v, time) else time.fromisoformat(v),
    "datetime": _parse_datetime,
}


@cache
def record_types() -> dict[str, RecordType]:
    synced_tables = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]
    found: dict[str, RecordType] = {}
    for position, model in enumerate(SYNCED_MODELS):
        table = model.__table__  # type: ignore[attr-defined]
        specs: dict[str, FieldSpec] = {}
        parents: dict[str, str] = {}
        for column in table.columns:
            if column.name in LOCAL_ONLY:
                continue
            length = getattr(getattr(column.type, "impl", column.type), "length", None)
            specs[column.name] = FieldSpec(column.name, _kind(column), bool(column.nullable),
                                           length if _kind(column) == "str" else None)
            for fk in column.foreign_keys:
                if fk.column.table.name in synced_tables:
                    parents[column.name] = fk.column.table.name
        scope: str | None = None
        if table.name == MISSION_TYPE:
            scope = "id"
        elif parents.get("mission_id") == MISSION_TYPE:
            scope = "mission_id"
        else:
            for name, parent in parents.items():
                if parent in found and found[parent].mission_scoped:
                    scope = name
                    break
        converters = {n: _PARSERS[s.kind] for n, s in specs.items() if s.kind in _PARSERS}
        found[table.name] = RecordType(table.name, model, specs, parents, scope, position,
                                       converters)
    return found


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime):
        value = value if value.tzinfo else value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def _datetime_text(text: str) -> str:
    if len(text) == 26 and text[10] == " " and text[19] == "." and text[:4].isdigit():
        # SQLAlchemy's form, "YYYY-MM-DD HH:MM:SS.ffffff" in UTC: the wire form is the same
        # digits (``isoformat`` leaves out a zero fraction)
        if text.endswith("000000"):
            return f"{text[:10]}T{text[11:19]}+00:00"
        return f"{text[:10]}T{text[11:]}+00:00"
    value = datetime.fromisoformat(text)
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value.isoformat()


_FROM_TEXT: dict[str, Callable[[str], str]] = {
    "date": lambda text: date.fromisoformat(text).isoformat(),
    "time": lambda text: time.fromisoformat(text).isoformat(),
    "datetime": _datetime_text,
}


def _json_stored(value: Any) -> Any:
    # a JSON column holding a number keeps it as a number (SQLite's numeric affinity)
    return value if type(value) in (int, float) else json_codec.loads(value)


_FROM_STORED: dict[str, Callable[[Any], Any] | None] = {
    **_FROM_TEXT, "json": _json_stored, "bool": bool, "str": None, "int": None}


def wire_from_stored(kind: str) -> Callable[[Any], Any] | None:
    """The wire form of a field of ``kind`` from the value SQLite keeps (not NULL; None:
    the same value): what ``row_fields`` gives of the column's value read by SQLAlchemy
    (timestamps are kept in UTC without a zone, JSON as its text, flags as 0 and 1)."""
    return _FROM_STORED[kind]


def row_fields(rtype: RecordType, row: Any) -> dict[str, Any]:
    """The travelling fields of an ORM row or a result row, in wire form."""
    out = {name: getattr(row, name) for name in rtype.fields}
    for name in rtype.to_python:  # only dates and times differ on the wire
        out[name] = to_wire(out[name])
    return out


def from_wire(rtype: RecordType, fields: dict[str, Any]) -> dict[str, Any]:
    """Wire values back to Python values for the local columns (unknown fields dropped)."""
    out = {}
    for name, value in fields.items():
        if name not in rtype.fields:
            continue
        convert = rtype.to_python.get(name)
        out[name] = convert(value) if convert else value
    return out
