"""The Assessments section of the mission editor: the checklists filled for the mission (one
per workshop group if the expert likes), with New assessment…, Open, Rename…, Move to trash
and, in the trash, Restore.

Every action here is one service call, stored at once: it is not part of the editor's Save
and Undo (the page says so). A mission must have been saved before it can get an
assessment; until then the page says so plainly. After each change the app-level signal
announces the mission (its row in the mission list shows the new sync state).

The filling screen opens as a window of its own (``ui.assessment_window``); one window per
assessment — opening it again brings the open one to the front.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import FieldProblem, ImportFailedError, UserError, ValidationError
from ..services.assessments import AssessmentService, AssessmentSummary, TemplateInfo
from ..services.store import Store
from ..services.templates import TemplateService
from . import labels
from .assessment_window import AssessmentWindow, open_assessment_window
from .context import AppContext
from .empty_state import EmptyState
from .events import app_events
from .files import choose_open_file
from .messages import show_error
from .problem_texts import error_text, message_text, problem_text
from .record_models import (
    ID_ROLE,
    SORT_ROLE,
    RecordColumn,
    RecordTableModel,
    fit_columns,
    record_table,
)
from .theme import NOTICE_BACKGROUND, NOTICE_TEXT
from .widgets import (
    WARNING_COLOR,
    ErrorLabel,
    bring_to_front,
    caption_for,
    hint_label,
    with_error,
)

LANGUAGE_KEY = "assessments/language"

#: open filling screens, by assessment id (one window per assessment)
_windows: dict[str, AssessmentWindow] = {}


def open_windows() -> dict[str, AssessmentWindow]:
    """The filling screens open now (tests and the editor use it)."""
    for key in [k for k, w in _windows.items() if not shiboken6.isValid(w) or not w.isVisible()]:
        del _windows[key]
    return dict(_windows)


def _short_title(info: TemplateInfo | None, lang: str, fallback: str) -> str:
    if info is None:
        return fallback
    title = info.label(lang).split(" (", 1)[0]
    for cut in (" – ", " — "):  # "GEOAT – Gender Equality …" → "GEOAT"
        if cut in title:
            title = title.split(cut, 1)[0]
    return title


class NewAssessmentDialog(QDialog):
    """Start an assessment: the checklist (latest version of each instrument), the workshop
    group and the language. Refused template files are listed as a plain warning. Problems
    show beside their field; nothing is stored then. ``assessment_started(id)`` on success.
    """

    assessment_started = Signal(str)

    def __init__(self, service: AssessmentService, mission_id: str, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAssessmentDialog")
        self.setWindowTitle(self.tr("New assessment"))
        self.service = service
        self.mission_id = mission_id
        self.lang = lang
        self.started_id: str | None = None
        self.infos: list[TemplateInfo] = []
        problems = service.template_problems()

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("templateCombo")
        self.template_hint = hint_label("", self)
        self.template_hint.setObjectName("templateHint")
        self.template_hint.setWordWrap(False)
        self.provenance_label = hint_label("", self)
        self.provenance_label.setObjectName("provenanceLabel")
        self.provenance_label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_xlsform_button = QPushButton(self.tr("Add a checklist from &XLSForm…"), self)
        self.add_xlsform_button.setObjectName("addXlsformButton")
        self.add_xlsform_button.setToolTip(self.tr(
            "Install a checklist written as an XLSForm workbook (.xlsx with the sheets survey, "
            "choices and settings), e.g. the official wording sent by HQ"))
        self.add_xlsform_button.clicked.connect(self._on_add_xlsform_button_clicked)
        self.template_error = ErrorLabel(self)
        self.group_edit = QLineEdit(self)
        self.group_edit.setObjectName("groupEdit")
        self.group_edit.setPlaceholderText(self.tr("e.g. Senior management (optional)"))
        self.group_error = ErrorLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_error = ErrorLabel(self)
        self.general_error = ErrorLabel(self)
        self.general_error.setObjectName("generalError")

        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("templateProblemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setStyleSheet(
            f"color: {WARNING_COLOR}; background: #fff8e5; border: 1px solid #ecd9a6; "
            "border-radius: 4px; padding: 6px;")
        if problems:
            shown = "\n".join(f"• {p}" for p in problems[:4])
            if len(problems) > 4:
                shown += "\n" + self.tr("… and {n} more (see the log file)").format(
                    n=len(problems) - 4)
            self.problems_label.setText(self.tr(
                "Some checklist files could not be read and are not offered here; the other "
                "checklists work normally. Ask HQ for a corrected file.") + "\n" + shown)
        self.problems_label.setVisible(bool(problems))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        checklist_box = QWidget(self)
        checklist_column = QVBoxLayout(checklist_box)
        checklist_column.setContentsMargins(0, 0, 0, 0)
        checklist_column.setSpacing(2)
        checklist_column.addWidget(self.template_combo)
        checklist_column.addWidget(self.template_hint)
        checklist_column.addWidget(self.provenance_label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_xlsform_button)
        add_row.addStretch(1)
        checklist_column.addLayout(add_row)
        for text, field, error, buddy in (
            (self.tr("&Checklist:"), checklist_box, self.template_error, self.template_combo),
            (self.tr("Workshop &group:"), self.group_edit, self.group_error, self.group_edit),
            (self.tr("&Language:"), self.language_combo, self.language_error,
             self.language_combo),
        ):
            caption = caption_for(text, buddy, self)
            form.addRow(caption, with_error(field, error))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Start and open"))
        self.start_button.setObjectName("startButton")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = hint_label(self.tr(
            "Start a checklist for this mission. For a workshop with several groups, start "
            "one per group and name the group."), self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

        self.template_combo.currentIndexChanged.connect(self._on_template_combo_changed)
        self._fill_templates(select=service.fitting_template(mission_id))
        # The interface language first; the one last used when the checklist lacks it.
        saved = QSettings().value(LANGUAGE_KEY)
        for wanted in (lang, saved if isinstance(saved, str) else None):
            found = self.language_combo.findData(wanted) if wanted else -1
            if found >= 0:
                self.language_combo.setCurrentIndex(found)
                break
        self.template_combo.setFocus()

    def _fill_templates(self, select: str | None = None) -> None:
        self.infos = [i for i in self.service.templates() if i.latest]
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for info in self.infos:
            self.template_combo.addItem(info.label(self.lang), info.id)
        found = self.template_combo.findData(select) if select else -1
        self.template_combo.setCurrentIndex(max(found, 0) if self.infos else -1)
        self.template_combo.blockSignals(False)
        self.start_button.setEnabled(bool(self.infos))
        self.general_error.set_messages([] if self.infos else [self.tr(
            "no checklist can be started: none could be read")])
        self._on_template_combo_changed()

    def _on_add_xlsform_button_clicked(self) -> None:
        choose_open_file(self, self.tr("Add a checklist from XLSForm"),
                         self.tr("XLSForm workbooks (*.xlsx *.xlsm *.xls *.ods)"),
                         self.add_xlsform)

    def add_xlsform(self, path: Path) -> None:
        """Install the XLSForm in ``path`` and select it; a refused one is explained, with
        the sheet, row and column of each problem, and nothing changes."""
        try:
            result = TemplateService(self.service.store).import_xlsform(path)
        except ImportFailedError as exc:
            shown = [message_text(p.text()) for p in exc.problems]
            text = "\n".join(f"• {p}" for p in shown[:8])
            if len(shown) > 8:
                text += "\n" + self.tr("… and {n} more (see Show Details)").format(
                    n=len(shown) - 8)
            show_error(self, self.tr("Checklist not added"),
                       self.tr("{file} cannot be used as a checklist; nothing was added. "
                               "Correct these places in the workbook and add it again:").format(
                           file=path.name),
                       informative=text, details="\n".join(shown))
            return
        except UserError as exc:
            show_error(self, self.tr("Checklist not added"), error_text(exc))
            return
        self._fill_templates(select=result.info.id)
        self.template_hint.setText(self.template_hint.text() + " · " + (
            self.tr("added") if result.changed else self.tr("already installed")))

    def _info(self) -> TemplateInfo | None:
        index = self.template_combo.currentIndex()
        return self.infos[index] if 0 <= index < len(self.infos) else None

    def _on_template_combo_changed(self, _index: int = 0) -> None:
        info = self._info()
        keep = self.language_combo.currentData() or self.lang  # the interface's at first
        self.language_combo.clear()
        if info is None:
            self.template_hint.setText("")
            self.provenance_label.setText("")
            return
        names = labels.languages()
        for code in info.languages:
            self.language_combo.addItem(names.get(code, code), code)
        found = self.language_combo.findData(keep)
        self.language_combo.setCurrentIndex(max(found, 0))
        text = self.tr("{n} questions · version {version}").format(
            n=info.questions, version=info.version)
        self.template_hint.setText(text)
        self.provenance_label.setText("\n".join(labels.provenance_lines(info.provenance,
                                                                        self.lang)))
        # Draft wording is said in the warning colour: an expert should notice it.
        self.provenance_label.setStyleSheet(
            "" if info.provenance.official else f"color: {WARNING_COLOR}")

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        where = {"template": self.template_error, "language": self.language_error,
                 "group_name": self.group_error}
        grouped: dict[int, tuple[ErrorLabel, list[str]]] = {}
        for problem in problems:
            label = where.get(problem.field, self.general_error)
            grouped.setdefault(id(label), (label, []))[1].append(problem_text(problem))
        for label, texts in grouped.values():
            label.set_messages(texts)

    def _on_buttons_accepted(self) -> None:
        for label in (self.template_error, self.group_error, self.language_error,
                      self.general_error):
            label.clear_messages()
        info = self._info()
        if info is None:
            self.template_error.set_messages([self.tr("choose a checklist")])
            return
        language = str(self.language_combo.currentData() or "")
        try:
            view = self.service.start(self.mission_id, info.id, group_name=self.group_edit.text(),
                                      language=language)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        except UserError as exc:
            self.general_error.set_messages([error_text(exc)])
            return
        QSettings().setValue(LANGUAGE_KEY, language)
        self.started_id = view.id
        self.assessment_started.emit(view.id)
        self.accept()


class RenameAssessmentDialog(QDialog):
    """Change the title and workshop group of an assessment (inline problems)."""

    def __init__(self, service: AssessmentService, summary: AssessmentSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renameAssessmentDialog")
        self.setWindowTitle(self.tr("Rename the assessment"))
        self.service = service
        self.assessment_id = summary.id
        self.title_edit = QLineEdit(summary.title, self)
        self.title_edit.setObjectName("titleEdit")
        self.title_error = ErrorLabel(self)
        self.group_edit = QLineEdit(summary.group_name, self)
        self.group_edit.setObjectName("groupEdit")
        self.group_edit.setPlaceholderText(self.tr("(no group)"))
        self.group_error = ErrorLabel(self)
        self.general_error = ErrorLabel(self)
        self.general_error.setObjectName("generalError")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, error in ((self.tr("&Title:"), self.title_edit, self.title_error),
                                   (self.tr("Workshop &group:"), self.group_edit,
                                    self.group_error)):
            caption = caption_for(text, field, self)
            form.addRow(caption, with_error(field, error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.title_edit.selectAll()

    def _on_buttons_accepted(self) -> None:
        for label in (self.title_error, self.group_error, self.general_error):
            label.clear_messages()
        try:
            self.service.rename(self.assessment_id, self.title_edit.text(),
                                self.group_edit.text())
        except ValidationError as exc:
            for problem in exc.problems:
                label = {"title": self.title_error, "group_name": self.group_error}.get(
                    problem.field, self.general_error)
                label.set_messages([*label.text().splitlines(), problem_text(problem)]
                                   if label.isVisible() else [problem_text(problem)])
            return
        except UserError as exc:
            self.general_error.set_messages([error_text(exc)])
            return
        self.accept()


class MissionAssessmentsPanel(QWidget):
    """The section page. ``set_mission(id)`` once the mission is saved (None: not yet).
    Signals: ``assessments_changed(mission_id)`` after a change made here or in a filling
    screen opened from here."""

    assessments_changed = Signal(str)

    def __init__(self, store: Store, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionAssessmentsPanel")
        self.store = store
        self.service = AppContext.of(store).assessments
        self.lang = lang
        self.mission_id: str | None = None
        self.trash_mode = False
        self.dialog: QDialog | None = None
        self._infos: dict[str, TemplateInfo] = {}
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh)

        statuses = labels.assessment_statuses()
        status_colors = {"validated": "#1b6e3a", "completed": "#2f6fb0"}
        self.model = RecordTableModel([
            RecordColumn(self.tr("Assessment"), lambda a: a.title),
            RecordColumn(self.tr("Workshop group"), lambda a: a.group_name or "–"),
            RecordColumn(self.tr("Checklist"), self._checklist_text),
            RecordColumn(self.tr("Status"), lambda a: statuses.get(a.status, a.status),
                         color=lambda a: status_colors.get(a.status)),
            RecordColumn(self.tr("Progress"), self._progress_text,
                         sort=lambda a: a.done / a.questions if a.questions else 0.0,
                         align_right=True),
            RecordColumn(self.tr("Score"), self._score_text,
                         sort=lambda a: -1.0 if a.percent is None else a.percent,
                         align_right=True,
                         tip=lambda a: self.tr("Percentage of the maximum over the answered "
                                               "questions, weights applied")),
            RecordColumn(self.tr("Last change"),
                         lambda a: a.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                         sort=lambda a: a.updated_at.isoformat()),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(self, self.proxy, "assessmentTable", stretch=0)
        self.table.setAccessibleName(self.tr("Assessments of the mission"))
        self._empty_words = (
            self.tr("No assessments yet."),
            self.tr("Start the checklist that fits the mission (GEOAT, integrity); for a "
                    "workshop with several groups, one per group."),
            self.tr("Start an assessment…"))
        self.empty_state = EmptyState(self.table, *self._empty_words, self.new_assessment)
        # Unsorted until the person clicks a header: the order they were started.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        trash_key = QAction(self.table)
        trash_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        trash_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        trash_key.triggered.connect(self.trash_current)
        self.table.addAction(trash_key)

        self.intro_label = hint_label(self.tr(
            "The checklists filled for this mission — one per workshop group if you like. "
            "Answers are saved as you give them; what you do on this page is stored at once "
            "and is not part of the mission's Save and Undo."), self)
        self.unsaved_label = QLabel(self.tr(
            "Save the new mission first (Ctrl+S); then you can start its assessments here."),
            self)
        self.unsaved_label.setObjectName("assessmentsUnsavedLabel")
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setStyleSheet(
            # a fixed light panel with dark text (12:1), in light and dark palettes alike
            "background: #eef3f8; color: #1f2933; border: 1px solid #c9d6e3; "
            "border-radius: 4px; padding: 8px;")
        self.trash_label = QLabel(self.tr(
            "Assessments in the trash. Select one and click Restore to bring it back."), self)
        self.trash_label.setObjectName("assessmentsTrashLabel")
        self.trash_label.setStyleSheet(
            f"background: {NOTICE_BACKGROUND}; color: {NOTICE_TEXT}; padding: 6px;")
        self.trash_label.hide()

        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.new_button.setObjectName("newAssessmentButton")
        self.new_button.clicked.connect(self.new_assessment)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openAssessmentButton")
        self.open_button.setToolTip(self.tr("Open the filling screen (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.rename_button = QPushButton(self.tr("Rena&me…"), self)
        self.rename_button.setObjectName("renameAssessmentButton")
        self.rename_button.clicked.connect(self.rename_current)
        self.trash_button = QPushButton(self.tr("Move to &trash"), self)
        self.trash_button.setObjectName("trashAssessmentButton")
        self.trash_button.setToolTip(self.tr("Move the selected assessment to the trash "
                                             "(Delete)"))
        self.trash_button.clicked.connect(self.trash_current)
        self.show_trash_button = QPushButton(self.tr("S&how trash"), self)
        self.show_trash_button.setObjectName("showAssessmentTrashButton")
        self.show_trash_button.setCheckable(True)
        self.show_trash_button.toggled.connect(self.set_trash_mode)
        self.restore_button = QPushButton(self.tr("Rest&ore"), self)
        self.restore_button.setObjectName("restoreAssessmentButton")
        self.restore_button.clicked.connect(self.restore_current)
        for button in (self.new_button, self.open_button, self.rename_button,
                       self.trash_button, self.show_trash_button, self.restore_button):
            button.setAutoDefault(False)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("assessmentsError")
        self.details_label = QLabel(self)
        self.details_label.setObjectName("assessmentDetailsLabel")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.rename_button,
                       self.trash_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_trash_button)
        buttons.addWidget(self.restore_button)
        # Hidden until the mission is saved: only the message shows then.
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.trash_label)
        body.addWidget(self.table, 1)
        body.addWidget(self.details_label)
        body.addWidget(self.error_label)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.unsaved_label)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)
        self.set_mission(None)

    # --- texts ---------------------------------------------------------------------------

    def _checklist_text(self, a: AssessmentSummary) -> str:
        info = self._infos.get(a.template_id)
        return f"{_short_title(info, self.lang, a.template_id)} {a.template_version}"

    def _progress_text(self, a: AssessmentSummary) -> str:
        if not a.questions:
            return self.tr("{done} answers").format(done=a.done)
        return self.tr("{done} of {total}").format(done=a.done, total=a.questions)

    def _score_text(self, a: AssessmentSummary) -> str:
        return f"{a.percent:.0f} %" if a.percent is not None else "–"

    # --- state ---------------------------------------------------------------------------

    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        self.unsaved_label.setVisible(mission_id is None)
        self.intro_label.setVisible(mission_id is not None)
        self.body.setVisible(mission_id is not None)
        if self.isVisible():  # otherwise when shown (see showEvent)
            self.refresh()
        self._update_buttons()

    def set_trash_mode(self, on: bool) -> None:
        self.trash_mode = on
        if self.show_trash_button.isChecked() != on:
            self.show_trash_button.setChecked(on)
        self.trash_label.setVisible(on)
        if on:
            self.empty_state.set_message(self.tr("The trash is empty."))
        else:
            self.empty_state.set_message(*self._empty_words, self.new_assessment)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the lists again each time the section is shown: the filling screen, a sync or
        another window may have changed them meanwhile."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        keep = self.current_id()
        rows: list[AssessmentSummary] = []
        if self.mission_id is not None:
            if not self._infos:
                self._infos = {i.id: i for i in self.service.templates() if i.latest}
            rows = self.service.list_for_mission(self.mission_id, trash=self.trash_mode)
        self.model.set_rows(rows)
        fit_columns(self.table, 0, max_chars=34, caps={1: 22})
        if rows:
            self.select(keep or rows[0].id)
        self._update_buttons()
        self._show_details()

    def select(self, assessment_id: str) -> None:
        row = self.model.row_of(assessment_id)
        if row is None:
            row = 0
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ID_ROLE) if index.isValid() else None

    def current(self) -> AssessmentSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _on_table_current_changed(self, *_args: Any) -> None:
        self._update_buttons()
        self._show_details()

    def _show_details(self) -> None:
        """A line on the selected assessment: who validated it and when, or what is left."""
        current = self.current()
        text = ""
        if current is not None:
            if current.status == "validated":
                try:
                    view = self.service.get(current.id)
                except UserError:
                    view = None
                if view is not None and view.validated_at is not None:
                    text = self.tr("Validated by {name} on {day}; locked. Open it and use "
                                   "Reopen… (with a reason) to change it.").format(
                        name=view.validated_by,
                        day=view.validated_at.astimezone().strftime("%Y-%m-%d"))
            elif current.questions:
                left = current.questions - current.done
                text = (self.tr("{n} questions not answered yet.").format(n=left) if left
                        else self.tr("Every question is answered."))
        self.details_label.setText(text)
        self.details_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        saved = self.mission_id is not None
        selected = self.current() is not None
        live = not self.trash_mode
        self.table.setEnabled(saved)
        self.new_button.setEnabled(saved and live)
        self.open_button.setEnabled(selected and live)
        self.rename_button.setEnabled(selected and live)
        self.trash_button.setEnabled(selected and live)
        self.restore_button.setEnabled(selected and not live)

    def _changed(self) -> None:
        if self.mission_id is not None:
            app_events().missions_changed.emit([self.mission_id])
            self.assessments_changed.emit(self.mission_id)

    # --- actions -------------------------------------------------------------------------

    def new_assessment(self) -> NewAssessmentDialog | None:
        if self.mission_id is None or self.trash_mode:
            return None
        self.error_label.clear_messages()
        dialog = NewAssessmentDialog(self.service, self.mission_id, self.lang, self)
        dialog.assessment_started.connect(self._on_dialog_assessment_started)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_assessment_started(self, assessment_id: str) -> None:
        self.refresh()
        self.select(assessment_id)
        self._changed()
        self.open_assessment(assessment_id)

    def open_current(self) -> AssessmentWindow | None:
        current = self.current_id()
        if current is None or self.trash_mode:
            return None
        return self.open_assessment(current)

    def open_assessment(self, assessment_id: str) -> AssessmentWindow | None:
        existing = open_windows().get(assessment_id)
        if existing is not None:
            bring_to_front(existing)
            return existing
        # The window outlives this editor (its parent is the main window when there is
        # one), so closing the editor never cuts a note being typed.
        owner = self.window()
        parent = owner.parentWidget() or owner
        try:
            window = open_assessment_window(self.store, assessment_id, parent)
        except UserError as exc:
            self.error_label.set_messages([error_text(exc)])
            return None
        _windows[assessment_id] = window
        window.answer_saved.connect(self._on_window_changed)
        window.assessment_changed.connect(self._on_window_changed)
        window.destroyed.connect(self._on_window_destroyed)
        bring_to_front(window)
        return window

    def _on_window_changed(self, *_args: Any) -> None:
        if shiboken6.isValid(self):
            self._refresh_timer.start()
            if self.mission_id is not None:
                self.assessments_changed.emit(self.mission_id)

    def _on_window_destroyed(self, *_args: Any) -> None:
        if shiboken6.isValid(self):
            self.refresh()
            self._changed()

    def _on_table_activated(self, _index: Any) -> None:
        if self.trash_mode:
            self.restore_current()
        else:
            self.open_current()

    def rename_current(self) -> RenameAssessmentDialog | None:
        current = self.current()
        if current is None or self.trash_mode:
            return None
        self.error_label.clear_messages()
        dialog = RenameAssessmentDialog(self.service, current, self)
        dialog.accepted.connect(lambda: self._after_rename(current.id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_rename(self, assessment_id: str) -> None:
        self.refresh()
        window = open_windows().get(assessment_id)
        if window is not None:
            window.reload()
        self._changed()

    def trash_current(self) -> None:
        current = self.current()
        if current is None or self.trash_mode:
            return
        self.error_label.clear_messages()
        window = open_windows().get(current.id)
        if window is not None:
            window.close()  # saves what is being typed first
        try:
            self.service.trash(current.id)
        except UserError as exc:
            self.error_label.set_messages([error_text(exc)])
            return
        self.refresh()
        self._changed()
        self.error_label.clear_messages()

    def restore_current(self) -> None:
        current = self.current()
        if current is None or not self.trash_mode:
            return
        self.error_label.clear_messages()
        try:
            self.service.restore(current.id)
        except UserError as exc:
            self.error_label.set_messages([error_text(exc)])
            return
        self.refresh()
        self._changed()
