"""One writer at a time: a save made while an import writes waits for it (in this process or
another one) and succeeds; only a writer that never finishes makes it fail, with a plain
message."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from mercator_desktop.domain.errors import UserError
from mercator_desktop.services.dto import MissionFilter, MissionInput
from mercator_desktop.services.exchange import import_missions
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import operations, write_waiting

from .conftest import REPO

ROWS = 3000


def write_missions(path: Path, count: int = ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "title", "type", "status", "country", "start_date",
                         "end_date"])
        for i in range(count):
            day = 1 + i % 28
            writer.writerow([f"BULK-{i:05d}", f"Workshop {i}", "workshop", "requested", "JM",
                             f"2030-02-{day:02d}", f"2030-03-{day:02d}"])
    return path


def new_mission(code: str) -> MissionInput:
    return MissionInput(code=code, title="Saved meanwhile", type_code="workshop",
                        status_code="requested", country_iso2="JM")


def codes(store) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.code for m in MissionService(store).list(MissionFilter())}


def test_a_save_during_an_import_on_a_worker_waits_and_both_are_stored(  # type: ignore[no-untyped-def]
        qtbot, store, tmp_path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    write_waiting.install(store, window)
    path = write_missions(tmp_path / "bulk.csv")
    halfway = threading.Event()
    resume = threading.Event()

    def work(_op: operations.Operation) -> int:
        def progress(done: int, total: int) -> None:
            if done == total // 2:
                halfway.set()
                resume.wait(60)  # in the middle of the write transaction
        return import_missions(store, path, progress=progress).created

    imported: list[int] = []
    operations.run(None, work, imported.append, name="import",
                   waiting_message="Waiting for the import to finish…")
    assert halfway.wait(60)
    assert store.writes.busy
    seen: list[str] = []

    def while_waiting() -> None:
        seen.append(window.statusBar().currentMessage())
        resume.set()

    QTimer.singleShot(300, while_waiting)  # runs while the save below waits

    saved = MissionService(store).create(new_mission("SAVED-01"))

    assert seen == ["Waiting for the import to finish…"]
    assert window.statusBar().currentMessage() == ""
    assert operations.wait_for_all()
    assert imported == [ROWS]
    stored = codes(store)
    assert saved.code in stored
    assert {f"BULK-{i:05d}" for i in range(ROWS)} <= stored


def _write_locked(database: Path) -> bool:
    with closing(sqlite3.connect(database, timeout=0, isolation_level=None)) as con:
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return True
        con.execute("ROLLBACK")
        return False


@pytest.mark.slow
def test_a_save_while_the_command_line_imports_waits_and_succeeds(store, data_dir, tmp_path):  # type: ignore[no-untyped-def]
    path = write_missions(tmp_path / "bulk.csv")
    cli = subprocess.Popen(
        [sys.executable, "-m", "mercator_desktop", "--data-dir", str(data_dir), "missions",
         "import", str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while not _write_locked(store.paths.database):
            assert cli.poll() is None, cli.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.01)

        saved = MissionService(store).create(new_mission("SAVED-02"))

        _out, err = cli.communicate(timeout=300)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.communicate()
    assert cli.returncode == 0, err
    stored = codes(store)
    assert saved.code in stored
    assert {f"BULK-{i:05d}" for i in range(ROWS)} <= stored


def test_a_writer_that_never_finishes_gives_a_plain_message_and_stores_nothing(store):  # type: ignore[no-untyped-def]
    store.writes.cross_process_patience = 0.5
    with closing(sqlite3.connect(store.paths.database, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(UserError, match="Another Mercator Desktop program is writing"):
            MissionService(store).create(new_mission("SAVED-03"))
        other.execute("ROLLBACK")
    assert "SAVED-03" not in codes(store)
    MissionService(store).create(new_mission("SAVED-03"))  # and once it is gone, it saves
    assert "SAVED-03" in codes(store)
