"""The mission list as a table model (rows are ``MissionSummary`` dataclasses).

Labels for codes (type, status, country, region) come from the store's ``ReferenceCatalog``
once, when the rows are set, so painting and sorting never query the database. Put the model
behind a ``QSortFilterProxyModel`` with ``sortRole = MissionTableModel.SORT_ROLE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:  # no services import at run time: keeps the first paint free of SQLAlchemy
    from ..services.dto import MissionSummary
    from ..services.reference import ReferenceCatalog

AnyIndex = QModelIndex | QPersistentModelIndex


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


class MissionTableModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole
    MISSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    CODE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw code behind a label (type, status …)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._missions: list[MissionSummary] = []
        self._rows: list[tuple[str, ...]] = []
        self._tips: list[tuple[str, ...]] = []

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

    def set_missions(
        self, missions: Sequence[MissionSummary], catalog: ReferenceCatalog
    ) -> None:
        """Replace every row (a reset: the list is reloaded as a whole)."""
        labels: dict[tuple[str, str], str] = {}

        def label(kind: str, code: str) -> str:
            key = (kind, code)
            if key not in labels:
                labels[key] = catalog.label(kind, code) if code else ""
            return labels[key]

        # Short region names ("Americas and the Caribbean") when the catalog offers them.
        region_short = {
            item.code: (item.extra.get("short_names") or {}).get(catalog.lang, "")
            for item in catalog.regions
        }

        def region(code: str) -> str:
            return region_short.get(code) or label("regions", code)

        countries = catalog.country_by_iso2
        sync = self.sync_labels()
        rows: list[tuple[str, ...]] = []
        tips: list[tuple[str, ...]] = []
        for m in missions:
            country = countries.get(m.country_iso2)
            country_name = country.name if country else m.country_iso2
            rows.append((
                m.code,
                m.title,
                label("mission_types", m.type_code),
                country_name,
                region(m.region_code),
                m.start_date.isoformat() if m.start_date else "",
                m.end_date.isoformat() if m.end_date else "",
                label("statuses", m.status_code),
                m.lead_expert,
                sync.get(m.sync_state, m.sync_state),
            ))
            tips.append((
                "", m.title, "", f"{country_name} ({m.country_iso2})",
                label("regions", m.region_code), "", "", "",
                m.lead_expert or self.tr("No lead expert yet"), "",
            ))
        self.beginResetModel()
        self._missions = list(missions)
        self._rows = rows
        self._tips = tips
        self.endResetModel()

    def mission_at(self, row: int) -> MissionSummary:
        return self._missions[row]

    def missions(self) -> list[MissionSummary]:
        return list(self._missions)

    def row_of(self, mission_id: str) -> int | None:
        for row, mission in enumerate(self._missions):
            if mission.id == mission_id:
                return row
        return None

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][column]
        if role == self.SORT_ROLE:
            value = self._rows[row][column]
            # Dates are ISO strings; missing dates sort after every real date.
            if column in (Column.START, Column.END) and not value:
                return "9999-99-99"
            return value.casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tips[row][column]
            return tip or None
        if role == self.MISSION_ID_ROLE:
            return self._missions[row].id
        if role == self.CODE_ROLE:
            m = self._missions[row]
            return {
                Column.TYPE: m.type_code, Column.COUNTRY: m.country_iso2,
                Column.REGION: m.region_code, Column.STATUS: m.status_code,
                Column.SYNC: m.sync_state,
            }.get(Column(column), self._rows[row][column])
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
                and 0 <= section < len(self._rows)):
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
