"""The mission editor driven like a person: type, pick, click Save, then read the stored
mission back through the service. Lifecycle-only statuses, double bookings (both answers),
undo/redo across fields, the unsaved-changes guard, duplicate, agenda order."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mercator_desktop.services.dto import (
    ExpertInput,
    MissionFilter,
    MissionInput,
    TeamAssignment,
)
from mercator_desktop.services.experts import ExpertService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import messages
from mercator_desktop.ui.mission_editor import MissionEditor

from .helpers import (
    activate,
    answering,
    choose,
    open_main_window,
    replace_text,
    settle,
    type_text,
)

_opened: list[MissionEditor] = []


@pytest.fixture(autouse=True)
def _close_editors():  # type: ignore[no-untyped-def]
    """Editors delete themselves when closed; close the ones a test leaves open."""
    yield
    while _opened:
        editor = _opened.pop()
        if shiboken6.isValid(editor):
            editor._close_approved = True
            editor.close()


def editor_for(qtbot, store, mission_id: str | None = None) -> MissionEditor:  # type: ignore[no-untyped-def]
    editor = MissionEditor(store, mission_id=mission_id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)  # shortcuts (Ctrl+S, Ctrl+Z) need the active window
    return editor


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_country(qtbot, editor: MissionEditor, name: str) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, editor.field("country_iso2"), name)


def fill_minimum(qtbot, editor: MissionEditor, code: str = "JM-2025-WS-01") -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, editor.field("code"), code)
    type_text(qtbot, editor.field("title"), "Risk management workshop")
    editor.field("type_code").setFocus()
    editor.field("type_code").setCurrentIndex(editor.field("type_code").findData("workshop"))
    pick_country(qtbot, editor, "Jamaica")
    type_text(qtbot, editor.field("start_date").edit, "2025-03-03")
    type_text(qtbot, editor.field("end_date").edit, "2025-03-07")


@pytest.fixture
def amara(store):  # type: ignore[no-untyped-def]
    return ExpertService(store).create(ExpertInput(name="Amara Diallo", languages=["fr"]))


@pytest.fixture
def jose(store):  # type: ignore[no-untyped-def]
    return ExpertService(store).create(ExpertInput(name="José Ramírez", languages=["es"]))


def test_a_new_mission_typed_in_every_section_is_stored(qtbot, store, amara, jose) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    assert editor.windowTitle() == "New mission[*] — Mercator Desktop"
    fill_minimum(qtbot, editor)
    assert editor.overview.region_label.text() == "WCO region: Americas and the Caribbean"
    click(qtbot, editor.field("topics").checks["integrity"])
    type_text(qtbot, editor.field("location"), "Kingston")
    type_text(qtbot, editor.field("request_reference"), "JCA/CO/2025/001")
    type_text(qtbot, editor.field("request_date").edit, "2025-01-15")
    type_text(qtbot, editor.field("objectives"), "Risk profiles for the Ministère.")
    editor.field("programme_id").setFocus()
    choose(qtbot, editor.field("programme_id"), "WCO Mercator Programme")

    # Links: tick TFA 7.4 (a paragraph under article 7) and the first Arusha factor.
    editor.sections.setCurrentIndex(editor.LINKS)
    type_text(qtbot, editor.links.tfa_filter_edit, "7.4")
    proxy_index = editor.links.tfa_proxy.mapFromSource(editor.links.tfa_model.index_of("7.4"))
    editor.links.tfa_tree.setCurrentIndex(proxy_index)
    editor.links.tfa_tree.setFocus()
    qtbot.keyClick(editor.links.tfa_tree, Qt.Key.Key_Space)
    editor.links.arusha_list.setCurrentIndex(editor.links.arusha_list.model().index(0, 0))
    editor.links.arusha_list.setFocus()
    qtbot.keyClick(editor.links.arusha_list, Qt.Key.Key_Space)
    assert "1 chosen" in editor.links.tfa_box.title()

    # Team: José leads, Amara co-facilitates.
    editor.sections.setCurrentIndex(editor.TEAM)
    choose(qtbot, editor.team.expert_picker, "José Ramírez")
    assert editor.team.role_combo.currentData() == "lead"
    click(qtbot, editor.team.add_member_button)
    choose(qtbot, editor.team.expert_picker, "Amara Diallo")
    assert editor.team.role_combo.currentData() == "co_facilitator"  # one lead is enough
    click(qtbot, editor.team.add_member_button)

    # Agenda: two sessions on the first day.
    editor.sections.setCurrentIndex(editor.AGENDA)
    assert editor.agenda.agenda_day_edit.text() == "2025-03-03"  # the mission's first day
    type_text(qtbot, editor.agenda.agenda_start_edit, "09:00")
    type_text(qtbot, editor.agenda.agenda_end_edit, "10:30")
    type_text(qtbot, editor.agenda.agenda_activity_edit, "Opening with the Commissioner")
    click(qtbot, editor.agenda.agenda_add_button)
    type_text(qtbot, editor.agenda.agenda_activity_edit, "Site visit")
    click(qtbot, editor.agenda.agenda_add_button)

    # Participants and counterparts.
    editor.sections.setCurrentIndex(editor.PARTICIPANTS)
    type_text(qtbot, editor.field("participants_women"), "13")
    type_text(qtbot, editor.field("participants_men"), "10")
    click(qtbot, editor.participants.fill_total_button)
    assert editor.field("participants_total").text() == "23"
    type_text(qtbot, editor.participants.counterpart_name_edit, "Marcia Blackwood-Reid")
    type_text(qtbot, editor.participants.counterpart_unit_edit, "Internal Affairs")
    click(qtbot, editor.participants.counterpart_add_button)
    editor.sections.setCurrentIndex(editor.LOGISTICS)
    type_text(qtbot, editor.field("logistics_notes"), "Visa on arrival.")

    assert editor.isWindowModified()
    with qtbot.waitSignal(editor.mission_saved):
        click(qtbot, editor.save_button)

    stored = MissionService(store).get_by_code("JM-2025-WS-01")
    assert (stored.title, stored.type_code, stored.country_iso2) == (
        "Risk management workshop", "workshop", "JM")
    assert (stored.start_date, stored.end_date) == (date(2025, 3, 3), date(2025, 3, 7))
    assert stored.topics == ["integrity"]
    assert stored.location == "Kingston"
    assert (stored.request_reference, stored.request_date) == (
        "JCA/CO/2025/001", date(2025, 1, 15))
    assert stored.objectives == "Risk profiles for the Ministère."
    assert stored.programme_code == "mercator"
    assert stored.links["tfa"] == ["7.4"]
    assert stored.links["arusha"] == ["leadership_commitment"]
    assert [(m.expert_name, m.role) for m in stored.team] == [
        ("José Ramírez", "lead"), ("Amara Diallo", "co_facilitator")]
    assert [(a.day, a.start_time, a.end_time, a.activity) for a in stored.agenda] == [
        (date(2025, 3, 3), time(9, 0), time(10, 30), "Opening with the Commissioner"),
        (date(2025, 3, 3), None, None, "Site visit")]
    assert (stored.participants_women, stored.participants_men,
            stored.participants_total) == (13, 10, 23)
    assert [(c.name, c.unit) for c in stored.counterparts] == [
        ("Marcia Blackwood-Reid", "Internal Affairs")]
    assert stored.logistics_notes == "Visa on arrival."
    assert not editor.isWindowModified()
    assert editor.mission_id == stored.id
    assert "Saved at" in editor.saved_label.text()


def test_ctrl_s_saves_changes_to_an_existing_mission(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    service = MissionService(demo_store)
    mission = service.get_by_code("JM-2019-INTD-01")
    editor = editor_for(qtbot, demo_store, mission.id)
    assert editor.field("title").text() == mission.title
    assert editor.overview.region_label.text() == "WCO region: Americas and the Caribbean"
    replace_text(qtbot, editor.field("title"), "Integrity diagnostic (revised)")
    with qtbot.waitSignal(editor.mission_saved):
        qtbot.keyClick(editor.field("title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    again = service.get(mission.id)
    assert again.title == "Integrity diagnostic (revised)"
    # Nothing else moved: team, agenda, counterparts and links are as they were.
    assert again.team == mission.team
    assert again.agenda == mission.agenda
    assert again.counterparts == mission.counterparts
    assert again.links == mission.links


def statuses(editor: MissionEditor) -> list[str]:
    combo = editor.field("status_code")
    return [combo.itemData(i) for i in range(combo.count())]


def test_status_offers_only_the_lifecycle_moves(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    service = MissionService(demo_store)
    planned = service.get_by_code("JM-2027-MON-01")
    assert planned.status_code == "planned"
    editor = editor_for(qtbot, demo_store, planned.id)
    assert statuses(editor) == ["approved", "planned", "in_delivery", "cancelled"]
    assert editor.field("status_code").currentText() == "Planned (now)"

    closed = editor_for(qtbot, demo_store, service.get_by_code("JM-2019-INTD-01").id)
    assert statuses(closed) == ["follow_up", "closed"]

    new = editor_for(qtbot, demo_store)
    assert statuses(new) == ["requested", "approved", "planned"]

    # Moving a planned mission into delivery stores the move.
    editor.field("status_code").setCurrentIndex(editor.field("status_code").findData("in_delivery"))
    with qtbot.waitSignal(editor.mission_saved):
        editor.action_save.trigger()
    assert service.get(planned.id).status_code == "in_delivery"
    # After the save the choices follow the new status.
    assert statuses(editor) == ["planned", "in_delivery", "report_draft", "cancelled"]


# --- double bookings -------------------------------------------------------------------------


@pytest.fixture
def busy_amara(store, amara):  # type: ignore[no-untyped-def]
    """Amara leads a mission from 3 to 7 March 2025."""
    MissionService(store).create(MissionInput(
        code="BS-2025-INT-01", title="Integrity workshop", type_code="workshop",
        status_code="planned", country_iso2="BS", start_date=date(2025, 3, 5),
        end_date=date(2025, 3, 9), team=[TeamAssignment(amara.id, "lead")]))
    return amara


def _add_amara(qtbot, editor: MissionEditor) -> None:  # type: ignore[no-untyped-def]
    editor.sections.setCurrentIndex(editor.TEAM)
    choose(qtbot, editor.team.expert_picker, "Amara Diallo")
    click(qtbot, editor.team.add_member_button)


def test_double_booking_is_shown_and_saved_when_the_person_agrees(qtbot, store, busy_amara) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    fill_minimum(qtbot, editor)
    _add_amara(qtbot, editor)
    # Shown at once, before any save.
    assert editor.team.team_clash_label.isVisible()
    assert "BS-2025-INT-01" in editor.team.team_clash_label.text()
    assert "BS-2025-INT-01" in editor.team.team_model.rows()[0].clash

    missions_when_asked: list[Any] = []

    def agree(box: Any) -> None:
        missions_when_asked.extend(MissionService(store).list(MissionFilter(text="JM-2025")))
        messages.button(box, "yesButton").click()

    with answering(qtbot, agree) as boxes, qtbot.waitSignal(editor.mission_saved):
        click(qtbot, editor.save_button)
    box = boxes.shown[0]
    assert box.title == "Double booking"
    assert "Amara Diallo is already booked" in box.text and "BS-2025-INT-01" in box.text
    assert missions_when_asked == []  # asked first
    stored = MissionService(store).get_by_code("JM-2025-WS-01")
    assert [m.expert_name for m in stored.team] == ["Amara Diallo"]
    assert len(MissionService(store).double_bookings()) == 1


def test_double_booking_refused_stores_nothing(qtbot, store, busy_amara) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    fill_minimum(qtbot, editor)
    _add_amara(qtbot, editor)
    with answering(qtbot, "noButton"):
        click(qtbot, editor.save_button)
    assert MissionService(store).count() == 1  # only Amara's other mission
    assert editor.isVisible() and editor.isWindowModified()
    assert editor.sections.currentIndex() == editor.TEAM
    assert "Not saved: Amara Diallo is booked" in editor.error_text("team")


# --- undo / redo ------------------------------------------------------------------------------


def test_undo_and_redo_work_across_fields(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    type_text(qtbot, editor.field("title"), "Workshop")
    click(qtbot, editor.field("topics").checks["hrd"])
    pick_country(qtbot, editor, "Mali")
    assert editor.overview.region_label.text() == "WCO region: West and Central Africa"
    type_text(qtbot, editor.field("code"), "ML-1")

    ctrl = Qt.KeyboardModifier.ControlModifier
    shift_ctrl = ctrl | Qt.KeyboardModifier.ShiftModifier
    # Focus is in the code field: Ctrl+Z reaches the editor's history, not the field's own.
    editor.field("code").setFocus()
    qtbot.keyClick(editor.field("code"), Qt.Key.Key_Z, ctrl)
    assert editor.field("code").text() == ""
    qtbot.keyClick(editor.field("code"), Qt.Key.Key_Z, ctrl)  # the country
    assert editor.field("country_iso2").currentText() == ""
    assert not editor.overview.region_label.isVisible()
    qtbot.keyClick(editor.field("code"), Qt.Key.Key_Z, ctrl)  # the topic
    assert not editor.field("topics").checks["hrd"].isChecked()
    qtbot.keyClick(editor.field("code"), Qt.Key.Key_Z, ctrl)  # the title, typed in one go
    assert editor.field("title").text() == ""
    assert not editor.isWindowModified()

    qtbot.keyClick(editor.field("title"), Qt.Key.Key_Z, shift_ctrl)
    assert editor.field("title").text() == "Workshop"
    qtbot.keyClick(editor.field("title"), Qt.Key.Key_Y, ctrl)
    assert editor.field("topics").checks["hrd"].isChecked()
    qtbot.keyClick(editor.field("title"), Qt.Key.Key_Z, shift_ctrl)
    assert editor.field("country_iso2").currentText() == "Mali"
    assert editor.overview.region_label.text() == "WCO region: West and Central Africa"
    assert editor.action_redo.isEnabled()
    assert editor.action_undo.text() == "Undo country"


def test_undo_covers_the_team_and_agenda_sections(qtbot, store, amara) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    fill_minimum(qtbot, editor)
    _add_amara(qtbot, editor)
    assert len(editor.team.team_model.rows()) == 1
    editor.action_undo.trigger()
    assert editor.team.team_model.rows() == ()
    editor.action_redo.trigger()
    assert [r.name for r in editor.team.team_model.rows()] == ["Amara Diallo"]
    assert editor.sections.currentIndex() == editor.TEAM  # shows what it changed


# --- unsaved changes --------------------------------------------------------------------------


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    fill_minimum(qtbot, editor)
    with answering(qtbot, "Cancel") as boxes:
        editor.close()
    assert boxes.shown[0].title == "Unsaved changes"
    assert "JM-2025-WS-01" in boxes.shown[0].text
    assert sorted(boxes.shown[0].buttons) == ["&Cancel", "&Discard", "&Save"]  # mnemonics
    assert editor.isVisible() and editor.isWindowModified()
    assert MissionService(store).count() == 0
    # Asked again next time: Cancel approved nothing.
    with answering(qtbot, "Cancel") as boxes:
        editor.close()
    assert len(boxes.shown) == 1 and editor.isVisible()


def test_closing_and_discarding_stores_nothing(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    fill_minimum(qtbot, editor)
    with answering(qtbot, "Discard"):
        qtbot.keyClick(editor.field("code"), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    # Closed at once (not left open and dirty), nothing stored.
    assert not shiboken6.isValid(editor) or not editor.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    assert MissionService(store).count() == 0


def test_closing_and_saving_stores_then_closes(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    fill_minimum(qtbot, editor)
    with answering(qtbot, "Save"):
        editor.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    assert MissionService(store).get_by_code("JM-2025-WS-01").title == "Risk management workshop"


def test_closing_without_changes_does_not_ask(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    mission = MissionService(demo_store).get_by_code("JM-2019-INTD-01")
    editor = editor_for(qtbot, demo_store, mission.id)
    messages.forget_boxes()
    editor.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    assert messages.last_box() is None


# --- agenda order, duplicate, main window wiring ------------------------------------------------


def test_sessions_of_a_day_can_be_reordered(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    service = MissionService(demo_store)
    mission = service.get_by_code("JM-2019-INTD-01")
    first_day = [a.activity for a in mission.agenda if a.day == date(2019, 3, 25)]
    editor = editor_for(qtbot, demo_store, mission.id)
    editor.sections.setCurrentIndex(editor.AGENDA)
    editor.agenda.agenda_table.setCurrentIndex(editor.agenda.agenda_proxy.index(0, 0))
    editor.agenda.agenda_table.setFocus()
    qtbot.keyClick(editor.agenda.agenda_table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.agenda.agenda_model.rows()[1].activity == first_day[0]
    with qtbot.waitSignal(editor.mission_saved):
        editor.save()
    stored = [a.activity for a in service.get(mission.id).agenda if a.day == date(2019, 3, 25)]
    assert stored == [first_day[1], first_day[0], *first_day[2:]]
    # A session cannot move into another day.
    last_of_day = len(first_day) - 1
    editor.agenda.agenda_table.setCurrentIndex(editor.agenda.agenda_proxy.index(last_of_day, 0))
    editor.agenda.move_session(1)
    assert editor.agenda.agenda_model.rows()[last_of_day].day == date(2019, 3, 25)


def test_duplicate_starts_a_new_mission_from_the_selected_one(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_MISSIONS)
    service = MissionService(demo_store)
    source = service.get_by_code("JM-2019-INTD-01")
    assert window.select_mission(source.id)
    window.action_duplicate.trigger()
    editor = window.editors()[-1]
    assert editor.mission_id is None
    assert editor.field("code").text() == "JM-2019-INTD-02"
    assert editor.field("title").text() == source.title
    assert editor.field("start_date").text() == ""
    assert [r.name for r in editor.team.team_model.rows()] == [m.expert_name for m in source.team]
    type_text(qtbot, editor.field("start_date").edit, "2026-03-02")
    type_text(qtbot, editor.field("end_date").edit, "2026-03-06")
    with qtbot.waitSignal(editor.mission_saved):
        editor.save()
    copy = service.get_by_code("JM-2019-INTD-02")
    assert copy.status_code == "requested"
    assert copy.links == source.links
    assert [(m.expert_id, m.role) for m in copy.team] == [
        (m.expert_id, m.role) for m in source.team]
    settle()
    assert window.mission_model.row_of(copy.id) is not None  # the list shows it at once


def test_opening_a_mission_twice_raises_the_same_window(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_MISSIONS)
    window.select_row(0)
    window.mission_table.setFocus()
    qtbot.keyClick(window.mission_table, Qt.Key.Key_Return)
    first = window.editors()
    qtbot.keyClick(window.mission_table, Qt.Key.Key_Return)
    assert window.editors() == first and len(first) == 1
    assert first[0].mission_id == window.current_mission_id()
    QApplication.processEvents()


def test_quitting_with_an_unsaved_editor_asks_there_first(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    editor = window.new_mission()
    assert editor is not None
    type_text(qtbot, editor.field("title"), "Half-planned")
    with answering(qtbot, "Cancel") as boxes:
        window.action_quit.trigger()
    assert window.isVisible() and editor.isVisible()  # Cancel: nothing closes
    assert boxes.shown[0].title == "Unsaved changes"
    assert "• New mission" in boxes.shown[0].text
    with answering(qtbot, "Discard all"):
        window.action_quit.trigger()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    assert MissionService(demo_store).list(MissionFilter(text="Half-planned")) == []


def test_quitting_lists_every_unsaved_window_and_save_all_stores_them(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Q with a changed editor and a note being typed in an assessment window: ONE box
    names both; Save all stores the mission and the note, then the app's window closes."""
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.ui.assessment_window import open_assessment_window

    window = open_main_window(qtbot, demo_store)
    mission = MissionService(demo_store).get_by_code("JM-2019-INTD-01")
    editor = window.open_mission(mission.id)
    assert editor is not None
    type_text(qtbot, editor.field("title"), " (revised)")
    assessments = AssessmentService(demo_store)
    template = assessments.templates()[0]
    assessment = assessments.start(mission.id, template.id)
    filling = open_assessment_window(demo_store, assessment.id, editor)
    qtbot.waitExposed(filling)
    activate(qtbot, filling)
    card = filling.cards[filling.current_question]
    card.note_edit.setFocus()
    type_text(qtbot, card.note_edit, "Said in the workshop")
    with answering(qtbot, "Save all") as boxes:  # Ctrl+Q while typing the note
        qtbot.keyClick(card.note_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    [box] = boxes.shown
    assert "• JM-2019-INTD-01" in box.text and f"• {filling.title_label.text()}" in box.text
    assert sorted(box.buttons) == ["&Cancel", "&Discard all", "&Save all"]
    assert not window.isVisible()
    assert MissionService(demo_store).get(mission.id).title.endswith("(revised)")
    note = assessments.answer(assessment.id, card.question.id).note
    assert note.endswith("Said in the workshop")
