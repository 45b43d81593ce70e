"""Migration 0002 on a store that holds history rows: down to 0001 and up again keeps them
(the server defaults fill the new columns of rows written before 0002)."""

from __future__ import annotations

import sqlite3

from alembic import command

from mercator_desktop.storage.engine import make_engine
from mercator_desktop.storage.migrate import alembic_config, head_revision, upgrade_to_head


def _run(engine, fn, target):  # type: ignore[no-untyped-def]
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        fn(config, target)


def test_0002_down_and_up_keeps_history_rows(store, started, assessments):
    assessments.set_answer(started.id, "a.1", 3)
    assessments.set_not_applicable(started.id, "a.1")
    database = store.paths.database
    store.close()
    engine = make_engine(database)
    _run(engine, command.downgrade, "0001")
    with sqlite3.connect(database) as c:
        columns = [r[1] for r in c.execute("PRAGMA table_info(answer_changes)")]
        assert "field" not in columns and "new_not_applicable" not in columns
        assert c.execute("SELECT name FROM sqlite_master WHERE name='assessment_events'"
                         ).fetchall() == []
        assert c.execute("SELECT count(*) FROM answer_changes").fetchone() == (2,)
    assert upgrade_to_head(engine, None, None) is True
    engine.dispose()
    with sqlite3.connect(database) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),)
        assert c.execute("SELECT field, old_not_applicable, new_not_applicable, new_value "
                         "FROM answer_changes ORDER BY changed_at").fetchall() == [
            ("value", 0, 0, 3), ("value", 0, 0, "null")]
