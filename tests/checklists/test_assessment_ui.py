"""The filling screen, driven like a person: keys to rate, move and find; the stored answers
are then read back through the service. Every model passes the model tester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from ui.helpers import answering, watch_modals

from mercator_desktop.ui.assessment_window import (
    AssessmentServices,
    AssessmentWindow,
    open_assessment_window,
)

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


@pytest.fixture(autouse=True)
def _watch_modals():  # type: ignore[no-untyped-def]
    """A box no ``answering`` block expects fails the test instead of hanging it."""
    yield from watch_modals()


@pytest.fixture
def window(qtbot, assessments, evidence, started):  # type: ignore[no-untyped-def]
    w = AssessmentWindow(AssessmentServices(assessments, evidence), started.id)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    return w


def press(key, text: str = "") -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key) if not text else QTest.keyClicks(widget, text)


def test_fill_a_section_with_the_keyboard(window, assessments, started, qtbot):
    aid = started.id
    assert window.current_question == "a.1"  # resumes at the first open question
    press(Qt.Key.Key_4)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Minus)  # N/A
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Y)  # yes: shows the follow-up "since when?"
    assert not window.cards["a.since"].isHidden()
    press(Qt.Key.Key_Down)
    assert window.current_question == "a.since"
    press(Qt.Key.Key_Return)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    press(None, "2024-03-21")
    press(Qt.Key.Key_Return)  # saved, back on the card
    assert QApplication.focusWidget() is window.cards["a.since"]
    for _ in range(3):
        press(Qt.Key.Key_Up)
    assert window.current_question == "a.1"
    press(Qt.Key.Key_Return)
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    press(None, "Signed policy seen")
    press(Qt.Key.Key_Escape)  # leaving the note saves it
    press(Qt.Key.Key_PageDown)
    assert window.current_question == "b.x.1"
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    press(None, "12")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_2)  # second choice
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_1)  # toggles the first tag
    press(Qt.Key.Key_2)

    stored = {q: (a.value, a.not_applicable, a.note)
              for q, a in assessments.answers(aid).items()}
    assert stored == {
        "a.1": (4, False, "Signed policy seen"), "a.2": (None, True, ""),
        "a.has": ("yes", False, ""), "a.since": ("2024-03-21", False, ""),
        "b.x.1": (2, False, ""), "b.x.count": (12, False, ""), "b.x.kind": ("two", False, ""),
        "b.x.tags": (["red", "blue"], False, ""),
    }
    assert window.saved_label.text().startswith("Saved")
    # the tree shows progress per section
    model = window.section_model
    assert model.index_of("a", 1).data() == "4 / 4"
    assert model.index_of("b", 1).data() == "4 / 5"


def test_a_rating_repaints_the_progress_of_its_own_section_only(window, assessments, started):
    model = window.section_model
    changed: list[str | None] = []
    model.dataChanged.connect(lambda first, _last: changed.append(model.section_id(first)))
    assert model.index_of("a", 1).data() == "0 / 3"
    press(Qt.Key.Key_3)  # a.1
    assert assessments.answer(started.id, "a.1").value == 3
    assert model.index_of("a", 1).data() == "1 / 3"
    assert changed == ["a"]  # section b's row was not touched
    press(Qt.Key.Key_3)  # the same rating again: nothing changes, nothing announced
    assert changed == ["a"]


def test_a_rating_key_twice_keeps_it_and_delete_clears(window, assessments, started):
    press(Qt.Key.Key_3)
    press(Qt.Key.Key_3)
    assert assessments.answer(started.id, "a.1").value == 3
    press(Qt.Key.Key_Delete)
    assert assessments.answer(started.id, "a.1").value is None
    press(Qt.Key.Key_9)  # not on the scale: nothing happens
    assert assessments.answer(started.id, "a.1").value is None


def test_a_bad_number_shows_an_error_on_the_card_and_stores_nothing(window, assessments,
                                                                    started):
    window.focus_question("b.x.count")
    press(Qt.Key.Key_Return)
    press(None, "-3")
    press(Qt.Key.Key_Return)
    card = window.cards["b.x.count"]
    assert card.error_label.text() == "at least 0" and not card.error_label.isHidden()
    assert "b.x.count" not in assessments.answers(started.id)


def test_ctrl_f_finds_a_question_in_another_section(window, qtbot):
    QTest.keyClick(window.cards["a.1"], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.find_edit
    QTest.keyClicks(window.find_edit, "which")
    assert window.find_status.text() == "2 found"
    QTest.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert window.current_question == "b.x.kind" and window.current_top == "b"
    QTest.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert window.current_question == "b.x.tags"
    QTest.keyClick(window.find_edit, Qt.Key.Key_Escape)
    assert window.find_bar.isHidden()
    assert QApplication.focusWidget() is window.cards["b.x.tags"]


def test_it_resumes_where_the_expert_left_off(qtbot, assessments, evidence, started):
    assessments.set_answer(started.id, "b.x.count", 3)
    w = open_assessment_window(AssessmentServices(assessments, evidence), started.id)
    qtbot.addWidget(w)
    assert w.current_question == "b.x.count" and w.current_top == "b"
    w.close()


def test_summary_lists_missing_answers_and_jumps_to_one(qtbot, window, assessments, started):
    assessments.set_answer(started.id, "a.1", 5)
    with answering(qtbot, "Close") as boxes:
        window.complete()  # two required answers are missing
    assert assessments.get(started.id).status == "draft"
    assert window.stack.currentIndex() == window.PAGE_SUMMARY
    assert "required answers are missing" in boxes.shown[0].text
    model = window.missing_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["A.2", "A.3",
                                                                          "B.1.1"]
    assert window.overall_label.text().startswith("Overall: 100 %")
    window._on_missing_table_double_clicked(window.missing_proxy.index(2, 1))
    assert window.stack.currentIndex() == window.PAGE_FILL
    assert window.current_question == "b.x.1"


def test_complete_validate_lock_and_reopen_through_the_window(window, assessments, started,
                                                              qtbot):
    for qid, value in (("a.1", 4), ("a.2", 3), ("a.has", "no"), ("b.x.1", 2)):
        assessments.set_answer(started.id, qid, value)
    window._reload()
    window.complete()
    assert assessments.get(started.id).status == "completed"
    assert window.action_validate.isEnabled()
    window.action_validate.trigger()
    dialog = window.validate_dialog
    dialog.edit.clear()
    dialog._on_buttons_accepted()  # empty name: error shown, nothing stored
    assert dialog.error_label.text() == "the validator's name is needed"
    assert assessments.get(started.id).status == "completed"
    QTest.keyClicks(dialog.edit, "Ana Perez")
    dialog._on_buttons_accepted()
    assert assessments.get(started.id).status == "validated"
    assert window.banner.text().startswith("Validated by Ana Perez")
    window.focus_question("a.1")
    press(Qt.Key.Key_1)  # locked: nothing changes
    assert assessments.answer(started.id, "a.1").value == 4
    assert not window.cards["a.1"].choice_buttons[1].isEnabled()

    window.action_reopen.trigger()
    dialog = window.reopen_dialog
    dialog._on_buttons_accepted()
    assert dialog.error_label.text() == "say why the assessment is reopened"
    QTest.keyClicks(dialog.edit, "New evidence from HR")
    dialog._on_buttons_accepted()
    assert assessments.get(started.id).status == "draft"
    assert assessments.events(started.id)[-1].reason == "New evidence from HR"
    window.focus_question("a.1")
    press(Qt.Key.Key_1)
    assert assessments.answer(started.id, "a.1").value == 1


def test_evidence_and_history_dialogs(window, evidence, assessments, started, tmp_path):
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_3)
    window._open_evidence("a.1")
    dialog = window.evidence_dialog
    QTest.keyClicks(dialog.note_edit, "Interview with HR")
    dialog.add_note_button.click()
    source = tmp_path / "policy.pdf"
    source.write_bytes(b"%PDF")
    dialog.add_file(str(source))
    dialog.add_file(str(source))
    assert dialog.error_label.text() == "This file is already attached."
    assert dialog.model.rowCount() == 2
    dialog.close()
    assert window.cards["a.1"].evidence_button.text() == "Evidence (2)…"
    window._open_history("a.1")
    history = window.history_dialog.model
    assert [history.index(r, 4).data() for r in range(history.rowCount())] == [
        "2 – Level 2", "3 – Level 3"]
    window.history_dialog.close()


def test_every_model_passes_the_model_tester(qtmodeltester, window, assessments, evidence,
                                            started):
    from mercator_desktop.ui.assessment_dialogs import AssessmentHistoryDialog
    from mercator_desktop.ui.assessment_models import AssessmentSectionModel

    assessments.set_answer(started.id, "a.1", 2)
    evidence.add_note(started.id, "a.1", "note")
    window._reload()
    window.show_summary()
    for model in (window.section_model, window.score_model, window.score_proxy,
                  window.missing_model, window.missing_proxy):
        qtmodeltester.check(model)
    assert window.section_model.rowCount(window.section_model.index_of("b")) == 1
    assert window.section_model.parent(QModelIndex()) == QModelIndex()
    qtmodeltester.check(AssessmentSectionModel())
    window._open_evidence("a.1")
    qtmodeltester.check(window.evidence_dialog.model)
    window.evidence_dialog.close()
    dialog = AssessmentHistoryDialog(assessments, started.id, "a.1", "A.1",
                                     window.describe_change, window)
    qtmodeltester.check(dialog.model)
    dialog.close()


def test_renders_offscreen(window, assessments, started, tmp_path: Path):
    assessments.set_answer(started.id, "a.1", 2)
    window._reload()
    assert window.grab().save(str(tmp_path / "fill.png"))
    window.show_summary()
    assert window.grab().save(str(tmp_path / "summary.png"))


def test_section_pages_are_kept_and_built_ahead(window, assessments, started, qtbot):
    """Moving between sections switches kept pages; the next one is built while the
    expert works; a reload (here: validation) builds them anew, locked."""
    first_card = window.cards["a.1"]
    qtbot.waitUntil(lambda: "b" in window._pages, timeout=3000)  # built ahead
    assert window.current_top == "a"
    built_b = window._pages["b"]
    press(Qt.Key.Key_PageDown)
    assert window.current_top == "b" and window.page_stack.currentWidget() is built_b
    press(Qt.Key.Key_PageUp)
    assert window.cards["a.1"] is first_card  # the same card, not a new one
    # An answer given on a kept page is stored and shown there.
    press(Qt.Key.Key_4)
    assert assessments.answer(started.id, "a.1").value == 4
    press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_PageUp)
    assert window.cards["a.1"].choice_buttons[4].isChecked()

    for qid, value in (("a.2", 3), ("a.has", "no"), ("b.x.1", 2)):
        assessments.set_answer(started.id, qid, value)
    window._reload()
    window.complete()
    assessments.validate(started.id, "Ana Perez")
    window.reload()
    assert window.cards["a.1"] is not first_card
    assert not window.cards["a.1"].choice_buttons[1].isEnabled()
    press(Qt.Key.Key_PageDown)
    assert not window.cards["b.x.1"].choice_buttons[1].isEnabled()


def test_answers_changed_elsewhere_show_on_the_open_window(window, library, started, store,
                                                            qtbot):
    """Another window (here: a second store on the same folder, as another program) changes
    answers; the open window shows them and keeps the note being typed on the current
    question."""
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.store import open_store
    from mercator_desktop.ui.change_poll import ChangePoll

    ChangePoll(store, window)
    assert window.current_question == "a.1"
    press(Qt.Key.Key_Return)
    note = QApplication.focusWidget()
    assert isinstance(note, QPlainTextEdit)
    press(None, "Half-typed remark")

    other = open_store(store.paths.root, user="colleague")
    try:
        elsewhere = AssessmentService(other, library)
        elsewhere.set_answer(started.id, "a.2", 3)
        elsewhere.set_note(started.id, "a.2", "Seen by a colleague")
    finally:
        other.close()

    card = window.cards["a.2"]
    qtbot.waitUntil(lambda: card.note_edit.toPlainText() == "Seen by a colleague",
                    timeout=10_000)
    assert card.answer.value == 3
    assert card.choice_buttons[3].isChecked()
    assert window.current_question == "a.1"
    assert QApplication.focusWidget() is note
    assert note.toPlainText() == "Half-typed remark"


# --- keyboard (issue: digits on a number, Evidence/History by Tab, the help line) ----------


def test_a_digit_on_a_number_question_starts_typing_it(window, assessments, started, qtbot):
    window.focus_question("b.x.count")
    card = window.cards["b.x.count"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is card)
    press(Qt.Key.Key_7, "7")  # on the card itself, not in its field
    assert QApplication.focusWidget() is card.editor and card.editor.text() == "7"
    press(None, "2")
    press(Qt.Key.Key_Return)  # stored, back on the card
    assert assessments.answer(started.id, "b.x.count").value == 72
    assert QApplication.focusWidget() is card


def test_evidence_and_history_are_reached_by_tab_and_show_their_keys(window, qtbot):
    card = window.cards[window.current_question]
    assert "Ctrl+E" in card.evidence_button.toolTip()
    assert "Ctrl+H" in card.history_button.toolTip()
    assert "Ctrl+E" in window.action_evidence.toolTip()
    assert "Ctrl+H" in window.action_history.toolTip()
    card.note_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is card.note_edit)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.evidence_button
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.history_button
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(window, "history_dialog", None) is not None
                    and window.history_dialog.isVisible())
    window.history_dialog.close()
    card.evidence_button.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(window, "evidence_dialog", None) is not None
                    and window.evidence_dialog.isVisible())
    window.evidence_dialog.close()


def test_the_key_help_names_the_checklists_scale_and_stays_in_the_status_bar(window):
    help_text = window.key_help_label.text()
    assert help_text.startswith("Keys: 0–5 rate")  # this template's scale runs 0 to 5
    assert "0–9" not in help_text
    assert "Ctrl+E evidence" in help_text and "Ctrl+H history" in help_text
    window.statusBar().showMessage("something else")  # a menu's status tip, say
    window.statusBar().clearMessage()
    assert window.key_help_label.isVisible() or not window.isVisible()
