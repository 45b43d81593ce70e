"""Small widgets the dialogs share: typed fields (dates, times, counts), a searchable combo
box (countries with their WCO region), the error label shown beside a field.

Fields keep what the person typed; ``value()`` parses it and raises ``FieldInputError`` with
advice when it cannot be read (a date that is not a date). Parsing is the widget's job;
whether the value is *acceptable* is the services' job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIntValidator,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#8a5a00"

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("widgets", text)


def sentence(message: str) -> str:
    """A service's message as a sentence: capital first letter, final full stop."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message[-1] in ".!?" else message + "."


def plain_caption(caption: str) -> str:
    """A label's text as a screen reader should say it: no mnemonic "&", no final colon."""
    return re.sub(r"&(.)", r"\1", caption).strip().rstrip(":").strip()


def set_accessible_name(widget: QWidget, caption: str) -> QWidget:
    """Name ``widget`` for screen readers after its caption. Qt takes a buddy label's text
    only when the label sits beside the field in the same parent; a field wrapped with its
    error line or in a row of its own needs its name set."""
    widget.setAccessibleName(plain_caption(caption))
    return widget


def caption_for(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """The caption label of a form row: Alt+its letter focuses ``buddy``, and ``buddy`` is
    named after it for screen readers (unless it has a name already)."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    if not buddy.accessibleName():
        set_accessible_name(buddy, text)
    return label


class FieldInputError(ValueError):
    """What the person typed cannot be read; ``str()`` says how to write it."""


# --- dates and times ---------------------------------------------------------------------


_ISO = re.compile(r"^\s*(\d{4})-?(\d{1,2})-?(\d{1,2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*$")


def parse_date(text: str) -> date | None:
    if not text.strip():
        return None
    match = _ISO.match(text)
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        pass
    raise FieldInputError(
        _tr("'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-24").format(
            text=text.strip()))


def parse_time(text: str) -> time | None:
    if not text.strip():
        return None
    match = _TIME.match(text)
    try:
        if match:
            return time(int(match[1]), int(match[2] or 0))
    except ValueError:
        pass
    raise FieldInputError(
        _tr("'{text}' is not a time; write it as HH:MM, e.g. 09:30").format(text=text.strip()))


class DateField(QWidget):
    """A date typed as YYYY-MM-DD (empty = no date), with a calendar button for the mouse.
    The line edit is ``edit`` and takes the focus; ``changed`` follows every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_tr("YYYY-MM-DD"))
        self.edit.setClearButtonEnabled(True)
        width = self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 56
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 40)
        self.button = QToolButton(self)
        self.button.setIcon(calendar_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.button.setToolTip(_tr("Pick the date on a calendar"))
        self.button.setAccessibleName(self.button.toolTip())
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard types the date
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self._on_button_clicked)
        self._min: date | None = None
        self._max: date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.edit.textChanged.connect(self.changed)

    def setAccessibleName(self, name: str) -> None:
        """The date's name goes to the line edit (it takes the focus) and its button."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(_tr("{name}: pick on a calendar").format(name=name))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        if text != self.edit.text():
            self.edit.setText(text)

    def value(self) -> date | None:
        return parse_date(self.edit.text())

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def set_range(self, first: date | None, last: date | None) -> None:
        """Limits for the calendar button (typing is checked by the services)."""
        self._min, self._max = first, last

    def _on_button_clicked(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("datePickerCalendar")
        calendar.setGridVisible(True)
        if self._min:
            calendar.setMinimumDate(QDate(self._min))
        if self._max:
            calendar.setMaximumDate(QDate(self._max))
        try:
            current = self.value()
        except FieldInputError:
            current = None
        start = current or self._min or date.today()
        calendar.setSelectedDate(QDate(start))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            self.set_value(day.toPython())  # type: ignore[arg-type]
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))


def calendar_icon(color: QColor) -> QIcon:
    """A small calendar page (no icon theme is needed)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    painter.fillRect(QRectF(4, 6, 24, 7), color)
    painter.drawLine(10, 3, 10, 9)
    painter.drawLine(22, 3, 22, 9)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    for row in range(2):
        for column in range(3):
            painter.drawRect(QRectF(8 + column * 6, 16 + row * 6, 3.5, 3.5))
    painter.end()
    return QIcon(pixmap)


def bring_to_front(window: QWidget) -> None:
    """Raise and activate a window (the headless platform of the tests cannot raise)."""
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


class TimeField(QLineEdit):
    """A time typed as HH:MM (empty = no time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("HH:MM"))
        width = self.fontMetrics().horizontalAdvance("00:00") + 40
        self.setMaximumWidth(width + 20)
        self.setMinimumWidth(width)

    def value(self) -> time | None:
        return parse_time(self.text())

    def set_value(self, value: time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")


class CountField(QLineEdit):
    """A whole number ≥ 0, or empty for "not recorded"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, 1_000_000, self))
        width = self.fontMetrics().horizontalAdvance("000000") + 24
        self.setMaximumWidth(width + 20)
        self.setMinimumWidth(width)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


# --- searchable combo box ----------------------------------------------------------------

HINT_ROLE = Qt.ItemDataRole.UserRole + 1  # grey text drawn at the right of an item


class _HintDelegate(QStyledItemDelegate):
    """Draws an item's hint (a country's region) in grey at the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        hint = index.data(HINT_ROLE)
        if not hint:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected
                else QPalette.ColorRole.PlaceholderText)
        painter.setPen(option.palette.color(role))
        rect: QRect = option.rect.adjusted(0, 0, -8, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         hint)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        hint = index.data(HINT_ROLE)
        if hint:
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(hint) + 32)
        return size


class SearchCombo(QComboBox):
    """An editable combo box: type any part of a name to narrow the list, Enter picks.

    Items are ``(text, value, hint)``; ``value()`` is the value of the item whose text is
    typed (case-insensitive), None when empty; ``FieldInputError`` when the text matches no
    item. ``empty_text`` (e.g. "(none)") adds a first item with value None.
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, empty_text: str = "",
                 not_found: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self._empty_text = empty_text
        self._not_found = not_found or _tr("'{text}' is not in the list; pick one of the list")
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        view = self.view()
        if view is not None:
            view.setItemDelegate(_HintDelegate(self))
        popup = completer.popup()
        if popup is not None:
            popup.setItemDelegate(_HintDelegate(popup))
            popup.installEventFilter(self)
        self.currentIndexChanged.connect(self.value_changed)
        self.editTextChanged.connect(self.value_changed)
        completer.activated.connect(self._on_completer_activated)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab (or Shift+Tab) while the list of matches is open takes the highlighted match,
        else the first, and moves on: ONE Tab stop, as for any field (Qt's completer would
        only close its list and leave the focus here)."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if (popup is not None and watched is popup and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            index = popup.currentIndex()
            if not index.isValid():
                index = popup.model().index(0, 0)
            popup.hide()
            if index.isValid():
                self._on_completer_activated(str(index.data()))
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return True
        return super().eventFilter(watched, event)

    def _on_completer_activated(self, text: str) -> None:
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            self.setCurrentIndex(found)

    def set_items(self, items: Sequence[tuple[str, Any, str]]) -> None:
        keep = self.currentText()
        self.blockSignals(True)
        self.clear()
        if self._empty_text:
            self.addItem(self._empty_text, None)
        for text, value, hint in items:
            self.addItem(text, value)
            if hint:
                self.setItemData(self.count() - 1, hint, HINT_ROLE)
                self.setItemData(self.count() - 1, f"{text} — {hint}",
                                 Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(-1)
        self.setEditText(keep)
        self.blockSignals(False)

    def value(self) -> Any:
        text = self.currentText().strip()
        if not text or text == self._empty_text:
            return None
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            raise FieldInputError(self._not_found.format(text=text))
        return self.itemData(found)

    def set_value(self, value: Any) -> None:
        found = self.findData(value) if value is not None else -1
        if found >= 0:
            self.setCurrentIndex(found)
            self.setEditText(self.itemText(found))
        else:
            self.setCurrentIndex(0 if self._empty_text else -1)
            self.setEditText(self._empty_text if self._empty_text else "")
        self.show_start()

    def show_start(self) -> None:
        """Show the beginning of a long name, not its end."""
        edit = self.lineEdit()
        if edit is not None and not edit.hasFocus():
            edit.setCursorPosition(0)

    def item_values(self) -> list[Any]:
        return [self.itemData(i) for i in range(self.count())]


# --- errors beside fields ------------------------------------------------------------------


class ErrorLabel(QLabel):
    """The message under a field; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._colour()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def _colour(self) -> None:
        from .theme import error_color  # theme imports nothing of this module

        style = f"color: {error_color(self.palette()).name()};"
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()

    def set_messages(self, messages: Sequence[str]) -> None:
        self.setText("\n".join(sentence(m) for m in messages))
        self.setVisible(bool(messages))

    def clear_messages(self) -> None:
        self.set_messages([])


def clear_on_change(error: ErrorLabel, field: QWidget) -> None:
    """The message of ``error`` goes as soon as the person changes ``field`` (or an input
    inside it): what was wrong is being fixed, and a stale message would say otherwise."""
    inputs = [field, *field.findChildren(QWidget)]
    for widget in inputs:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(error.clear_messages)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(error.clear_messages)
            widget.editTextChanged.connect(error.clear_messages)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.toggled.connect(error.clear_messages)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(error.clear_messages)


def with_error(field: QWidget, error: ErrorLabel, *extra: QWidget) -> QWidget:
    """``field`` (and ``extra`` widgets beside it) with its error label underneath, which
    empties as soon as the field is changed. The box passes the focus to ``field``, so a
    form label's mnemonic (its buddy) reaches it."""
    clear_on_change(error, field)
    box = QWidget()
    box.setFocusProxy(field)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if extra:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        for widget in extra:
            row.addWidget(widget)
        column.addLayout(row)
    else:
        column.addWidget(field)
    column.addWidget(error)
    return box


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Small grey help text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class ElidedLabel(QLabel):
    """A one-line heading: a text too long for the window ends in "…" instead of widening
    the window beyond the screen or wrapping over several lines; the whole text is in the
    tooltip and ``text()``."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What fits on screen now."""
        return super().text()

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 40)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                      width))
