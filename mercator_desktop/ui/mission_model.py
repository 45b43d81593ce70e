"""The mission list as a table model over compact columns (``services.mission_rows.
MissionRows``: one list per field, no object per mission).

Built for 20,000 missions on an old laptop:

- The model keeps the codes (type, status, country, region, sync state); their labels are
  looked up when a cell is painted, through ``RowMaker``'s cache (one lookup per code), so
  painting never queries the database and loading does no work per row.
- The model filters and sorts ITSELF: sort keys are made per column the first time it is
  sorted on (a Python sort of 20,000 keys takes milliseconds), the search texts the first
  time a filter needs them when the services' index did not come with the rows. A
  ``QSortFilterProxyModel`` sorting a Python model calls ``data()`` twice per comparison:
  about 6 s for 20,000 rows here. The view still sits behind a proxy
  (``MissionListProxy``) like every list, but the proxy hands ``sort()`` to this model and
  filters nothing itself.
- The filter is a function ``(rows, search_texts, indexes) -> kept indexes`` made by the
  services (``MissionService.matcher``), so the rules of the list live there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..services.mission_rows import MissionRows
from .theme import on_base

if TYPE_CHECKING:  # no services import at run time: keeps the first paint free of SQLAlchemy
    from ..services.dto import MissionSummary
    from ..services.reference import ReferenceCatalog

AnyIndex = QModelIndex | QPersistentModelIndex
Selector = Callable[[MissionRows, Sequence[str], Iterable[int]], list[int]]


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
    """Rows ready for the model (made off the GUI thread by ``RowMaker.make``)."""

    rows: MissionRows = field(default_factory=MissionRows)
    #: the folded text the free-text filter looks in; None: made when a filter first needs
    #: it (``MissionTableModel``)
    search: list[str | None] = field(default_factory=list)
    maker: RowMaker | None = None


class RowMaker:
    """The labels of a list's codes from a catalog (cached per code), and the texts of its
    cells; made on the GUI thread (translations), used anywhere."""

    def __init__(self, catalog: ReferenceCatalog, sync_labels: dict[str, str],
                 no_lead: str, ongoing: str = "", ongoing_tip: str = "") -> None:
        self.catalog = catalog
        # A mission with a start and no end is open-ended (e.g. a follow-up), not one day.
        self.ongoing = ongoing
        self.ongoing_tip = ongoing_tip
        self.sync_labels = sync_labels
        self.no_lead = no_lead
        self._labels: dict[tuple[str, str], str] = {}
        self._region_short: dict[str, str] | None = None
        self._country_names: dict[str, str] = {}
        self._country_tips: dict[str, str] = {}

    def label(self, kind: str, code: str) -> str:
        key = (kind, code)
        found = self._labels.get(key)
        if found is None:
            found = self._labels[key] = self.catalog.label(kind, code) if code else ""
        return found

    def region(self, code: str) -> str:
        if self._region_short is None:
            lang = self.catalog.lang
            self._region_short = {
                item.code: (item.extra.get("short_names") or {}).get(lang, "")
                for item in self.catalog.regions
            }
        return self._region_short.get(code) or self.label("regions", code)

    def country(self, iso2: str) -> str:
        name = self._country_names.get(iso2)
        if name is None:
            country = self.catalog.country_by_iso2.get(iso2)
            name = self._country_names[iso2] = country.name if country else iso2
        return name

    def country_tip(self, iso2: str) -> str:
        tip = self._country_tips.get(iso2)
        if tip is None:  # one string per country, not one per row
            tip = self._country_tips[iso2] = f"{self.country(iso2)} ({iso2})"
        return tip

    def text(self, rows: MissionRows, i: int, column: int) -> str:
        """The text of cell ``column`` of row ``i``."""
        return self._texts[column](rows, i)

    @cached_property
    def _texts(self) -> tuple[Callable[[MissionRows, int], str], ...]:
        label, sync = self.label, self.sync_labels
        return (
            lambda rows, i: rows.codes[i],
            lambda rows, i: rows.titles[i],
            lambda rows, i: label("mission_types", rows.types[i]),
            lambda rows, i: self.country(rows.countries[i]),
            lambda rows, i: self.region(rows.regions[i]),
            lambda rows, i: rows.starts[i],
            lambda rows, i: rows.ends[i] or (self.ongoing if rows.starts[i] else ""),
            lambda rows, i: label("statuses", rows.statuses[i]),
            lambda rows, i: rows.leads[i],
            lambda rows, i: sync.get(rows.sync[i], rows.sync[i]),
        )

    def tip(self, rows: MissionRows, i: int, column: int) -> str:
        """The tooltip of cell ``column`` of row ``i`` ("" for none)."""
        if column == Column.TITLE:
            return rows.titles[i]
        if column == Column.TYPE:
            return self.label("mission_types", rows.types[i])
        if column == Column.COUNTRY:
            return self.country_tip(rows.countries[i])
        if column == Column.REGION:
            return self.label("regions", rows.regions[i])
        if column == Column.END and rows.starts[i] and not rows.ends[i]:
            return self.ongoing_tip.format(start=rows.starts[i])
        if column == Column.LEAD:
            return rows.leads[i] or self.no_lead
        return ""

    def search_text(self, rows: MissionRows, i: int) -> str:
        """The search text of a row when the services' index (which also holds the
        country's names in every language and the whole team) is not at hand."""
        return _fold("\n".join((rows.codes[i], rows.titles[i],
                                self.country(rows.countries[i]), rows.leads[i])))

    def make(self, missions: MissionRows | Sequence[MissionSummary],
             search_index: dict[str, str] | None = None, fold_now: bool = True) -> PreparedRows:
        """The rows with this maker's labels; the search texts from ``search_index``, the
        others made now (``fold_now``) or when a filter first needs them."""
        rows = missions if isinstance(missions, MissionRows) else \
            MissionRows.from_summaries(list(missions))
        index = search_index or {}
        search: list[str | None] = [index.get(mission_id) for mission_id in rows.ids]
        if fold_now:
            for i, text in enumerate(search):
                if text is None:
                    search[i] = self.search_text(rows, i)
        return PreparedRows(rows, search, self)


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
        self._rows = MissionRows()
        self._maker: RowMaker | None = None
        self._search: list[str | None] = []
        self._unfolded = False  # some search texts are still to be made
        self._position: dict[str, int] = {}  # mission id -> index in the columns
        self._visible: list[int] = []  # indexes shown, in display order
        self._predicate: Selector | None = None
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

    def row_labels(self) -> tuple[dict[str, str], str, str, str]:
        """The translated texts a ``RowMaker`` takes after its catalog (GUI thread)."""
        return (self.sync_labels(), self.tr("No lead expert yet"), self.tr("ongoing"),
                self.tr("From {start}, no end date yet"))

    def row_maker(self, catalog: ReferenceCatalog) -> RowMaker:
        """Call on the GUI thread (translations); the maker itself may run anywhere."""
        return RowMaker(catalog, *self.row_labels())

    def set_missions(
        self, missions: Sequence[MissionSummary] | MissionRows, catalog: ReferenceCatalog,
        search_index: dict[str, str] | None = None,
    ) -> None:
        """Replace every row (a reset)."""
        self.set_prepared(self.row_maker(catalog).make(missions, search_index))

    def set_prepared(self, prepared: PreparedRows) -> None:
        self.beginResetModel()
        self._rows = prepared.rows
        self._search = prepared.search
        self._unfolded = None in prepared.search
        self._maker = prepared.maker or self._maker
        self._position = {mission_id: i for i, mission_id in enumerate(self._rows.ids)}
        self._keys = {}
        self._visible = self._compute_visible()
        self.endResetModel()

    def append_prepared(self, prepared: PreparedRows) -> None:
        """Add rows after the ones there (a page of a list being read): inserted when the
        list is unfiltered and the rows belong at its end (its reading order, or the sorted
        column's order, which the list read early mostly is), else one reset."""
        previous = self._maker
        if prepared.maker is not None:
            self._maker = prepared.maker
        count = len(prepared.rows)
        if not count:
            return
        first = len(self._rows)
        column = self._sort_column
        keys = self._keys_at_end(prepared, previous) if column >= 0 else None
        plain = self._predicate is None and (column < 0 or keys is not None)
        if plain:
            self.beginInsertRows(QModelIndex(), first, first + count - 1)
        else:
            self.beginResetModel()
        self._rows.extend(prepared.rows)
        self._search.extend(prepared.search)
        self._unfolded = self._unfolded or None in prepared.search
        for i, mission_id in enumerate(prepared.rows.ids, first):
            self._position[mission_id] = i
        if plain:
            self._keys = {column: keys} if keys is not None else {}
            self._visible.extend(range(first, first + count))
            self.endInsertRows()
        else:
            self._keys = {}
            self._visible = self._compute_visible()
            self.endResetModel()

    def _keys_at_end(self, prepared: PreparedRows, previous: RowMaker | None) -> list[str] | None:
        """The sorted column's keys with ``prepared``'s rows added, when those rows sort after
        every row shown, in their order (a stable sort keeps equal keys in reading order, so
        they would come out the same); None otherwise. Unfiltered lists only."""
        if self._predicate is not None or (len(self._rows) and self._maker is not previous):
            return None  # filtered, or other labels than the keys kept were made with
        column = self._sort_column
        keys = self._sort_keys(column)
        added = self._keys_of(prepared.rows, column)
        sequence = [keys[self._visible[-1]], *added] if self._visible else added
        # sorted() of a list already in order is one pass in C (equal keys keep their place)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if sorted(sequence, reverse=descending) != sequence:
            return None
        keys.extend(added)
        return keys

    def upsert(self, prepared: PreparedRows, belongs: Callable[[MissionSummary], bool]) -> None:
        """Replace or add the prepared rows; rows for which ``belongs`` is False (moved to or
        out of the trash) are dropped. One reset."""
        self.beginResetModel()
        if prepared.maker is not None:
            self._maker = prepared.maker
        new = prepared.rows
        self._unfolded = self._unfolded or None in prepared.search
        gone: set[int] = set()
        for j in range(len(new)):
            mission = new.summary(j)
            at = self._position.get(mission.id)
            if not belongs(mission):
                if at is not None:
                    gone.add(at)
                continue
            if at is None:
                self._rows.append(mission)
                self._search.append(prepared.search[j])
                self._position[mission.id] = len(self._rows) - 1
            else:
                self._rows.replace(at, mission)
                self._search[at] = prepared.search[j]
        if gone:
            keep = [i for i in range(len(self._rows)) if i not in gone]
            self._rows = self._rows.take(keep)
            self._search = [self._search[i] for i in keep]
            self._position = {mission_id: i for i, mission_id in enumerate(self._rows.ids)}
        self._keys = {}
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(self, predicate: Selector | None) -> None:
        """Show only the rows ``predicate`` keeps (None: all). One reset."""
        self.beginResetModel()
        self._predicate = predicate
        self._visible = self._compute_visible()
        self.endResetModel()

    def _search_texts(self) -> list[str]:
        search = self._search
        if self._unfolded and self._maker is not None:  # made the first time they are needed
            maker, rows = self._maker, self._rows
            for i, text in enumerate(search):
                if text is None:
                    search[i] = maker.search_text(rows, i)
            self._unfolded = False
        return search  # type: ignore[return-value]

    def _compute_visible(self) -> list[int]:
        predicate = self._predicate
        count = len(self._rows)
        if predicate is None:
            visible = list(range(count))
        else:
            visible = predicate(self._rows, self._search_texts(), range(count))
        return self._sorted(visible)

    def _sort_keys(self, column: int) -> list[str]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = self._keys_of(self._rows, column)
        return keys

    def _keys_of(self, rows: MissionRows, column: int) -> list[str]:
        """The sort keys of ``rows`` in ``column`` (with this model's labels)."""
        maker = self._maker
        if column in _DATE_COLUMNS:
            dates = rows.starts if column == Column.START else rows.ends
            return [day or _NO_DATE for day in dates]
        if column in (Column.CODE, Column.TITLE, Column.LEAD):
            texts = {Column.CODE: rows.codes, Column.TITLE: rows.titles,
                     Column.LEAD: rows.leads}[Column(column)]
            return [text.casefold() for text in texts]
        if maker is None:
            return [""] * len(rows)
        # a code column: one label per code
        codes = {Column.TYPE: rows.types, Column.COUNTRY: rows.countries,
                 Column.REGION: rows.regions, Column.STATUS: rows.statuses,
                 Column.SYNC: rows.sync}[Column(column)]
        by_code: dict[str, str] = {}
        for i, code in enumerate(codes):
            if code not in by_code:
                by_code[code] = maker.text(rows, i, column).casefold()
        return [by_code[code] for code in codes]

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
        return self._rows.summary(self._visible[row])

    def missions(self) -> list[MissionSummary]:
        """The missions shown, in display order."""
        return [self._rows.summary(i) for i in self._visible]

    def all_missions(self) -> list[MissionSummary]:
        return [self._rows.summary(i) for i in range(len(self._rows))]

    def total_count(self) -> int:
        return len(self._rows)

    def column_texts(self, column: int, count: int) -> list[str]:
        """The texts of ``column`` in the first ``count`` rows shown (to size the column)."""
        maker = self._maker
        if maker is None:
            return []
        return [maker.text(self._rows, at, column) for at in self._visible[:count]]

    def all_rows(self) -> MissionRows:
        """Every row held (filtered out or not), in reading order; not to be changed."""
        return self._rows

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
        maker = self._maker
        if not index.isValid() or index.row() >= len(self._visible) or maker is None:
            return None
        at, column, rows = self._visible[index.row()], index.column(), self._rows
        if role == Qt.ItemDataRole.DisplayRole:
            return maker.text(rows, at, column)
        if role == self.SORT_ROLE:
            return self._sort_keys(column)[at]
        if role == Qt.ItemDataRole.ToolTipRole:
            return maker.tip(rows, at, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            color = _STATUS_COLORS.get(rows.statuses[at])
            return on_base(color) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SYNC:
            color = _SYNC_COLORS.get(rows.sync[at])
            return on_base(color) if color else None
        if role == self.MISSION_ID_ROLE:
            return rows.ids[at]
        if role == self.CODE_ROLE:
            codes = {Column.TYPE: rows.types, Column.COUNTRY: rows.countries,
                     Column.REGION: rows.regions, Column.STATUS: rows.statuses,
                     Column.SYNC: rows.sync}.get(Column(column))
            return codes[at] if codes is not None else maker.text(rows, at, column)
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
