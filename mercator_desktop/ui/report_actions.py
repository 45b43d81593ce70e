"""Export of the PDF reports from the app: "Export report…" on a mission and "Progress
report…" in the main menu.

``export_mission_report(parent, store, mission_id)`` and ``export_progress_report(parent,
store)`` open a small dialog (file, language, and for the progress report the period, the
launch date and the CSV option). Input is checked inline: an error label, the dialog stays
open, nothing is written. Accepted, the report is built off the GUI thread through
``ui.operations`` with a progress dialog that can cancel; when it is written the person is
offered to open it (``QDesktopServices``).

No ``mercator_desktop.services`` import at module level (paint first): the services are
imported when a dialog opens. This module never imports reportlab; the services do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import files, i18n, messages, operations
from .context import AppContext
from .problem_texts import error_text, message_text
from .progress_operation import run_with_progress
from .theme import error_color

if TYPE_CHECKING:
    from ..services.store import Store

FOLDER_KEY = "reports/last_folder"
LANGUAGE_KEY = "reports/language"
#: the languages the reports are written in (``reports/texts.py``), each named in itself
LANGUAGES = tuple((code, i18n.LANGUAGE_NAMES[code]) for code in ("en", "fr", "es", "ar"))


def default_report_language() -> str:
    """The language a report is offered in: the interface's when reports are written in
    it, else the one last chosen, else English."""
    codes = [code for code, _name in LANGUAGES]
    current = i18n.current_language()
    if current in codes:
        return current
    saved = QSettings().value(LANGUAGE_KEY)
    return str(saved) if saved in codes else "en"


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _ReportDialog(QDialog):
    """What both report dialogs share: the file, the language, the inline error, the run."""

    report_written = Signal(object)  # the service's result (path, pages, …)
    SUFFIXES: tuple[str, ...] = (".pdf",)  # the files this dialog writes; the first by default

    def __init__(self, parent: QWidget | None, store: Store, file_name: str) -> None:
        super().__init__(parent)
        self.store = store
        self.operation: operations.Operation | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._last_percent = -1
        settings = QSettings()
        folder = settings.value(FOLDER_KEY) or settings.value(files.LAST_FOLDER_KEY)
        if not (isinstance(folder, str) and Path(folder).is_dir()):
            documents = Path.home() / "Documents"
            folder = str(documents if documents.is_dir() else Path.home())

        self.path_edit = QLineEdit(str(Path(folder) / file_name), self)
        self.path_edit.setObjectName("reportPathEdit")
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setMinimumWidth(420)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setObjectName("reportBrowseButton")
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("reportLanguageCombo")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(default_report_language())
        self.language_combo.setCurrentIndex(max(0, index))
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)

        self.form = QFormLayout()
        self.form.addRow(self._label(self.tr("&File:"), self.path_edit), path_row)
        self.form.addRow(self.tr("&Language:"), self.language_combo)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("reportErrorLabel")
        self.error_label.setStyleSheet(f"color: {error_color(self.palette()).name()};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setObjectName("reportExportButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # --- values -------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def path(self) -> Path:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        if text and path.suffix.lower() not in self.SUFFIXES and not path.is_dir():
            path = path.with_name(path.name + self.suffix)
        return path

    @property
    def suffix(self) -> str:
        """The extension given to a file name typed without one."""
        return self.SUFFIXES[0]

    def name_filter(self) -> str:
        return self.tr("PDF files (*.pdf)")

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- slots --------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        current = self.path
        files.choose_save_file(self, self.tr("Save the report as"), self.name_filter(),
                               str(current), self.suffix.lstrip("."), self._on_file_chosen)

    def _on_file_chosen(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A form label whose mnemonic (Alt+letter) goes to ``buddy`` (a row of several
        widgets gets no buddy from the form, and would show the "&" itself)."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _on_language_combo_changed(self, _index: int) -> None:
        text = self.path_edit.text()
        for code, _name in LANGUAGES:
            ending = f"-{code}{self.suffix}"
            if text.endswith(ending):
                self.path_edit.setText(text[: -len(ending)] + f"-{self.language}{self.suffix}")
                break

    def accept(self) -> None:
        from ..domain.errors import UserError
        from ..services.report_data import check_writable

        self.error_label.hide()
        if not self.path_edit.text().strip():
            self.show_error(self.tr("Give the file to write the report to."))
            self.path_edit.setFocus()
            return
        try:
            check_writable(self.path)
            self.check_more()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        if not self.confirm():
            return
        settings = QSettings()
        settings.setValue(FOLDER_KEY, str(self.path.parent))
        settings.setValue(LANGUAGE_KEY, self.language)
        super().accept()
        self.start()

    def check_more(self) -> None:
        """Further checks of a subclass; raise a ``UserError`` to keep the dialog open."""

    def confirm(self) -> bool:
        """A subclass's last question before writing; False keeps the dialog open."""
        return True

    # --- running ------------------------------------------------------------------------------

    def work(self) -> Callable[[operations.Operation], Any]:
        raise NotImplementedError

    def start(self) -> operations.Operation:
        self.operation, self.progress_dialog = run_with_progress(
            self.parentWidget(), self.work(), self._on_operation_succeeded,
            label=self.tr("Writing the report…"), cancel_text=self.tr("Cancel"),
            title=self.windowTitle(), object_name="reportProgressDialog",
            name="report-export", error_title=self.tr("The report was not written"))
        return self.operation

    def report_progress(self, operation: operations.Operation, fraction: float) -> None:
        """Called on the worker thread; reports whole percents only."""
        percent = int(fraction * 100)
        if percent != self._last_percent:
            self._last_percent = percent
            operation.report(percent, 100)
        elif operation.cancelled:
            operation.report(percent, 100)  # raises OperationCancelled

    def _on_operation_succeeded(self, result: Any) -> None:
        self.progress_dialog = None
        self.report_written.emit(result)
        parent = self.parentWidget()
        status = getattr(parent, "show_status", None)
        if callable(status):
            status(self.tr("Report written to %1").replace("%1", str(result.path)))
        question = (self.tr("The report was written to %1 (%2 pages). Open it now?")
                    if result.path.suffix.lower() == ".pdf" else
                    self.tr("The report was written to %1. Open it now?"))
        missing = getattr(result, "missing_characters", ())
        if missing:  # the PDF is written; say which characters print as empty boxes
            question = self.tr("No font on this computer has these characters; they print "
                               "as empty boxes:") + "\n" + "\n".join(map(message_text, missing)) \
                + "\n\n" + question
        if messages.ask(parent, self.tr("Report written"),
                        question.replace("%1", str(result.path))
                        .replace("%2", str(result.pages)), default=False):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))


class MissionReportDialog(_ReportDialog):
    SUFFIXES = (".pdf", ".docx")  # a PDF or a Word document, as the format chosen says

    def __init__(self, parent: QWidget | None, store: Store, mission_id: str) -> None:

        mission = AppContext.of(store).missions.get(mission_id)
        lang = default_report_language()
        super().__init__(parent, store, f"{mission.code}-{lang}.pdf")
        self.setObjectName("missionReportDialog")
        self.setWindowTitle(self.tr("Export the mission report"))
        self.mission_id = mission_id
        intro = QLabel(self.tr("Mission report of %1 — %2")
                       .replace("%1", mission.code).replace("%2", mission.title), self)
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("reportFormatCombo")
        self.format_combo.addItem(self.tr("PDF"), ".pdf")
        self.format_combo.addItem(self.tr("Word document (.docx)"), ".docx")
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.form.insertRow(2, self.tr("F&ormat:"), self.format_combo)
        self.issue_edit = QDateEdit(_to_qdate(date.today()), self)
        self.issue_edit.setObjectName("reportIssueDateEdit")
        self.issue_edit.setCalendarPopup(True)
        self.issue_edit.setDisplayFormat("yyyy-MM-dd")
        self.issue_edit.setAccessibleName(self.tr("Date of issue"))
        self.form.addRow(self._label(self.tr("Date of &issue:"), self.issue_edit),
                         self.issue_edit)

    @property
    def suffix(self) -> str:
        return str(self.format_combo.currentData())

    def name_filter(self) -> str:
        return (self.tr("Word documents (*.docx)") if self.suffix == ".docx"
                else self.tr("PDF files (*.pdf)"))

    def _on_format_combo_changed(self, _index: int) -> None:
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() in self.SUFFIXES:
            self.path_edit.setText(str(path.with_suffix(self.suffix)))

    @property
    def issue_date(self) -> date:
        return _from_qdate(self.issue_edit.date())

    def confirm(self) -> bool:
        """A Final report with empty parts is exported only when the person says so."""
        from ..services.report_data import final_gaps

        names = {"results": self.tr("the results of the assessments"),
                 "findings": self.tr("the findings"), "action_plan": self.tr("the action plan")}
        gaps = final_gaps(self.store, self.mission_id)
        if not gaps:
            return True
        return messages.ask(
            self, self.tr("Export a Final report?"),
            self.tr("The mission's report is Final, but these parts are empty: %1. Export "
                    "it as Final anyway?").replace("%1", "; ".join(names[g] for g in gaps)),
            default=False)

    def work(self) -> Callable[[operations.Operation], Any]:
        from ..services.report_data import export_mission_report as export

        store, mission_id, path, lang = self.store, self.mission_id, self.path, self.language
        issued = self.issue_date

        def run(operation: operations.Operation) -> Any:
            return export(store, mission_id, path, lang,
                          progress=lambda f, _stage: self.report_progress(operation, f),
                          issue_date=issued)

        return run


class ProgressReportDialog(_ReportDialog):
    def __init__(self, parent: QWidget | None, store: Store) -> None:
        from ..services.progress_report import MERCATOR_LAUNCH, default_period

        start, end = default_period()
        lang = default_report_language()
        super().__init__(parent, store, f"progress-report-{start.year}-{end.year}-{lang}.pdf")
        self.setObjectName("progressReportDialog")
        self.setWindowTitle(self.tr("Capacity Building Progress Report"))

        def date_edit(name: str, day: date) -> QDateEdit:
            edit = QDateEdit(_to_qdate(day), self)
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit

        self.from_edit = date_edit("reportFromEdit", start)
        self.from_edit.setAccessibleName(self.tr("Period from"))
        self.to_edit = date_edit("reportToEdit", end)
        self.to_edit.setAccessibleName(self.tr("Period to"))
        self.since_edit = date_edit("reportSinceEdit", MERCATOR_LAUNCH)
        self.since_edit.setAccessibleName(self.tr("Part II since"))
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        self.form.insertRow(0, self._label(self.tr("&Period:"), self.from_edit), period)
        self.form.insertRow(1, self.tr("Missions &since:"), self.since_edit)
        self.csv_check = QCheckBox(self.tr("Also save the tables as CSV files (in a folder "
                                           "beside the PDF)"), self)
        self.csv_check.setObjectName("reportCsvCheck")
        self.form.addRow("", self.csv_check)

    @property
    def csv_dir(self) -> Path | None:
        if not self.csv_check.isChecked():
            return None
        return self.path.with_name(self.path.stem + "-tables")

    def check_more(self) -> None:
        from ..services.progress_report import check_period

        check_period(_from_qdate(self.from_edit.date()), _from_qdate(self.to_edit.date()),
                     _from_qdate(self.since_edit.date()))

    def work(self) -> Callable[[operations.Operation], Any]:
        from ..services.progress_report import export_progress_report as export

        store, path, lang, csv_dir = self.store, self.path, self.language, self.csv_dir
        start, end = _from_qdate(self.from_edit.date()), _from_qdate(self.to_edit.date())
        since = _from_qdate(self.since_edit.date())

        def run(operation: operations.Operation) -> Any:
            return export(store, path, start, end, since=since, lang=lang, csv_dir=csv_dir,
                          progress=lambda f, _stage: self.report_progress(operation, f))

        return run


def export_mission_report(parent: QWidget | None, store: Store,
                          mission_id: str) -> MissionReportDialog:
    """Open the "Export report…" dialog of a mission (window-modal, returns at once)."""
    dialog = MissionReportDialog(parent, store, mission_id)
    dialog.open()
    return dialog


def export_progress_report(parent: QWidget | None, store: Store) -> ProgressReportDialog:
    """Open the "Progress report…" dialog (window-modal, returns at once)."""
    dialog = ProgressReportDialog(parent, store)
    dialog.open()
    return dialog
