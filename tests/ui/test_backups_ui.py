"""File ▸ Backups… and File ▸ Export everything… driven like a person, and the offer to
restore a backup when the database is found damaged at start; what happened is checked in
the data folder through the services."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from mercator_desktop.services import backups
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store

from .helpers import answering, open_main_window, pick_file, settle


def _add(store, code: str) -> None:  # type: ignore[no-untyped-def]
    MissionService(store).create(MissionInput(
        code=code, title="Integrity assessment", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM"))


def _codes(store) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.code for m in MissionService(store).list()}


def test_back_up_now_then_restore_from_the_dialog(qtbot, store):
    _add(store, "JM-2031-IA-01")
    window = open_main_window(qtbot, store)
    window.action_backups.trigger()
    dialog = window.backups_dialog
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.backup_made, timeout=20_000):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.proxy.rowCount() == 1 and dialog.restore_button.isEnabled()
    assert dialog.proxy.index(0, 1).data() == "Made by you"
    assert dialog.proxy.index(0, 3).data() == "Good"

    _add(store, "JM-2031-IA-02")  # work after the backup
    with answering(qtbot, "noButton") as boxes:  # Cancel changes nothing
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Put back your data" in boxes.shown[0].text
    assert window.store is store and _codes(store) == {"JM-2031-IA-01", "JM-2031-IA-02"}

    with answering(qtbot, "yesButton", "OK") as boxes:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert boxes.shown[1].title == "Backup restored"
    settle()
    assert store.closed and window.store is not store
    assert _codes(window.store) == {"JM-2031-IA-01"}
    assert window.mission_model.total_count() == 1  # the list shows the restored data
    kept = [b for b in backups.list_backups(window.store.paths) if b.reason == "before-restore"]
    assert len(kept) == 1
    with sqlite3.connect(backups.files.find_backup(window.store.paths.backups,
                                                   kept[0].id).file) as connection:
        assert {r[0] for r in connection.execute("SELECT code FROM missions")} == {
            "JM-2031-IA-01", "JM-2031-IA-02"}
    window.store.close()


def test_a_restore_waits_for_open_mission_windows(qtbot, store):
    _add(store, "JM-2031-IA-01")
    backups.create(store)
    window = open_main_window(qtbot, store)
    window.new_mission()
    dialog = window.show_backups()
    with answering(qtbot, "yesButton", "Close") as boxes:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert boxes.shown[1].text == "Close the mission and assessment windows first."
    assert window.store is store and not store.closed
    for editor in window.open_windows():
        editor.close_discarding()


def test_export_everything_from_the_menu(qtbot, store, tmp_path):
    _add(store, "JM-2031-IA-01")
    window = open_main_window(qtbot, store)
    target = tmp_path / "export"
    target.mkdir()
    with answering(qtbot, pick_file(target), "OK") as boxes:
        window.action_export_all.trigger()
    assert boxes.shown[1].title == "Export finished"
    records = json.loads((target / "missions.json").read_text(encoding="utf-8"))
    assert [r["code"] for r in records] == ["JM-2031-IA-01"]
    assert (target / "README.txt").is_file()


def _damaged_folder(data_dir: Path) -> str:
    store = open_store(data_dir, user="tester")
    _add(store, "JM-2031-IA-01")
    good = backups.create(store)
    _add(store, "JM-2031-IA-02")
    store.close()
    from tests.test_backups import corrupt

    corrupt(data_dir / "mercator.sqlite")
    return good.id


def test_a_damaged_database_at_start_offers_the_newest_backup(qtbot, qapp, data_dir):
    from mercator_desktop.app import Startup
    from mercator_desktop.ui.main_window import MainWindow

    good = _damaged_folder(data_dir)
    damaged = (data_dir / "mercator.sqlite").read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(qapp, window, data_dir, demo_on_first_run=False)
    with answering(qtbot, "yesButton") as boxes, \
            qtbot.waitSignal(window.store_loaded, timeout=60_000):
        startup.open_store()
    assert boxes.shown[0].title == "Your data is damaged"
    assert "Restore the newest good backup" in boxes.shown[0].text
    assert good in [b.id for b in backups.list_backups(window.store.paths)]
    assert _codes(window.store) == {"JM-2031-IA-01"}
    [aside] = (data_dir / "set-aside").glob("*-damaged")
    assert (aside / "mercator.sqlite").read_bytes() == damaged  # kept for inspection
    settle()
    window.store.close()


def test_a_damaged_database_at_start_quit_leaves_it_untouched(qtbot, qapp, data_dir):
    from mercator_desktop.app import Startup
    from mercator_desktop.ui.main_window import MainWindow

    _damaged_folder(data_dir)
    damaged = (data_dir / "mercator.sqlite").read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    exits: list[int] = []

    class App:
        """Stands for the QApplication: its exit would end every later event loop."""

        exit = staticmethod(exits.append)

    startup = Startup(App(), window, data_dir, demo_on_first_run=False)  # type: ignore[arg-type]
    with answering(qtbot, "noButton") as boxes:
        startup.open_store()
    assert "damaged" in boxes.shown[0].text and window.store is None
    assert exits == [1]
    assert (data_dir / "mercator.sqlite").read_bytes() == damaged
    assert not (data_dir / "set-aside").exists()


def test_a_daily_backup_while_the_app_is_open(qtbot, qapp, data_dir):
    from mercator_desktop.app import Startup
    from mercator_desktop.ui.main_window import MainWindow

    store = open_store(data_dir, user="tester")
    _add(store, "JM-2031-IA-01")
    store.close()
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(qapp, window, data_dir, demo_on_first_run=False)
    with qtbot.waitSignal(window.store_loaded, timeout=60_000):
        startup.open_store()
    assert startup.daily_backup.isActive()
    startup._on_daily_backup_timer_timeout()  # what the timer does
    settle()
    startup._on_daily_backup_timer_timeout()  # a day has not passed: none more
    settle()
    assert [b.reason for b in backups.list_backups(window.store.paths)] == ["daily"]
    startup.daily_backup.stop()
    window.store.close()
