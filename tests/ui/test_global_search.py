"""Search everything (Ctrl+K) driven like a person: type a word (accents and capitals do not
matter), read the hits grouped by mission, press Enter and land on the exact place — the
field of the mission editor, the finding in "Findings and actions", the question of the
assessment whose note matched. After a save in the editor the search finds the new text
and no longer the old one."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.findings import FindingInput, FindingService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.mission_assessments import open_windows

from .helpers import open_main_window, replace_text, type_text


@pytest.fixture
def places(store):  # type: ignore[no-untyped-def]
    missions = MissionService(store)
    jamaica = missions.create(MissionInput(
        code="JM-2019-INTD-01", title="Integrity diagnostic", type_code="integrity_diagnostic",
        status_code="planned", country_iso2="JM", start_date=date(2019, 3, 25),
        end_date=date(2019, 3, 29), location="Kingston"))
    senegal = missions.create(MissionInput(
        code="SN-2020-GEOAT-01", title="GEOAT assessment", type_code="geoat_assessment",
        status_code="planned", country_iso2="SN", location="Dakar"))
    finding = FindingService(store).add_finding(
        jamaica.id, FindingInput("gap", "No rotation of officers at the port"))
    assessments = AssessmentService(store)
    started = assessments.start(senegal.id, "geoat")
    template = assessments.template("geoat", started.template_version)
    shown = template.visibility({})
    question = [q.id for q in template.questions if shown.get(q.id, True)][3]
    assessments.set_note(started.id, question, "Interviewed the Directrice générale")
    return {"jamaica": jamaica.id, "senegal": senegal.id, "finding": finding.id,
            "assessment": started.id, "question": question}


@pytest.fixture(autouse=True)
def _close_assessment_windows():  # type: ignore[no-untyped-def]
    yield
    for window in list(open_windows().values()):
        if shiboken6.isValid(window):
            window.close()


def search_for(qtbot, dialog, text):  # type: ignore[no-untyped-def]
    replace_text(qtbot, dialog.query_edit, text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=3000)
    return dialog.hit_items()


def test_ctrl_k_finds_a_location_and_opens_the_field(qtbot, store, places):
    window = open_main_window(qtbot, store)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query_edit, timeout=3000)

    type_text(qtbot, dialog.query_edit, "KINGSTON")
    qtbot.waitUntil(lambda: dialog.hit_items() != [], timeout=3000)
    assert dialog.hit_items() == [("JM-2019-INTD-01 — Integrity diagnostic (1)",
                                   "Location: Kingston")]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    editor = window.editor_for(places["jamaica"])
    assert editor is not None
    assert editor.sections.currentIndex() == editor.OVERVIEW
    qtbot.waitUntil(lambda: editor.field("location").hasFocus(), timeout=3000)

    # The editor's save is indexed at once: the new place is found, the old one not.
    replace_text(qtbot, editor.field("location"), "Ocho Rios")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert MissionService(store).get(places["jamaica"]).location == "Ocho Rios"
    assert search_for(qtbot, dialog, "kingston") == []
    assert "Nothing found" in dialog.status_label.text()
    assert search_for(qtbot, dialog, "ocho") == [
        ("JM-2019-INTD-01 — Integrity diagnostic (1)", "Location: Ocho Rios")]
    editor._close_approved = True
    editor.close()


def test_a_finding_and_an_answer_note_open_where_they_are(qtbot, store, places):
    window = open_main_window(qtbot, store)
    dialog = window.search_everything()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query_edit, timeout=3000)

    assert search_for(qtbot, dialog, "rotatión") == [
        ("JM-2019-INTD-01 — Integrity diagnostic (1)",
         "Finding: No rotation of officers at the port")]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.results.hasFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    editor = window.editor_for(places["jamaica"])
    assert editor.sections.currentIndex() == editor.FINDINGS
    page = editor.findings_panel.findings_page
    assert editor.findings_panel.tabs.currentWidget() is page
    assert page.current_id() == places["finding"]

    hits = search_for(qtbot, dialog, "directrice generale")
    assert hits == [("SN-2020-GEOAT-01 — GEOAT assessment (1)",
                     "Note on an answer: Interviewed the Directrice générale")]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    filling = open_windows().get(places["assessment"])
    assert filling is not None
    assert filling.current_question == places["question"]
    for opened in window.editors():
        opened._close_approved = True
        opened.close()


def test_executive_summary_written_in_its_tab_is_saved_and_found(qtbot, store, places):
    """The Summary tab's text is saved with the mission, and Ctrl+K finds it and opens the
    tab on it."""
    window = open_main_window(qtbot, store)
    editor = window.open_mission(places["jamaica"])
    assert editor is not None
    editor.show_section(editor.SUMMARY)
    field = editor.field("executive_summary")
    type_text(qtbot, field, "Rotation of officers in sensitive posts is not applied.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert MissionService(store).get(places["jamaica"]).executive_summary == \
        "Rotation of officers in sensitive posts is not applied."
    editor.show_section(editor.OVERVIEW)

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert search_for(qtbot, dialog, "sensitive posts") == [
        ("JM-2019-INTD-01 — Integrity diagnostic (1)",
         "Executive summary: Rotation of officers in sensitive posts is not applied.")]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert editor.sections.currentIndex() == editor.SUMMARY
    qtbot.waitUntil(lambda: editor.field("executive_summary").hasFocus(), timeout=3000)
    editor._close_approved = True
    editor.close()
