"""Issued reports in the mission editor: the list of the versions issued, "Issue report…",
Open, Save a copy… and Reissue… (``services.issued_reports`` does the work).

``IssueReportDialog`` asks the date of issue (default today), the language and the status
(Draft or Final), and says which version it will be. A Final report with empty results,
findings or action plan is issued only when the person says so (nothing is stored
otherwise). The report is rendered off the GUI thread (``ui.operations``). Open writes the
issued PDF, decrypted, into a private temporary folder and hands it to the system's viewer
(``QDesktopServices``); Save a copy… writes it where the person chooses. An issued report is
never changed: Reissue… issues a new version with the choices of the selected one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services.issued_reports import IssuedReportService, IssuedReportView, next_version
from ..services.store import Store
from . import files, i18n, messages, operations
from .events import app_events
from .progress_operation import run_with_progress
from .record_models import SORT_ROLE, RecordColumn, RecordTableModel, record_table
from .report_actions import LANGUAGES, default_report_language
from .widgets import hint_label


def _status_names() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("IssuedReports", text)

    return {"draft": tr("Draft"), "final": tr("Final")}


class IssueReportDialog(QDialog):
    """Issue report… / Reissue…: the choices of one issue, then the work off the GUI
    thread; ``report_issued`` carries the service's ``IssuedReportView``."""

    report_issued = Signal(object)

    def __init__(self, parent: QWidget | None, store: Store, mission_id: str,
                 like: IssuedReportView | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueReportDialog")
        self.store = store
        self.service = IssuedReportService(store)
        self.mission_id = mission_id
        self.operation: operations.Operation | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Reissue the report") if like else
                            self.tr("Issue the report"))
        versions = [v.version for v in self.service.list_for_mission(mission_id)]
        self.version = next_version(versions)
        intro = QLabel(self.tr("This freezes the mission report as version %1: the PDF is "
                               "kept in the data folder, listed on the mission and sent to HQ "
                               "with the next sync. An issued report is never changed; a "
                               "correction is a new version.").replace("%1", self.version),
                       self)
        intro.setObjectName("issueIntroLabel")
        intro.setWordWrap(True)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("issueDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date of issue"))
        day = like.issue_date if like else date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("issueLanguageCombo")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        lang = like.language if like else default_report_language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lang)))

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("issueStatusCombo")
        for code, name in _status_names().items():
            self.status_combo.addItem(name, code)
        status = like.status if like else "draft"
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))

        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self._label(self.tr("Date of &issue:"), self.date_edit), self.date_edit)
        form.addRow(self._label(self.tr("&Language:"), self.language_combo),
                    self.language_combo)
        form.addRow(self._label(self.tr("&Status:"), self.status_combo), self.status_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.issue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.issue_button.setText(self.tr("&Issue version %1").replace("%1", self.version))
        self.issue_button.setObjectName("issueButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # --- values -------------------------------------------------------------------------

    @property
    def issue_date(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def status(self) -> str:
        return str(self.status_combo.currentData())

    # --- accepting ------------------------------------------------------------------------

    def accept(self) -> None:
        if not self.confirm():
            return
        super().accept()
        self.start()

    def confirm(self) -> bool:
        """A Final report with empty parts is issued only when the person says so."""
        if self.status != "final":
            return True
        names = {"results": self.tr("the results of the assessments"),
                 "findings": self.tr("the findings"), "action_plan": self.tr("the action plan")}
        gaps = self.service.gaps(self.mission_id, final=True)
        if not gaps:
            return True
        return messages.ask(
            self, self.tr("Issue a Final report?"),
            self.tr("These parts of the report are empty: %1. Issue it as Final anyway?")
            .replace("%1", "; ".join(names[g] for g in gaps)), default=False)

    def start(self) -> operations.Operation:
        service, mission_id = self.service, self.mission_id
        choices = {"status": self.status, "lang": self.language,
                   "issue_date": self.issue_date}

        def run(operation: operations.Operation) -> Any:
            return service.issue(mission_id, **choices,  # type: ignore[arg-type]
                                 progress=lambda f, _stage: operation.report(int(f * 100), 100))

        self.operation, self.progress_dialog = run_with_progress(
            self.parentWidget(), run, self.report_issued.emit,
            label=self.tr("Issuing the report…"), cancel_text=self.tr("Cancel"),
            title=self.windowTitle(), object_name="issueProgressDialog",
            name="issue-report", error_title=self.tr("The report was not issued"))
        return self.operation


class IssuedReportsPanel(QWidget):
    """The mission's issued reports, newest first, with what can be done with them."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuedReportsPanel")
        self.store = store
        self.service = IssuedReportService(store)
        self.mission_id: str | None = None
        self.dialog: IssueReportDialog | None = None
        #: who opens the issue dialog (the editor: it offers to save unsaved changes
        #: first); by default the panel itself
        self.issue_handler: Any = None
        statuses = _status_names()
        languages = i18n.LANGUAGE_NAMES
        self.model = RecordTableModel([
            RecordColumn(self.tr("Version"), lambda v: v.version,
                         sort=lambda v: tuple(int(p) for p in v.version.split(".")
                                              if p.isdigit())),
            RecordColumn(self.tr("Status"), lambda v: statuses.get(v.status, v.status),
                         color=lambda v: "#1b6e3a" if v.final else None),
            RecordColumn(self.tr("Language"), lambda v: languages.get(v.language, v.language)),
            RecordColumn(self.tr("Date of issue"), lambda v: v.issue_date.isoformat()),
            RecordColumn(self.tr("Issued by"), lambda v: v.issued_by),
            RecordColumn(self.tr("File"), self._file_text),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(self, self.proxy, "issuedReportsTable", stretch=5)
        self.table.setAccessibleName(self.tr("Issued reports of the mission"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())

        self.issue_button = self._button(self.tr("&Issue report…"), "issueReportButton",
                                         self.issue)
        self.open_button = self._button(self.tr("&Open"), "openIssuedButton",
                                        self.open_selected)
        self.save_button = self._button(self.tr("Save a &copy…"), "saveIssuedButton",
                                        self.save_selected)
        self.reissue_button = self._button(self.tr("&Reissue…"), "reissueButton",
                                           self.reissue_selected)
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.open_button, self.save_button,
                       self.reissue_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = hint_label(self.tr(
            "Each issue freezes the report as it was sent: version 1.0, then 1.1, 1.2 … The "
            "PDF is kept in the data folder (encrypted when the folder is) and goes to HQ and "
            "the mission's other experts with the sync."), self)
        self.empty_label = hint_label(self.tr("No report issued yet."), self)
        self.empty_label.setObjectName("issuedEmptyLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        app_events().missions_changed.connect(self._on_events_missions_changed)
        app_events().records_changed.connect(self._on_events_records_changed)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _file_text(self, view: IssuedReportView) -> str:
        if view.present:
            return view.file_name
        return self.tr("%1 (arrives with the next sync)").replace("%1", view.file_name)

    # --- the list ---------------------------------------------------------------------------

    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        self.refresh()

    def refresh(self) -> None:
        views = self.service.list_for_mission(self.mission_id) if self.mission_id else []
        self.model.set_rows(views)
        self.empty_label.setVisible(not views)
        if views and not self.table.currentIndex().isValid():
            # not selectRow: right to left, before the table is laid out, it finds no column
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()

    def selected(self) -> IssuedReportView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _update_buttons(self) -> None:
        view = self.selected()
        self.issue_button.setEnabled(self.mission_id is not None)
        for button in (self.open_button, self.save_button):
            button.setEnabled(view is not None and view.present)
        self.reissue_button.setEnabled(view is not None)

    def _on_events_missions_changed(self, ids: list[str]) -> None:
        if self.mission_id and (not ids or self.mission_id in ids):
            self.refresh()

    def _on_events_records_changed(self, _payload: object) -> None:
        if self.mission_id:
            self.refresh()

    # --- actions ----------------------------------------------------------------------------

    def issue(self, like: IssuedReportView | None = None) -> None:
        if self.mission_id is None:
            return
        if callable(self.issue_handler):
            self.issue_handler(like)
        else:
            self.open_dialog(like)

    def open_dialog(self, like: IssuedReportView | None = None) -> IssueReportDialog | None:
        if self.mission_id is None:
            return None
        self.dialog = IssueReportDialog(self.window(), self.store, self.mission_id, like)
        self.dialog.report_issued.connect(self._on_dialog_report_issued)
        self.dialog.open()
        return self.dialog

    def reissue_selected(self) -> None:
        view = self.selected()
        if view is not None:
            self.issue(view)

    def _on_dialog_report_issued(self, view: IssuedReportView) -> None:
        self.refresh()
        row = self.model.row_of(view.id)
        if row is not None:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        status = getattr(self.window(), "show_status", None)
        text = self.tr("Version %1 of the report issued (%2 pages)").replace(
            "%1", view.version).replace("%2", str(view.pages))
        if callable(status):
            status(text)
        saved = getattr(self.window(), "saved_label", None)
        if saved is not None:
            saved.setText(text)

    def open_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        try:
            path = self.service.private_copy(view.id)
        except (UserError, OSError) as exc:
            messages.show_error(self, self.tr("The report cannot be opened"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        self._saving = view
        files.choose_save_file(self, self.tr("Save a copy of the issued report"),
                               self.tr("PDF files (*.pdf)"),
                               str(Path.home() / view.file_name), "pdf", self._on_file_chosen)

    def _on_file_chosen(self, path: Path) -> None:
        view = self._saving
        try:
            written = self.service.save_copy(view.id, path)
        except (UserError, OSError) as exc:
            messages.show_error(self, self.tr("The copy was not saved"), str(exc))
            return
        saved = getattr(self.window(), "saved_label", None)
        if saved is not None:
            saved.setText(self.tr("Copy saved to %1").replace("%1", str(written)))
