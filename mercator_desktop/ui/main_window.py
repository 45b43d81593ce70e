"""The main window: dashboard, mission list, expert directory and team calendar as tabs;
menus and a toolbar with every action; mission editors open as windows of their own.

Menus: File (import, export, the Capacity Building Progress Report), Mission (new, open,
duplicate, the mission's assessments, its report, trash), Sync (sign in, sync now, the
sync inbox, the archived missions, sign out), View, Help. The sync panel (button with the
unsent count, last sync, progress and cancel) sits in the status bar once a store is open;
the service behind it comes from ``sync_service_factory`` (tests put one with an in-memory
secret store there).

No ``mercator_desktop.services`` import at module level: the window must paint before
SQLAlchemy is imported. ``load_store`` imports the services when it is called (the
dashboard, experts and calendar views are built when first shown: ``ui.lazy_tabs``), and
the mission list is loaded on a worker thread (``ui.operations``) so the window stays
responsive with 20,000 missions.
"""

from __future__ import annotations

import gc
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from . import collector, files, messages, operations, theme
from .change_poll import ChangePoll
from .context import AppContext
from .events import app_events
from .filter_bar import FilterBar
from .help import build_help_menu
from .i18n import build_language_menu, current_language
from .lazy_tabs import LazyTabs
from .mission_columns import cap_column, fit_columns
from .mission_model import Column, MissionListProxy, MissionTableModel, PreparedRows
from .problem_texts import error_text, message_text
from .protect_notice import ProtectNotice
from .screen_fit import fit_window, keep_on_screen
from .widgets import bring_to_front

if TYPE_CHECKING:
    from ..services.dto import MissionInput, MissionSummary
    from ..services.store import Store
    from .mission_editor import MissionEditor

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/main/geometry"
HEADER_KEY = "window/main/mission_header"
HIDDEN_COLUMNS_KEY = "window/main/hidden_columns"
FILTER_KEY = "window/main/filter"
BIG_LIST = 5000  # from this many missions on, loaded rows are frozen for the collector
# Region follows from the country; hidden at first so the title keeps room at 1100 px.
DEFAULT_HIDDEN_COLUMNS = (Column.REGION,)


class MainWindow(QMainWindow):
    """Signals: ``first_painted`` once, after the window first painted; ``store_loaded(n)``
    once the mission list of a newly opened store is on screen (n missions);
    ``missions_loaded(n)`` after every (re)load of the list; ``mission_activated(id)`` when a
    row is double-clicked or Enter is pressed on it (the mission then opens)."""

    first_painted = Signal()
    store_loaded = Signal(int)
    #: makes the ``services.sync.SyncService`` of a store; None: the OS keyring's
    sync_service_factory: Callable[[Any], Any] | None = None
    missions_loaded = Signal(int)
    mission_activated = Signal(str)

    PAGE_LOADING, PAGE_EMPTY, PAGE_MISSIONS, PAGE_NO_MATCH = range(4)
    TAB_DASHBOARD, TAB_MISSIONS, TAB_EXPERTS, TAB_CALENDAR = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Mercator Desktop"))
        self.store: Store | None = None
        self.context: AppContext | None = None
        self.change_poll: ChangePoll | None = None
        self.trash_mode = False
        self.restart_requested = False  # app.main starts the app again once it has quit
        self._painted = False
        self._first_load_done = False
        self._early_shown = False  # the list was shown before the store opened
        self._load_generation = 0
        self._header_restored = False
        self._editors: list[MissionEditor] = []
        self.last_import: Any = None
        self.last_export_count: int | None = None
        self.sync_service: Any = None
        self.sync_panel: Any = None
        self.report_dialog: Any = None
        self.conflicts_dialog: Any = None
        self.archived_dialog: Any = None
        self.backups_dialog: Any = None
        self.search_dialog: Any = None

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        fit_window(self, share=(0.9, 0.9), largest=QSize(1600, 1000))
        self._restore_geometry()
        self._update_actions()
        app_events().missions_changed.connect(self._on_events_missions_changed)

    # --- building ------------------------------------------------------------------------

    def _action(self, text: str, name: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "", icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            native = QKeySequence.SequenceFormat.NativeText
            action.setToolTip(tip if shortcut is None
                              else f"{tip} ({QKeySequence(shortcut).toString(native)})")
        if icon is not None:
            action.setIcon(theme.standard_icon(self, icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.action_new = self._action(
            self.tr("&New mission…"), "actionNew", self.new_mission, QKeySequence.StandardKey.New,
            self.tr("Plan a new mission"), sp.SP_FileIcon)
        self.action_open = self._action(
            self.tr("&Open"), "actionOpen", self.open_current, QKeySequence.StandardKey.Open,
            self.tr("Open the selected mission"), sp.SP_DialogOpenButton)
        self.action_duplicate = self._action(
            self.tr("D&uplicate…"), "actionDuplicate", self.duplicate_current, "Ctrl+D",
            self.tr("Start a new mission from the selected one"), sp.SP_FileDialogNewFolder)
        self.action_delete = self._action(
            self.tr("&Delete"), "actionDelete", self.trash_current, QKeySequence.StandardKey.Delete,
            self.tr("Move the selected mission to the trash"), sp.SP_TrashIcon)
        self.action_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_trash = self._action(
            self.tr("Show &trash"), "actionTrash", self._on_action_trash_triggered,
            "Ctrl+Shift+T", self.tr("Show the missions in the trash, to restore them"),
            sp.SP_DirClosedIcon)
        self.action_trash.setCheckable(True)
        self.action_restore = self._action(
            self.tr("R&estore"), "actionRestore", self.restore_current, "Ctrl+R",
            self.tr("Take the selected mission out of the trash"), sp.SP_DialogResetButton)
        self.action_import = self._action(
            self.tr("&Import missions…"), "actionImport", self.import_csv, "Ctrl+I",
            self.tr("Import missions from a spreadsheet (Excel, OpenDocument or CSV)"),
            sp.SP_ArrowDown)
        self.action_export = self._action(
            self.tr("&Export missions…"), "actionExport", self.export_csv, "Ctrl+E",
            self.tr("Export the missions shown to an Excel workbook or a CSV file"),
            sp.SP_ArrowUp)
        self.action_assessments = self._action(
            self.tr("&Assessments…"), "actionAssessments", self.open_assessments,
            "Ctrl+Shift+A", self.tr("Open the mission on its assessments (checklists)"))
        self.action_export_report = self._action(
            self.tr("Export &report…"), "actionExportReport", self.export_report_current,
            "Ctrl+Shift+E", self.tr("Write the mission report of the selected mission as a "
                                    "PDF"), sp.SP_FileIcon)
        self.action_progress_report = self._action(
            self.tr("&Progress report…"), "actionProgressReport", self.export_progress_report,
            "Ctrl+Shift+P", self.tr("Write the Capacity Building Progress Report as a PDF"))
        self.action_letterhead = self._action(
            self.tr("&Letterhead for reports…"), "actionLetterhead", self.edit_letterhead, None,
            self.tr("Organisation, address, classification and logo printed on the reports"))
        self.action_backups = self._action(
            self.tr("&Backups…"), "actionBackups", self.show_backups, None,
            self.tr("The copies of your data: make one now, or restore one"))
        self.action_protect = self._action(
            self.tr("Pro&tect this data folder…"), "actionProtect", self.protect_folder, None,
            self.tr("Encrypt this data folder, so that a lost laptop does not give it away"))
        self.action_change_passphrase = self._action(
            self.tr("C&hange recovery passphrase…"), "actionChangePassphrase",
            self.change_recovery_passphrase, None,
            self.tr("Choose a new recovery passphrase for this encrypted data folder"))
        self.action_export_all = self._action(
            self.tr("Export e&verything…"), "actionExportAll", self.export_everything, None,
            self.tr("Write every record, evidence file and report into a folder, readable "
                    "without the app"))
        self.action_sign_in = self._action(
            self.tr("Sign i&n to HQ…"), "actionSignIn", self.sign_in, None,
            self.tr("Sign in to WCO headquarters to sync"))
        self.action_sync = self._action(
            self.tr("&Sync now"), "actionSync", self.sync_now, "Ctrl+Shift+S",
            self.tr("Send your changes to HQ and receive theirs"), sp.SP_BrowserReload)
        self.action_sync.setShortcuts([QKeySequence("Ctrl+Shift+S"), QKeySequence("F5")])
        self.action_auto_sync = QAction(self.tr("Sync &automatically when HQ can be reached"),
                                        self)
        self.action_auto_sync.setObjectName("actionAutoSync")
        self.action_auto_sync.setCheckable(True)
        self.action_auto_sync.toggled.connect(self._on_action_auto_sync_toggled)
        self.action_conflicts = self._action(
            self.tr("Sync &inbox…"), "actionConflicts", self.show_conflicts, None,
            self.tr("Fields HQ and you both changed, records HQ refused and records from HQ "
                    "that wait"))
        self.action_archived = self._action(
            self.tr("A&rchived missions…"), "actionArchived", self.show_archived, None,
            self.tr("Missions you were taken off the team of, kept read-only on this "
                    "laptop"))
        self.action_sign_out = self._action(
            self.tr("Sign &out"), "actionSignOut", self.sign_out, None,
            self.tr("End the HQ session on this computer; your work stays here"))
        self.action_find = self._action(
            self.tr("&Find missions"), "actionFind", self.focus_filter,
            QKeySequence.StandardKey.Find, self.tr("Type to narrow the mission list"))
        self.action_search = self._action(
            self.tr("&Search everything…"), "actionSearch", self.search_everything, "Ctrl+K",
            self.tr("Find a word in every mission: objectives, locations, agendas, notes, "
                    "findings and actions"))
        self.action_search.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_clear_filter = self._action(
            self.tr("Cl&ear filters"), "actionClearFilter", self._clear_filters, None,
            self.tr("Show every mission again"))
        self.view_actions = []
        for index, (text, name) in enumerate((
            (self.tr("&Dashboard"), "actionViewDashboard"),
            (self.tr("&Missions"), "actionViewMissions"),
            (self.tr("E&xperts"), "actionViewExperts"),
            (self.tr("Team &calendar"), "actionViewCalendar"),
        )):
            self.view_actions.append(self._action(
                text, name, self._tab_opener(index), f"Ctrl+{index + 1}"))

        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setObjectName("actionQuit")
        # Explicit Ctrl+Q: QKeySequence.Quit is empty on Windows.
        self.action_quit.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.action_quit.setStatusTip(self.tr("Quit Mercator Desktop"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        # From any window of the app (an editor too): the main window's close asks once.
        self.action_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_quit.triggered.connect(self.close)

        self.action_about = QAction(self.tr("&About Mercator Desktop"), self)
        self.action_about.setObjectName("actionAbout")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self._on_action_about_triggered)

    def _tab_opener(self, index: int) -> Callable[[], None]:
        return lambda: self.show_tab(index)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_file.addAction(self.action_import)
        self.menu_file.addAction(self.action_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_progress_report)
        self.menu_file.addAction(self.action_letterhead)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_export_all)
        self.menu_file.addAction(self.action_backups)
        self.menu_file.addAction(self.action_protect)
        self.menu_file.addAction(self.action_change_passphrase)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_mission = bar.addMenu(self.tr("&Mission"))
        for action in (self.action_new, self.action_open, self.action_duplicate):
            self.menu_mission.addAction(action)
        self.menu_mission.addSeparator()
        self.menu_mission.addAction(self.action_assessments)
        self.menu_mission.addAction(self.action_export_report)
        self.menu_mission.addSeparator()
        self.menu_mission.addAction(self.action_delete)
        self.menu_mission.addAction(self.action_trash)
        self.menu_mission.addAction(self.action_restore)
        self.menu_sync = bar.addMenu(self.tr("&Sync"))
        self.menu_sync.setObjectName("menuSync")
        for action in (self.action_sign_in, self.action_sync, self.action_conflicts,
                       self.action_archived):
            self.menu_sync.addAction(action)
        self.menu_sync.addAction(self.action_auto_sync)
        self.menu_sync.addSeparator()
        self.menu_sync.addAction(self.action_sign_out)
        self.menu_view = bar.addMenu(self.tr("&View"))
        for action in self.view_actions:
            self.menu_view.addAction(action)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.action_find)
        self.menu_view.addAction(self.action_search)
        self.menu_view.addAction(self.action_clear_filter)
        self.menu_view.addSeparator()
        self.menu_language = build_language_menu(self.menu_view, self, restart=self.restart)
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.help_actions = build_help_menu(
            self.menu_help, self, lambda: self.store.paths if self.store else None,
            current_language)
        self.help_dialog: Any = None
        self.menu_help.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        bar = self.toolbar = QToolBar(self.tr("Mission actions"), self)
        bar.setObjectName("missionToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_new, self.action_open, self.action_duplicate,
                       self.action_delete):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.action_trash)
        bar.addAction(self.action_restore)
        bar.addSeparator()
        bar.addAction(self.action_import)
        bar.addAction(self.action_export)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_central(self) -> None:
        self.mission_model = MissionTableModel(self)
        self.mission_proxy = MissionListProxy(self)
        self.mission_proxy.setSourceModel(self.mission_model)
        self.mission_proxy.setSortRole(MissionTableModel.SORT_ROLE)

        table = self.mission_table = QTableView(self)
        table.setObjectName("missionTable")
        table.setAccessibleName(self.tr("Missions"))
        table.setModel(self.mission_proxy)
        table.setSortingEnabled(True)
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
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        table.sortByColumn(Column.START, Qt.SortOrder.DescendingOrder)
        self._restore_header()
        for column in self._load_hidden_columns():
            table.setColumnHidden(column, True)
        table.activated.connect(self._on_mission_table_activated)
        table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_mission_table_context_menu_requested)

        # Empty state: a clear call to action.
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyStateLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyStateHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new_button = QPushButton(self.tr("Plan your first mission"), self)
        self.empty_new_button.setObjectName("emptyNewButton")
        self.empty_new_button.setDefault(True)
        self.empty_new_button.clicked.connect(lambda: self.new_mission())
        self.empty_import_button = QPushButton(self.tr("Import missions from a spreadsheet…"),
                                               self)
        self.empty_import_button.setObjectName("emptyImportButton")
        self.empty_import_button.clicked.connect(lambda: self.import_csv())
        empty_page = self._centered_page(
            [self.empty_label, self.empty_hint],
            [self.empty_new_button, self.empty_import_button])

        self.no_match_label = QLabel(self.tr("No mission matches these filters."), self)
        self.no_match_label.setObjectName("noMatchLabel")
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.setFont(font)
        self.no_match_clear_button = QPushButton(self.tr("Clear the filters"), self)
        self.no_match_clear_button.setObjectName("noMatchClearButton")
        self.no_match_clear_button.clicked.connect(self._clear_filters)
        no_match_page = self._centered_page([self.no_match_label], [self.no_match_clear_button])

        self.loading_label = QLabel(self.tr("Opening your data…"), self)
        self.loading_label.setObjectName("loadingLabel")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setEnabled(False)  # greyed: it is a transient state

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralStack")
        self.stack.insertWidget(self.PAGE_LOADING, self.loading_label)
        self.stack.insertWidget(self.PAGE_EMPTY, empty_page)
        self.stack.insertWidget(self.PAGE_MISSIONS, table)
        self.stack.insertWidget(self.PAGE_NO_MATCH, no_match_page)
        self.stack.setCurrentIndex(self.PAGE_LOADING)

        self.filter_bar = FilterBar(self)
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        self.filter_bar.results_requested.connect(self._on_filter_bar_results_requested)
        self.trash_banner = QLabel(
            self.tr("The trash: missions you deleted. Select one and choose Restore "
                    "(Ctrl+R) to bring it back."), self)
        self.trash_banner.setObjectName("trashBanner")
        self.trash_banner.setWordWrap(True)
        self.trash_banner.setStyleSheet(
            f"QLabel {{ background: {theme.NOTICE_BACKGROUND}; color: {theme.NOTICE_TEXT}; "
            "padding: 6px 10px; }")
        self.trash_banner.hide()

        self.missions_page = QWidget(self)
        self.missions_page.setObjectName("missionsPage")
        page_layout = QVBoxLayout(self.missions_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.trash_banner)
        page_layout.addWidget(self.filter_bar)
        page_layout.addWidget(self.stack, 1)
        self.missions_page.addAction(self.action_delete)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        for index, text in enumerate((self.tr("Dashboard"), self.tr("Missions"),
                                      self.tr("Experts"), self.tr("Team calendar"))):
            placeholder = self.missions_page if index == self.TAB_MISSIONS else \
                self._loading_placeholder()
            self.tabs.insertTab(index, placeholder, text)
        self.tabs.setCurrentIndex(self.TAB_MISSIONS)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.lazy_tabs = LazyTabs(self.tabs, self._loading_placeholder)
        self.protect_notice = ProtectNotice(self)
        self.protect_notice.protect_requested.connect(self.protect_folder)
        self.protect_notice.dismissed.connect(self._on_protect_notice_dismissed)
        central = QWidget(self)
        central.setObjectName("centralArea")
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.protect_notice)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.filter_bar.preset_clear_button, self.mission_table)

    def _loading_placeholder(self) -> QLabel:
        label = QLabel(self.tr("Opening your data…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    def _centered_page(self, labels: list[QLabel], buttons: list[QPushButton]) -> QWidget:
        page = QWidget(self)
        inner = QVBoxLayout()
        # The texts in a column of bounded width, without an alignment flag: a wrapped
        # label given one gets its one-line size hint and shows as a clipped sliver.
        column = QWidget(page)
        column.setMaximumWidth(620)
        texts = QVBoxLayout(column)
        texts.setContentsMargins(0, 0, 0, 0)
        for label in labels:
            texts.addWidget(label)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 8)
        centred.addStretch(1)
        inner.addLayout(centred)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            button.setMinimumHeight(button.sizeHint().height() + 8)
            row.addWidget(button)
        row.addStretch(1)
        inner.addSpacing(12)
        inner.addLayout(row)
        outer = QVBoxLayout(page)
        outer.addStretch(2)
        outer.addLayout(inner)
        outer.addStretch(3)
        return page

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

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.currentWidget()
        if index == self.TAB_MISSIONS:
            self.mission_table.setFocus()
        elif widget is not None:
            widget.setFocus()

    def load_store(self, store: Store) -> None:
        """Show ``store``: the mission list loads in the background (``store_loaded(n)``
        once it is on screen); the other views are built when first shown."""
        from ..services.reference import ReferenceCatalog
        from .protect_folder import update_for_store

        self.store = store
        self.context = AppContext.open(store, self)
        update_for_store(self)
        if self.search_dialog is not None:
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        if self.change_poll is not None:
            self.change_poll.stop()
            self.change_poll.deleteLater()
        self.change_poll = ChangePoll(store, self)
        self._first_load_done = False
        catalog = ReferenceCatalog.for_store(store)
        self.filter_bar.set_catalog(catalog)
        self._restore_filter()
        self.reload_missions()

        # The other views when first shown (or asked for): not with the store at start.
        self.lazy_tabs.set_builders({self.TAB_DASHBOARD: self._build_dashboard,
                                     self.TAB_EXPERTS: self._build_expert_directory,
                                     self.TAB_CALENDAR: self._build_team_calendar})

    @property
    def dashboard(self) -> Any:
        """The dashboard view (built now if it was not yet); None without a store."""
        return self.lazy_tabs.page(self.TAB_DASHBOARD)

    @property
    def expert_directory(self) -> Any:
        return self.lazy_tabs.page(self.TAB_EXPERTS)

    @property
    def team_calendar(self) -> Any:
        return self.lazy_tabs.page(self.TAB_CALENDAR)

    def _build_dashboard(self) -> QWidget:
        from .dashboard import DashboardView

        view = DashboardView(self.store, self)
        view.missions_requested.connect(self._on_dashboard_missions_requested)
        return view

    def _build_expert_directory(self) -> QWidget:
        from .expert_directory import ExpertDirectory

        view = ExpertDirectory(self.store, self)
        view.mission_open_requested.connect(self.open_mission)
        return view

    def _build_team_calendar(self) -> QWidget:
        from .team_calendar import TeamCalendar

        view = TeamCalendar(self.store, self)
        view.mission_open_requested.connect(self.open_mission)
        return view

    def reload_missions(self) -> None:
        """Load the list (or the trash) again on a worker thread."""
        store = self.store
        if store is None:
            return
        from ..services.reference import ReferenceCatalog

        maker = self.mission_model.row_maker(ReferenceCatalog.for_store(store))
        trash = self.trash_mode
        # The list read before the store opened: kept when it is still the same.
        known = self.mission_model.all_rows() if self._early_shown and not trash else None
        self._load_generation += 1
        generation = self._load_generation
        if not self.mission_model.total_count():
            self.stack.setCurrentIndex(self.PAGE_LOADING)
            self.loading_label.setText(self.tr("Loading the missions…"))

        def work(_op: operations.Operation) -> PreparedRows:
            # Tens of thousands of new objects would trigger full garbage collections that
            # stop the GUI thread too (the GIL) for 100-250 ms each: none while loading.
            with collector.paused():
                service = AppContext.of(store).missions
                rows = service.rows(trash=trash, known=known)
                return maker.make(rows, service.search_index(trash=trash))

        def loaded(prepared: PreparedRows) -> None:
            if generation == self._load_generation:
                self._on_missions_prepared(prepared)

        operations.run(self, work, loaded, name="load missions",
                       error_title=self.tr("Cannot load the missions"))

    def show_early_rows(self, prepared: PreparedRows, complete: bool) -> None:
        """A page of the list read before the store opened (``ui.early_list``); once
        ``complete``, ``missions_loaded`` is emitted. The full load after ``load_store``
        replaces these rows."""
        if self.store is not None or self._first_load_done:
            return
        self._early_shown = True
        self.mission_model.append_prepared(prepared)
        total = self.mission_model.total_count()
        if total and not self._header_restored:
            fit_columns(self.mission_table, self.mission_model)
            self._header_restored = True
        if total and self.stack.currentIndex() != self.PAGE_MISSIONS:
            self._after_filter(None)
        if complete:
            self.filter_bar.set_count(self.mission_model.rowCount(), total, self.trash_mode)
            self.missions_loaded.emit(total)

    def forget_early_rows(self) -> None:
        """The store could not be opened: the rows read early are not shown any more."""
        if self._early_shown and self.store is None:
            self._early_shown = False
            self.mission_model.set_prepared(PreparedRows())
            self.stack.setCurrentIndex(self.PAGE_LOADING)

    def _on_missions_prepared(self, prepared: PreparedRows) -> None:
        current = self.current_mission_id()
        self.mission_model._predicate = self._predicate()
        self.mission_model.set_prepared(prepared)
        if len(prepared.rows) > BIG_LIST:
            # The rows live as long as the list: keep the collector from walking them again
            # on every full collection (a visible pause per keystroke with 20,000 missions).
            gc.freeze()
        total = self.mission_model.total_count()
        if total and not self._header_restored:
            fit_columns(self.mission_table, self.mission_model)
            self._header_restored = True
        self._after_filter(current)
        self.missions_loaded.emit(total)
        if not self._first_load_done:
            self._first_load_done = True
            # The dashboard on start; the call to action when there is nothing yet. A list
            # already shown while the store opened stays in front.
            if not self._early_shown:
                self.show_tab(self.TAB_DASHBOARD if total and not self.trash_mode
                              else self.TAB_MISSIONS)
            self._early_shown = False
            # The sync panel (its service brings in the sync protocol and the keyring) once
            # the list has been painted: the list first.
            store = self.store
            QTimer.singleShot(0, self, lambda: self._finish_first_load(store, total))

    def _finish_first_load(self, store: Store | None, total: int) -> None:
        if store is not self.store:  # another store was loaded meanwhile
            return
        self._build_sync_panel()
        self.store_loaded.emit(total)

    def _predicate(self) -> Any:
        bar = self.filter_bar
        if not bar.is_active():
            return None
        from ..services.missions import MissionService

        base = MissionService.matcher(bar.mission_filter(self.trash_mode))
        ids = bar.preset_ids
        if ids is None:
            return base
        return lambda rows, search, indexes: base(
            rows, search, [i for i in indexes if rows.ids[i] in ids])

    def apply_filter(self) -> None:
        """Narrow the list to the filter bar now."""
        current = self.current_mission_id()
        self.mission_model.set_filter(self._predicate())
        self._after_filter(current)

    def _after_filter(self, keep_id: str | None) -> None:
        shown = self.mission_model.rowCount()
        total = self.mission_model.total_count()
        self.filter_bar.set_count(shown, total, self.trash_mode)
        if total == 0:
            self._show_empty_state()
        elif shown == 0:
            self.stack.setCurrentIndex(self.PAGE_NO_MATCH)
        else:
            self.stack.setCurrentIndex(self.PAGE_MISSIONS)
            row = self.mission_model.row_of(keep_id) if keep_id else None
            self.select_row(row if row is not None else 0)
        self._update_actions()

    def _show_empty_state(self) -> None:
        if self.trash_mode:
            self.empty_label.setText(self.tr("The trash is empty."))
            self.empty_hint.setText(self.tr("Missions you delete wait here until you "
                                            "restore them."))
            self.empty_new_button.hide()
            self.empty_import_button.hide()
        else:
            self.empty_label.setText(self.tr("No missions yet."))
            self.empty_hint.setText(self.tr(
                "Plan your first mission, or import the missions you keep in a spreadsheet "
                "(Excel, OpenDocument or CSV). Everything stays on this computer until you "
                "sync."))
            self.empty_new_button.show()
            self.empty_import_button.show()
        self.stack.setCurrentIndex(self.PAGE_EMPTY)

    def select_row(self, row: int) -> None:
        if row < 0 or row >= self.mission_proxy.rowCount():
            return
        index = self.mission_proxy.index(row, 0)
        self.mission_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.mission_table.scrollTo(index)

    def select_mission(self, mission_id: str) -> bool:
        row = self.mission_model.row_of(mission_id)
        if row is None:
            return False
        self.select_row(row)
        return True

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
            cap_column(self.mission_table, column)
        self._save_hidden_columns()

    def current_mission_id(self) -> str | None:
        index = self.mission_table.currentIndex()
        if not index.isValid():
            return None
        return self.mission_proxy.data(index, MissionTableModel.MISSION_ID_ROLE)

    def current_mission(self) -> MissionSummary | None:
        index = self.mission_table.currentIndex()
        if not index.isValid():
            return None
        return self.mission_model.mission_at(self.mission_proxy.mapToSource(index).row())

    def _update_actions(self) -> None:
        has_store = self.store is not None
        # (a list read before the store opened is only looked at until it has)
        selected = has_store and self.current_mission_id() is not None and \
            self.stack.currentIndex() == self.PAGE_MISSIONS and \
            self.tabs.currentIndex() == self.TAB_MISSIONS
        live = not self.trash_mode
        self.action_new.setEnabled(has_store)
        self.action_open.setEnabled(selected and live)
        self.action_duplicate.setEnabled(selected and live)
        self.action_delete.setEnabled(selected and live)
        self.action_restore.setEnabled(selected and not live)
        self.action_trash.setEnabled(has_store)
        self.action_import.setEnabled(has_store)
        self.action_export.setEnabled(has_store and live)
        self.action_assessments.setEnabled(selected and live)
        self.action_export_report.setEnabled(selected and live)
        self.action_progress_report.setEnabled(has_store)
        self.action_letterhead.setEnabled(has_store)
        self.action_backups.setEnabled(has_store)
        self.action_export_all.setEnabled(has_store)
        encrypted = has_store and self.store.data_key is not None  # type: ignore[union-attr]
        self.action_protect.setEnabled(has_store and not encrypted)
        self.action_change_passphrase.setEnabled(encrypted)
        self._update_sync_actions()

    def _update_sync_actions(self) -> None:
        ready = self.sync_panel is not None
        status = getattr(self.sync_panel, "status", None) if ready else None
        signed_in = bool(status and status.signed_in)
        inbox = status.conflicts + status.errors + status.waiting if status else 0
        self.action_sign_in.setEnabled(ready and not signed_in)
        self.action_sync.setEnabled(ready)
        self.action_conflicts.setEnabled(ready)
        self.action_archived.setEnabled(ready)
        self.action_auto_sync.setEnabled(ready)
        self.action_sign_out.setEnabled(ready and signed_in)
        self.action_conflicts.setText(self.tr("Sync &inbox (%n)…", "", inbox) if inbox
                                      else self.tr("Sync &inbox…"))

    # --- missions: open, new, duplicate, trash, restore ---------------------------------

    def editors(self) -> list[MissionEditor]:
        return [e for e in self._editors if e.isVisible()]

    def _show_editor(self, editor: MissionEditor) -> MissionEditor:
        self._editors.append(editor)
        editor.destroyed.connect(lambda *_: self._forget_editor(editor))
        editor.show()
        bring_to_front(editor)
        return editor

    def _forget_editor(self, editor: MissionEditor) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    def editor_for(self, mission_id: str) -> MissionEditor | None:
        for editor in self._editors:
            if editor.mission_id == mission_id and editor.isVisible():
                return editor
        return None

    def new_mission(self, template: MissionInput | None = None) -> MissionEditor | None:
        if self.store is None:
            return None
        from .mission_editor import MissionEditor

        return self._show_editor(MissionEditor(self.store, template=template, parent=self))

    def open_mission(self, mission_id: str) -> MissionEditor | None:
        if self.store is None:
            return None
        existing = self.editor_for(mission_id)
        if existing is not None:
            bring_to_front(existing)
            return existing
        from ..domain.errors import UserError
        from .mission_editor import MissionEditor

        try:
            editor = MissionEditor(self.store, mission_id=mission_id, parent=self)
        except UserError as exc:
            messages.show_error(self, self.tr("Cannot open the mission"), error_text(exc))
            return None
        return self._show_editor(editor)

    def open_current(self) -> MissionEditor | None:
        mission_id = self.current_mission_id()
        if mission_id is None or self.trash_mode:
            return None
        return self.open_mission(mission_id)

    def duplicate_current(self) -> MissionEditor | None:
        mission_id = self.current_mission_id()
        if mission_id is None or self.store is None or self.trash_mode:
            return None

        template = AppContext.of(self.store).missions.duplicate_input(mission_id)
        editor = self.new_mission(template)
        if editor is not None:
            self.show_status(self.tr("New mission from {code}: give it its dates, then save.")
                             .format(code=self._code_of(mission_id)))
        return editor

    def _code_of(self, mission_id: str) -> str:
        row = self.mission_model.row_of(mission_id)
        return self.mission_model.mission_at(row).code if row is not None else ""

    def open_assessments(self) -> MissionEditor | None:
        """The selected mission's editor, on its Assessments section."""
        editor = self.open_current()
        if editor is not None:
            editor.show_section(editor.ASSESSMENTS)
        return editor

    # --- reports -------------------------------------------------------------------------

    def export_report_current(self) -> Any:
        """Export report… of the selected mission (a dialog: file and language)."""
        mission_id = self.current_mission_id()
        if mission_id is None or self.store is None or self.trash_mode:
            return None
        editor = self.editor_for(mission_id)
        if editor is not None and editor.is_dirty():
            bring_to_front(editor)
            editor.export_report()  # offers to save the changes first
            return editor.report_dialog
        from .report_actions import export_mission_report

        self.report_dialog = export_mission_report(self, self.store, mission_id)
        return self.report_dialog

    def export_progress_report(self) -> Any:
        if self.store is None:
            return None
        from .report_actions import export_progress_report

        self.report_dialog = export_progress_report(self, self.store)
        return self.report_dialog

    def edit_letterhead(self) -> Any:
        if self.store is None:
            return None
        from ..services.letterhead import LetterheadService
        from .letterhead_dialog import LetterheadDialog

        self.letterhead_dialog = LetterheadDialog(LetterheadService(self.store), self)
        self.letterhead_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.letterhead_dialog.open()
        return self.letterhead_dialog

    # --- keeping the data safe (ui.data_safety) -------------------------------------------

    def show_backups(self) -> Any:
        from .data_safety import open_backups

        self.backups_dialog = open_backups(self)
        return self.backups_dialog

    def protect_folder(self) -> Any:
        """File ▸ Protect this data folder… (and the bar): see ``ui.protect_folder``."""
        from .protect_folder import protect_open_folder

        return protect_open_folder(self)

    def change_recovery_passphrase(self) -> bool:
        from .protect_folder import change_recovery_passphrase

        return change_recovery_passphrase(self)

    def _on_protect_notice_dismissed(self) -> None:
        from .protect_folder import dismiss_notice

        dismiss_notice(self)

    def export_everything(self) -> None:
        from .data_safety import export_everything

        export_everything(self)

    # --- sync ----------------------------------------------------------------------------

    def _build_sync_panel(self) -> None:
        store = self.store
        if store is None:
            return
        from ..services.demo import DemoService
        from ..services.sync import SyncService
        from .sync_panel import SyncPanel

        factory = type(self).sync_service_factory or SyncService
        self.sync_service = factory(store)
        if self.sync_panel is not None:
            self.statusBar().removeWidget(self.sync_panel)
            self.sync_panel.deleteLater()
        self.sync_panel = SyncPanel(self.sync_service, self, demo=DemoService(store))
        self.sync_panel.state_changed.connect(self._update_sync_actions)
        self.sync_panel.conflicts_requested.connect(self.show_conflicts)
        self.statusBar().addPermanentWidget(self.sync_panel)
        self.action_auto_sync.setChecked(self.sync_panel.automatic)
        self._update_sync_actions()

    def _on_action_auto_sync_toggled(self, on: bool) -> None:
        if self.sync_panel is not None and on != self.sync_panel.automatic:
            self.sync_panel.set_automatic(on)

    def sync_now(self) -> None:
        if self.sync_panel is not None:
            self.sync_panel.start_sync()

    def sign_in(self) -> Any:
        return self.sync_panel.sign_in() if self.sync_panel is not None else None

    def sign_out(self) -> None:
        if self.sync_panel is not None:
            self.sync_panel.sign_out()

    def show_conflicts(self) -> Any:
        if self.sync_service is None:
            return None
        from .sync_conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.sync_service, self)
        dialog.resolved.connect(lambda _id: self.sync_panel.refresh())
        self.conflicts_dialog = dialog
        dialog.open()
        return dialog

    def show_archived(self) -> Any:
        """The missions this person was taken off the team of (read-only, listed only)."""
        if self.sync_service is None:
            return None
        from .sync_archive import ArchivedMissionsDialog

        dialog = ArchivedMissionsDialog(self.sync_service, self)
        self.archived_dialog = dialog
        dialog.open()
        return dialog

    def trash_current(self) -> None:
        mission = self.current_mission()
        if mission is None or self.store is None or self.trash_mode:
            return
        from ..domain.errors import UserError

        editor = self.editor_for(mission.id)
        if editor is not None and editor.is_dirty():
            messages.show_error(
                self, self.tr("Mission is being edited"),
                self.tr("{code} has unsaved changes in its window.").format(code=mission.code),
                informative=self.tr("Save or close that window first, then delete the "
                                    "mission."))
            bring_to_front(editor)
            return
        row = self.mission_table.currentIndex().row()
        try:
            AppContext.of(self.store).missions.trash(mission.id)
        except UserError as exc:
            messages.show_error(self, self.tr("Cannot delete the mission"), error_text(exc))
            return
        if editor is not None:
            editor.close()
        app_events().missions_changed.emit([mission.id])
        self.select_row(min(row, self.mission_proxy.rowCount() - 1))
        self.show_status(self.tr("{code} moved to the trash. Show the trash (Ctrl+Shift+T) "
                                 "to restore it.").format(code=mission.code))

    def restore_current(self) -> None:
        mission = self.current_mission()
        if mission is None or self.store is None or not self.trash_mode:
            return
        from ..domain.errors import UserError

        try:
            AppContext.of(self.store).missions.restore(mission.id)
        except UserError as exc:
            messages.show_error(self, self.tr("Cannot restore the mission"), error_text(exc))
            return
        app_events().missions_changed.emit([mission.id])
        self.show_status(self.tr("{code} is back in the mission list.").format(
            code=mission.code))

    def set_trash_mode(self, on: bool) -> None:
        if on == self.trash_mode and self.action_trash.isChecked() == on:
            return
        self.trash_mode = on
        self.action_trash.setChecked(on)
        self.trash_banner.setVisible(on)
        self.tabs.setTabText(self.TAB_MISSIONS, self.tr("Trash") if on else self.tr("Missions"))
        self.mission_model.set_prepared(PreparedRows())
        self.show_tab(self.TAB_MISSIONS)
        self.reload_missions()
        self._update_actions()

    # --- import and export ---------------------------------------------------------------

    def import_csv(self) -> None:
        if self.store is None:
            return
        files.choose_open_file(
            self, self.tr("Import missions"),
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv);;Mission files (*.json);;"
                    "All files (*)"),
            lambda path: self._ignore(self.import_file(path)))

    def import_file(self, path: Path) -> operations.Operation | None:
        """Read ``path`` and show what importing it would do (nothing stored yet); the
        preview's Import button then imports it with the values the person mapped."""
        store = self.store
        if store is None:
            return None
        from ..services.exchange import preview_import, remembered_mappings

        progress = self._progress(self.tr("Reading {name}…").format(name=path.name))
        self.show_status(self.tr("Reading {name}…").format(name=path.name))

        def work(_op: operations.Operation) -> Any:
            return preview_import(store, path, remembered_mappings(store))

        def done(plan: Any) -> None:
            progress.close()
            from .import_preview import ImportPreviewDialog

            dialog = ImportPreviewDialog(plan, path.name, self)
            self.import_preview = dialog
            self.show_status(self.tr("Check what {name} holds, then import it.").format(
                name=path.name))
            dialog.sheet_chosen.connect(
                lambda sheet: self._ignore(self._preview_sheet(dialog, path, sheet)))

            def finished(code: int) -> None:
                if code == QDialog.DialogCode.Accepted:
                    self._ignore(self.run_import(path, dialog.mappings(), dialog.sheet))
                else:
                    self.show_status(self.tr("Nothing was imported from {name}.").format(
                        name=path.name))

            dialog.finished.connect(finished)
            dialog.open()

        op = operations.run(self, work, done, self._import_failed(path, progress),
                            name="preview import")
        progress.canceled.connect(op.cancel)
        return op

    def _preview_sheet(self, dialog: Any, path: Path, sheet: str) -> operations.Operation | None:
        """Read another sheet of the workbook the preview shows, and show it there."""
        store = self.store
        if store is None:
            return None
        from ..domain.errors import ImportFailedError, UserError
        from ..services.exchange import preview_import, remembered_mappings

        def work(_op: operations.Operation) -> Any:
            return preview_import(store, path, remembered_mappings(store), sheet)

        def failed(error: BaseException) -> None:
            if isinstance(error, ImportFailedError):  # a wrong header, a misplaced cell
                dialog.show_failure(sheet, "\n".join(
                    message_text(p.text()) for p in error.problems[:8]))
            elif isinstance(error, UserError):  # a sheet that cannot be read
                dialog.show_failure(sheet, error_text(error))
            else:
                dialog.show_failure(sheet, "")
                operations.report_failure(self, error)

        return operations.run(self, work, dialog.show_plan, failed, name="preview sheet")

    def run_import(self, path: Path, mappings: dict[str, dict[str, str]] | None = None,
                   sheet: str | None = None) -> operations.Operation | None:
        """Import ``path`` (its ``sheet`` for a workbook; all or nothing), with ``mappings``
        remembered for the next file."""
        store = self.store
        if store is None:
            return None
        from ..services.exchange import import_missions, merged_mappings, remembered_mappings

        progress = self._progress(self.tr("Importing {name}…").format(name=path.name))
        self.show_status(self.tr("Importing {name}…").format(name=path.name))

        def work(op: operations.Operation) -> Any:
            result = import_missions(
                store, path, op.report, remember=bool(mappings), sheet=sheet,
                mappings=merged_mappings(remembered_mappings(store), mappings))
            # The new missions' search entries, made now rather than at the next search
            # (ui: nobody waits on it there); the import stands whatever happens here.
            from ..services.search import SearchService

            try:
                SearchService(store).catch_up()
            except Exception:  # the next search catches up instead
                log.warning("search entries of the import left for the next search",
                            exc_info=True)
            return result

        def done(result: Any) -> None:
            progress.close()
            self.last_import = result
            app_events().missions_changed.emit([])
            app_events().experts_changed.emit([])
            lines = [self.tr("{total} missions imported from {name}: {created} new, "
                             "{updated} updated.").format(
                total=result.total, name=path.name, created=result.created,
                updated=result.updated)]
            if result.restored:
                lines.append(self.tr("{n} of them came back from the trash.").format(
                    n=result.restored))
            if result.experts_created:
                lines.append(self.tr("New experts in the directory: {names}.").format(
                    names=", ".join(result.experts_created)))
            if result.warnings:
                lines.append(self.tr("Please check:") + "\n• " + "\n• ".join(result.warnings))
            self.show_status(lines[0])
            messages.show_info(self, self.tr("Import finished"), "\n\n".join(lines))

        op = operations.run(self, work, done, self._import_failed(path, progress),
                            name="import missions",
                            waiting_message=self.tr("Waiting for the import to finish…"))
        progress.canceled.connect(op.cancel)
        op.progressed.connect(lambda done_, total: self._set_progress(progress, done_, total))
        return op

    def _import_failed(self, path: Path, progress: QProgressDialog
                       ) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            progress.close()
            from ..domain.errors import ImportFailedError, UserError

            if isinstance(error, operations.OperationCancelled):
                self.show_status(self.tr("Import cancelled; nothing was imported."))
                return
            self.show_status(self.tr("Nothing was imported from {name}.").format(
                name=path.name))
            if isinstance(error, ImportFailedError):
                problems = [message_text(p.text()) for p in error.problems]
                shown = "\n".join(problems[:8])
                if len(problems) > 8:
                    shown += "\n" + self.tr("… and {n} more (see the details)").format(
                        n=len(problems) - 8)
                messages.show_error(
                    self, self.tr("Import failed"),
                    self.tr("Nothing was imported: {name} has {n} problems to fix.").format(
                        name=path.name, n=len(problems)) if len(problems) > 1 else
                    self.tr("Nothing was imported: {name} has a problem to fix.").format(
                        name=path.name),
                    informative=shown + "\n\n" + self.tr(
                        "Correct the file in your spreadsheet and import it again."),
                    details="\n".join(problems))
            elif isinstance(error, UserError):
                messages.show_error(self, self.tr("Import failed"), error_text(error))
            else:
                operations.report_failure(self, error)

        return failed

    def export_csv(self) -> None:
        if self.store is None:
            return
        files.choose_save_file(
            self, self.tr("Export the missions shown"),
            self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"), "missions.xlsx", "xlsx",
            lambda path: self._ignore(self.export_file(path)))

    def export_file(self, path: Path) -> operations.Operation | None:
        store = self.store
        if store is None:
            return None
        from ..services.exchange import export_missions

        flt = self.filter_bar.mission_filter(self.trash_mode)
        progress = self._progress(self.tr("Exporting to {name}…").format(name=path.name))

        def work(_op: operations.Operation) -> int:
            return export_missions(store, path, flt)

        def done(count: int) -> None:
            progress.close()
            self.last_export_count = count
            text = self.tr("{count} missions exported to {path}.").format(
                count=count, path=str(path))
            self.show_status(text)
            note = ""
            if self.filter_bar.preset_ids is not None:
                note = "\n\n" + self.tr("The dashboard selection is not part of an export; "
                                        "the other filters are.")
            messages.show_info(self, self.tr("Export finished"), text + note)

        def failed(error: BaseException) -> None:
            progress.close()
            operations.report_failure(self, error, self.tr("Export failed"))

        op = operations.run(self, work, done, failed, name="export missions")
        progress.canceled.connect(op.cancel)
        return op

    @staticmethod
    def _ignore(_value: object) -> None:
        return None

    def _progress(self, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("operationProgress")
        progress.setWindowTitle(self.tr("Please wait"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        return progress

    @staticmethod
    def _set_progress(progress: QProgressDialog, done: int, total: int) -> None:
        if progress.maximum() != total:
            progress.setMaximum(total)
        progress.setValue(done)

    # --- slots ---------------------------------------------------------------------------

    def search_everything(self) -> Any:
        """Search everything (Ctrl+K): the dialog; a hit opens its mission at the place."""
        if self.store is None:
            return None
        from .global_search import GlobalSearchDialog

        if self.search_dialog is None:
            self.search_dialog = GlobalSearchDialog(
                AppContext.of(self.store).search, self)
            self.search_dialog.place_chosen.connect(self._on_search_dialog_place_chosen)
        self.search_dialog.show()
        bring_to_front(self.search_dialog)
        self.search_dialog.query_edit.setFocus()
        self.search_dialog.query_edit.selectAll()
        return self.search_dialog

    def _on_search_dialog_place_chosen(self, hit: Any) -> None:
        from .global_search import open_place

        editor = self.open_mission(hit.mission_id)
        if editor is not None:
            open_place(editor, hit)

    def focus_filter(self) -> None:
        self.show_tab(self.TAB_MISSIONS)
        self.filter_bar.text_edit.setFocus()
        self.filter_bar.text_edit.selectAll()

    def _clear_filters(self) -> None:
        self.filter_bar.clear()
        self.mission_table.setFocus()

    def _on_filter_bar_filter_changed(self) -> None:
        self.apply_filter()

    def _on_filter_bar_results_requested(self, open_it: bool) -> None:
        """↓ from the search: into the list; Enter: open the selected (first) mission."""
        if self.stack.currentIndex() != self.PAGE_MISSIONS:
            return
        if self.current_mission_id() is None:
            self.select_row(0)
        self.mission_table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if open_it:
            self.open_current()

    def _on_dashboard_missions_requested(self, label: str, ids: list[str]) -> None:
        if self.trash_mode:
            self.set_trash_mode(False)
        self.filter_bar.set_preset(label, ids)
        self.show_tab(self.TAB_MISSIONS)

    def _on_action_trash_triggered(self) -> None:
        self.set_trash_mode(self.action_trash.isChecked())

    def _on_tabs_current_changed(self, index: int) -> None:
        widget = self.lazy_tabs.page(index)
        if widget is None:
            widget = self.tabs.widget(index)
        refresh = getattr(widget, "refresh_if_stale", None)
        if refresh is not None:
            refresh()
        self._update_actions()

    def _on_events_missions_changed(self, ids: list[str]) -> None:
        store = self.store
        if store is None:
            return
        if not ids or len(ids) > 200:
            self.reload_missions()
            return
        from ..services.reference import ReferenceCatalog

        service = AppContext.of(store).missions
        summaries = service.summaries(ids)
        index = service.search_index(trash=self.trash_mode, mission_ids=ids)
        prepared = self.mission_model.row_maker(ReferenceCatalog.for_store(store)).make(
            summaries, index)
        current = self.current_mission_id()
        trash = self.trash_mode
        self.mission_model._predicate = self._predicate()
        self.mission_model.upsert(prepared, lambda m: m.deleted == trash)
        self._after_filter(current)

    def _on_mission_table_activated(self, index: QModelIndex) -> None:
        mission_id = self.mission_proxy.data(index, MissionTableModel.MISSION_ID_ROLE)
        if mission_id:
            self.mission_activated.emit(mission_id)
            if not self.trash_mode:
                self.open_mission(mission_id)

    def _on_mission_table_context_menu_requested(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("missionContextMenu")
        if self.trash_mode:
            menu.addAction(self.action_restore)
        else:
            for action in (self.action_open, self.action_assessments,
                           self.action_export_report, None, self.action_duplicate,
                           self.action_delete):
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        menu.popup(self.mission_table.viewport().mapToGlobal(pos))

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
            import html

            text += self.tr("<p>Your data: {folder}</p>").format(folder=html.escape(folder))
        messages.show_info(self, self.tr("About Mercator Desktop"), text, rich_text=True)

    # --- events --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit (Ctrl+Q, or closing this window): ONE prompt lists every window with unsaved
        changes — Save all, Discard all or Cancel; the app quits unless something stays
        unsaved (a save refused with its problems shown, or Cancel)."""
        windows = self.open_windows()
        unsaved = [(w, name) for w in windows if (name := w.unsaved_name()) is not None]
        if unsaved:
            answer = messages.ask_unsaved(
                self, self.tr("Unsaved changes"),
                self.tr("These windows have unsaved changes:") + "\n"
                + "\n".join(f"• {name}" for _w, name in unsaved),
                informative=self.tr("Save them before quitting?"),
                save_text=self.tr("&Save all"), discard_text=self.tr("&Discard all"))
            if answer == messages.CANCEL:
                event.ignore()
                return
            for window, _name in unsaved:
                if answer == messages.SAVE and not window.save_unsaved():
                    bring_to_front(window)  # its problems are shown there
                    event.ignore()
                    return
        for window in windows:
            window.close_discarding()
        self.save_settings()
        super().closeEvent(event)

    def restart(self) -> bool:
        """Quit in order to start again (a new interface language): the usual quit, so every
        window with unsaved changes is asked about first; ``restart_requested`` tells
        ``app.main`` to start the app again once this one has let go of the data folder.
        False when the person kept a window open (Cancel, or a save refused)."""
        self.restart_requested = True
        if self.close():
            return True
        self.restart_requested = False
        return False

    def open_windows(self) -> list[Any]:
        """The mission editors and assessment windows that are open, in the order opened."""
        from .assessment_window import AssessmentWindow
        from .mission_editor import MissionEditor

        return [w for w in self.findChildren(QMainWindow)
                if isinstance(w, (MissionEditor, AssessmentWindow)) and w.isVisible()]

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self._header_restored:
            settings.setValue(HEADER_KEY, self.mission_table.horizontalHeader().saveState())
        settings.setValue(FILTER_KEY, json.dumps(self.filter_bar.state()))
        self._save_hidden_columns()

    def _restore_geometry(self) -> None:
        value = QSettings().value(GEOMETRY_KEY)
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)
            keep_on_screen(self)

    def _restore_header(self) -> None:
        value = QSettings().value(HEADER_KEY)
        header = self.mission_table.horizontalHeader()
        if isinstance(value, QByteArray) and not value.isEmpty() and header.restoreState(value):
            self._header_restored = True
            header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
            self.mission_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _restore_filter(self) -> None:
        value = QSettings().value(FILTER_KEY)
        if not isinstance(value, str):
            return
        try:
            state = json.loads(value)
        except ValueError:
            log.warning("ignoring an unreadable remembered filter")
            return
        if isinstance(state, dict):
            self.filter_bar.restore(state, notify=False)

