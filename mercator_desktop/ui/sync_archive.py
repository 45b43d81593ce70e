"""The archived missions: missions this person was taken off the team of. HQ no longer
sends their changes and refuses changes to them; they stay on this laptop, read-only, out of
the mission list, and are listed here (Sync → Archived missions…) with HQ's plain message.
The dialog only reads ``SyncService.archived_missions()``; it does not open the missions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .problem_texts import message_text
from .record_models import RecordColumn, RecordTableModel, fit_columns, record_table
from .screen_fit import fit_window
from .widgets import hint_label


class ArchivedMissionsDialog(QDialog):
    """``sync`` is a ``services.sync.SyncService``."""

    def __init__(self, sync: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archivedMissionsDialog")
        self.sync = sync
        self.setWindowTitle(self.tr("Archived missions"))
        fit_window(self, size=QSize(820, 420))
        self.model = RecordTableModel([
            RecordColumn(self.tr("Code"), lambda a: a.code or "–"),
            RecordColumn(self.tr("Title"), lambda a: a.title or "–"),
            RecordColumn(self.tr("Archived on"),
                         lambda a: a.at.astimezone().strftime("%Y-%m-%d")),
            RecordColumn(self.tr("Message"), lambda a: message_text(a.reason) if a.reason else "–"),
        ], self)
        self.table = record_table(self, self.model, "archivedTable", stretch=3, wrap=True)
        self.table.setAccessibleName(self.tr("Archived missions"))
        self.empty_label = QLabel(self.tr("No archived missions: you are on the team of "
                                          "every mission on this laptop."), self)
        self.empty_label.setObjectName("noArchivedLabel")
        self.empty_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "You were taken off the team of these missions. They stay on this laptop, "
            "read-only and out of the mission list; HQ no longer sends their changes and "
            "does not take yours."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = self.sync.archived_missions()
        self.model.set_rows(rows)
        fit_columns(self.table, 3, max_chars=30)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
