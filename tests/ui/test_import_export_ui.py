"""Import and export through the main window: the file dialog, work off the GUI thread with
progress, the result shown; a bad file shows every problem and stores nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QDialog

from mercator_desktop.services.dto import MissionFilter
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import files

from .helpers import last_box, open_main_window, settle

HEADER = "code,title,type,status,country,start_date,end_date,lead_expert"
ROWS = ["JM-2030-WS-01,Risk workshop,workshop,requested,JM,2030-01-13,2030-01-17,",
        "KE-2030-WS-02,Integrity workshop,workshop,planned,Kenya,2030-02-03,2030-02-07,"
        "Wanjiru Kamau"]


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def choose_file(path: Path) -> None:
    """Pick ``path`` in the file dialog that is open, like a person, and accept it."""
    dialog = files.last_dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.done(QDialog.DialogCode.Accepted)


def test_import_a_spreadsheet_through_the_menu(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    assert window.showing_empty_state()
    window.action_import.trigger()
    choose_file(write(tmp_path / "missions.csv", HEADER, *ROWS))
    settle()
    settle()  # the list reloads after the import
    box = last_box()
    assert box.windowTitle() == "Import finished"
    assert "2 missions imported from missions.csv: 2 new, 0 updated." in box.text()
    assert "Wanjiru Kamau" in box.text()  # the new expert is named
    assert MissionService(store).count() == 2
    assert window.stack.currentIndex() == window.PAGE_MISSIONS
    assert window.filter_bar.count_label.text() == "2 missions"
    assert "imported" in window.status_label.text()


def test_a_bad_file_shows_its_problems_and_imports_nothing(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    path = write(tmp_path / "bad.csv", HEADER, ROWS[0],
                 "XX-1,Bad,picnic,requested,JM,2030-01-01,2030-01-02,",
                 "XX-2,Bad,workshop,requested,JM,2030-13-01,2030-01-02,")
    window.import_file(path)
    settle()
    box = last_box()
    assert box.windowTitle() == "Import failed"
    assert box.text() == "Nothing was imported: bad.csv has 2 problems to fix."
    assert "line 3, column 'type'" in box.informativeText()
    assert "line 4, column 'start_date'" in box.informativeText()
    assert MissionService(store).count() == 0
    assert window.showing_empty_state()
    assert window.status_label.text() == "Nothing was imported from bad.csv."


def test_export_writes_the_missions_the_filter_shows(qtbot, demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_MISSIONS)
    bar = window.filter_bar
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("closed"))
    shown = window.mission_model.rowCount()
    window.action_export.trigger()
    target = tmp_path / "closed.csv"
    choose_file(target)
    settle()
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    expected = MissionService(demo_store).list(MissionFilter(statuses=["closed"]))
    assert len(rows) == shown == len(expected)
    assert {r["status"] for r in rows} == {"closed"}
    box = last_box()
    assert box.windowTitle() == "Export finished"
    assert f"{shown} missions exported to {target}" in box.text()
    assert window.last_export_count == shown


def test_export_to_a_folder_that_cannot_be_written_says_so(qtbot, demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    window.export_file(tmp_path / "missing-folder" / "x.csv")
    settle()
    box = last_box()
    assert box.windowTitle() == "Export failed"
    assert "cannot be written" in box.text()
