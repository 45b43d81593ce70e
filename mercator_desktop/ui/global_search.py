"""Search across everything (Ctrl+K): a field, and the hits grouped by mission below it.

Each hit opens the exact place it was found: the mission editor on the tab and field
(Overview's location, Logistics' notes …), the agenda session, the finding,
recommendation or action item selected in "Findings and actions", or the assessment
window on the question whose note matched. The search itself is ``services.search``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..services.search import MARK_END, MARK_START, MissionHits, SearchHit, SearchService
from .editor_sections.fields import QT_TRANSLATE_NOOP
from .screen_fit import fit_window
from .widgets import caption_for, hint_label

if TYPE_CHECKING:
    from .mission_editor import MissionEditor


#: (kind, field) → where the hit is, as shown before its text
PLACES = {
    ("mission", "code"): QT_TRANSLATE_NOOP("GlobalSearch", "Mission code"),
    ("mission", "title"): QT_TRANSLATE_NOOP("GlobalSearch", "Title"),
    ("mission", "objectives"): QT_TRANSLATE_NOOP("GlobalSearch", "Objectives"),
    ("mission", "location"): QT_TRANSLATE_NOOP("GlobalSearch", "Location"),
    ("mission", "logistics_notes"): QT_TRANSLATE_NOOP("GlobalSearch", "Logistics notes"),
    ("mission", "executive_summary"): QT_TRANSLATE_NOOP("GlobalSearch", "Executive summary"),
    ("agenda", "activity"): QT_TRANSLATE_NOOP("GlobalSearch", "Agenda"),
    ("agenda", "location"): QT_TRANSLATE_NOOP("GlobalSearch", "Agenda, location"),
    ("agenda", "counterparts"): QT_TRANSLATE_NOOP("GlobalSearch", "Agenda, with"),
    ("answer", "note"): QT_TRANSLATE_NOOP("GlobalSearch", "Note on an answer"),
    ("finding", "text"): QT_TRANSLATE_NOOP("GlobalSearch", "Finding"),
    ("recommendation", "text"): QT_TRANSLATE_NOOP("GlobalSearch", "Recommendation"),
    ("action", "activity"): QT_TRANSLATE_NOOP("GlobalSearch", "Action item"),
    ("action", "objective"): QT_TRANSLATE_NOOP("GlobalSearch", "Action item, objective"),
    ("action", "indicator"): QT_TRANSLATE_NOOP("GlobalSearch", "Action item, indicator"),
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150


def place_text(hit: SearchHit) -> str:
    label = PLACES.get((hit.kind, hit.field), hit.kind)
    return QCoreApplication.translate("GlobalSearch", label)


def plain_snippet(snippet: str) -> str:
    return " ".join(snippet.replace(MARK_START, "").replace(MARK_END, "").split())


class GlobalSearchDialog(QDialog):
    """Signals: ``place_chosen(hit)`` when a hit is opened (Enter or double-click); the
    window that made the dialog opens the place (``open_place``)."""

    place_chosen = Signal(object)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearchDialog")
        self.setWindowTitle(self.tr("Search everything"))
        self.service = service
        self.groups: list[MissionHits] = []

        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("globalSearchEdit")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setPlaceholderText(self.tr("Kingston, a phrase from a note, a code…"))
        caption = caption_for(self.tr("&Search missions, agendas, notes, findings and "
                                      "actions:"), self.query_edit, self)
        self.model = QStandardItemModel(self)
        self.results = QTreeView(self)
        self.results.setObjectName("globalSearchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.results.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.activated.connect(self._on_results_activated)
        self.status_label = hint_label("", self)
        self.status_label.setObjectName("globalSearchStatus")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.installEventFilter(self)
        self.status_label.setText(self.tr(
            "Type a word or two: accents and capitals do not matter. Enter opens the "
            "place it was found."))
        fit_window(self, size=QSize(760, 560), parent=parent)

    def run_search(self) -> None:
        self._timer.stop()
        query = self.query_edit.text()
        self.groups = self.service.search(query) if query.strip() else []
        self.model.clear()
        for group in self.groups:
            header = QStandardItem(self.tr("{code} — {title} ({count})").format(
                code=group.code, title=group.title, count=len(group.hits)))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setData(group.hits[0], HIT_ROLE)
            for hit in group.hits:
                item = QStandardItem(f"{place_text(hit)}: {plain_snippet(hit.snippet)}")
                item.setData(hit, HIT_ROLE)
                item.setToolTip(plain_snippet(hit.snippet))
                header.appendRow(item)
            self.model.appendRow(header)
        self.results.expandAll()
        hits = sum(len(g.hits) for g in self.groups)
        if not query.strip():
            self.status_label.setText(self.tr("Type a word or two: accents and capitals do "
                                              "not matter."))
        elif not hits:
            self.status_label.setText(self.tr(
                "Nothing found for “{query}”. Try fewer words, or the beginning of a word."
            ).format(query=query.strip()))
        else:
            found = self.tr("1 place found") if hits == 1 else \
                self.tr("{n} places found").format(n=hits)
            missions = self.tr("in 1 mission") if len(self.groups) == 1 else \
                self.tr("in {n} missions").format(n=len(self.groups))
            self.status_label.setText(f"{found} {missions} · " + self.tr(
                "Enter opens the place."))
        if self.model.rowCount():
            first = self.model.index(0, 0)
            self.results.setCurrentIndex(self.model.index(0, 0, first))

    def hit_items(self) -> list[tuple[str, str]]:
        """(mission row, hit row) texts as shown, for tests and screen readers alike."""
        shown = []
        for row in range(self.model.rowCount()):
            header = self.model.item(row)
            for child in range(header.rowCount()):
                shown.append((header.text(), header.child(child).text()))
        return shown

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # ↓ and Enter in the field go to the results.
        if watched is self.query_edit and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_search()
                self._on_results_activated(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _on_results_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.place_chosen.emit(hit)


def open_place(editor: MissionEditor, hit: SearchHit) -> Any:
    """Show where ``hit`` was found in the mission's ``editor``; returns the widget that
    now has the place (the field, the list, or the assessment window)."""
    from .editor_sections.fields import BY_NAME

    if hit.kind == "mission" and hit.field in BY_NAME:
        editor.show_section(BY_NAME[hit.field].section)
        widget = editor.field(hit.field)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget
    if hit.kind == "agenda":
        editor.show_section(editor.AGENDA)
        editor.agenda.select_session(hit.record_id)
        editor.agenda.agenda_table.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor.agenda.agenda_table
    if hit.kind == "answer" and hit.assessment_id:
        editor.show_section(editor.ASSESSMENTS)
        panel = editor.assessments_panel
        panel.refresh()
        panel.select(hit.assessment_id)
        window = panel.open_assessment(hit.assessment_id)
        if window is not None and hit.question_id:
            window.focus_question(hit.question_id)
        return window
    pages = {"finding": "findings_page", "recommendation": "recommendations_page",
             "action": "actions_page"}
    if hit.kind in pages:
        editor.show_section(editor.FINDINGS)
        findings = editor.findings_panel
        findings.refresh()
        page = getattr(findings, pages[hit.kind])
        findings.tabs.setCurrentWidget(page)
        page.select(hit.record_id)
        page.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return page
    editor.show_section(editor.OVERVIEW)
    return editor
