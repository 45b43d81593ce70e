"""Import and export through the main window: the file dialog, work off the GUI thread with
progress, the result shown; a bad file shows every problem and stores nothing."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mercator_desktop.services.dto import MissionFilter
from mercator_desktop.services.missions import MissionService
from mercator_desktop.storage.bulk_search import backlog
from mercator_desktop.ui.import_preview import ImportPreviewDialog

from .helpers import answering, open_main_window, pick_file, settle

HEADER = "code,title,type,status,country,start_date,end_date,lead_expert"
ROWS = ["JM-2030-WS-01,Risk workshop,workshop,requested,JM,2030-01-13,2030-01-17,",
        "KE-2030-WS-02,Integrity workshop,workshop,planned,Kenya,2030-02-03,2030-02-07,"
        "Wanjiru Kamau"]


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def preview(qtbot) -> Any:  # type: ignore[no-untyped-def]
    """The import preview that is open (the file has been read in the background)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportPreviewDialog),
                    timeout=20_000)
    return QApplication.activeModalWidget()


def test_import_a_spreadsheet_through_the_menu(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    assert window.showing_empty_state()
    with answering(qtbot, pick_file(write(tmp_path / "missions.csv", HEADER, *ROWS))):
        window.action_import.trigger()
    dialog = preview(qtbot)
    assert dialog.summary.text().startswith("Created: 2 · updated: 0 · refused: 0")
    assert MissionService(store).count() == 0  # nothing stored by the preview
    assert dialog.import_button.isEnabled()
    with answering(qtbot, "OK") as boxes:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        settle()
    settle()  # the list reloads after the import
    box = boxes.shown[0]
    assert box.title == "Import finished"
    assert "2 missions imported from missions.csv: 2 new, 0 updated." in box.text
    assert "Wanjiru Kamau" in box.text  # the new expert is named
    assert MissionService(store).count() == 2
    assert window.stack.currentIndex() == window.PAGE_MISSIONS
    assert window.filter_bar.count_label.text() == "2 missions"
    assert "imported" in window.status_label.text()
    # Their search entries were made with the import, not left for the first search.
    with store.session() as session:
        assert backlog(session.connection()) == {}


def test_the_preview_maps_an_unknown_value_and_imports(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A programme written the HQ way is picked from the known ones; the choice is used and
    remembered, so the next file with the same value goes through without asking."""
    header = HEADER + ",programme"
    window = open_main_window(qtbot, store)
    window.import_file(write(tmp_path / "hq.csv", header, ROWS[0] + ",Mercator Programm",
                             ROWS[1] + ",GTFP"))
    dialog = preview(qtbot)
    assert dialog.summary.text().startswith("Created: 1 · updated: 0 · refused: 1")
    assert not dialog.import_button.isEnabled()
    [(key, combo)] = dialog.pickers.items()
    assert key == ("programme", "Mercator Programm")
    assert combo.itemData(1) == "mercator"  # the closest programme is offered first
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # a person picks it from the list
    assert combo.currentData() == "mercator"
    assert dialog.import_button.isEnabled()
    with answering(qtbot, "OK") as boxes:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        settle()
    assert boxes.shown[0].title == "Import finished"
    service = MissionService(store)
    programmes = programme_codes(store)
    assert programmes[service.get_by_code("JM-2030-WS-01").programme_id] == "mercator"
    assert programmes[service.get_by_code("KE-2030-WS-02").programme_id] == "gtfp"

    window.import_file(write(tmp_path / "next.csv", header,
                             ROWS[0].replace("WS-01", "WS-03") + ",Mercator Programm"))
    dialog = preview(qtbot)
    assert not dialog.pickers and dialog.import_button.isEnabled()
    dialog.reject()


def programme_codes(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Programme id -> code, as stored."""
    from mercator_desktop.storage.models import Programme

    with store.sessions() as session:
        return {p.id: p.code for p in session.query(Programme)}


def test_the_sheet_of_a_workbook_is_chosen_in_the_preview(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A workbook with a notes sheet in front and two sheets of missions: the preview starts
    on the first sheet with data, a sheet that is no table says why, and the sheet chosen
    is the one imported."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Missions requested by the regional offices, see next sheets"])
    header = HEADER.split(",")
    for title, rows in (("Done", ROWS[:1]), ("Planned", ROWS)):
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(row.replace("WS-0", f"{title[0]}-0").split(","))
    path = tmp_path / "regions.xlsx"
    book.save(path)

    window = open_main_window(qtbot, store)
    with answering(qtbot, pick_file(path)):
        window.action_import.trigger()
    dialog = preview(qtbot)
    picker = dialog.sheet_picker
    assert picker.isVisibleTo(dialog)
    assert [picker.itemText(i) for i in range(picker.count())] == ["Notes", "Done", "Planned"]
    assert picker.currentText() == "Done"  # the first sheet with missions
    assert dialog.summary.text().startswith("Created: 1 · updated: 0 · refused: 0")

    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Up)  # a person picks the notes sheet
    settle()
    assert picker.currentText() == "Notes"
    assert "cannot be imported" in dialog.summary.text()
    assert "required column missing" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    qtbot.keyClick(picker, Qt.Key.Key_End)  # then the last sheet
    settle()
    assert picker.currentText() == "Planned" and picker.isEnabled()
    assert dialog.summary.text().startswith("Created: 2 · updated: 0 · refused: 0")
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == \
        ["JM-2030-P-01", "KE-2030-P-02"]
    assert MissionService(store).count() == 0  # nothing stored by any preview
    with answering(qtbot, "OK") as boxes:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        settle()
    assert boxes.shown[0].title == "Import finished"
    codes = {m.code for m in MissionService(store).list()}
    assert codes == {"JM-2030-P-01", "KE-2030-P-02"}  # the sheet chosen, not the first


def test_a_bad_file_shows_its_problems_and_imports_nothing(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    path = write(tmp_path / "bad.csv", HEADER, ROWS[0],
                 "XX-1,Bad,picnic,requested,JM,2030-01-01,2030-01-02,",
                 "XX-2,Bad,workshop,requested,JM,2030-13-01,2030-01-02,")
    window.import_file(path)
    dialog = preview(qtbot)
    assert dialog.summary.text().startswith("Created: 1 · updated: 0 · refused: 2")
    table = dialog.table
    refused = {table.item(r, 0).text(): table.item(r, 4).text()
               for r in range(table.rowCount()) if table.item(r, 3).text() == "refused"}
    assert "unknown type 'picnic'" in refused["3"]
    assert "'2030-13-01' is not a date" in refused["4"]
    assert "correct them in your spreadsheet" in dialog.hint.text()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert MissionService(store).count() == 0
    assert window.showing_empty_state()
    assert window.status_label.text() == "Nothing was imported from bad.csv."


def test_a_file_whose_header_is_wrong_says_so_and_imports_nothing(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    with answering(qtbot, "Close") as boxes:
        window.import_file(write(tmp_path / "bad.csv", "code,title", "X-1,No dates"))
        settle()
    assert boxes.shown[0].title == "Import failed"
    assert "line 1, column 'type'" in boxes.shown[0].informative
    assert MissionService(store).count() == 0


def test_export_writes_the_missions_the_filter_shows(qtbot, demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_MISSIONS)
    bar = window.filter_bar
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("closed"))
    shown = window.mission_model.rowCount()
    target = tmp_path / "closed.csv"
    with answering(qtbot, pick_file(target), "OK") as boxes:
        window.action_export.trigger()
        settle()
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    expected = MissionService(demo_store).list(MissionFilter(statuses=["closed"]))
    assert len(rows) == shown == len(expected)
    assert {r["status"] for r in rows} == {"closed"}
    assert boxes.shown[1].title == "Export finished"
    assert f"{shown} missions exported to {target}" in boxes.shown[1].text
    assert window.last_export_count == shown


def test_export_to_a_folder_that_cannot_be_written_says_so(qtbot, demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    with answering(qtbot, "Close") as boxes:
        window.export_file(tmp_path / "missing-folder" / "x.csv")
        settle()
    assert boxes.shown[0].title == "Export failed"
    assert "cannot be written" in boxes.shown[0].text
