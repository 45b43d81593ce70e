"""Defaults that think, driven like a person: a new mission is offered a code from its
country, year and type (and a code typed is kept); the agenda offers a day within the
mission's dates; a new assessment offers the checklist that fits the mission and the
interface language; a message under a field goes once the field is changed; a mission with
a start and no end reads as open-ended in the list and the editor."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.dto import AgendaInput, MissionInput
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.mission_assessments import NewAssessmentDialog
from mercator_desktop.ui.mission_editor import MissionEditor
from mercator_desktop.ui.mission_model import Column

from .helpers import activate, choose, open_main_window, replace_text, type_text

_opened: list[MissionEditor] = []


@pytest.fixture(autouse=True)
def _close_editors():  # type: ignore[no-untyped-def]
    yield
    while _opened:
        editor = _opened.pop()
        if shiboken6.isValid(editor):
            editor._close_approved = True
            editor.close()


def editor_for(qtbot, store, mission_id=None):  # type: ignore[no-untyped-def]
    editor = MissionEditor(store, mission_id=mission_id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    return editor


def pick_type(qtbot, editor, type_code):  # type: ignore[no-untyped-def]
    """Choose in the list at once (as a click in the open list does: one change)."""
    combo = editor.field("type_code")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(type_code))


def _mission(code, type_code="integrity_diagnostic", **values):  # type: ignore[no-untyped-def]
    return MissionInput(**{"code": code, "title": "Integrity diagnostic", "type_code": type_code,
                           "status_code": "planned", "country_iso2": "JM", **values})


def test_a_new_mission_is_offered_a_code_and_a_typed_code_is_kept(qtbot, store):
    missions = MissionService(store)
    missions.create(_mission("KZ-2019-INTD-01"))  # how this laptop writes the type
    missions.create(_mission("JM-2027-INTD-01"))
    editor = editor_for(qtbot, store)
    code = editor.field("code")
    assert code.text() == ""

    choose(qtbot, editor.field("country_iso2"), "Jamaica")
    assert code.text() == ""  # no type yet: nothing to offer
    pick_type(qtbot, editor, "integrity_diagnostic")
    year = date.today().year  # no start date yet: this year
    assert code.text() == f"JM-{year}-INTD-0{2 if year == 2027 else 1}"
    type_text(qtbot, editor.field("start_date").edit, "2027-05-03")
    assert code.text() == "JM-2027-INTD-02"  # -01 is taken
    choose(qtbot, editor.field("country_iso2"), "Mali")
    assert code.text() == "ML-2027-INTD-01"
    pick_type(qtbot, editor, "workshop")  # no workshop yet: made from the type's name
    assert code.text() == "ML-2027-WORK-01"

    # One undo takes back the type and the code it brought.
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (editor.field("type_code").currentData(), code.text()) == \
        ("integrity_diagnostic", "ML-2027-INTD-01")

    replace_text(qtbot, code, "ML-RETREAT-1")
    choose(qtbot, editor.field("country_iso2"), "Jamaica")
    assert code.text() == "ML-RETREAT-1"  # typed by the person: never replaced
    type_text(qtbot, editor.field("title"), "Retreat")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert missions.get_by_code("ML-RETREAT-1").country_iso2 == "JM"


def test_the_agenda_offers_a_day_within_the_mission(qtbot, store):
    missions = MissionService(store)
    created = missions.create(_mission("JM-2025-INTD-01", start_date=date(2025, 3, 3),
                                       end_date=date(2025, 3, 7)))
    missions.add_agenda_item(created.id, AgendaInput(date(2025, 3, 5), "Interviews"))
    editor = editor_for(qtbot, store, created.id)
    day = editor.agenda.agenda_day_edit
    assert day.value() == date(2025, 3, 5)  # the last day planned

    editor.show_section(editor.OVERVIEW)
    replace_text(qtbot, editor.field("end_date").edit, "2025-03-14")
    replace_text(qtbot, editor.field("start_date").edit, "2025-03-10")
    assert day.value() == date(2025, 3, 10)  # the day planned lies outside now
    editor.show_section(editor.AGENDA)
    type_text(qtbot, editor.agenda.agenda_activity_edit, "Closing")
    qtbot.mouseClick(editor.agenda.agenda_add_button, Qt.MouseButton.LeftButton)
    assert [r.day for r in editor.agenda.agenda_model.rows()][-1] == date(2025, 3, 10)


@pytest.mark.parametrize("type_code, topics, expected", [
    ("geoat_assessment", [], "geoat"),
    ("integrity_self_assessment", [], "integrity"),
    ("workshop", ["hrd", "gender_diversity"], "geoat"),
    ("workshop", ["integrity"], "integrity"),
])
def test_a_new_assessment_offers_the_checklist_that_fits(qtbot, store, type_code, topics,
                                                         expected):
    created = MissionService(store).create(_mission("JM-2025-X-01", type_code, topics=topics))
    service = AssessmentService(store)
    dialog = NewAssessmentDialog(service, created.id, lang="fr")
    qtbot.addWidget(dialog)
    assert dialog.template_combo.currentData() == expected
    assert dialog.language_combo.currentData() == "fr"  # the interface's language
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    started = service.list_for_mission(created.id)[0]
    assert (started.template_id, service.get(started.id).language) == (expected, "fr")


def test_a_message_goes_once_its_field_is_changed(qtbot, store):
    created = MissionService(store).create(_mission("JM-2025-INTD-01"))
    dialog = NewAssessmentDialog(AssessmentService(store), created.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.group_edit.setFocus()
    type_text(qtbot, dialog.group_edit, "G" * 201)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.group_error.isVisible() and "200" in dialog.group_error.text()
    assert AssessmentService(store).list_for_mission(created.id) == []
    qtbot.keyClick(dialog.group_edit, Qt.Key.Key_Backspace)
    assert not dialog.group_error.isVisible()

    # The mission editor too: the code's message goes when the code is typed again.
    editor = editor_for(qtbot, store, created.id)
    replace_text(qtbot, editor.field("code"), "x")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text("code")
    type_text(qtbot, editor.field("code"), "y")
    assert not editor.error_text("code")


def test_a_mission_without_an_end_reads_as_open_ended(qtbot, store):
    missions = MissionService(store)
    created = missions.create(_mission("JM-2026-MON-01", "monitoring_follow_up",
                                       start_date=date(2026, 5, 3)))
    window = open_main_window(qtbot, store)
    row = window.mission_model.row_of(created.id)
    model = window.mission_model
    assert model.index(row, Column.START).data() == "2026-05-03"
    assert model.index(row, Column.END).data() == "ongoing"
    assert model.index(row, Column.END).data(Qt.ItemDataRole.ToolTipRole) == \
        "From 2026-05-03, no end date yet"
    editor = window.open_mission(created.id)
    _opened.append(editor)
    assert "from 2026-05-03, ongoing" in editor.subheading_label.text()
