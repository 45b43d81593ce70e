"""The "Findings and actions" section driven like a person: add and edit findings (kind,
link chosen from the mission's links or the reference lists, text), recommendations
(priority, finding) and action items (objective, activity, unit, timeframe or due date,
indicator, status) with progress updates; reorder with Alt+Up/Down; trash and restore. Each
change is read back through the service; twins feed bad input and check the message beside
the field and that nothing was stored."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt

from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.findings import (
    ActionItemInput,
    FindingInput,
    FindingService,
    RecommendationInput,
)
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.mission_editor import MissionEditor

from .helpers import activate, choose, replace_text, type_text

_opened: list[MissionEditor] = []
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def _close_editors():  # type: ignore[no-untyped-def]
    yield
    while _opened:
        editor = _opened.pop()
        if shiboken6.isValid(editor):
            editor._close_approved = True
            editor.close()


@pytest.fixture
def mission_id(store) -> str:  # type: ignore[no-untyped-def]
    return MissionService(store).create(MissionInput(
        code="JM-2030-IA-01", title="Integrity assessment", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM",
        links={"arusha": ["automation", "hrm"]})).id


@pytest.fixture
def findings(store) -> FindingService:  # type: ignore[no-untyped-def]
    return FindingService(store)


def open_panel(qtbot, store, mission_id, tab: int = 0):  # type: ignore[no-untyped-def]
    editor = MissionEditor(store, mission_id=mission_id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    editor.show_section(editor.FINDINGS)
    editor.findings_panel.tabs.setCurrentIndex(tab)
    return editor.findings_panel


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick(qtbot, combo, data) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data!r} not in {combo.objectName()}")


def test_add_a_finding_linked_to_one_of_the_missions_factors(qtbot, store, mission_id,
                                                             findings):
    panel = open_panel(qtbot, store, mission_id)
    click(qtbot, panel.findings_page.add_button)
    dialog = panel.dialog
    # The mission's own links are offered first.
    first = [dialog.link_combo.itemData(i) for i in range(1, 3)]
    assert first == ["arusha:automation", "arusha:hrm"]
    pick(qtbot, dialog.kind_combo, "strength")
    choose(qtbot, dialog.link_combo, "Arusha 4. Automation")
    type_text(qtbot, dialog.text_box, "ASYCUDA World covers all ports; payments are électroniques.")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    [stored] = findings.findings(mission_id)
    assert (stored.kind, stored.link_kind, stored.link_code, stored.text) == (
        "strength", "arusha", "automation",
        "ASYCUDA World covers all ports; payments are électroniques.")
    assert panel.findings_page.model.rowCount() == 1
    assert panel.tabs.tabText(0) == "Findings (1)"


def test_a_finding_without_text_or_with_an_unknown_link_stores_nothing(qtbot, store,
                                                                       mission_id, findings):
    panel = open_panel(qtbot, store, mission_id)
    click(qtbot, panel.findings_page.add_button)
    dialog = panel.dialog
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.error_text("text") == "Say what was found."
    replace_text(qtbot, dialog.link_combo.lineEdit(), "Factor 42")
    type_text(qtbot, dialog.text_box, "Something")
    click(qtbot, dialog.save_button)
    assert "not in the list" in dialog.error_text("link_code")
    assert dialog.error_text("text") == ""
    assert findings.findings(mission_id) == []


def test_edit_reorder_trash_and_restore_findings(qtbot, store, mission_id, findings):
    ids = [findings.add_finding(mission_id, FindingInput("gap", text)).id
           for text in ("First", "Second", "Third")]
    panel = open_panel(qtbot, store, mission_id)
    page = panel.findings_page
    assert [r.id for r in page.model.rows()] == ids
    page.select(ids[0])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, ALT)  # First goes below Second
    assert [f.text for f in findings.findings(mission_id)] == ["Second", "First", "Third"]
    assert page.current_id() == ids[0]
    click(qtbot, page.up_button)
    assert [f.text for f in findings.findings(mission_id)] == ["First", "Second", "Third"]

    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits
    dialog = panel.dialog
    assert dialog.windowTitle() == "Edit the finding"
    replace_text(qtbot, dialog.text_box, "First, corrected")
    click(qtbot, dialog.save_button)
    assert findings.findings(mission_id)[0].text == "First, corrected"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [f.text for f in findings.findings(mission_id)] == ["Second", "Third"]
    click(qtbot, page.show_trash_button)
    assert [r.id for r in page.model.rows()] == [ids[0]]
    click(qtbot, page.restore_button)
    click(qtbot, page.show_trash_button)
    assert len(findings.findings(mission_id)) == 3


def test_a_recommendation_answers_a_finding(qtbot, store, mission_id, findings):
    gap = findings.add_finding(mission_id, FindingInput("gap", "No rotation policy"))
    panel = open_panel(qtbot, store, mission_id, tab=1)
    click(qtbot, panel.recommendations_page.add_button)
    dialog = panel.dialog
    pick(qtbot, dialog.priority_combo, "high")
    pick(qtbot, dialog.finding_combo, gap.id)
    type_text(qtbot, dialog.text_box, "Introduce a rotation policy")
    click(qtbot, dialog.save_button)
    [stored] = findings.recommendations(mission_id)
    assert (stored.priority, stored.finding_id, stored.text) == (
        "high", gap.id, "Introduce a rotation policy")
    assert panel.recommendations_page.model.data(
        panel.recommendations_page.model.index(0, 2)).startswith("Gap: No rotation")


def test_an_action_with_progress_updates(qtbot, store, mission_id, findings):
    rec = findings.add_recommendation(mission_id, RecommendationInput("Rotate staff", "high"))
    panel = open_panel(qtbot, store, mission_id, tab=2)
    click(qtbot, panel.actions_page.add_button)
    dialog = panel.dialog
    type_text(qtbot, dialog.objective_edit, "Vulnerable posts rotate")
    type_text(qtbot, dialog.activity_box, "Map posts and approve a rotation policy")
    type_text(qtbot, dialog.unit_edit, "Human Resource Management")
    pick(qtbot, dialog.timeframe_combo, "short")
    type_text(qtbot, dialog.due_edit.edit, "2031-13-01")  # not a date
    type_text(qtbot, dialog.indicator_edit, "Share of posts rotated")
    pick(qtbot, dialog.recommendation_combo, rec.id)
    click(qtbot, dialog.save_button)
    assert "is not a date" in dialog.error_text("due_date")
    assert findings.actions(mission_id) == []
    replace_text(qtbot, dialog.due_edit.edit, "2031-03-31")
    click(qtbot, dialog.save_button)
    [action] = findings.actions(mission_id)
    assert (action.objective, action.activity, action.responsible_unit, action.timeframe,
            action.due_date, action.indicator, action.status, action.recommendation_id) == (
        "Vulnerable posts rotate", "Map posts and approve a rotation policy",
        "Human Resource Management", "short", date(2031, 3, 31), "Share of posts rotated",
        "not_started", rec.id)

    # A progress update: the percentage is checked by the service.
    assert panel.current_action().id == action.id
    click(qtbot, panel.add_progress_button)
    dialog = panel.dialog
    replace_text(qtbot, dialog.date_edit.edit, "2024-02-01")
    type_text(qtbot, dialog.percent_edit, "150")
    type_text(qtbot, dialog.text_box, "Posts mapped")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "between 0 and 100" in dialog.error_text("percent_done")
    assert findings.actions(mission_id)[0].progress == ()
    replace_text(qtbot, dialog.percent_edit, "40")
    click(qtbot, dialog.save_button)
    [action] = findings.actions(mission_id)
    assert [(p.reported_on, p.status, p.percent_done, p.text) for p in action.progress] == [
        (date(2024, 2, 1), "in_progress", 40, "Posts mapped")]
    assert action.status == "in_progress"
    assert panel.progress_model.rowCount() == 1
    assert "(40 %)" in panel.actions_page.model.data(panel.actions_page.model.index(0, 4))

    click(qtbot, panel.trash_progress_button)
    assert findings.actions(mission_id)[0].progress == ()
    assert panel.progress_model.rowCount() == 0


def test_an_action_needs_an_activity(qtbot, store, mission_id, findings):
    panel = open_panel(qtbot, store, mission_id, tab=2)
    click(qtbot, panel.actions_page.add_button)
    dialog = panel.dialog
    type_text(qtbot, dialog.objective_edit, "Something better")
    click(qtbot, dialog.save_button)
    assert dialog.error_text("activity") == "Say what is to be done."
    assert findings.actions(mission_id) == []


def test_actions_reorder_and_edit(qtbot, store, mission_id, findings):
    ids = [findings.add_action(mission_id, ActionItemInput(a)).id for a in ("One", "Two")]
    panel = open_panel(qtbot, store, mission_id, tab=2)
    page = panel.actions_page
    page.select(ids[1])
    click(qtbot, page.up_button)
    assert [a.activity for a in findings.actions(mission_id)] == ["Two", "One"]
    click(qtbot, page.edit_button)
    dialog = panel.dialog
    pick(qtbot, dialog.status_combo, "done")
    click(qtbot, dialog.save_button)
    assert findings.actions(mission_id)[0].status == "done"
