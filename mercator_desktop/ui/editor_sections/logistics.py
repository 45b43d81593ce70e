"""The Logistics section: free notes on flights, visas, venue and the like."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .base import EditorSection
from .context import EditorContext
from .fields import LOGISTICS


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class LogisticsSection(EditorSection):
    INDEX = LOGISTICS

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        notes = self.fields["logistics_notes"]
        label = QLabel(_tr("&Notes on logistics"), self)
        label.setBuddy(notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label)
        layout.addWidget(self.fields.framed(notes, "logistics_notes"), 1)
