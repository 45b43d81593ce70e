"""The store: migrations match the models, SQLite settings, backups, newer schemas refused,
revision bookkeeping of synced records."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from mercator_desktop.domain.errors import SchemaTooNewError
from mercator_desktop.services.store import open_store
from mercator_desktop.storage.base import Base
from mercator_desktop.storage.engine import make_engine
from mercator_desktop.storage.migrate import (
    cheap_head,
    head_revision,
    include_name,
    upgrade_to_head,
)
from mercator_desktop.storage.models import SYNCED_MODELS


def test_empty_database_upgrades_to_head_and_matches_models(tmp_path):
    engine = make_engine(tmp_path / "fresh.sqlite")
    assert upgrade_to_head(engine, None, None) is True
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name})
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, Base.metadata) == []
    assert upgrade_to_head(engine, None, None) is False  # already at head: nothing to do
    engine.dispose()


def test_the_head_read_from_the_migration_files_is_alembics(tmp_path):
    assert cheap_head() == head_revision()
    # A file that does not say its revision plainly: Alembic decides (None here).
    (tmp_path / "0001_odd.py").write_text("revision = make_id()\ndown_revision = None\n")
    assert cheap_head(tmp_path) is None


def test_a_database_at_head_opens_without_importing_alembic(tmp_path):
    import subprocess
    import sys

    engine = make_engine(tmp_path / "store.sqlite")
    upgrade_to_head(engine, None, None)
    engine.dispose()
    script = ("import sys; from mercator_desktop.storage.engine import make_engine; "
              "from mercator_desktop.storage.migrate import upgrade_to_head; "
              f"print(upgrade_to_head(make_engine({str(tmp_path / 'store.sqlite')!r}), None, "
              "None), 'alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


def test_sqlite_runs_in_wal_with_foreign_keys(store):
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_every_synced_table_has_the_sync_columns():
    needed = {"id", "created_at", "updated_at", "created_by", "updated_by", "revision",
              "synced_revision", "deleted"}
    for model in SYNCED_MODELS:
        columns = set(model.__table__.columns.keys())  # type: ignore[attr-defined]
        assert needed <= columns, model.__name__


def test_records_made_one_after_another_get_ids_in_that_order(missions):
    """New ids are time-ordered UUIDs (version 7), so each new row goes on the last page of
    its table's id index rather than a random one."""
    import time
    import uuid

    from mercator_desktop.services.dto import MissionInput

    ids = []
    for n in range(3):
        ids.append(missions.create(MissionInput(
            code=f"JM-2026-ORD-0{n}", title=f"Order {n}", type_code="workshop",
            status_code="requested", country_iso2="JM")).id)
        time.sleep(0.002)
    assert ids == sorted(ids)
    assert {uuid.UUID(i).version for i in ids} == {7}


def test_newer_schema_is_refused_and_left_untouched(data_dir):
    open_store(data_dir).close()
    database = data_dir / "mercator.sqlite"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    before = database.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of Mercator Desktop"):
        open_store(data_dir)
    assert database.read_bytes() == before
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "ffff9999",)


NEXT_MIGRATION = """
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("missions") as batch:
        batch.add_column(sa.Column("extra", sa.String(10), nullable=True))


def downgrade():
    with op.batch_alter_table("missions") as batch:
        batch.drop_column("extra")
"""


def test_an_older_schema_is_backed_up_before_migrating(data_dir, tmp_path, monkeypatch):
    """A store made by this build meets a build with one more migration: the upgrade
    takes a copy first, and the copy holds the data as it was."""
    import shutil

    from mercator_desktop.services.dto import MissionInput
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.storage import migrate

    store = open_store(data_dir)
    MissionService(store).create(MissionInput(
        code="BM-2018-INTA-01", title="Integrity assessment", type_code="integrity_assessment",
        status_code="requested", country_iso2="BM"))
    store.close()

    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    (newer / "versions" / "9001_extra.py").write_text(
        NEXT_MIGRATION.format(head=head_revision()))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)

    database = data_dir / "mercator.sqlite"
    engine = make_engine(database)
    assert upgrade_to_head(engine, database, data_dir / "backups") is True
    engine.dispose()
    [backup] = (data_dir / "backups").glob("mercator-*-before-9001.sqlite")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT code FROM missions").fetchall() == [
            ("BM-2018-INTA-01",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() != (
            "9001",)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT code, extra FROM missions").fetchall() == [
            ("BM-2018-INTA-01", None)]


def test_revision_and_stamps_follow_edits(missions, store):
    from mercator_desktop.services.dto import MissionInput

    created = missions.create(MissionInput(
        code="JM-2030-WS-01", title="Workshop", type_code="workshop",
        status_code="requested", country_iso2="JM"))
    assert created.revision == 1
    data = created.to_input()
    data.title = "Workshop on risk management"
    updated = missions.update(created.id, data)
    assert updated.revision == 2
    with store.engine.connect() as connection:
        row = connection.execute(
            text("SELECT created_by, updated_by, synced_revision, deleted FROM missions")
        ).one()
    assert tuple(row) == ("tester", "tester", 0, 0)
    same = missions.update(created.id, updated.to_input())
    assert same.revision == 2  # saving without a change is not a new revision


def test_planner_statistics_are_refreshed_when_the_store_grows(data_dir):
    from mercator_desktop.storage.maintenance import refresh_statistics

    store = open_store(data_dir)  # a new store: statistics taken at 0 missions
    assert refresh_statistics(store.engine) is False  # nothing changed since
    with store.engine.begin() as connection:
        connection.execute(text(
            "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 300) "
            "INSERT INTO missions (id, code, title, type_code, topics, status_code, "
            "country_iso2, location, is_remote, request_reference, objectives, "
            "logistics_notes, created_at, updated_at, created_by, updated_by, revision, "
            "synced_revision, deleted) SELECT 'id' || v, 'C-' || v, 't', 'other', '[]', "
            "'requested', 'JM', '', 0, '', '', '', '2020-01-01', '2020-01-01', '', '', 1, 0, 0 "
            "FROM n"))
    assert refresh_statistics(store.engine) is True
    with store.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'missions'")).scalar_one() > 0
    assert refresh_statistics(store.engine) is False
    # The answers grow too (rows written without their assessment: foreign keys off here).
    with sqlite3.connect(store.paths.database) as connection:
        connection.execute(
            "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 300) "
            "INSERT INTO answers (id, assessment_id, question_id, value, not_applicable, "
            "note, created_at, updated_at, created_by, updated_by, revision, "
            "synced_revision, deleted) SELECT 'a' || v, 'x', 'q' || v, NULL, 0, '', "
            "'2020-01-01', '2020-01-01', '', '', 1, 0, 0 FROM n")
    assert refresh_statistics(store.engine) is True
    with store.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'answers'")).scalar_one() > 0
    assert refresh_statistics(store.engine) is False
    store.close()


def test_a_plain_store_connection_keeps_a_small_page_cache_an_encrypted_one_its_own(
        tmp_path: Path) -> None:
    from mercator_desktop.storage.crypto import ENCRYPTED_CACHE_KIB
    from mercator_desktop.storage.engine import PLAIN_CACHE_KIB, make_engine

    plain = make_engine(tmp_path / "plain.sqlite")
    with plain.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -PLAIN_CACHE_KIB
    plain.dispose()
    encrypted = make_engine(tmp_path / "encrypted.sqlite", key=b"k" * 32)
    with encrypted.connect() as connection:
        # larger: its pages are decrypted as they enter the cache
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -ENCRYPTED_CACHE_KIB
    encrypted.dispose()
