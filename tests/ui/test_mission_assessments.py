"""The Assessments section of the mission editor driven like a person: New assessment… (the
checklist, the workshop group, the language), Open, Rename…, Move to trash and Restore; each
change is then read back through the service. Twins feed bad input and check the message
beside the field and that nothing was stored. Also: a new mission must be saved first, a
refused template file is a plain warning, and the main window's "Assessments…" opens the
editor there."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.mission_assessments import open_windows
from mercator_desktop.ui.mission_editor import MissionEditor
from mercator_desktop.ui.record_models import RecordColumn, RecordTableModel

from .helpers import activate, open_main_window, replace_text, type_text

_opened: list[MissionEditor] = []


@pytest.fixture(autouse=True)
def _close_windows():  # type: ignore[no-untyped-def]
    yield
    for window in open_windows().values():
        window.close()
    while _opened:
        editor = _opened.pop()
        if shiboken6.isValid(editor):
            editor._close_approved = True
            editor.close()


@pytest.fixture
def mission_id(store) -> str:  # type: ignore[no-untyped-def]
    return MissionService(store).create(MissionInput(
        code="JM-2030-IA-01", title="Integrity assessment", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM")).id


def editor_on_assessments(qtbot, store, mission_id):  # type: ignore[no-untyped-def]
    editor = MissionEditor(store, mission_id=mission_id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    editor.show_section(editor.ASSESSMENTS)
    return editor


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick(qtbot, combo, data) -> None:  # type: ignore[no-untyped-def]
    """Choose an item of a plain combo box with the keyboard, as a person would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data!r} not in {combo.objectName()}")


def test_a_new_assessment_is_started_stored_and_opened(qtbot, store, mission_id):
    editor = editor_on_assessments(qtbot, store, mission_id)
    panel = editor.assessments_panel
    assert panel.empty_state.isVisible() and panel.model.rowCount() == 0
    click(qtbot, panel.new_button)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    offered = [dialog.template_combo.itemData(i) for i in range(dialog.template_combo.count())]
    assert offered == ["geoat", "integrity"]  # the latest version of each instrument
    assert not dialog.problems_label.isVisible()
    pick(qtbot, dialog.template_combo, "integrity")
    assert "questions" in dialog.template_hint.text()
    type_text(qtbot, dialog.group_edit, "Groupe 2 – encadrement")
    pick(qtbot, dialog.language_combo, "fr")
    click(qtbot, dialog.start_button)

    [summary] = AssessmentService(store).list_for_mission(mission_id)
    stored = AssessmentService(store).get(summary.id)
    assert (stored.template_id, stored.group_name, stored.language, stored.status) == (
        "integrity", "Groupe 2 – encadrement", "fr", "draft")
    assert not dialog.isVisible()
    assert panel.model.rowCount() == 1 and panel.current_id() == summary.id
    window = open_windows()[summary.id]  # the filling screen opened at once
    assert window.isVisible() and window.assessment_id == summary.id
    # Open again: the same window comes to the front, no second one.
    window.close()
    QApplication.processEvents()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter opens
    assert list(open_windows()) == [summary.id]
    assert panel.open_current() is open_windows()[summary.id]
    assert len(open_windows()) == 1


def test_a_too_long_group_name_is_refused_beside_the_field(qtbot, store, mission_id):
    editor = editor_on_assessments(qtbot, store, mission_id)
    click(qtbot, editor.assessments_panel.new_button)
    dialog = editor.assessments_panel.dialog
    qtbot.keyClicks(dialog.group_edit, "G" * 201)
    click(qtbot, dialog.start_button)
    assert dialog.isVisible()
    assert dialog.group_error.isVisible() and "200 characters" in dialog.group_error.text()
    assert AssessmentService(store).list_for_mission(mission_id) == []
    assert open_windows() == {}


def test_a_new_mission_must_be_saved_first(qtbot, store):
    editor = MissionEditor(store)
    _opened.append(editor)
    editor.show()
    activate(qtbot, editor)
    editor.show_section(editor.ASSESSMENTS)
    panel = editor.assessments_panel
    assert panel.unsaved_label.isVisible()
    assert "Save the new mission first" in panel.unsaved_label.text()
    assert not panel.new_button.isVisible()
    editor.show_section(editor.FINDINGS)
    assert editor.findings_panel.unsaved_label.isVisible()
    assert not editor.action_export_report.isEnabled()

    type_text(qtbot, editor.field("code"), "JM-2030-WS-09")
    type_text(qtbot, editor.field("title"), "Workshop")
    editor.field("type_code").setCurrentIndex(editor.field("type_code").findData("workshop"))
    from .helpers import choose

    choose(qtbot, editor.field("country_iso2"), "Jamaica")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.mission_id is not None
    editor.show_section(editor.ASSESSMENTS)
    assert not panel.unsaved_label.isVisible() and panel.new_button.isEnabled()
    assert panel.mission_id == editor.mission_id
    assert editor.action_export_report.isEnabled()


def test_a_refused_template_is_a_plain_warning(qtbot, store, mission_id):
    folder = store.paths.root / "checklists"
    folder.mkdir()
    (folder / "broken-1.0.json").write_text(json.dumps({"format": 1, "id": "broken"}),
                                            encoding="utf-8")
    editor = editor_on_assessments(qtbot, store, mission_id)
    click(qtbot, editor.assessments_panel.new_button)
    dialog = editor.assessments_panel.dialog
    assert dialog.problems_label.isVisible()
    assert "broken-1.0.json" in dialog.problems_label.text()
    assert "could not be read" in dialog.problems_label.text()
    assert dialog.template_combo.count() == 2  # the good ones are still offered
    click(qtbot, dialog.start_button)
    assert len(AssessmentService(store).list_for_mission(mission_id)) == 1


def test_rename_then_a_bad_rename_stores_nothing(qtbot, store, mission_id):
    service = AssessmentService(store)
    started = service.start(mission_id, "geoat", group_name="Group A")
    editor = editor_on_assessments(qtbot, store, mission_id)
    panel = editor.assessments_panel
    assert panel.current_id() == started.id
    click(qtbot, panel.rename_button)
    dialog = panel.dialog
    replace_text(qtbot, dialog.title_edit, "GEOAT — Port Louis")
    replace_text(qtbot, dialog.group_edit, "Operations")
    click(qtbot, dialog.save_button)
    stored = service.get(started.id)
    assert (stored.title, stored.group_name) == ("GEOAT — Port Louis", "Operations")
    assert panel.model.row_at(0).title == "GEOAT — Port Louis"

    click(qtbot, panel.rename_button)
    dialog = panel.dialog
    replace_text(qtbot, dialog.title_edit, "")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "A title is required." in dialog.title_error.text()
    assert service.get(started.id).title == "GEOAT — Port Louis"


def test_trash_and_restore(qtbot, store, mission_id):
    service = AssessmentService(store)
    first = service.start(mission_id, "geoat", group_name="A")
    second = service.start(mission_id, "integrity", group_name="B")
    editor = editor_on_assessments(qtbot, store, mission_id)
    panel = editor.assessments_panel
    panel.select(second.id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [a.id for a in service.list_for_mission(mission_id)] == [first.id]
    assert [a.id for a in service.list_for_mission(mission_id, trash=True)] == [second.id]
    click(qtbot, panel.show_trash_button)
    assert panel.trash_label.isVisible() and panel.model.rowCount() == 1
    assert not panel.new_button.isEnabled()
    click(qtbot, panel.restore_button)
    assert len(service.list_for_mission(mission_id)) == 2
    click(qtbot, panel.show_trash_button)
    assert panel.model.rowCount() == 2


def test_a_validated_assessment_says_why_it_cannot_go_to_the_trash(qtbot, demo_store):
    mission = MissionService(demo_store).get_by_code("JM-2019-INTD-01")
    editor = editor_on_assessments(qtbot, demo_store, mission.id)
    panel = editor.assessments_panel
    [row] = panel.model.rows()
    assert row.status == "validated" and panel.model.data(
        panel.model.index(0, 5)).endswith("%")
    assert "Validated by" in panel.details_label.text()
    click(qtbot, panel.trash_button)
    assert "Reopen it" in panel.error_label.text()
    assert len(AssessmentService(demo_store).list_for_mission(mission.id)) == 1


def test_the_main_window_opens_a_mission_on_its_assessments(qtbot, demo_store):
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_MISSIONS)
    mission = MissionService(demo_store).get_by_code("MU-2019-GEOAT-01")
    assert window.select_mission(mission.id)
    assert window.action_assessments.isEnabled()
    assert window.action_assessments in window.menu_mission.actions()
    activate(qtbot, window)
    qtbot.keyClick(window.mission_table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [editor] = window.editors()
    _opened.append(editor)
    assert editor.mission_id == mission.id
    assert editor.sections.currentIndex() == editor.ASSESSMENTS
    assert editor.assessments_panel.model.rowCount() == 1


def test_record_model_passes_the_model_tester(qtmodeltester, demo_store):
    mission = MissionService(demo_store).get_by_code("JM-2019-INTD-01")
    model = RecordTableModel([RecordColumn("Title", lambda a: a.title),
                              RecordColumn("Done", lambda a: str(a.done), sort=lambda a: a.done,
                                           color=lambda a: "#1b6e3a", align_right=True)])
    model.set_rows(AssessmentService(demo_store).list_for_mission(mission.id))
    qtmodeltester.check(model)
