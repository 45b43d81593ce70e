"""The sync button with the count of unsent changes, a status line (last sync, state), and
progress with cancel while a sync runs off the GUI thread.

Meant for the main window's status bar: ``SyncPanel(sync_service)``. It calls
``services.sync`` only. A sign-in failure opens the sign-in dialog; a refused mass deletion
asks before syncing again with the deletions allowed; everything else is said on the status
line. After a sync that changed anything (sent, received, conflicts) it announces
``missions_changed([])``, ``experts_changed([])`` and ``records_changed(ALL_RECORDS)``
(``AppEvents.announce_all_changed``: many; reload). While anything waits in the sync inbox
(conflicts, refused records, records from HQ that wait), a "Sync inbox (n)" button shows;
it emits ``conflicts_requested``. What a sync changed that the person must know once —
this data folder now syncs as a new device, HQ had been restored and records were sent
again, missions were archived — is said on the status line and, for a sync the person
started, in a box that does not block the window.

Given the ``services.demo.DemoService`` of the store, signing in asks once whether to remove
the demonstration data the folder holds (it never goes to HQ either way), before any sync.

The counts follow every save: every ``COUNT_POLL_MS`` the panel compares the service's save
counter (``SyncService.saves``, an integer, no query) and re-counts only when it moved, and
it re-counts when other programs or a sync changed records (``records_changed``).

While signed in, the connection line says who is signed in to which HQ and whether HQ
answers now: every ``REACH_INTERVAL_MS`` (and at once after signing in) the panel asks HQ's
hello off the GUI thread; a sync's own result updates it too. Errors are shown in the
interface's language (``labels.sync_message``); a status longer than its room is elided
with the whole text in its tooltip.

Automatic sync (an option, off by default, kept in QSettings ``sync/automatic``): when a
hello finds HQ answering and there is something to send or the last sync is old, the panel
syncs. An automatic sync never opens a dialog: what needs the person (signing in again,
allowing HQ's deletions) waits for the next sync they start.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..domain.errors import UserError
from . import labels, messages, operations
from .events import app_events
from .sync_dialog import SignInDialog
from .theme import error_color

AUTO_SETTING = "sync/automatic"
REACH_INTERVAL_MS = 60_000
COUNT_POLL_MS = 1000
AUTO_PULL_AFTER = timedelta(minutes=15)


class ElidedLabel(QLabel):
    """One line that never pushes its neighbours away: a text longer than the room ends in
    "…", and the whole text is its tooltip (``full_text()``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, tip: str = "") -> None:
        self._full = text
        self.setToolTip("\n\n".join(t for t in (text, tip) if t))
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 0))
        if shown != self.text():
            self.setText(shown)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 8)
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("M" * 12))
        return hint


class SyncPanel(QWidget):
    sync_finished = Signal(object)  # a services.sync.SyncOutcome
    signed_in = Signal(str)  # the role HQ gave
    conflicts_requested = Signal()
    state_changed = Signal()  # signed in or out, counts changed: menus follow
    demo_removed = Signal(object)  # a services.demo.DemoRemoval

    def __init__(self, sync: object, parent: QWidget | None = None,
                 demo: object | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.sync = sync
        self.demo = demo
        self.demo_box: QMessageBox | None = None
        self.operation: operations.Operation | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.notice_box: QMessageBox | None = None

        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncButton")
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelSyncButton")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("syncConnectionLabel")
        self.status_label = ElidedLabel()
        self.status_label.setObjectName("syncStatusLabel")
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("syncConflictsButton")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setStyleSheet(
            f"color: {error_color(self.palette()).name()}; font-weight: bold;")
        self.conflicts_button.setToolTip(self.tr(
            "Conflicts to settle, records HQ refused and records from HQ that wait"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.connection_label)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.sync_button)
        self._automatic_run = False
        #: whether HQ answered the last hello (None: not asked yet, or not signed in)
        self.online: bool | None = None
        self.probe: operations.Operation | None = None
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(REACH_INTERVAL_MS)
        self.auto_timer.timeout.connect(self._on_auto_timer_timeout)
        self.auto_timer.start()
        self._saves = self.sync.saves()  # type: ignore[attr-defined]
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(COUNT_POLL_MS)
        self.count_timer.timeout.connect(self._on_count_timer_timeout)
        self.count_timer.start()
        app_events().records_changed.connect(self._on_events_records_changed)
        self.refresh()
        self.check_connection()

    # --- state -------------------------------------------------------------------------

    def refresh(self, message: str | None = None, tip: str = "") -> None:
        """Counts, connection and the status line (``message``, or the last sync)."""
        status = self.sync.status()  # type: ignore[attr-defined]
        self._show_counts(status)
        if message is not None:
            self.status_label.set_full_text(message, tip)
            return
        if status.last_sync_at is None:
            text = self.tr("Never synced")
        else:
            text = self.tr("Last sync: {0}").format(
                status.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        extra = []
        if status.errors:
            extra.append(self.tr("%n refused", "", status.errors))
        if status.last_state == "error" and status.last_message:
            extra.append(self.tr("the last sync failed: {0}").format(
                labels.sync_message(status.last_message)))
        self.status_label.set_full_text(" · ".join([text, *extra]), tip)

    def refresh_counts(self) -> None:
        """The counts and the connection, leaving the status line as it is."""
        self._show_counts(self.sync.status())  # type: ignore[attr-defined]

    def _show_counts(self, status: Any) -> None:
        self.status = status
        self.sync_button.setText(self.tr("Sync (%Ln)", "", status.pending) if status.pending
                                 else self.tr("Sync"))
        inbox = status.conflicts + status.errors + status.waiting
        self.conflicts_button.setText(self.tr("Sync inbox (%n)", "", inbox))
        self.conflicts_button.setVisible(bool(inbox))
        self.sync_button.setToolTip(self.tr("%n changes not yet sent to HQ", "",
                                            status.pending))
        self.sync_button.setAccessibleName(self.sync_button.toolTip() if status.pending
                                           else self.tr("Sync with HQ"))
        self._show_connection(status)
        self.state_changed.emit()

    def _show_connection(self, status: Any) -> None:
        if not status.signed_in:
            self.online = None
            text = self.tr("Not signed in to HQ")
            tip = self.tr("Sign in to HQ (Sync menu) to send your work.")
        else:
            where = urlsplit(status.server_url).netloc or status.server_url
            state = {True: self.tr("● HQ online"), False: self.tr("○ HQ offline"),
                     None: self.tr("HQ: checking…")}[self.online]
            text = self.tr("{state} · {user} @ {server}").format(
                state=state, user=status.user, server=where)
            tip = {True: self.tr("Signed in to HQ at {server} as {user}. HQ answers now."),
                   False: self.tr("Signed in to HQ at {server} as {user}. HQ does not answer "
                                  "now; your work is kept and sent at the next sync."),
                   None: self.tr("Signed in to HQ at {server} as {user}.")}[self.online]
            tip = tip.format(server=status.server_url, user=status.user)
        self.connection_label.setText(text)
        self.connection_label.setToolTip(tip)
        self.connection_label.setAccessibleName(tip)

    def _on_count_timer_timeout(self) -> None:
        saves = self.sync.saves()  # type: ignore[attr-defined]
        if saves is None:  # the data folder was closed: nothing to follow any more
            self.count_timer.stop()
        elif saves != self._saves:
            self._saves = saves
            self.refresh_counts()

    def _on_events_records_changed(self, _payload: object) -> None:
        saves = self.sync.saves()  # type: ignore[attr-defined]
        if saves is not None:
            self._saves = saves
            self.refresh_counts()

    @property
    def running(self) -> bool:
        return self.operation is not None and not self.operation.done

    # --- sync --------------------------------------------------------------------------

    # --- automatic sync ----------------------------------------------------------------

    @property
    def automatic(self) -> bool:
        return bool(QSettings().value(AUTO_SETTING, False, type=bool))

    def set_automatic(self, on: bool) -> None:
        QSettings().setValue(AUTO_SETTING, bool(on))
        if on:
            self._on_auto_timer_timeout()

    def _on_auto_timer_timeout(self) -> None:
        self.check_connection()

    def check_connection(self) -> None:
        """Ask HQ's hello off the GUI thread (signed in only); the answer updates the
        connection line and may start an automatic sync."""
        if self.running or (self.probe and not self.probe.done):
            return
        if self.sync.saves() is None:  # type: ignore[attr-defined]  # the store was closed
            self.auto_timer.stop()
            return
        if not self.sync.status().signed_in:  # type: ignore[attr-defined]
            return
        self.probe = operations.run(self, lambda _op: self.sync.reachable(),  # type: ignore[attr-defined]
                                    self._on_probe_succeeded, lambda _error: None,
                                    name="sync-probe")

    def _set_online(self, online: bool | None) -> None:
        if online != self.online:
            self.online = online
            self._show_connection(self.sync.status())  # type: ignore[attr-defined]

    def _on_probe_succeeded(self, reachable: object) -> None:
        if self.running:
            return
        self._set_online(bool(reachable))
        if not reachable or not self.automatic:
            return
        status = self.sync.status()  # type: ignore[attr-defined]
        last = status.last_sync_at
        stale = last is None or datetime.now(UTC) - last > AUTO_PULL_AFTER
        if status.pending or stale:
            self.start_sync(automatic=True)

    # --- sync --------------------------------------------------------------------------

    def start_sync(self, allow_mass_delete: bool = False, automatic: bool = False) -> None:
        if self.running:
            return
        self._automatic_run = automatic
        if not self.sync.status().signed_in:  # type: ignore[attr-defined]
            if not automatic:
                self._ask_sign_in()
            return
        self.sync_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status_label.set_full_text(self.tr("Syncing…"))

        def work(operation: operations.Operation) -> object:
            def progress(_stage: str, done: int, total: int | None) -> None:
                operation.report(done, total or 0)

            return self.sync.sync(  # type: ignore[attr-defined]
                progress=progress, cancelled=lambda: operation.cancelled,
                allow_mass_delete=allow_mass_delete)

        self.operation = operations.run(self, work, self._on_sync_succeeded,
                                        self._on_sync_failed, name="sync")
        self.operation.progressed.connect(self._on_operation_progressed)

    def _end(self) -> None:
        self.sync_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()

    def _on_sync_button_clicked(self) -> None:
        self.start_sync()

    def _on_cancel_button_clicked(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.status_label.set_full_text(self.tr("Cancelling after the current batch…"))

    def _on_operation_progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def notices(self, outcome: Any) -> list[tuple[str, str]]:
        """What a sync changed that the person must be told once, in plain words: (short
        form for the status line, whole sentence)."""
        said = []
        if outcome.new_identity:
            said.append((self.tr("now a new device"), self.tr(
                "This data folder was restored from a copy or copied from another laptop; "
                "it now syncs as a new device. Nothing was lost.")))
        if outcome.epoch_changed:
            said.append((self.tr("HQ restored: %n sent again", "", outcome.resent), self.tr(
                "HQ had been restored from a backup; %n records were sent again so HQ has "
                "them.", "", outcome.resent)))
        if outcome.archived:
            said.append((self.tr("%n mission(s) archived", "", outcome.archived), self.tr(
                "You were taken off the team of %n mission(s); they are kept in Sync → "
                "Archived missions.", "", outcome.archived)))
        return said

    def outcome_text(self, o: Any) -> str:
        """What a sync did, in words that do not read as if everything came back: the
        changes sent, and those of others received (HQ's echo of ours is not counted)."""
        if not (o.sent or o.applied):
            return self.tr("Synced: up to date with HQ.")
        said = []
        if o.sent:
            said.append(self.tr("Sent %n change(s) to HQ.", "", o.sent))
        if o.applied:
            said.append(self.tr("Received %n change(s) from others.", "", o.applied))
        return " ".join([self.tr("Synced:"), *said])

    def _on_sync_succeeded(self, outcome: object) -> None:
        self._end()
        o: Any = outcome
        self.online = True
        notices = self.notices(o)
        self.refresh(" ".join([self.outcome_text(o), *(short + "." for short, _ in notices)]),
                     "\n".join(whole for _, whole in notices))
        if notices and not self._automatic_run:
            self.notice_box = messages.show_notice(
                self.window(), self.tr("After the sync"),
                "\n\n".join(whole for _, whole in notices))
        self.sync_finished.emit(outcome)
        if (o.sent or o.received or o.applied or o.conflicts or o.rejected or o.full_resync
                or o.archived or o.files_received):
            # Rows changed state (sent → synced) or content (applied): the lists follow.
            app_events().announce_all_changed()

    def _on_sync_failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, operations.OperationCancelled):
            self.refresh(self.tr("Sync cancelled; what HQ confirmed is kept."))
            return
        if not isinstance(error, UserError):
            operations.report_failure(self, error)
            return
        kind = getattr(error, "kind", "")
        if kind == "too_slow":
            seconds = round(getattr(error, "seconds", 0))
            if getattr(error, "whole_sync", False):
                text = self.tr("The sync took longer than {0} seconds, so it stopped. Your "
                               "work is kept; what HQ confirmed stays confirmed, the rest is "
                               "sent at the next sync.").format(seconds)
            else:
                text = self.tr("HQ answered too slowly (more than {0} seconds), so the sync "
                               "stopped. Your work is kept; what HQ confirmed stays "
                               "confirmed, the rest is sent at the next sync.").format(seconds)
            self.refresh(text)
            return
        text = labels.sync_message(error)
        if kind == "network":
            self.online = False
        if self._automatic_run:  # no dialog for a sync nobody asked for
            self.refresh(text)
            return
        if kind == "auth":
            self.refresh(text)
            self._ask_sign_in()
        elif kind == "mass_delete":
            self.refresh(text)
            if messages.ask(self, self.tr("Apply HQ's deletions?"), text):
                self.start_sync(allow_mass_delete=True)
        else:
            self.refresh(text)

    def _ask_sign_in(self) -> None:
        self.sign_in(sync_after=True)

    def sign_in(self, sync_after: bool = False) -> SignInDialog:
        """Open the sign-in dialog; on success sync at once when ``sync_after``."""
        self.sign_in_dialog = SignInDialog(self.sync, self.window())
        self._sync_after_sign_in = sync_after
        self.sign_in_dialog.signed_in.connect(self._on_sign_in_dialog_signed_in)
        self.sign_in_dialog.open()
        return self.sign_in_dialog

    def _on_sign_in_dialog_signed_in(self, role: str) -> None:
        self.signed_in.emit(role)
        present: Any = self.demo.present() if self.demo is not None else None  # type: ignore[attr-defined]
        if not present:
            self._after_sign_in()
            return
        self.refresh()  # signed in: the menus follow while the question waits
        # Asked once the sign-in dialog has closed, not on top of it.
        QTimer.singleShot(0, lambda: self._ask_about_demo(present))

    def _ask_about_demo(self, present: Any) -> None:
        self.demo_box = messages.question(
            self.window(), self.tr("Demonstration data"),
            self.tr("Your data folder holds the demonstration missions ({0} missions, {1} "
                    "experts). They stay on this laptop and are never sent to HQ. Remove "
                    "them now?").format(present.missions, present.experts),
            self._on_demo_box_answered, yes_text=self.tr("Remove"), no_text=self.tr("Keep"))

    def _on_demo_box_answered(self, remove: bool) -> None:
        self.demo_box = None
        if not remove:
            self._after_sign_in()
            return

        def removed(result: object) -> None:
            app_events().missions_changed.emit([])
            app_events().experts_changed.emit([])
            done: Any = result
            self._after_sign_in(" ".join((self.tr(
                "Removed the demonstration data: {0} missions, {1} experts.").format(
                done.missions, done.experts), *done.kept)))
            self.demo_removed.emit(result)

        def failed(error: BaseException) -> None:
            operations.report_failure(self, error)
            self._after_sign_in()

        operations.run(self, lambda _op: self.demo.remove(),  # type: ignore[union-attr]
                       removed, failed, name="remove-demo")

    def _after_sign_in(self, message: str | None = None) -> None:
        signed_in = self.tr("Signed in to HQ as {0}.").format(
            self.sync.user())  # type: ignore[attr-defined]
        self.online = None
        if getattr(self, "_sync_after_sign_in", False):
            self.start_sync()
        else:
            self.refresh(f"{signed_in} {message}" if message else signed_in)
            self.check_connection()

    def sign_out(self) -> operations.Operation | None:
        """End the HQ session (off the GUI thread: HQ is told when it can be reached) and
        forget the token here."""
        if self.running:
            return None

        def done(_result: object) -> None:
            self.refresh(self.tr("Signed out of HQ. Your work stays on this computer."))

        def failed(error: BaseException) -> None:
            self.refresh(labels.sync_message(error))

        return operations.run(self, lambda _op: self.sync.logout(),  # type: ignore[attr-defined]
                              done, failed, name="sign-out")
