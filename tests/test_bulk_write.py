"""The driver's executemany (``storage.bulk``) stores what SQLAlchemy's statements store."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from mercator_desktop.hq.db import open_database
from mercator_desktop.hq.service import _COLUMNS, _RECORDS
from mercator_desktop.storage.base import utcnow
from mercator_desktop.storage.bulk import bulk_write


def test_rows_written_in_bulk_read_back_as_sqlalchemy_writes_them(tmp_path: Path) -> None:
    engine, _ = open_database(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    now = utcnow()
    values = {"record_type": "answers", "scope": "m", "owner_id": 1, "revision": 5,
              "seq": 5, "deleted": False,
              "data": {"value": "caf\u00e9", "n": None, "x": 1.5, "big": 2**70},
              "field_revisions": {"value": 1_911_000_000_000_000_005}, "updated_at": now,
              "natural_key": None, "origin": "device"}
    with Session(engine) as session:
        bulk_write(_RECORDS, _COLUMNS).run(session, [
            tuple({**values, "id": "bulk"}[c] for c in _COLUMNS)])
        session.execute(insert(_RECORDS), [{**values, "id": "core", "seq": 6}])
        session.commit()
        raw = {row[0]: row[1:] for row in session.execute(text(
            f"SELECT id, deleted, updated_at, typeof(updated_at) FROM {_RECORDS.name}"))}
        assert raw["bulk"] == raw["core"]
        read = {row.id: row for row in session.execute(select(_RECORDS))}
        for column in ("deleted", "data", "field_revisions", "updated_at", "origin"):
            assert getattr(read["bulk"], column) == getattr(read["core"], column)
        bulk_write(_RECORDS, ("revision", "data"), ("record_type", "id")).run(
            session, [(9, {"value": "changed"}, "answers", "bulk")])
        session.commit()
        changed = session.execute(select(_RECORDS).where(_RECORDS.c.id == "bulk")).one()
        assert (changed.revision, changed.data, changed.seq) == (9, {"value": "changed"}, 5)
    engine.dispose()
