"""Issue report… from the mission editor, driven like a person: the dialog's date, language
and status are chosen, the issue runs, the register lists the new version with its file
kept by hash; a reissue is 1.1; a Final report of an empty mission asks first (No stores
nothing); Save a copy… writes the issued bytes."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QDate, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.issued_reports import IssuedReportService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import operations
from mercator_desktop.ui.mission_editor import MissionEditor

from .helpers import activate, answering, pick_file, settle

_opened: list[MissionEditor] = []


@pytest.fixture(autouse=True)
def _close_editors() -> Iterator[None]:
    yield
    operations.wait_for_all()
    while _opened:
        editor = _opened.pop()
        if shiboken6.isValid(editor):
            editor._close_approved = True
            editor.close()


def open_editor(qtbot, store, mission_id):  # type: ignore[no-untyped-def]
    editor = MissionEditor(store, mission_id=mission_id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    editor.show_section(editor.ISSUED)
    return editor


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def choose(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(code))


def issue_through(qtbot, dialog) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.report_issued, timeout=60_000) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    settle()
    return issued.args[0]


def test_issue_and_reissue_from_the_editor(qtbot, demo_store, tmp_path):
    mission = MissionService(demo_store).get_by_code("JM-2019-INTD-01")
    editor = open_editor(qtbot, demo_store, mission.id)
    panel = editor.issued_panel
    assert panel.model.rowCount() == 0 and panel.empty_label.isVisibleTo(editor)
    assert not panel.open_button.isEnabled()
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.issue_button.text() == "&Issue version 1.0"
    dialog.date_edit.setDate(QDate(2019, 4, 2))
    choose(dialog.language_combo, "fr")
    choose(dialog.status_combo, "draft")
    view = issue_through(qtbot, dialog)

    [stored] = IssuedReportService(demo_store).list_for_mission(mission.id)
    assert (stored.id, stored.version, stored.status, stored.language, stored.issue_date) == (
        view.id, "1.0", "draft", "fr", date(2019, 4, 2))
    kept = demo_store.paths.evidence_file(stored.sha256).read_bytes()
    assert hashlib.sha256(kept).hexdigest() == stored.sha256 and len(kept) == stored.size
    assert "Version 1.0 · Projet · émise le 2 avril 2019" in pdf_text(kept)
    assert panel.model.rowCount() == 1 and not panel.empty_label.isVisibleTo(editor)
    assert panel.open_button.isEnabled() and panel.save_button.isEnabled()
    assert "Version 1.0" in editor.saved_label.text()

    # Reissue… takes the selected version's choices; the Final is complete enough to go
    qtbot.mouseClick(panel.reissue_button, Qt.MouseButton.LeftButton)
    again = panel.dialog
    assert again is not dialog and again.windowTitle() == "Reissue the report"
    assert again.language == "fr" and again.issue_date == date(2019, 4, 2)
    choose(again.status_combo, "final")
    choose(again.language_combo, "en")
    issue_through(qtbot, again)
    listed = IssuedReportService(demo_store).list_for_mission(mission.id)
    assert [(v.version, v.status, v.language) for v in listed] == [
        ("1.1", "final", "en"), ("1.0", "draft", "fr")]
    texts = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert texts == ["1.1", "1.0"]

    # Save a copy… of the selected (newest) version
    target = tmp_path / "sent.pdf"
    with answering(qtbot, pick_file(target)):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == listed[0].sha256
    assert "Version 1.1 · Final · issued 2 April 2019" in pdf_text(target.read_bytes())


def test_a_final_report_of_an_empty_mission_asks_first(qtbot, store):
    mission = MissionService(store).create(MissionInput(
        code="JM-2030-IR-01", title="Empty mission", type_code="workshop",
        status_code="planned", country_iso2="JM"))
    editor = open_editor(qtbot, store, mission.id)
    editor.issue_report()  # the toolbar's Issue report…
    dialog = editor.issued_panel.dialog
    choose(dialog.status_combo, "final")
    with answering(qtbot, "No") as boxes:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert boxes.shown[0].title == "Issue a Final report?"
    assert ("the results of the assessments; the findings; the action plan"
            in boxes.shown[0].text)
    settle()
    assert dialog.isVisible()  # still open, nothing issued
    assert IssuedReportService(store).list_for_mission(mission.id) == []
    assert not [p for p in store.paths.evidence.rglob("*") if p.is_file()]

    with answering(qtbot, "Yes"), qtbot.waitSignal(dialog.report_issued, timeout=60_000):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    settle()
    [view] = IssuedReportService(store).list_for_mission(mission.id)
    assert (view.version, view.status) == ("1.0", "final")


def test_right_to_left_the_newest_version_is_selected_at_once(qtbot, store):
    """In Arabic the list is laid out right to left; the newest version is still selected
    when the section opens, so Open and Save a copy… work at once."""
    from mercator_desktop.ui.issued_reports import IssuedReportsPanel

    mission = MissionService(store).create(MissionInput(
        code="JM-2030-IR-03", title="Right to left", type_code="workshop",
        status_code="planned", country_iso2="JM"))
    IssuedReportService(store).issue(mission.id, status="draft", lang="en")
    panel = IssuedReportsPanel(store)
    qtbot.addWidget(panel)
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    panel.set_mission(mission.id)
    assert panel.selected() is not None and panel.open_button.isEnabled()
    assert panel.save_button.isEnabled() and panel.reissue_button.isEnabled()


def test_unsaved_changes_are_saved_before_issuing(qtbot, store):
    from mercator_desktop.ui import messages

    from .helpers import type_text

    mission = MissionService(store).create(MissionInput(
        code="JM-2030-IR-04", title="Port audit", type_code="workshop",
        status_code="planned", country_iso2="JM"))
    editor = open_editor(qtbot, store, mission.id)
    editor.show_section(editor.OVERVIEW)
    type_text(qtbot, editor.field("title"), " revised")
    assert editor.is_dirty()
    asked: list[object] = []

    def save_and_issue(box: object) -> None:
        asked.append(editor.issued_panel.dialog)
        messages.button(box, "yesButton").click()

    with answering(qtbot, save_and_issue) as boxes:
        editor.issue_report()
    assert boxes.shown[0].title == "Unsaved changes" and asked == [None]
    assert "Save and issue" in boxes.shown[0].buttons
    assert not editor.is_dirty()
    dialog = editor.issued_panel.dialog
    assert dialog is not None and dialog.isVisible()
    view = issue_through(qtbot, dialog)
    assert "Port audit revised" in pdf_text(IssuedReportService(store).read(view.id))


class _Viewer(QObject):
    """Stands in for the system's PDF viewer: Qt hands it the URLs ``openUrl`` is given."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_hands_a_private_decrypted_copy_to_the_viewer(qtbot, store):
    mission = MissionService(store).create(MissionInput(
        code="JM-2030-IR-05", title="Open me", type_code="workshop",
        status_code="planned", country_iso2="JM"))
    view = IssuedReportService(store).issue(mission.id, status="draft", lang="en")
    editor = open_editor(qtbot, store, mission.id)
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        qtbot.mouseClick(editor.issued_panel.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [url] = viewer.opened
    opened = Path(url.toLocalFile())
    assert opened.name == view.file_name and opened.parent != store.paths.root
    assert hashlib.sha256(opened.read_bytes()).hexdigest() == view.sha256
    assert opened.stat().st_mode & 0o077 == 0
