"""The filling screen of one assessment, and its summary.

Left, the section tree with progress per section; right, the questions of the current top
section as cards (key elements as sub-headings). Every answer is saved through the service
the moment it is given — there is no Save button — and the status bar says when the last
save happened. The summary page shows the scores per section as bars and a radar, the table
of scores with the counts of N/A and unanswered beside each, and the missing required
answers (double-click one to go there).

Keyboard (shown in the status bar): digits pick a rating (Y/P/N for yes/partly/no, 1…n for
a choice), − marks N/A, Delete clears, ↑/↓ move between questions, PgUp/PgDn between
sections, Enter writes in the note (or the text field), Esc comes back, Ctrl+F finds a
question, Ctrl+R shows the summary.

Section pages are built the first time they are shown and kept (one scroll area per top
section in a stack), and the next section is built ahead while the expert works, so moving
between sections is a switch of pages, not a rebuild of cards. A page is built in two steps:
the cards that fill the first frame (and the question to focus) at once, the rest in small
batches when the event loop is idle, the shown page first. A question whose card is not
built yet is built, with every card before it, the moment it is asked for (a key, the find
bar, the tree, Tab from the last card built), so every question can be answered as soon as
the window opens. ``cards`` holds every card built so far; a reload (new status, migration,
rename) drops them all. The summary page is built the first time it is shown.

Changed underneath (a sync, another window or program: ``records_changed`` on the hub for
this assessment), the answers are read again and every card whose answer differs shows the
new one — a field or note being typed in keeps its text, the current question stays; a new
status or template version reloads the window on the same question.

Open it with ``open_assessment_window(store_or_services, assessment_id, parent)``.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..checklists.model import Question, Section, text_in
from ..domain.errors import UserError
from ..services.assessments import (
    AnswerChangeView,
    AnswerView,
    AssessmentService,
    AssessmentSnapshot,
    IncompleteError,
)
from ..services.evidence import EvidenceService
from . import labels, messages, theme
from .assessment_card import QuestionCard, SectionHeading, card_colours
from .assessment_dialogs import (
    AssessmentEvidenceDialog,
    AssessmentHistoryDialog,
    AssessmentTextDialog,
)
from .assessment_models import (
    ID_ROLE,
    SORT_ROLE,
    AssessmentMissingModel,
    AssessmentScoreModel,
    AssessmentSectionModel,
)
from .assessment_pages import PREFETCH_PAUSE_MS, CardPages
from .chart_widgets import ChartBarWidget, ChartRadarWidget
from .context import AppContext
from .events import ASSESSMENTS, app_events, touches
from .panel_label import PanelLabel, tint
from .problem_texts import error_text
from .screen_fit import fit_window
from .widgets import ElidedLabel


@dataclass
class AssessmentServices:
    assessments: AssessmentService
    evidence: EvidenceService


def services_for(store_or_services: Any) -> AssessmentServices:
    if isinstance(store_or_services, AssessmentServices):
        return store_or_services
    context = AppContext.of(store_or_services)
    return AssessmentServices(context.assessments, context.evidence)


def open_assessment_window(store_or_services: Any, assessment_id: str,
                           parent: QWidget | None = None) -> AssessmentWindow:
    """Open (and show) the filling screen of ``assessment_id``. ``store_or_services`` is an
    open ``Store`` or an ``AssessmentServices``. The window deletes itself when closed."""
    window = AssessmentWindow(services_for(store_or_services), assessment_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


class AssessmentWindow(CardPages, QMainWindow):
    """Signals: ``answer_saved(question_id)`` after each stored change;
    ``assessment_changed(assessment_id)`` after a status change or migration."""

    answer_saved = Signal(str)
    assessment_changed = Signal(str)

    PAGE_FILL, PAGE_SUMMARY = range(2)

    def __init__(self, services: AssessmentServices, assessment_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentWindow")
        self.services = services
        self.assessment_id = assessment_id
        self.cards: dict[str, QuestionCard] = {}  # every card built so far
        self.headers: dict[str, SectionHeading] = {}
        self._pages: dict[str, QScrollArea] = {}  # top section id -> its built page
        self._page_cards: dict[str, list[QuestionCard]] = {}
        # What each page still has to build, in order: (section, None) for a key element's
        # heading, (section, question) for a card.
        self._page_rest: dict[str, deque[tuple[Section, Question | None]]] = {}
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_PAUSE_MS)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._painted = False  # no page is built ahead before the shown one is painted
        self._tree_following = False
        self.current_question: str | None = None
        self.current_top: str | None = None
        self._discard_on_close = False
        fit_window(self, share=(0.85, 0.92), largest=QSize(1400, 1000), parent=parent)
        self._load()
        self._build_actions()
        self._build_ui()
        self._refresh_header()  # the progress came with the section tree
        self._resume()
        app_events().records_changed.connect(self._on_events_records_changed)

    # --- data ----------------------------------------------------------------------------

    def _load(self) -> None:
        self.snapshot: AssessmentSnapshot = self.services.assessments.snapshot(
            self.assessment_id)
        self.template = self.snapshot.template
        self.lang = self.snapshot.assessment.language
        self.answers: dict[str, AnswerView] = dict(self.snapshot.answers)
        self.top_sections: list[Section] = list(self.template.sections)

    @property
    def assessment(self) -> Any:
        return self.snapshot.assessment

    def _top_of(self, section_id: str) -> str:
        return self.template.section_path(section_id)[0].id

    def _visibility(self) -> dict[str, bool]:
        return self.template.visibility({q: a.state for q, a in self.answers.items()})

    # --- building ------------------------------------------------------------------------

    def _action(self, text: str, name: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Any) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_find = self._action(self.tr("&Find question…"), "actionFind",
                                        QKeySequence.StandardKey.Find, self._on_action_find)
        self.action_summary = self._action(self.tr("&Summary"), "actionSummary", "Ctrl+R",
                                           self._on_action_summary)
        self.action_summary.setCheckable(True)
        self.action_compare = self._action(self.tr("Compare with &baseline…"), "actionCompare",
                                           "Ctrl+B", self._on_action_compare)
        self.action_complete = self._action(self.tr("Mark &completed"), "actionComplete",
                                            "Ctrl+Shift+C", self._on_action_complete)
        self.action_validate = self._action(self.tr("&Validate…"), "actionValidate", None,
                                            self._on_action_validate)
        self.action_reopen = self._action(self.tr("&Reopen…"), "actionReopen", None,
                                          self._on_action_reopen)
        self.action_migrate = self._action(self.tr("Move to the &newer template…"),
                                           "actionMigrate", None, self._on_action_migrate)
        self.action_evidence = self._action(self.tr("&Evidence…"), "actionEvidence", "Ctrl+E",
                                            lambda: self._open_evidence(self.current_question))
        self.action_history = self._action(self.tr("&History…"), "actionHistory", "Ctrl+H",
                                           lambda: self._open_history(self.current_question))
        self.action_close = self._action(self.tr("&Close"), "actionClose",
                                         QKeySequence.StandardKey.Close, self.close)

    def _build_ui(self) -> None:
        toolbar = QToolBar(self.tr("Assessment"), self)
        toolbar.setObjectName("assessmentToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.action_summary, self.action_compare, self.action_find, None,
                       self.action_complete,
                       self.action_validate, self.action_reopen, self.action_migrate):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.addToolBar(toolbar)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 4)
        self.title_label = ElidedLabel("", self)
        self.title_label.setObjectName("titleLabel")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("subtitleLabel")
        self.provenance_label = QLabel(self)
        self.provenance_label.setObjectName("provenanceLabel")
        self.provenance_label.setWordWrap(True)
        self.provenance_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = PanelLabel(self)
        self.banner.setObjectName("lockBanner")
        self.banner.setWordWrap(True)
        outer.addWidget(self.title_label)
        outer.addWidget(self.subtitle_label)
        outer.addWidget(self.provenance_label)
        outer.addWidget(self.banner)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.section_model = AssessmentSectionModel(self)
        self.report = AssessmentSnapshot(self.assessment, self.template, self.answers).scores()
        self.section_model.set_template(self.template, self.lang, self.report)
        tree = self.section_tree = QTreeView(self)
        tree.setObjectName("sectionTree")
        tree.setAccessibleName(self.tr("Sections"))
        tree.setModel(self.section_model)
        tree.setUniformRowHeights(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width for "done / questions": sized to its contents, the column would make
        # the view ask every section for its text on each layout.
        header = tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        margin = 3 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        header.resizeSection(1, margin + max(
            tree.fontMetrics().horizontalAdvance("000 / 000"),
            header.fontMetrics().horizontalAdvance(str(self.section_model.headerData(
                1, Qt.Orientation.Horizontal)))))
        tree.expandAll()
        tree.setMinimumWidth(260)
        tree.selectionModel().currentChanged.connect(self._on_section_tree_current_changed)
        splitter.addWidget(tree)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_fill_page())  # the summary page: when first shown
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.key_help = self.tr(
            "Keys: {rate} rate · Y/P/N · − N/A · Del clear · ↑↓ question · PgUp/PgDn section · "
            "Enter note · Ctrl+E evidence · Ctrl+H history · Ctrl+F find · Ctrl+R summary"
        ).format(rate=self._rating_keys())
        # A label, not a status message: a menu's status tip would wipe a message for good.
        self.key_help_label = ElidedLabel(self.key_help, self)  # on a narrow screen: "…"
        self.key_help_label.setObjectName("keyHelp")
        self.statusBar().addWidget(self.key_help_label, 1)

    def _rating_keys(self) -> str:
        """The digits that rate in this checklist, e.g. "1–5" (from its scales)."""
        values = [p.value for q in self.template.questions if q.scale is not None
                  for p in q.scale.points if isinstance(p.value, int)]
        if not values:
            return "1–9"
        low, high = min(values), max(values)
        return f"{low}–{high}" if low != high else str(low)

    def _build_fill_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 0, 0)
        find_row = QHBoxLayout()
        self.find_edit = QLineEdit(page)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setAccessibleName(self.tr("Find a question"))
        self.find_edit.setPlaceholderText(self.tr("Find a question by number or words; "
                                                  "Enter for the next match, Esc to close"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._on_find_edit_text_changed)
        self.find_edit.returnPressed.connect(self._on_find_edit_return_pressed)
        self.find_edit.installEventFilter(self)
        self.find_status = QLabel(page)
        self.find_status.setObjectName("findStatus")
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_status)
        self.find_bar = QWidget(page)
        self.find_bar.setLayout(find_row)
        find_row.setContentsMargins(0, 0, 0, 0)
        self.find_bar.setVisible(False)
        layout.addWidget(self.find_bar)

        self.section_title = QLabel(page)
        self.section_title.setObjectName("sectionTitle")
        font = self.section_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.section_title.setFont(font)
        self.section_title.setWordWrap(True)
        layout.addWidget(self.section_title)
        self.section_intro = QLabel(page)
        self.section_intro.setObjectName("sectionIntro")
        self.section_intro.setWordWrap(True)
        layout.addWidget(self.section_intro)
        self.scale_legend = PanelLabel(page)
        self.scale_legend.setObjectName("scaleLegend")
        self.scale_legend.setWordWrap(True)
        self.scale_legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.scale_legend)

        self.page_stack = QStackedWidget(page)
        self.page_stack.setObjectName("sectionPages")
        self._apply_colours()
        self.question_scroll = self._new_scroll()  # the page shown (an empty one until then)
        self.page_stack.addWidget(self.question_scroll)
        layout.addWidget(self.page_stack, 1)
        return page

    def _apply_colours(self) -> None:
        """Colours from the palette (see ``ui.theme``): again when the palette changes (a
        switch to dark mode or high contrast while the window is open)."""
        palette = self.palette()
        muted = theme.muted_text(palette)
        tint(self.subtitle_label, muted)
        tint(self.section_intro, muted)
        panel = theme.panel(palette)
        banner = theme.mix(theme.window(palette), QColor(theme.WARNING_HUE), 0.16)
        self.banner.set_look(banner, theme.readable(theme.text(palette), banner),
                             theme.warning_color(palette, banner))
        self.scale_legend.set_look(panel, theme.readable(theme.text(palette), panel))
        self._tint_provenance()
        if hasattr(self, "section_model"):
            self.section_model.recolour()
        # The cards and the key elements' headings paint themselves in these colours.
        colours = card_colours(palette)
        if colours != getattr(self, "card_colours", None):
            self.card_colours = colours
            for card in self.cards.values():
                card.set_colours(colours)
            for header in self.headers.values():
                header.set_colours(colours)

    def _tint_provenance(self) -> None:
        palette = self.palette()
        tint(self.provenance_label, theme.muted_text(palette)
             if self.template.provenance.official
             else theme.warning_color(palette, theme.window(palette)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "page_stack"):
            self._apply_colours()

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("summaryPage")
        grid = QGridLayout(page)
        grid.setContentsMargins(4, 0, 0, 0)
        self.overall_label = QLabel(page)
        self.overall_label.setObjectName("overallLabel")
        font = self.overall_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.overall_label.setFont(font)
        self.overall_label.setWordWrap(True)
        grid.addWidget(self.overall_label, 0, 0, 1, 2)
        self.bar_chart = ChartBarWidget(page)
        self.radar_chart = ChartRadarWidget(page)
        grid.addWidget(self.bar_chart, 1, 0)
        grid.addWidget(self.radar_chart, 1, 1)

        self.score_model = AssessmentScoreModel(self)
        self.score_proxy = QSortFilterProxyModel(self)
        self.score_proxy.setSourceModel(self.score_model)
        self.score_proxy.setSortRole(SORT_ROLE)
        self.score_table = self._table(page, self.score_proxy, "scoreTable")
        self.score_table.setAccessibleName(self.tr("Scores by section"))
        self.score_table.horizontalHeader().setStretchLastSection(False)
        self.score_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.score_table.doubleClicked.connect(self._on_score_table_double_clicked)
        grid.addWidget(self.score_table, 2, 0)

        missing_box = QWidget(page)
        box = QVBoxLayout(missing_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.missing_label = QLabel(missing_box)
        self.missing_label.setObjectName("missingLabel")
        box.addWidget(self.missing_label)
        self.missing_model = AssessmentMissingModel(self)
        self.missing_proxy = QSortFilterProxyModel(self)
        self.missing_proxy.setSourceModel(self.missing_model)
        self.missing_table = self._table(missing_box, self.missing_proxy, "missingTable")
        self.missing_table.setAccessibleName(self.tr("Required questions without an answer"))
        self.missing_table.doubleClicked.connect(self._on_missing_table_double_clicked)
        self.missing_table.activated.connect(self._on_missing_table_double_clicked)
        box.addWidget(self.missing_table)
        grid.addWidget(missing_box, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 3)
        return page

    @staticmethod
    def _table(parent: QWidget, model: Any, name: str) -> QTableView:
        table = QTableView(parent)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- header and status ---------------------------------------------------------------

    def status_text(self, status: str) -> str:
        return {"draft": self.tr("Draft"), "completed": self.tr("Completed"),
                "validated": self.tr("Validated")}.get(status, status)

    def _refresh_header(self) -> None:
        a = self.assessment
        title = a.title + (f" — {a.group_name}" if a.group_name else "")
        self.title_label.setText(title)
        self.setWindowTitle(self.tr("{title} – Mercator Desktop").format(title=title))
        self.subtitle_label.setText(self.tr(
            "Mission {mission} · {template}, version {version} · {status}").format(
            mission=a.mission_code,  # the instrument named like the title, in the interface's
            template=text_in(self.template.title, self.services.assessments.store.language),
            version=a.template_version, status=self.status_text(a.status)))
        lines = labels.provenance_lines(self.template.provenance, self.lang)
        self.provenance_label.setText(" · ".join(lines[:2]))
        self.provenance_label.setToolTip("\n".join(lines))
        self._tint_provenance()
        banner = ""
        if a.locked:
            when = a.validated_at.astimezone().strftime("%Y-%m-%d %H:%M") \
                if a.validated_at else ""
            banner = self.tr("Validated by {name} on {when}. The answers are locked; use "
                             "Reopen… (with a reason) to change them.").format(
                name=a.validated_by, when=when)
        elif a.newer_version:
            banner = self.tr("Version {version} of this checklist is available. Move to the "
                             "newer template… carries your answers over and lists any that "
                             "cannot be carried.").format(version=a.newer_version)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.action_complete.setEnabled(a.status == "draft")
        self.action_validate.setEnabled(a.status == "completed")
        self.action_reopen.setEnabled(a.status in ("completed", "validated"))
        self.action_migrate.setEnabled(a.status == "draft" and bool(a.newer_version))
        for card in self.cards.values():
            card.set_locked(a.locked)

    def _refresh_progress(self) -> None:
        report = AssessmentSnapshot(self.assessment, self.template, self.answers).scores()
        self.report = report
        self.section_model.set_scores(report)
        if self.stack.currentIndex() == self.PAGE_SUMMARY:
            self._refresh_summary()

    def _refresh_summary(self) -> None:
        report = self.report
        o = report.overall
        percent = f"{o.percent:.0f} %" if o.percent is not None else self.tr("no score yet")
        self.overall_label.setText(self.tr(
            "Overall: {percent} — {answered} answered, {na} N/A, {unanswered} unanswered "
            "of {total}").format(percent=percent, answered=o.answered, na=o.not_applicable,
                                 unanswered=o.unanswered, total=o.questions))
        scores = report.by_section()
        rows = [(f"{s.number} {text_in(s.title, self.lang)}"[:40],
                 scores[s.id].percent) for s in self.top_sections if scores[s.id].scored
                or scores[s.id].possible]
        self.bar_chart.set_rows(rows)
        self.radar_chart.set_rows([(label.split(" ")[0], p) for label, p in rows])
        self.score_model.set_report(self.template, report, self.lang)
        missing = AssessmentSnapshot(self.assessment, self.template,
                                     self.answers).missing_required()
        self.missing_model.set_rows([(m.number, text_in(m.text, self.lang)) for m in missing],
                                    [m.question_id for m in missing])
        self.missing_label.setText(
            self.tr("Missing required answers: {n}").format(n=len(missing)) if missing
            else self.tr("No required answer is missing."))

    def _saved(self, question_id: str) -> None:
        from datetime import datetime

        self.saved_label.setText(self.tr("Saved {time}").format(
            time=datetime.now().strftime("%H:%M:%S")))
        self.answer_saved.emit(question_id)

    # --- pages and cards -----------------------------------------------------------------

    def show_section(self, section_id: str, focus_question: str | None = None) -> None:
        """Show the top section holding ``section_id``; focus a question (else the first)."""
        top_id = self._top_of(section_id)
        if top_id != self.current_top:
            for card in self._page_cards.get(self.current_top or "", ()):
                card.flush()
            self._show_page(top_id)
        self.stack.setCurrentIndex(self.PAGE_FILL)
        self.action_summary.setChecked(False)
        tree_index = self.section_model.index_of(section_id)
        if tree_index.isValid() and self.section_tree.currentIndex() != tree_index:
            self._follow_tree(tree_index)
        target = focus_question
        if target is None:
            section = self.template.section(section_id)
            first = next((q for q in section.all_questions() if self._card_visible(q.id)),
                         None) if section else None
            target = first.id if first else None
        if target is not None:
            self.focus_question(target)
        else:
            self.current_question = None

    def _show_page(self, top_id: str) -> None:
        """Show the page of a top section, built now if it never was."""
        top = self.template.section(top_id)
        assert top is not None
        self.current_top = top_id
        self.section_title.setText(f"{top.number}  {text_in(top.title, self.lang)}")
        intro = text_in(top.intro, self.lang)
        self.section_intro.setText(intro)
        self.section_intro.setVisible(bool(intro))
        scales = {q.scale.id: q.scale for q in top.all_questions() if q.scale is not None}
        legend = " &nbsp;·&nbsp; ".join(
            f"<b>{p.value}</b> {text_in(p.label, self.lang)}"
            for scale in scales.values() for p in scale.points)
        if legend and any(s.not_applicable for s in scales.values()):
            legend += " &nbsp;·&nbsp; <b>−</b> " + self.tr("N/A")
        if self.scale_legend.text() != legend:
            self.scale_legend.setText(legend)
        self.scale_legend.setVisible(bool(legend))
        # After the texts above: what they take is not left for the first cards.
        self.question_scroll = self._build_page(top_id)
        self.page_stack.setCurrentWidget(self.question_scroll)
        if self._painted:
            self._prefetch_timer.start(0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # On a slow laptop building the first page can take longer than the pause
            # before prefetching: the next page would then be built before this one shows.
            self._painted = True
            self._prefetch_timer.start(0)

    def _card_visible(self, question_id: str) -> bool:
        card = self.cards.get(question_id)
        if card is not None:
            return not card.isHidden()
        return self._visibility().get(question_id, True)

    def focus_question(self, question_id: str) -> None:
        question = self.template.question(question_id)
        if question is None:
            return
        if self._top_of(question.section_id) != self.current_top:
            self.show_section(question.section_id, question_id)
            return
        card = self.cards.get(question_id)
        if card is None:  # not built yet: now, with what fills the frame from it on
            self._build_more(self.current_top or "", until=question_id,
                             height=self._first_frame_height())
            card = self.cards.get(question_id)
        if card is None or card.isHidden():
            return
        self._set_current(question_id)
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.isVisible():
            # Cards built just now have their places once the page is laid out: now, not
            # when the event loop would do it, so that the page scrolls to the right place.
            QApplication.sendPostedEvents(self.question_scroll.widget(),
                                          QEvent.Type.LayoutRequest)
            self.question_scroll.ensureWidgetVisible(card, 0, 40)

    def _set_current(self, question_id: str) -> None:
        if self.current_question == question_id:
            return
        previous = self.cards.get(self.current_question or "")
        if previous is not None:
            previous.set_current(False)
        self.current_question = question_id
        card = self.cards.get(question_id)
        if card is not None:
            card.set_current(True)
            self._build_after(card)
        question = self.template.question(question_id)
        if question is not None:
            index = self.section_model.index_of(question.section_id)
            if index.isValid() and self.section_tree.currentIndex() != index:
                self._follow_tree(index)
        self._position_timer().start()

    def _follow_tree(self, index: Any) -> None:
        """Make the tree's current row the section shown, without acting on it as if the
        person had picked it (its selection model, not the tree, says so)."""
        self._tree_following = True
        try:
            self.section_tree.setCurrentIndex(index)
        finally:
            self._tree_following = False

    def _position_timer(self) -> QTimer:
        if not hasattr(self, "_pos_timer"):
            self._pos_timer = QTimer(self)
            self._pos_timer.setSingleShot(True)
            self._pos_timer.setInterval(1500)
            self._pos_timer.timeout.connect(self._save_position)
        return self._pos_timer

    def _save_position(self) -> None:
        # The position is this laptop's, not the assessment's: kept for a locked one too.
        if self.current_question:
            with contextlib.suppress(UserError):
                self.services.assessments.set_position(self.assessment_id,
                                                       self.current_question)

    def _resume(self) -> None:
        last = self.assessment.last_question_id
        question = self.template.question(last) if last else None
        if question is None:
            visible = self._visibility()
            question = next((q for q in self.template.questions if visible.get(q.id)
                             and not (self.answers.get(q.id) and self.answers[q.id].answered)),
                            None) or (self.template.questions[0] if self.template.questions
                                      else None)
        if question is not None:
            self.show_section(question.section_id, question.id)

    def _ordered_visible(self) -> list[str]:
        visible = self._visibility()
        return [q.id for q in self.template.questions if visible.get(q.id, True)]

    def move_question(self, step: int) -> None:
        """To the previous/next visible question, across sections."""
        order = self._ordered_visible()
        if not order:
            return
        if self.current_question not in order:
            self.focus_question(order[0])
            return
        i = order.index(self.current_question) + step
        if 0 <= i < len(order):
            self.focus_question(order[i])

    def move_section(self, step: int) -> None:
        ids = [s.id for s in self.top_sections]
        current = self.current_top or ids[0]
        i = ids.index(current) + step
        if 0 <= i < len(ids):
            self.show_section(ids[i])

    # --- saving --------------------------------------------------------------------------

    def _store(self, question_id: str, action: Any) -> None:
        card = self.cards.get(question_id)
        try:
            answer = action()
        except UserError as exc:
            if card is not None:
                card.set_answer(self.answers.get(question_id) or AnswerView(question_id))
                card.show_error(error_text(exc))
            else:
                messages.show_error(self, self.tr("Not saved"), error_text(exc))
            return
        before = self._visibility()
        self.answers[question_id] = answer
        if card is not None:
            card.set_answer(answer)
        after = self._visibility()
        if before != after:
            for qid, shown in after.items():
                other = self.cards.get(qid)
                if other is not None:
                    other.setVisible(shown)
        status_before = self.assessment.status
        if status_before == "completed":
            self.snapshot = AssessmentSnapshot(
                self.services.assessments.get(self.assessment_id), self.template, self.answers)
            if self.assessment.status != status_before:
                self._refresh_header()
                self.assessment_changed.emit(self.assessment_id)
        self._refresh_progress()
        self._saved(question_id)

    def _on_card_answer_chosen(self, question_id: str, value: Any) -> None:
        self._set_current(question_id)
        self._store(question_id, lambda: self.services.assessments.set_answer(
            self.assessment_id, question_id, value))

    def _on_card_na_chosen(self, question_id: str) -> None:
        self._set_current(question_id)
        self._store(question_id, lambda: self.services.assessments.set_not_applicable(
            self.assessment_id, question_id))

    def _on_card_cleared(self, question_id: str) -> None:
        self._store(question_id, lambda: self.services.assessments.clear_answer(
            self.assessment_id, question_id))

    def _on_card_note_edited(self, question_id: str, note: str) -> None:
        self._store(question_id, lambda: self.services.assessments.set_note(
            self.assessment_id, question_id, note))

    def _on_card_activated(self, question_id: str) -> None:
        self._set_current(question_id)

    def _flush_cards(self) -> None:
        for card in self.cards.values():
            card.flush()

    # --- keyboard ------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """The filling keys; True when the key was used."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.stack.currentIndex() == self.PAGE_SUMMARY:
            if key == Qt.Key.Key_Escape:
                self._on_action_summary()
                return True
            return False
        if modifiers not in (Qt.KeyboardModifier.NoModifier,
                             Qt.KeyboardModifier.ShiftModifier):
            return False
        card = self.cards.get(self.current_question or "")
        if key == Qt.Key.Key_Down:
            self.move_question(1)
        elif key == Qt.Key.Key_Up:
            self.move_question(-1)
        elif key == Qt.Key.Key_PageDown:
            self.move_section(1)
        elif key == Qt.Key.Key_PageUp:
            self.move_section(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and card is not None:
            card.start_editing()
        elif card is None or not card.choose_by_key(key, event.text()):
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (watched is self.find_edit and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            self.find_bar.setVisible(False)
            if self.current_question:
                self.focus_question(self.current_question)
            return True
        return super().eventFilter(watched, event)

    # --- find ----------------------------------------------------------------------------

    def find_matches(self, text: str) -> list[str]:
        needle = _fold(text.strip())
        if not needle:
            return []
        visible = self._visibility()
        return [q.id for q in self.template.questions if visible.get(q.id, True) and (
            _fold(q.number).startswith(needle) or needle in _fold(text_in(q.text, self.lang)))]

    def _on_action_find(self) -> None:
        self._show_fill()
        self.find_bar.setVisible(True)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _on_find_edit_text_changed(self, text: str) -> None:
        matches = self.find_matches(text)
        self.find_status.setText(self.tr("{n} found").format(n=len(matches)) if text.strip()
                                 else "")
        self._find_position = -1

    def _on_find_edit_return_pressed(self) -> None:
        matches = self.find_matches(self.find_edit.text())
        if not matches:
            return
        self._find_position = (getattr(self, "_find_position", -1) + 1) % len(matches)
        self.focus_question(matches[self._find_position])
        self.find_status.setText(self.tr("{i} of {n}").format(i=self._find_position + 1,
                                                              n=len(matches)))
        self.find_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- summary and lifecycle -----------------------------------------------------------

    def _show_fill(self) -> None:
        self.stack.setCurrentIndex(self.PAGE_FILL)
        self.action_summary.setChecked(False)

    def show_summary(self) -> None:
        self._flush_cards()
        if self.stack.count() == self.PAGE_SUMMARY:
            # Built the first time it is shown: most openings never show it, and its tables
            # and charts would be styled and laid out with the window each time.
            self.stack.addWidget(self._build_summary_page())
        self._refresh_summary()
        self.stack.setCurrentIndex(self.PAGE_SUMMARY)
        self.action_summary.setChecked(True)
        self.missing_table.setFocus()

    def _on_action_summary(self) -> None:
        if self.stack.currentIndex() == self.PAGE_SUMMARY:
            self._show_fill()
            if self.current_question:
                self.focus_question(self.current_question)
        else:
            self.show_summary()

    def _on_section_tree_current_changed(self, current: Any, _previous: Any) -> None:
        section_id = self.section_model.section_id(current)
        if not section_id or self._tree_following:
            return
        self.show_section(section_id)
        if section_id not in self.headers:
            self._build_more(self.current_top or "", until=section_id,
                             height=self._first_frame_height())
        header = self.headers.get(section_id)
        if header is not None:
            self.question_scroll.ensureWidgetVisible(header, 0, 10)

    def _on_missing_table_double_clicked(self, index: Any) -> None:
        question_id = self.missing_model.id_at(self.missing_proxy.mapToSource(index).row())
        if question_id:
            self._show_fill()
            self.focus_question(question_id)

    def _on_score_table_double_clicked(self, index: Any) -> None:
        section_id = self.score_proxy.mapToSource(index).data(ID_ROLE)
        if section_id:
            self.show_section(section_id)

    def reload(self) -> None:
        """Read the assessment again (renamed, or changed elsewhere) and show it."""
        self._reload()

    def _reload(self) -> None:
        self._flush_cards()
        self._load()
        self.section_model.set_template(self.template, self.lang)
        self.section_tree.expandAll()
        top = self.current_top
        self._drop_pages()  # the template version or the lock may have changed
        self.current_question = None
        self._refresh_header()
        self._refresh_progress()
        if top and self.template.section(top):
            self.show_section(top)
        else:
            self._resume()
        self.assessment_changed.emit(self.assessment_id)

    def _on_events_records_changed(self, payload: dict[str, list[str] | None]) -> None:
        if not touches(payload, ASSESSMENTS, self.assessment_id):
            return
        try:
            fresh = self.services.assessments.snapshot(self.assessment_id)
        except UserError:  # gone meanwhile: what is shown stays until the window closes
            return
        before = self.assessment
        if (fresh.assessment.status, fresh.assessment.template_version) != (
                before.status, before.template_version):
            current = self.current_question
            self._reload()
            if current and self.template.question(current) is not None:
                self.focus_question(current)
            return
        self.snapshot = fresh
        self.answers = dict(fresh.answers)
        for question_id, card in self.cards.items():
            answer = self.answers.get(question_id)
            if answer is not None and answer != card.answer:
                card.set_answer(answer)  # leaves a field being typed in as it is
        self._refresh_header()
        self._refresh_progress()

    def complete(self) -> None:
        self._flush_cards()
        try:
            self.services.assessments.complete(self.assessment_id)
        except IncompleteError as exc:
            self.answers = self.services.assessments.answers(self.assessment_id)
            self._refresh_progress()
            self.show_summary()
            messages.show_error(self, self.tr("Not completed yet"), self.tr(
                "{n} required answers are missing. They are listed on the summary; "
                "double-click one to go there.").format(n=len(exc.missing)))
            return
        except UserError as exc:
            messages.show_error(self, self.tr("Not completed"), error_text(exc))
            return
        self._reload()

    def _on_action_complete(self) -> None:
        self.complete()

    def _on_action_validate(self) -> None:
        def check(name: str) -> str:
            try:
                self.services.assessments.validate(self.assessment_id, name)
            except UserError as exc:
                return error_text(exc)
            return ""

        dialog = AssessmentTextDialog(
            self.tr("Validate the assessment"),
            self.tr("Validating locks the answers. Name of the validator:"), check,
            self.services.assessments.store.user, self)
        dialog.accepted.connect(self._reload)
        dialog.open()
        self.validate_dialog = dialog

    def _on_action_reopen(self) -> None:
        def check(reason: str) -> str:
            try:
                self.services.assessments.reopen(self.assessment_id, reason)
            except UserError as exc:
                return error_text(exc)
            return ""

        dialog = AssessmentTextDialog(
            self.tr("Reopen the assessment"),
            self.tr("Reopening makes the answers editable again and is recorded. Why is it "
                    "reopened?"), check, "", self)
        dialog.accepted.connect(self._reload)
        dialog.open()
        self.reopen_dialog = dialog

    def _on_action_compare(self) -> None:
        from ..services.comparison import ComparisonService
        from .assessment_comparison import ComparisonDialog

        self._flush_cards()
        service = ComparisonService(self.services.assessments.store, self.services.assessments)
        dialog = ComparisonDialog(service, self.assessment_id, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.comparison_dialog = dialog

    def _on_action_migrate(self) -> None:
        newer = self.assessment.newer_version
        if not newer or not messages.ask(self, self.tr("Move to the newer template"), self.tr(
                "Move this assessment to version {version}? Answers are carried over by "
                "question; any that cannot be carried are listed and kept in the history."
                ).format(version=newer), default=True):
            return
        self._flush_cards()
        try:
            result = self.services.assessments.migrate(self.assessment_id, newer)
        except UserError as exc:
            messages.show_error(self, self.tr("Not moved"), error_text(exc))
            return
        self._reload()
        lines = "\n".join(f"• {n.question_id}: {n.reason}" for n in result.not_carried)
        messages.show_info(self, self.tr("Moved to version {version}").format(
            version=result.to_version), self.tr(
            "{carried} answers carried over.").format(carried=len(result.carried))
            + (("\n\n" + self.tr("Not carried:") + "\n" + lines) if lines else ""))

    def _question_title(self, question_id: str) -> str:
        q: Question | None = self.template.question(question_id)
        return f"{q.number} {text_in(q.text, self.lang)}"[:80] if q else question_id

    def _open_evidence(self, question_id: str | None) -> None:
        if not question_id:
            return
        dialog = AssessmentEvidenceDialog(self.services.evidence, self.assessment_id,
                                          question_id, self._question_title(question_id),
                                          self.assessment.locked, self)

        def done() -> None:
            if dialog.changed:
                self.answers[question_id] = self.services.assessments.answer(
                    self.assessment_id, question_id)
                card = self.cards.get(question_id)
                if card is not None:
                    card.set_answer(self.answers[question_id])
            card = self.cards.get(question_id)
            if card is not None:
                card.setFocus()

        dialog.finished.connect(done)
        dialog.open()
        self.evidence_dialog = dialog

    def describe_change(self, change: AnswerChangeView, new: bool) -> str:
        value = change.new_value if new else change.old_value
        na = change.new_not_applicable if new else change.old_not_applicable
        if na:
            return self.tr("N/A")
        if value in (None, "", []):
            return "–"
        question = self.template.question(change.question_id)
        if change.field == "value" and question is not None:
            if question.scale is not None and question.scale.point(value):
                point = question.scale.point(value)
                assert point is not None
                return f"{value} – {text_in(point.label, self.lang)}"
            if question.options:
                chosen = [text_in(o.label, self.lang) for o in question.options
                          if o.value == value or (isinstance(value, list) and o.value in value)]
                if chosen:
                    return ", ".join(chosen)
            if question.type == "yes_no_partly":
                return {"yes": self.tr("Yes"), "partly": self.tr("Partly"),
                        "no": self.tr("No")}.get(value, str(value))
        return str(value)

    def _open_history(self, question_id: str | None) -> None:
        if not question_id:
            return
        self._flush_cards()
        dialog = AssessmentHistoryDialog(self.services.assessments, self.assessment_id,
                                         question_id, self._question_title(question_id),
                                         self.describe_change, self)
        dialog.open()
        self.history_dialog = dialog

    def unsaved_name(self) -> str | None:
        """How the quit prompt names this window while typed text is not stored, else None
        (answers are stored as they are given; a note or text is stored when left)."""
        if not any(card.has_pending() for card in self.cards.values()):
            return None
        return self.title_label.text()

    def save_unsaved(self) -> bool:
        self._flush_cards()
        return not any(card.has_pending() for card in self.cards.values())

    def close_discarding(self) -> None:
        """Close without storing the text being typed ("Discard all" on quit)."""
        self._discard_on_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discard_on_close:
            self._flush_cards()
        self._save_position()
        super().closeEvent(event)
