"""The Summary section: the executive summary, the mission's key conclusions in a few
paragraphs, printed at the start of the mission report (saved with Save, like the plan)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..widgets import hint_label
from .base import EditorSection
from .context import EditorContext
from .fields import SUMMARY


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class SummarySection(EditorSection):
    INDEX = SUMMARY

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        summary = self.fields["executive_summary"]
        label = QLabel(_tr("&Executive summary"), self)
        label.setBuddy(summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label)
        layout.addWidget(hint_label(_tr(
            "The key conclusions of the mission, in a few paragraphs: they open the mission "
            "report, before the details. Leave a blank line between paragraphs."), self))
        layout.addWidget(self.fields.framed(summary, "executive_summary"), 1)
