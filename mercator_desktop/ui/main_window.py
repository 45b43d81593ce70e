"""The main window: menus, the mission list (or an empty state), the status bar.

No ``mercator_desktop.services`` import at module level: the window must paint before
SQLAlchemy is imported. ``load_store`` imports the services it needs when it is called.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPoint,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from . import messages
from .mission_model import Column, MissionTableModel

if TYPE_CHECKING:
    from ..services.store import Store

GEOMETRY_KEY = "window/main/geometry"
HIDDEN_COLUMNS_KEY = "window/main/hidden_columns"
# Region follows from the country; hidden at first so the title keeps room at 1100 px.
DEFAULT_HIDDEN_COLUMNS = (Column.REGION,)

# Widths (in average characters) a column may grow to when fitted to its contents; longer
# texts are elided and shown whole in the tooltip. Codes and dates are never cut.
_MAX_CHARS = {
    Column.TYPE: 24, Column.COUNTRY: 18, Column.REGION: 24,
    Column.STATUS: 15, Column.LEAD: 22, Column.SYNC: 15,
}


class MainWindow(QMainWindow):
    """Signals: ``first_painted`` once, after the window first painted; ``store_loaded(n)``
    after the mission list was filled with n missions; ``mission_activated(id)`` when a row is
    double-clicked or Enter is pressed on it."""

    first_painted = Signal()
    store_loaded = Signal(int)
    mission_activated = Signal(str)

    PAGE_LOADING, PAGE_EMPTY, PAGE_MISSIONS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Mercator Desktop"))
        self.resize(1100, 700)
        self.store: Store | None = None
        self._painted = False

        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self._restore_geometry()

    # --- building ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setObjectName("actionQuit")
        # Explicit Ctrl+Q: QKeySequence.Quit is empty on Windows.
        self.action_quit.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.action_quit.setStatusTip(self.tr("Quit Mercator Desktop"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)

        self.action_about = QAction(self.tr("&About Mercator Desktop"), self)
        self.action_about.setObjectName("actionAbout")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self._on_action_about_triggered)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_file.addAction(self.action_quit)
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.menu_help.addAction(self.action_about)

    def _build_central(self) -> None:
        self.mission_model = MissionTableModel(self)
        self.mission_proxy = QSortFilterProxyModel(self)
        self.mission_proxy.setSourceModel(self.mission_model)
        self.mission_proxy.setSortRole(MissionTableModel.SORT_ROLE)
        self.mission_proxy.setSortLocaleAware(True)
        self.mission_proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        table = self.mission_table = QTableView(self)
        table.setObjectName("missionTable")
        table.setModel(self.mission_proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.START, Qt.SortOrder.DescendingOrder)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        row_height = self.fontMetrics().height() + 12
        table.verticalHeader().setDefaultSectionSize(row_height)
        table.verticalHeader().setMinimumSectionSize(row_height)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        for column in self._load_hidden_columns():
            table.setColumnHidden(column, True)
        table.activated.connect(self._on_mission_table_activated)

        self.empty_label = QLabel(
            self.tr(
                "No missions yet. Load the demonstration data with `mercator-desktop demo` "
                "or import a spreadsheet with `mercator-desktop missions import FILE`."
            ),
            self,
        )
        self.empty_label.setObjectName("emptyStateLabel")
        self.empty_label.setTextFormat(Qt.TextFormat.MarkdownText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.empty_label.setFont(font)
        self.empty_label.setMinimumWidth(320)
        self.empty_label.setMaximumWidth(600)
        empty_page = QWidget(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_label, 3)
        row.addStretch(1)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(2)
        empty_layout.addLayout(row)
        empty_layout.addStretch(3)

        self.loading_label = QLabel(self.tr("Opening your data…"), self)
        self.loading_label.setObjectName("loadingLabel")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setEnabled(False)  # greyed: it is a transient state

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralStack")
        self.stack.insertWidget(self.PAGE_LOADING, self.loading_label)
        self.stack.insertWidget(self.PAGE_EMPTY, empty_page)
        self.stack.insertWidget(self.PAGE_MISSIONS, table)
        self.stack.setCurrentIndex(self.PAGE_LOADING)
        self.setCentralWidget(self.stack)

    def _build_status_bar(self) -> None:
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.status_label, 1)

    # --- state ---------------------------------------------------------------------------

    def show_status(self, text: str, paint_now: bool = False) -> None:
        """Put ``text`` in the status bar; ``paint_now`` repaints before returning (for a
        message shown just before the GUI thread gets busy)."""
        self.status_label.setText(text)
        if paint_now and self.isVisible():
            self.status_label.repaint()

    def showing_empty_state(self) -> bool:
        return self.stack.currentIndex() == self.PAGE_EMPTY

    def load_store(self, store: Store) -> int:
        """Show the missions of ``store``; returns how many are shown."""
        from ..services.missions import MissionService
        from ..services.reference import ReferenceCatalog

        self.store = store
        missions = MissionService(store).list()
        self.mission_model.set_missions(missions, ReferenceCatalog.for_store(store))
        count = len(missions)
        if count:
            self._fit_columns()
            self.stack.setCurrentIndex(self.PAGE_MISSIONS)
            self.mission_table.selectRow(0)
            self.mission_table.setFocus()
        else:
            self.stack.setCurrentIndex(self.PAGE_EMPTY)
        self.store_loaded.emit(count)
        return count

    def _fit_columns(self) -> None:
        """Size each column to its contents (a sample of rows), within sensible bounds."""
        table = self.mission_table
        table.resizeColumnsToContents()
        for column in Column:
            self._cap_column(column)

    def _cap_column(self, column: Column) -> None:
        header = self.mission_table.horizontalHeader()
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            return
        char = self.fontMetrics().averageCharWidth()
        width = header.sectionSize(column) + 2 * char
        if column in _MAX_CHARS:
            width = min(width, _MAX_CHARS[column] * char)
        header.resizeSection(column, max(width, header.minimumSectionSize()))

    def _load_hidden_columns(self) -> list[Column]:
        value = QSettings().value(HIDDEN_COLUMNS_KEY)
        if not isinstance(value, str):
            return list(DEFAULT_HIDDEN_COLUMNS)
        names = {name.strip() for name in value.split(",")}
        return [column for column in Column if column.name in names]

    def _save_hidden_columns(self) -> None:
        hidden = [c.name for c in Column if self.mission_table.isColumnHidden(c)]
        QSettings().setValue(HIDDEN_COLUMNS_KEY, ",".join(hidden))

    def set_column_visible(self, column: Column, visible: bool) -> None:
        self.mission_table.setColumnHidden(column, not visible)
        if visible and self.mission_model.rowCount():
            self.mission_table.resizeColumnToContents(column)
            self._cap_column(column)
        self._save_hidden_columns()

    def current_mission_id(self) -> str | None:
        index = self.mission_table.currentIndex()
        if not index.isValid():
            return None
        return self.mission_proxy.data(index, MissionTableModel.MISSION_ID_ROLE)

    # --- slots ---------------------------------------------------------------------------

    def _on_mission_table_activated(self, index: QModelIndex) -> None:
        mission_id = self.mission_proxy.data(index, MissionTableModel.MISSION_ID_ROLE)
        if mission_id:
            self.mission_activated.emit(mission_id)

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        """Right-click on the header: choose which columns to show."""
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        headers = self.mission_model.headers()
        for column in Column:
            action = menu.addAction(headers[column])
            action.setCheckable(True)
            action.setChecked(not self.mission_table.isColumnHidden(column))
            action.setEnabled(column not in (Column.CODE, Column.TITLE))
            action.toggled.connect(
                lambda checked, c=column: self.set_column_visible(c, checked)
            )
        menu.popup(self.mission_table.horizontalHeader().mapToGlobal(pos))

    def _on_action_about_triggered(self) -> None:
        folder = str(self.store.paths.root) if self.store is not None else ""
        text = self.tr(
            "<h3>Mercator Desktop {version}</h3>"
            "<p>The offline workbench of WCO accredited experts: plan missions, fill the "
            "GEOAT and integrity checklists, write the mission report and sync with WCO "
            "headquarters when a connection appears.</p>"
        ).format(version=__version__)
        if folder:
            text += self.tr("<p>Your data: {folder}</p>").format(folder=html.escape(folder))
        messages.show_info(self, self.tr("About Mercator Desktop"), text, rich_text=True)

    # --- events --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        value = QSettings().value(GEOMETRY_KEY)
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)
