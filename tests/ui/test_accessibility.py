"""Screen readers: every input of every window and dialog has an accessible name — what
Qt's accessibility layer hands a screen reader (``QAccessibleInterface.text(Name)``: the
widget's accessible name, its text, or a label beside it that names it as its buddy).

One walk opens every window and dialog of the app on the demonstration data — the main
window's tabs, the mission editor's sections and its dialogs, the filling screen with its
summary and dialogs, the experts, the calendar, the sync dialogs, sign-in, the import
preview and the report dialogs — and lists every nameless input.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import operations
from mercator_desktop.ui.assessment_card import QuestionCard
from mercator_desktop.ui.assessment_window import open_assessment_window
from mercator_desktop.ui.report_actions import export_mission_report, export_progress_report

from .helpers import open_main_window, settle

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
          QAbstractItemView)


def buddy_text(widget: QWidget) -> str:
    """The text of a label beside ``widget`` (same parent) that names it as its buddy: what
    Qt's accessibility layer reports as the field's label."""
    parent = widget.parentWidget()
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly
                                     ) if parent is not None else []:
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    return ""


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says. A combo box's accessible "name" on Linux is its current
    value, which names nothing: it needs an accessible name or a label beside it."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QComboBox):
        return buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _part_of_another_input(widget: QWidget) -> bool:
    """Qt's own pieces of a compound input, named through it: a combo box's or spin box's
    line edit, a line edit's clear button, a tab bar's scroll arrows, a table's headers."""
    parent = widget.parentWidget()
    return (isinstance(widget, QHeaderView)
            or isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit | QTabBar)
            or widget.objectName().startswith("qt_"))


def nameless(window: QWidget) -> list[str]:
    """Where and what each input of ``window`` without an accessible name is."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not isinstance(widget, INPUTS):
            continue  # a popup (a combo box's list) is a window of its own
        if _part_of_another_input(widget) or accessible_name(widget):
            continue
        path, parent = [], widget.parentWidget()
        while parent is not None and parent is not window:
            if parent.objectName():
                path.append(parent.objectName())
            parent = parent.parentWidget()
        found.append(f"{window.objectName() or type(window).__name__}: "
                     f"{type(widget).__name__} {widget.objectName()!r} in "
                     f"{'/'.join(reversed(path))}")
    return found


class Walk:
    """Collects what each window visited lacks."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.visited: list[str] = []

    def check(self, window: QWidget) -> None:
        settle()
        window = window.window()
        self.visited.append(window.objectName() or type(window).__name__)
        self.problems.extend(p for p in nameless(window) if p not in self.problems)

    def dialog(self, dialog: Any) -> None:
        assert dialog is not None
        self.check(dialog)
        dialog.close()
        settle()


def _mission_with_assessment(store: Any) -> tuple[str, str]:
    service = AssessmentService(store)
    for mission in MissionService(store).list():
        found = service.list_for_mission(mission.id)
        if found:
            return mission.id, found[0].id
    raise AssertionError("the demonstration data has no assessment")


def test_every_input_of_every_window_and_dialog_has_an_accessible_name(  # type: ignore[no-untyped-def]
        qtbot, demo_store, tmp_path):
    walk = Walk()
    window = open_main_window(qtbot, demo_store)
    for tab in range(window.tabs.count()):
        window.show_tab(tab)
        walk.check(window)
    walk.dialog(window.expert_directory.new_expert())
    walk.dialog(window.sign_in())
    walk.dialog(window.show_conflicts())
    walk.dialog(window.show_archived())
    walk.dialog(export_progress_report(window, demo_store))
    walk.dialog(window.search_everything())
    window.help_actions["actionUserGuide"].trigger()
    walk.dialog(window.help_dialog)
    window.help_actions["actionShortcuts"].trigger()
    walk.dialog(window.help_dialog)
    walk.dialog(window.edit_letterhead())
    walk.dialog(window.show_backups())
    from mercator_desktop.ui.protection_dialogs import SetPassphraseDialog, UnlockDialog

    walk.dialog(SetPassphraseDialog(window))
    walk.dialog(UnlockDialog("", lambda _text: None, window))

    mission_id, assessment_id = _mission_with_assessment(demo_store)
    walk.dialog(export_mission_report(window, demo_store, mission_id))
    editor = window.open_mission(mission_id)
    assert editor is not None
    names = {name: accessible_name(editor.findChild(QWidget, name))
             for name in ("codeEdit", "typeCombo", "countryPicker", "locationEdit",
                          "objectivesEdit")}
    start = editor.findChild(QWidget, "startDate")
    assert (accessible_name(start.edit), accessible_name(start.button)) == (
        "Start date", "Start date: pick on a calendar")
    for index in range(editor.sections.count()):
        editor.sections.setCurrentIndex(index)
        walk.check(editor)
    findings = editor.findings_panel
    walk.dialog(findings.edit_finding(None))
    walk.dialog(findings.edit_recommendation(None))
    walk.dialog(findings.edit_action(None))
    walk.dialog(editor.assessments_panel.new_assessment())
    walk.dialog(editor.issued_panel.open_dialog())

    filling = open_assessment_window(demo_store, assessment_id, window)
    walk.check(filling)
    rated: list[QuestionCard] = []
    for section in filling.top_sections:  # every page of questions, until ratings show
        filling.show_section(section.id)
        walk.check(filling)
        rated = [c for c in filling.findChildren(QuestionCard)
                 if c.question.type == "scale" and c.question.scale is not None]
        if rated:
            break
    assert rated, "the demonstration assessment has rating questions"
    for card in rated:
        assert card.accessibleName().startswith(card.question.number + " ")
        assert card.accessibleName().endswith(card.text_label.text().rstrip(" *"))
        for point in card.question.scale.points:
            button = card.choice_buttons[point.value]
            assert accessible_name(button) == f"{point.value} — {point.label['en']}"
        assert accessible_name(card.note_edit) == f"Note on question {card.question.number}"
    filling.action_summary.trigger()
    walk.check(filling)
    filling.action_compare.trigger()
    walk.dialog(filling.comparison_dialog)
    filling.show_section(filling.top_sections[0].id)
    filling.action_history.trigger()
    walk.dialog(QApplication.activeModalWidget() or _last_dialog(filling))
    filling.action_evidence.trigger()
    walk.dialog(QApplication.activeModalWidget() or _last_dialog(filling))
    filling.close()

    csv = tmp_path / "missions.csv"
    csv.write_text("code,title,type,status,country,start_date,end_date\n"
                   "JM-2030-WS-01,Risk workshop,workshop,requested,JM,2030-01-13,2030-01-17\n",
                   encoding="utf-8")
    window.import_file(csv)
    settle()
    walk.dialog(window.import_preview)
    operations.wait_for_all()
    assert not walk.problems, "\n".join(walk.problems)
    assert names == {"codeEdit": "Code", "typeCombo": "Type", "countryPicker": "Country",
                     "locationEdit": "Location", "objectivesEdit": "Objectives"}


def _last_dialog(window: QWidget) -> QWidget:
    from PySide6.QtWidgets import QDialog

    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert dialogs, "no dialog is open"
    return dialogs[-1]


def test_the_calendar_lists_its_bookings_for_a_screen_reader(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from mercator_desktop.services.dto import ExpertInput, MissionInput, TeamAssignment
    from mercator_desktop.services.experts import ExpertService
    from mercator_desktop.ui.team_calendar import TeamCalendar

    from .helpers import activate

    amara = ExpertService(store).create(ExpertInput(name="Amara Diallo"))
    missions = MissionService(store)
    for code, start, end in (("JM-2025-A", date(2025, 3, 3), date(2025, 3, 7)),
                             ("BS-2025-B", date(2025, 3, 6), date(2025, 3, 10)),
                             ("KE-2025-C", date(2025, 3, 20), date(2025, 3, 21))):
        missions.create(MissionInput(code=code, title=f"Mission {code}", type_code="workshop",
                                     status_code="planned", country_iso2="JM",
                                     start_date=start, end_date=end,
                                     team=[TeamAssignment(amara.id, "lead")]),
                        allow_conflicts=True)
    calendar = TeamCalendar(store, today=date(2025, 3, 12))
    qtbot.addWidget(calendar)
    calendar.resize(1000, 500)
    calendar.show()
    qtbot.waitExposed(calendar)
    calendar.show_period(date(2025, 3, 1), TeamCalendar.MONTH)
    activate(qtbot, calendar)
    calendar.canvas.setFocus()
    assert not calendar.booking_table.isVisible()
    qtbot.keyClick(calendar.canvas, Qt.Key.Key_L)  # the list instead of the chart
    table = calendar.booking_table
    assert table.isVisible() and not calendar.scroll_area.isVisible() and table.hasFocus()
    assert accessible_name(table) == "Bookings of the period"
    model = table.model()
    lines = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert sorted(lines) == [
        ["Amara Diallo", "BS-2025-B", "Mission BS-2025-B", "Planned", "2025-03-06",
         "2025-03-10", "double-booked"],
        ["Amara Diallo", "JM-2025-A", "Mission JM-2025-A", "Planned", "2025-03-03",
         "2025-03-07", "double-booked"],
        ["Amara Diallo", "KE-2025-C", "Mission KE-2025-C", "Planned", "2025-03-20",
         "2025-03-21", ""]]
    row = next(r for r in range(model.rowCount()) if lines[r][1] == "KE-2025-C")
    lines_ids = [calendar.booking_model.row_at(r).booking.mission_id
                 for r in range(model.rowCount())]
    assert lines_ids[row] == next(m.id for m in missions.list() if m.code == "KE-2025-C")
    table.setCurrentIndex(model.index(row, 0))
    with qtbot.waitSignal(calendar.mission_open_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [lines_ids[row]]
    qtbot.keyClick(table, Qt.Key.Key_PageDown)  # the period moves, the list follows
    assert model.rowCount() == 0
