"""The sync inbox: everything a sync could not settle alone, in three tabs — conflicts
(fields HQ and this computer both changed, and deletes against edits), records HQ refused,
and records from HQ that wait.

For each conflict the record already holds HQ's value (every other change was merged field
by field); the person keeps HQ's value, or keeps theirs, which goes to HQ at the next sync —
as ``SyncService.resolve_conflict`` offers. A delete against an edit is said in plain words,
with buttons named for what they do ("Restore with my edit" / "Leave deleted", "Delete
anyway" / "Keep with their edit"). Refused records show HQ's reason and what to do; "Discard
my change" takes HQ's version back for one record, "Try them again" puts them all back in
the queue. Waiting records show why and the way out. The dialog stores nothing itself: it
calls the service and announces the missions concerned on the app-level signal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from . import labels
from .events import app_events
from .problem_texts import error_text, message_text
from .record_models import RecordColumn, RecordTableModel, fit_columns, record_table
from .screen_fit import fit_window
from .widgets import ErrorLabel, hint_label

CONFLICTS_TAB, REFUSED_TAB, WAITING_TAB = 0, 1, 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def value_text(value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return _tr("(empty)")
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split())


def deleted_here(conflict: Any) -> bool | None:
    """For a delete against an edit: True when this laptop deleted the record (HQ edited it),
    False when HQ deleted it (this laptop edited it); None for a conflict of values."""
    if conflict.field != "deleted":
        return None
    return bool(conflict.mine)


def conflict_words(conflict: Any) -> tuple[str, str, str]:
    """(what happened, yours, HQ's) in words: a delete against an edit is no "Yes"/"No"."""
    here = deleted_here(conflict)
    if here is None:
        return (labels.field_name(conflict.field), value_text(conflict.mine),
                value_text(conflict.theirs))
    if here:
        return _tr("Edited at HQ while you deleted it"), _tr("Deleted"), _tr("Edited")
    return _tr("Deleted at HQ while you edited it"), _tr("Edited"), _tr("Deleted")


def choice_texts(conflict: Any) -> tuple[str, str, str, str]:
    """(keep mine, its tooltip, keep HQ's, its tooltip) for a conflict: the buttons say
    what they do."""
    here = deleted_here(conflict)
    if here is None:
        return (_tr("Keep &mine"), _tr("Put your value back; it is sent to HQ at the next "
                                       "sync"),
                _tr("Keep &HQ's"), _tr("Accept HQ's value (already in the record)"))
    if here:
        return (_tr("&Delete anyway"), _tr("Delete it (to the trash); HQ is told at the next "
                                           "sync"),
                _tr("&Keep with their edit"), _tr("Keep the record as HQ edited it"))
    return (_tr("&Restore with my edit"), _tr("Bring it back with your edit; HQ gets it at "
                                              "the next sync"),
            _tr("&Leave deleted"), _tr("Accept HQ's deletion (it stays in the trash here)"))


def _record_text(row: Any) -> str:
    name = labels.record_types().get(row.record_type, row.record_type)
    return name + (f": {row.label}" if row.label and row.record_type != "missions" else "")


def _when(at: Any) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


class _Page(QWidget):
    """One tab: a hint, a table of plain records (or a line saying it is empty), a row of
    buttons and an error line."""

    def __init__(self, name: str, hint: str, empty: str, columns: list[RecordColumn],
                 stretch: tuple[int, ...], parent: QWidget,
                 caps: dict[int, int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self.stretch, self.caps = stretch, caps
        self.model = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table: QTableView = record_table(self, self.proxy, f"{name}Table",
                                              stretch=stretch[0], wrap=True)
        self.empty_label = QLabel(empty, self)
        self.empty_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName(f"{name}Error")
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(hint, self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.error_label)

    def add_button(self, text: str, name: str, tip: str, slot: Callable[[], None]
                   ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def set_rows(self, rows: list[Any]) -> None:
        keep = self.table.currentIndex().row()
        self.model.set_rows(rows)
        fit_columns(self.table, self.stretch, max_chars=22, caps=self.caps)
        if rows:
            self.table.setCurrentIndex(self.proxy.index(min(max(keep, 0), len(rows) - 1), 0))
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() \
            else None


class ConflictsDialog(QDialog):
    """``sync`` is a ``services.sync.SyncService``. ``resolved(n)`` after each change it
    made (a conflict's id, or 0)."""

    resolved = Signal(int)

    def __init__(self, sync: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.sync = sync
        fit_window(self, size=QSize(980, 600))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("inboxTabs")
        self._build_conflicts()
        self._build_refused()
        self._build_waiting()
        for page, name in ((self.conflicts_page, self.tr("Conflicts")),
                           (self.refused_page, self.tr("Refused by HQ")),
                           (self.waiting_page, self.tr("Waiting"))):
            page.table.setAccessibleName(name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.refresh()
        first = next((i for i, page in enumerate(self.pages) if page.model.rowCount()), 0)
        self.tabs.setCurrentIndex(first)
        self.pages[first].table.setFocus()

    # --- building ------------------------------------------------------------------------

    def _build_conflicts(self) -> None:
        page = self.conflicts_page = _Page("conflict", self.tr(
            "HQ and you both changed these since the last sync. Everything else was merged. "
            "The record now holds HQ's version: keep HQ's, or keep yours — yours is then sent "
            "to HQ at the next sync."),
            self.tr("No conflicts: everything you and HQ changed was merged."), [
                RecordColumn(self.tr("Mission"), lambda c: c.mission_code or "–"),
                RecordColumn(self.tr("Record"), _record_text),
                RecordColumn(self.tr("What"), lambda c: conflict_words(c)[0]),
                RecordColumn(self.tr("Yours"), lambda c: conflict_words(c)[1]),
                RecordColumn(self.tr("HQ's"), lambda c: conflict_words(c)[2]),
                RecordColumn(self.tr("Found"), lambda c: _when(c.detected_at)),
            ], (3, 4), self, caps={2: 34})
        self.model, self.proxy, self.table = page.model, page.proxy, page.table
        self.empty_label, self.error_label = page.empty_label, page.error_label
        self.empty_label.setObjectName("noConflictsLabel")
        self.error_label.setObjectName("conflictsError")
        self.keep_mine_button = page.add_button(self.tr("Keep mine"), "keepMineButton", "",
                                                lambda: self.resolve_current("mine"))
        self.keep_theirs_button = page.add_button(self.tr("Keep HQ's"), "keepTheirsButton", "",
                                                  lambda: self.resolve_current("theirs"))
        page.buttons.addStretch(1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.tabs.addTab(page, "")

    def _build_refused(self) -> None:
        page = self.refused_page = _Page("refused", self.tr(
            "HQ did not accept these records; they wait here and do not hold up the others. "
            "Do what the advice says, discard your change to take HQ's version back, or try "
            "them again."), self.tr("HQ refused nothing."), [
                RecordColumn(self.tr("Mission"), lambda q: q.mission_code or "–"),
                RecordColumn(self.tr("Record"), _record_text),
                RecordColumn(self.tr("HQ's reason"), lambda q: _said(q.reason)),
                RecordColumn(self.tr("What you can do"),
                             lambda q: labels.sync_advice(q.advice) if q.advice else "–"),
                RecordColumn(self.tr("When"), lambda q: _when(q.at)),
            ], (2, 3), self)
        self.refused_model, self.refused_table = page.model, page.table
        self.refused_error = page.error_label
        self.discard_button = page.add_button(
            self.tr("&Discard my change"), "discardChangeButton",
            self.tr("Give up this laptop's change of the selected record: it takes back the "
                    "version HQ has"), self.discard_current)
        self.retry_button = page.add_button(
            self.tr("&Try them again at the next sync"), "retryRefusedButton",
            self.tr("Send all these records again at the next sync"), self.retry_refused)
        page.buttons.addStretch(1)
        self.refused_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.refused_error.clear_messages())
        self.tabs.addTab(page, "")

    def _build_waiting(self) -> None:
        page = self.waiting_page = _Page("waiting", self.tr(
            "These came from HQ and cannot be applied yet. They are kept and applied as soon "
            "as the way out is done."), self.tr("Nothing from HQ is waiting."), [
                RecordColumn(self.tr("Mission"), lambda w: w.mission_code or "–"),
                RecordColumn(self.tr("Record"), _record_text),
                RecordColumn(self.tr("Why it waits"), lambda w: _said(w.reason)),
                RecordColumn(self.tr("Way out"), lambda w: labels.sync_advice(w.how)),
                RecordColumn(self.tr("Received"), lambda w: _when(w.received_at)),
            ], (2, 3), self)
        self.waiting_model, self.waiting_table = page.model, page.table
        self.tabs.addTab(page, "")

    @property
    def pages(self) -> list[_Page]:
        return [self.conflicts_page, self.refused_page, self.waiting_page]

    # --- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.conflicts_page.set_rows(self.sync.conflicts())
        self.refused_page.set_rows(self.sync.quarantined())
        self.waiting_page.set_rows(self.sync.waiting())
        counts = [page.model.rowCount() for page in self.pages]
        self.tabs.setTabText(CONFLICTS_TAB, self.tr("Conflicts (%n)", "", counts[0]))
        self.tabs.setTabText(REFUSED_TAB, self.tr("Refused by HQ (%n)", "", counts[1]))
        self.tabs.setTabText(WAITING_TAB, self.tr("Waiting (%n)", "", counts[2]))
        total = sum(counts)
        self.setWindowTitle(self.tr("Sync inbox: %n to look at", "", total) if total
                            else self.tr("Sync inbox"))
        self._update()

    def _update(self) -> None:
        conflict = self.current()
        if conflict is not None:
            mine, mine_tip, theirs, theirs_tip = choice_texts(conflict)
            self.keep_mine_button.setText(mine)
            self.keep_mine_button.setToolTip(mine_tip)
            self.keep_theirs_button.setText(theirs)
            self.keep_theirs_button.setToolTip(theirs_tip)
        has_conflicts = self.model.rowCount() > 0
        for button in (self.keep_mine_button, self.keep_theirs_button):
            button.setEnabled(conflict is not None)
            button.setVisible(has_conflicts)
        refused = self.refused_model.rowCount() > 0
        self.discard_button.setVisible(refused)
        self.retry_button.setVisible(refused)
        self.discard_button.setEnabled(self.refused_page.current() is not None)

    def current(self) -> Any:
        """The selected conflict, or None."""
        return self.conflicts_page.current()

    # --- actions -------------------------------------------------------------------------

    def resolve_current(self, keep: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.error_label.clear_messages()
        try:
            self.sync.resolve_conflict(conflict.id, keep)
        except UserError as exc:
            self.error_label.set_messages([error_text(exc)])
        else:
            self._changed(conflict.mission_id, conflict.id)
        self.refresh()

    def discard_current(self) -> None:
        """Give up this laptop's change of the selected refused record; when HQ never had
        it, say so beside the list and change nothing."""
        record = self.refused_page.current()
        if record is None:
            return
        self.refused_error.clear_messages()
        try:
            self.sync.discard_local(record.record_type, record.record_id)
        except UserError as exc:
            self.refused_error.set_messages([_plain(exc)])
            return
        self._changed(record.mission_id, 0)
        self.refresh()

    def retry_refused(self) -> None:
        self.refused_error.clear_messages()
        try:
            self.sync.retry_quarantined()
        except UserError as exc:
            self.refused_error.set_messages([_plain(exc)])
            return
        self._changed(None, 0)
        self.refresh()

    def _changed(self, mission_id: str | None, resolved: int) -> None:
        app_events().missions_changed.emit([mission_id] if mission_id else [])
        self.resolved.emit(resolved)


def _said(reason: str) -> str:
    """A stored reason (HQ's, or this laptop's) in the interface's language; a dash if none."""
    return message_text(reason) if reason else "–"


def _plain(error: UserError) -> str:
    """A service's refusal without the name of the internal field it was about."""
    return error_text(error)
