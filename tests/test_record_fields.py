"""One table of what travels (``domain.record_fields``): the storage models declare the same
fields, kinds, lengths and parents; the app refuses what HQ would refuse; HQ knows records
only from the table, never from the app's storage models."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text, Time

from mercator_desktop.domain.errors import ValidationError
from mercator_desktop.domain.record_fields import LONG_TEXT, RECORD_FIELDS, rules_of
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.storage.models import SYNCED_MODELS
from mercator_desktop.sync.record_schemas import field_problems

LOCAL_ONLY = {"id", "revision", "synced_revision", "deleted"}


def _kind(column) -> str:  # type: ignore[no-untyped-def]
    impl = getattr(column.type, "impl", column.type)
    for cls, name in ((DateTime, "datetime"), (Boolean, "bool"), (Integer, "int"),
                      (Date, "date"), (Time, "time"), (JSON, "json"), (Text, "str"),
                      (String, "str")):
        if isinstance(impl, cls):
            return name
    return "json"


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__tablename__)
def test_the_storage_model_declares_what_the_table_says(model):
    table = model.__table__
    rules = rules_of(table.name)
    columns = {c.name: c for c in table.columns if c.name not in LOCAL_ONLY}
    assert set(columns) == set(rules)
    for name, column in columns.items():
        rule = rules[name]
        assert _kind(column) == rule.kind, name
        assert bool(column.nullable) == rule.nullable, name
        length = getattr(getattr(column.type, "impl", column.type), "length", None)
        if length is not None:  # a sized column: the table's limit is the column's
            assert rule.max_length == length, name
        elif rule.kind == "str":  # free text: bounded by the table all the same
            assert rule.max_length is not None, name
        parents = {fk.column.table.name for fk in column.foreign_keys}
        synced = {m.__tablename__ for m in SYNCED_MODELS}
        assert (parents & synced or {None}) == {rule.parent}, name
    assert [m.__tablename__ for m in SYNCED_MODELS] == list(RECORD_FIELDS)


def test_the_app_refuses_what_hq_would_refuse(missions):
    too_long = "x" * (LONG_TEXT + 1)
    with pytest.raises(ValidationError) as refused:
        missions.create(MissionInput(code="JM-2030-LIM-01", title="Limits", type_code="workshop",
                                     status_code="requested", country_iso2="JM",
                                     objectives=too_long))
    assert refused.value.for_field("objectives") == [
        f"at most {LONG_TEXT} characters (this one has {LONG_TEXT + 1})"]
    assert field_problems("missions", {"objectives": too_long}) == [
        ("objectives", f"is longer than {LONG_TEXT} characters")]
    assert missions.list() == []

    with pytest.raises(ValidationError) as refused:
        missions.create(MissionInput(code="JM-2030-LIM-02", title="Caf\udce9",
                                     type_code="workshop", status_code="requested",
                                     country_iso2="JM"))
    assert "lone surrogate" in refused.value.for_field("title")[0]


def test_hq_never_imports_the_app_s_storage_models():
    code = ("import sys, mercator_desktop.hq.app, mercator_desktop.hq.cli; "
            "print(sorted(m for m in sys.modules if m.startswith("
            "('mercator_desktop.storage', 'mercator_desktop.sync.records'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "mercator_desktop.storage.models" not in out
    assert "mercator_desktop.sync.records" not in out
