"""The one table of the mission editor's plain fields: for each, its name (the ``MissionInput``
attribute, also the key of undo steps and of conflicts), its label, its section, the kind of
widget (which makes, reads and writes it) and the validation fields shown beside it.

Building, loading, undo snapshots, collecting what changed, problems and conflicts all go
through this table (``BoundFields``), so a field is named once. The lists (team, agenda,
counterparts, links) have sections of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, Qt, Signal
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
    QVBoxLayout,
    QWidget,
)

from ..theme import warning_color
from ..widgets import WARNING_COLOR, CountField, DateField, ErrorLabel, SearchCombo
from .context import EditorContext

OVERVIEW, LINKS, TEAM, AGENDA, PARTICIPANTS, LOGISTICS, SUMMARY = range(7)
Items = Callable[[EditorContext], list[tuple[str, Any]]]
# Marks a text for translation (lupdate finds it by this name); typed for mypy.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


def translated(text: str, context: str = "MissionEditor") -> str:
    """A text of the table (marked with ``QT_TRANSLATE_NOOP``) in the user's language."""
    return QCoreApplication.translate(context, text)


# --- kinds of widget ---------------------------------------------------------------------------


class FieldKind:
    """How one kind of widget is made, read (``state`` as typed, for undo; ``value`` parsed,
    may raise ``FieldInputError``) and written."""

    def make(self, parent: QWidget, ctx: EditorContext) -> Any:
        raise NotImplementedError

    def signal(self, widget: Any) -> Any:
        return widget.textChanged

    def state(self, widget: Any) -> Any:
        return widget.text()

    def set_state(self, widget: Any, state: Any) -> None:
        if widget.text() != state:
            widget.setText(state)

    def value(self, widget: Any) -> Any:
        return widget.text()

    def set_value(self, widget: Any, value: Any) -> None:
        self.set_state(widget, value or "")

    def focus(self, widget: Any) -> QWidget:
        return widget

    def name(self, widget: Any, name: str) -> None:
        """Name the field for screen readers (a ``DateField`` passes it to its parts)."""
        widget.setAccessibleName(name)

    def shown(self, widget: Any, value: Any) -> str:
        """How a stored value reads in this field (to say what it was changed to)."""
        return "" if value is None else str(value)


@dataclass
class Text(FieldKind):
    placeholder: str = ""
    width_chars: int = 0

    def make(self, parent: QWidget, ctx: EditorContext) -> QLineEdit:
        edit = QLineEdit(parent)
        if self.placeholder:
            edit.setPlaceholderText(translated(self.placeholder))
        if self.width_chars:
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("M" * self.width_chars))
        return edit


@dataclass
class LongText(FieldKind):
    placeholder: str = ""
    min_height: int = 0

    def make(self, parent: QWidget, ctx: EditorContext) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setUndoRedoEnabled(False)  # the editor's history has every field
        if self.placeholder:
            edit.setPlaceholderText(translated(self.placeholder))
        if self.min_height:
            edit.setMinimumHeight(self.min_height)
        return edit

    def state(self, widget: QPlainTextEdit) -> str:
        return widget.toPlainText()

    def set_state(self, widget: QPlainTextEdit, state: Any) -> None:
        if widget.toPlainText() != state:
            widget.setPlainText(state)

    def value(self, widget: QPlainTextEdit) -> str:
        return widget.toPlainText()

    def shown(self, widget: Any, value: Any) -> str:
        text = " ".join(str(value or "").split())
        return text if len(text) <= 80 else text[:79] + "…"


@dataclass
class Choice(FieldKind):
    """A closed list (``items`` None: the section fills it)."""

    items: Items | None = None
    placeholder: str = ""

    def make(self, parent: QWidget, ctx: EditorContext) -> QComboBox:
        combo = QComboBox(parent)
        if self.placeholder:
            combo.setPlaceholderText(translated(self.placeholder))
        for label, value in self.items(ctx) if self.items else []:
            combo.addItem(label, value)
        return combo

    def signal(self, widget: QComboBox) -> Any:
        return widget.currentIndexChanged

    def state(self, widget: QComboBox) -> Any:
        return widget.currentData()

    def set_state(self, widget: QComboBox, state: Any) -> None:
        index = widget.findData(state) if state is not None else -1
        if index < 0 and state is not None:
            widget.addItem(str(state), state)  # a code a newer version knows, as it is
            index = widget.count() - 1
        widget.setCurrentIndex(index)

    def value(self, widget: QComboBox) -> Any:
        return widget.currentData()

    def set_value(self, widget: QComboBox, value: Any) -> None:
        self.set_state(widget, value)

    def shown(self, widget: QComboBox, value: Any) -> str:
        found = widget.findData(value)
        return widget.itemText(found) if found >= 0 else "" if value is None else str(value)


@dataclass
class Search(FieldKind):
    """A long list searched by typing (``SearchCombo``); the state is the typed text."""

    items: Items | None = None
    placeholder: str = ""
    empty_text: str = ""

    def make(self, parent: QWidget, ctx: EditorContext) -> SearchCombo:
        combo = SearchCombo(parent, empty_text=translated(self.empty_text)
                            if self.empty_text else "")
        edit = combo.lineEdit()
        if self.placeholder and edit is not None:
            edit.setPlaceholderText(translated(self.placeholder))
        if self.items:
            combo.set_items([(label, value, "") for label, value in self.items(ctx)])
            combo.set_value(None)
        return combo

    def signal(self, widget: SearchCombo) -> Any:
        return widget.value_changed

    def state(self, widget: SearchCombo) -> str:
        return widget.currentText()

    def set_state(self, widget: SearchCombo, state: Any) -> None:
        widget.setEditText(state)
        found = widget.findText(state, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            widget.setCurrentIndex(found)

    def value(self, widget: SearchCombo) -> Any:
        return widget.value()

    def set_value(self, widget: SearchCombo, value: Any) -> None:
        widget.set_value(value)

    def shown(self, widget: SearchCombo, value: Any) -> str:
        found = widget.findData(value) if value is not None else -1
        return widget.itemText(found) if found >= 0 else ""


@dataclass
class Check(FieldKind):
    text: str = ""

    def make(self, parent: QWidget, ctx: EditorContext) -> QCheckBox:
        return QCheckBox(translated(self.text), parent)

    def signal(self, widget: QCheckBox) -> Any:
        return widget.toggled

    def state(self, widget: QCheckBox) -> bool:
        return widget.isChecked()

    def set_state(self, widget: QCheckBox, state: Any) -> None:
        widget.setChecked(bool(state))

    def value(self, widget: QCheckBox) -> bool:
        return widget.isChecked()

    def shown(self, widget: QCheckBox, value: Any) -> str:
        return _tr("yes") if value else _tr("no")


class Dates(FieldKind):
    def make(self, parent: QWidget, ctx: EditorContext) -> DateField:
        return DateField(parent)

    def signal(self, widget: DateField) -> Any:
        return widget.changed

    def value(self, widget: DateField) -> date | None:
        return widget.value()

    def set_value(self, widget: DateField, value: Any) -> None:
        widget.set_value(value)

    def focus(self, widget: DateField) -> QWidget:
        return widget.edit

    def shown(self, widget: Any, value: Any) -> str:
        return value.isoformat() if value else ""


class Count(FieldKind):
    def make(self, parent: QWidget, ctx: EditorContext) -> CountField:
        return CountField(parent)

    def value(self, widget: CountField) -> int | None:
        return widget.value()

    def set_value(self, widget: CountField, value: Any) -> None:
        widget.set_value(value)


class TopicChecks(QWidget):
    """The topics as a column of check boxes (``checks``: code -> box)."""

    toggled = Signal()

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.checks: dict[str, QCheckBox] = {}
        for i, (label, code) in enumerate(items):
            check = QCheckBox(label, self)
            check.setObjectName(f"topic_{code}")
            check.toggled.connect(lambda _c: self.toggled.emit())
            self.checks[code] = check
            grid.addWidget(check, i, 0, Qt.AlignmentFlag.AlignLeft)


class Topics(FieldKind):
    def make(self, parent: QWidget, ctx: EditorContext) -> TopicChecks:
        return TopicChecks([(t.label, t.code) for t in ctx.catalog.topics], parent)

    def signal(self, widget: TopicChecks) -> Any:
        return widget.toggled

    def state(self, widget: TopicChecks) -> tuple[str, ...]:
        return tuple(c for c, check in widget.checks.items() if check.isChecked())

    def set_state(self, widget: TopicChecks, state: Any) -> None:
        for code, check in widget.checks.items():
            check.setChecked(code in state)

    def value(self, widget: TopicChecks) -> list[str]:
        return list(self.state(widget))

    def set_value(self, widget: TopicChecks, value: Any) -> None:
        self.set_state(widget, value or [])

    def focus(self, widget: TopicChecks) -> QWidget:
        return next(iter(widget.checks.values()), widget)

    def shown(self, widget: TopicChecks, value: Any) -> str:
        return ", ".join(widget.checks[c].text() for c in value or [] if c in widget.checks)


# --- the table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldBinding:
    name: str  # the MissionInput attribute
    label: str  # in undo steps ("Undo title"), conflicts, and the name screen readers say
    section: int
    kind: FieldKind
    object_name: str
    problems: tuple[str, ...] = ()  # validation fields shown beside it (besides ``name``)
    typing: bool = False  # successive edits merge into one undo step
    error_with: str = ""  # shares the error line of that field (one row of the form)


BINDINGS: tuple[FieldBinding, ...] = (
    FieldBinding("code", QT_TRANSLATE_NOOP("MissionEditor", "code"), OVERVIEW,
                 Text(QT_TRANSLATE_NOOP("MissionEditor", "e.g. JM-2025-INTD-01"), 24),
                 "codeEdit", typing=True),
    FieldBinding("title", QT_TRANSLATE_NOOP("MissionEditor", "title"), OVERVIEW, Text(),
                 "titleEdit", typing=True),
    FieldBinding("type_code", QT_TRANSLATE_NOOP("MissionEditor", "type"), OVERVIEW,
                 Choice(lambda ctx: [(t.label, t.code) for t in ctx.catalog.mission_types],
                        QT_TRANSLATE_NOOP("MissionEditor", "Choose a type…")),
                 "typeCombo", problems=("type",)),
    FieldBinding("status_code", QT_TRANSLATE_NOOP("MissionEditor", "status"), OVERVIEW,
                 Choice(), "statusCombo", problems=("status",)),
    FieldBinding("country_iso2", QT_TRANSLATE_NOOP("MissionEditor", "country"), OVERVIEW,
                 Search(placeholder=QT_TRANSLATE_NOOP("MissionEditor",
                                                      "Type to search a country")),
                 "countryPicker", problems=("country",), typing=True),
    FieldBinding("administration_id", QT_TRANSLATE_NOOP("MissionEditor", "administration"),
                 OVERVIEW, Choice(), "administrationCombo", problems=("administration",)),
    FieldBinding("start_date", QT_TRANSLATE_NOOP("MissionEditor", "start date"), OVERVIEW,
                 Dates(), "startDate", typing=True),
    FieldBinding("end_date", QT_TRANSLATE_NOOP("MissionEditor", "end date"), OVERVIEW,
                 Dates(), "endDate", typing=True, error_with="start_date"),
    FieldBinding("location", QT_TRANSLATE_NOOP("MissionEditor", "location"), OVERVIEW,
                 Text(QT_TRANSLATE_NOOP("MissionEditor", "City, venue")), "locationEdit",
                 typing=True),
    FieldBinding("is_remote", QT_TRANSLATE_NOOP("MissionEditor", "remote"), OVERVIEW,
                 Check(QT_TRANSLATE_NOOP("MissionEditor", "Remote (online)")), "remoteCheck",
                 error_with="location"),
    FieldBinding("programme_id", QT_TRANSLATE_NOOP("MissionEditor", "programme"), OVERVIEW,
                 Search(lambda ctx: [(p.label, p.id) for p in ctx.experts.programmes()],
                        empty_text=QT_TRANSLATE_NOOP("MissionEditor", "(none)")),
                 "programmeCombo", problems=("programme",)),
    FieldBinding("request_reference", QT_TRANSLATE_NOOP("MissionEditor", "request"), OVERVIEW,
                 Text(QT_TRANSLATE_NOOP("MissionEditor", "Letter reference")),
                 "requestReferenceEdit", typing=True),
    FieldBinding("request_date", QT_TRANSLATE_NOOP("MissionEditor", "request date"), OVERVIEW,
                 Dates(), "requestDate", typing=True, error_with="request_reference"),
    FieldBinding("topics", QT_TRANSLATE_NOOP("MissionEditor", "topics"), OVERVIEW, Topics(),
                 "topicChecks"),
    FieldBinding("objectives", QT_TRANSLATE_NOOP("MissionEditor", "objectives"), OVERVIEW,
                 LongText(QT_TRANSLATE_NOOP(
                     "MissionEditor",
                     "What the administration asked for and what the mission should achieve"),
                     90),
                 "objectivesEdit", typing=True),
    FieldBinding("participants_women", QT_TRANSLATE_NOOP("MissionEditor", "women"),
                 PARTICIPANTS, Count(), "womenEdit", typing=True),
    FieldBinding("participants_men", QT_TRANSLATE_NOOP("MissionEditor", "men"), PARTICIPANTS,
                 Count(), "menEdit", typing=True),
    FieldBinding("participants_total", QT_TRANSLATE_NOOP("MissionEditor", "total"),
                 PARTICIPANTS, Count(), "totalEdit", typing=True),
    FieldBinding("logistics_notes", QT_TRANSLATE_NOOP("MissionEditor", "logistics notes"),
                 LOGISTICS,
                 LongText(QT_TRANSLATE_NOOP(
                     "MissionEditor",
                     "Flights, visas, hotel, venue, interpreters, equipment, security "
                     "briefings…")),
                 "logisticsEdit", typing=True),
    FieldBinding("executive_summary",
                 QT_TRANSLATE_NOOP("MissionEditor", "executive summary"), SUMMARY,
                 LongText(QT_TRANSLATE_NOOP(
                     "MissionEditor",
                     "What the mission found and what matters most for the administration")),
                 "executiveSummaryEdit", typing=True),
)
BY_NAME = {b.name: b for b in BINDINGS}


# --- a conflict beside a field -----------------------------------------------------------------


class ConflictBar(QFrame):
    """ "Changed elsewhere to «theirs»" with Keep mine / Take theirs, under a field that was
    changed both here and elsewhere."""

    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setStyleSheet(f"#conflictBar {{ border: 1px solid {WARNING_COLOR}; "
                           "border-radius: 3px; }")
        self.label = QLabel(self)
        self.label.setObjectName("conflictLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.keep_button = QPushButton(_tr("Keep mine"), self)
        self.keep_button.setObjectName("keepMineButton")
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.keep_mine)
        self.take_button = QPushButton(_tr("Take theirs"), self)
        self.take_button.setObjectName("takeTheirsButton")
        self.take_button.setAutoDefault(False)
        self.take_button.clicked.connect(self.take_theirs)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 3, 3)
        row.addWidget(self.label, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        self.hide()

    def ask(self, theirs: str) -> None:
        self.label.setText(_tr("Changed elsewhere to «{value}»").format(value=theirs))
        self.show()


# --- the fields of one section -----------------------------------------------------------------


@dataclass
class BoundField:
    binding: FieldBinding
    widget: Any
    error: ErrorLabel
    conflict: ConflictBar

    @property
    def focus(self) -> QWidget:
        return self.binding.kind.focus(self.widget)


class BoundFields:
    """The widgets of a section's plain fields, made from the table; ``edited(name)`` is
    called on every change a person makes."""

    def __init__(self, section: int, parent: QWidget, ctx: EditorContext,
                 edited: Callable[[str], None]) -> None:
        self.fields: dict[str, BoundField] = {}
        for binding in (b for b in BINDINGS if b.section == section):
            widget = binding.kind.make(parent, ctx)
            widget.setObjectName(binding.object_name)
            label = translated(binding.label)
            binding.kind.name(widget, label[:1].upper() + label[1:])
            error = (self.fields[binding.error_with].error if binding.error_with
                     else ErrorLabel(parent))
            field = BoundField(binding, widget, error, ConflictBar(parent))
            self.fields[binding.name] = field
            binding.kind.signal(widget).connect(lambda *_a, n=binding.name: edited(n))

    def __getitem__(self, name: str) -> Any:
        return self.fields[name].widget

    def framed(self, content: QWidget, *names: str, beside: tuple[QWidget, ...] = ()) -> QWidget:
        """``content`` (the field, or a row holding several) with, underneath, its error line
        and the conflict bars of ``names``."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if beside:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(content, 1)
            for widget in beside:
                row.addWidget(widget)
            column.addLayout(row)
        else:
            column.addWidget(content)
        column.addWidget(self.fields[names[0]].error)
        for name in names:
            column.addWidget(self.fields[name].conflict)
        return box

    def state(self) -> dict[str, Any]:
        return {n: f.binding.kind.state(f.widget) for n, f in self.fields.items()}

    def set_state(self, state: dict[str, Any]) -> None:
        for name, field in self.fields.items():
            if name in state:
                field.binding.kind.set_state(field.widget, state[name])

    def values(self, problems: list[Any]) -> dict[str, Any]:
        """The parsed values; a field that cannot be read adds a ``FieldProblem`` (named
        by its first validation field) and reads as None."""
        from ...domain.errors import FieldProblem
        from ..widgets import FieldInputError

        values: dict[str, Any] = {}
        for name, field in self.fields.items():
            try:
                values[name] = field.binding.kind.value(field.widget)
            except FieldInputError as exc:
                problems.append(FieldProblem((field.binding.problems or (name,))[0], str(exc)))
                values[name] = None
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        for name, field in self.fields.items():
            if name in values:
                field.binding.kind.set_value(field.widget, values[name])

    def shown(self, name: str, value: Any) -> str:
        field = self.fields[name]
        return field.binding.kind.shown(field.widget, value)

    def targets(self) -> dict[str, tuple[QWidget, ErrorLabel]]:
        """Field name and validation field names -> (widget to focus, error line)."""
        found: dict[str, tuple[QWidget, ErrorLabel]] = {}
        for name, field in self.fields.items():
            for key in (name, *field.binding.problems):
                found[key] = (field.focus, field.error)
        return found
