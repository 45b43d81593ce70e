"""Reports from the app, driven like a person: "Export report…" from the Mission menu's
shortcut, the mission list's context menu and the mission editor (which offers to save
unsaved changes first), "Progress report…" from the File menu. Each writes a PDF that is
parsed back with pypdf."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import messages, operations

from .helpers import activate, answering, open_main_window, replace_text, settle, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def write(qtbot, dialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Type the file name and click Export; wait until the report is written, and answer
    "No" to "Open it now?" (nothing is opened on the test machine)."""
    assert dialog.isVisible()
    replace_text(qtbot, dialog.path_edit, str(path))
    with (answering(qtbot, "No", timeout=60_000) as boxes,
          qtbot.waitSignal(dialog.report_written, timeout=60_000)):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert boxes.shown[0].title == "Report written"
    qtbot.waitUntil(lambda: dialog.operation is not None and dialog.operation.done,
                    timeout=60_000)
    settle()


def test_export_report_from_the_mission_menu_shows_the_demo_scores(qtbot, demo_store,
                                                                    tmp_path):
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_MISSIONS)
    mission = MissionService(demo_store).get_by_code("JM-2019-INTD-01")
    assert window.select_mission(mission.id)
    assert window.action_export_report in window.menu_mission.actions()
    assert window.action_export_report.shortcut().toString() == "Ctrl+Shift+E"
    activate(qtbot, window)
    qtbot.keyClick(window.mission_table, Qt.Key.Key_E, CTRL_SHIFT)
    dialog = window.report_dialog
    assert dialog is not None and dialog.mission_id == mission.id
    target = tmp_path / "jm.pdf"
    write(qtbot, dialog, target)
    text = pdf_text(target)
    assert "JM-2019-INTD-01" in text
    assert "Results of the assessments" in text
    assert "Integrity self-assessment" in text and "%" in text
    assert "Page 2 of" in text  # the cover has no footer
    assert window.status_label.text().startswith("Report written to")


def test_export_report_from_the_context_menu(qtbot, demo_store, tmp_path):
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_MISSIONS)
    mission = MissionService(demo_store).get_by_code("MU-2019-GEOAT-01")
    window.select_mission(mission.id)
    rect = window.mission_table.visualRect(window.mission_table.currentIndex())
    window._on_mission_table_context_menu_requested(QPoint(rect.center()))
    [menu] = [m for m in QApplication.topLevelWidgets()
              if isinstance(m, QMenu) and m.objectName() == "missionContextMenu"
              and m.isVisible()]
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Open", "&Assessments…", "Export &report…", "D&uplicate…", "&Delete"]
    action = next(a for a in menu.actions() if a.text() == "Export &report…")
    menu.close()
    action.trigger()
    target = tmp_path / "mu.pdf"
    write(qtbot, window.report_dialog, target)
    assert "GEOAT" in pdf_text(target)


def test_progress_report_from_the_file_menu(qtbot, demo_store, tmp_path):
    window = open_main_window(qtbot, demo_store)
    assert window.action_progress_report in window.menu_file.actions()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = window.report_dialog
    assert dialog.objectName() == "progressReportDialog"
    target = tmp_path / "progress.pdf"
    write(qtbot, dialog, target)
    text = pdf_text(target)
    assert "Part I" in text and "Part II" in text


def test_the_editor_offers_to_save_before_exporting(qtbot, demo_store, tmp_path):
    window = open_main_window(qtbot, demo_store)
    mission = MissionService(demo_store).get_by_code("JM-2019-INTD-01")
    editor = window.open_mission(mission.id)
    assert editor is not None
    try:
        activate(qtbot, editor)
        type_text(qtbot, editor.field("title"), " (revised)")
        assert editor.is_dirty()
        dialog_when_asked: list[object] = []

        def save_and_export(box: object) -> None:
            dialog_when_asked.append(editor.report_dialog)
            messages.button(box, "yesButton").click()  # "Save and export"

        with answering(qtbot, save_and_export):
            qtbot.keyClick(editor, Qt.Key.Key_E, CTRL_SHIFT)
        assert dialog_when_asked == [None]  # asked first
        assert not editor.is_dirty()
        assert MissionService(demo_store).get(mission.id).title.endswith("(revised)")
        dialog = editor.report_dialog
        assert dialog is not None and dialog.isVisible()
        target = tmp_path / "revised.pdf"
        write(qtbot, dialog, target)
        assert "(revised)" in pdf_text(target)
    finally:
        operations.wait_for_all()
        if shiboken6.isValid(editor):
            editor._close_approved = True
            editor.close()
