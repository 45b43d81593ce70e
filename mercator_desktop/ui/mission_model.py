"""The mission list as a table model (rows are ``MissionSummary`` dataclasses).

Built for 20,000 missions on an old laptop:

- Labels for codes (type, status, country, region) are looked up once, when rows are
  prepared — ``prepare_rows`` is plain Python and runs on the worker thread that loads the
  list — so painting never queries the database.
- The model filters and sorts ITSELF with precomputed keys (a Python sort of 20,000 keys takes
  milliseconds). A ``QSortFilterProxyModel`` sorting a Python model calls ``data()`` twice per
  comparison: about 6 s for 20,000 rows here. The view still sits behind a proxy
  (``MissionListProxy``) like every list, but the proxy hands ``sort()`` to this model and
  filters nothing itself.
- The filter is a predicate ``(summary, search_text) -> bool`` made by the services
  (``MissionService.matcher``), so the rules of the list live there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from .theme import on_base

if TYPE_CHECKING:  # no services import at run time: keeps the first paint free of SQLAlchemy
    from ..services.dto import MissionSummary
    from ..services.reference import ReferenceCatalog

AnyIndex = QModelIndex | QPersistentModelIndex
Predicate = Callable[["MissionSummary", str], bool]


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    TYPE = 2
    COUNTRY = 3
    REGION = 4
    START = 5
    END = 6
    STATUS = 7
    LEAD = 8
    SYNC = 9


_DATE_COLUMNS = (Column.START, Column.END)
_NO_DATE = "9999-99-99"  # missing dates sort after every real date


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass
class PreparedRows:
    """Rows ready for the model (made off the GUI thread by ``prepare_rows``)."""

    missions: list[MissionSummary] = field(default_factory=list)
    rows: list[tuple[str, ...]] = field(default_factory=list)
    tips: list[tuple[str, ...]] = field(default_factory=list)
    search: list[str] = field(default_factory=list)


class RowMaker:
    """Turns summaries into display rows with labels from a catalog (cached per code)."""

    def __init__(self, catalog: ReferenceCatalog, sync_labels: dict[str, str],
                 no_lead: str, ongoing: str = "", ongoing_tip: str = "") -> None:
        self.catalog = catalog
        # A mission with a start and no end is open-ended (e.g. a follow-up), not one day.
        self.ongoing = ongoing
        self.ongoing_tip = ongoing_tip
        self.sync_labels = sync_labels
        self.no_lead = no_lead
        self._labels: dict[tuple[str, str], str] = {}
        self._region_short = {
            item.code: (item.extra.get("short_names") or {}).get(catalog.lang, "")
            for item in catalog.regions
        }
        self._countries = catalog.country_by_iso2
        self._country_tips: dict[str, str] = {}

    def label(self, kind: str, code: str) -> str:
        key = (kind, code)
        if key not in self._labels:
            self._labels[key] = self.catalog.label(kind, code) if code else ""
        return self._labels[key]

    def region(self, code: str) -> str:
        return self._region_short.get(code) or self.label("regions", code)

    def make(self, missions: Sequence[MissionSummary],
             search_index: dict[str, str] | None = None) -> PreparedRows:
        prepared = PreparedRows(missions=list(missions))
        for m in missions:
            country = self._countries.get(m.country_iso2)
            country_name = country.name if country else m.country_iso2
            prepared.rows.append((
                m.code,
                m.title,
                self.label("mission_types", m.type_code),
                country_name,
                self.region(m.region_code),
                m.start_date.isoformat() if m.start_date else "",
                m.end_date.isoformat() if m.end_date else (self.ongoing if m.start_date
                                                           else ""),
                self.label("statuses", m.status_code),
                m.lead_expert,
                self.sync_labels.get(m.sync_state, m.sync_state),
            ))
            country_tip = self._country_tips.get(m.country_iso2)
            if country_tip is None:  # one string per country, not one per row
                country_tip = self._country_tips[m.country_iso2] = (
                    f"{country_name} ({m.country_iso2})")
            prepared.tips.append((
                "", m.title, prepared.rows[-1][Column.TYPE], country_tip,
                self.label("regions", m.region_code), "",
                self.ongoing_tip.format(start=m.start_date.isoformat())
                if m.start_date and not m.end_date else "", "",
                m.lead_expert or self.no_lead, "",
            ))
            search = search_index.get(m.id) if search_index is not None else None
            if search is None:
                search = _fold("\n".join((m.code, m.title, country_name, m.lead_expert)))
            prepared.search.append(search)
        return prepared


# Colours of the status column: open work stands out, finished work recedes.
_STATUS_COLORS = {
    "in_delivery": "#1b6e3a",
    "report_draft": "#8a5a00",
    "cancelled": "#8c8c8c",
    "closed": "#6b6b6b",
}
# Colours of the sync column: what needs the person stands out.
_SYNC_COLORS = {
    "conflict": "#b3261e",
    "error": "#b3261e",
    "pending": "#8a5a00",
    "local": "#8a5a00",
}


class MissionTableModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole
    MISSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    CODE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw code behind a label (type, status …)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._missions: list[MissionSummary] = []
        self._rows: list[tuple[str, ...]] = []
        self._tips: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._position: dict[str, int] = {}  # mission id -> index in the lists above
        self._visible: list[int] = []  # indexes shown, in display order
        self._predicate: Predicate | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._keys: dict[int, list[str]] = {}

    # --- content -------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("Code"), self.tr("Title"), self.tr("Type"), self.tr("Country"),
            self.tr("Region"), self.tr("Start"), self.tr("End"), self.tr("Status"),
            self.tr("Lead expert"), self.tr("Sync"),
        ]

    def sync_labels(self) -> dict[str, str]:
        return {
            "local": self.tr("Not yet sent"),
            "pending": self.tr("Changes to send"),
            "synced": self.tr("Synced"),
            "conflict": self.tr("Conflict"),
            "error": self.tr("Error"),
        }

    def row_maker(self, catalog: ReferenceCatalog) -> RowMaker:
        """Call on the GUI thread (translations); the maker itself may run anywhere."""
        return RowMaker(catalog, self.sync_labels(), self.tr("No lead expert yet"),
                        self.tr("ongoing"), self.tr("From {start}, no end date yet"))

    def set_missions(
        self, missions: Sequence[MissionSummary], catalog: ReferenceCatalog,
        search_index: dict[str, str] | None = None,
    ) -> None:
        """Replace every row (a reset)."""
        self.set_prepared(self.row_maker(catalog).make(missions, search_index))

    def set_prepared(self, prepared: PreparedRows) -> None:
        self.beginResetModel()
        self._missions = prepared.missions
        self._rows = prepared.rows
        self._tips = prepared.tips
        self._search = prepared.search
        self._position = {m.id: i for i, m in enumerate(self._missions)}
        self._keys = {}
        self._visible = self._compute_visible()
        self.endResetModel()

    def upsert(self, prepared: PreparedRows, belongs: Callable[[MissionSummary], bool]) -> None:
        """Replace or add the prepared rows; rows for which ``belongs`` is False (moved to or
        out of the trash) are dropped. One reset."""
        self.beginResetModel()
        for i, mission in enumerate(prepared.missions):
            at = self._position.get(mission.id)
            if at is None:
                if not belongs(mission):
                    continue
                self._missions.append(mission)
                self._rows.append(prepared.rows[i])
                self._tips.append(prepared.tips[i])
                self._search.append(prepared.search[i])
                self._position[mission.id] = len(self._missions) - 1
            else:
                self._missions[at] = mission
                self._rows[at] = prepared.rows[i]
                self._tips[at] = prepared.tips[i]
                self._search[at] = prepared.search[i]
        gone = [m.id for m in prepared.missions if not belongs(m)]
        if gone:
            drop = {self._position[g] for g in gone if g in self._position}
            keep = [i for i in range(len(self._missions)) if i not in drop]
            self._missions = [self._missions[i] for i in keep]
            self._rows = [self._rows[i] for i in keep]
            self._tips = [self._tips[i] for i in keep]
            self._search = [self._search[i] for i in keep]
            self._position = {m.id: i for i, m in enumerate(self._missions)}
        self._keys = {}
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(self, predicate: Predicate | None) -> None:
        """Show only the missions ``predicate`` accepts (None: all). One reset."""
        self.beginResetModel()
        self._predicate = predicate
        self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[int]:
        predicate = self._predicate
        if predicate is None:
            visible = list(range(len(self._missions)))
        else:
            missions, search = self._missions, self._search
            visible = [i for i in range(len(missions)) if predicate(missions[i], search[i])]
        return self._sorted(visible)

    def _sort_keys(self, column: int) -> list[str]:
        keys = self._keys.get(column)
        if keys is None:
            if column in _DATE_COLUMNS:
                keys = [row[column] if row[column][:1].isdigit() else _NO_DATE
                        for row in self._rows]
            else:
                keys = [row[column].casefold() for row in self._rows]
            self._keys[column] = keys
        return keys

    def _sorted(self, visible: list[int]) -> list[int]:
        if self._sort_column < 0:
            return visible
        keys = self._sort_keys(self._sort_column)
        return sorted(visible, key=keys.__getitem__,
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            column = -1
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_items = [(self._visible[p.row()] if p.row() < len(self._visible) else None,
                      p.column()) for p in old_persistent]
        self._sort_column, self._sort_order = column, order
        self._visible = self._sorted(self._visible) if column >= 0 else sorted(self._visible)
        where = {item: row for row, item in enumerate(self._visible)}
        new_persistent = [
            self.index(where[item], col) if item is not None and item in where
            else QModelIndex()
            for item, col in old_items
        ]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def mission_at(self, row: int) -> MissionSummary:
        return self._missions[self._visible[row]]

    def missions(self) -> list[MissionSummary]:
        """The missions shown, in display order."""
        return [self._missions[i] for i in self._visible]

    def all_missions(self) -> list[MissionSummary]:
        return list(self._missions)

    def total_count(self) -> int:
        return len(self._missions)

    def row_of(self, mission_id: str) -> int | None:
        at = self._position.get(mission_id)
        if at is None:
            return None
        try:
            return self._visible.index(at)
        except ValueError:
            return None

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        at, column = self._visible[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[at][column]
        if role == self.SORT_ROLE:
            value = self._rows[at][column]
            if column in _DATE_COLUMNS and not value:
                return _NO_DATE
            return value.casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[at][column] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            color = _STATUS_COLORS.get(self._missions[at].status_code)
            return on_base(color) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SYNC:
            color = _SYNC_COLORS.get(self._missions[at].sync_state)
            return on_base(color) if color else None
        if role == self.MISSION_ID_ROLE:
            return self._missions[at].id
        if role == self.CODE_ROLE:
            m = self._missions[at]
            return {
                Column.TYPE: m.type_code, Column.COUNTRY: m.country_iso2,
                Column.REGION: m.region_code, Column.STATUS: m.status_code,
                Column.SYNC: m.sync_state,
            }.get(Column(column), self._rows[at][column])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if (orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._visible)):
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


class MissionListProxy(QSortFilterProxyModel):
    """The proxy in front of ``MissionTableModel``: it passes ``sort()`` on to the model,
    which sorts with precomputed keys (see the module docstring), and filters nothing."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, MissionTableModel):
            source.sort(column, order)
        else:  # pragma: no cover - any other model sorts the usual way
            super().sort(column, order)
