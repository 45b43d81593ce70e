"""Item models of the mission editor: the team, the agenda, the counterparts (tables) and the
checkable reference lists of the Links section (a two-level tree: TFA articles and their
paragraphs; Arusha factors and GEOAT principles are one level).

Rows are frozen dataclasses, so the editor can take a snapshot of a whole section for undo
and compare it with the saved one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from .theme import on_base
from .widgets import ERROR_COLOR, WARNING_COLOR

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class TeamRow:
    expert_id: str
    name: str
    role: str
    clash: str = ""  # "also on JM-… (dates)" when the expert is booked elsewhere meanwhile


@dataclass(frozen=True)
class AgendaRow:
    id: str  # "" until saved
    day: date
    start_time: time | None
    end_time: time | None
    activity: str
    location: str = ""
    counterparts: str = ""


@dataclass(frozen=True)
class CounterpartRow:
    id: str  # "" until saved
    name: str
    unit: str = ""
    contact: str = ""


class _RowsModel(QAbstractTableModel):
    """A read-only table of frozen rows; subclasses say which texts each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._marked: set[int] = set()

    def headers(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._marked = set()
        self.endResetModel()

    def mark_rows(self, rows: set[int]) -> None:
        """Rows shown in the error colour (a problem the services reported)."""
        self._marked = set(rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.ForegroundRole])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            text = self.cell(row, index.column())
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            return text.casefold() if role == SORT_ROLE else text
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._marked:
            return QBrush(on_base(ERROR_COLOR))
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers())):
            return self.headers()[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class TeamTableModel(_RowsModel):
    def __init__(self, role_labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role_labels = role_labels

    def headers(self) -> list[str]:
        return [self.tr("Expert"), self.tr("Role"), self.tr("Booked elsewhere at that time")]

    def cell(self, row: TeamRow, column: int) -> str:
        return (row.name, self.role_labels.get(row.role, row.role), row.clash)[column]

    def extra_data(self, row: TeamRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.clash:
            return QBrush(on_base(WARNING_COLOR))
        return None


class AgendaTableModel(_RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Start"), self.tr("End"), self.tr("Activity"),
                self.tr("Location"), self.tr("Counterparts")]

    def cell(self, row: AgendaRow, column: int) -> str:
        if column == 0:
            return row.day.isoformat()
        if column in (1, 2):
            value = row.start_time if column == 1 else row.end_time
            return value.strftime("%H:%M") if value else ""
        return (row.activity, row.location, row.counterparts)[column - 3]


class CounterpartTableModel(_RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Unit"), self.tr("Contact")]

    def cell(self, row: CounterpartRow, column: int) -> str:
        return (row.name, row.unit, row.contact)[column]


# --- checkable reference lists -------------------------------------------------------------


@dataclass(frozen=True)
class LinkItem:
    code: str
    label: str
    parent: str | None = None


class LinkTreeModel(QAbstractItemModel):
    """Reference items with a check box each, in two levels (an item with ``parent`` set is
    shown under that parent). ``checked_changed`` fires when the person ticks or unticks."""

    checked_changed = Signal()

    def __init__(self, items: Sequence[LinkItem], parent: QObject | None = None) -> None:
        super().__init__(parent)
        codes = {i.code for i in items}
        self._top: list[LinkItem] = [i for i in items if not i.parent or i.parent not in codes]
        self._children: dict[str, list[LinkItem]] = {}
        for item in items:
            if item.parent and item.parent in codes:
                self._children.setdefault(item.parent, []).append(item)
        self._top_row = {item.code: row for row, item in enumerate(self._top)}
        self._checked: set[str] = set()
        self._known = codes

    def checked_codes(self) -> frozenset[str]:
        return frozenset(self._checked)

    def set_checked(self, codes: Sequence[str] | frozenset[str]) -> None:
        self._checked = {c for c in codes if c in self._known}
        self._checked_all_changed()

    def _checked_all_changed(self) -> None:
        for row, item in enumerate(self._top):
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
            children = self._children.get(item.code, [])
            if children:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(children) - 1, 0, parent),
                                      [Qt.ItemDataRole.CheckStateRole])

    def item(self, index: AnyIndex) -> LinkItem | None:
        if not index.isValid():
            return None
        parent_row = index.internalId() - 1
        if parent_row < 0:
            return self._top[index.row()] if index.row() < len(self._top) else None
        children = self._children.get(self._top[parent_row].code, [])
        return children[index.row()] if index.row() < len(children) else None

    def index_of(self, code: str) -> QModelIndex:
        if code in self._top_row:
            return self.index(self._top_row[code], 0)
        for parent_code, children in self._children.items():
            for row, child in enumerate(children):
                if child.code == code:
                    return self.index(row, 0, self.index(self._top_row[parent_code], 0))
        return QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._top) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        children = self._children.get(self._top[parent.row()].code, [])
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._children.get(self._top[parent.row()].code, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.code}  {item.label}" if item.code[:1].isdigit() else item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if item.code in self._checked
                    else Qt.CheckState.Unchecked)
        if role == CODE_ROLE:
            return item.code
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index)
        if item is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked \
            if not isinstance(value, bool) else value
        if checked == (item.code in self._checked):
            return True
        if checked:
            self._checked.add(item.code)
        else:
            self._checked.discard(item.code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsUserCheckable)
        if index.internalId() != 0 or not self._children.get(self._top[index.row()].code):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return None
