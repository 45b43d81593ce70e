"""The Team section: experts picked from the directory, each with a role; a double booking
shows as soon as the expert is added (the person is asked again at save)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.vocabulary import TeamRole
from ...services.dto import MissionDetail, MissionInput
from ..editor_models import TeamRow, TeamTableModel
from ..empty_state import EmptyState
from ..problem_texts import error_text
from ..theme import warning_color
from ..widgets import ErrorLabel, FieldInputError, SearchCombo, hint_label
from .base import EditorSection, placeholder, set_combo_data, table
from .context import EditorContext
from .fields import TEAM

Dates = Callable[[], tuple[date | None, date | None]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


def role_labels() -> dict[str, str]:
    return {TeamRole.LEAD: _tr("Lead expert"), TeamRole.CO_FACILITATOR: _tr("Co-facilitator"),
            TeamRole.WCO_STAFF: _tr("WCO staff"), TeamRole.OBSERVER: _tr("Observer")}


class TeamSection(EditorSection):
    INDEX = TEAM

    def __init__(self, ctx: EditorContext, mission_id: Callable[[], str | None], dates: Dates,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._mission_id = mission_id
        self._dates = dates
        self.roles = role_labels()
        self.expert_picker = SearchCombo(self)
        self.expert_picker.setObjectName("expertPicker")
        placeholder(self.expert_picker, _tr("Type to search the directory"))
        self.fill_experts()
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for code, label in self.roles.items():
            self.role_combo.addItem(label, str(code))
        self.add_member_button = QPushButton(_tr("&Add to team"), self)
        self.add_member_button.setObjectName("addMemberButton")
        self.add_member_button.clicked.connect(self.add_member)
        self.team_model = TeamTableModel(self.roles, self)
        self.team_proxy = QSortFilterProxyModel(self)
        self.team_proxy.setSourceModel(self.team_model)
        self.team_table = table(self, self.team_proxy, "teamTable")
        self.team_table.setAccessibleName(_tr("Team"))
        self.team_empty_state = EmptyState(
            self.team_table, _tr("No one on the team yet."),
            _tr("Type a name in Expert above, choose the role, then Add to team. The lead "
                "expert comes first in the report."),
            _tr("Pick the first expert"), lambda: self.expert_picker.setFocus())
        header = self.team_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.team_table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.remove_member_button = QPushButton(_tr("&Remove from team"), self)
        self.remove_member_button.setObjectName("removeMemberButton")
        self.remove_member_button.clicked.connect(self.remove_member)
        self.team_clash_label = QLabel(self)
        self.team_clash_label.setObjectName("teamClashLabel")
        self.team_clash_label.setWordWrap(True)
        self.team_clash_label.setStyleSheet(
            f"color: {warning_color(self.palette()).name()};")
        self.team_clash_label.hide()
        self.team_error = ErrorLabel(self)
        self.team_error.setObjectName("teamError")

        picker_row = QHBoxLayout()
        expert_label = QLabel(_tr("E&xpert"), self)
        expert_label.setBuddy(self.expert_picker)
        picker_row.addWidget(expert_label)
        picker_row.addWidget(self.expert_picker, 2)
        role_label = QLabel(_tr("R&ole"), self)
        role_label.setBuddy(self.role_combo)
        picker_row.addWidget(role_label)
        picker_row.addWidget(self.role_combo, 1)
        picker_row.addWidget(self.add_member_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_member_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(hint_label(_tr(
            "Pick experts from the directory and give each a role. A mission past "
            "'planned' needs a lead expert."), self))
        layout.addLayout(picker_row)
        layout.addWidget(self.team_clash_label)
        layout.addWidget(self.team_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.team_error)

    def fill_experts(self) -> None:
        categories = {c.code: c.code.upper() for c in self.catalog.accreditation_categories}
        keep = self.expert_picker.currentText()
        self.expert_picker.set_items([
            (e.name, e.id, ", ".join(categories.get(a.category_code, a.category_code)
                                     for a in e.accreditations))
            for e in self.ctx.experts.list()
        ])
        self.expert_picker.setEditText(keep)

    # --- state ----------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {"team": tuple((r.expert_id, r.name, r.role) for r in self.team_model.rows())}

    def set_state(self, state: dict[str, Any]) -> None:
        if "team" in state:
            self.team_model.set_rows(self.with_clashes(
                [TeamRow(e, n, r) for e, n, r in state["team"]]))
        self.default_role()

    def load(self, detail: MissionDetail | None, data: MissionInput | None) -> None:
        if detail:
            rows = [TeamRow(m.expert_id, m.expert_name, m.role) for m in detail.team]
        else:
            names = {self.expert_picker.itemData(i): self.expert_picker.itemText(i)
                     for i in range(self.expert_picker.count())}
            rows = [TeamRow(t.expert_id, names.get(t.expert_id, "?"), t.role)
                    for t in (data.team or [])] if data else []
        self.team_model.set_rows(self.with_clashes(rows))
        self.default_role()

    def targets(self) -> dict[str, tuple[QWidget, ErrorLabel]]:
        return {key: (self.expert_picker, self.team_error) for key in ("team", "lead_expert")}

    def refresh(self) -> None:
        """Dates may have changed since the experts were added: show clashes anew."""
        rows = self.with_clashes(list(self.team_model.rows()))
        if rows != list(self.team_model.rows()):
            self.team_model.set_rows(rows)

    # --- double bookings ------------------------------------------------------------------

    def clash_text(self, expert_id: str) -> str:
        try:
            start, end = self._dates()
        except FieldInputError:
            return ""
        bookings = self.ctx.missions.bookings_clashing(expert_id, start, end,
                                                       self._mission_id())
        return "; ".join(f"{b.mission_code} ({b.start_date} – {b.end_date})" for b in bookings)

    def with_clashes(self, rows: list[TeamRow]) -> list[TeamRow]:
        return [TeamRow(r.expert_id, r.name, r.role, self.clash_text(r.expert_id))
                for r in rows]

    # --- adding and removing ---------------------------------------------------------------

    def add_member(self) -> None:
        self.team_error.clear_messages()
        try:
            expert_id = self.expert_picker.value()
        except FieldInputError as exc:
            self.team_error.set_messages([error_text(exc)])
            return
        if expert_id is None:
            self.team_error.set_messages([_tr("choose an expert from the directory")])
            return
        name = self.expert_picker.itemText(self.expert_picker.findData(expert_id))
        rows = list(self.team_model.rows())
        clash = self.clash_text(expert_id)
        row = TeamRow(expert_id, name, self.role_combo.currentData(), clash)
        existing = [i for i, r in enumerate(rows) if r.expert_id == expert_id]
        if existing:
            rows[existing[0]] = row
        else:
            rows.append(row)
        self.team_model.set_rows(rows)
        if clash:
            self.team_clash_label.setText(_tr(
                "{name} is already booked at the same time: {missions}. You will be asked "
                "to confirm when you save.").format(name=name, missions=clash))
            self.team_clash_label.show()
        else:
            self.team_clash_label.hide()
        self.edited.emit("team")
        self.expert_picker.setEditText("")
        self.default_role()
        self.expert_picker.setFocus()

    def default_role(self) -> None:
        """Offer 'lead' while the team has none, 'co-facilitator' after (a convenience)."""
        has_lead = any(r.role == TeamRole.LEAD for r in self.team_model.rows())
        set_combo_data(self.role_combo,
                       (TeamRole.CO_FACILITATOR if has_lead else TeamRole.LEAD).value)

    def remove_member(self) -> None:
        index = self.team_table.currentIndex()
        if not index.isValid():
            return
        rows = list(self.team_model.rows())
        del rows[self.team_proxy.mapToSource(index).row()]
        self.team_model.set_rows(rows)
        self.team_clash_label.hide()
        self.edited.emit("team")

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            self.add_member_button.setText(_tr("&Add to team"))
            return
        row = self.team_model.rows()[self.team_proxy.mapToSource(current).row()]
        self.expert_picker.set_value(row.expert_id)
        set_combo_data(self.role_combo, row.role)
        self.add_member_button.setText(_tr("&Set role"))
