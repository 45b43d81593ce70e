"""What every section of the mission editor shares: its plain fields made from the table
(``fields.BoundFields``), the ``edited`` signal, undo snapshots, loading, where problems go,
and the look of forms and tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QTableView,
    QWidget,
)

from ...services.dto import MissionDetail, MissionInput
from ..widgets import ErrorLabel, caption_for
from .context import EditorContext
from .fields import BoundFields


class EditorSection(QWidget):
    """``edited(key)``: a person changed something (a field name, or the section's list)."""

    edited = Signal(str)
    INDEX = -1

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.catalog = ctx.catalog
        self.fields = BoundFields(self.INDEX, self, ctx, self._on_field_edited)

    def _on_field_edited(self, name: str) -> None:
        self.edited.emit(name)

    def state(self) -> dict[str, Any]:
        """Everything a person can change here, as comparable values (for undo)."""
        return self.fields.state()

    def set_state(self, state: dict[str, Any]) -> None:
        self.fields.set_state(state)
        self.refresh()

    def load(self, detail: MissionDetail | None, data: MissionInput | None) -> None:
        """Show a stored mission (``detail``), or a template or nothing (``data``)."""
        if data is not None:
            self.fields.set_values(vars(data))
        self.refresh()

    def refresh(self) -> None:
        """Bring what is derived from the fields (titles, hints) up to date."""

    def targets(self) -> dict[str, tuple[QWidget, ErrorLabel]]:
        """Field or validation name -> (the widget to focus, the error line beside it)."""
        return self.fields.targets()

    def clear_marks(self) -> None:
        """Forget what the last save marked (rows with problems)."""


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setVerticalSpacing(8)
    layout.setHorizontalSpacing(10)
    return layout


def add_row(layout: QFormLayout, caption: str, content: QWidget, buddy: QWidget) -> None:
    label = caption_for(caption, buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, 3, 0, 0)
    layout.addRow(label, content)


def table(parent: QWidget, model: Any, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setMinimumHeight(140)
    return view


def set_combo_data(combo: QComboBox, value: Any) -> None:
    found = combo.findData(value)
    combo.setCurrentIndex(found if found >= 0 else 0)


def placeholder(combo: QComboBox, text: str) -> None:
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(text)
