"""The "Findings and actions" section of the mission editor: findings (strengths and gaps,
each linked to an Arusha factor, a GEOAT principle or a TFA article), recommendations
(prioritised, each answering a finding) and the action plan (objective, activity, responsible
unit, timeframe or due date, indicator, status) with its progress updates.

Three pages, one list each, with Add…, Edit…, Move up / Move down (Alt+Up / Alt+Down), Move to
trash (Delete) and, in the trash, Restore. Adding and editing happen in small dialogs that
check through the services and show each problem beside its field (the dialog stays open,
nothing is stored). Everything here is stored at once, like the assessments: it is not part
of the mission's Save and Undo. The widgets hold no rule: the services check everything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import FieldProblem, UserError, ValidationError
from ..services.findings import (
    ActionItemInput,
    ActionItemView,
    FindingInput,
    FindingService,
    FindingView,
    ProgressInput,
    ProgressView,
    RecommendationInput,
    RecommendationView,
)
from ..services.reference import ReferenceCatalog
from ..services.store import Store
from . import labels
from .context import AppContext
from .empty_state import EmptyState
from .events import app_events
from .problem_texts import error_text, problem_text
from .record_models import ID_ROLE, RecordColumn, RecordTableModel, fit_columns, record_table
from .theme import NOTICE_BACKGROUND, NOTICE_TEXT
from .widgets import (
    CountField,
    DateField,
    ErrorLabel,
    FieldInputError,
    SearchCombo,
    caption_for,
    hint_label,
    with_error,
)

LinkedCodes = Callable[[], Mapping[str, set[str] | frozenset[str]]]


class _Unreadable(Exception):
    """What was typed in a field cannot be read (a date that is not a date)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class LinkNames:
    """Names of the Arusha factors, GEOAT principles and TFA articles a finding may be
    linked to, from the reference data."""

    def __init__(self, catalog: ReferenceCatalog) -> None:
        self.catalog = catalog
        kinds = labels.link_kinds()
        self.items: list[tuple[str, str, str]] = []  # (kind, code, text)
        for kind in ("arusha", "geoat", "tfa"):
            for item in catalog.link_items(kind):
                number = item.extra.get("number")
                if kind == "tfa":
                    name = f"{kinds[kind]} {item.code} {item.label}"
                elif number:
                    name = f"{kinds[kind]} {number}. {item.label}"
                else:
                    name = f"{kinds[kind]}: {item.label}"
                self.items.append((kind, item.code, name))
        self.by_key = {(k, c): t for k, c, t in self.items}

    def text(self, kind: str | None, code: str | None) -> str:
        if not code:
            return ""
        return self.by_key.get((kind or "", code), f"{kind} {code}")


# --- dialogs ------------------------------------------------------------------------------------


class _RecordDialog(QDialog):
    """A small form over one record: fields with their error labels, Save and Cancel; the
    subclass stores through its service in ``store()`` and names each field's label in
    ``errors``. ``saved(view)`` on success."""

    saved = Signal(object)

    def __init__(self, title: str, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(8)
        self.errors: dict[str, ErrorLabel] = {}
        self.general_error = ErrorLabel(self)
        self.general_error.setObjectName("generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def row(self, text: str, field: QWidget, *names: str, extra: Sequence[QWidget] = (),
            buddy: QWidget | None = None) -> None:
        error = ErrorLabel(self)
        for name in names:
            self.errors[name] = error
        caption = caption_for(text, buddy or field, self)
        caption.setContentsMargins(0, 3, 0, 0)
        self.form.addRow(caption, with_error(field, error, *extra))

    def text_edit(self, name: str, lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def error_text(self, field: str) -> str:
        label = self.errors.get(field, self.general_error)
        return label.text() if label.isVisible() else ""

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        grouped: dict[int, tuple[ErrorLabel, list[str]]] = {}
        for problem in problems:
            label = self.errors.get(problem.field, self.general_error)
            grouped.setdefault(id(label), (label, []))[1].append(problem_text(problem))
        for label, texts in grouped.values():
            label.set_messages(texts)

    def _clear(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.clear_messages()

    def store(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        self._clear()
        try:
            view = self.store()
        except _Unreadable as exc:
            self.show_problems([FieldProblem(exc.field, str(exc))])
            return
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except UserError as exc:
            self.general_error.set_messages([error_text(exc)])
            return
        self.saved.emit(view)
        self.accept()


def _combo(parent: QWidget, name: str, items: Mapping[str, str], current: str | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for code, text in items.items():
        combo.addItem(text, code)
    found = combo.findData(current)
    combo.setCurrentIndex(max(found, 0))
    return combo


def _choice_combo(parent: QWidget, name: str, empty: str,
                  choices: Sequence[tuple[str, str]], current: str | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(empty, None)
    for value, text in choices:
        combo.addItem(text, value)
    found = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(found, 0))
    combo.setMinimumContentsLength(30)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class FindingDialog(_RecordDialog):
    def __init__(self, service: FindingService, mission_id: str, finding: FindingView | None,
                 names: LinkNames, linked: Mapping[str, set[str] | frozenset[str]],
                 assessments: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit the finding") if finding else self.tr("New finding"),
                         "findingDialog", parent)
        self.service, self.mission_id, self.finding = service, mission_id, finding
        kinds = {"gap": self.tr("Gap — something to improve"),
                 "strength": self.tr("Strength — something that works")}
        self.kind_combo = _combo(self, "kindCombo", kinds, finding.kind if finding else "gap")
        self.link_combo = SearchCombo(self, empty_text=self.tr("(not linked)"))
        self.link_combo.setObjectName("linkCombo")
        mission_first = [(t, f"{k}:{c}", self.tr("this mission"))
                         for k, c, t in names.items if c in linked.get(k, ())]
        others = [(t, f"{k}:{c}", "") for k, c, t in names.items
                  if c not in linked.get(k, ())]
        self.link_combo.set_items(mission_first + others)
        self.link_combo.set_value(f"{finding.link_kind}:{finding.link_code}"
                                  if finding and finding.link_code else None)
        edit = self.link_combo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type to search a factor, principle or article"))
        self.assessment_combo = _choice_combo(
            self, "assessmentCombo", self.tr("(none)"), assessments,
            finding.assessment_id if finding else None)
        self.text_box = self.text_edit("findingText", 5)
        self.text_box.setPlaceholderText(self.tr(
            "What you saw, in a sentence or two the report can print as it is"))
        if finding:
            self.text_box.setPlainText(finding.text)
        self.row(self.tr("&Kind:"), self.kind_combo, "kind")
        self.row(self.tr("&Linked to:"), self.link_combo, "link_kind", "link_code")
        self.form.addRow("", hint_label(self.tr(
            "What this mission is linked to comes first; any factor, principle or article "
            "can be chosen."), self))
        self.row(self.tr("From &assessment:"), self.assessment_combo, "assessment")
        self.row(self.tr("&Text:"), self.text_box, "text")
        self.kind_combo.setFocus()

    def store(self) -> FindingView:
        try:
            link = self.link_combo.value()
        except FieldInputError as exc:
            raise _Unreadable("link_code", str(exc)) from None
        kind, _, code = (link or "").partition(":")
        data = FindingInput(kind=str(self.kind_combo.currentData()),
                            text=self.text_box.toPlainText(), link_kind=kind or None,
                            link_code=code or None,
                            assessment_id=self.assessment_combo.currentData())
        if self.finding is None:
            return self.service.add_finding(self.mission_id, data)
        return self.service.update_finding(self.finding.id, data)


class RecommendationDialog(_RecordDialog):
    def __init__(self, service: FindingService, mission_id: str,
                 recommendation: RecommendationView | None,
                 findings: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit the recommendation") if recommendation
                         else self.tr("New recommendation"), "recommendationDialog", parent)
        self.service, self.mission_id, self.recommendation = service, mission_id, recommendation
        self.priority_combo = _combo(self, "priorityCombo", labels.priorities(),
                                     recommendation.priority if recommendation else "medium")
        self.finding_combo = _choice_combo(
            self, "findingCombo", self.tr("(no finding)"), findings,
            recommendation.finding_id if recommendation else None)
        self.text_box = self.text_edit("recommendationText", 5)
        self.text_box.setPlaceholderText(self.tr("What the administration should do"))
        if recommendation:
            self.text_box.setPlainText(recommendation.text)
        self.row(self.tr("&Priority:"), self.priority_combo, "priority")
        self.row(self.tr("Answers &finding:"), self.finding_combo, "finding")
        self.row(self.tr("&Text:"), self.text_box, "text")
        self.priority_combo.setFocus()

    def store(self) -> RecommendationView:
        data = RecommendationInput(text=self.text_box.toPlainText(),
                                   priority=str(self.priority_combo.currentData()),
                                   finding_id=self.finding_combo.currentData())
        if self.recommendation is None:
            return self.service.add_recommendation(self.mission_id, data)
        return self.service.update_recommendation(self.recommendation.id, data)


class ActionItemDialog(_RecordDialog):
    def __init__(self, service: FindingService, mission_id: str, action: ActionItemView | None,
                 recommendations: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit the action") if action else self.tr("New action"),
                         "actionItemDialog", parent)
        self.service, self.mission_id, self.action = service, mission_id, action
        self.objective_edit = QLineEdit(action.objective if action else "", self)
        self.objective_edit.setObjectName("objectiveEdit")
        self.objective_edit.setPlaceholderText(self.tr("The result wanted, e.g. Vulnerable "
                                                       "posts rotate"))
        self.activity_box = self.text_edit("activityText", 3)
        self.activity_box.setPlaceholderText(self.tr("What is to be done"))
        if action:
            self.activity_box.setPlainText(action.activity)
        self.unit_edit = QLineEdit(action.responsible_unit if action else "", self)
        self.unit_edit.setObjectName("unitEdit")
        self.unit_edit.setPlaceholderText(self.tr("e.g. Human Resource Management"))
        self.timeframe_combo = _combo(self, "timeframeCombo", labels.timeframes(),
                                      action.timeframe if action else "medium")
        self.due_edit = DateField(self)
        self.due_edit.setObjectName("dueDate")
        self.due_edit.setAccessibleName(self.tr("Due by"))
        self.due_edit.set_value(action.due_date if action else None)
        due_label = QLabel(self.tr("due &by"), self)
        due_label.setBuddy(self.due_edit.edit)
        self.indicator_edit = QLineEdit(action.indicator if action else "", self)
        self.indicator_edit.setObjectName("indicatorEdit")
        self.indicator_edit.setPlaceholderText(self.tr("How progress will be seen"))
        self.status_combo = _combo(self, "statusCombo", labels.action_statuses(),
                                   action.status if action else "not_started")
        self.recommendation_combo = _choice_combo(
            self, "recommendationCombo", self.tr("(no recommendation)"), recommendations,
            action.recommendation_id if action else None)
        self.row(self.tr("&Objective:"), self.objective_edit, "objective")
        self.row(self.tr("&Activity:"), self.activity_box, "activity")
        self.row(self.tr("Responsible &unit:"), self.unit_edit, "responsible_unit", "owner")
        self.row(self.tr("&Timeframe:"), self.timeframe_combo, "timeframe", "due_date",
                 extra=[due_label, self.due_edit])
        self.row(self.tr("&Indicator:"), self.indicator_edit, "indicator")
        self.row(self.tr("&Status:"), self.status_combo, "status")
        self.row(self.tr("&Recommendation:"), self.recommendation_combo, "recommendation")
        self.objective_edit.setFocus()

    def store(self) -> ActionItemView:
        try:
            due = self.due_edit.value()
        except FieldInputError as exc:
            raise _Unreadable("due_date", str(exc)) from None
        data = ActionItemInput(
            activity=self.activity_box.toPlainText(), objective=self.objective_edit.text(),
            responsible_unit=self.unit_edit.text(),
            owner=self.action.owner if self.action else "",
            timeframe=str(self.timeframe_combo.currentData()), due_date=due,
            indicator=self.indicator_edit.text(), status=str(self.status_combo.currentData()),
            recommendation_id=self.recommendation_combo.currentData())
        if self.action is None:
            return self.service.add_action(self.mission_id, data)
        return self.service.update_action(self.action.id, data)


class ProgressDialog(_RecordDialog):
    def __init__(self, service: FindingService, action: ActionItemView,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Progress update"), "progressDialog", parent)
        self.service, self.action = service, action
        self.form.addRow(hint_label(_short(action.activity, 90), self))
        self.date_edit = DateField(self)
        self.date_edit.setObjectName("progressDate")
        self.date_edit.set_value(date.today())
        self.status_combo = _combo(self, "progressStatusCombo", labels.action_statuses(),
                                   action.status if action.status != "not_started"
                                   else "in_progress")
        self.percent_edit = CountField(self)
        self.percent_edit.setObjectName("percentEdit")
        percent_sign = QLabel("%", self)
        self.text_box = self.text_edit("progressText", 3)
        self.text_box.setPlaceholderText(self.tr("What was done, what is next"))
        self.row(self.tr("&Date:"), self.date_edit, "reported_on", buddy=self.date_edit.edit)
        self.row(self.tr("&Status:"), self.status_combo, "status")
        self.row(self.tr("Done (&percent):"), self.percent_edit, "percent_done",
                 extra=[percent_sign])
        self.row(self.tr("&Text:"), self.text_box, "text")
        self.setMinimumWidth(480)
        self.date_edit.edit.setFocus()

    def store(self) -> ActionItemView:
        try:
            day = self.date_edit.value()
        except FieldInputError as exc:
            raise _Unreadable("reported_on", str(exc)) from None
        if day is None:
            raise _Unreadable("reported_on", self.tr("give the date of the update"))
        return self.service.add_progress(self.action.id, ProgressInput(
            reported_on=day, status=str(self.status_combo.currentData()),
            percent_done=self.percent_edit.value(), text=self.text_box.toPlainText()))


# --- one list -----------------------------------------------------------------------------------


class RecordListPage(QWidget):
    """One list (findings, recommendations or actions) with its buttons. The owner gives
    what to do: ``edit(record or None)``, ``trash(id)``, ``restore(id)``, ``reorder(ids)``;
    ``set_rows`` fills it."""

    def __init__(self, name: str, columns: Sequence[RecordColumn], stretch: int, intro: str,
                 add_text: str, parent: QWidget | None = None, empty: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.trash_mode = False
        self.on_edit: Callable[[Any], object] = lambda _record: None
        self.on_trash: Callable[[str], object] = lambda _id: None
        self.on_restore: Callable[[str], object] = lambda _id: None
        self.on_reorder: Callable[[list[str]], object] = lambda _ids: None
        self.on_trash_mode: Callable[[bool], object] = lambda _on: None

        self.stretch = stretch
        self.model = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)  # no sorting: the order is the person's
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self, self.proxy, f"{name}Table", stretch=stretch, wrap=True)
        self.table.activated.connect(lambda _i: self.restore_current() if self.trash_mode
                                     else self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        for keys, slot in ((QKeySequence(QKeySequence.StandardKey.Delete), self.trash_current),
                           (QKeySequence("Alt+Up"), lambda: self.move_current(-1)),
                           (QKeySequence("Alt+Down"), lambda: self.move_current(1))):
            action = QAction(self.table)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

        self.intro_label = hint_label(intro, self)
        self.trash_label = QLabel(self.tr("In the trash. Select one and click Restore to bring "
                                          "it back."), self)
        self.trash_label.setStyleSheet(
            f"background: {NOTICE_BACKGROUND}; color: {NOTICE_TEXT}; padding: 6px;")
        self.trash_label.hide()
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{name}AddButton")
        self.add_button.clicked.connect(lambda: self.on_edit(None))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName(f"{name}EditButton")
        self.edit_button.setToolTip(self.tr("Edit the selected one (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.up_button = QPushButton(self.tr("Move u&p"), self)
        self.up_button.setObjectName(f"{name}UpButton")
        self.up_button.setToolTip(self.tr("Earlier in the report (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setObjectName(f"{name}DownButton")
        self.down_button.setToolTip(self.tr("Later in the report (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.trash_button = QPushButton(self.tr("Move to &trash"), self)
        self.trash_button.setObjectName(f"{name}TrashButton")
        self.trash_button.setToolTip(self.tr("Move the selected one to the trash (Delete)"))
        self.trash_button.clicked.connect(self.trash_current)
        self.show_trash_button = QPushButton(self.tr("S&how trash"), self)
        self.show_trash_button.setObjectName(f"{name}ShowTrashButton")
        self.show_trash_button.setCheckable(True)
        self.show_trash_button.toggled.connect(self._on_show_trash_toggled)
        self.restore_button = QPushButton(self.tr("Rest&ore"), self)
        self.restore_button.setObjectName(f"{name}RestoreButton")
        self.restore_button.clicked.connect(self.restore_current)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName(f"{name}Error")
        self.empty = empty
        self.add_text = add_text.replace("&", "")
        self.empty_state = EmptyState(self.table, empty, "", self.add_text,
                                      lambda: self.on_edit(None))
        self.buttons_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button,
                       self.trash_button, self.show_trash_button, self.restore_button):
            button.setAutoDefault(False)
        for button in (self.add_button, self.edit_button, self.trash_button):
            self.buttons_row.addWidget(button)
        self.buttons_row.addWidget(self.up_button)
        self.buttons_row.addWidget(self.down_button)
        self.buttons_row.addStretch(1)
        self.buttons_row.addWidget(self.show_trash_button)
        self.buttons_row.addWidget(self.restore_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.layout_.addWidget(self.intro_label)
        self.layout_.addWidget(self.trash_label)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.error_label)
        self.layout_.addLayout(self.buttons_row)
        self.update_buttons()

    def set_rows(self, rows: Sequence[Any]) -> None:
        keep = self.current_id()
        self.model.set_rows(rows)
        fit_columns(self.table, self.stretch)
        if rows:
            row = self.model.row_of(keep) if keep else None
            self.table.setCurrentIndex(self.proxy.index(row if row is not None else 0, 0))
        self.update_buttons()

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.setCurrentIndex(self.proxy.index(row, 0))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ID_ROLE) if index.isValid() else None

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() \
            else None

    def update_buttons(self) -> None:
        enabled = self.isEnabled()
        selected = self.current() is not None and enabled
        row = self.table.currentIndex().row()
        live = not self.trash_mode
        self.add_button.setEnabled(live and enabled)
        self.edit_button.setEnabled(selected and live)
        self.trash_button.setEnabled(selected and live)
        self.up_button.setEnabled(selected and live and row > 0)
        self.down_button.setEnabled(selected and live and row < self.model.rowCount() - 1)
        self.restore_button.setEnabled(selected and not live)
        self.restore_button.setVisible(not live)

    def _on_show_trash_toggled(self, on: bool) -> None:
        self.trash_mode = on
        self.trash_label.setVisible(on)
        if on:
            self.empty_state.set_message(self.tr("The trash is empty."))
        else:
            self.empty_state.set_message(self.empty, "", self.add_text,
                                         lambda: self.on_edit(None))
        self.error_label.clear_messages()
        self.on_trash_mode(on)
        self.update_buttons()

    def edit_current(self) -> None:
        record = self.current()
        if record is not None and not self.trash_mode:
            self.on_edit(record)

    def trash_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None and not self.trash_mode:
            self.on_trash(record_id)

    def restore_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None and self.trash_mode:
            self.on_restore(record_id)

    def move_current(self, step: int) -> None:
        record_id = self.current_id()
        if record_id is None or self.trash_mode:
            return
        ids = [r.id for r in self.model.rows()]
        at = ids.index(record_id)
        target = at + step
        if not 0 <= target < len(ids):
            return
        ids[at], ids[target] = ids[target], ids[at]
        self.on_reorder(ids)
        self.select(record_id)
        self.update_buttons()


# --- the section --------------------------------------------------------------------------------


class MissionFindingsPanel(QWidget):
    """The section page. ``set_mission(id)`` once the mission is saved (None: not yet);
    ``linked`` gives the codes the mission is linked to (offered first).
    ``results_changed(mission_id)`` after every stored change."""

    results_changed = Signal(str)
    FINDINGS, RECOMMENDATIONS, ACTIONS = range(3)

    def __init__(self, store: Store, linked: LinkedCodes | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionFindingsPanel")
        self.store = store
        self.service = AppContext.of(store).findings
        self.assessments = AppContext.of(store).assessments
        self.names = LinkNames(ReferenceCatalog.for_store(store))
        self.linked: LinkedCodes = linked or (lambda: {})
        self.mission_id: str | None = None
        self.dialog: _RecordDialog | None = None
        self._findings: list[FindingView] = []
        self._recommendations: list[RecommendationView] = []
        kinds, priorities = labels.finding_kinds(), labels.priorities()
        timeframes, statuses = labels.timeframes(), labels.action_statuses()
        kind_colors = {"gap": "#b3261e", "strength": "#1b6e3a"}

        self.findings_page = RecordListPage("findings", [
            RecordColumn(self.tr("Kind"), lambda f: kinds.get(f.kind, f.kind),
                         color=lambda f: kind_colors.get(f.kind)),
            RecordColumn(self.tr("Linked to"),
                         lambda f: _short(self.names.text(f.link_kind, f.link_code), 40) or "–",
                         tip=lambda f: self.names.text(f.link_kind, f.link_code)),
            RecordColumn(self.tr("Finding"), lambda f: f.text),
        ], 2, self.tr("Strengths and gaps found, each linked to the factor, principle or "
                      "article it concerns. The report prints them in this order."),
            self.tr("&Add finding…"), self, self.tr("No findings yet."))
        self.recommendations_page = RecordListPage("recommendations", [
            RecordColumn(self.tr("Priority"), lambda r: priorities.get(r.priority, r.priority),
                         sort=lambda r: ["high", "medium", "low"].index(r.priority)
                         if r.priority in priorities else 9,
                         color=lambda r: "#b3261e" if r.priority == "high" else None),
            RecordColumn(self.tr("Recommendation"), lambda r: r.text),
            RecordColumn(self.tr("Answers finding"),
                         lambda r: _short(self._finding_text(r.finding_id), 40) or "–",
                         tip=lambda r: self._finding_text(r.finding_id)),
        ], 1, self.tr("What the administration should do, most important first."),
            self.tr("&Add recommendation…"), self, self.tr("No recommendations yet."))
        self.actions_page = RecordListPage("actions", [
            RecordColumn(self.tr("Objective"), lambda a: a.objective or "–"),
            RecordColumn(self.tr("Activity"), lambda a: a.activity,
                         tip=lambda a: a.activity + ("\n" + self.tr("Indicator: {text}").format(
                             text=a.indicator) if a.indicator else "")),
            RecordColumn(self.tr("Responsible unit"), lambda a: a.responsible_unit or "–"),
            RecordColumn(self.tr("Timeframe"), lambda a: (
                timeframes.get(a.timeframe, a.timeframe)
                + (f", {a.due_date.isoformat()}" if a.due_date else ""))),
            RecordColumn(self.tr("Status"), lambda a: self._status_text(a, statuses),
                         color=lambda a: {"done": "#1b6e3a", "in_progress": "#2f6fb0",
                                          "cancelled": "#8c8c8c"}.get(a.status)),
        ], 1, self.tr("The action plan agreed with the administration. Select an action to "
                      "see and add its progress updates."), self.tr("&Add action…"), self,
            self.tr("No action plan yet."))
        for page in (self.findings_page, self.recommendations_page, self.actions_page):
            page.table.setMinimumHeight(110)
        self._build_progress()
        self._connect_pages()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("findingsTabs")
        self.tabs.addTab(self.findings_page, self.tr("Findings"))
        self.tabs.addTab(self.recommendations_page, self.tr("Recommendations"))
        self.tabs.addTab(self.actions_page, self.tr("Action plan"))
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            assert isinstance(page, RecordListPage)
            page.table.setAccessibleName(self.tabs.tabText(index))

        self.unsaved_label = QLabel(self.tr(
            "Save the new mission first (Ctrl+S); then you can record its findings, "
            "recommendations and action plan here."), self)
        self.unsaved_label.setObjectName("findingsUnsavedLabel")
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setStyleSheet(
            # a fixed light panel with dark text (12:1), in light and dark palettes alike
            "background: #eef3f8; color: #1f2933; border: 1px solid #c9d6e3; "
            "border-radius: 4px; padding: 8px;")
        self.note_label = hint_label(self.tr(
            "Stored at once: what you do on this page is not part of the mission's Save and "
            "Undo."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.unsaved_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note_label)
        layout.addStretch(0)
        self.set_mission(None)

    # --- building ------------------------------------------------------------------------

    def _build_progress(self) -> None:
        statuses = labels.action_statuses()
        self.progress_model = RecordTableModel([
            RecordColumn(self.tr("Date"), lambda p: p.reported_on.isoformat()),
            RecordColumn(self.tr("Status"), lambda p: statuses.get(p.status, p.status)),
            RecordColumn(self.tr("Done"), lambda p: "–" if p.percent_done is None
                         else f"{p.percent_done} %", align_right=True),
            RecordColumn(self.tr("What was done"), lambda p: p.text or "–"),
        ], self)
        self.progress_proxy = QSortFilterProxyModel(self)
        self.progress_proxy.setSourceModel(self.progress_model)
        self.progress_table = record_table(self, self.progress_proxy, "progressTable",
                                           stretch=3, wrap=True)
        self.progress_table.setMinimumHeight(80)
        self.progress_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_progress_buttons())
        self.add_progress_button = QPushButton(self.tr("Add pro&gress update…"), self)
        self.add_progress_button.setObjectName("addProgressButton")
        self.add_progress_button.setAutoDefault(False)
        self.add_progress_button.clicked.connect(self.add_progress)
        self.trash_progress_button = QPushButton(self.tr("Remove &update"), self)
        self.trash_progress_button.setObjectName("trashProgressButton")
        self.trash_progress_button.setToolTip(self.tr("Move the selected progress update to "
                                                      "the trash (a correction)"))
        self.trash_progress_button.setAutoDefault(False)
        self.trash_progress_button.clicked.connect(self.trash_progress)
        self.progress_box = QGroupBox(self.tr("Progress of the selected action"), self)
        self.progress_box.setObjectName("progressBox")
        box = QVBoxLayout(self.progress_box)
        box.addWidget(self.progress_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_progress_button)
        row.addWidget(self.trash_progress_button)
        row.addStretch(1)
        box.addLayout(row)
        self.progress_box.setMaximumHeight(self.fontMetrics().height() * 12)
        self.actions_page.layout_.addWidget(self.progress_box)

    def _connect_pages(self) -> None:
        f, r, a = self.findings_page, self.recommendations_page, self.actions_page
        f.on_edit, r.on_edit, a.on_edit = self.edit_finding, self.edit_recommendation, \
            self.edit_action
        f.on_trash = lambda i: self._act(f, lambda: self.service.trash_finding(i))
        r.on_trash = lambda i: self._act(r, lambda: self.service.trash_recommendation(i))
        a.on_trash = lambda i: self._act(a, lambda: self.service.trash_action(i))
        f.on_restore = lambda i: self._act(f, lambda: self.service.restore_finding(i))
        r.on_restore = lambda i: self._act(r, lambda: self.service.restore_recommendation(i))
        a.on_restore = lambda i: self._act(a, lambda: self.service.restore_action(i))
        mission = lambda: self.mission_id or ""  # noqa: E731
        f.on_reorder = lambda ids: self._act(
            f, lambda: self.service.reorder_findings(mission(), ids))
        r.on_reorder = lambda ids: self._act(
            r, lambda: self.service.reorder_recommendations(mission(), ids))
        a.on_reorder = lambda ids: self._act(
            a, lambda: self.service.reorder_actions(mission(), ids))
        for page in (f, r, a):
            page.on_trash_mode = lambda _on: self.refresh()
        a.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_progress())

    # --- texts ---------------------------------------------------------------------------

    def _finding_text(self, finding_id: str | None) -> str:
        if not finding_id:
            return ""
        for finding in self._findings:
            if finding.id == finding_id:
                kind = labels.finding_kinds().get(finding.kind, finding.kind)
                return f"{kind}: {finding.text}"
        return self.tr("(a finding in the trash)")

    def _status_text(self, action: ActionItemView, statuses: Mapping[str, str]) -> str:
        text = statuses.get(action.status, action.status)
        latest = action.progress[-1] if action.progress else None
        if latest is not None and latest.percent_done is not None and action.status != "done":
            text += f" ({latest.percent_done} %)"
        return text

    # --- state ---------------------------------------------------------------------------

    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        self.unsaved_label.setVisible(mission_id is None)
        self.note_label.setVisible(mission_id is not None)
        self.tabs.setEnabled(mission_id is not None)
        self.tabs.setVisible(mission_id is not None)
        if self.isVisible():  # otherwise when shown (see showEvent)
            self.refresh()
        for page in (self.findings_page, self.recommendations_page, self.actions_page):
            page.update_buttons()
        self._update_progress_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the lists again each time the section is shown: the filling screen, a sync or
        another window may have changed them meanwhile."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        mission_id = self.mission_id
        f, r, a = self.findings_page, self.recommendations_page, self.actions_page
        if mission_id is None:
            self._findings, self._recommendations = [], []
            for page in (f, r, a):
                page.set_rows([])
            self._show_progress()
            self._update_tab_titles(0, 0, 0)
            return
        self._findings = self.service.findings(mission_id)
        self._recommendations = self.service.recommendations(mission_id)
        actions = self.service.actions(mission_id)
        f.set_rows(self._findings if not f.trash_mode
                   else self.service.findings(mission_id, trash=True))
        r.set_rows(self._recommendations if not r.trash_mode
                   else self.service.recommendations(mission_id, trash=True))
        a.set_rows(actions if not a.trash_mode
                   else self.service.actions(mission_id, trash=True))
        self._show_progress()
        self._update_tab_titles(len(self._findings), len(self._recommendations), len(actions))

    def _update_tab_titles(self, findings: int, recommendations: int, actions: int) -> None:
        for index, (title, count) in enumerate((
                (self.tr("Findings"), findings),
                (self.tr("Recommendations"), recommendations),
                (self.tr("Action plan"), actions))):
            self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def _changed(self) -> None:
        self.refresh()
        if self.mission_id is not None:
            app_events().missions_changed.emit([self.mission_id])
            self.results_changed.emit(self.mission_id)

    def _act(self, page: RecordListPage, call: Callable[[], Any]) -> bool:
        page.error_label.clear_messages()
        try:
            call()
        except UserError as exc:
            page.error_label.set_messages([error_text(exc)])
            self.refresh()
            return False
        self._changed()
        return True

    # --- dialogs -------------------------------------------------------------------------

    def _open(self, dialog: _RecordDialog, page: RecordListPage) -> _RecordDialog:
        page.error_label.clear_messages()
        dialog.saved.connect(lambda view: self._on_dialog_saved(page, view))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_saved(self, page: RecordListPage, view: Any) -> None:
        self._changed()
        page.select(view.id)

    def edit_finding(self, finding: FindingView | None) -> _RecordDialog | None:
        if self.mission_id is None:
            return None
        assessments = [(a.id, a.title + (f" — {a.group_name}" if a.group_name else ""))
                       for a in self.assessments.list_for_mission(self.mission_id)]
        return self._open(FindingDialog(self.service, self.mission_id, finding, self.names,
                                        self.linked(), assessments, self), self.findings_page)

    def edit_recommendation(self, rec: RecommendationView | None) -> _RecordDialog | None:
        if self.mission_id is None:
            return None
        findings = [(f.id, _short(self._finding_text(f.id), 80)) for f in self._findings]
        return self._open(RecommendationDialog(self.service, self.mission_id, rec, findings,
                                               self), self.recommendations_page)

    def edit_action(self, action: ActionItemView | None) -> _RecordDialog | None:
        if self.mission_id is None:
            return None
        priorities = labels.priorities()
        recs = [(r.id, _short(f"{priorities.get(r.priority, r.priority)}: {r.text}", 80))
                for r in self._recommendations]
        return self._open(ActionItemDialog(self.service, self.mission_id, action, recs, self),
                          self.actions_page)

    # --- progress ------------------------------------------------------------------------

    def current_action(self) -> ActionItemView | None:
        page = self.actions_page
        return None if page.trash_mode else page.current()

    def _show_progress(self) -> None:
        action = self.current_action()
        updates: Sequence[ProgressView] = action.progress if action else ()
        self.progress_model.set_rows(list(updates))
        fit_columns(self.progress_table, 3)
        if updates:
            self.progress_table.setCurrentIndex(self.progress_proxy.index(len(updates) - 1, 0))
        self.progress_box.setTitle(
            self.tr("Progress of: {activity}").format(activity=_short(action.activity, 60))
            if action else self.tr("Progress of the selected action"))
        self._update_progress_buttons()

    def _update_progress_buttons(self) -> None:
        action = self.current_action()
        self.add_progress_button.setEnabled(action is not None)
        self.trash_progress_button.setEnabled(
            action is not None and self.progress_table.currentIndex().isValid())

    def add_progress(self) -> _RecordDialog | None:
        action = self.current_action()
        if action is None:
            return None
        return self._open(ProgressDialog(self.service, action, self), self.actions_page)

    def trash_progress(self) -> None:
        index = self.progress_table.currentIndex()
        if not index.isValid():
            return
        progress_id = self.progress_proxy.data(index, ID_ROLE)
        self._act(self.actions_page, lambda: self.service.trash_progress(progress_id))
