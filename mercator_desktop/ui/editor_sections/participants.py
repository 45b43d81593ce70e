"""The Participants section: counts of women, men and the total, and the beneficiary
counterparts the team works with."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.dto import MissionDetail, MissionInput
from ..editor_models import CounterpartRow, CounterpartTableModel
from ..empty_state import EmptyState
from ..widgets import ErrorLabel, hint_label
from .base import EditorSection, add_row, form, table
from .context import EditorContext
from .fields import PARTICIPANTS


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class ParticipantsSection(EditorSection):
    INDEX = PARTICIPANTS

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.fields
        self.fill_total_button = QPushButton(_tr("Total = women + men"), self)
        self.fill_total_button.setObjectName("fillTotalButton")
        self.fill_total_button.clicked.connect(self._on_fill_total_clicked)
        f.fields["participants_total"].error.setObjectName("totalError")
        counts = form()
        add_row(counts, _tr("&Women"), f.framed(f["participants_women"], "participants_women"),
                f["participants_women"])
        add_row(counts, _tr("&Men"), f.framed(f["participants_men"], "participants_men"),
                f["participants_men"])
        add_row(counts, _tr("&Total"), f.framed(f["participants_total"], "participants_total",
                                               beside=(self.fill_total_button,)),
                f["participants_total"])
        counts_box = QGroupBox(_tr("Participants"), self)
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(hint_label(_tr(
            "Counts of the workshop or meeting participants; leave empty when not known. "
            "The total may include people who did not say."), counts_box))
        counts_layout.addLayout(counts)

        self.counterpart_model = CounterpartTableModel(self)
        self.counterpart_proxy = QSortFilterProxyModel(self)
        self.counterpart_proxy.setSourceModel(self.counterpart_model)
        self.counterpart_table = table(self, self.counterpart_proxy, "counterpartTable")
        self.counterpart_empty_state = EmptyState(
            self.counterpart_table, _tr("No counterparts yet."),
            _tr("The people of the administration the team works with: type a name below "
                "and add them."))
        self.counterpart_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.counterpart_name_edit = self._edit("counterpartName", _tr("Name"))
        self.counterpart_unit_edit = self._edit("counterpartUnit",
                                                _tr("Unit, e.g. Internal Affairs"))
        self.counterpart_contact_edit = self._edit("counterpartContact", _tr("E-mail or phone"))
        for edit, name in ((self.counterpart_name_edit, _tr("Counterpart's name")),
                           (self.counterpart_unit_edit, _tr("Counterpart's unit")),
                           (self.counterpart_contact_edit, _tr("Counterpart's e-mail or phone"))):
            edit.setAccessibleName(name)
        self.counterpart_table.setAccessibleName(_tr("Beneficiary counterparts"))
        self.counterpart_add_button = QPushButton(_tr("A&dd counterpart"), self)
        self.counterpart_add_button.setObjectName("counterpartAddButton")
        self.counterpart_add_button.clicked.connect(self.add_counterpart)
        self.counterpart_remove_button = QPushButton(_tr("Remo&ve"), self)
        self.counterpart_remove_button.setObjectName("counterpartRemoveButton")
        self.counterpart_remove_button.clicked.connect(self.remove_counterpart)
        self.counterparts_error = ErrorLabel(self)
        self.counterparts_error.setObjectName("counterpartsError")
        counterparts_box = QGroupBox(_tr("Beneficiary counterparts"), self)
        box_layout = QVBoxLayout(counterparts_box)
        box_layout.addWidget(self.counterpart_table, 1)
        inputs = QHBoxLayout()
        for edit in (self.counterpart_name_edit, self.counterpart_unit_edit,
                     self.counterpart_contact_edit):
            inputs.addWidget(edit, 2)
        inputs.addWidget(self.counterpart_add_button)
        inputs.addWidget(self.counterpart_remove_button)
        box_layout.addLayout(inputs)
        box_layout.addWidget(self.counterparts_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(counts_box)
        layout.addWidget(counterparts_box, 1)

    def _edit(self, name: str, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(hint)
        return edit

    def state(self) -> dict[str, Any]:
        return {**super().state(), "counterparts": self.counterpart_model.rows()}

    def set_state(self, state: dict[str, Any]) -> None:
        if "counterparts" in state:
            self.counterpart_model.set_rows(state["counterparts"])
        super().set_state(state)

    def load(self, detail: MissionDetail | None, data: MissionInput | None) -> None:
        self.counterpart_model.set_rows([CounterpartRow(c.id, c.name, c.unit, c.contact)
                                         for c in detail.counterparts] if detail else [])
        super().load(detail, data)

    def targets(self) -> dict[str, Any]:
        return {**super().targets(),
                "counterparts": (self.counterpart_table, self.counterparts_error)}

    def _on_fill_total_clicked(self) -> None:
        women = self.fields["participants_women"].value()
        men = self.fields["participants_men"].value()
        if women is not None or men is not None:
            self.fields["participants_total"].set_value((women or 0) + (men or 0))

    def add_counterpart(self) -> None:
        row = CounterpartRow("", self.counterpart_name_edit.text().strip(),
                             self.counterpart_unit_edit.text().strip(),
                             self.counterpart_contact_edit.text().strip())
        if not (row.name or row.unit or row.contact):
            return
        self.counterpart_model.set_rows([*self.counterpart_model.rows(), row])
        self.edited.emit("counterparts")
        for edit in (self.counterpart_name_edit, self.counterpart_unit_edit,
                     self.counterpart_contact_edit):
            edit.clear()
        self.counterpart_name_edit.setFocus()

    def remove_counterpart(self) -> None:
        index = self.counterpart_table.currentIndex()
        if not index.isValid():
            return
        rows = list(self.counterpart_model.rows())
        del rows[self.counterpart_proxy.mapToSource(index).row()]
        self.counterpart_model.set_rows(rows)
        self.edited.emit("counterparts")
