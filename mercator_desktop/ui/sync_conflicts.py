"""The conflict inbox: fields that HQ and this computer both changed, differently, since the
last sync — and the records HQ refused.

For each conflict the record already holds HQ's value (every other change was merged field
by field); the person keeps HQ's value, or keeps theirs, which goes to HQ at the next sync —
as ``SyncService.resolve_conflict`` offers. Refused records show HQ's reason; "Try them
again" puts them back in the queue for the next sync. The dialog stores nothing itself: it
calls the service and announces the missions concerned on the app-level signal.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from . import labels
from .events import app_events
from .record_models import RecordColumn, RecordTableModel, fit_columns, record_table
from .widgets import ErrorLabel, hint_label


def value_text(value: Any) -> str:
    """A stored value as a person reads it."""
    from PySide6.QtCore import QCoreApplication

    if value is None or value == "":
        return QCoreApplication.translate("ConflictsDialog", "(empty)")
    if isinstance(value, bool):
        return (QCoreApplication.translate("ConflictsDialog", "Yes") if value
                else QCoreApplication.translate("ConflictsDialog", "No"))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split())


class ConflictsDialog(QDialog):
    """``sync`` is a ``services.sync.SyncService``. ``resolved(n)`` after each choice."""

    resolved = Signal(int)

    def __init__(self, sync: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.sync = sync
        self.resize(900, 560)
        types = labels.record_types()

        self.intro_label = hint_label(self.tr(
            "HQ and you both changed these fields since the last sync. Everything else was "
            "merged. The record now holds HQ's value: keep HQ's, or keep yours — yours is "
            "then sent to HQ at the next sync."), self)
        self.model = RecordTableModel([
            RecordColumn(self.tr("Mission"), lambda c: c.mission_code or "–"),
            RecordColumn(self.tr("Record"), lambda c: types.get(c.record_type, c.record_type)
                         + (f": {c.label}" if c.label and c.record_type != "missions"
                            else "")),
            RecordColumn(self.tr("Field"), lambda c: labels.field_name(c.field)),
            RecordColumn(self.tr("Yours"), lambda c: value_text(c.mine)),
            RecordColumn(self.tr("HQ's"), lambda c: value_text(c.theirs)),
            RecordColumn(self.tr("Found"),
                         lambda c: c.detected_at.astimezone().strftime("%Y-%m-%d %H:%M")),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self, self.proxy, "conflictTable", stretch=3, wrap=True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.empty_label = QLabel(self.tr("No conflicts: everything you and HQ changed was "
                                          "merged."), self)
        self.empty_label.setObjectName("noConflictsLabel")
        self.keep_mine_button = QPushButton(self.tr("Keep &mine"), self)
        self.keep_mine_button.setObjectName("keepMineButton")
        self.keep_mine_button.setToolTip(self.tr("Put your value back; it is sent to HQ at "
                                                 "the next sync"))
        self.keep_mine_button.clicked.connect(lambda: self.resolve_current("mine"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &HQ's"), self)
        self.keep_theirs_button.setObjectName("keepTheirsButton")
        self.keep_theirs_button.setToolTip(self.tr("Accept HQ's value (already in the record)"))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve_current("theirs"))
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("conflictsError")

        self.refused_model = RecordTableModel([
            RecordColumn(self.tr("Mission"), lambda q: q.mission_code or "–"),
            RecordColumn(self.tr("Record"), lambda q: types.get(q.record_type, q.record_type)
                         + (f": {q.label}" if q.label and q.record_type != "missions"
                            else "")),
            RecordColumn(self.tr("HQ's reason"), lambda q: q.reason or "–"),
            RecordColumn(self.tr("When"),
                         lambda q: q.at.astimezone().strftime("%Y-%m-%d %H:%M")),
        ], self)
        self.refused_proxy = QSortFilterProxyModel(self)
        self.refused_proxy.setSourceModel(self.refused_model)
        self.refused_table = record_table(self, self.refused_proxy, "refusedTable", stretch=2,
                                          wrap=True)
        self.refused_table.setMinimumHeight(80)
        self.refused_table.setMaximumHeight(self.fontMetrics().height() * 9)
        self.retry_button = QPushButton(self.tr("&Try them again at the next sync"), self)
        self.retry_button.setObjectName("retryRefusedButton")
        self.retry_button.clicked.connect(self.retry_refused)
        self.refused_box = QGroupBox(self.tr("Refused by HQ"), self)
        refused = QVBoxLayout(self.refused_box)
        refused.addWidget(hint_label(self.tr(
            "HQ did not accept these records; they wait here and do not hold up the others. "
            "Correct them (or ask HQ), then try again."), self.refused_box))
        refused.addWidget(self.refused_table, 1)
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry_button)
        retry_row.addStretch(1)
        refused.addLayout(retry_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(self.keep_mine_button)
        choice.addWidget(self.keep_theirs_button)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty_label)
        layout.addLayout(choice)
        layout.addWidget(self.error_label)
        layout.addWidget(self.refused_box)
        layout.addWidget(buttons)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        keep = self.table.currentIndex().row()
        conflicts = self.sync.conflicts()
        self.model.set_rows(conflicts)
        fit_columns(self.table, (3, 4), max_chars=22)
        if conflicts:
            self.table.setCurrentIndex(self.proxy.index(
                min(max(keep, 0), len(conflicts) - 1), 0))
        self.table.setVisible(bool(conflicts))
        self.empty_label.setVisible(not conflicts)
        refused = self.sync.quarantined()
        self.refused_model.set_rows(refused)
        fit_columns(self.refused_table, 2)
        self.refused_box.setVisible(bool(refused))
        self._update()

    def _update(self) -> None:
        selected = self.table.currentIndex().isValid() and self.model.rowCount() > 0
        self.keep_mine_button.setEnabled(selected)
        self.keep_theirs_button.setEnabled(selected)
        self.keep_mine_button.setVisible(self.model.rowCount() > 0)
        self.keep_theirs_button.setVisible(self.model.rowCount() > 0)

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() \
            else None

    def resolve_current(self, keep: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.error_label.clear_messages()
        try:
            self.sync.resolve_conflict(conflict.id, keep)
        except UserError as exc:
            self.error_label.set_messages([str(exc)])
        else:
            app_events().missions_changed.emit([conflict.mission_id] if conflict.mission_id
                                               else [])
            self.resolved.emit(conflict.id)
        self.refresh()

    def retry_refused(self) -> None:
        try:
            self.sync.retry_quarantined()
        except UserError as exc:
            self.error_label.set_messages([str(exc)])
            return
        app_events().missions_changed.emit([])
        self.resolved.emit(0)
        self.refresh()
