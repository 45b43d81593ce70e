"""A read-only table of plain records (the dataclasses a service returned), one column per
(header, text) pair, for the small lists of the mission editor and the sync dialogs.

``ID_ROLE`` gives a row's ``id``; ``SORT_ROLE`` a case-folded text (or a number, when the
column says so) for a ``QSortFilterProxyModel`` in front. Optional per-column colours and
tooltips. The model changes nothing: views call a service and set the rows again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .theme import on_base

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class RecordColumn:
    header: str
    text: Callable[[Any], str]
    #: a sort key other than the text (e.g. a number or an ISO date)
    sort: Callable[[Any], Any] | None = None
    #: a colour name for the text, or None
    color: Callable[[Any], str | None] | None = None
    #: the tooltip (default: the text itself, for elided cells)
    tip: Callable[[Any], str] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[RecordColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        for i, record in enumerate(self._rows):
            if getattr(record, "id", None) == record_id:
                return i
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or \
                index.column() >= len(self.columns):
            return None
        record, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tip(record) if column.tip else column.text(record)
            return tip or None
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.text(record).casefold()
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(record)
            return QBrush(on_base(color)) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


def record_table(parent: QWidget, model: Any, name: str, stretch: int = -1,
                 wrap: bool = False) -> QTableView:
    """A table view set up like the editor's other lists: whole rows, one at a time, no
    editing, Tab leaves the table; ``stretch`` is the column that takes the spare width;
    ``wrap`` shows long texts on several lines (rows grow to fit)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    if wrap:
        table.setWordWrap(True)
        table.setItemDelegate(PaddedDelegate(table))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(120)
    return table


class PaddedDelegate(QStyledItemDelegate):
    """Rows of wrapped text with some air above and below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


def fit_columns(table: QTableView, stretch: int | Sequence[int], max_chars: int = 26,
                caps: dict[int, int] | None = None) -> None:
    """Size every column but ``stretch`` (one or several) to its contents, at most
    ``max_chars`` wide (or as ``caps`` says for a column; longer texts are elided, whole in
    the tooltip); ``stretch`` takes the rest. The person may still drag the borders."""
    header = table.horizontalHeader()
    char = table.fontMetrics().averageCharWidth()
    stretched = {stretch} if isinstance(stretch, int) else set(stretch)
    for column in range(header.count()):
        limit = char * (caps or {}).get(column, max_chars)
        if column in stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column) + 12, limit))
