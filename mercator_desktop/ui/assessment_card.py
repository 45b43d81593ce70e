"""One question as a card: number and text, help, the answer widget for its type, N/A, a
note, and buttons for evidence and history.

The card saves nothing itself: it emits what the person did (``answer_chosen``,
``na_chosen``, ``cleared``, ``note_edited``) and the window calls the service. Text typed in a
note, a text, number or date answer is sent after a short pause in typing and when the field
is left, so a crash loses at most the words being typed.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..checklists.model import YES_NO_PARTLY, Question, text_in
from ..services.assessments import AnswerView
from . import theme
from .panel_label import tint

TYPING_PAUSE_MS = 700
INDENT = 62  # the answer, help and note line up under the question text


def _indented(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(INDENT, 0, 0, 0)
    row.addWidget(widget, 1)
    return row

@dataclass(frozen=True)
class CardColours:
    """The cards' look, from the palette (light, dark or high contrast): the current card
    framed in the accent colour, help and captions in muted text, the chosen rating filled
    with the accent and its number in black or white, whichever reads. Texts are readable
    on a card and on the current card alike.

    Painted with these colours rather than by a style sheet: under a style sheet every
    widget of every card (a dozen each, hundreds on a page) was styled through Qt's style
    sheet engine, which took a third of the time to build and show a page of cards."""

    base: QColor
    border: QColor
    accent: QColor
    current_back: QColor
    number: QColor
    text: QColor
    help: QColor
    error: QColor
    chosen: QColor
    chosen_text: QColor
    locked: QColor
    locked_text: QColor
    heading: QColor


def card_colours(palette: QPalette) -> CardColours:
    base = palette.color(QPalette.ColorRole.Base)
    accent = theme.accent_color(palette, base)
    current_back = theme.mix(base, accent, 0.07)
    chosen = theme.readable(theme.ACCENT_HUE, base, 3.0)
    locked = theme.mix(chosen, base, 0.45)

    def both(color: QColor) -> QColor:  # readable on a card and on the current card
        return theme.readable(theme.readable(color, base), current_back)

    return CardColours(
        base=base, border=theme.border(palette), accent=accent, current_back=current_back,
        number=both(accent), text=both(palette.color(QPalette.ColorRole.Text)),
        help=both(theme.muted_text(palette, base)),
        error=both(theme.error_color(palette, base)), chosen=chosen,
        chosen_text=theme.on(chosen), locked=locked, locked_text=theme.on(locked),
        heading=theme.text(palette))


def least_card_height(question: Question, answer: AnswerView, lang: str,
                      metrics: QFontMetrics, width: int) -> int:
    """A lower bound of the height of ``question``'s card at most ``width`` pixels wide:
    its text and help on as few lines as they can take, the answer row, the caption when
    there is one, the note, the margins. Used to build the cards of a page that fill the
    first frame, and not more, before it is shown."""
    line = metrics.lineSpacing()
    room = max(1, width - INDENT - 28)

    def lines(text: str) -> int:
        return -(-metrics.horizontalAdvance(text) // room) if text else 0

    height = 20 + line * lines(text_in(question.text, lang) or " ")
    help_lines = lines(text_in(question.help, lang))
    height += help_lines * line + (6 if help_lines else 0)
    height += 6 + metrics.height() + 2 * ChoiceButton.PADDING_Y
    if answer.not_applicable or (question.scale is not None and answer.value is not None):
        height += 6 + line
    return height + 6 + 2 * line + 14


def _set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Show ``text`` without announcing a change (nothing done when it is already shown)."""
    if edit.toPlainText() != text:
        edit.blockSignals(True)
        edit.setPlainText(text)
        edit.blockSignals(False)


class ChoiceButton(QPushButton):
    """A rating, choice or N/A button: a rounded box, filled with the accent when chosen."""

    PADDING_X, PADDING_Y, MIN_TEXT = 8, 4, 34

    def __init__(self, text: str, colours: CardColours, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.colours = colours

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = max(self.MIN_TEXT, metrics.horizontalAdvance(self.text()))
        return QSize(width + 2 * self.PADDING_X + 2, metrics.height() + 2 * self.PADDING_Y + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        c = self.colours
        palette = self.palette()
        enabled = self.isEnabled()
        if self.isChecked():
            fill = c.chosen if enabled else c.locked
            ink = c.chosen_text if enabled else c.locked_text
            edge = fill
        else:
            group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
            fill = palette.color(QPalette.ColorRole.Button)
            ink = palette.color(group, QPalette.ColorRole.ButtonText)
            edge = c.border
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(ink)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())


class SectionHeading(QLabel):
    """A key element's heading between the cards: bold, underlined by a thin rule."""

    def __init__(self, text: str, colours: CardColours, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("keyElementHeader")
        self.setWordWrap(True)
        self.setContentsMargins(0, 6, 0, 2)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.set_colours(colours)

    def set_colours(self, colours: CardColours) -> None:
        self.colours = colours
        tint(self, colours.heading)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.colours.border)
        bottom = self.height() - 1
        painter.drawLine(0, bottom, self.width(), bottom)


# The card's parts below tell their card (their parent) when they get and lose the focus,
# and give Escape back to it, by overridden handlers rather than an event filter: a filter
# would see every event of every part of every card. They reach the card as their parent
# (no reference kept: a card and its parts would hold each other).


def _card_of(widget: QWidget) -> QuestionCard:
    card = widget.parentWidget()
    assert isinstance(card, QuestionCard)
    return card


class _CardPart:
    """Mixed in before a widget class: its card becomes current when it gets the focus, and
    Escape gives the focus back to the card."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        _card_of(self).activate()  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            _card_of(self).setFocus(Qt.FocusReason.ShortcutFocusReason)  # type: ignore[arg-type]
        else:
            super().keyPressEvent(event)  # type: ignore[misc]


class NoteEdit(_CardPart, QPlainTextEdit):
    """A card's note, or (``answer``) its text answer: stored when left."""

    def __init__(self, card: QuestionCard, answer: bool = False) -> None:
        super().__init__(card)
        self.answer = answer
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        card = _card_of(self)
        card.flush_text() if self.answer else card.flush_note()


class AnswerLine(_CardPart, QLineEdit):
    """A number or date answer: stored when left or on Enter, which (like Escape) gives the
    focus back to the card."""

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        _card_of(self).flush_text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            card = _card_of(self)
            card.flush_text()
            card.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            super().keyPressEvent(event)


class CardButton(_CardPart, QPushButton):
    """Evidence… or History…: reached by Tab after the note; the card becomes current."""

    def __init__(self, text: str, card: QuestionCard) -> None:
        super().__init__(text, card)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class QuestionText(QLabel):
    """The question's words, word-wrapped; selectable with the mouse once the mouse comes
    over them (a selectable label builds a text control of its own: not for every card)."""

    def enterEvent(self, event: QEnterEvent) -> None:
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(event)


class QuestionCard(QFrame):
    """Signals carry the question id first.

    Kept light, as a page holds dozens: the number is painted by the card, the help line is
    made only for a question that has help, the caption and the error line the first time
    they have something to say, the note's typing timer when something is typed."""

    answer_chosen = Signal(str, object)
    na_chosen = Signal(str)
    cleared = Signal(str)
    note_edited = Signal(str, str)
    activated = Signal(str)
    evidence_requested = Signal(str)
    history_requested = Signal(str)

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None,
                 colours: CardColours | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self.colours = colours or card_colours(self.palette())
        self.answer = AnswerView(question.id)
        self.setObjectName("questionCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.choice_buttons: dict[Any, QPushButton] = {}
        self._choice_keys: dict[QPushButton, Any] = {}
        self.editor: QLineEdit | QPlainTextEdit | QComboBox | None = None
        self.checkboxes: dict[str, QCheckBox] = {}
        self.help_label: QLabel | None = None
        self._caption: QLabel | None = None
        self._error: QLabel | None = None
        self._note_timer: QTimer | None = None
        self._text_timer: QTimer | None = None
        self._current = False
        self._locked = False
        self._key_handler: weakref.WeakMethod[Callable[[QKeyEvent], bool]] | None = None
        self._build()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        q = self.question
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)

        self.text_label = QuestionText(
            text_in(q.text, self.lang) + (" *" if q.required else ""), self)
        self.text_label.setObjectName("questionText")
        self.text_label.setWordWrap(True)
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.text_label.setFont(font)
        if q.required:
            self.text_label.setToolTip(self.tr("Required"))
        # A screen reader names the card, its answer and its note by the question.
        self.setAccessibleName(f"{q.number} {text_in(q.text, self.lang)}")
        help_text = text_in(q.help, self.lang)
        self.setAccessibleDescription(help_text)
        head = QHBoxLayout()  # mirrored right to left, as the number painted in its room
        head.addSpacing(INDENT - 8)
        head.addWidget(self.text_label, 1)
        layout.addLayout(head)

        if help_text:
            self.help_label = self._line("questionHelp", help_text, True)
            layout.addLayout(_indented(self.help_label))

        row = QHBoxLayout()
        row.setContentsMargins(INDENT, 2, 0, 0)
        row.setSpacing(6)
        self._build_answer(row)
        layout.addLayout(row)
        self._row_index = layout.count()  # the caption and the error line go after it

        bottom = QHBoxLayout()
        bottom.setContentsMargins(INDENT, 0, 0, 0)
        self.note_edit = NoteEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Note on question {number}").format(
            number=q.number))
        self.note_edit.setPlaceholderText(self.tr("Note: what you saw, who said it, which "
                                                  "document…"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.note_edit.textChanged.connect(self._on_note_typed)
        bottom.addWidget(self.note_edit, 1)
        side = QVBoxLayout()
        # Reached by Tab after the note (Space opens them); Ctrl+E and Ctrl+H from anywhere.
        self.evidence_button = CardButton(self.tr("Evidence…"), self)
        self.evidence_button.setObjectName("evidenceButton")
        self.evidence_button.setToolTip(self.tr(
            "Files and notes behind this answer (Ctrl+E)"))
        self.evidence_button.clicked.connect(
            lambda: self.evidence_requested.emit(self.question.id))
        self.history_button = CardButton(self.tr("History…"), self)
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolTip(self.tr(
            "Who changed this answer, when, and from what (Ctrl+H)"))
        self.history_button.clicked.connect(
            lambda: self.history_requested.emit(self.question.id))
        side.addWidget(self.evidence_button)
        side.addWidget(self.history_button)
        side.addStretch(1)
        bottom.addLayout(side)
        layout.addLayout(bottom)
        self.set_colours(self.colours)

    def _line(self, name: str, text: str, wrap: bool) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        return label

    @property
    def caption(self) -> QLabel:
        """The chosen rating's label and description (made when first needed)."""
        if self._caption is None:
            self._caption = self._line("pointCaption", "", True)
            self._caption.setVisible(False)
            tint(self._caption, self.colours.text)
            self._layout.insertLayout(self._row_index, _indented(self._caption))
        return self._caption

    @property
    def error_label(self) -> QLabel:
        """Why the last answer was not stored (made when first needed)."""
        if self._error is None:
            self._error = self._line("cardError", "", False)
            self._error.setVisible(False)
            tint(self._error, self.colours.error)
            index = self._row_index + (1 if self._caption is not None else 0)
            self._layout.insertLayout(index, _indented(self._error))
        return self._error

    def set_colours(self, colours: CardColours) -> None:
        """Take up the colours of a (new) palette."""
        self.colours = colours
        for label, color in ((self.text_label, colours.text), (self.help_label, colours.help),
                             (self._caption, colours.text), (self._error, colours.error)):
            if label is not None:
                tint(label, color)
        for button in self.choice_buttons.values():
            if isinstance(button, ChoiceButton):
                button.colours = colours
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        current = self._current
        width = 2 if current else 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colours.accent if current else self.colours.border, width))
        painter.setBrush(self.colours.current_back if current else self.colours.base)
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                6, 6)
        # The number, bold, in the indent before the question's first line (mirrored
        # right to left).
        margins = self._layout.contentsMargins()
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.colours.number)
        box = QRect(margins.left(), self.text_label.y(), INDENT - 8,
                    self.text_label.fontMetrics().lineSpacing())
        painter.drawText(QStyle.visualRect(self.layoutDirection(), self.rect(), box),
                         int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
                         self.question.number)

    def _choice(self, row: QHBoxLayout, key: Any, text: str, tip: str,
                name: str = "") -> QPushButton:
        button = ChoiceButton(text, self.colours, self)
        if name:
            button.setAccessibleName(name)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(tip)
        self.choice_buttons[key] = button
        self._choice_keys[button] = key
        row.addWidget(button)
        return button

    def _on_choice_clicked(self) -> None:
        key = self._choice_keys.get(self.sender())  # type: ignore[call-overload]
        if key == "__na__":
            self._on_na()
        elif key is not None:
            self._on_choice(key)

    def _build_answer(self, row: QHBoxLayout) -> None:
        q = self.question
        if q.type == "scale" and q.scale is not None:
            for point in q.scale.points:
                label = text_in(point.label, self.lang)
                b = self._choice(row, point.value, str(point.value),
                                 f"{point.value} – {label}", f"{point.value} — {label}")
                b.setAccessibleDescription(text_in(point.description, self.lang))
        elif q.type == "yes_no_partly":
            names = {"yes": self.tr("Yes"), "partly": self.tr("Partly"), "no": self.tr("No")}
            for i, value in enumerate(YES_NO_PARTLY, start=1):
                b = self._choice(row, value, f"{names[value]}",
                                 self.tr("Key {n} or {letter}").format(
                                     n=i, letter=names[value][0]))
        elif q.type == "single_choice" and len(q.options) <= 6:
            for i, option in enumerate(q.options, start=1):
                self._choice(row, option.value, text_in(option.label, self.lang),
                             self.tr("Key {n}").format(n=i))
        elif q.type == "single_choice":
            combo = QComboBox(self)
            combo.addItem(self.tr("(no answer)"), None)
            for option in q.options:
                combo.addItem(text_in(option.label, self.lang), option.value)
            combo.activated.connect(lambda i: self._emit_value(combo.itemData(i)))
            self.editor = combo
            row.addWidget(combo)
        elif q.type == "multiple_choice":
            # Three to a line: one row of six long labels (Spanish, French) is wider than
            # the card on a 1366-pixel screen.
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(12)
            for i, option in enumerate(q.options):
                box = QCheckBox(text_in(option.label, self.lang), self)
                box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                box.clicked.connect(self._on_checkbox)
                self.checkboxes[option.value] = box
                grid.addWidget(box, i // 3, i % 3)
            row.addLayout(grid)
        elif q.type == "text":
            edit = NoteEdit(self, answer=True)
            edit.setObjectName("answerEdit")
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
            edit.textChanged.connect(self._on_text_typed)
            edit.setPlaceholderText(self.tr("Your answer…"))
            self.editor = edit
            row.addWidget(edit, 1)
        else:  # number, date
            line = AnswerLine(self)
            line.setObjectName("answerEdit")
            if q.type == "date":
                line.setPlaceholderText(self.tr("YYYY-MM-DD"))
                line.setMaximumWidth(140)
            else:
                unit = text_in(q.unit, self.lang)
                line.setPlaceholderText(self.tr("number") + (f" ({unit})" if unit else ""))
                line.setMaximumWidth(160)
            line.editingFinished.connect(self.flush_text)
            self.editor = line
            row.addWidget(line)
        if q.na_allowed:
            label = (text_in(q.scale.not_applicable_label, self.lang)
                     if q.scale is not None else "") or self.tr("N/A")
            self._choice(row, "__na__", self.tr("N/A"),
                         self.tr("{label} (key −)").format(label=label), label)
        for button in self.choice_buttons.values():
            button.clicked.connect(self._on_choice_clicked)
        if self.editor is not None:
            self.editor.setAccessibleName(self.tr("Answer to question {number}").format(
                number=q.number))
        if q.type != "text":
            row.addStretch(1)

    # --- showing -------------------------------------------------------------------------

    def set_answer(self, answer: AnswerView) -> None:
        """Show a stored answer (never emits)."""
        self.answer = answer
        for key, button in self.choice_buttons.items():
            button.setChecked((key == "__na__" and answer.not_applicable)
                              or (not answer.not_applicable and key == answer.value
                                  and type(key) is type(answer.value)))
        for key, box in self.checkboxes.items():
            box.setChecked(isinstance(answer.value, list) and key in answer.value)
        editor = self.editor
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(answer.value)))
        elif isinstance(editor, QPlainTextEdit) and not editor.hasFocus():
            _set_plain_text(editor, answer.value or "")
        elif isinstance(editor, QLineEdit) and not editor.hasFocus():
            editor.setText("" if answer.value is None else str(answer.value))
        if not self.note_edit.hasFocus():
            _set_plain_text(self.note_edit, answer.note)
        count = answer.evidence_count
        text = self.tr("Evidence ({n})…").format(n=count) if count else self.tr("Evidence…")
        if self.evidence_button.text() != text:
            self.evidence_button.setText(text)
        self._update_caption()
        self.show_error("")

    def _update_caption(self) -> None:
        q, a = self.question, self.answer
        text = ""
        if a.not_applicable:
            text = (text_in(q.scale.not_applicable_label, self.lang) if q.scale else "") \
                or self.tr("Not applicable")
        elif q.type == "scale" and q.scale is not None and a.value is not None:
            point = q.scale.point(a.value)
            if point is not None:
                text = f"{point.value} – {text_in(point.label, self.lang)}"
                description = text_in(point.description, self.lang)
                if description:
                    text += f": {description}"
        if text or self._caption is not None:
            self.caption.setText(text)
            self.caption.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        if message or self._error is not None:
            self.error_label.setText(message)
            self.error_label.setVisible(bool(message))

    def is_current(self) -> bool:
        return self._current

    def set_current(self, current: bool) -> None:
        if self._current != current:
            self._current = current
            self.update()

    def set_locked(self, locked: bool) -> None:
        if locked == self._locked:
            return
        self._locked = locked
        for button in self.choice_buttons.values():
            button.setEnabled(not locked)
        for box in self.checkboxes.values():
            box.setEnabled(not locked)
        if self.editor is not None:
            if isinstance(self.editor, (QLineEdit, QPlainTextEdit)):
                self.editor.setReadOnly(locked)
            else:
                self.editor.setEnabled(not locked)
        self.note_edit.setReadOnly(locked)

    def is_locked(self) -> bool:
        return self._locked

    # --- what the person does ------------------------------------------------------------

    def _emit_value(self, value: Any) -> None:
        if self.is_locked():
            return
        if value is None:
            self.cleared.emit(self.question.id)
        else:
            self.answer_chosen.emit(self.question.id, value)

    def _on_choice(self, value: Any) -> None:
        current = None if self.answer.not_applicable else self.answer.value
        self._emit_value(None if current == value and type(current) is type(value) else value)
        self.set_answer(self.answer)  # the window shows the stored state once saved

    def _on_na(self) -> None:
        if self.is_locked():
            return
        if self.answer.not_applicable:
            self.cleared.emit(self.question.id)
        else:
            self.na_chosen.emit(self.question.id)
        self.set_answer(self.answer)

    def _on_checkbox(self) -> None:
        chosen = [key for key, box in self.checkboxes.items() if box.isChecked()]
        self._emit_value(chosen or None)

    def choose_by_key(self, key: int, text: str) -> bool:
        """A key pressed while the card is current; True when it picked something."""
        q = self.question
        if self.is_locked():
            return False
        if key == Qt.Key.Key_Minus and q.na_allowed:
            self._on_na()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._emit_value(None)
            return True
        digit = int(text) if text.isdigit() and len(text) == 1 else None
        if q.type == "scale" and digit is not None and q.scale and q.scale.point(digit):
            if not (self.answer.value == digit and not self.answer.not_applicable):
                self._emit_value(digit)
            return True
        if q.type == "yes_no_partly":
            letters = {self.tr("Yes")[:1].lower(): "yes", self.tr("Partly")[:1].lower(): "partly",
                       self.tr("No")[:1].lower(): "no"}
            value = (YES_NO_PARTLY[digit - 1] if digit and 1 <= digit <= 3
                     else letters.get(text.lower()))
            if value:
                self._emit_value(value)
                return True
        if q.type == "single_choice" and digit and 1 <= digit <= len(q.options):
            self._emit_value(q.options[digit - 1].value)
            return True
        if q.type == "multiple_choice" and digit and 1 <= digit <= len(q.options):
            box = self.checkboxes[q.options[digit - 1].value]
            box.setChecked(not box.isChecked())
            self._on_checkbox()
            return True
        if q.type == "number" and digit is not None and isinstance(self.editor, QLineEdit):
            # A digit starts typing the number (over what was there), as in a spreadsheet.
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.editor.selectAll()
            self.editor.insert(text)
            return True
        return False

    def start_editing(self) -> None:
        """Enter on a card: into its text/number/date field, else into the note."""
        target = self.editor if isinstance(self.editor, (QLineEdit, QPlainTextEdit)) \
            else self.note_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _typing_timer(self, flush: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_PAUSE_MS)
        timer.timeout.connect(flush)
        return timer

    def _on_note_typed(self) -> None:
        if self._note_timer is None:
            self._note_timer = self._typing_timer(self.flush_note)
        self._note_timer.start()

    def _on_text_typed(self) -> None:
        if self._text_timer is None:
            self._text_timer = self._typing_timer(self.flush_text)
        self._text_timer.start()

    def flush_note(self) -> None:
        if self._note_timer is not None:
            self._note_timer.stop()
        if self.is_locked():
            return
        text = self.note_edit.toPlainText().strip()
        if text != self.answer.note:
            self.note_edited.emit(self.question.id, text)

    def flush_text(self) -> None:
        editor = self.editor
        if self._text_timer is not None:
            self._text_timer.stop()
        if self.is_locked():
            return
        if isinstance(editor, QPlainTextEdit):
            text = editor.toPlainText().strip()
            if text != (self.answer.value or ""):
                self._emit_value(text or None)
        elif isinstance(editor, QLineEdit):
            text = editor.text().strip()
            shown = "" if self.answer.value is None else str(self.answer.value)
            if text != shown:
                self._emit_value(text or None)

    def has_pending(self) -> bool:
        """Typed text (note, text or number) not stored yet."""
        if self.is_locked():
            return False
        if self.note_edit.toPlainText().strip() != self.answer.note:
            return True
        editor = self.editor
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip() != (self.answer.value or "")
        if isinstance(editor, QLineEdit):
            shown = "" if self.answer.value is None else str(self.answer.value)
            return editor.text().strip() != shown
        return False

    def flush(self) -> None:
        self.flush_note()
        if isinstance(self.editor, (QLineEdit, QPlainTextEdit)):
            self.flush_text()

    # --- focus and keys ------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.activated.emit(self.question.id)

    def set_key_handler(self, handler: Callable[[QKeyEvent], bool]) -> None:
        """The window's keys (rate, move, find), asked first for a key on the card or on
        one of its parts that the part does not use: True when it used it. Held weakly (the
        window holds its cards)."""
        self._key_handler = weakref.WeakMethod(handler)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Before the scroll area, which would eat arrows and pages.
        handler = self._key_handler() if self._key_handler is not None else None
        if handler is None or not handler(event):
            super().keyPressEvent(event)

    def activate(self) -> None:
        """The card or one of its parts got the focus."""
        self.activated.emit(self.question.id)
