"""The report dialogs driven like a person: type the file, pick the language or the period,
click Export; the report is written off the GUI thread and the person is offered to open it.
Twins feed bad input and check the inline error, the open dialog and that nothing was
written."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton
from ui.helpers import answering, watch_modals

from mercator_desktop.ui import messages, operations, report_actions

from .conftest import MISSION_CODE, pdf_text


@pytest.fixture(autouse=True)
def _ui_isolation(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings in a temporary INI file; a box no ``answering`` block expects fails the
    test instead of hanging it."""
    folder = tmp_path_factory.mktemp("qsettings")
    qapp.setOrganizationName("WCO")
    qapp.setApplicationName("Mercator Desktop")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    watch = watch_modals()
    next(watch)
    yield
    operations.wait_for_all()
    next(watch, None)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Record what would be opened (nothing is opened on the test machine)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def type_path(qtbot, edit, path: Path) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, str(path))


def wait_done(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.operation is not None and dialog.operation.done,
                    timeout=30_000)


def test_mission_report_in_french_is_written_and_opened(qtbot, worked, tmp_path, opened):
    store, ids = worked
    dialog = report_actions.export_mission_report(None, store, ids.mission_id)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.path.name == f"{MISSION_CODE}-en.pdf"
    type_path(qtbot, dialog.path_edit, tmp_path / f"{MISSION_CODE}-en.pdf")
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # Français
    assert dialog.language == "fr"
    assert dialog.path_edit.text().endswith(f"{MISSION_CODE}-fr.pdf")
    with (answering(qtbot, "Yes", timeout=30_000) as boxes,  # "Open it now?"
          qtbot.waitSignal(dialog.report_written, timeout=30_000)):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert boxes.shown[0].title == "Report written"
    target = tmp_path / f"{MISSION_CODE}-fr.pdf"
    assert not dialog.isVisible()
    assert "Contexte et objectifs" in "\n".join(pdf_text(target))
    assert opened == [QUrl.fromLocalFile(str(target))]
    assert QSettings().value(report_actions.LANGUAGE_KEY) == "fr"
    assert QSettings().value(report_actions.FOLDER_KEY) == str(tmp_path)


@pytest.mark.parametrize(("name", "error"), [
    ("missing/report.pdf", "does not exist"),
    ("", "Give the file to write the report to."),
])
def test_bad_path_is_shown_inline_and_nothing_is_written(qtbot, worked, tmp_path, name, error):
    store, ids = worked
    dialog = report_actions.export_mission_report(None, store, ids.mission_id)
    qtbot.addWidget(dialog)
    type_path(qtbot, dialog.path_edit, tmp_path / name if name else Path(""))
    if not name:
        dialog.path_edit.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert error in dialog.error_label.text()
    assert dialog.operation is None
    assert list(tmp_path.rglob("*.pdf")) == []


def test_cancelling_leaves_no_file(qtbot, worked, tmp_path, opened):
    store, ids = worked
    dialog = report_actions.export_mission_report(None, store, ids.mission_id)
    qtbot.addWidget(dialog)
    type_path(qtbot, dialog.path_edit, tmp_path / "cancelled.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.operation is not None and dialog.progress_dialog is not None
    dialog.progress_dialog.findChild(QPushButton).click()  # its Cancel button
    wait_done(qtbot, dialog)
    assert isinstance(dialog.operation.error, operations.OperationCancelled)
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no PDF, no partial file
    assert opened == [] and messages.recent_boxes() == []


def set_date(qtbot, edit, day: date) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.setSelectedSection(edit.sectionAt(0))
    edit.setDate(QDate(day.year, day.month, day.day))


def test_progress_report_period_is_checked_then_written_with_csv(qtbot, worked, tmp_path,
                                                                 opened):
    store, _ids = worked
    dialog = report_actions.export_progress_report(None, store)
    qtbot.addWidget(dialog)
    assert dialog.from_edit.date().month() == 7 and dialog.to_edit.date().month() == 6
    assert dialog.since_edit.date() == QDate(2014, 6, 1)
    type_path(qtbot, dialog.path_edit, tmp_path / "progress.pdf")
    set_date(qtbot, dialog.from_edit, date(2030, 7, 1))
    set_date(qtbot, dialog.to_edit, date(2029, 6, 30))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "before it starts" in dialog.error_label.text()
    assert dialog.operation is None

    set_date(qtbot, dialog.from_edit, date(2029, 7, 1))
    set_date(qtbot, dialog.to_edit, date(2030, 6, 30))
    qtbot.mouseClick(dialog.csv_check, Qt.MouseButton.LeftButton)
    assert dialog.csv_check.isChecked()
    with (answering(qtbot, "Yes", timeout=30_000),
          qtbot.waitSignal(dialog.report_written, timeout=30_000) as written):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    result = written.args[0]
    assert result.activities == 1
    assert (tmp_path / "progress.pdf").is_file()
    assert sorted(p.name for p in (tmp_path / "progress-tables").iterdir()) == [
        "part1_by_country.csv", "part1_by_topic.csv", "part2_missions_by_year.csv"]
    assert "Part II" in "\n".join(pdf_text(tmp_path / "progress.pdf"))
    assert len(opened) == 1


def test_report_language_follows_a_spanish_interface(qtbot, worked, tmp_path, opened):
    """With Spanish chosen as the interface language (and no report language chosen yet), the
    report is offered in Spanish and written in Spanish."""
    from mercator_desktop.ui import i18n

    store, ids = worked
    i18n.set_language("es")
    assert [code for code, _name in report_actions.LANGUAGES] == ["en", "fr", "es", "ar"]
    dialog = report_actions.export_mission_report(None, store, ids.mission_id)
    qtbot.addWidget(dialog)
    assert dialog.language == "es"
    assert dialog.language_combo.currentText() == "Español"
    assert dialog.path.name == f"{MISSION_CODE}-es.pdf"
    type_path(qtbot, dialog.path_edit, tmp_path / f"{MISSION_CODE}-es.pdf")
    with (answering(qtbot, "No", timeout=30_000),
          qtbot.waitSignal(dialog.report_written, timeout=30_000)):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    text = "\n".join(pdf_text(tmp_path / f"{MISSION_CODE}-es.pdf"))
    assert "Antecedentes y objetivos" in text and "Página 2 de" in text
    assert "Background and objectives" not in text
    assert QSettings().value(report_actions.LANGUAGE_KEY) == "es"
    assert opened == []
def test_the_mission_report_can_be_exported_in_arabic(qtbot, worked, tmp_path, opened):
    """Arabic is picked in the export dialog's language list (by keyboard) and the report is
    written right to left in Arabic."""
    store, ids = worked
    dialog = report_actions.export_mission_report(None, store, ids.mission_id)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    combo.setFocus()
    while combo.currentText() != "العربية":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.language == "ar"
    target = tmp_path / f"{MISSION_CODE}-ar.pdf"
    type_path(qtbot, dialog.path_edit, target)
    with (answering(qtbot, "No", timeout=30_000),
          qtbot.waitSignal(dialog.report_written, timeout=30_000)):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    text = unicodedata.normalize("NFKC", "\n".join(pdf_text(target)))
    assert "الخلفية والأهداف" in text and "Background and objectives" not in text
    assert QSettings().value(report_actions.LANGUAGE_KEY) == "ar"


def _close_final_mission(store, ids) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.storage.models import Mission

    for status in ("in_delivery", "report_draft", "report_final", "follow_up", "closed"):
        with store.sessions() as session:
            current = MissionService.input_of(session.get(Mission, ids.final_mission_id))
        MissionService(store).update(ids.final_mission_id,
                                     replace(current, status_code=status),
                                     allow_conflicts=True)


def test_an_empty_final_report_asks_first_and_shows_the_chosen_date(qtbot, worked, tmp_path,
                                                                    opened):
    """A closed mission without results, findings or action plan: "No" keeps the dialog
    open and writes nothing; "Yes" writes it, with the date of issue chosen."""
    store, ids = worked
    _close_final_mission(store, ids)
    dialog = report_actions.export_mission_report(None, store, ids.final_mission_id)
    qtbot.addWidget(dialog)
    target = tmp_path / "final.pdf"
    type_path(qtbot, dialog.path_edit, target)
    dialog.issue_edit.setDate(QDate(2019, 11, 8))
    with answering(qtbot, "No") as boxes:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert boxes.shown[0].title == "Export a Final report?"
    assert "the results of the assessments; the findings; the action plan" in \
        boxes.shown[0].text
    assert dialog.isVisible() and not target.exists()
    with (answering(qtbot, "Yes", "No", timeout=30_000),  # Final anyway; don't open it
          qtbot.waitSignal(dialog.report_written, timeout=30_000)):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    cover = pdf_text(target)[0]
    assert "8 November 2019" in cover and "December 2026" not in cover
    assert "Final" in cover


def test_a_draft_report_asks_nothing(worked):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.report_data import final_gaps

    store, ids = worked
    assert final_gaps(store, ids.final_mission_id) == []  # planned: a draft
    _close_final_mission(store, ids)
    assert final_gaps(store, ids.final_mission_id) == ["results", "findings", "action_plan"]
