"""The Agenda section: the sessions of each day within the mission dates, in the order the
person gives them (Alt+Up / Alt+Down)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...services.dto import AgendaItemView, MissionDetail, MissionInput
from ..editor_models import AgendaRow, AgendaTableModel
from ..empty_state import EmptyState
from ..problem_texts import error_text, problem_text
from ..widgets import DateField, ErrorLabel, FieldInputError, TimeField, hint_label
from .base import EditorSection, table
from .context import EditorContext
from .fields import AGENDA

Dates = Callable[[], tuple[date | None, date | None]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


def row_of(view: AgendaItemView) -> AgendaRow:
    return AgendaRow(view.id, view.day, view.start_time, view.end_time, view.activity,
                     view.location, view.counterparts)


def views_of(rows: Sequence[AgendaRow | AgendaItemView]) -> list[AgendaItemView]:
    """Rows as sessions, ``position`` counted within each day as the rows are ordered."""
    counted: dict[date, int] = {}
    views = []
    for r in rows:
        counted[r.day] = counted.get(r.day, -1) + 1
        views.append(AgendaItemView(r.id, r.day, r.start_time, r.end_time, r.activity,
                                    r.location, r.counterparts, counted[r.day]))
    return views


class AgendaSection(EditorSection):
    INDEX = AGENDA

    def __init__(self, ctx: EditorContext, dates: Dates, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dates = dates
        self.agenda_model = AgendaTableModel(self)
        self.agenda_proxy = QSortFilterProxyModel(self)
        self.agenda_proxy.setSourceModel(self.agenda_model)
        self.agenda_table = table(self, self.agenda_proxy, "agendaTable")
        self.agenda_table.setAccessibleName(_tr("Agenda"))
        self.agenda_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.agenda_table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.agenda_dates_label = hint_label("", self)
        self.agenda_dates_label.setObjectName("agendaDatesLabel")
        self.agenda_day_edit = DateField(self)
        self.agenda_day_edit.setObjectName("agendaDay")
        self.agenda_day_edit.setAccessibleName(_tr("Day"))
        self.agenda_start_edit = TimeField(self)
        self.agenda_start_edit.setObjectName("agendaStart")
        self.agenda_end_edit = TimeField(self)
        self.agenda_end_edit.setObjectName("agendaEnd")
        self.agenda_activity_edit = QLineEdit(self)
        self.agenda_activity_edit.setObjectName("agendaActivity")
        self.agenda_activity_edit.setPlaceholderText(_tr("e.g. Opening with the Commissioner"))
        self.agenda_location_edit = QLineEdit(self)
        self.agenda_location_edit.setObjectName("agendaLocation")
        self.agenda_counterparts_edit = QLineEdit(self)
        self.agenda_counterparts_edit.setObjectName("agendaCounterparts")
        self.agenda_counterparts_edit.setPlaceholderText(_tr("Who attends"))
        self.agenda_empty_state = EmptyState(
            self.agenda_table, _tr("No sessions planned yet."),
            _tr("Give the day and the activity below, then Add session."),
            _tr("Plan the first session"), lambda: self.agenda_activity_edit.setFocus())
        self.agenda_form_error = ErrorLabel(self)
        self.agenda_form_error.setObjectName("agendaFormError")
        self.agenda_error = ErrorLabel(self)
        self.agenda_error.setObjectName("agendaError")
        self.agenda_add_button = self._button(_tr("&Add session"), "agendaAddButton",
                                              self.add_session)
        self.agenda_update_button = self._button(_tr("&Update session"), "agendaUpdateButton",
                                                 self.update_session)
        self.agenda_remove_button = self._button(_tr("&Remove"), "agendaRemoveButton",
                                                 self.remove_session)
        self.agenda_up_button = self._button(_tr("Move u&p"), "agendaUpButton",
                                             lambda: self.move_session(-1))
        self.agenda_up_button.setToolTip(_tr("Earlier in the day (Alt+Up)"))
        self.agenda_down_button = self._button(_tr("Move do&wn"), "agendaDownButton",
                                               lambda: self.move_session(1))
        self.agenda_down_button.setToolTip(_tr("Later in the day (Alt+Down)"))
        # Alt+Up/Down while the table has the focus (the view would take them otherwise).
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            move = QAction(self.agenda_table)
            move.setShortcut(QKeySequence(keys))
            move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            move.triggered.connect(lambda _c=False, s=step: self.move_session(s))
            self.agenda_table.addAction(move)
        self._layout()
        for edit in (self.agenda_day_edit.edit, self.agenda_activity_edit):
            edit.textChanged.connect(self.update_buttons)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        day_label = QLabel(_tr("Da&y"), self)
        day_label.setBuddy(self.agenda_day_edit.edit)
        grid.addWidget(day_label, 0, 0)
        grid.addWidget(self.agenda_day_edit, 0, 1)
        time_label = QLabel(_tr("F&rom"), self)
        time_label.setBuddy(self.agenda_start_edit)
        times = QHBoxLayout()
        times.addWidget(self.agenda_start_edit)
        until = QLabel(_tr("to"), self)
        until.setBuddy(self.agenda_end_edit)
        times.addWidget(until)
        times.addWidget(self.agenda_end_edit)
        times.addStretch(1)
        grid.addWidget(time_label, 0, 2)
        grid.addLayout(times, 0, 3)
        activity_label = QLabel(_tr("Acti&vity"), self)
        activity_label.setBuddy(self.agenda_activity_edit)
        grid.addWidget(activity_label, 1, 0)
        grid.addWidget(self.agenda_activity_edit, 1, 1, 1, 3)
        location_label = QLabel(_tr("&Location"), self)
        location_label.setBuddy(self.agenda_location_edit)
        grid.addWidget(location_label, 2, 0)
        grid.addWidget(self.agenda_location_edit, 2, 1)
        with_label = QLabel(_tr("W&ith"), self)
        with_label.setBuddy(self.agenda_counterparts_edit)
        grid.addWidget(with_label, 2, 2)
        grid.addWidget(self.agenda_counterparts_edit, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        for button in (self.agenda_add_button, self.agenda_update_button,
                       self.agenda_remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.agenda_up_button)
        buttons.addWidget(self.agenda_down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.agenda_dates_label)
        layout.addWidget(self.agenda_table, 1)
        layout.addWidget(self.agenda_error)
        layout.addLayout(grid)
        layout.addWidget(self.agenda_form_error)
        layout.addLayout(buttons)

    # --- state ----------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {"agenda": self.agenda_model.rows()}

    def set_state(self, state: dict[str, Any]) -> None:
        if "agenda" in state:
            self.agenda_model.set_rows(state["agenda"])
        self.refresh()

    def load(self, detail: MissionDetail | None, data: MissionInput | None) -> None:
        self.agenda_model.set_rows([row_of(a) for a in detail.agenda] if detail else [])
        self.refresh()

    def targets(self) -> dict[str, tuple[QWidget, ErrorLabel]]:
        return {"agenda": (self.agenda_table, self.agenda_error)}

    def clear_marks(self) -> None:
        self.agenda_model.mark_rows(set())

    def mark_problems(self, messages: list[str]) -> None:
        """Mark the sessions a problem names ("session 2 (…): …")."""
        self.agenda_model.mark_rows({int(m.split()[1]) - 1 for m in messages
                                     if m.startswith("session ") and m.split()[1].isdigit()})

    def refresh(self) -> None:
        self._update_dates()
        self.update_buttons()

    def _mission_dates(self) -> tuple[date | None, date | None]:
        try:
            return self._dates()
        except FieldInputError:
            return None, None

    def _update_dates(self) -> None:
        start, end = self._mission_dates()
        self.agenda_day_edit.set_range(start, end)
        if start:
            day = self.default_day(start, end)
            try:
                typed = self.agenda_day_edit.value()
            except FieldInputError:
                typed = None
            if day != typed:
                self.agenda_day_edit.set_value(day)
        if start and end:
            self.agenda_dates_label.setText(_tr(
                "Sessions fall within the mission dates, {start} to {end}. Sessions of a day "
                "keep the order you give them (Alt+Up / Alt+Down).").format(
                start=start.isoformat(), end=end.isoformat()))
        elif start:
            self.agenda_dates_label.setText(_tr(
                "The mission is ongoing: sessions fall on or after its start, {start}. "
                "Sessions of a day keep the order you give them (Alt+Up / Alt+Down).").format(
                start=start.isoformat()))
        else:
            self.agenda_dates_label.setText(_tr(
                "Give the mission its dates (Overview) to plan the days."))

    def default_day(self, start: date, end: date | None) -> date:
        """The day the form offers: the one there if it lies within the mission's dates,
        else the last day already planned within them (the next session usually follows
        it), else the first day of the mission."""
        def within(day: date | None) -> bool:
            return day is not None and start <= day and (end is None or day <= end)

        try:
            typed = self.agenda_day_edit.value()
        except FieldInputError:
            typed = None
        if within(typed):
            assert typed is not None
            return typed
        planned = [row.day for row in self.agenda_model.rows() if within(row.day)]
        return max(planned) if planned else start

    def update_buttons(self) -> None:
        ready = bool(self.agenda_day_edit.text().strip() and
                     self.agenda_activity_edit.text().strip())
        self.agenda_add_button.setEnabled(ready)
        selected = self.agenda_table.currentIndex().isValid()
        self.agenda_update_button.setEnabled(ready and selected)
        for button in (self.agenda_remove_button, self.agenda_up_button,
                       self.agenda_down_button):
            button.setEnabled(selected)

    # --- editing sessions -------------------------------------------------------------------

    def _session_from_form(self, row_id: str) -> AgendaRow | None:
        self.agenda_form_error.clear_messages()
        problems: list[str] = []
        values: dict[str, Any] = {}
        for key, field in (("day", self.agenda_day_edit), ("start", self.agenda_start_edit),
                           ("end", self.agenda_end_edit)):
            try:
                values[key] = field.value()
            except FieldInputError as exc:
                problems.append(error_text(exc))
        if not problems:
            if values["day"] is None:
                problems.append(_tr("give the day of the session"))
            else:
                start, end = self._mission_dates()
                problems += [problem_text(p) for p in rules.check_agenda_slot(
                    values["day"], values["start"], values["end"], start, end)]
        if problems:
            self.agenda_form_error.set_messages(problems)
            return None
        return AgendaRow(row_id, values["day"], values["start"], values["end"],
                         self.agenda_activity_edit.text().strip(),
                         self.agenda_location_edit.text().strip(),
                         self.agenda_counterparts_edit.text().strip())

    def _set_rows(self, rows: list[AgendaRow], select: AgendaRow | None) -> None:
        # Days in order; within a day the order the person gave.
        ordered = sorted(rows, key=lambda r: r.day)
        self.agenda_model.set_rows(ordered)
        if select is not None and select in ordered:
            index = self.agenda_proxy.mapFromSource(
                self.agenda_model.index(ordered.index(select), 0))
            self.agenda_table.setCurrentIndex(index)
        self.edited.emit("agenda")
        self.update_buttons()

    def add_session(self) -> None:
        row = self._session_from_form("")
        if row is None:
            return
        self._set_rows([*self.agenda_model.rows(), row], row)
        self.agenda_activity_edit.clear()
        self.agenda_start_edit.clear()
        self.agenda_end_edit.clear()
        self.agenda_activity_edit.setFocus()

    def _selected(self) -> int | None:
        index = self.agenda_table.currentIndex()
        return self.agenda_proxy.mapToSource(index).row() if index.isValid() else None

    def update_session(self) -> None:
        at = self._selected()
        if at is None:
            return
        rows = list(self.agenda_model.rows())
        row = self._session_from_form(rows[at].id)
        if row is None:
            return
        rows[at] = row
        self._set_rows(rows, row)

    def remove_session(self) -> None:
        at = self._selected()
        if at is None:
            return
        rows = list(self.agenda_model.rows())
        del rows[at]
        self._set_rows(rows, None)

    def move_session(self, step: int) -> None:
        at = self._selected()
        if at is None:
            return
        rows = list(self.agenda_model.rows())
        target = at + step
        if not 0 <= target < len(rows) or rows[target].day != rows[at].day:
            return
        rows[at], rows[target] = rows[target], rows[at]
        self._set_rows(rows, rows[target])

    def select_session(self, session_id: str) -> bool:
        """Select the saved session ``session_id`` (its fields fill the form)."""
        for at, row in enumerate(self.agenda_model.rows()):
            if row.id == session_id:
                index = self.agenda_proxy.mapFromSource(self.agenda_model.index(at, 0))
                self.agenda_table.setCurrentIndex(index)
                self.agenda_table.scrollTo(index)
                return True
        return False

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        self.update_buttons()
        if not current.isValid():
            return
        row = self.agenda_model.rows()[self.agenda_proxy.mapToSource(current).row()]
        self.agenda_day_edit.set_value(row.day)
        self.agenda_start_edit.set_value(row.start_time)
        self.agenda_end_edit.set_value(row.end_time)
        self.agenda_activity_edit.setText(row.activity)
        self.agenda_location_edit.setText(row.location)
        self.agenda_counterparts_edit.setText(row.counterparts)
