"""Baseline against follow-up in the filling screen: Ctrl+B opens the comparison of the open
assessment with the administration's earlier one; the table and chart show both scores and the
change; an assessment with nothing to compare says how to get a comparison."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui.helpers import watch_modals

from mercator_desktop.services.dto import MissionInput
from mercator_desktop.ui.assessment_comparison import ComparisonDialog
from mercator_desktop.ui.assessment_window import AssessmentServices, AssessmentWindow

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


@pytest.fixture(autouse=True)
def _watch_modals():  # type: ignore[no-untyped-def]
    yield from watch_modals()


def _start(missions, assessments, code: str, start: date):  # type: ignore[no-untyped-def]
    mission = missions.create(MissionInput(
        code=code, title="GEOAT", type_code="geoat_assessment", status_code="planned",
        country_iso2="JM", start_date=start, end_date=start))
    return assessments.start(mission.id, "small")


def _open(qtbot, assessments, evidence, assessment_id: str) -> AssessmentWindow:  # type: ignore[no-untyped-def]
    window = AssessmentWindow(AssessmentServices(assessments, evidence), assessment_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _dialog() -> ComparisonDialog:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, ComparisonDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_ctrl_b_compares_the_follow_up_with_its_baseline(  # type: ignore[no-untyped-def]
        qtbot, missions, assessments, evidence, tmp_path: Path) -> None:
    base = _start(missions, assessments, "JM-2022-GEO-01", date(2022, 4, 4))
    for question, value in (("a.1", 1), ("a.2", 1), ("b.x.1", 2)):
        assessments.set_answer(base.id, question, value)
    follow = _start(missions, assessments, "JM-2025-GEO-01", date(2025, 4, 7))
    window = _open(qtbot, assessments, evidence, follow.id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.cards["a.1"])
    for key in (Qt.Key.Key_5, Qt.Key.Key_Down, Qt.Key.Key_5):  # a.1 = 5, a.2 = 5
        QTest.keyClick(QApplication.focusWidget(), key)
    assert assessments.answer(follow.id, "a.2").value == 5

    QTest.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog()
    assert dialog.other_combo.currentText().startswith("JM-2022-GEO-01 (2022)")
    model = dialog.model
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert cells[0][0] == "Overall"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Baseline 2022"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Follow-up 2025"
    section_a = next(row for row in cells if row[0].endswith("Section A"))
    assert section_a[1:] == ["20 %", "100 %", "+80"]  # (1 + 2) / 15 → 15 / 15
    section_b = next(row for row in cells if row[0].endswith("Section B"))
    assert section_b[1:] == ["40 %", "–", "–"]  # nothing scored yet in the follow-up
    assert [label for label, _, _ in dialog.chart.rows] == ["A Section A", "B Section B"]
    dialog.resize(1000, 600)
    assert dialog.grab().save(str(tmp_path / "comparison.png"))
    dialog.close()


def test_nothing_to_compare_says_how_to_get_a_comparison(  # type: ignore[no-untyped-def]
        qtbot, missions, assessments, evidence) -> None:
    only = _start(missions, assessments, "JM-2024-GEO-01", date(2024, 4, 1))
    window = _open(qtbot, assessments, evidence, only.id)
    window.action_compare.trigger()
    dialog = _dialog()
    assert not dialog.other_combo.isEnabled()
    assert "start the same checklist on the new mission" in dialog.explanation.text()
    assert dialog.model.rowCount() == 0 and dialog.chart.isHidden()
    dialog.close()
