"""A checklist added from an XLSForm in the New assessment dialog (the file dialog answered
like a person, a refused workbook explained with its sheet, row and column), its provenance
shown in the dialog and the filling screen, and the XLSForm checklist filled like a shipped
one: skip logic, required answers, a rating scale, the French texts."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.evidence import EvidenceService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.templates import TemplateService
from mercator_desktop.ui.assessment_window import AssessmentServices, AssessmentWindow
from mercator_desktop.ui.mission_assessments import open_windows
from mercator_desktop.ui.mission_editor import MissionEditor
from tests.checklists.xlsforms import form, write_xlsform

from .helpers import activate, answering, pick_file, settle

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


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_a_checklist_from_xlsform_in_the_new_assessment_dialog(qtbot, store, mission_id,
                                                                   tmp_path):
    editor = MissionEditor(store, mission_id=mission_id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    editor.show_section(editor.ASSESSMENTS)
    panel = editor.assessments_panel
    click(qtbot, panel.new_button)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    # the provenance of the shipped instrument is shown, not hidden in the report
    # the instrument that fits an integrity assessment is offered first
    assert dialog.template_combo.currentData() == "integrity"
    assert dialog.provenance_label.text().startswith("Draft wording, not official\nSource: "
                                                     "Questions written by the Mercator")

    # a refused workbook: a box names each place; nothing is installed
    sheets = form()
    sheets["survey"][3]["relevant"] = "${unit.exists} = 'yes' and today() > 1"
    bad = write_xlsform(tmp_path / "bad.xlsx", sheets)
    seen: list[str] = []

    def answer_the_box(box: QMessageBox) -> None:
        assert isinstance(box, QMessageBox), box
        seen.append(box.text() + "\n" + box.informativeText())
        box.button(QMessageBox.StandardButton.Close).click()

    with answering(qtbot, pick_file(bad), answer_the_box):
        click(qtbot, dialog.add_xlsform_button)
    assert "bad.xlsx cannot be used as a checklist; nothing was added." in seen[0]
    assert "• survey sheet, row 5, column 'relevant': at character 28" in seen[0]
    assert "unit_check" not in {i.id for i in TemplateService(store).templates()}
    offered = [dialog.template_combo.itemData(i) for i in range(dialog.template_combo.count())]
    assert offered == ["geoat", "integrity"]

    # a good one is installed, offered and selected, with its provenance
    with answering(qtbot, pick_file(write_xlsform(tmp_path / "unit check.xlsx", form()))):
        click(qtbot, dialog.add_xlsform_button)
    settle()
    assert dialog.template_combo.currentData() == "unit_check"
    assert dialog.template_hint.text() == "9 questions · version 2024.1 · added"
    assert dialog.provenance_label.text() == (
        "Official wording\nSource: WCO Integrity Sub-Committee, 2024\n"
        "Licence: WCO, all rights reserved")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    click(qtbot, dialog.start_button)
    [summary] = AssessmentService(store).list_for_mission(mission_id)
    stored = AssessmentService(store).get(summary.id)
    assert (stored.template_id, stored.template_version, stored.language) == (
        "unit_check", "2024.1", "fr")
    window = open_windows()[summary.id]
    assert window.provenance_label.text() == (
        "Official wording · Source: Sous-comité de l'intégrité de l'OMD, 2024")
    window.grab().save(str(tmp_path / "window.png"))


@pytest.fixture
def xlsform_window(qtbot, store, mission_id, tmp_path):  # type: ignore[no-untyped-def]
    TemplateService(store).import_xlsform(write_xlsform(tmp_path / "form.xlsx", form()))
    service = AssessmentService(store)
    started = service.start(mission_id, "unit_check", language="fr")
    window = AssessmentWindow(AssessmentServices(service, EvidenceService(store, service)),
                              started.id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window, service, started.id
    window.close()


def press(key, text: str = "") -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key) if not text else QTest.keyClicks(widget, text)


def test_an_xlsform_checklist_fills_like_a_shipped_one(qtbot, xlsform_window):
    window, service, aid = xlsform_window
    cards = window.cards
    # the French texts, required marked
    assert cards["unit.exists"].text_label.text() == "Is there an integrity unit? (fr) *"
    # skip logic: the follow-ups wait for their trigger
    assert cards["unit.staff"].isHidden() and cards["unit.budget"].isHidden()
    assert window.current_question == "unit.exists"
    press(Qt.Key.Key_Y)
    assert not cards["unit.staff"].isHidden()
    press(Qt.Key.Key_Down)
    assert window.current_question == "unit.staff"
    press(Qt.Key.Key_Return)
    press(None, "600")  # the constraint . <= 500
    press(Qt.Key.Key_Return)
    assert cards["unit.staff"].error_label.text() == "at most 500"
    press(Qt.Key.Key_Escape)
    window.focus_question("unit.staff")
    press(Qt.Key.Key_Return)
    QApplication.focusWidget().selectAll()  # type: ignore[union-attr]
    press(None, "25")
    press(Qt.Key.Key_Return)
    assert not cards["unit.budget"].isHidden()  # 25 > 10
    # a scale from a numeric list: number keys rate, the follow-up needs 2 or more
    window.focus_question("unit.work.plan")
    assert cards["unit.work.review"].isHidden()
    press(Qt.Key.Key_1)
    assert cards["unit.work.review"].isHidden()
    press(Qt.Key.Key_3)
    assert not cards["unit.work.review"].isHidden()
    assert service.answers(aid)["unit.work.plan"].value == 3
    # required: the review is missing, so the checklist cannot be completed
    with answering(qtbot, "Close") as boxes:
        window.complete()
    assert service.get(aid).status == "draft"
    assert boxes.shown[0].title == "Not completed yet"
    assert "required answers are missing" in boxes.shown[0].text
    activate(qtbot, window)  # back from the box (the headless platform does not do it)
    model = window.missing_model
    missing = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert len(missing) == 1 and "Is the plan reviewed? (fr)" in missing[0]
    window._on_missing_table_double_clicked(window.missing_proxy.index(0, 1))  # go there
    assert window.current_question == "unit.work.review"
    press(Qt.Key.Key_Minus)  # N/A, from the list's n/a choice
    window.complete()
    assert service.get(aid).status == "completed"
    stored = {q: (a.value, a.not_applicable) for q, a in service.answers(aid).items()}
    assert stored == {"unit.exists": ("yes", False), "unit.staff": (25, False),
                      "unit.work.plan": (3, False), "unit.work.review": (None, True)}
