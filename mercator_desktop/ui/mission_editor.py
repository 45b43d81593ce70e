"""The mission editor: one window per mission, in eight sections (Overview, Links, Team,
Agenda, Participants, Logistics — the plan, saved with Save — then Assessments and Findings
and actions — the results, stored at once as the expert works; see
``ui.mission_assessments`` and ``ui.mission_findings``).

- Saving goes through ``MissionService.save_plan`` — the mission, its team, links, agenda
  and counterparts in ONE transaction. A ``ValidationError`` puts each message under its
  field (and marks the sections that have one); nothing is stored and the window stays
  open. A double booking is shown in the Team section as soon as the expert is added, and
  the person is asked before the mission is saved with it.
- Status offers only the moves the lifecycle allows (``MissionService.allowed_statuses``).
- Undo/redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) covers every field and section: each change
  pushes a snapshot of the editor onto a ``QUndoStack`` (typing in one field merges into one
  step). The line edits' own undo is switched off so the keys always reach the stack. The
  history starts again after each save.
- Closing with unsaved changes asks: save, discard or cancel.
- A new mission gets assessments and findings once it is saved (the two result sections
  say so until then). "Export report…" (Ctrl+Shift+E) writes the mission report from what is
  saved; with unsaved changes it offers to save first.

The editor holds no business rule: it parses what was typed (a date must be a date) and
hands everything to the services.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain import rules
from ..domain.errors import (
    BookingConflictError,
    FieldProblem,
    UserError,
    ValidationError,
)
from ..domain.vocabulary import LinkKind, TeamRole
from ..services.dto import (
    AgendaItemView,
    CounterpartView,
    MissionDetail,
    MissionInput,
    TeamAssignment,
)
from ..services.experts import ExpertService
from ..services.missions import MissionService
from ..services.reference import ReferenceCatalog
from ..services.store import Store
from . import messages
from .editor_models import (
    AgendaRow,
    AgendaTableModel,
    CounterpartRow,
    CounterpartTableModel,
    LinkItem,
    LinkTreeModel,
    TeamRow,
    TeamTableModel,
)
from .events import app_events
from .mission_assessments import MissionAssessmentsPanel
from .mission_findings import MissionFindingsPanel
from .widgets import (
    WARNING_COLOR,
    CountField,
    DateField,
    ErrorLabel,
    FieldInputError,
    SearchCombo,
    TimeField,
    hint_label,
    with_error,
)

GEOMETRY_KEY = "window/editor/geometry"
TEXT_KEYS = frozenset({"code", "title", "location", "request_reference", "objectives",
                       "logistics", "start_date", "end_date", "request_date", "women", "men",
                       "total", "country"})


def role_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("MissionEditor", text)

    return {TeamRole.LEAD: tr("Lead expert"), TeamRole.CO_FACILITATOR: tr("Co-facilitator"),
            TeamRole.WCO_STAFF: tr("WCO staff"), TeamRole.OBSERVER: tr("Observer")}


class _StateCommand(QUndoCommand):
    """One step of the editor's history: the whole state before and after."""

    def __init__(self, editor: MissionEditor, before: dict[str, Any], after: dict[str, Any],
                 key: str, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.key = key
        self._first = True

    def id(self) -> int:
        return (hash(self.key) & 0x7FFFFFFF) if self.key in TEXT_KEYS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, _StateCommand) and other.key == self.key:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        if self._first:  # the change is already on screen
            self._first = False
            return
        self.editor.apply_state(self.after, self.key)

    def undo(self) -> None:
        self.editor.apply_state(self.before, self.key)


class _UndoKeys(QObject):
    """Keeps Ctrl+Z/Ctrl+Shift+Z/Ctrl+Y away from a text field's own undo, so the editor's
    shortcuts (one history for every field) get them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                isinstance(event, QKeyEvent) and _is_undo_key(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.ignore()  # not overridden: the window's shortcut fires
            return True
        return False


def _is_undo_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or \
            event.matches(QKeySequence.StandardKey.Redo):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift_ctrl = ctrl | Qt.KeyboardModifier.ShiftModifier
    return (event.key() == Qt.Key.Key_Z and mods in (ctrl, shift_ctrl)) or \
        (event.key() == Qt.Key.Key_Y and mods == ctrl)


class MissionEditor(QMainWindow):
    """Signals: ``mission_saved(id)`` after every successful save."""

    mission_saved = Signal(str)

    OVERVIEW, LINKS, TEAM, AGENDA, PARTICIPANTS, LOGISTICS, ASSESSMENTS, FINDINGS = range(8)

    def __init__(self, store: Store, mission_id: str | None = None,
                 template: MissionInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionEditor")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.store = store
        self.missions = MissionService(store)
        self.experts = ExpertService(store)
        self.catalog = ReferenceCatalog.for_store(store)
        self.mission_id = mission_id
        self.detail: MissionDetail | None = self.missions.get(mission_id) if mission_id else None
        self._applying = False
        self._close_approved = False
        self._close_after_save = False
        self._export_after_save = False
        self.report_dialog: Any = None
        self._loading = True
        self.conflict_box: Any = None
        self.roles = role_labels()
        self.undo_stack = QUndoStack(self)
        self._undo_keys = _UndoKeys(self)

        self._build_actions()
        self._build_ui()
        self._load(self.detail, template)
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.installEventFilter(self._undo_keys)
        for text_edit in self.findChildren(QPlainTextEdit):
            text_edit.setUndoRedoEnabled(False)
        self._state = self.capture()
        self._saved_state = self._state
        self._loading = False
        self._update_title()
        self.resize(1000, 720)
        value = QSettings().value(GEOMETRY_KEY)
        if value is not None and hasattr(value, "isEmpty") and not value.isEmpty():
            self.restoreGeometry(value)
        self._update_actions()
        self.code_edit.setFocus()
        app_events().experts_changed.connect(self._on_events_experts_changed)

    def _on_events_experts_changed(self, _ids: list[str]) -> None:
        keep = self.expert_picker.currentText()
        self._fill_experts()
        self.expert_picker.setEditText(keep)

    # --- building ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.action_save = QAction(self.tr("&Save"), self)
        self.action_save.setObjectName("actionSave")
        self.action_save.setShortcut(QKeySequence.StandardKey.Save)
        self.action_save.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogSaveButton))
        self.action_save.setToolTip(self.tr("Save the mission (Ctrl+S)"))
        self.action_save.triggered.connect(self.save)
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.action_undo.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.action_redo.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowForward))
        self.action_close = QAction(self.tr("&Close"), self)
        self.action_close.setObjectName("actionClose")
        self.action_close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close),
                                        QKeySequence("Ctrl+W")])
        self.action_close.triggered.connect(self.close)
        self.action_next_section = QAction(self)
        self.action_next_section.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.action_next_section.triggered.connect(lambda: self._step_section(1))
        self.action_previous_section = QAction(self)
        self.action_previous_section.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.action_previous_section.triggered.connect(lambda: self._step_section(-1))
        self.action_export_report = QAction(self.tr("Export &report…"), self)
        self.action_export_report.setObjectName("actionExportReport")
        self.action_export_report.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action_export_report.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_FileIcon))
        self.action_export_report.setToolTip(self.tr(
            "Write the mission report as a PDF (Ctrl+Shift+E)"))
        self.action_export_report.triggered.connect(self.export_report)
        for action in (self.action_save, self.action_undo, self.action_redo, self.action_close,
                       self.action_next_section, self.action_previous_section,
                       self.action_export_report):
            self.addAction(action)

    def _build_ui(self) -> None:
        toolbar = QToolBar(self.tr("Editing"), self)
        toolbar.setObjectName("editorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.action_save)
        toolbar.addSeparator()
        toolbar.addAction(self.action_undo)
        toolbar.addAction(self.action_redo)
        toolbar.addSeparator()
        toolbar.addAction(self.action_export_report)
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

        self.sections = QTabWidget(self)
        self.sections.setObjectName("editorSections")
        self.section_names = [self.tr("Overview"), self.tr("Links"), self.tr("Team"),
                              self.tr("Agenda"), self.tr("Participants"), self.tr("Logistics"),
                              self.tr("Assessments"), self.tr("Findings and actions")]
        builders = [self._build_overview, self._build_links, self._build_team,
                    self._build_agenda, self._build_participants, self._build_logistics]
        for name, build in zip(self.section_names, builders, strict=False):
            page = build()
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.sections.addTab(scroll, name)
        # The results: lists that scroll themselves, stored at once (not part of Save).
        self.assessments_panel = MissionAssessmentsPanel(self.store, self.catalog.lang, self)
        self.sections.addTab(self.assessments_panel, self.section_names[self.ASSESSMENTS])
        self.findings_panel = MissionFindingsPanel(self.store, self._linked_codes, self)
        self.sections.addTab(self.findings_panel, self.section_names[self.FINDINGS])
        self.sections.currentChanged.connect(self._on_sections_current_changed)

        self.problems_label = ErrorLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.general_error = ErrorLabel(self)
        self.saved_label = hint_label("", self)
        self.saved_label.setObjectName("savedLabel")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogSaveButton))
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save the mission (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)

        bottom = QHBoxLayout()
        messages_column = QVBoxLayout()
        messages_column.addWidget(self.problems_label)
        messages_column.addWidget(self.general_error)
        messages_column.addWidget(self.saved_label)
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

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(10)
        return form

    def _row(self, form: QFormLayout, label: str, field: QWidget, error: ErrorLabel,
             *extra: QWidget, buddy: QWidget | None = None) -> None:
        caption = QLabel(label)
        caption.setBuddy(buddy or field)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setContentsMargins(0, 3, 0, 0)
        form.addRow(caption, with_error(field, error, *extra))

    def _build_overview(self) -> QWidget:
        page = QWidget()
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setPlaceholderText(self.tr("e.g. JM-2025-INTD-01"))
        self.code_edit.setMaximumWidth(self.code_edit.fontMetrics().horizontalAdvance("M" * 24))
        self.code_error = ErrorLabel(page)
        self.title_edit = QLineEdit(page)
        self.title_edit.setObjectName("titleEdit")
        self.title_error = ErrorLabel(page)
        self.type_combo = QComboBox(page)
        self.type_combo.setObjectName("typeCombo")
        self.type_combo.setPlaceholderText(self.tr("Choose a type…"))
        for item in self.catalog.mission_types:
            self.type_combo.addItem(item.label, item.code)
        self.type_error = ErrorLabel(page)
        self.status_combo = QComboBox(page)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setToolTip(self.tr(
            "Only the moves the mission lifecycle allows from the saved status are offered."))
        self.status_error = ErrorLabel(page)
        self.topic_checks: dict[str, QCheckBox] = {}
        topics_box = QWidget(page)
        topics_grid = QGridLayout(topics_box)
        topics_grid.setContentsMargins(0, 0, 0, 0)
        topics_grid.setVerticalSpacing(2)
        for i, item in enumerate(self.catalog.topics):
            check = QCheckBox(item.label, topics_box)
            check.setObjectName(f"topic_{item.code}")
            self.topic_checks[item.code] = check
            topics_grid.addWidget(check, i, 0, Qt.AlignmentFlag.AlignLeft)
        self.topics_error = ErrorLabel(page)

        self.country_picker = SearchCombo(page)
        self.country_picker.setObjectName("countryPicker")
        self._placeholder(self.country_picker, self.tr("Type to search a country"))
        short = self._region_names()
        self.country_picker.set_items(
            [(c.name, c.iso2, short.get(c.region_code, "")) for c in self.catalog.countries])
        self.region_label = hint_label("", page)
        self.region_label.setObjectName("regionLabel")
        self.country_error = ErrorLabel(page)
        self.administration_combo = QComboBox(page)
        self.administration_combo.setObjectName("administrationCombo")
        self.new_administration_button = QPushButton(self.tr("New…"), page)
        self.new_administration_button.setObjectName("newAdministrationButton")
        self.new_administration_button.setToolTip(
            self.tr("Add the customs administration of this country to the list"))
        self.new_administration_button.clicked.connect(self._on_new_administration_clicked)
        self.administration_error = ErrorLabel(page)

        self.start_edit = DateField(page)
        self.start_edit.setObjectName("startDate")
        self.end_edit = DateField(page)
        self.end_edit.setObjectName("endDate")
        dates = QWidget(page)
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.start_edit)
        to_label = QLabel(self.tr("to"), dates)
        to_label.setBuddy(self.end_edit.edit)
        dates_row.addWidget(to_label)
        dates_row.addWidget(self.end_edit)
        dates_row.addStretch(1)
        self.dates_error = ErrorLabel(page)
        self.location_edit = QLineEdit(page)
        self.location_edit.setObjectName("locationEdit")
        self.location_edit.setPlaceholderText(self.tr("City, venue"))
        self.remote_check = QCheckBox(self.tr("Remote (online)"), page)
        self.remote_check.setObjectName("remoteCheck")
        self.location_error = ErrorLabel(page)
        self.programme_combo = SearchCombo(page, empty_text=self.tr("(none)"))
        self.programme_combo.setObjectName("programmeCombo")
        self.programme_combo.set_items(
            [(p.name, p.id, "") for p in self.experts.programmes()])
        self.programme_combo.set_value(None)
        self.programme_error = ErrorLabel(page)
        self.request_reference_edit = QLineEdit(page)
        self.request_reference_edit.setObjectName("requestReferenceEdit")
        self.request_reference_edit.setPlaceholderText(self.tr("Letter reference"))
        self.request_date_edit = DateField(page)
        self.request_date_edit.setObjectName("requestDate")
        self.request_error = ErrorLabel(page)
        self.objectives_edit = QPlainTextEdit(page)
        self.objectives_edit.setObjectName("objectivesEdit")
        self.objectives_edit.setTabChangesFocus(True)
        self.objectives_edit.setPlaceholderText(
            self.tr("What the administration asked for and what the mission should achieve"))
        self.objectives_edit.setMinimumHeight(90)
        self.objectives_error = ErrorLabel(page)

        left = self._form()
        self._row(left, self.tr("&Code"), self.code_edit, self.code_error)
        self._row(left, self.tr("&Title"), self.title_edit, self.title_error)
        self._row(left, self.tr("T&ype"), self.type_combo, self.type_error)
        self._row(left, self.tr("&Status"), self.status_combo, self.status_error)
        country_box = QWidget(page)
        country_column = QVBoxLayout(country_box)
        country_column.setContentsMargins(0, 0, 0, 0)
        country_column.setSpacing(2)
        country_column.addWidget(self.country_picker)
        country_column.addWidget(self.region_label)
        self._row(left, self.tr("Cou&ntry"), country_box, self.country_error,
                  buddy=self.country_picker)
        self._row(left, self.tr("Ad&ministration"), self.administration_combo,
                  self.administration_error, self.new_administration_button)
        right = self._form()
        self._row(right, self.tr("&Dates"), dates, self.dates_error, buddy=self.start_edit.edit)
        self._row(right, self.tr("&Location"), self.location_edit, self.location_error,
                  self.remote_check)
        self._row(right, self.tr("P&rogramme"), self.programme_combo, self.programme_error)
        request = QWidget(page)
        request_row = QHBoxLayout(request)
        request_row.setContentsMargins(0, 0, 0, 0)
        request_row.addWidget(self.request_reference_edit, 1)
        received = QLabel(self.tr("received"), request)
        received.setBuddy(self.request_date_edit.edit)
        request_row.addWidget(received)
        request_row.addWidget(self.request_date_edit)
        self._row(right, self.tr("Re&quest"), request, self.request_error,
                  buddy=self.request_reference_edit)
        self._row(right, self.tr("Topics"), topics_box, self.topics_error,
                  buddy=next(iter(self.topic_checks.values()), None))

        grid = QGridLayout(page)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        objectives_label = QLabel(self.tr("&Objectives"), page)
        objectives_label.setBuddy(self.objectives_edit)
        grid.addWidget(objectives_label, 1, 0, 1, 2)
        grid.addWidget(with_error(self.objectives_edit, self.objectives_error), 2, 0, 1, 2)
        grid.setRowStretch(2, 1)

        # Signals: every change is one undo step (typing merges).
        self.code_edit.textChanged.connect(lambda: self._on_edited("code"))
        self.title_edit.textChanged.connect(lambda: self._on_edited("title"))
        self.type_combo.currentIndexChanged.connect(lambda: self._on_edited("type"))
        self.status_combo.currentIndexChanged.connect(lambda: self._on_edited("status"))
        for check in self.topic_checks.values():
            check.toggled.connect(lambda _c: self._on_edited("topics"))
        self.country_picker.value_changed.connect(self._on_country_changed)
        self.administration_combo.currentIndexChanged.connect(
            lambda: self._on_edited("administration"))
        self.start_edit.changed.connect(lambda: self._on_edited("start_date"))
        self.end_edit.changed.connect(lambda: self._on_edited("end_date"))
        self.location_edit.textChanged.connect(lambda: self._on_edited("location"))
        self.remote_check.toggled.connect(lambda _c: self._on_edited("remote"))
        self.programme_combo.value_changed.connect(lambda: self._on_edited("programme"))
        self.request_reference_edit.textChanged.connect(
            lambda: self._on_edited("request_reference"))
        self.request_date_edit.changed.connect(lambda: self._on_edited("request_date"))
        self.objectives_edit.textChanged.connect(lambda: self._on_edited("objectives"))

        order: list[QWidget] = [
            self.code_edit, self.title_edit, self.type_combo, self.status_combo,
            self.country_picker, self.administration_combo, self.new_administration_button,
            self.start_edit.edit, self.end_edit.edit, self.location_edit, self.remote_check,
            self.programme_combo, self.request_reference_edit, self.request_date_edit.edit,
            *self.topic_checks.values(), self.objectives_edit,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        return page

    @staticmethod
    def _placeholder(combo: QComboBox, text: str) -> None:
        edit = combo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(text)

    def _region_names(self) -> dict[str, str]:
        return {r.code: (r.extra.get("short_names") or {}).get(self.catalog.lang) or r.label
                for r in self.catalog.regions}

    def _link_tree(self, name: str, items: list[LinkItem], flat: bool) -> tuple[
            QTreeView, LinkTreeModel, QSortFilterProxyModel]:
        model = LinkTreeModel(items, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setRecursiveFilteringEnabled(True)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        tree = QTreeView(self)
        tree.setObjectName(name)
        tree.setModel(proxy)
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(not flat)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        model.checked_changed.connect(lambda: self._on_edited(name))
        return tree, model, proxy

    def _build_links(self) -> QWidget:
        page = QWidget()
        tfa_items = [LinkItem(i.code, i.label, i.parent) for i in self.catalog.tfa_provisions]
        arusha_items = [LinkItem(i.code, f"{i.extra.get('number') or ''}. {i.label}".lstrip(". "))
                        for i in self.catalog.arusha_factors]
        geoat_items = [LinkItem(i.code, (f"{i.extra['number']}. " if i.extra.get("number")
                                         else "") + i.label)
                       for i in self.catalog.geoat_principles]
        self.tfa_tree, self.tfa_model, self.tfa_proxy = self._link_tree(
            "tfaTree", tfa_items, flat=False)
        self.arusha_list, self.arusha_model, _ = self._link_tree(
            "arushaList", arusha_items, flat=True)
        self.geoat_list, self.geoat_model, _ = self._link_tree(
            "geoatList", geoat_items, flat=True)
        self.tfa_filter_edit = QLineEdit(page)
        self.tfa_filter_edit.setObjectName("tfaFilter")
        self.tfa_filter_edit.setPlaceholderText(self.tr("Find an article, e.g. 7.6 or enquiry"))
        self.tfa_filter_edit.setClearButtonEnabled(True)
        self.tfa_filter_edit.textChanged.connect(self._on_tfa_filter_changed)
        self.tfa_error = ErrorLabel(page)
        self.arusha_error = ErrorLabel(page)
        self.geoat_error = ErrorLabel(page)

        self.tfa_box = QGroupBox(page)
        tfa_layout = QVBoxLayout(self.tfa_box)
        tfa_layout.addWidget(self.tfa_filter_edit)
        tfa_layout.addWidget(self.tfa_tree, 1)
        tfa_layout.addWidget(self.tfa_error)
        self.arusha_box = QGroupBox(page)
        arusha_layout = QVBoxLayout(self.arusha_box)
        arusha_layout.addWidget(self.arusha_list)
        arusha_layout.addWidget(self.arusha_error)
        self.geoat_box = QGroupBox(page)
        geoat_layout = QVBoxLayout(self.geoat_box)
        geoat_layout.addWidget(self.geoat_list)
        geoat_layout.addWidget(self.geoat_error)
        for view, count in ((self.arusha_list, len(arusha_items)),
                            (self.geoat_list, len(geoat_items))):
            height = view.sizeHintForRow(0) if view.model().rowCount() else 20
            view.setMinimumHeight(min(12, count) * max(height, 20) + 8)

        right = QVBoxLayout()
        right.addWidget(self.arusha_box, 1)
        right.addWidget(self.geoat_box, 1)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tfa_box, 3)
        layout.addLayout(right, 2)
        self._update_link_titles()
        for model in (self.tfa_model, self.arusha_model, self.geoat_model):
            model.checked_changed.connect(self._update_link_titles)
        return page

    def _build_team(self) -> QWidget:
        page = QWidget()
        self.expert_picker = SearchCombo(page)
        self.expert_picker.setObjectName("expertPicker")
        self._placeholder(self.expert_picker, self.tr("Type to search the directory"))
        self._fill_experts()
        self.role_combo = QComboBox(page)
        self.role_combo.setObjectName("roleCombo")
        for code, label in self.roles.items():
            self.role_combo.addItem(label, str(code))
        self.add_member_button = QPushButton(self.tr("&Add to team"), page)
        self.add_member_button.setObjectName("addMemberButton")
        self.add_member_button.clicked.connect(self.add_member)
        self.team_model = TeamTableModel(self.roles, self)
        self.team_proxy = QSortFilterProxyModel(self)
        self.team_proxy.setSourceModel(self.team_model)
        self.team_table = self._table(page, self.team_proxy, "teamTable")
        team_header = self.team_table.horizontalHeader()
        team_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        team_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        team_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.team_table.selectionModel().currentRowChanged.connect(
            self._on_team_table_current_changed)
        self.remove_member_button = QPushButton(self.tr("&Remove from team"), page)
        self.remove_member_button.setObjectName("removeMemberButton")
        self.remove_member_button.clicked.connect(self.remove_member)
        self.team_clash_label = QLabel(page)
        self.team_clash_label.setObjectName("teamClashLabel")
        self.team_clash_label.setWordWrap(True)
        self.team_clash_label.setStyleSheet(f"color: {WARNING_COLOR};")
        self.team_clash_label.hide()
        self.team_error = ErrorLabel(page)
        self.team_error.setObjectName("teamError")

        picker_row = QHBoxLayout()
        expert_label = QLabel(self.tr("E&xpert"), page)
        expert_label.setBuddy(self.expert_picker)
        picker_row.addWidget(expert_label)
        picker_row.addWidget(self.expert_picker, 2)
        role_label = QLabel(self.tr("R&ole"), page)
        role_label.setBuddy(self.role_combo)
        picker_row.addWidget(role_label)
        picker_row.addWidget(self.role_combo, 1)
        picker_row.addWidget(self.add_member_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_member_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(hint_label(self.tr(
            "Pick experts from the directory and give each a role. A mission past "
            "'planned' needs a lead expert."), page))
        layout.addLayout(picker_row)
        layout.addWidget(self.team_clash_label)
        layout.addWidget(self.team_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.team_error)
        return page

    def _fill_experts(self) -> None:
        categories = {c.code: c.code.upper() for c in self.catalog.accreditation_categories}
        self.expert_picker.set_items([
            (e.name, e.id, ", ".join(categories.get(a.category_code, a.category_code)
                                     for a in e.accreditations))
            for e in self.experts.list()
        ])

    def _table(self, parent: QWidget, model: Any, name: str) -> QTableView:
        table = QTableView(parent)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setMinimumHeight(140)
        return table

    def _build_agenda(self) -> QWidget:
        page = QWidget()
        self.agenda_model = AgendaTableModel(self)
        self.agenda_proxy = QSortFilterProxyModel(self)
        self.agenda_proxy.setSourceModel(self.agenda_model)
        self.agenda_table = self._table(page, self.agenda_proxy, "agendaTable")
        header = self.agenda_table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.agenda_table.selectionModel().currentRowChanged.connect(
            self._on_agenda_table_current_changed)
        self.agenda_dates_label = hint_label("", page)
        self.agenda_dates_label.setObjectName("agendaDatesLabel")
        self.agenda_day_edit = DateField(page)
        self.agenda_day_edit.setObjectName("agendaDay")
        self.agenda_start_edit = TimeField(page)
        self.agenda_start_edit.setObjectName("agendaStart")
        self.agenda_end_edit = TimeField(page)
        self.agenda_end_edit.setObjectName("agendaEnd")
        self.agenda_activity_edit = QLineEdit(page)
        self.agenda_activity_edit.setObjectName("agendaActivity")
        self.agenda_activity_edit.setPlaceholderText(
            self.tr("e.g. Opening with the Commissioner"))
        self.agenda_location_edit = QLineEdit(page)
        self.agenda_location_edit.setObjectName("agendaLocation")
        self.agenda_counterparts_edit = QLineEdit(page)
        self.agenda_counterparts_edit.setObjectName("agendaCounterparts")
        self.agenda_counterparts_edit.setPlaceholderText(self.tr("Who attends"))
        self.agenda_form_error = ErrorLabel(page)
        self.agenda_form_error.setObjectName("agendaFormError")
        self.agenda_error = ErrorLabel(page)
        self.agenda_error.setObjectName("agendaError")
        self.agenda_add_button = QPushButton(self.tr("&Add session"), page)
        self.agenda_add_button.setObjectName("agendaAddButton")
        self.agenda_add_button.clicked.connect(self.add_session)
        self.agenda_update_button = QPushButton(self.tr("&Update session"), page)
        self.agenda_update_button.setObjectName("agendaUpdateButton")
        self.agenda_update_button.clicked.connect(self.update_session)
        self.agenda_remove_button = QPushButton(self.tr("&Remove"), page)
        self.agenda_remove_button.setObjectName("agendaRemoveButton")
        self.agenda_remove_button.clicked.connect(self.remove_session)
        self.agenda_up_button = QPushButton(self.tr("Move u&p"), page)
        self.agenda_up_button.setObjectName("agendaUpButton")
        self.agenda_up_button.setToolTip(self.tr("Earlier in the day (Alt+Up)"))
        self.agenda_up_button.clicked.connect(lambda: self.move_session(-1))
        self.agenda_down_button = QPushButton(self.tr("Move do&wn"), page)
        self.agenda_down_button.setObjectName("agendaDownButton")
        self.agenda_down_button.setToolTip(self.tr("Later in the day (Alt+Down)"))
        self.agenda_down_button.clicked.connect(lambda: self.move_session(1))
        # Alt+Up/Down while the table has the focus (the view would take them otherwise).
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            move = QAction(self.agenda_table)
            move.setShortcut(QKeySequence(keys))
            move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            move.triggered.connect(lambda _c=False, s=step: self.move_session(s))
            self.agenda_table.addAction(move)

        form = QGridLayout()
        form.setHorizontalSpacing(8)
        day_label = QLabel(self.tr("Da&y"), page)
        day_label.setBuddy(self.agenda_day_edit.edit)
        form.addWidget(day_label, 0, 0)
        form.addWidget(self.agenda_day_edit, 0, 1)
        time_label = QLabel(self.tr("F&rom"), page)
        time_label.setBuddy(self.agenda_start_edit)
        times = QHBoxLayout()
        times.addWidget(self.agenda_start_edit)
        until = QLabel(self.tr("to"), page)
        until.setBuddy(self.agenda_end_edit)
        times.addWidget(until)
        times.addWidget(self.agenda_end_edit)
        times.addStretch(1)
        form.addWidget(time_label, 0, 2)
        form.addLayout(times, 0, 3)
        activity_label = QLabel(self.tr("Acti&vity"), page)
        activity_label.setBuddy(self.agenda_activity_edit)
        form.addWidget(activity_label, 1, 0)
        form.addWidget(self.agenda_activity_edit, 1, 1, 1, 3)
        location_label = QLabel(self.tr("&Location"), page)
        location_label.setBuddy(self.agenda_location_edit)
        form.addWidget(location_label, 2, 0)
        form.addWidget(self.agenda_location_edit, 2, 1)
        with_label = QLabel(self.tr("W&ith"), page)
        with_label.setBuddy(self.agenda_counterparts_edit)
        form.addWidget(with_label, 2, 2)
        form.addWidget(self.agenda_counterparts_edit, 2, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        for button in (self.agenda_add_button, self.agenda_update_button,
                       self.agenda_remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.agenda_up_button)
        buttons.addWidget(self.agenda_down_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.agenda_dates_label)
        layout.addWidget(self.agenda_table, 1)
        layout.addWidget(self.agenda_error)
        layout.addLayout(form)
        layout.addWidget(self.agenda_form_error)
        layout.addLayout(buttons)
        for edit in (self.agenda_day_edit.edit, self.agenda_activity_edit):
            edit.textChanged.connect(self._update_agenda_buttons)
        return page

    def _build_participants(self) -> QWidget:
        page = QWidget()
        self.women_edit = CountField(page)
        self.women_edit.setObjectName("womenEdit")
        self.men_edit = CountField(page)
        self.men_edit.setObjectName("menEdit")
        self.total_edit = CountField(page)
        self.total_edit.setObjectName("totalEdit")
        self.women_error = ErrorLabel(page)
        self.men_error = ErrorLabel(page)
        self.total_error = ErrorLabel(page)
        self.total_error.setObjectName("totalError")
        self.fill_total_button = QPushButton(self.tr("Total = women + men"), page)
        self.fill_total_button.setObjectName("fillTotalButton")
        self.fill_total_button.clicked.connect(self._on_fill_total_clicked)
        self.women_edit.textChanged.connect(lambda: self._on_edited("women"))
        self.men_edit.textChanged.connect(lambda: self._on_edited("men"))
        self.total_edit.textChanged.connect(lambda: self._on_edited("total"))
        counts = self._form()
        self._row(counts, self.tr("&Women"), self.women_edit, self.women_error)
        self._row(counts, self.tr("&Men"), self.men_edit, self.men_error)
        self._row(counts, self.tr("&Total"), self.total_edit, self.total_error,
                  self.fill_total_button)
        counts_box = QGroupBox(self.tr("Participants"), page)
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(hint_label(self.tr(
            "Counts of the workshop or meeting participants; leave empty when not known. "
            "The total may include people who did not say."), counts_box))
        counts_layout.addLayout(counts)

        self.counterpart_model = CounterpartTableModel(self)
        self.counterpart_proxy = QSortFilterProxyModel(self)
        self.counterpart_proxy.setSourceModel(self.counterpart_model)
        self.counterpart_table = self._table(page, self.counterpart_proxy, "counterpartTable")
        self.counterpart_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.counterpart_name_edit = QLineEdit(page)
        self.counterpart_name_edit.setObjectName("counterpartName")
        self.counterpart_name_edit.setPlaceholderText(self.tr("Name"))
        self.counterpart_unit_edit = QLineEdit(page)
        self.counterpart_unit_edit.setObjectName("counterpartUnit")
        self.counterpart_unit_edit.setPlaceholderText(self.tr("Unit, e.g. Internal Affairs"))
        self.counterpart_contact_edit = QLineEdit(page)
        self.counterpart_contact_edit.setObjectName("counterpartContact")
        self.counterpart_contact_edit.setPlaceholderText(self.tr("E-mail or phone"))
        self.counterpart_add_button = QPushButton(self.tr("A&dd counterpart"), page)
        self.counterpart_add_button.setObjectName("counterpartAddButton")
        self.counterpart_add_button.clicked.connect(self.add_counterpart)
        self.counterpart_remove_button = QPushButton(self.tr("Remo&ve"), page)
        self.counterpart_remove_button.setObjectName("counterpartRemoveButton")
        self.counterpart_remove_button.clicked.connect(self.remove_counterpart)
        self.counterparts_error = ErrorLabel(page)
        self.counterparts_error.setObjectName("counterpartsError")
        counterparts_box = QGroupBox(self.tr("Beneficiary counterparts"), page)
        box_layout = QVBoxLayout(counterparts_box)
        box_layout.addWidget(self.counterpart_table, 1)
        inputs = QHBoxLayout()
        inputs.addWidget(self.counterpart_name_edit, 2)
        inputs.addWidget(self.counterpart_unit_edit, 2)
        inputs.addWidget(self.counterpart_contact_edit, 2)
        inputs.addWidget(self.counterpart_add_button)
        inputs.addWidget(self.counterpart_remove_button)
        box_layout.addLayout(inputs)
        box_layout.addWidget(self.counterparts_error)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(counts_box)
        layout.addWidget(counterparts_box, 1)
        return page

    def _build_logistics(self) -> QWidget:
        page = QWidget()
        self.logistics_edit = QPlainTextEdit(page)
        self.logistics_edit.setObjectName("logisticsEdit")
        self.logistics_edit.setTabChangesFocus(True)
        self.logistics_edit.setPlaceholderText(self.tr(
            "Flights, visas, hotel, venue, interpreters, equipment, security briefings…"))
        self.logistics_edit.textChanged.connect(lambda: self._on_edited("logistics"))
        label = QLabel(self.tr("&Notes on logistics"), page)
        label.setBuddy(self.logistics_edit)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(label)
        layout.addWidget(self.logistics_edit, 1)
        return page

    # --- loading and state ---------------------------------------------------------------

    def _load(self, detail: MissionDetail | None, template: MissionInput | None) -> None:
        self.assessments_panel.set_mission(detail.id if detail else None)
        self.findings_panel.set_mission(detail.id if detail else None)
        self._applying = True
        try:
            data = detail.to_input() if detail else template
            self._fill_statuses(data.status_code if data else None)
            if data is None:
                self.status_combo.setCurrentIndex(0)
                self._set_country_text("")
                return
            self.code_edit.setText(data.code)
            self.title_edit.setText(data.title)
            self.type_combo.setCurrentIndex(self.type_combo.findData(data.type_code))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(
                data.status_code)))
            for code, check in self.topic_checks.items():
                check.setChecked(code in data.topics)
            country = self.catalog.country_by_iso2.get(data.country_iso2)
            self._set_country_text(country.name if country else data.country_iso2)
            self._set_combo_data(self.administration_combo, data.administration_id)
            self.start_edit.set_value(data.start_date)
            self.end_edit.set_value(data.end_date)
            self.location_edit.setText(data.location)
            self.remote_check.setChecked(data.is_remote)
            self.programme_combo.set_value(data.programme_id)
            self.request_reference_edit.setText(data.request_reference)
            self.request_date_edit.set_value(data.request_date)
            self.objectives_edit.setPlainText(data.objectives)
            self.women_edit.set_value(data.participants_women)
            self.men_edit.set_value(data.participants_men)
            self.total_edit.set_value(data.participants_total)
            self.logistics_edit.setPlainText(data.logistics_notes)
            links = detail.links if detail else (template.links if template else None) or {}
            self.tfa_model.set_checked(frozenset(links.get(LinkKind.TFA, [])))
            self.arusha_model.set_checked(frozenset(links.get(LinkKind.ARUSHA, [])))
            self.geoat_model.set_checked(frozenset(links.get(LinkKind.GEOAT, [])))
            names = {e: n for n, e, _h in self._expert_items()}
            if detail:
                team = [TeamRow(m.expert_id, m.expert_name, m.role) for m in detail.team]
                agenda = [AgendaRow(a.id, a.day, a.start_time, a.end_time, a.activity,
                                    a.location, a.counterparts) for a in detail.agenda]
                counterparts = [CounterpartRow(c.id, c.name, c.unit, c.contact)
                                for c in detail.counterparts]
            else:
                team = [TeamRow(t.expert_id, names.get(t.expert_id, "?"), t.role)
                        for t in (template.team or [])] if template else []
                agenda, counterparts = [], []
            self.team_model.set_rows(self._with_clashes(team))
            self.agenda_model.set_rows(agenda)
            self.counterpart_model.set_rows(counterparts)
        finally:
            self._applying = False
            self._update_link_titles()
            self._update_agenda_dates()
            self._update_agenda_buttons()
            self._default_role()

    def _expert_items(self) -> list[tuple[str, Any, str]]:
        return [(self.expert_picker.itemText(i), self.expert_picker.itemData(i), "")
                for i in range(self.expert_picker.count())]

    def _fill_statuses(self, current: str | None) -> None:
        allowed = self.missions.allowed_statuses(self.mission_id)
        order = [s.code for s in self.catalog.statuses]
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        for code in sorted(allowed, key=lambda c: order.index(c) if c in order else 99):
            label = self.catalog.label("statuses", code)
            if code == current and self.mission_id:
                label = self.tr("{status} (now)").format(status=label)
            self.status_combo.addItem(label, code)
        found = self.status_combo.findData(current) if current else 0
        self.status_combo.setCurrentIndex(max(found, 0))
        self.status_combo.blockSignals(False)

    def _set_country_text(self, text: str) -> None:
        self.country_picker.setEditText(text)
        found = self.country_picker.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            self.country_picker.setCurrentIndex(found)
        self._refresh_country_dependents()

    def _set_combo_data(self, combo: QComboBox, value: Any) -> None:
        found = combo.findData(value)
        combo.setCurrentIndex(found if found >= 0 else 0)

    def _country_iso2(self) -> str | None:
        try:
            return self.country_picker.value()
        except FieldInputError:
            return None

    def _refresh_country_dependents(self) -> None:
        iso2 = self._country_iso2()
        country = self.catalog.country_by_iso2.get(iso2 or "")
        region = self._region_names().get(country.region_code, "") if country else ""
        self.region_label.setText(self.tr("WCO region: {region}").format(region=region)
                                  if region else "")
        self.region_label.setVisible(bool(region))
        keep = self.administration_combo.currentData()
        self.administration_combo.blockSignals(True)
        self.administration_combo.clear()
        self.administration_combo.addItem(self.tr("(not recorded)"), None)
        if iso2:
            for adm in self.experts.administrations(iso2):
                label = f"{adm.name} ({adm.acronym})" if adm.acronym else adm.name
                self.administration_combo.addItem(label, adm.id)
        self._set_combo_data(self.administration_combo, keep)
        self.administration_combo.blockSignals(False)
        self.new_administration_button.setEnabled(iso2 is not None)

    def capture(self) -> dict[str, Any]:
        """Everything the person can change, as comparable values."""
        return {
            "code": self.code_edit.text(),
            "title": self.title_edit.text(),
            "type": self.type_combo.currentData(),
            "status": self.status_combo.currentData(),
            "topics": tuple(c for c, check in self.topic_checks.items() if check.isChecked()),
            "country": self.country_picker.currentText(),
            "administration": self.administration_combo.currentData(),
            "start_date": self.start_edit.text(),
            "end_date": self.end_edit.text(),
            "location": self.location_edit.text(),
            "remote": self.remote_check.isChecked(),
            "programme": self.programme_combo.currentText(),
            "request_reference": self.request_reference_edit.text(),
            "request_date": self.request_date_edit.text(),
            "objectives": self.objectives_edit.toPlainText(),
            "tfaTree": self.tfa_model.checked_codes(),
            "arushaList": self.arusha_model.checked_codes(),
            "geoatList": self.geoat_model.checked_codes(),
            "team": tuple((r.expert_id, r.name, r.role) for r in self.team_model.rows()),
            "agenda": self.agenda_model.rows(),
            "women": self.women_edit.text(),
            "men": self.men_edit.text(),
            "total": self.total_edit.text(),
            "counterparts": self.counterpart_model.rows(),
            "logistics": self.logistics_edit.toPlainText(),
        }

    def apply_state(self, state: dict[str, Any], focus_key: str) -> None:
        """Put a captured state back on screen (undo/redo) and show the field it changed."""
        self._applying = True
        try:
            self.code_edit.setText(state["code"])
            self.title_edit.setText(state["title"])
            self.type_combo.setCurrentIndex(self.type_combo.findData(state["type"])
                                            if state["type"] else -1)
            self._set_combo_data(self.status_combo, state["status"])
            for code, check in self.topic_checks.items():
                check.setChecked(code in state["topics"])
            self._set_country_text(state["country"])
            self._set_combo_data(self.administration_combo, state["administration"])
            self.start_edit.setText(state["start_date"])
            self.end_edit.setText(state["end_date"])
            self.location_edit.setText(state["location"])
            self.remote_check.setChecked(state["remote"])
            self.programme_combo.setEditText(state["programme"])
            found = self.programme_combo.findText(state["programme"],
                                                  Qt.MatchFlag.MatchFixedString)
            if found >= 0:
                self.programme_combo.setCurrentIndex(found)
            self.request_reference_edit.setText(state["request_reference"])
            self.request_date_edit.setText(state["request_date"])
            if self.objectives_edit.toPlainText() != state["objectives"]:
                self.objectives_edit.setPlainText(state["objectives"])
            self.tfa_model.set_checked(state["tfaTree"])
            self.arusha_model.set_checked(state["arushaList"])
            self.geoat_model.set_checked(state["geoatList"])
            self.team_model.set_rows(self._with_clashes(
                [TeamRow(e, n, r) for e, n, r in state["team"]]))
            self.agenda_model.set_rows(state["agenda"])
            self.women_edit.setText(state["women"])
            self.men_edit.setText(state["men"])
            self.total_edit.setText(state["total"])
            self.counterpart_model.set_rows(state["counterparts"])
            if self.logistics_edit.toPlainText() != state["logistics"]:
                self.logistics_edit.setPlainText(state["logistics"])
        finally:
            self._applying = False
        self._state = self.capture()
        self._update_link_titles()
        self._update_agenda_dates()
        self._update_title()
        self._focus_key(focus_key)

    def is_dirty(self) -> bool:
        return self.capture() != self._saved_state

    def _on_edited(self, key: str) -> None:
        if self._applying or self._loading:
            return
        state = self.capture()
        if state == self._state:
            return
        label = self._key_labels().get(key, key)
        self.undo_stack.push(_StateCommand(self, self._state, state, key, label))
        self._state = state
        for error in self._errors_of(key):
            error.clear_messages()
        if key in ("start_date", "end_date"):
            self._update_agenda_dates()
        self._update_title()

    def _on_country_changed(self) -> None:
        if self._applying:
            return
        self._refresh_country_dependents()
        self._on_edited("country")

    def _key_labels(self) -> dict[str, str]:
        return {
            "code": self.tr("code"), "title": self.tr("title"), "type": self.tr("type"),
            "status": self.tr("status"), "topics": self.tr("topics"),
            "country": self.tr("country"), "administration": self.tr("administration"),
            "start_date": self.tr("start date"), "end_date": self.tr("end date"),
            "location": self.tr("location"), "remote": self.tr("remote"),
            "programme": self.tr("programme"), "request_reference": self.tr("request"),
            "request_date": self.tr("request date"), "objectives": self.tr("objectives"),
            "tfaTree": self.tr("TFA articles"), "arushaList": self.tr("Arusha factors"),
            "geoatList": self.tr("GEOAT principles"), "team": self.tr("team"),
            "agenda": self.tr("agenda"), "women": self.tr("women"), "men": self.tr("men"),
            "total": self.tr("total"), "counterparts": self.tr("counterparts"),
            "logistics": self.tr("logistics notes"),
        }

    # --- where things are ----------------------------------------------------------------

    def _field_map(self) -> dict[str, tuple[int, QWidget, ErrorLabel]]:
        """Field name (the services' and the state's) -> section, widget, error label."""
        o, li, te, ag, pa, lo = range(6)
        return {
            "code": (o, self.code_edit, self.code_error),
            "title": (o, self.title_edit, self.title_error),
            "type": (o, self.type_combo, self.type_error),
            "status": (o, self.status_combo, self.status_error),
            "topics": (o, next(iter(self.topic_checks.values())), self.topics_error),
            "country": (o, self.country_picker, self.country_error),
            "administration": (o, self.administration_combo, self.administration_error),
            "start_date": (o, self.start_edit.edit, self.dates_error),
            "end_date": (o, self.end_edit.edit, self.dates_error),
            "location": (o, self.location_edit, self.location_error),
            "remote": (o, self.remote_check, self.location_error),
            "programme": (o, self.programme_combo, self.programme_error),
            "request_reference": (o, self.request_reference_edit, self.request_error),
            "request_date": (o, self.request_date_edit.edit, self.request_error),
            "objectives": (o, self.objectives_edit, self.objectives_error),
            "tfa_articles": (li, self.tfa_tree, self.tfa_error),
            "tfaTree": (li, self.tfa_tree, self.tfa_error),
            "links": (li, self.tfa_tree, self.tfa_error),
            "arusha_factors": (li, self.arusha_list, self.arusha_error),
            "arushaList": (li, self.arusha_list, self.arusha_error),
            "geoat_principles": (li, self.geoat_list, self.geoat_error),
            "geoatList": (li, self.geoat_list, self.geoat_error),
            "team": (te, self.expert_picker, self.team_error),
            "lead_expert": (te, self.expert_picker, self.team_error),
            "agenda": (ag, self.agenda_table, self.agenda_error),
            "participants_women": (pa, self.women_edit, self.women_error),
            "women": (pa, self.women_edit, self.women_error),
            "participants_men": (pa, self.men_edit, self.men_error),
            "men": (pa, self.men_edit, self.men_error),
            "participants_total": (pa, self.total_edit, self.total_error),
            "total": (pa, self.total_edit, self.total_error),
            "counterparts": (pa, self.counterpart_table, self.counterparts_error),
            "logistics": (lo, self.logistics_edit, self.general_error),
        }

    def _errors_of(self, key: str) -> list[ErrorLabel]:
        found = self._field_map().get(key)
        return [found[2]] if found else []

    def _focus_key(self, key: str) -> None:
        found = self._field_map().get(key)
        if found is None:
            return
        section, widget, _error = found
        self.sections.setCurrentIndex(section)
        widget.setFocus()

    def _step_section(self, step: int) -> None:
        count = self.sections.count()
        self.sections.setCurrentIndex((self.sections.currentIndex() + step) % count)

    def error_text(self, key: str) -> str:
        """The message shown beside a field (for tests and accessibility)."""
        found = self._field_map().get(key)
        return found[2].text() if found and not found[2].isHidden() else ""

    # --- problems ------------------------------------------------------------------------

    def _clear_problems(self) -> None:
        for _section, _widget, error in self._field_map().values():
            error.clear_messages()
        self.agenda_model.mark_rows(set())
        self.problems_label.clear_messages()
        self.general_error.clear_messages()
        for index, name in enumerate(self.section_names):
            self.sections.setTabText(index, name)
            self.sections.setTabIcon(index, QIcon())

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            grouped.setdefault(problem.field, []).append(problem.message)
        fields = self._field_map()
        sections_with_problems: list[int] = []
        first_widget: QWidget | None = None
        per_label: dict[int, tuple[ErrorLabel, list[str]]] = {}
        general: list[str] = []
        for field_name, texts in grouped.items():
            found = fields.get(field_name)
            if found is None:
                general += texts
                continue
            section, widget, error = found
            per_label.setdefault(id(error), (error, []))[1].extend(texts)
            if section not in sections_with_problems:
                sections_with_problems.append(section)
            if first_widget is None:
                first_widget = widget
        for error, texts in per_label.values():
            error.set_messages(texts)
        if general:
            self.general_error.set_messages(general)
        marked = {int(m.split()[1]) - 1 for m in grouped.get("agenda", [])
                  if m.startswith("session ") and m.split()[1].isdigit()}
        self.agenda_model.mark_rows(marked)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for section in sections_with_problems:
            self.sections.setTabIcon(section, warning)
        count = len(problems)
        where = ", ".join(self.section_names[s] for s in sorted(sections_with_problems))
        summary = (self.tr("Not saved: 1 problem to correct") if count == 1
                   else self.tr("Not saved: {n} problems to correct").format(n=count))
        if where:
            summary += " (" + where + ")"
        self.problems_label.set_messages([summary])
        if sections_with_problems:
            first_section = min(sections_with_problems,
                                key=lambda s: (s != self.sections.currentIndex(), s))
            self.sections.setCurrentIndex(first_section)
            for field_name in grouped:
                found = fields.get(field_name)
                if found and found[0] == first_section:
                    found[1].setFocus()
                    break

    # --- collecting and saving -----------------------------------------------------------

    def _collect(self) -> tuple[MissionInput, list[FieldProblem]]:
        """The mission as typed, and what could not be read (those fields are left empty
        in the input)."""
        problems: list[FieldProblem] = []

        def parsed(field_name: str, read: Any) -> Any:
            try:
                return read()
            except FieldInputError as exc:
                problems.append(FieldProblem(field_name, str(exc)))
                return None

        type_code = self.type_combo.currentData()
        if not type_code:
            problems.append(FieldProblem("type", self.tr("choose the type of mission")))
        country = parsed("country", self.country_picker.value)
        if not country and not any(p.field == "country" for p in problems):
            problems.append(FieldProblem("country", self.tr("choose the country")))
        start = parsed("start_date", self.start_edit.value)
        end = parsed("end_date", self.end_edit.value)
        request_date = parsed("request_date", self.request_date_edit.value)
        programme = parsed("programme", self.programme_combo.value)
        data = MissionInput(
            code=self.code_edit.text(), title=self.title_edit.text(),
            type_code=type_code or "", status_code=self.status_combo.currentData(),
            country_iso2=country or "",
            topics=[c for c, check in self.topic_checks.items() if check.isChecked()],
            administration_id=self.administration_combo.currentData(),
            start_date=start, end_date=end, location=self.location_edit.text(),
            is_remote=self.remote_check.isChecked(), programme_id=programme,
            request_reference=self.request_reference_edit.text(), request_date=request_date,
            objectives=self.objectives_edit.toPlainText(),
            participants_women=self.women_edit.value(),
            participants_men=self.men_edit.value(),
            participants_total=self.total_edit.value(),
            logistics_notes=self.logistics_edit.toPlainText(),
            team=[TeamAssignment(r.expert_id, r.role) for r in self.team_model.rows()],
            links={LinkKind.TFA.value: sorted(self.tfa_model.checked_codes()),
                   LinkKind.ARUSHA.value: sorted(self.arusha_model.checked_codes()),
                   LinkKind.GEOAT.value: sorted(self.geoat_model.checked_codes())},
        )
        return data, problems

    def _plan_rows(self) -> tuple[list[AgendaItemView], list[CounterpartView]]:
        agenda = [AgendaItemView(r.id, r.day, r.start_time, r.end_time, r.activity, r.location,
                                 r.counterparts, 0) for r in self.agenda_model.rows()]
        counterparts = [CounterpartView(r.id, r.name, r.unit, r.contact)
                        for r in self.counterpart_model.rows()]
        return agenda, counterparts

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
        agenda, counterparts = self._plan_rows()
        try:
            detail = self.missions.save_plan(self.mission_id, data, agenda, counterparts,
                                             allow_conflicts=allow_conflicts)
        except ValidationError as exc:
            self._close_after_save = self._export_after_save = False
            self._show_problems(exc.problems)
            return
        except BookingConflictError as exc:
            self._ask_about_conflict(exc, data)
            return
        except UserError as exc:
            self._close_after_save = self._export_after_save = False
            messages.show_error(self, self.tr("The mission was not saved"), str(exc))
            return
        self._after_saved(detail)

    def _ask_about_conflict(self, exc: BookingConflictError, data: MissionInput) -> None:
        listed = "\n".join(
            f"• {b.mission_code} — {b.mission_title} ({b.start_date} – {b.end_date})"
            for b in exc.bookings)
        self.conflict_box = messages.question(
            self, self.tr("Double booking"),
            self.tr("{name} is already booked at the same time on:\n{missions}").format(
                name=exc.expert_name, missions=listed),
            lambda yes: self._on_conflict_answered(yes, data, exc),
            yes_text=self.tr("Save anyway"), no_text=self.tr("Don't save"),
            informative=self.tr("Save this mission with the double booking?"))

    def _on_conflict_answered(self, yes: bool, data: MissionInput,
                              exc: BookingConflictError) -> None:
        if yes:
            self._store(data, allow_conflicts=True)
            return
        self._close_after_save = self._export_after_save = False
        self.team_error.set_messages([self.tr(
            "not saved: {name} is booked on another mission at the same time; change the "
            "dates or the team, or save again and accept the double booking").format(
                name=exc.expert_name)])
        self.sections.setCurrentIndex(self.TEAM)

    def _after_saved(self, detail: MissionDetail) -> None:
        new = self.mission_id is None
        self.mission_id = detail.id
        self.detail = detail
        if new:
            self.assessments_panel.set_mission(detail.id)
            self.findings_panel.set_mission(detail.id)
        self._applying = True
        try:
            self._fill_statuses(detail.status_code)
            # Rows added since the last save have their ids now.
            self.agenda_model.set_rows([
                AgendaRow(a.id, a.day, a.start_time, a.end_time, a.activity, a.location,
                          a.counterparts) for a in detail.agenda])
            self.counterpart_model.set_rows([
                CounterpartRow(c.id, c.name, c.unit, c.contact) for c in detail.counterparts])
        finally:
            self._applying = False
        self.undo_stack.clear()
        self._state = self._saved_state = self.capture()
        self._clear_problems()
        self.saved_label.setText(self.tr("Saved at {time}").format(
            time=datetime.now().strftime("%H:%M")))
        self._update_title()
        app_events().missions_changed.emit([detail.id])
        self.mission_saved.emit(detail.id)
        self._update_actions()
        if self._export_after_save:
            self._export_after_save = False
            self._open_report_dialog()
        if self._close_after_save:
            self._close_approved = True
            self.close()

    # --- team ----------------------------------------------------------------------------

    def _clash_text(self, expert_id: str) -> str:
        try:
            start, end = self.start_edit.value(), self.end_edit.value()
        except FieldInputError:
            return ""
        bookings = self.missions.bookings_clashing(expert_id, start, end, self.mission_id)
        return "; ".join(f"{b.mission_code} ({b.start_date} – {b.end_date})" for b in bookings)

    def _with_clashes(self, rows: list[TeamRow]) -> list[TeamRow]:
        return [TeamRow(r.expert_id, r.name, r.role, self._clash_text(r.expert_id))
                for r in rows]

    def add_member(self) -> None:
        self.team_error.clear_messages()
        try:
            expert_id = self.expert_picker.value()
        except FieldInputError as exc:
            self.team_error.set_messages([str(exc)])
            return
        if expert_id is None:
            self.team_error.set_messages([self.tr("choose an expert from the directory")])
            return
        name = self.expert_picker.itemText(self.expert_picker.findData(expert_id))
        role = self.role_combo.currentData()
        rows = list(self.team_model.rows())
        clash = self._clash_text(expert_id)
        row = TeamRow(expert_id, name, role, clash)
        existing = [i for i, r in enumerate(rows) if r.expert_id == expert_id]
        if existing:
            rows[existing[0]] = row
        else:
            rows.append(row)
        self.team_model.set_rows(rows)
        if clash:
            self.team_clash_label.setText(self.tr(
                "{name} is already booked at the same time: {missions}. You will be asked "
                "to confirm when you save.").format(name=name, missions=clash))
            self.team_clash_label.show()
        else:
            self.team_clash_label.hide()
        self._on_edited("team")
        self.expert_picker.setEditText("")
        self._default_role()
        self.expert_picker.setFocus()

    def _default_role(self) -> None:
        """Offer 'lead' while the team has none, 'co-facilitator' after (a convenience)."""
        has_lead = any(r.role == TeamRole.LEAD for r in self.team_model.rows())
        self._set_combo_data(self.role_combo,
                             (TeamRole.CO_FACILITATOR if has_lead else TeamRole.LEAD).value)

    def remove_member(self) -> None:
        index = self.team_table.currentIndex()
        if not index.isValid():
            return
        rows = list(self.team_model.rows())
        del rows[self.team_proxy.mapToSource(index).row()]
        self.team_model.set_rows(rows)
        self.team_clash_label.hide()
        self._on_edited("team")

    def _on_team_table_current_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            self.add_member_button.setText(self.tr("&Add to team"))
            return
        row = self.team_model.rows()[self.team_proxy.mapToSource(current).row()]
        self.expert_picker.set_value(row.expert_id)
        self._set_combo_data(self.role_combo, row.role)
        self.add_member_button.setText(self.tr("&Set role"))

    # --- agenda --------------------------------------------------------------------------

    def _mission_dates(self) -> tuple[date | None, date | None]:
        try:
            return self.start_edit.value(), self.end_edit.value()
        except FieldInputError:
            return None, None

    def _update_agenda_dates(self) -> None:
        start, end = self._mission_dates()
        self.agenda_day_edit.set_range(start, end)
        if start and not self.agenda_day_edit.text().strip():
            self.agenda_day_edit.set_value(start)
        if start and end:
            self.agenda_dates_label.setText(self.tr(
                "Sessions fall within the mission dates, {start} to {end}. Sessions of a day "
                "keep the order you give them (Alt+Up / Alt+Down).").format(
                start=start.isoformat(), end=end.isoformat()))
        else:
            self.agenda_dates_label.setText(self.tr(
                "Give the mission its dates (Overview) to plan the days."))

    def _update_agenda_buttons(self) -> None:
        ready = bool(self.agenda_day_edit.text().strip() and
                     self.agenda_activity_edit.text().strip())
        self.agenda_add_button.setEnabled(ready)
        selected = self.agenda_table.currentIndex().isValid()
        self.agenda_update_button.setEnabled(ready and selected)
        for button in (self.agenda_remove_button, self.agenda_up_button,
                       self.agenda_down_button):
            button.setEnabled(selected)

    def _session_from_form(self, row_id: str) -> AgendaRow | None:
        self.agenda_form_error.clear_messages()
        problems: list[str] = []
        values: dict[str, Any] = {}
        for key, field in (("day", self.agenda_day_edit), ("start", self.agenda_start_edit),
                           ("end", self.agenda_end_edit)):
            try:
                values[key] = field.value()
            except FieldInputError as exc:
                problems.append(str(exc))
        if not problems:
            if values["day"] is None:
                problems.append(self.tr("give the day of the session"))
            else:
                start, end = self._mission_dates()
                problems += [p.message for p in rules.check_agenda_slot(
                    values["day"], values["start"], values["end"], start, end)]
        if problems:
            self.agenda_form_error.set_messages(problems)
            return None
        return AgendaRow(row_id, values["day"], values["start"], values["end"],
                         self.agenda_activity_edit.text().strip(),
                         self.agenda_location_edit.text().strip(),
                         self.agenda_counterparts_edit.text().strip())

    def _set_agenda(self, rows: list[AgendaRow], select: AgendaRow | None) -> None:
        # Days in order; within a day the order the person gave.
        ordered = sorted(rows, key=lambda r: r.day)
        self.agenda_model.set_rows(ordered)
        if select is not None and select in ordered:
            index = self.agenda_proxy.mapFromSource(
                self.agenda_model.index(ordered.index(select), 0))
            self.agenda_table.setCurrentIndex(index)
        self._on_edited("agenda")
        self._update_agenda_buttons()

    def add_session(self) -> None:
        row = self._session_from_form("")
        if row is None:
            return
        rows = list(self.agenda_model.rows())
        rows.append(row)
        self._set_agenda(rows, row)
        self.agenda_activity_edit.clear()
        self.agenda_start_edit.clear()
        self.agenda_end_edit.clear()
        self.agenda_activity_edit.setFocus()

    def _selected_session(self) -> int | None:
        index = self.agenda_table.currentIndex()
        return self.agenda_proxy.mapToSource(index).row() if index.isValid() else None

    def update_session(self) -> None:
        at = self._selected_session()
        if at is None:
            return
        rows = list(self.agenda_model.rows())
        row = self._session_from_form(rows[at].id)
        if row is None:
            return
        rows[at] = row
        self._set_agenda(rows, row)

    def remove_session(self) -> None:
        at = self._selected_session()
        if at is None:
            return
        rows = list(self.agenda_model.rows())
        del rows[at]
        self._set_agenda(rows, None)

    def move_session(self, step: int) -> None:
        at = self._selected_session()
        if at is None:
            return
        rows = list(self.agenda_model.rows())
        target = at + step
        if not 0 <= target < len(rows) or rows[target].day != rows[at].day:
            return
        rows[at], rows[target] = rows[target], rows[at]
        self._set_agenda(rows, rows[target])

    def _on_agenda_table_current_changed(self, current: Any, _previous: Any) -> None:
        self._update_agenda_buttons()
        if not current.isValid():
            return
        row = self.agenda_model.rows()[self.agenda_proxy.mapToSource(current).row()]
        self.agenda_day_edit.set_value(row.day)
        self.agenda_start_edit.set_value(row.start_time)
        self.agenda_end_edit.set_value(row.end_time)
        self.agenda_activity_edit.setText(row.activity)
        self.agenda_location_edit.setText(row.location)
        self.agenda_counterparts_edit.setText(row.counterparts)

    # --- participants and counterparts -----------------------------------------------------

    def _on_fill_total_clicked(self) -> None:
        women, men = self.women_edit.value(), self.men_edit.value()
        if women is not None or men is not None:
            self.total_edit.set_value((women or 0) + (men or 0))

    def add_counterpart(self) -> None:
        row = CounterpartRow("", self.counterpart_name_edit.text().strip(),
                             self.counterpart_unit_edit.text().strip(),
                             self.counterpart_contact_edit.text().strip())
        if not (row.name or row.unit or row.contact):
            return
        self.counterpart_model.set_rows([*self.counterpart_model.rows(), row])
        self._on_edited("counterparts")
        for edit in (self.counterpart_name_edit, self.counterpart_unit_edit,
                     self.counterpart_contact_edit):
            edit.clear()
        self.counterpart_name_edit.setFocus()

    def remove_counterpart(self) -> None:
        index = self.counterpart_table.currentIndex()
        if not index.isValid():
            return
        rows = list(self.counterpart_model.rows())
        del rows[self.counterpart_proxy.mapToSource(index).row()]
        self.counterpart_model.set_rows(rows)
        self._on_edited("counterparts")

    # --- links ---------------------------------------------------------------------------

    def _update_link_titles(self) -> None:
        for box, title, model in (
            (self.tfa_box, self.tr("WTO Trade Facilitation Agreement — articles"),
             self.tfa_model),
            (self.arusha_box, self.tr("Revised Arusha Declaration — factors"),
             self.arusha_model),
            (self.geoat_box, self.tr("GEOAT principles"), self.geoat_model),
        ):
            n = len(model.checked_codes())
            box.setTitle(title if not n else self.tr("{title} ({n} chosen)").format(
                title=title, n=n))

    def _on_tfa_filter_changed(self, text: str) -> None:
        self.tfa_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tfa_tree.expandAll()

    # --- administration ------------------------------------------------------------------

    def _on_new_administration_clicked(self) -> None:
        iso2 = self._country_iso2()
        if iso2 is None:
            return
        country = self.catalog.country_by_iso2[iso2].name
        messages.ask_text(
            self, self.tr("New administration"),
            self.tr("Name of the customs administration of {country}:").format(
                country=country),
            lambda name: self._create_administration(iso2, name))

    def _create_administration(self, iso2: str, name: str) -> None:
        try:
            created = self.experts.create_administration(iso2, name)
        except ValidationError as exc:
            self.administration_error.set_messages([p.message for p in exc.problems])
            return
        self._refresh_country_dependents()
        self._set_combo_data(self.administration_combo, created.id)

    # --- window --------------------------------------------------------------------------

    def _update_title(self) -> None:
        code = self.code_edit.text().strip()
        if self.mission_id is None:
            heading = self.tr("New mission") + (f" — {code}" if code else "")
        else:
            heading = code or self.tr("Mission")
        title = self.title_edit.text().strip()
        self.heading_label.setText(f"{heading}: {title}" if title else heading)
        country = self.country_picker.currentText().strip()
        parts = [self.status_combo.currentText().replace(self.tr(" (now)"), ""), country]
        start, end = self.start_edit.text().strip(), self.end_edit.text().strip()
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

    def _linked_codes(self) -> dict[str, frozenset[str]]:
        """What the Links section has ticked now (offered first for findings)."""
        return {LinkKind.TFA.value: self.tfa_model.checked_codes(),
                LinkKind.ARUSHA.value: self.arusha_model.checked_codes(),
                LinkKind.GEOAT.value: self.geoat_model.checked_codes()}

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
            # Dates may have changed since the experts were added: show clashes anew.
            rows = self._with_clashes(list(self.team_model.rows()))
            if rows != list(self.team_model.rows()):
                self.team_model.set_rows(rows)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_approved or not self.is_dirty():
            QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
            event.accept()
            return
        event.ignore()
        name = self.code_edit.text().strip() or self.tr("the new mission")
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
