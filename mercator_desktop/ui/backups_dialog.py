"""File ▸ Backups…: the backups of this data folder, newest first; make one now, or restore
the one selected.

The dialog lists and asks; the restore itself (close the store, swap the files, open the
data folder again) is done by ``ui.data_safety.restore_and_reopen`` when the dialog emits
``restore_requested(backup_id)`` after the person confirmed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import backups
from ..services.backups import BackupView
from ..services.store import Store
from . import messages, operations
from .screen_fit import fit_window

_Index = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    """Why a backup was made, in the interface's language."""
    labels = {
        "manual": QCoreApplication.translate("BackupsDialog", "Made by you"),
        "daily": QCoreApplication.translate("BackupsDialog", "Daily"),
        "before-sync": QCoreApplication.translate("BackupsDialog", "Before a sync"),
        "before-upgrade": QCoreApplication.translate("BackupsDialog", "Before an upgrade"),
        "before-restore": QCoreApplication.translate("BackupsDialog", "Before a restore"),
    }
    return labels.get(reason, reason)


def size_label(size: int) -> str:
    return QCoreApplication.translate("BackupsDialog", "{size} MB").format(
        size=f"{size / 1_000_000:.1f}")


class BackupListModel(QAbstractTableModel):
    """The backups: when, why, size, and whether the copy passed its check."""

    WHEN, WHY, SIZE, CHECK = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupView] = []

    def set_backups(self, rows: list[BackupView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> BackupView:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Made on"), self.tr("Why"), self.tr("Size"), self.tr("Check"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        b = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (b.when, reason_label(b.reason), size_label(b.size),
                    self.tr("Good") if b.integrity_ok else self.tr("Damaged"))[column]
        if role == Qt.ItemDataRole.UserRole:  # sorting
            return (b.created.timestamp(), b.reason, b.size, b.integrity_ok)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Backup {id}").format(id=b.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    """The list of backups with "Back up now" and "Restore…"."""

    restore_requested = Signal(str)
    backup_made = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.store = store
        self.model = BackupListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)

        self.intro = QLabel(self.tr(
            "A copy of your data is made before every upgrade, before a sync changes your "
            "records, and once a day while the app is open. Restoring a backup puts its data "
            "back; what you have now is first kept as a backup of its own, and the next sync "
            "brings back from HQ what you had already sent."), self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BackupListModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupListModel.WHY, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._on_restore_clicked())
        self.folder_label = QLabel(self.tr("Kept in {folder}").format(
            folder=str(store.paths.backups)), self)
        self.folder_label.setObjectName("folderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backupNowButton")
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder_label)
        layout.addWidget(buttons)
        fit_window(self, size=QSize(760, 480))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_backups(backups.list_backups(self.store.paths))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.backup(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.integrity_ok)

    def _on_backup_clicked(self) -> None:
        self.backup_button.setEnabled(False)
        store = self.store

        def done(made: BackupView) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()
            self.backup_made.emit(made.id)

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            operations.report_failure(self, error, self.tr("The backup could not be made"))

        operations.run(self, lambda _op: backups.create(store), done, failed, name="backup")

    def _on_restore_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.integrity_ok:
            return

        def answered(yes: bool) -> None:
            if yes:
                self.restore_requested.emit(chosen.id)

        messages.question(
            self, self.tr("Restore a backup"),
            self.tr("Put back your data as it was on {when}?").format(when=chosen.when),
            answered, yes_text=self.tr("&Restore"), no_text=self.tr("&Cancel"),
            informative=self.tr(
                "What you have now is first kept as a backup of its own, so this can be "
                "undone. Work you had already sent to HQ comes back at the next sync; work "
                "not sent since that day is only in the kept copy."))
