"""A 200-question assessment in the filling screen: its pages are built the cards of the
first frame first and the rest when the event loop is idle, yet every question can be
reached and answered the moment the window is open — by the find bar, by ↓, by Tab, by a
click — and what is stored is read back through the service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui.helpers import watch_modals

from mercator_desktop.ui.assessment_card import INDENT, QuestionCard
from mercator_desktop.ui.assessment_window import AssessmentServices, AssessmentWindow

from .conftest import T, small, write_template

pytestmark = pytest.mark.qt_log_level_fail("WARNING")

SECTIONS, PER_SECTION = 20, 10


def _large() -> dict[str, Any]:
    """20 sections of 10 rated questions; the first holds two key elements of 5."""
    def questions(prefix: str, count: int) -> list[dict[str, Any]]:
        return [{"id": f"{prefix}.{n}", "type": "scale", "scale": "five",
                 "text": T(f"Question {n} of {prefix}, long enough to wrap on a narrow "
                           "screen like the ones on the old laptops of the missions"),
                 "help": T("What to look for")} for n in range(1, count + 1)]

    sections: list[dict[str, Any]] = [{
        "id": "s0", "title": T("Section 0"), "label": "S0", "sections": [
            {"id": f"s0.k{k}", "title": T(f"Key element {k}"),
             "questions": questions(f"s0.k{k}", PER_SECTION // 2)} for k in (1, 2)]}]
    sections += [{"id": f"s{i}", "title": T(f"Section {i}"), "label": f"S{i}",
                  "questions": questions(f"s{i}", PER_SECTION)} for i in range(1, SECTIONS)]
    return small(id="large", sections=sections)


@pytest.fixture(autouse=True)
def _watch_modals():  # type: ignore[no-untyped-def]
    yield from watch_modals()


@pytest.fixture
def template_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    write_template(folder, small())
    write_template(folder, _large())
    return folder


@pytest.fixture
def large(assessments, mission_id):  # type: ignore[no-untyped-def]
    return assessments.start(mission_id, "large", title="Two hundred")


@pytest.fixture
def window(qtbot, assessments, evidence, large):  # type: ignore[no-untyped-def]
    """The window as the expert gets it: shown, one pass of the event loop, no waiting."""
    w = AssessmentWindow(AssessmentServices(assessments, evidence), large.id)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    QApplication.processEvents()
    return w


def _key(key: Qt.Key, text: str = "", modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    if text:
        QTest.keyClicks(widget, text)
    else:
        QTest.keyClick(widget, key, modifier)


def test_the_last_of_200_questions_is_found_and_rated_right_after_opening(
        window, assessments, large):
    template = window.template
    assert len(template.questions) == SECTIONS * PER_SECTION
    assert len(window.cards) < PER_SECTION  # the first page is not all built yet
    last = template.questions[-1]
    _key(Qt.Key.Key_F, modifier=Qt.KeyboardModifier.ControlModifier)
    _key(Qt.Key.Key_unknown, last.number)
    _key(Qt.Key.Key_Return)
    assert window.current_question == last.id
    _key(Qt.Key.Key_Escape)  # out of the find bar, onto the question
    assert QApplication.focusWidget() is window.cards[last.id]
    assert not window.cards[last.id].visibleRegion().isEmpty()  # scrolled to
    _key(Qt.Key.Key_3, "3")
    assert assessments.answer(large.id, last.id).value == 3
    assert window.cards[last.id].choice_buttons[3].isChecked()


def test_down_walks_every_question_of_the_first_page_and_a_click_rates_the_last(
        window, assessments, large):
    first_page = [q.id for q in window.template.sections[0].all_questions()]
    seen = [window.current_question]
    for _ in first_page[1:]:
        _key(Qt.Key.Key_Down)
        seen.append(window.current_question)
    assert seen == first_page
    card = window.cards[first_page[-1]]
    assert QApplication.focusWidget() is card
    assert not card.visibleRegion().isEmpty()  # scrolled to
    QTest.mouseClick(card.choice_buttons[5], Qt.MouseButton.LeftButton)
    assert assessments.answer(large.id, first_page[-1]).value == 5
    _key(Qt.Key.Key_Down)  # on to the next section's first question
    assert window.current_question == window.template.sections[1].questions[0].id


def test_tab_reaches_each_card_of_the_page_in_order(window):
    first_page = [q.id for q in window.template.sections[0].all_questions()]
    reached: list[str] = []
    for _ in range(4 * len(first_page) + 2):  # card, note, Evidence…, History… each
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, QuestionCard):
            widget = widget.parentWidget()
        if widget is not None and widget.question.id not in reached:
            reached.append(widget.question.id)
        _key(Qt.Key.Key_Tab)
    assert reached == first_page


def test_the_rest_is_built_when_idle_in_order_with_the_key_elements(window, qtbot):
    top = window.template.sections[0]
    qtbot.waitUntil(lambda: all(q.id in window.cards for q in window.template.questions),
                    timeout=20_000)
    container = window._pages[top.id].widget()
    layout = container.layout()
    shown = [layout.itemAt(i).widget() for i in range(layout.count())
             if layout.itemAt(i).widget() is not None]
    expected: list[Any] = []
    for section in top.sections:
        expected.append(window.headers[section.id])
        expected += [window.cards[q.id] for q in section.questions]
    assert shown == expected
    window.section_tree.setCurrentIndex(window.section_model.index_of("s0.k2"))
    assert window.current_question == "s0.k2.1"


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_the_painted_number_has_its_room_on_the_reading_side(qtbot, assessments, evidence,
                                                             large, direction):
    """Left to right the number is left of the question's words, right to left (Arabic)
    on their right; nothing else is drawn there."""
    app = QApplication.instance()
    before = app.layoutDirection()
    app.setLayoutDirection(direction)
    try:
        w = AssessmentWindow(AssessmentServices(assessments, evidence), large.id)
        qtbot.addWidget(w)
        w.resize(1366, 740)
        w.show()
        QApplication.processEvents()
        card = w.cards[w.template.questions[0].id]
        text = card.text_label.geometry()
        if direction == Qt.LayoutDirection.RightToLeft:
            room = QRect(text.right() + 1, text.top(), card.width() - 14 - text.right(),
                         text.height())
        else:
            room = QRect(14, text.top(), text.left() - 14, text.height())
        assert room.width() >= INDENT - 8
        image = card.grab().toImage()
        inks = {image.pixel(x, y) for x in range(room.left(), room.right())
                for y in range(room.top(), room.bottom())}
        assert len(inks) > 2  # the number's glyphs, not only the card's background
    finally:
        app.setLayoutDirection(before)
