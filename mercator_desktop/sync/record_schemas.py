"""Per-record schemas of the sync protocol, built from ``domain.record_fields``.

For each synced record type a ``TypedDict`` of its fields (every key optional, since a
change carries only the fields it changes; nothing unknown) with each field's JSON type,
length, vocabulary and bounds, and a ``Change`` model whose ``record_type`` names it. The
push request's changes are the union of those models, told apart by ``record_type``, so
HQ's OpenAPI document spells out every record, and HQ refuses at the door — with a 400 that
names the record and the field — a change that does not fit. Values stay in wire form
(dates as ISO text), exactly as they travel.

``RecordShape`` (fields, parents, the field that leads to the mission) is what HQ needs to
know of a record type; it is derived from the same table, so HQ never imports the app's
storage models.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache, cached_property
from typing import Annotated, Any, Literal, Union

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    TypeAdapter,
    WithJsonSchema,
)
from pydantic import ValidationError as PydanticValidationError
from typing_extensions import TypedDict

from ..domain.record_fields import (
    ID_LENGTH,
    JSON_CHARS,
    RECORD_FIELDS,
    STAMP_FIELDS,
    FieldRule,
    json_text_problem,
    rules_of,
    text_problem,
)

MISSION_TYPE = "missions"
#: a text without NUL: what the OpenAPI document says of every text (lone surrogates cannot
#: be written in a pattern; they are refused all the same)
TEXT_PATTERN = "^[^\\x00]*$"


_SCALARS: list[dict[str, Any]] = [{"type": "string", "pattern": TEXT_PATTERN},
                                  {"type": "number"}, {"type": "boolean"}, {"type": "null"}]
_SHALLOW: list[dict[str, Any]] = [*_SCALARS, {"type": "array", "items": {"anyOf": _SCALARS}}]
#: a JSON value as the document describes it (two levels deep: HQ takes deeper ones too);
#: its text is well-formed like any other and it is at most JSON_CHARS long as JSON
JSON_VALUE_SCHEMA: dict[str, Any] = {
    "anyOf": [*_SHALLOW, {"type": "object", "additionalProperties": {"anyOf": _SHALLOW},
                          "propertyNames": {"pattern": TEXT_PATTERN}}],
    "description": f"any JSON value without NUL characters, at most {JSON_CHARS} "
                   "characters as JSON"}


def _well_formed(value: str) -> str:
    problem = text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _json_value(value: Any) -> Any:
    problem = json_text_problem(value)
    if problem:
        raise ValueError(problem)
    if value is None or isinstance(value, bool | float) or (
            isinstance(value, int) and -10**18 < value < 10**18) or (
            isinstance(value, str) and len(value) * 6 + 2 <= JSON_CHARS):
        return value  # short enough whatever its escapes: no need to write it out
    try:
        size = len(json.dumps(value, separators=(",", ":"), ensure_ascii=False))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"is not a JSON value ({exc})") from None
    if size > JSON_CHARS:
        raise ValueError(f"is {size} characters as JSON; at most {JSON_CHARS}")
    return value


def _whole_number(value: Any) -> Any:
    """JSON has one kind of number: 3.0 is the whole number 3; text and true are not."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _parses(parse: Callable[[str], Any], what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        try:
            parse(value)
        except ValueError:
            raise ValueError(f"is not {what} (ISO 8601)") from None
        return value
    return check


def _datetime(text: str) -> datetime:
    return datetime.fromisoformat(text)


_TEMPORAL = {"date": (date.fromisoformat, "a date", "date"),
             "time": (time.fromisoformat, "a time of day", "time"),
             "datetime": (_datetime, "a date and time", "date-time")}


def _field_type(rule: FieldRule) -> Any:
    if rule.kind == "str":
        if rule.vocabulary:
            kind: Any = Literal[rule.vocabulary]
        else:
            kind = Annotated[StrictStr, Field(max_length=rule.max_length,
                                              json_schema_extra={"pattern": TEXT_PATTERN}),
                             AfterValidator(_well_formed)]
    elif rule.kind == "int":
        kind = Annotated[StrictInt, Field(ge=rule.minimum, le=rule.maximum),
                         BeforeValidator(_whole_number)]
    elif rule.kind == "bool":
        kind = StrictBool
    elif rule.kind in _TEMPORAL:
        parse, what, fmt = _TEMPORAL[rule.kind]
        kind = Annotated[StrictStr, Field(max_length=40), AfterValidator(_parses(parse, what)),
                         WithJsonSchema({"type": "string", "format": fmt, "maxLength": 40})]
    else:
        kind = Annotated[Any, AfterValidator(_json_value), WithJsonSchema(JSON_VALUE_SCHEMA)]
    return kind | None if rule.nullable else kind


def _title(record_type: str) -> str:
    return "".join(part.capitalize() for part in record_type.split("_"))


@cache
def fields_schema(record_type: str) -> type:
    """The ``TypedDict`` of one record type's travelling fields (all optional)."""
    spec = {name: _field_type(rule) for name, rule in rules_of(record_type).items()}
    typed = TypedDict(f"{_title(record_type)}Fields", spec, total=False)  # type: ignore[misc]
    typed.__pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[attr-defined]
    return typed


@cache
def fields_adapter(record_type: str) -> TypeAdapter[Any]:
    return TypeAdapter(fields_schema(record_type))


def field_problems(record_type: str, fields: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, reason) for every value of ``fields`` the record type's schema refuses."""
    if record_type not in RECORD_FIELDS:
        return [("record_type", f"unknown record type '{record_type}'")]
    try:
        fields_adapter(record_type).validate_python(fields)
    except PydanticValidationError as exc:
        return [(".".join(str(p) for p in error["loc"]) or "fields", describe(error))
                for error in exc.errors()]
    return []


def describe(error: Any) -> str:
    """A pydantic error as a sentence (without pydantic's documentation links)."""
    message = str(error.get("msg", "invalid"))
    if error.get("type") == "value_error" and message.startswith("Value error, "):
        message = message[len("Value error, "):]
    kind = error.get("type")
    if kind == "extra_forbidden":
        message = "is not a field of this record"
    elif kind == "string_unicode":
        message = "is not well-formed Unicode (it holds a lone surrogate)"
    elif kind == "string_too_long":
        message = f"is longer than {error.get('ctx', {}).get('max_length')} characters"
    elif kind == "literal_error":
        value = str(error.get("input"))[:40]
        message = f"has the unknown code '{value}' (known: {error.get('ctx', {}).get('expected')})"
    elif kind == "union_tag_invalid":
        message = f"unknown record type '{error.get('ctx', {}).get('tag')}'"
    return message


@dataclass(frozen=True)
class RecordShape:
    """What both sides know of a record type: its fields, the fields naming its parents,
    and the one leading to its mission (``id`` for missions; None for directory records)."""

    name: str
    fields: dict[str, FieldRule]
    parents: dict[str, str]
    scope_field: str | None
    position: int

    @property
    def mission_scoped(self) -> bool:
        return self.scope_field is not None

    @cached_property
    def required(self) -> tuple[str, ...]:
        """The fields a new record must have (not nullable, not a who/when stamp)."""
        return tuple(n for n, rule in self.fields.items()
                     if not rule.nullable and n not in STAMP_FIELDS)


@cache
def record_shapes() -> dict[str, RecordShape]:
    found: dict[str, RecordShape] = {}
    for position, (name, rules) in enumerate(RECORD_FIELDS.items()):
        parents = {f: r.parent for f, r in rules.items() if r.parent}
        scope: str | None = None
        if name == MISSION_TYPE:
            scope = "id"
        elif parents.get("mission_id") == MISSION_TYPE:
            scope = "mission_id"
        else:
            scope = next((f for f, p in parents.items()
                          if p in found and found[p].mission_scoped), None)
        found[name] = RecordShape(name, rules_of(name), parents, scope, position)
    return found


def missing_fields(shape: RecordShape, fields: dict[str, Any]) -> list[str]:
    """The required fields a new record lacks (its values are the schema's business)."""
    return [f"'{n}' is missing" for n in shape.required if n not in fields]


# --- the change models, one per record type ------------------------------------------------

_CHANGE_DOC = {
    "change_id": "names one change: the device, the record and a hash of what the change "
                 "holds, so a copied or restored store that reuses a revision number with "
                 "other content makes a new change; a repeat is 'duplicate'",
    "base_revision": "the server revision the device's copy derives from; 0 for a record "
                     "HQ has never seen",
    "fields": "changed fields only",
    "base_fields": "the device's base values of the changed fields (and, when resending "
                   "after an HQ restore, of every field)",
    "base_deleted": "the tombstone of the device's base",
    "resend": "sent again because HQ was restored: HQ keeps the base values it lacks "
              "(fields it has not changed since)",
}

RECORD_ID = Annotated[StrictStr, Field(min_length=1, max_length=ID_LENGTH,
                                       json_schema_extra={"pattern": TEXT_PATTERN}),
                      AfterValidator(_well_formed)]
CHANGE_ID = Annotated[StrictStr, Field(min_length=1, max_length=200,
                                       description=_CHANGE_DOC["change_id"],
                                       json_schema_extra={"pattern": TEXT_PATTERN}),
                      AfterValidator(_well_formed)]


def change_models(base: type) -> dict[str, type]:
    """One subclass of ``base`` (the protocol's ``Change``) per record type."""
    from pydantic import create_model

    models: dict[str, type] = {}
    for name in RECORD_FIELDS:
        typed = fields_schema(name)
        tag: Any = Literal[name]
        models[name] = create_model(
            f"{_title(name)}Change", __base__=base,
            record_type=(tag, ...),
            fields=(typed, Field(default_factory=dict, description=_CHANGE_DOC["fields"])),
            base_fields=(typed, Field(default_factory=dict,
                                      description=_CHANGE_DOC["base_fields"])))
    return models


def change_union(models: dict[str, type]) -> Any:
    return Annotated[Union[tuple(models.values())],  # noqa: UP007
                     Discriminator("record_type")]
