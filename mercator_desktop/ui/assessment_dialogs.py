"""Small dialogs of the assessment screen: a name or reason to give (validate, reopen), the
evidence of an answer, the history of an answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services.assessments import AnswerChangeView, AssessmentService
from ..services.evidence import EvidenceService
from .assessment_models import SORT_ROLE, AssessmentEvidenceModel, AssessmentHistoryModel
from .problem_texts import error_text
from .screen_fit import fit_window
from .theme import error_color


class AssessmentTextDialog(QDialog):
    """Asks for one line of text (the validator's name, a reason); ``check`` returns an
    error message to show inline, or "" to accept."""

    def __init__(self, title: str, prompt: str, check: Callable[[str], str],
                 text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTextDialog")
        self.setWindowTitle(title)
        self.check = check
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QLineEdit(text, self)
        self.edit.setObjectName("textEdit")
        self.edit.setMinimumWidth(380)
        layout.addWidget(self.edit)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(f"color: {error_color(self.palette()).name()}")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        error = self.check(self.edit.text())
        if error:
            self.error_label.setText(error)
            self.error_label.setVisible(True)
            return
        self.accept()


def _table(parent: QWidget, model: object) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class AssessmentEvidenceDialog(QDialog):
    """The evidence of one answer: add a file or a note, remove one. Changes are stored at
    once through the service; ``changed`` tells the window to refresh the count."""

    def __init__(self, evidence: EvidenceService, assessment_id: str, question_id: str,
                 title: str, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentEvidenceDialog")
        self.setWindowTitle(self.tr("Evidence – {title}").format(title=title))
        fit_window(self, size=QSize(620, 360))
        self.evidence = evidence
        self.assessment_id = assessment_id
        self.question_id = question_id
        self.changed = False
        layout = QVBoxLayout(self)
        self.model = AssessmentEvidenceModel(self)
        self.table = _table(self, self.model)
        self.table.setObjectName("evidenceTable")
        self.table.setAccessibleName(self.tr("Evidence"))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("evidenceNoteEdit")
        self.note_edit.setAccessibleName(self.tr("Note or caption"))
        self.note_edit.setPlaceholderText(self.tr("A note, or a caption for the next file"))
        row.addWidget(self.note_edit, 1)
        self.add_note_button = QPushButton(self.tr("Add &note"), self)
        self.add_file_button = QPushButton(self.tr("Add &file…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        for b in (self.add_note_button, self.add_file_button, self.remove_button):
            b.setEnabled(not locked)
            row.addWidget(b)
        layout.addLayout(row)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(f"color: {error_color(self.palette()).name()}")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_note_button.clicked.connect(self._on_add_note_clicked)
        self.add_file_button.clicked.connect(self._on_add_file_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.refresh()

    def refresh(self) -> None:
        items = self.evidence.list_for_answer(self.assessment_id, self.question_id)
        rows = []
        for e in items:
            name = e.original_name if e.is_file else self.tr("Note")
            if e.note:
                name = f"{name} – {e.note}" if e.is_file else e.note
            if e.shrunk:
                name += self.tr(" (photo shrunk on import)")
            rows.append((name, e.size, e.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                         e.created_by))
        self.model.set_rows(rows, [e.id for e in items])

    def add_file(self, path: str) -> None:
        self._run(lambda: self.evidence.add_file(self.assessment_id, self.question_id, path,
                                                 self.note_edit.text()))

    def _run(self, action: Callable[[], object]) -> None:
        try:
            result = action()
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            return
        duplicate = getattr(result, "duplicate", False)
        self.error_label.setText(self.tr("This file is already attached.") if duplicate else "")
        self.note_edit.clear()
        self.changed = True
        self.refresh()

    def _on_add_note_clicked(self) -> None:
        self._run(lambda: self.evidence.add_note(self.assessment_id, self.question_id,
                                                 self.note_edit.text()))

    def _on_add_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.add_file(path)

    def _on_remove_clicked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        evidence_id = self.model.id_at(
            self.table.model().mapToSource(index).row())  # type: ignore[attr-defined]
        if evidence_id:
            self._run(lambda: self.evidence.remove(evidence_id))


class AssessmentHistoryDialog(QDialog):
    """Who changed an answer, when, from what to what, and why."""

    def __init__(self, assessments: AssessmentService, assessment_id: str, question_id: str,
                 title: str, describe: Callable[[AnswerChangeView, bool], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentHistoryDialog")
        self.setWindowTitle(self.tr("History – {title}").format(title=title))
        fit_window(self, size=QSize(760, 320))
        layout = QVBoxLayout(self)
        self.model = AssessmentHistoryModel(self)
        changes = assessments.history(assessment_id, question_id)
        what = {"value": self.tr("Answer"), "note": self.tr("Note")}
        self.model.set_rows([
            (c.changed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), c.changed_by,
             what.get(c.field, c.field), describe(c, False), describe(c, True), c.reason)
            for c in changes
        ], [c.id for c in changes])
        self.table = _table(self, self.model)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("History of the answers"))
        layout.addWidget(self.table)
        empty = QLabel(self.tr("No change recorded yet."), self)
        empty.setVisible(not changes)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
