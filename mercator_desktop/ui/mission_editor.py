"""The mission editor: one window per mission, hosting its sections (Overview, Links, Team,
Agenda, Participants, Logistics, Summary — the plan, saved with Save, see
``ui.editor_sections`` — then Assessments and Findings and actions — the results, stored at
once as the expert works; see ``ui.mission_assessments`` and ``ui.mission_findings`` — and
Issued reports, the versions of the report issued, see ``ui.issued_reports``).

- Save writes only what was changed in this window, against what the window loaded, in ONE
  transaction; problems show beside their fields and nothing is stored (see
  ``editor_sections.saving`` and ``editor_sections.problems``). A double booking is shown in
  the Team section as soon as the expert is added, and the person is asked before it is saved.
- A field changed both here and elsewhere (a sync, another window, the command line) asks
  beside the field: Keep mine / Take theirs; when the mission changes underneath, what was
  not changed here is taken in at once (see ``editor_sections.conflicts``).
- Undo/redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) covers every field and section (see
  ``editor_sections.undo``). The history starts again after each save and when changes from
  elsewhere are taken in.
- Closing with unsaved changes asks: save, discard or cancel. "Export report…"
  (Ctrl+Shift+E) writes the mission report from what is saved, "Issue report…" freezes it
  as a new version; with unsaved changes both offer to save first.

The editor holds no business rule: it parses what was typed (a date must be a date) and
hands everything to the services.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..services.dto import MissionDetail, MissionInput
from ..services.store import Store
from . import messages, theme
from .editor_sections import changes as diff
from .editor_sections.agenda import AgendaSection
from .editor_sections.base import EditorSection
from .editor_sections.conflicts import EditorConflicts
from .editor_sections.context import EditorContext
from .editor_sections.fields import BY_NAME, QT_TRANSLATE_NOOP, translated
from .editor_sections.links import LinksSection
from .editor_sections.logistics import LogisticsSection
from .editor_sections.overview import OverviewSection
from .editor_sections.participants import ParticipantsSection
from .editor_sections.problems import EditorProblems
from .editor_sections.report import EditorReport
from .editor_sections.saving import EditorSaving
from .editor_sections.summary import SummarySection
from .editor_sections.team import TeamSection, role_labels
from .editor_sections.undo import StateCommand, UndoKeys
from .events import app_events
from .issued_reports import IssuedReportsPanel
from .mission_assessments import MissionAssessmentsPanel
from .mission_findings import MissionFindingsPanel
from .screen_fit import fit_window
from .widgets import ElidedLabel, ErrorLabel, hint_label

__all__ = ["MissionEditor", "role_labels"]
GEOMETRY_KEY = "window/editor/geometry"
LIST_LABELS = {  # undo step names of the lists (the plain fields have theirs in the table)
    "tfaTree": QT_TRANSLATE_NOOP("MissionEditor", "TFA articles"),
    "arushaList": QT_TRANSLATE_NOOP("MissionEditor", "Arusha factors"),
    "geoatList": QT_TRANSLATE_NOOP("MissionEditor", "GEOAT principles"),
    "team": QT_TRANSLATE_NOOP("MissionEditor", "team"),
    "agenda": QT_TRANSLATE_NOOP("MissionEditor", "agenda"),
    "counterparts": QT_TRANSLATE_NOOP("MissionEditor", "counterparts")}


class MissionEditor(QMainWindow):
    """Signals: ``mission_saved(id)`` after every successful save. ``context``: the services
    to use (made from ``store`` when not given)."""

    mission_saved = Signal(str)

    (OVERVIEW, LINKS, TEAM, AGENDA, PARTICIPANTS, LOGISTICS, SUMMARY, ASSESSMENTS,
     FINDINGS, ISSUED) = range(10)

    def __init__(self, store: Store, mission_id: str | None = None,
                 template: MissionInput | None = None, parent: QWidget | None = None,
                 context: EditorContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionEditor")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.store = store
        self.ctx = context or EditorContext.for_store(store)
        self.missions = self.ctx.missions
        self.mission_id = mission_id
        self.detail: MissionDetail | None = self.missions.get(mission_id) if mission_id else None
        self.base = diff.Base(self.detail) if self.detail else None
        self.problems = EditorProblems(self)
        self.saving = EditorSaving(self)
        self.conflicts = EditorConflicts(self)
        self.report = EditorReport(self)
        self._applying = True
        self._announcing = False
        self._close_approved = self._export_after_save = False
        self.report_dialog: Any = None
        self.conflict_box: Any = None
        self.undo_stack = QUndoStack(self)
        self._undo_keys = UndoKeys(self)
        self._build_actions()
        self._build_ui()
        self._load(self.detail, template)
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.installEventFilter(self._undo_keys)
        self._state = self._saved_state = self.capture()
        self._applying = False
        self._update_title()
        # The size last used (else a share of the screen), centred over the main window.
        value = QSettings().value(GEOMETRY_KEY)
        if value is not None and hasattr(value, "isEmpty") and not value.isEmpty() \
                and self.restoreGeometry(value):
            fit_window(self, size=self.size(), parent=parent)
        else:
            fit_window(self, share=(0.8, 0.92), largest=QSize(1200, 900), parent=parent)
        self._update_actions()
        self.field("code").setFocus()
        app_events().experts_changed.connect(self._on_events_experts_changed)
        app_events().missions_changed.connect(self._on_events_missions_changed)

    def field(self, name: str) -> Any:
        """The widget of a plain field of the table (``"title"``, ``"start_date"`` …)."""
        return self.section_widgets[BY_NAME[name].section].fields[name]

    # --- building ------------------------------------------------------------------------

    def _action(self, text: str, name: str, keys: list[Any], slot: Any,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        # Each sequence once: a standard key may already hold Ctrl+W on one platform and not
        # on another, and a sequence registered twice is ambiguous — Qt then runs neither.
        sequences: list[QKeySequence] = []
        for key in keys:
            for sequence in (QKeySequence.keyBindings(key)
                             if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]):
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        pix = QStyle.StandardPixmap
        self.action_save = self._action(self.tr("&Save"), "actionSave",
                                        [QKeySequence.StandardKey.Save], self.save,
                                        pix.SP_DialogSaveButton)
        self.action_save.setToolTip(self.tr("Save the mission (Ctrl+S)"))
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.action_undo.setIcon(theme.standard_icon(self, pix.SP_ArrowBack))
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.action_redo.setIcon(theme.standard_icon(self, pix.SP_ArrowForward))
        self.addAction(self.action_undo)
        self.addAction(self.action_redo)
        self.action_close = self._action(self.tr("&Close"), "actionClose",
                                         [QKeySequence.StandardKey.Close, "Ctrl+W"], self.close)
        # Named for the shortcut sheet (Help → Keyboard shortcuts), which reads the actions.
        self._action(self.tr("Next section"), "actionNextSection", ["Ctrl+PgDown"],
                     lambda: self._step_section(1))
        self._action(self.tr("Previous section"), "actionPreviousSection", ["Ctrl+PgUp"],
                     lambda: self._step_section(-1))
        self.action_export_report = self._action(
            self.tr("Export &report…"), "actionExportReport", ["Ctrl+Shift+E"],
            self.export_report, pix.SP_FileIcon)
        self.action_export_report.setToolTip(self.tr(
            "Write the mission report as a PDF (Ctrl+Shift+E)"))
        self.action_issue_report = self._action(
            self.tr("&Issue report…"), "actionIssueReport", [], self.issue_report,
            pix.SP_DialogApplyButton)
        self.action_issue_report.setToolTip(self.tr(
            "Freeze the mission report as a new version, kept and sent to HQ"))

    def _build_ui(self) -> None:
        toolbar = QToolBar(self.tr("Editing"), self)
        toolbar.setObjectName("editorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_save, None, self.action_undo, self.action_redo, None,
                       self.action_export_report, self.action_issue_report):
            toolbar.addAction(action) if action else toolbar.addSeparator()
        self.addToolBar(toolbar)
        self.heading_label = ElidedLabel("", self)
        self.heading_label.setObjectName("editorHeading")
        font = QFont(self.heading_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.subheading_label = hint_label("", self)
        self.subheading_label.setObjectName("editorSubheading")

        ctx, mission_id = self.ctx, lambda: self.mission_id
        self.overview = OverviewSection(ctx, mission_id)
        self.links = LinksSection(ctx)
        self.team = TeamSection(ctx, mission_id, self._mission_dates)
        self.agenda = AgendaSection(ctx, self._mission_dates)
        self.participants = ParticipantsSection(ctx)
        self.logistics = LogisticsSection(ctx)
        self.summary = SummarySection(ctx)
        self.section_widgets: list[EditorSection] = [
            self.overview, self.links, self.team, self.agenda, self.participants,
            self.logistics, self.summary]
        self.sections = QTabWidget(self)
        self.sections.setObjectName("editorSections")
        self.section_names = [self.tr("Overview"), self.tr("Links"), self.tr("Team"),
                              self.tr("Agenda"), self.tr("Participants"), self.tr("Logistics"),
                              self.tr("Summary"),
                              self.tr("Assessments"), self.tr("Findings and actions"),
                              self.tr("Issued reports")]
        for name, section in zip(self.section_names, self.section_widgets, strict=False):
            section.edited.connect(self._on_edited)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(section)
            self.sections.addTab(scroll, name)
        for name, binding in BY_NAME.items():
            conflict = self.section_widgets[binding.section].fields.fields[name].conflict
            conflict.keep_mine.connect(lambda n=name: self.resolve(n, keep_mine=True))
            conflict.take_theirs.connect(lambda n=name: self.resolve(n, keep_mine=False))
        # The results: lists that scroll themselves, stored at once (not part of Save).
        # In scroll areas too, so that on a small screen (1366×768 at 150 %: 512 pixels
        # high) their least height does not push the window's Save row off the screen.
        self.assessments_panel = MissionAssessmentsPanel(self.store, self.ctx.catalog.lang, self)
        self.findings_panel = MissionFindingsPanel(self.store, self.links.codes, self)
        self.issued_panel = IssuedReportsPanel(self.store, self)
        self.issued_panel.issue_handler = self.report.issue
        for index, panel in ((self.ASSESSMENTS, self.assessments_panel),
                             (self.FINDINGS, self.findings_panel),
                             (self.ISSUED, self.issued_panel)):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(panel)
            self.sections.addTab(scroll, self.section_names[index])
        self.sections.currentChanged.connect(self._on_sections_current_changed)

        self.problems_label = ErrorLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.general_error = ErrorLabel(self)
        self.saved_label = hint_label("", self)
        self.saved_label.setObjectName("savedLabel")
        self.close_button = self._button(self.tr("Close"), "closeButton", self.close)
        self.save_button = self._button(self.tr("Save"), "saveButton", self.save)
        self.save_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogSaveButton))
        self.save_button.setToolTip(self.tr("Save the mission (Ctrl+S)"))
        bottom = QHBoxLayout()
        messages_column = QVBoxLayout()
        for label in (self.problems_label, self.general_error, self.saved_label):
            messages_column.addWidget(label)
        bottom.addLayout(messages_column, 1)
        bottom.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.subheading_label)
        layout.addWidget(self.sections, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- loading and state -----------------------------------------------------------------

    def _load(self, detail: MissionDetail | None, template: MissionInput | None) -> None:
        self.assessments_panel.set_mission(detail.id if detail else None)
        self.findings_panel.set_mission(detail.id if detail else None)
        self.issued_panel.set_mission(detail.id if detail else None)
        data = detail.to_input() if detail else template
        was_applying, self._applying = self._applying, True
        try:
            for section in self.section_widgets:
                section.load(detail, data)
        finally:
            self._applying = was_applying
        self.agenda.refresh()

    def _mission_dates(self) -> tuple[date | None, date | None]:
        """The dates typed now (``FieldInputError`` while one cannot be read)."""
        return self.field("start_date").value(), self.field("end_date").value()

    def capture(self) -> dict[str, Any]:
        """Everything the person can change, as comparable values."""
        state: dict[str, Any] = {}
        for section in self.section_widgets:
            state.update(section.state())
        return state

    def apply_state(self, state: dict[str, Any], focus_key: str) -> None:
        """Put a captured state back on screen (undo/redo) and show the field it changed."""
        self._applying = True
        try:
            for section in self.section_widgets:
                section.set_state(state)
        finally:
            self._applying = False
        self.agenda.refresh()
        self._state = self.capture()
        self._update_title()
        self.problems.focus_key(focus_key)

    def is_dirty(self) -> bool:
        return self.capture() != self._saved_state

    def _on_edited(self, key: str) -> None:
        if self._applying:
            return
        state = self.capture()
        if state == self._state:
            return
        binding = BY_NAME.get(key)
        label = translated(binding.label if binding else LIST_LABELS.get(key, key))
        self.undo_stack.push(StateCommand(self.apply_state, self._state, state, key, label,
                                          merges=bool(binding and binding.typing)))
        self._state = state
        for _widget, error in self.problems.targets_of(key):
            error.clear_messages()
        if key in ("start_date", "end_date"):
            self.agenda.refresh()
        self._update_title()

    def _on_events_experts_changed(self, _ids: list[str]) -> None:
        self.team.fill_experts()

    def _step_section(self, step: int) -> None:
        count = self.sections.count()
        self.sections.setCurrentIndex((self.sections.currentIndex() + step) % count)

    def error_text(self, key: str) -> str:
        """The message shown beside a field (for tests and accessibility)."""
        return self.problems.error_text(key)

    # --- saving and changes made elsewhere (``editor_sections.saving``, ``.conflicts``) ------

    def save(self) -> None:
        """Save (Ctrl+S). Problems appear beside their fields; nothing is stored then."""
        self.saving.save()

    def resolve(self, name: str, keep_mine: bool) -> None:
        """Keep mine / Take theirs for a field changed on both sides."""
        self.conflicts.resolve(name, keep_mine)

    def _on_events_missions_changed(self, ids: list[str]) -> None:
        self.conflicts.on_missions_changed(ids)

    # --- window ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        code = self.field("code").text().strip()
        if self.mission_id is None:
            heading = self.tr("New mission") + (f" — {code}" if code else "")
        else:
            heading = code or self.tr("Mission")
        title = self.field("title").text().strip()
        self.heading_label.setText(f"{heading}: {title}" if title else heading)
        parts = [self.overview.status_text(), self.field("country_iso2").currentText().strip()]
        start, end = self.field("start_date").text().strip(), self.field("end_date").text().strip()
        if start and not end:
            parts.append(self.tr("from {start}, ongoing").format(start=start))
        elif start or end:
            parts.append(f"{start} – {end}")
        self.subheading_label.setText(" · ".join(p for p in parts if p))
        self.setWindowTitle(self.tr("{name}[*] — Mercator Desktop").format(
            name=code or self.tr("New mission")))
        self.setWindowModified(self.is_dirty())

    def show_section(self, index: int) -> None:
        """Show one section (e.g. ``ASSESSMENTS``) and put the focus in it."""
        self.sections.setCurrentIndex(index)
        page = self.sections.widget(index)
        if index == self.ASSESSMENTS:
            self.assessments_panel.table.setFocus()
        elif index == self.FINDINGS:
            self.findings_panel.tabs.setFocus()
        elif page is not None:
            page.setFocus()

    def _update_actions(self) -> None:
        self.action_export_report.setEnabled(self.mission_id is not None)
        self.action_issue_report.setEnabled(self.mission_id is not None)
        if self.issued_panel.mission_id != self.mission_id:  # a new mission's first save
            self.issued_panel.set_mission(self.mission_id)

    def export_report(self) -> None:
        """Export report… (Ctrl+Shift+E): the report is made from what is saved, so unsaved
        changes are offered to be saved first."""
        self.report.export()

    def issue_report(self) -> None:
        """Issue report…: a new version of the report, from what is saved (unsaved changes
        are offered to be saved first)."""
        self.report.issue()

    def _on_sections_current_changed(self, index: int) -> None:
        if index == self.TEAM and not self._applying:
            self.team.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """With unsaved changes: Save (closes once stored), Discard (closes, nothing stored)
        or Cancel (stays). The box is answered before this returns, so the event itself is
        accepted or ignored — a second ``close()`` from inside would be ignored by Qt."""
        if not self._close_approved and self.is_dirty():
            name = self.field("code").text().strip() or self.tr("the new mission")
            answer = messages.ask_unsaved(
                self, self.tr("Unsaved changes"),
                self.tr("Save the changes to {name} before closing?").format(name=name))
            if answer == messages.SAVE:
                self.save()
            if answer == messages.CANCEL or (answer == messages.SAVE and self.is_dirty()):
                event.ignore()
                return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        event.accept()

    def unsaved_name(self) -> str | None:
        """How the quit prompt names this window when it has unsaved changes, else None."""
        if not self.is_dirty():
            return None
        return self.field("code").text().strip() or self.tr("New mission")

    def save_unsaved(self) -> bool:
        """Save for the quit prompt's "Save all"; True when nothing is left unsaved."""
        self.save()
        return not self.is_dirty()

    def close_discarding(self) -> None:
        """Close without asking; what was not saved is dropped ("Discard all")."""
        self._close_approved = True
        self.close()
