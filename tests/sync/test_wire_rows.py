"""The push reads dates and times as SQLite's text and writes their wire form from it
(``client._wire_rows``): the same fields, to the character, as ``records.row_fields`` makes
from the column types' values."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select

from mercator_desktop.services.store import open_store
from mercator_desktop.storage import models as m
from mercator_desktop.sync.client import _rows, _wire_rows
from mercator_desktop.sync.records import record_types, row_fields


def test_wire_rows_give_the_fields_row_fields_gives(tmp_path: Path) -> None:
    store = open_store(tmp_path, user="tester")
    try:
        with store.session() as session:
            expert = m.Expert(name="Ana Pérez")
            session.add(expert)
            mission = m.Mission(code="WIRE-1", title="Wire", type_code="workshop",
                                status_code="requested", country_iso2="JM",
                                start_date=date(2026, 3, 2), end_date=date(2026, 3, 6))
            session.add(mission)
            session.flush()
            session.add_all([
                m.AgendaItem(mission_id=mission.id, day=date(2026, 3, 2),
                             start_time=time(9, 0), end_time=time(10, 30, 15, 250),
                             activity="Opening"),
                m.AgendaItem(mission_id=mission.id, day=date(2026, 3, 3), start_time=None,
                             end_time=None, activity="Visits",
                             created_at=datetime(2026, 3, 1, 8, 0, 0, tzinfo=UTC),
                             updated_at=datetime(2026, 3, 1, 8, 0, 0, 1, tzinfo=UTC))])
            assessment = m.Assessment(mission_id=mission.id, template_id="geoat",
                                      template_version="1")
            session.add(assessment)
            session.flush()
            session.add_all([
                m.Answer(assessment_id=assessment.id, question_id="q1", value=3, note=""),
                m.Answer(assessment_id=assessment.id, question_id="q2",
                         value={"a": [1, "é"]}, note="note", not_applicable=True)])
        types = record_types()
        checked = 0
        with store.session() as session:
            for name in ("missions", "experts", "agenda_items", "answers", "assessments"):
                rtype = types[name]
                table = rtype.model.__table__  # type: ignore[attr-defined]
                ids = list(session.scalars(select(table.c.id)))
                assert ids
                expected = {row.id: (row.revision, bool(row.deleted), row_fields(rtype, row))
                            for row in _rows(session, table, ids)}
                found = {rid: (revision, deleted, fields)
                         for rid, revision, deleted, fields in _wire_rows(session, rtype, ids)}
                assert found == expected
                checked += len(found)
        assert checked >= 7
    finally:
        store.close()
