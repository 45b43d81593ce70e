"""One question as a card: number and text, help, the answer widget for its type, N/A, a
note, and buttons for evidence and history.

The card saves nothing itself: it emits what the person did (``answer_chosen``,
``na_chosen``, ``cleared``, ``note_edited``) and the window calls the service. Text typed in a
note, a text, number or date answer is sent after a short pause in typing and when the field
is left, so a crash loses at most the words being typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
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
    QVBoxLayout,
    QWidget,
)

from ..checklists.model import YES_NO_PARTLY, Question, text_in
from ..services.assessments import AnswerView
from . import theme

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


def _tint(widget: QWidget, color: QColor) -> None:
    palette = widget.palette()
    if palette.color(QPalette.ColorRole.WindowText) != color:
        palette.setColor(QPalette.ColorRole.WindowText, color)
        widget.setPalette(palette)


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
        _tint(self, colours.heading)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.colours.border)
        bottom = self.height() - 1
        painter.drawLine(0, bottom, self.width(), bottom)


class QuestionCard(QFrame):
    """Signals carry the question id first."""

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
        self.setProperty("current", False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.choice_buttons: dict[Any, QPushButton] = {}
        self.editor: QLineEdit | QPlainTextEdit | QComboBox | None = None
        self.checkboxes: dict[str, QCheckBox] = {}
        self._build()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        q = self.question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)

        head = QHBoxLayout()
        self.number_label = QLabel(q.number, self)
        self.number_label.setObjectName("questionNumber")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.number_label.setFixedWidth(INDENT - 8)
        bold = self.number_label.font()
        bold.setBold(True)
        self.number_label.setFont(bold)
        self.text_label = QLabel(text_in(q.text, self.lang) + (" *" if q.required else ""), self)
        self.text_label.setObjectName("questionText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.text_label.setFont(font)
        if q.required:
            self.text_label.setToolTip(self.tr("Required"))
        # A screen reader names the card, its answer and its note by the question.
        self.setAccessibleName(f"{q.number} {text_in(q.text, self.lang)}")
        self.setAccessibleDescription(text_in(q.help, self.lang))
        head.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.text_label, 1)
        layout.addLayout(head)

        help_text = text_in(q.help, self.lang)
        self.help_label = QLabel(help_text, self)
        self.help_label.setObjectName("questionHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setVisible(bool(help_text))
        layout.addLayout(_indented(self.help_label))

        row = QHBoxLayout()
        row.setContentsMargins(INDENT, 2, 0, 0)
        row.setSpacing(6)
        self._build_answer(row)
        layout.addLayout(row)

        self.caption = QLabel("", self)
        self.caption.setObjectName("pointCaption")
        self.caption.setWordWrap(True)
        self.caption.setVisible(False)
        layout.addLayout(_indented(self.caption))

        self.error_label = QLabel("", self)
        self.error_label.setObjectName("cardError")
        self.error_label.setVisible(False)
        layout.addLayout(_indented(self.error_label))

        bottom = QHBoxLayout()
        bottom.setContentsMargins(INDENT, 0, 0, 0)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Note on question {number}").format(
            number=q.number))
        self.note_edit.setPlaceholderText(self.tr("Note: what you saw, who said it, which "
                                                  "document…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.note_edit.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(TYPING_PAUSE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note_edit.textChanged.connect(self._note_timer.start)
        bottom.addWidget(self.note_edit, 1)
        side = QVBoxLayout()
        # Reached by Tab after the note (Space opens them); Ctrl+E and Ctrl+H from anywhere.
        self.evidence_button = QPushButton(self.tr("Evidence…"), self)
        self.evidence_button.setObjectName("evidenceButton")
        self.evidence_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.evidence_button.setToolTip(self.tr(
            "Files and notes behind this answer (Ctrl+E)"))
        self.evidence_button.installEventFilter(self)
        self.evidence_button.clicked.connect(
            lambda: self.evidence_requested.emit(self.question.id))
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setObjectName("historyButton")
        self.history_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.history_button.setToolTip(self.tr(
            "Who changed this answer, when, and from what (Ctrl+H)"))
        self.history_button.installEventFilter(self)
        self.history_button.clicked.connect(
            lambda: self.history_requested.emit(self.question.id))
        side.addWidget(self.evidence_button)
        side.addWidget(self.history_button)
        side.addStretch(1)
        bottom.addLayout(side)
        layout.addLayout(bottom)
        self.set_colours(self.colours)

    def set_colours(self, colours: CardColours) -> None:
        """Take up the colours of a (new) palette."""
        self.colours = colours
        for label, color in ((self.number_label, colours.number),
                             (self.text_label, colours.text), (self.help_label, colours.help),
                             (self.caption, colours.text), (self.error_label, colours.error)):
            _tint(label, color)
        for button in self.choice_buttons.values():
            if isinstance(button, ChoiceButton):
                button.colours = colours
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        current = bool(self.property("current"))
        width = 2 if current else 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colours.accent if current else self.colours.border, width))
        painter.setBrush(self.colours.current_back if current else self.colours.base)
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                6, 6)

    def _choice(self, row: QHBoxLayout, key: Any, text: str, tip: str,
                name: str = "") -> QPushButton:
        button = ChoiceButton(text, self.colours, self)
        if name:
            button.setAccessibleName(name)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(tip)
        self.choice_group.addButton(button)
        self.choice_buttons[key] = button
        row.addWidget(button)
        return button

    def _build_answer(self, row: QHBoxLayout) -> None:
        q = self.question
        self.choice_group = QButtonGroup(self)
        self.choice_group.setExclusive(False)  # so a click on the chosen one can clear it
        if q.type == "scale" and q.scale is not None:
            for point in q.scale.points:
                label = text_in(point.label, self.lang)
                b = self._choice(row, point.value, str(point.value),
                                 f"{point.value} – {label}", f"{point.value} — {label}")
                b.setAccessibleDescription(text_in(point.description, self.lang))
                b.clicked.connect(lambda _=False, v=point.value: self._on_choice(v))
        elif q.type == "yes_no_partly":
            names = {"yes": self.tr("Yes"), "partly": self.tr("Partly"), "no": self.tr("No")}
            for i, value in enumerate(YES_NO_PARTLY, start=1):
                b = self._choice(row, value, f"{names[value]}",
                                 self.tr("Key {n} or {letter}").format(
                                     n=i, letter=names[value][0]))
                b.clicked.connect(lambda _=False, v=value: self._on_choice(v))
        elif q.type == "single_choice" and len(q.options) <= 6:
            for i, option in enumerate(q.options, start=1):
                b = self._choice(row, option.value, text_in(option.label, self.lang),
                                 self.tr("Key {n}").format(n=i))
                b.clicked.connect(lambda _=False, v=option.value: self._on_choice(v))
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
            edit = QPlainTextEdit(self)
            edit.setObjectName("answerEdit")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
            edit.installEventFilter(self)
            self._text_timer = QTimer(self)
            self._text_timer.setSingleShot(True)
            self._text_timer.setInterval(TYPING_PAUSE_MS)
            self._text_timer.timeout.connect(self.flush_text)
            edit.textChanged.connect(self._text_timer.start)
            edit.setPlaceholderText(self.tr("Your answer…"))
            self.editor = edit
            row.addWidget(edit, 1)
        else:  # number, date
            line = QLineEdit(self)
            line.setObjectName("answerEdit")
            if q.type == "date":
                line.setPlaceholderText(self.tr("YYYY-MM-DD"))
                line.setMaximumWidth(140)
            else:
                unit = text_in(q.unit, self.lang)
                line.setPlaceholderText(self.tr("number") + (f" ({unit})" if unit else ""))
                line.setMaximumWidth(160)
            line.installEventFilter(self)
            line.editingFinished.connect(self.flush_text)
            self.editor = line
            row.addWidget(line)
        if q.na_allowed:
            label = (text_in(q.scale.not_applicable_label, self.lang)
                     if q.scale is not None else "") or self.tr("N/A")
            b = self._choice(row, "__na__", self.tr("N/A"),
                             self.tr("{label} (key −)").format(label=label), label)
            b.clicked.connect(lambda _=False: self._on_na())
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
            editor.blockSignals(True)
            editor.setPlainText(answer.value or "")
            editor.blockSignals(False)
        elif isinstance(editor, QLineEdit) and not editor.hasFocus():
            editor.setText("" if answer.value is None else str(answer.value))
        if not self.note_edit.hasFocus():
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(answer.note)
            self.note_edit.blockSignals(False)
        count = answer.evidence_count
        self.evidence_button.setText(self.tr("Evidence ({n})…").format(n=count) if count
                                     else self.tr("Evidence…"))
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
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.update()

    def set_locked(self, locked: bool) -> None:
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
        return self.note_edit.isReadOnly()

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

    def flush_note(self) -> None:
        self._note_timer.stop()
        if self.is_locked():
            return
        text = self.note_edit.toPlainText().strip()
        if text != self.answer.note:
            self.note_edited.emit(self.question.id, text)

    def flush_text(self) -> None:
        editor = self.editor
        if hasattr(self, "_text_timer"):
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.activated.emit(self.question.id)
        elif event.type() == QEvent.Type.FocusOut:
            if watched is self.note_edit:
                self.flush_note()
            elif watched is self.editor:
                self.flush_text()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
            if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and watched is self.editor and isinstance(watched, QLineEdit)):
                self.flush_text()
                self.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)
