"""The mission editor: one window per mission, hosting eight sections (Overview, Links, Team,
Agenda, Participants, Logistics — the plan, saved with Save, see ``ui.editor_sections`` — then
Assessments and Findings and actions — the results, stored at once as the expert works; see
``ui.mission_assessments`` and ``ui.mission_findings``).

- Save writes only what was changed in this window, against what the window loaded
  (``MissionService.save_changes``; a new mission goes through ``save_plan``), in ONE
  transaction. A field changed meanwhile elsewhere (a sync, another window, the command line)
  and not here keeps their value. A field changed on both sides asks beside the field:
  "Changed elsewhere to «…»", Keep mine / Take theirs; saving again then completes. A
  ``ValidationError`` puts each message beside its field (and marks the sections that have
  one); nothing is stored and the window stays open. A double booking is shown in the Team
  section as soon as the expert is added, and the person is asked before it is saved.
- When the mission changes underneath (``app_events().missions_changed``), a window without
  unsaved changes shows the stored mission again; one with unsaved changes takes in the
  fields and lists it has not changed, keeps the ones it has, and shows at once, beside each
  field changed on both sides, the same question as a save would.
- Undo/redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) covers every field and section (see
  ``editor_sections.undo``). The history starts again after each save and when changes from
  elsewhere are taken in.
- Closing with unsaved changes asks: save, discard or cancel. "Export report…"
  (Ctrl+Shift+E) writes the mission report from what is saved; with unsaved changes it
  offers to save first.

The editor holds no business rule: it parses what was typed (a date must be a date) and
hands everything to the services.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
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

from ..domain.errors import (
    BookingConflictError,
    EditConflictError,
    FieldConflict,
    FieldProblem,
    NotFoundError,
    UserError,
    ValidationError,
)
from ..services.dto import (
    CounterpartView,
    MissionChanges,
    MissionDetail,
    MissionInput,
    TeamAssignment,
)
from ..services.missions import same_value
from ..services.store import Store
from . import messages
from .editor_sections import changes as diff
from .editor_sections.agenda import AgendaSection, views_of
from .editor_sections.base import EditorSection
from .editor_sections.context import EditorContext
from .editor_sections.fields import BY_NAME, QT_TRANSLATE_NOOP, translated
from .editor_sections.links import LinksSection
from .editor_sections.logistics import LogisticsSection
from .editor_sections.overview import OverviewSection
from .editor_sections.participants import ParticipantsSection
from .editor_sections.team import TeamSection, role_labels
from .editor_sections.undo import StateCommand, UndoKeys
from .events import app_events
from .mission_assessments import MissionAssessmentsPanel
from .mission_findings import MissionFindingsPanel
from .widgets import ErrorLabel, hint_label

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

    OVERVIEW, LINKS, TEAM, AGENDA, PARTICIPANTS, LOGISTICS, ASSESSMENTS, FINDINGS = range(8)

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
        self.conflicts: dict[str, FieldConflict] = {}
        self._applying = True
        self._announcing = False
        self._close_approved = self._close_after_save = self._export_after_save = False
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
        self.resize(1000, 720)
        value = QSettings().value(GEOMETRY_KEY)
        if value is not None and hasattr(value, "isEmpty") and not value.isEmpty():
            self.restoreGeometry(value)
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
        action.setShortcuts([QKeySequence(k) for k in keys])
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
        self.action_undo.setIcon(self.style().standardIcon(pix.SP_ArrowBack))
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.action_redo.setIcon(self.style().standardIcon(pix.SP_ArrowForward))
        self.addAction(self.action_undo)
        self.addAction(self.action_redo)
        self.action_close = self._action(self.tr("&Close"), "actionClose",
                                         [QKeySequence.StandardKey.Close, "Ctrl+W"], self.close)
        self._action("", "actionNextSection", ["Ctrl+PgDown"], lambda: self._step_section(1))
        self._action("", "actionPreviousSection", ["Ctrl+PgUp"],
                     lambda: self._step_section(-1))
        self.action_export_report = self._action(
            self.tr("Export &report…"), "actionExportReport", ["Ctrl+Shift+E"],
            self.export_report, pix.SP_FileIcon)
        self.action_export_report.setToolTip(self.tr(
            "Write the mission report as a PDF (Ctrl+Shift+E)"))

    def _build_ui(self) -> None:
        toolbar = QToolBar(self.tr("Editing"), self)
        toolbar.setObjectName("editorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_save, None, self.action_undo, self.action_redo, None,
                       self.action_export_report):
            toolbar.addAction(action) if action else toolbar.addSeparator()
        self.addToolBar(toolbar)
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("editorHeading")
        font = QFont(self.heading_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)
        self.subheading_label = hint_label("", self)
        self.subheading_label.setObjectName("editorSubheading")

        ctx, mission_id = self.ctx, lambda: self.mission_id
        self.overview = OverviewSection(ctx, mission_id)
        self.links = LinksSection(ctx)
        self.team = TeamSection(ctx, mission_id, self._mission_dates)
        self.agenda = AgendaSection(ctx, self._mission_dates)
        self.participants = ParticipantsSection(ctx)
        self.logistics = LogisticsSection(ctx)
        self.section_widgets: list[EditorSection] = [
            self.overview, self.links, self.team, self.agenda, self.participants,
            self.logistics]
        self.sections = QTabWidget(self)
        self.sections.setObjectName("editorSections")
        self.section_names = [self.tr("Overview"), self.tr("Links"), self.tr("Team"),
                              self.tr("Agenda"), self.tr("Participants"), self.tr("Logistics"),
                              self.tr("Assessments"), self.tr("Findings and actions")]
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
        self.assessments_panel = MissionAssessmentsPanel(self.store, self.ctx.catalog.lang, self)
        self.sections.addTab(self.assessments_panel, self.section_names[self.ASSESSMENTS])
        self.findings_panel = MissionFindingsPanel(self.store, self.links.codes, self)
        self.sections.addTab(self.findings_panel, self.section_names[self.FINDINGS])
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
        self._focus_key(focus_key)

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
        for _widget, error in self._targets_of(key):
            error.clear_messages()
        if key in ("start_date", "end_date"):
            self.agenda.refresh()
        self._update_title()

    def _on_events_experts_changed(self, _ids: list[str]) -> None:
        self.team.fill_experts()

    # --- where things are ------------------------------------------------------------------

    def _targets(self) -> dict[str, tuple[int, QWidget, ErrorLabel]]:
        """Field name (the services' and the state's) -> section, widget, error label."""
        found: dict[str, tuple[int, QWidget, ErrorLabel]] = {}
        for index, section in enumerate(self.section_widgets):
            for key, (widget, error) in section.targets().items():
                found[key] = (index, widget, error)
        return found

    def _targets_of(self, key: str) -> list[tuple[QWidget, ErrorLabel]]:
        found = self._targets().get(key)
        return [(found[1], found[2])] if found else []

    def _focus_key(self, key: str) -> None:
        found = self._targets().get(key)
        if found is not None:
            self.sections.setCurrentIndex(found[0])
            found[1].setFocus()

    def _step_section(self, step: int) -> None:
        count = self.sections.count()
        self.sections.setCurrentIndex((self.sections.currentIndex() + step) % count)

    def error_text(self, key: str) -> str:
        """The message shown beside a field (for tests and accessibility)."""
        found = self._targets().get(key)
        return found[2].text() if found and not found[2].isHidden() else ""

    # --- problems --------------------------------------------------------------------------

    def _clear_problems(self) -> None:
        for _section, _widget, error in self._targets().values():
            error.clear_messages()
        for section in self.section_widgets:
            section.clear_marks()
        self.problems_label.clear_messages()
        self.general_error.clear_messages()
        for index, name in enumerate(self.section_names):
            self.sections.setTabText(index, name)
            self.sections.setTabIcon(index, QIcon())

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            grouped.setdefault(problem.field, []).append(problem.message)
        targets = self._targets()
        marked: list[int] = []
        per_label: dict[int, tuple[ErrorLabel, list[str]]] = {}
        general: list[str] = []
        for field_name, texts in grouped.items():
            found = targets.get(field_name)
            if found is None:
                general += texts
                continue
            per_label.setdefault(id(found[2]), (found[2], []))[1].extend(texts)
            if found[0] not in marked:
                marked.append(found[0])
        for error, texts in per_label.values():
            error.set_messages(texts)
        if general:
            self.general_error.set_messages(general)
        self.agenda.mark_problems(grouped.get("agenda", []))
        self._mark_sections(marked)
        count = len(problems)
        summary = (self.tr("Not saved: 1 problem to correct") if count == 1
                   else self.tr("Not saved: {n} problems to correct").format(n=count))
        where = ", ".join(self.section_names[s] for s in sorted(marked))
        self.problems_label.set_messages([summary + (f" ({where})" if where else "")])
        if marked:
            first = min(marked, key=lambda s: (s != self.sections.currentIndex(), s))
            self.sections.setCurrentIndex(first)
            for field_name in grouped:
                found = targets.get(field_name)
                if found and found[0] == first:
                    found[1].setFocus()
                    break

    def _mark_sections(self, sections: list[int]) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for section in sections:
            self.sections.setTabIcon(section, warning)

    # --- collecting and saving ---------------------------------------------------------------

    def _collect(self) -> tuple[MissionInput, list[FieldProblem]]:
        """The mission as typed, and what could not be read (those fields are left empty
        in the input)."""
        problems: list[FieldProblem] = []
        values: dict[str, Any] = {}
        for section in self.section_widgets:
            values.update(section.fields.values(problems))
        if not values["type_code"]:
            problems.append(FieldProblem("type", self.tr("choose the type of mission")))
        if not values["country_iso2"] and not any(p.field == "country" for p in problems):
            problems.append(FieldProblem("country", self.tr("choose the country")))
        for name in ("type_code", "country_iso2"):
            values[name] = values[name] or ""
        data = MissionInput(**values)
        data.team = [TeamAssignment(r.expert_id, r.role) for r in self.team.team_model.rows()]
        data.links = {kind: sorted(codes) for kind, codes in self.links.codes().items()}
        return data, problems

    def _plan_rows(self) -> tuple[list[Any], list[CounterpartView]]:
        return (views_of(self.agenda.agenda_model.rows()),
                [CounterpartView(r.id, r.name, r.unit, r.contact)
                 for r in self.participants.counterpart_model.rows()])

    def _changes(self, data: MissionInput) -> MissionChanges:
        assert self.base is not None
        agenda, people = self._plan_rows()
        links = {(kind, code) for kind, codes in (data.links or {}).items() for code in codes}
        scalars = {k: v for k, v in vars(data).items() if k not in ("team", "links")}
        return MissionChanges(
            revision=self.base.revision, loaded=self.base.loaded_input(),
            fields=diff.changed_fields(self.base, scalars),
            team=diff.team_edits(self.base, data.team or []),
            links_added=links - self.base.links, links_removed=self.base.links - links,
            agenda=diff.agenda_edits(self.base, agenda),
            counterparts=diff.counterpart_edits(self.base, people))

    def save(self) -> None:
        """Save (Ctrl+S). Problems appear beside their fields; nothing is stored then."""
        self._clear_problems()
        data, unreadable = self._collect()
        if unreadable:
            # Nothing is stored; still show every other problem the services see.
            self._close_after_save = self._export_after_save = False
            agenda, counterparts = self._plan_rows()
            fields = {p.field for p in unreadable}
            others = [p for p in self.missions.check_plan(self.mission_id, data, agenda,
                                                          counterparts)
                      if p.field not in fields]
            self._show_problems(unreadable + others)
            return
        self._store(data, allow_conflicts=False)

    def _store(self, data: MissionInput, allow_conflicts: bool) -> None:
        try:
            if self.mission_id is None:
                agenda, counterparts = self._plan_rows()
                detail = self.missions.save_plan(None, data, agenda, counterparts,
                                                 allow_conflicts=allow_conflicts)
            else:
                detail = self.missions.save_changes(self.mission_id, self._changes(data),
                                                    allow_conflicts=allow_conflicts)
        except EditConflictError as exc:
            self._close_after_save = self._export_after_save = False
            self._ask_about_edit_conflicts(exc.conflicts)
            return
        except ValidationError as exc:
            self._close_after_save = self._export_after_save = False
            self._show_problems(exc.problems)
            return
        except BookingConflictError as exc:
            self._ask_about_double_booking(exc, data)
            return
        except UserError as exc:
            self._close_after_save = self._export_after_save = False
            messages.show_error(self, self.tr("The mission was not saved"), str(exc))
            return
        self._after_saved(detail)

    def _ask_about_double_booking(self, exc: BookingConflictError, data: MissionInput) -> None:
        listed = "\n".join(
            f"• {b.mission_code} — {b.mission_title} ({b.start_date} – {b.end_date})"
            for b in exc.bookings)
        self.conflict_box = messages.question(
            self, self.tr("Double booking"),
            self.tr("{name} is already booked at the same time on:\n{missions}").format(
                name=exc.expert_name, missions=listed),
            lambda yes: self._on_double_booking_answered(yes, data, exc),
            yes_text=self.tr("Save anyway"), no_text=self.tr("Don't save"),
            informative=self.tr("Save this mission with the double booking?"))

    def _on_double_booking_answered(self, yes: bool, data: MissionInput,
                                    exc: BookingConflictError) -> None:
        if yes:
            self._store(data, allow_conflicts=True)
            return
        self._close_after_save = self._export_after_save = False
        self.team.team_error.set_messages([self.tr(
            "not saved: {name} is booked on another mission at the same time; change the "
            "dates or the team, or save again and accept the double booking").format(
                name=exc.expert_name)])
        self.sections.setCurrentIndex(self.TEAM)

    def _after_saved(self, detail: MissionDetail) -> None:
        new = self.mission_id is None
        self.mission_id = detail.id
        if new:
            self.assessments_panel.set_mission(detail.id)
            self.findings_panel.set_mission(detail.id)
        self._show_stored(detail)  # what others changed meanwhile shows too
        self._clear_problems()
        self.saved_label.setText(self.tr("Saved at {time}").format(
            time=datetime.now().strftime("%H:%M")))
        self._announcing = True
        try:
            app_events().missions_changed.emit([detail.id])
        finally:
            self._announcing = False
        self.mission_saved.emit(detail.id)
        self._update_actions()
        if self._export_after_save:
            self._export_after_save = False
            self._open_report_dialog()
        if self._close_after_save:
            self._close_approved = True
            self.close()

    def _show_stored(self, detail: MissionDetail) -> None:
        """Show the stored mission as it is; the history starts again."""
        self.detail = detail
        self.base = diff.Base(detail)
        self._hide_conflicts()
        self._applying = True
        try:
            self._load(detail, None)
        finally:
            self._applying = False
        self.undo_stack.clear()
        self._state = self._saved_state = self.capture()
        self._update_title()

    # --- changed elsewhere -------------------------------------------------------------------

    def _on_events_missions_changed(self, ids: list[str]) -> None:
        if self._announcing or self.mission_id is None or (ids and self.mission_id not in ids):
            return
        try:
            stored = self.missions.get(self.mission_id)
        except NotFoundError:
            return
        if self.detail is not None and stored == self.detail:
            return
        if not self.is_dirty():
            self._show_stored(stored)
        else:
            self._take_in(stored)

    def _take_in(self, stored: MissionDetail) -> None:
        """Take in what changed elsewhere and not here; keep the unsaved edits, and ask
        beside each field changed on both sides. A list edited here keeps its edits (the
        save merges them with the stored list)."""
        assert self.base is not None
        before, saved = self.capture(), self._saved_state
        untouched = {key for key, value in before.items() if value == saved.get(key)}
        problems: list[FieldProblem] = []
        values: dict[str, Any] = {}
        for section in self.section_widgets:
            values.update(section.fields.values(problems))
        theirs_values = vars(stored.to_input())
        taken: dict[str, Any] = {}
        conflicts: list[FieldConflict] = []
        for name in BY_NAME:
            loaded, theirs, mine = self.base.values[name], theirs_values[name], values[name]
            if same_value(theirs, loaded):
                continue
            if name in untouched:
                taken[name] = self.base.values[name] = theirs
            elif same_value(mine, theirs) and not self._unreadable(name, problems):
                self.base.values[name] = theirs
            else:
                conflicts.append(FieldConflict(name, loaded, mine, theirs))
        lists = {"team": self.team, "links": self.links, "agenda": self.agenda,
                 "counterparts": self.participants}
        fresh = {name: all(key in untouched for key in section.state() if key not in BY_NAME)
                 for name, section in lists.items()}
        self.base.take_lists(stored, **fresh)
        self.base.revision = stored.revision
        self.detail = stored
        self._applying = True
        try:
            for section in self.section_widgets:
                section.fields.set_values(taken)
            for name, section in lists.items():
                if fresh[name]:
                    section.load(stored, None)
        finally:
            self._applying = False
        self.undo_stack.clear()
        after = self.capture()
        self._state = after
        self._saved_state = {k: after[k] if k in untouched else saved[k] for k in after}
        self._ask_about_edit_conflicts(conflicts)
        self._update_title()

    @staticmethod
    def _unreadable(name: str, problems: list[FieldProblem]) -> bool:
        return any(p.field in (name, *BY_NAME[name].problems) for p in problems)

    def _ask_about_edit_conflicts(self, conflicts: list[FieldConflict]) -> None:
        """Beside each field changed both here and elsewhere: Keep mine / Take theirs. An
        item of a list changed on both sides keeps this window's version at the next save
        (said in the section)."""
        marked: list[int] = []
        for conflict in conflicts:
            binding = BY_NAME.get(conflict.field)
            if binding is None:
                self._keep_list_item(conflict)
                marked.append(self._targets()[conflict.field][0])
                continue
            self.conflicts[conflict.field] = conflict
            fields = self.section_widgets[binding.section].fields
            fields.fields[conflict.field].conflict.ask(fields.shown(conflict.field,
                                                                    conflict.theirs))
            marked.append(binding.section)
        if not conflicts:
            return
        self._mark_sections(marked)
        self.problems_label.set_messages([self.tr(
            "Not saved: changed elsewhere meanwhile — choose what to keep, then save again")])
        self.sections.setCurrentIndex(min(marked))

    def _keep_list_item(self, conflict: FieldConflict) -> None:
        assert self.base is not None
        lists: dict[str, list[Any]] = {"team": self.base.team, "agenda": self.base.agenda,
                                       "counterparts": self.base.counterparts}
        items = lists[conflict.field]
        if conflict.loaded in items:
            items.remove(conflict.loaded)
        if conflict.theirs is not None:
            items.append(conflict.theirs)
        self._targets()[conflict.field][2].set_messages([self.tr(
            "changed elsewhere meanwhile too; saving again keeps what you see here")])

    def resolve(self, name: str, keep_mine: bool) -> None:
        """Keep mine / Take theirs for a field changed on both sides."""
        conflict = self.conflicts.pop(name, None)
        if conflict is None or self.base is None:
            return
        binding = BY_NAME[name]
        fields = self.section_widgets[binding.section].fields
        fields.fields[name].conflict.hide()
        self.base.values[name] = conflict.theirs
        if not keep_mine:
            fields.set_values({name: conflict.theirs})  # one undo step
        if not self.conflicts:
            self.problems_label.clear_messages()

    def _hide_conflicts(self) -> None:
        for name in list(self.conflicts):
            binding = BY_NAME[name]
            self.section_widgets[binding.section].fields.fields[name].conflict.hide()
        self.conflicts.clear()

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
        if start or end:
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

    def export_report(self) -> None:
        """Export report… (Ctrl+Shift+E): the report is made from what is saved, so unsaved
        changes are offered to be saved first."""
        if self.mission_id is None:
            return
        if not self.is_dirty():
            self._open_report_dialog()
            return
        self.conflict_box = messages.question(
            self, self.tr("Unsaved changes"),
            self.tr("The report is made from the saved mission. Save your changes first?"),
            self._on_export_answered, yes_text=self.tr("Save and export"),
            no_text=self.tr("Cancel"), default=True)

    def _on_export_answered(self, yes: bool) -> None:
        if yes:
            self._export_after_save = True
            self.save()

    def _open_report_dialog(self) -> None:
        if self.mission_id is None:
            return
        from .report_actions import export_mission_report

        self.report_dialog = export_mission_report(self, self.store, self.mission_id)

    def _on_sections_current_changed(self, index: int) -> None:
        if index == self.TEAM and not self._applying:
            self.team.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_approved or not self.is_dirty():
            QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
            event.accept()
            return
        event.ignore()
        name = self.field("code").text().strip() or self.tr("the new mission")
        messages.ask_unsaved(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} before closing?").format(name=name),
            self._on_close_answered)

    def _on_close_answered(self, answer: str) -> None:
        if answer == messages.SAVE:
            self._close_after_save = True
            self.save()
        elif answer == messages.DISCARD:
            self._close_approved = True
            self.close()

