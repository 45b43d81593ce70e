"""The editor saves what was changed in its window and sees what others changed: a field
changed elsewhere is kept, one changed on both sides asks beside the field (Keep mine / Take
theirs), the team merges, and the window refreshes when its mission changes underneath."""

from __future__ import annotations

from datetime import date

import pytest

from mercator_desktop.services.dto import ExpertInput, MissionInput
from mercator_desktop.services.experts import ExpertService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.events import app_events

from .helpers import choose, replace_text, type_text
from .test_mission_editor import click, editor_for


@pytest.fixture
def planned(store):  # type: ignore[no-untyped-def]
    return MissionService(store).create(MissionInput(
        code="JM-2025-WS-01", title="Risk workshop", type_code="workshop",
        status_code="requested", country_iso2="JM", start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 7)))


def _elsewhere(store, mission_id: str, **values) -> None:  # type: ignore[no-untyped-def]
    """A change made by a sync or another window, through the service."""
    service = MissionService(store)
    data = service.get(mission_id).to_input()
    for name, value in values.items():
        setattr(data, name, value)
    service.update(mission_id, data)


def _save(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(editor.mission_saved):
        click(qtbot, editor.save_button)


def test_a_field_changed_elsewhere_is_kept_when_another_is_saved(qtbot, store, planned) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store, planned.id)
    _elsewhere(store, planned.id, title="Renamed at HQ")
    type_text(qtbot, editor.field("objectives"), "Risk profiles.")
    _save(qtbot, editor)
    stored = MissionService(store).get(planned.id)
    assert (stored.title, stored.objectives) == ("Renamed at HQ", "Risk profiles.")
    assert editor.field("title").text() == "Renamed at HQ"  # the window shows it now
    assert not editor.isWindowModified()


@pytest.mark.parametrize(("button", "expected"), [("keep_button", "Mine"),
                                                  ("take_button", "Theirs")])
def test_a_field_changed_on_both_sides_asks_beside_it(qtbot, store, planned, button,
                                                       expected) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store, planned.id)
    _elsewhere(store, planned.id, title="Theirs")
    replace_text(qtbot, editor.field("title"), "Mine")
    type_text(qtbot, editor.field("objectives"), "Also mine")
    click(qtbot, editor.save_button)

    bar = editor.overview.fields.fields["title"].conflict
    assert bar.isVisible()
    assert bar.label.text() == "Changed elsewhere to «Theirs»"
    assert editor.problems_label.text().startswith("Not saved: changed elsewhere")
    assert MissionService(store).get(planned.id).objectives == ""  # nothing stored yet

    click(qtbot, getattr(bar, button))
    assert not bar.isVisible()
    _save(qtbot, editor)
    stored = MissionService(store).get(planned.id)
    assert (stored.title, stored.objectives) == (expected, "Also mine")
    assert editor.field("title").text() == expected


def test_experts_added_here_and_elsewhere_are_both_on_the_team(qtbot, store, planned) -> None:  # type: ignore[no-untyped-def]
    experts = ExpertService(store)
    amara = experts.create(ExpertInput(name="Amara Diallo"))
    experts.create(ExpertInput(name="José Ramírez"))
    editor = editor_for(qtbot, store, planned.id)
    MissionService(store).add_member(planned.id, amara.id, "lead")  # elsewhere
    editor.sections.setCurrentIndex(editor.TEAM)
    choose(qtbot, editor.team.expert_picker, "José Ramírez")
    editor.team.role_combo.setCurrentIndex(editor.team.role_combo.findData("observer"))
    click(qtbot, editor.team.add_member_button)
    _save(qtbot, editor)
    stored = MissionService(store).get(planned.id)
    assert [(m.expert_name, m.role) for m in stored.team] == [
        ("Amara Diallo", "lead"), ("José Ramírez", "observer")]
    assert [r.name for r in editor.team.team_model.rows()] == ["Amara Diallo", "José Ramírez"]


def test_a_clean_editor_shows_changes_made_underneath(qtbot, store, planned) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store, planned.id)
    _elsewhere(store, planned.id, title="Renamed by sync", location="Kingston")
    app_events().missions_changed.emit([planned.id])
    assert editor.field("title").text() == "Renamed by sync"
    assert editor.field("location").text() == "Kingston"
    assert not editor.isWindowModified()
    assert editor.heading_label.text() == "JM-2025-WS-01: Renamed by sync"


def test_a_dirty_editor_takes_in_other_fields_and_keeps_its_edits(qtbot, store, planned) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store, planned.id)
    type_text(qtbot, editor.field("objectives"), "My objectives")
    replace_text(qtbot, editor.field("location"), "Montego Bay")
    _elsewhere(store, planned.id, title="Renamed by sync", location="Kingston")
    app_events().missions_changed.emit([])  # "many; reload"
    assert editor.field("title").text() == "Renamed by sync"  # taken in
    assert editor.field("objectives").toPlainText() == "My objectives"  # kept
    assert editor.field("location").text() == "Montego Bay"  # kept, and asked at once
    bar = editor.overview.fields.fields["location"].conflict
    assert bar.isVisible() and "«Kingston»" in bar.label.text()
    assert editor.isWindowModified()
    click(qtbot, bar.keep_button)
    _save(qtbot, editor)
    stored = MissionService(store).get(planned.id)
    assert (stored.title, stored.location, stored.objectives) == (
        "Renamed by sync", "Montego Bay", "My objectives")


def test_the_editor_ignores_its_own_save_and_other_missions(qtbot, store, planned) -> None:  # type: ignore[no-untyped-def]
    other = MissionService(store).create(MissionInput(
        code="JM-2025-WS-02", title="Other", type_code="workshop", status_code="requested",
        country_iso2="JM", team=[]))
    editor = editor_for(qtbot, store, planned.id)
    type_text(qtbot, editor.field("objectives"), "Typed")
    _elsewhere(store, other.id, title="Changed")
    app_events().missions_changed.emit([other.id])
    assert editor.undo_stack.canUndo()  # untouched: the history is still there
    _save(qtbot, editor)
    assert editor.field("objectives").toPlainText() == "Typed"
