"""The expert directory: the experts (filter by name, accreditation category, language), the
details and missions of the selected one, and the dialog that creates or edits an expert.

Filtering by category and language is ``ExpertService.list``'s; the dialog hands what was
typed to ``ExpertService.create/update`` and shows each ``ValidationError`` message beside
its field (nothing stored, the dialog stays open).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError, ValidationError
from ..domain.vocabulary import AccreditationStatus
from ..services import language_names as names_in_language
from ..services.dto import (
    AccreditationInput,
    AccreditationView,
    ExpertBooking,
    ExpertInput,
    ExpertView,
)
from ..services.experts import ExpertService
from ..services.reference import ReferenceCatalog
from ..services.store import Store
from . import messages
from .context import AppContext
from .empty_state import EmptyState
from .events import app_events
from .problem_texts import error_text
from .screen_fit import fit_window
from .widgets import (
    DateField,
    ErrorLabel,
    FieldInputError,
    SearchCombo,
    hint_label,
    set_accessible_name,
    with_error,
)

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def language_name(code: str) -> str:
    """'ru' -> 'Russian' / 'russe' / 'ruso': named in the interface language (the default
    ``QLocale``, which ``i18n.install_translators`` sets to the chosen language)."""
    return names_in_language.language_name(code, QLocale().name().split("_")[0])


def language_names(codes: Iterable[str]) -> str:
    """The names of ``codes`` as a list in the interface language ("russe, kirghize" /
    "الروسية، القيرغيزية": Arabic separates with its own comma)."""
    comma = "، " if QLocale().language() == QLocale.Language.Arabic else ", "
    return comma.join(language_name(c) for c in codes)


def status_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("ExpertDirectory", text)

    return {AccreditationStatus.ACCREDITED: tr("accredited"),
            AccreditationStatus.PRE_ACCREDITED: tr("pre-accredited"),
            AccreditationStatus.LAPSED: tr("lapsed")}


class ExpertTableModel(QAbstractTableModel):
    NAME, ACCREDITATION, LANGUAGES, COUNTRY = range(4)

    def __init__(self, catalog: ReferenceCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._experts: list[ExpertView] = []
        self._rows: list[tuple[str, str, str, str]] = []
        self._status = status_labels()

    def set_experts(self, experts: list[ExpertView]) -> None:
        self.beginResetModel()
        self._experts = list(experts)
        self._rows = [self._row(e) for e in experts]
        self.endResetModel()

    def _row(self, e: ExpertView) -> tuple[str, str, str, str]:
        accreditations = ", ".join(
            self.short_category(a.category_code)
            + ("" if a.status == AccreditationStatus.ACCREDITED
               else f" ({self._status.get(a.status, a.status)})")
            for a in e.accreditations)
        country = self.catalog.country_by_iso2.get(e.home_country_iso2 or "")
        return (e.name, accreditations, ", ".join(e.languages),
                country.name if country else "")

    def short_category(self, code: str) -> str:
        """DF, MPA, CMA … for the usual abbreviations; the name otherwise."""
        if len(code) <= 4:
            return code.upper()
        return self.catalog.label("accreditation_categories", code)

    def expert_at(self, row: int) -> ExpertView:
        return self._experts[row]

    def row_of(self, expert_id: str) -> int | None:
        for row, expert in enumerate(self._experts):
            if expert.id == expert_id:
                return row
        return None

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Accreditation"), self.tr("Languages"),
                self.tr("Home country")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return text.casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.ACCREDITATION:
                return "\n".join(
                    f"{self.catalog.label('accreditation_categories', a.category_code)}: "
                    f"{self._status.get(a.status, a.status)}"
                    + (f" ({a.accredited_on.isoformat()})" if a.accredited_on else "")
                    for a in self._experts[index.row()].accreditations) or None
            if index.column() == self.LANGUAGES:
                return language_names(self._experts[index.row()].languages) or None
            return text or None
        if role == ID_ROLE:
            return self._experts[index.row()].id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 4):
            return self.headers()[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class ExpertMissionsModel(QAbstractTableModel):
    """The missions of one expert (``ExpertService.missions_of``)."""

    def __init__(self, catalog: ReferenceCatalog, roles: dict[str, str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.roles = roles
        self._bookings: list[ExpertBooking] = []

    def set_bookings(self, bookings: list[ExpertBooking]) -> None:
        self.beginResetModel()
        self._bookings = list(bookings)
        self.endResetModel()

    def booking_at(self, row: int) -> ExpertBooking:
        return self._bookings[row]

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Title"), self.tr("Role"), self.tr("Status"),
                self.tr("Dates")]

    def _cell(self, b: ExpertBooking, column: int) -> str:
        if column == 4:
            start = b.start_date.isoformat() if b.start_date else "?"
            end = b.end_date.isoformat() if b.end_date else "?"
            return f"{start} – {end}"
        return (b.mission_code, b.mission_title, self.roles.get(b.role, b.role),
                self.catalog.label("statuses", b.status_code))[column]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._bookings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._bookings):
            return None
        booking = self._bookings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(booking, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{booking.mission_code} — {booking.mission_title}\n" \
                f"{self._cell(booking, 3)} · {self._cell(booking, 4)}"
        if role == SORT_ROLE:
            if index.column() == 4:
                return booking.start_date.isoformat() if booking.start_date else ""
            return self._cell(booking, index.column()).casefold()
        if role == ID_ROLE:
            return booking.mission_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 5):
            return self.headers()[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


def _table(parent: QWidget, model: Any, name: str, sortable: bool = True) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class ExpertDirectory(QWidget):
    """Signals: ``mission_open_requested(id)`` when a mission of an expert is opened."""

    mission_open_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expertDirectory")
        self.store = store
        self.experts = AppContext.of(store).experts
        self.catalog = ReferenceCatalog.for_store(store)
        from .editor_sections.team import role_labels  # not the editor: a heavy import

        self.roles = role_labels()
        self._stale = True
        self.dialog: ExpertDialog | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("expertFilter")
        self.filter_edit.setAccessibleName(self.tr("Search experts by name"))
        self.filter_edit.setPlaceholderText(self.tr("Search by name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(150)
        self.category_combo = QComboBox(self)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(14)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.setAccessibleName(self.tr("Accreditation category"))
        self.category_combo.addItem(self.tr("Any accreditation"), None)
        for item in self.catalog.accreditation_categories:
            self.category_combo.addItem(item.label, item.code)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageFilter")
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("Any language"), None)
        self.trash_check = QCheckBox(self.tr("Deleted experts"), self)
        self.trash_check.setObjectName("expertTrashCheck")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _t: self.timer.start())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.language_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.trash_check.toggled.connect(lambda _c: self.reload())

        self.model = ExpertTableModel(self.catalog, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _table(self, self.proxy, "expertTable")
        self.table.setAccessibleName(self.tr("Experts"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().averageCharWidth() * 24)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._on_table_current_changed())
        self.table.activated.connect(lambda _i: self.edit_current())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("expertCount")

        self.new_button = QPushButton(self.tr("&New expert…"), self)
        self.new_button.setObjectName("newExpertButton")
        self.new_button.clicked.connect(self.new_expert)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editExpertButton")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteExpertButton")
        self.delete_button.clicked.connect(self.trash_current)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreExpertButton")
        self.restore_button.clicked.connect(self.restore_current)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("expertName")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("expertDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.missions_model = ExpertMissionsModel(self.catalog, self.roles, self)
        self.missions_proxy = QSortFilterProxyModel(self)
        self.missions_proxy.setSourceModel(self.missions_model)
        self.missions_proxy.setSortRole(SORT_ROLE)
        self.missions_table = _table(self, self.missions_proxy, "expertMissionsTable")
        self.missions_table.setAccessibleName(self.tr("Missions of the selected expert"))
        missions_header = self.missions_table.horizontalHeader()
        for column in range(5):
            missions_header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if column == 1
                else QHeaderView.ResizeMode.ResizeToContents)
        self.missions_table.setColumnHidden(3, True)  # the status is in the tooltip
        self.missions_table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.missions_table.activated.connect(self._on_missions_table_activated)
        self.empty_state = EmptyState(self.table, "")
        self.missions_empty_state = EmptyState(self.missions_table, "")
        self.missions_label = QLabel(self.tr("Missions"), self)
        bold = QFont(self.missions_label.font())
        bold.setBold(True)
        self.missions_label.setFont(bold)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.category_combo, 2)
        filters.addWidget(self.language_combo, 1)
        filters.addWidget(self.trash_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.name_label)
        right_layout.addWidget(self.details_label)
        right_layout.addSpacing(6)
        right_layout.addWidget(self.missions_label)
        right_layout.addWidget(self.missions_table, 1)
        right_layout.addWidget(hint_label(self.tr("Enter or double-click opens a mission."),
                                          right))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.setFocusProxy(self.table)

        app_events().experts_changed.connect(self._on_events_changed)
        app_events().missions_changed.connect(self._on_events_changed)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        keep = self.current_expert_id()
        self._fill_languages()
        experts = self.experts.list(
            text=self.filter_edit.text(), category=self.category_combo.currentData(),
            language=self.language_combo.currentData(), trash=self.trash_check.isChecked())
        self.model.set_experts(experts)
        total = len(experts)
        self._describe_empty()
        self.count_label.setText(self.tr("1 expert") if total == 1
                                 else self.tr("{n} experts").format(n=total))
        row = self.model.row_of(keep) if keep else None
        self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row()
                        if row is not None else 0)
        self._on_table_current_changed()

    def filtered(self) -> bool:
        return bool(self.filter_edit.text().strip() or self.category_combo.currentData()
                    or self.language_combo.currentData())

    def clear_filters(self) -> None:
        for combo in (self.category_combo, self.language_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.filter_edit.clear()
        self.reload()

    def _describe_empty(self) -> None:
        """Why the list is empty, and what to do (``ui.empty_state``)."""
        if self.trash_check.isChecked():
            self.empty_state.set_message(
                self.tr("No deleted experts."),
                self.tr("Experts you delete wait here until you restore them."))
        elif self.filtered():
            self.empty_state.set_message(
                self.tr("No expert matches these filters."), "",
                self.tr("Clear the filters"), self.clear_filters)
        else:
            self.empty_state.set_message(
                self.tr("No experts yet."),
                self.tr("Add the experts you work with: their accreditations and languages, "
                        "then pick them for a mission's team."),
                self.tr("Add the first expert…"), self.new_expert)

    def _fill_languages(self) -> None:
        codes = sorted({c for e in self.experts.list() for c in e.languages},
                       key=language_name)
        current = self.language_combo.currentData()
        if [self.language_combo.itemData(i) for i in range(1, self.language_combo.count())] \
                == codes:
            return
        self.language_combo.blockSignals(True)
        while self.language_combo.count() > 1:
            self.language_combo.removeItem(1)
        for code in codes:
            self.language_combo.addItem(f"{language_name(code)} ({code})", code)
        found = self.language_combo.findData(current) if current else 0
        self.language_combo.setCurrentIndex(max(found, 0))
        self.language_combo.blockSignals(False)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(row, 0))

    def select_expert(self, expert_id: str) -> bool:
        row = self.model.row_of(expert_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def current_expert(self) -> ExpertView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.expert_at(self.proxy.mapToSource(index).row())

    def current_expert_id(self) -> str | None:
        expert = self.current_expert()
        return expert.id if expert else None

    def _update_buttons(self) -> None:
        selected = self.current_expert() is not None
        trash = self.trash_check.isChecked()
        self.edit_button.setEnabled(selected and not trash)
        self.delete_button.setEnabled(selected and not trash)
        self.restore_button.setVisible(trash)
        self.restore_button.setEnabled(selected and trash)
        self.new_button.setEnabled(not trash)

    def _on_table_current_changed(self) -> None:
        self._update_buttons()
        expert = self.current_expert()
        if expert is None:
            self.name_label.setText(
                self.tr("No expert selected") if self.model.rowCount()
                else self.tr("No expert matches") if self.filtered() or
                self.trash_check.isChecked() else self.tr("No experts yet"))
            self.details_label.setText("")
            self.missions_empty_state.set_message("")
            self.missions_model.set_bookings([])
            return
        self.missions_empty_state.set_message(
            self.tr("No missions yet."),
            self.tr("The missions this expert is on the team of show here; add the expert on "
                    "a mission's Team tab."))
        self.name_label.setText(expert.name)
        self.details_label.setText(self._details_html(expert))
        self.missions_model.set_bookings(self.experts.missions_of(expert.id))
        self.missions_label.setText(self.tr("Missions ({n})").format(
            n=self.missions_model.rowCount()))

    def _details_html(self, e: ExpertView) -> str:
        status = status_labels()
        lines = []
        country = self.catalog.country_by_iso2.get(e.home_country_iso2 or "")
        administration = ""
        if e.home_administration_id and e.home_country_iso2:
            administration = next((a.name for a in self.experts.administrations(
                e.home_country_iso2) if a.id == e.home_administration_id), "")
        home = ", ".join(p for p in (administration, country.name if country else "") if p)
        if home:
            lines.append(html.escape(home))
        if e.email:
            lines.append(html.escape(e.email))
        if e.languages:
            lines.append(self.tr("Speaks {languages}").format(
                languages=html.escape(language_names(e.languages))))
        for a in e.accreditations:
            since = (self.tr(" since {date}").format(date=a.accredited_on.isoformat())
                     if a.accredited_on else "")
            ace = f" · ACE {html.escape(a.ace_id)}" if a.ace_id else ""
            lines.append(
                f"<b>{html.escape(self.catalog.label('accreditation_categories', a.category_code))}"
                f"</b> — {html.escape(status.get(a.status, a.status))}{since}{ace}")
        if not e.accreditations:
            lines.append(self.tr("No accreditation recorded"))
        return "<br>".join(lines)

    # --- actions -------------------------------------------------------------------------

    def new_expert(self) -> ExpertDialog:
        return self._open_dialog(None)

    def edit_current(self) -> ExpertDialog | None:
        expert = self.current_expert()
        if expert is None or self.trash_check.isChecked():
            return None
        return self._open_dialog(expert)

    def _open_dialog(self, expert: ExpertView | None) -> ExpertDialog:
        dialog = self.dialog = ExpertDialog(self.experts, self.catalog, expert, self)
        dialog.expert_saved.connect(self._on_dialog_expert_saved)
        dialog.open()  # window-modal, like the app's other dialogs
        return dialog

    def _on_dialog_expert_saved(self, expert_id: str) -> None:
        self.reload()
        self.select_expert(expert_id)

    def trash_current(self) -> None:
        expert = self.current_expert()
        if expert is None:
            return
        try:
            self.experts.trash(expert.id)
        except UserError as exc:
            messages.show_error(self, self.tr("Cannot delete the expert"), error_text(exc))
            return
        app_events().experts_changed.emit([expert.id])

    def restore_current(self) -> None:
        expert = self.current_expert()
        if expert is None:
            return
        try:
            self.experts.restore(expert.id)
        except UserError as exc:
            messages.show_error(self, self.tr("Cannot restore the expert"), error_text(exc))
            return
        app_events().experts_changed.emit([expert.id])

    def _on_missions_table_activated(self, index: QModelIndex) -> None:
        mission_id = index.data(ID_ROLE)
        if mission_id:
            self.mission_open_requested.emit(mission_id)

    def _on_events_changed(self, _ids: list[str]) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True


class ExpertDialog(QDialog):
    """Create or edit one expert. Signals ``expert_saved(id)``."""

    expert_saved = Signal(str)

    def __init__(self, experts: ExpertService, catalog: ReferenceCatalog,
                 expert: ExpertView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expertDialog")
        self.experts = experts
        self.catalog = catalog
        self.expert = expert
        self.saved: ExpertView | None = None
        self._status = status_labels()
        self.setWindowTitle(self.tr("New expert") if expert is None
                            else self.tr("Expert: {name}").format(name=expert.name))

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        set_accessible_name(self.name_edit, self.tr("&Name"))
        self.name_error = ErrorLabel(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("emailEdit")
        set_accessible_name(self.email_edit, self.tr("&E-mail"))
        self.email_error = ErrorLabel(self)
        self.country_picker = SearchCombo(self, empty_text=self.tr("(not recorded)"))
        self.country_picker.setObjectName("homeCountryPicker")
        set_accessible_name(self.country_picker, self.tr("Home &country"))
        self.country_picker.set_items([(c.name, c.iso2, "") for c in catalog.countries])
        self.country_picker.set_value(None)
        self.country_error = ErrorLabel(self)
        self.administration_combo = QComboBox(self)
        self.administration_combo.setObjectName("homeAdministrationCombo")
        self.languages_edit = QLineEdit(self)
        self.languages_edit.setObjectName("languagesEdit")
        set_accessible_name(self.languages_edit, self.tr("&Languages"))
        self.languages_edit.setPlaceholderText(self.tr("Language codes, e.g. fr, en, es"))
        self.languages_error = ErrorLabel(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)

        self.accreditations: list[AccreditationView | AccreditationInput] = []
        self.accreditation_label = QLabel(self)
        self.accreditation_label.setObjectName("accreditationList")
        self.accreditation_label.setWordWrap(True)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("accreditationCategory")
        self.category_combo.setAccessibleName(self.tr("Accreditation category"))
        for item in catalog.accreditation_categories:
            self.category_combo.addItem(item.label, item.code)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("accreditationStatus")
        self.status_combo.setAccessibleName(self.tr("Accreditation status"))
        for code, label in self._status.items():
            self.status_combo.addItem(label, str(code))
        self.accredited_on_edit = DateField(self)
        self.accredited_on_edit.setObjectName("accreditedOn")
        self.accredited_on_edit.setAccessibleName(self.tr("Accredited on"))
        self.ace_edit = QLineEdit(self)
        self.ace_edit.setObjectName("aceEdit")
        self.ace_edit.setPlaceholderText(self.tr("ACE id"))
        self.ace_edit.setMinimumWidth(self.ace_edit.fontMetrics().horizontalAdvance(
            "ACE-00000") + 16)
        self.ace_edit.setMaximumWidth(140)
        self.accreditation_set_button = QPushButton(self.tr("Add / update"), self)
        self.accreditation_set_button.setObjectName("accreditationSetButton")
        self.accreditation_set_button.clicked.connect(self._on_accreditation_set_clicked)
        self.accreditation_remove_button = QPushButton(self.tr("Remove"), self)
        self.accreditation_remove_button.setObjectName("accreditationRemoveButton")
        self.accreditation_remove_button.clicked.connect(self._on_accreditation_remove_clicked)
        self.accreditation_error = ErrorLabel(self)
        self.accreditation_error.setObjectName("accreditationError")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("&Name"), with_error(self.name_edit, self.name_error))
        form.addRow(self.tr("&E-mail"), with_error(self.email_edit, self.email_error))
        form.addRow(self.tr("Home &country"), with_error(self.country_picker,
                                                        self.country_error))
        form.addRow(self.tr("Home &administration"), self.administration_combo)
        form.addRow(self.tr("&Languages"), with_error(self.languages_edit,
                                                      self.languages_error))
        form.addRow(self.tr("N&otes"), self.notes_edit)
        accreditation_box = QGroupBox(self.tr("Accreditations (WCO categories)"), self)
        row = QHBoxLayout()
        row.addWidget(self.category_combo, 2)
        row.addWidget(self.status_combo, 1)
        row.addWidget(self.accredited_on_edit)
        row.addWidget(self.ace_edit)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.accreditation_set_button)
        buttons_row.addWidget(self.accreditation_remove_button)
        buttons_row.addStretch(1)
        box_layout = QVBoxLayout(accreditation_box)
        box_layout.addWidget(self.accreditation_label)
        box_layout.addLayout(row)
        box_layout.addLayout(buttons_row)
        box_layout.addWidget(self.accreditation_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(accreditation_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.country_picker.value_changed.connect(self._refresh_administrations)
        fit_window(self, size=QSize(700, 500))

        if expert is not None:
            self.name_edit.setText(expert.name)
            self.email_edit.setText(expert.email)
            self.country_picker.set_value(expert.home_country_iso2)
            self._refresh_administrations()
            found = self.administration_combo.findData(expert.home_administration_id)
            self.administration_combo.setCurrentIndex(max(found, 0))
            self.languages_edit.setText(", ".join(expert.languages))
            self.notes_edit.setPlainText(expert.notes)
            self.accreditations = list(expert.accreditations)
        else:
            self._refresh_administrations()
        self._show_accreditations()
        self.name_edit.setFocus()

    def _refresh_administrations(self) -> None:
        try:
            iso2 = self.country_picker.value()
        except FieldInputError:
            iso2 = None
        keep = self.administration_combo.currentData()
        self.administration_combo.clear()
        self.administration_combo.addItem(self.tr("(not recorded)"), None)
        if iso2:
            for adm in self.experts.administrations(iso2):
                self.administration_combo.addItem(adm.name, adm.id)
        found = self.administration_combo.findData(keep)
        self.administration_combo.setCurrentIndex(max(found, 0))

    def _show_accreditations(self) -> None:
        if not self.accreditations:
            self.accreditation_label.setText(self.tr("None yet."))
            return
        self.accreditation_label.setText("\n".join(
            f"• {self.catalog.label('accreditation_categories', a.category_code)} — "
            f"{self._status.get(a.status, a.status)}"
            + (f", {a.accredited_on.isoformat()}" if a.accredited_on else "")
            + (f", ACE {a.ace_id}" if a.ace_id else "")
            for a in self.accreditations))

    def _on_accreditation_set_clicked(self) -> None:
        self.accreditation_error.clear_messages()
        try:
            accredited_on = self.accredited_on_edit.value()
        except FieldInputError as exc:
            self.accreditation_error.set_messages([error_text(exc)])
            return
        item = AccreditationInput(self.category_combo.currentData(),
                                  self.status_combo.currentData(), accredited_on,
                                  self.ace_edit.text().strip())
        self.accreditations = [a for a in self.accreditations
                               if a.category_code != item.category_code] + [item]
        self._show_accreditations()

    def _on_accreditation_remove_clicked(self) -> None:
        code = self.category_combo.currentData()
        self.accreditations = [a for a in self.accreditations if a.category_code != code]
        self._show_accreditations()

    def _input(self) -> ExpertInput | None:
        try:
            country = self.country_picker.value()
        except FieldInputError as exc:
            self.country_error.set_messages([error_text(exc)])
            return None
        languages = [c for c in re.split(r"[,;\s]+", self.languages_edit.text().strip().lower())
                     if c]
        return ExpertInput(
            name=self.name_edit.text(), email=self.email_edit.text(),
            home_country_iso2=country,
            home_administration_id=self.administration_combo.currentData(),
            languages=languages, notes=self.notes_edit.toPlainText(),
            accreditations=[AccreditationInput(a.category_code, a.status, a.accredited_on,
                                               a.ace_id) for a in self.accreditations])

    def save(self) -> None:
        for error in (self.name_error, self.email_error, self.country_error,
                      self.languages_error, self.accreditation_error):
            error.clear_messages()
        data = self._input()
        if data is None:
            return
        try:
            if self.expert is None:
                saved = self.experts.create(data)
            else:
                saved = self.experts.update(self.expert.id, data)
        except ValidationError as exc:
            labels = {"name": self.name_error, "email": self.email_error,
                      "home_country": self.country_error, "languages": self.languages_error,
                      "accreditation": self.accreditation_error}
            for field in dict.fromkeys(p.field for p in exc.problems):
                (labels.get(field) or self.accreditation_error).set_messages(
                    exc.for_field(field))
            first = exc.problems[0].field
            {"name": self.name_edit, "email": self.email_edit,
             "home_country": self.country_picker,
             "languages": self.languages_edit}.get(first, self.category_combo).setFocus()
            return
        except UserError as exc:
            messages.show_error(self, self.tr("The expert was not saved"), error_text(exc))
            return
        self.saved = saved
        app_events().experts_changed.emit([saved.id])
        self.expert_saved.emit(saved.id)
        self.accept()
