"""For every validation rule the editor reaches, a twin of the happy path: bad input, Save,
the message beside the field, the section marked, and nothing stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.services.dto import ExpertInput, MissionInput, TeamAssignment
from mercator_desktop.services.experts import ExpertService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.mission_editor import MissionEditor

from .helpers import activate, answering, choose, enter_text, replace_text, type_text
from .test_mission_editor import click, editor_for, fill_minimum


def _bad_code_empty(qtbot: Any, e: MissionEditor) -> None:
    replace_text(qtbot, e.field("code"), "")


def _bad_code_format(qtbot: Any, e: MissionEditor) -> None:
    replace_text(qtbot, e.field("code"), "JM 2025 #1")


def _bad_code_taken(qtbot: Any, e: MissionEditor) -> None:
    replace_text(qtbot, e.field("code"), "jm-2024-ws-99")


def _bad_title_empty(qtbot: Any, e: MissionEditor) -> None:
    replace_text(qtbot, e.field("title"), "   ")


def _bad_title_long(qtbot: Any, e: MissionEditor) -> None:
    e.field("title").setFocus()
    e.field("title").setText("x" * 301)  # a paste


def _bad_type(qtbot: Any, e: MissionEditor) -> None:
    e.field("type_code").setCurrentIndex(-1)


def _bad_country(qtbot: Any, e: MissionEditor) -> None:
    replace_text(qtbot, e.field("country_iso2").lineEdit(), "Atlantis")


def _bad_start(qtbot: Any, e: MissionEditor) -> None:
    replace_text(qtbot, e.field("start_date").edit, "2025-13-01")


def _bad_end_before_start(qtbot: Any, e: MissionEditor) -> None:
    replace_text(qtbot, e.field("end_date").edit, "2025-03-01")


def _bad_request_date(qtbot: Any, e: MissionEditor) -> None:
    type_text(qtbot, e.field("request_date").edit, "last week")


def _bad_programme(qtbot: Any, e: MissionEditor) -> None:
    replace_text(qtbot, e.field("programme_id").lineEdit(), "Marshall Plan")


def _bad_total(qtbot: Any, e: MissionEditor) -> None:
    e.sections.setCurrentIndex(e.PARTICIPANTS)
    type_text(qtbot, e.field("participants_women"), "13")
    type_text(qtbot, e.field("participants_men"), "10")
    type_text(qtbot, e.field("participants_total"), "20")


def _bad_counterpart(qtbot: Any, e: MissionEditor) -> None:
    e.sections.setCurrentIndex(e.PARTICIPANTS)
    type_text(qtbot, e.participants.counterpart_unit_edit, "Internal Affairs")  # and no name
    click(qtbot, e.participants.counterpart_add_button)


def _bad_two_leads(qtbot: Any, e: MissionEditor) -> None:
    e.sections.setCurrentIndex(e.TEAM)
    for name in ("Amara Diallo", "José Ramírez"):
        choose(qtbot, e.team.expert_picker, name)
        e.team.role_combo.setCurrentIndex(e.team.role_combo.findData("lead"))
        click(qtbot, e.team.add_member_button)


def _bad_session_outside_dates(qtbot: Any, e: MissionEditor) -> None:
    e.sections.setCurrentIndex(e.AGENDA)
    type_text(qtbot, e.agenda.agenda_activity_edit, "Closing session")
    replace_text(qtbot, e.agenda.agenda_day_edit.edit, "2025-03-07")
    click(qtbot, e.agenda.agenda_add_button)
    assert len(e.agenda.agenda_model.rows()) == 1
    e.sections.setCurrentIndex(e.OVERVIEW)
    replace_text(qtbot, e.field("end_date").edit, "2025-03-05")  # the mission now ends earlier


CASES: list[tuple[str, Callable[[Any, MissionEditor], None], str, str, int]] = [
    # id, bad input, field, words of the message, section
    ("code-empty", _bad_code_empty, "code", "A mission code is required.", 0),
    ("code-format", _bad_code_format, "code", "letters, digits", 0),
    ("code-taken", _bad_code_taken, "code", "Another mission already has the code", 0),
    ("title-empty", _bad_title_empty, "title", "A title is required.", 0),
    ("title-long", _bad_title_long, "title", "under 300 characters", 0),
    ("type", _bad_type, "type", "Choose the type of mission.", 0),
    ("country", _bad_country, "country", "'Atlantis' is not in the list", 0),
    ("start-unreadable", _bad_start, "start_date", "'2025-13-01' is not a date", 0),
    ("end-before-start", _bad_end_before_start, "end_date", "is before the start date", 0),
    ("request-date", _bad_request_date, "request_date", "'last week' is not a date", 0),
    ("programme", _bad_programme, "programme", "'Marshall Plan' is not in the list", 0),
    ("total", _bad_total, "participants_total", "less than women + men (23)", 4),
    ("counterpart", _bad_counterpart, "counterparts", "Counterpart 1 needs a name.", 4),
    ("two-leads", _bad_two_leads, "team", "only one lead expert", 2),
    ("session-outside", _bad_session_outside_dates, "agenda", "outside the mission dates", 3),
]


@pytest.fixture
def world(store):  # type: ignore[no-untyped-def]
    """Two experts and one other mission (its code is taken)."""
    experts = ExpertService(store)
    experts.create(ExpertInput(name="Amara Diallo"))
    experts.create(ExpertInput(name="José Ramírez"))
    MissionService(store).create(MissionInput(
        code="JM-2024-WS-99", title="Earlier", type_code="workshop", status_code="requested",
        country_iso2="JM"))
    return store


@pytest.mark.parametrize(("bad", "field", "words", "section"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_beside_its_field_and_nothing_is_stored(
        qtbot, world, bad, field, words, section) -> None:  # type: ignore[no-untyped-def]
    service = MissionService(world)
    editor = editor_for(qtbot, world)
    fill_minimum(qtbot, editor)
    bad(qtbot, editor)
    click(qtbot, editor.save_button)

    assert words in editor.error_text(field), editor.problems_label.text()
    assert editor.sections.currentIndex() == section  # the section with the problem shows
    assert not editor.sections.tabIcon(section).isNull()  # and is marked
    assert editor.problems_label.text().startswith("Not saved:")
    assert [m.code for m in service.list()] == ["JM-2024-WS-99"]  # nothing stored
    assert editor.isVisible() and editor.mission_id is None
    # Correcting the field clears its message.
    if field == "code":
        replace_text(qtbot, editor.field("code"), "JM-2025-WS-01")
        assert editor.error_text("code") == ""


def test_the_happy_twin_stores(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, world)
    fill_minimum(qtbot, editor)
    with qtbot.waitSignal(editor.mission_saved):
        click(qtbot, editor.save_button)
    assert MissionService(world).get_by_code("JM-2025-WS-01").country_iso2 == "JM"


def test_unreadable_fields_and_rule_breaks_are_shown_together(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, world)
    type_text(qtbot, editor.field("start_date").edit, "soon")
    click(qtbot, editor.save_button)
    assert "A mission code is required." in editor.error_text("code")
    assert "A title is required." in editor.error_text("title")
    assert "Choose the type of mission." in editor.error_text("type")
    assert "Choose the country." in editor.error_text("country")
    assert "'soon' is not a date" in editor.error_text("start_date")
    assert editor.problems_label.text() == "Not saved: 5 problems to correct (Overview)."
    assert MissionService(world).count() == 1


def test_a_mission_past_planned_needs_a_lead(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    service = MissionService(world)
    planned = service.create(MissionInput(
        code="JM-2025-PL-01", title="Planned", type_code="workshop", status_code="planned",
        country_iso2="JM", start_date=date(2025, 3, 3), end_date=date(2025, 3, 7)))
    editor = editor_for(qtbot, world, planned.id)
    editor.field("status_code").setCurrentIndex(editor.field("status_code").findData("in_delivery"))
    click(qtbot, editor.save_button)
    assert "needs a lead expert" in editor.error_text("lead_expert")
    assert editor.sections.currentIndex() == editor.TEAM
    assert service.get(planned.id) == planned  # unchanged


def test_a_session_is_checked_against_the_mission_dates_when_added(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, world)
    fill_minimum(qtbot, editor)
    editor.sections.setCurrentIndex(editor.AGENDA)
    replace_text(qtbot, editor.agenda.agenda_day_edit.edit, "2025-04-01")
    type_text(qtbot, editor.agenda.agenda_activity_edit, "Too late")
    click(qtbot, editor.agenda.agenda_add_button)
    assert "outside the mission dates" in editor.agenda.agenda_form_error.text()
    replace_text(qtbot, editor.agenda.agenda_day_edit.edit, "2025-03-04")
    type_text(qtbot, editor.agenda.agenda_start_edit, "14:00")
    type_text(qtbot, editor.agenda.agenda_end_edit, "13:00")
    click(qtbot, editor.agenda.agenda_add_button)
    assert "ends before it starts" in editor.agenda.agenda_form_error.text()
    assert editor.agenda.agenda_model.rows() == ()
    # Without an activity there is nothing to add.
    editor.agenda.agenda_activity_edit.clear()
    assert not editor.agenda.agenda_add_button.isEnabled()


def test_a_new_administration_needs_a_name(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, world)
    fill_minimum(qtbot, editor)
    with answering(qtbot, enter_text("  ")):
        click(qtbot, editor.overview.new_administration_button)
    assert "needs a name" in editor.error_text("administration")
    assert ExpertService(world).administrations("JM") == []

    with answering(qtbot, enter_text("Jamaica Customs Agency")):
        click(qtbot, editor.overview.new_administration_button)
    assert editor.field("administration_id").currentText() == "Jamaica Customs Agency"
    activate(qtbot, editor)  # back from the dialog (the headless platform does not do it)
    with qtbot.waitSignal(editor.mission_saved):
        qtbot.keyClick(editor.field("code"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = MissionService(world).get_by_code("JM-2025-WS-01")
    assert stored.administration_name == "Jamaica Customs Agency"


def test_expert_team_needs_a_known_expert(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, world)
    editor.sections.setCurrentIndex(editor.TEAM)
    replace_text(qtbot, editor.team.expert_picker.lineEdit(), "Nobody Known")
    click(qtbot, editor.team.add_member_button)
    assert "'Nobody Known' is not in the list" in editor.error_text("team")
    assert editor.team.team_model.rows() == ()


def test_lead_rule_through_the_service_directly_matches(world) -> None:  # type: ignore[no-untyped-def]
    # The editor shows the service's own words: no rule is re-implemented in the widget.
    service = MissionService(world)
    amara = ExpertService(world).find_by_name("Amara Diallo")
    assert amara is not None
    problems = service.check_plan(None, MissionInput(
        code="X-1", title="t", type_code="workshop", status_code="requested",
        country_iso2="JM", team=[TeamAssignment(amara.id, "lead"),
                                 TeamAssignment(amara.id, "observer")]))
    assert [p.message for p in problems] == ["an expert is listed twice"]
