"""Backups of a real data folder: made while the store is open, listed with their manifest,
kept by the keeping rule, restored with the current database kept aside; a damaged database
is caught at start and never opened; the command line does the same."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mercator_desktop.cli import main
from mercator_desktop.domain.errors import UserError
from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups
from mercator_desktop.services.backups import DatabaseDamagedError
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store
from mercator_desktop.storage import backup as files


def _add(store, code: str, title: str = "Integrity assessment") -> None:  # type: ignore[no-untyped-def]
    MissionService(store).create(MissionInput(
        code=code, title=title, type_code="integrity_assessment", status_code="planned",
        country_iso2="JM"))


def _codes(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {r[0] for r in connection.execute("SELECT code FROM missions")}


def corrupt(database: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk does."""
    size = database.stat().st_size
    with open(database, "r+b") as handle:
        for offset in range(size // 3, size * 2 // 3, 4096):
            handle.seek(offset)
            handle.write(b"\xde\xad\xbe\xef" * 256)


def test_a_backup_of_an_open_store_has_its_manifest(store):
    _add(store, "JM-2031-IA-01")
    made = backups.create(store)  # the store stays open and in use
    _add(store, "JM-2031-IA-02")
    [listed] = backups.list_backups(store.paths)
    assert listed == made and made.reason == "manual" and made.integrity_ok
    info = files.find_backup(store.paths.backups, made.id)
    manifest = json.loads(info.file.with_suffix(".json").read_text())
    assert manifest["schema_version"] == files.schema_version(store.paths.database)
    assert manifest["size"] == info.file.stat().st_size and manifest["integrity_ok"] is True
    assert _codes(info.file) == {"JM-2031-IA-01"}  # consistent: what was committed then
    assert not Path(f"{info.file}-wal").exists()


def test_restore_puts_the_backup_back_and_keeps_the_current_database(data_dir):
    store = open_store(data_dir, user="tester")
    _add(store, "JM-2031-IA-01")
    made = backups.create(store)
    _add(store, "JM-2031-IA-02")
    store.close()
    paths = DataPaths(data_dir)
    result = backups.restore(paths, made.id)
    assert _codes(paths.database) == {"JM-2031-IA-01"}
    before = [b for b in backups.list_backups(paths) if b.reason == "before-restore"]
    assert len(before) == 1
    restored_away = files.find_backup(paths.backups, before[0].id).file
    assert _codes(restored_away) == {"JM-2031-IA-01", "JM-2031-IA-02"}  # undo is possible
    assert (result.set_aside / "mercator.sqlite").is_file()
    reopened = open_store(data_dir, user="tester")
    reopened.close()


def test_restoring_an_unknown_or_damaged_backup_changes_nothing(data_dir):
    store = open_store(data_dir, user="tester")
    _add(store, "JM-2031-IA-01")
    made = backups.create(store)
    store.close()
    paths = DataPaths(data_dir)
    content = paths.database.read_bytes()
    with pytest.raises(UserError, match="no backup 'nope'"):
        backups.restore(paths, "nope")
    corrupt(files.find_backup(paths.backups, made.id).file)
    with pytest.raises(UserError, match="damaged"):
        backups.restore(paths, made.id)
    assert paths.database.read_bytes() == content
    assert not (data_dir / "set-aside").exists()


def test_the_keeping_rule(data_dir, monkeypatch):
    store = open_store(data_dir, user="tester")
    folder = store.paths.backups
    days_ago = iter([10, 9, 8, 6, 5, 5, 4, 0, 0, 0, 0, 0])

    def at(days: int) -> None:
        monkeypatch.setattr(files, "datetime", _Clock(datetime.now(UTC) - timedelta(days=days)))

    made = []
    upgrade = None
    for n, days in enumerate(days_ago):
        at(days)
        reason = files.REASON_MIGRATION if n == 0 else files.REASON_DAILY
        info = files.create_backup(store.paths.database, folder, reason, keep=4,
                                   label=f"{reason}-{n}")
        upgrade = upgrade or info
        made.append(info)
    store.close()
    kept = {b.id for b in files.list_backups(folder)}
    newest_four = {b.id for b in made[-4:]}
    # one a day for the last 7 days: days 6, 5 (the later), 4 and today's
    daily = {made[3].id, made[5].id, made[6].id}
    assert kept == newest_four | daily | {upgrade.id}
    assert len(list(folder.glob("mercator-*.sqlite"))) == len(kept)


class _Clock:
    """``datetime`` with ``now`` fixed (the keeping rule looks at backup dates)."""

    def __init__(self, fixed: datetime) -> None:
        self._fixed = fixed

    def now(self, tz=None):  # type: ignore[no-untyped-def]
        return self._fixed if tz else self._fixed.astimezone().replace(tzinfo=None)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(datetime, name)


def test_a_damaged_database_is_caught_at_start_and_never_opened(data_dir):
    store = open_store(data_dir, user="tester")
    _add(store, "JM-2031-IA-01")
    good = backups.create(store)
    for n in range(2, 20):  # work after the backup, lost with the damaged file
        _add(store, f"JM-2031-IA-{n:02d}")
    store.close()
    paths = DataPaths(data_dir)
    corrupt(paths.database)
    damaged = paths.database.read_bytes()
    with pytest.raises(DatabaseDamagedError) as caught:
        open_store(data_dir, user="tester")
    assert caught.value.newest is not None and caught.value.newest.id == good.id
    assert f"backup restore {good.id}" in str(caught.value)
    assert paths.database.read_bytes() == damaged  # not opened for writing
    wal = Path(f"{paths.database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0

    result = backups.restore(paths, good.id)
    assert (result.set_aside / "mercator.sqlite").read_bytes() == damaged  # kept to inspect
    assert "damaged" in result.set_aside.name
    assert not [b for b in backups.list_backups(paths) if b.reason == "before-restore"]
    store = open_store(data_dir, user="tester")
    try:
        assert [m.code for m in MissionService(store).list()] == ["JM-2031-IA-01"]
    finally:
        store.close()


def test_the_command_line_lists_creates_and_restores(data_dir, capsys):
    store = open_store(data_dir, user="tester")
    _add(store, "JM-2031-IA-01")
    store.close()
    assert main(["--data-dir", str(data_dir), "backup", "list"]) == 0
    assert "No backups" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "backup", "create"]) == 0
    assert "integrity ok" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "backup", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["reason"] == "manual" and listed["integrity_ok"] is True

    store = open_store(data_dir, user="tester")
    _add(store, "JM-2031-IA-02")
    store.close()
    assert main(["--data-dir", str(data_dir), "backup", "restore", listed["id"]]) == 0
    assert "restored" in capsys.readouterr().out
    assert _codes(DataPaths(data_dir).database) == {"JM-2031-IA-01"}

    assert main(["--data-dir", str(data_dir), "backup", "restore", "19990101"]) == 2
    assert "no backup '19990101'" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "backup", "keep", "3"]) == 0
    assert main(["--data-dir", str(data_dir), "backup", "keep"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("3 backups are kept")
    assert main(["--data-dir", str(data_dir), "backup", "keep", "0"]) == 2
    assert "between 1 and" in capsys.readouterr().err


def test_the_command_line_on_a_damaged_database(data_dir, capsys):
    store = open_store(data_dir, user="tester")
    _add(store, "JM-2031-IA-01")
    good = backups.create(store)
    _add(store, "JM-2031-IA-02")
    store.close()
    corrupt(DataPaths(data_dir).database)
    assert main(["--data-dir", str(data_dir), "missions", "list"]) == 2
    err = capsys.readouterr().err
    assert "is damaged and was not opened" in err
    assert f"mercator-desktop backup restore {good.id}" in err
    assert main(["--data-dir", str(data_dir), "backup", "list"]) == 0  # works all the same
    assert good.id in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "backup", "restore", good.id]) == 0
    assert main(["--data-dir", str(data_dir), "missions", "list"]) == 0
    assert "JM-2031-IA-01" in capsys.readouterr().out
    assert list((data_dir / "set-aside").glob("*-damaged/mercator.sqlite"))


def test_a_daily_backup_only_when_due(store):
    assert backups.daily_backup_if_due(store) is not None
    assert backups.daily_backup_if_due(store) is None
    assert [b.reason for b in backups.list_backups(store.paths)] == ["daily"]


def test_a_migration_makes_a_backup_with_its_manifest(data_dir):
    # an existing store at an older revision: the upgrade copies it first
    from alembic import command

    from mercator_desktop.storage.migrate import alembic_config

    store = open_store(data_dir, user="tester")
    store.close()
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{data_dir / 'mercator.sqlite'}")
    command.downgrade(config, "-1")
    open_store(data_dir, user="tester").close()
    [made] = backups.list_backups(DataPaths(data_dir))
    assert made.reason == "before-upgrade" and made.integrity_ok


def test_a_file_that_is_not_a_database_is_refused_as_damaged(data_dir, capsys):
    (data_dir / "mercator.sqlite").write_bytes(b"this is not a database" * 200)
    assert main(["--data-dir", str(data_dir), "missions", "list"]) == 2
    err = capsys.readouterr().err
    assert "is damaged and was not opened" in err and "no good backup" in err
    assert (data_dir / "mercator.sqlite").read_bytes() == b"this is not a database" * 200
