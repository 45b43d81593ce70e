"""Empty states, met as a new user meets them: every empty list of the main window and the
mission editor says why it is empty and offers the action to take (whole, not clipped),
and the action works; once there is something, the message goes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt

from mercator_desktop.services.dto import ExpertInput, MissionInput, TeamAssignment
from mercator_desktop.services.experts import ExpertService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.empty_state import EmptyState

from .helpers import open_main_window, settle, type_text


def shown_whole(state: EmptyState) -> bool:
    """Visible, and each of its texts gets the height its wrapped lines need."""
    labels = [state.message_label] + ([state.hint_label] if state.hint_label.text() else [])
    return state.isVisible() and all(
        label.height() >= label.heightForWidth(label.width()) for label in labels)


def click(qtbot, button):  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture(autouse=True)
def _close_editors():  # type: ignore[no-untyped-def]
    opened = []
    yield opened
    for editor in opened:
        if shiboken6.isValid(editor):
            editor._close_approved = True
            editor.close()


def test_first_run_missions_hint_is_whole_and_plans_the_first_mission(qtbot, store,
                                                                       _close_editors):
    window = open_main_window(qtbot, store)
    window.resize(1366, 768)
    window.show_tab(window.TAB_MISSIONS)
    settle()
    assert window.showing_empty_state()
    hint = window.empty_hint
    assert "Plan your first mission" in hint.text()
    assert hint.height() >= hint.heightForWidth(hint.width())  # no clipped sliver
    click(qtbot, window.empty_new_button)
    assert window.editors(), "the editor opens"
    _close_editors.extend(window.editors())


def test_experts_invite_to_add_one_then_say_when_a_filter_hides_them(qtbot, store):
    window = open_main_window(qtbot, store)
    window.show_tab(window.TAB_EXPERTS)
    directory = window.expert_directory
    state = directory.empty_state
    settle()
    assert shown_whole(state)
    assert state.message_label.text() == "No experts yet."
    assert state.button.text() == "Add the first expert…"
    click(qtbot, state.button)
    dialog = directory.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.name_edit, "Amara Diallo")
    with qtbot.waitSignal(dialog.expert_saved):
        click(qtbot, dialog.save_button)
    assert ExpertService(store).find_by_name("Amara Diallo") is not None
    assert not state.isVisible()

    type_text(qtbot, directory.filter_edit, "zzz")
    qtbot.waitUntil(lambda: directory.model.rowCount() == 0, timeout=3000)
    assert state.isVisible() and state.message_label.text() == \
        "No expert matches these filters."
    click(qtbot, state.button)  # Clear the filters
    assert directory.filter_edit.text() == "" and directory.model.rowCount() == 1
    assert not state.isVisible()


def test_the_calendar_says_when_a_period_is_empty(qtbot, store):
    window = open_main_window(qtbot, store)
    window.show_tab(window.TAB_CALENDAR)
    calendar = window.team_calendar
    settle()
    assert shown_whole(calendar.empty_state)
    assert calendar.empty_state.message_label.text() == "No mission in this period."
    calendar.list_button.toggle()
    assert calendar.list_empty_state.isVisible()
    calendar.list_button.toggle()

    amara = ExpertService(store).create(ExpertInput(name="Amara Diallo"))
    calendar.reload()  # an expert, free all the period: a row, and the words under it
    assert not calendar.empty_state.isVisible()
    assert calendar.clashes_label.text().startswith("No mission in this period")
    start = calendar.period()[0] + timedelta(days=2)
    MissionService(store).create(MissionInput(
        code="JM-2026-WS-01", title="Workshop", type_code="workshop", status_code="planned",
        country_iso2="JM", start_date=start, end_date=start + timedelta(days=2),
        team=[TeamAssignment(amara.id, "lead")]))
    calendar.reload()
    assert not calendar.empty_state.isVisible()
    assert calendar.clashes_label.text() == "No double booking in this period."


def test_the_editor_lists_say_what_to_do(qtbot, store, _close_editors):
    mission = MissionService(store).create(MissionInput(
        code="JM-2026-INTD-01", title="Integrity diagnostic", type_code="integrity_diagnostic",
        status_code="planned", country_iso2="JM", start_date=date(2026, 5, 3),
        end_date=date(2026, 5, 7)))
    window = open_main_window(qtbot, store)
    editor = window.open_mission(mission.id)
    _close_editors.append(editor)
    editor.resize(1366, 740)

    editor.show_section(editor.TEAM)
    settle()
    assert shown_whole(editor.team.team_empty_state)
    click(qtbot, editor.team.team_empty_state.button)
    assert editor.team.expert_picker.hasFocus()

    editor.show_section(editor.AGENDA)
    settle()
    assert shown_whole(editor.agenda.agenda_empty_state)
    click(qtbot, editor.agenda.agenda_empty_state.button)
    type_text(qtbot, editor.agenda.agenda_activity_edit, "Opening")
    click(qtbot, editor.agenda.agenda_add_button)
    assert not editor.agenda.agenda_empty_state.isVisible()

    editor.show_section(editor.PARTICIPANTS)
    settle()
    assert shown_whole(editor.participants.counterpart_empty_state)

    editor.show_section(editor.ASSESSMENTS)
    settle()
    panel = editor.assessments_panel
    assert shown_whole(panel.empty_state)
    click(qtbot, panel.empty_state.button)
    assert panel.dialog is not None and panel.dialog.isVisible()
    panel.dialog.reject()

    editor.show_section(editor.FINDINGS)
    settle()
    page = editor.findings_panel.findings_page
    assert shown_whole(page.empty_state)
    assert page.empty_state.message_label.text() == "No findings yet."
    click(qtbot, page.empty_state.button)
    assert editor.findings_panel.dialog is not None
    editor.findings_panel.dialog.reject()
    click(qtbot, page.show_trash_button)
    assert page.empty_state.message_label.text() == "The trash is empty."
    assert not page.empty_state.button.isVisible()
    editor._close_approved = True  # the session added above is not wanted
    editor.close()
