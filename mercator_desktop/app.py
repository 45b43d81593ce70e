"""The desktop app: paint the main window first, then open the data folder and fill it.

Start-up order (the window must be on screen before SQLAlchemy is even imported):

1. logging to the data folder's log file, the QApplication, the crash handler;
2. the main window is shown; on its first paint the mission list of a folder closed cleanly is
   read with the database driver alone and shown as it arrives (``ui.early_list``), then the
   store is opened (GUI thread — it is one
   small migration check and one query) with "Opening your data in …" in the status bar;
   A new data folder first gets its recovery passphrase (``ui.protection_dialogs``: it is
   created encrypted); an encrypted one whose key the keyring does not hold asks for it;
3. on the very first run with ``demo_on_first_run`` the demonstration data is loaded into an
   empty store; then the views are built, the mission list loads on a worker thread
   (``ui.operations``) and, once it is on screen, the status bar says "Ready — …" and the
   dashboard shows (the empty mission list with its call to action when there is nothing).

One app per data folder (``ui.single_instance``): a second start on the same folder asks the
running app to come forward, prints ``ALREADY_OPEN`` and exits with code 0. Python's garbage
collector runs on the GUI thread only (``ui.collector``).

A ``UserError`` while opening (e.g. a database written by a newer version) is shown in a
message box and the app exits with code 1. A database that fails its integrity check
(``services.backups.DatabaseDamagedError``) is not opened: the newest good backup is offered
(``ui.data_safety``) and, once restored, opened instead. While the app is open a daily backup
is made when the newest backup is a day old (looked at a minute after opening, then hourly).

``MERCATOR_QUIT_AFTER_LOAD=1`` quits once the list is filled, after printing
``first-paint-sqlalchemy-loaded=<True|False>``, ``list-populated-sqlalchemy-loaded=<True|False>``
(False: the list was read early), ``missions-shown=<N>``, and
``first-paint-at=<t>`` and ``list-populated-at=<t>`` (when the mission list was first filled,
before the sync panel is built) as ``time.perf_counter()`` values (a
system-wide monotonic clock on Linux, so a parent process can subtract its own start time),
and ``first-paint-cpu=<s>`` and ``list-populated-cpu=<s>``, the process's CPU time
(``time.process_time()``, all threads) at the same two moments (for a test and for
``benchmarks/``).
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from . import __version__
from .domain.errors import UserError
from .logging_setup import configure_logging, rotate_log_file
from .paths import DataPaths, resolve_data_dir
from .ui import collector, messages, operations, theme
from .ui.crash import install_crash_handler
from .ui.i18n import install_translators
from .ui.main_window import MainWindow
from .ui.single_instance import claim_data_folder
from .ui.widgets import bring_to_front

if TYPE_CHECKING:
    from .services.backups import DatabaseDamagedError

APP_NAME = "Mercator Desktop"
ORGANIZATION = "WCO"
QUIT_AFTER_LOAD_ENV = "MERCATOR_QUIT_AFTER_LOAD"
FIRST_RUN_SETTING = "first_run_done"
#: the daily backup is looked at a minute after opening, then every hour
DAILY_BACKUP_FIRST_MS = 60_000
DAILY_BACKUP_CHECK_MS = 3_600_000
ALREADY_OPEN = ("Mercator Desktop is already open for this data folder; "
                "bringing it to the front.")

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

# Qt messages that are known noise, logged at DEBUG instead of WARNING:
_KNOWN_QT_NOISE = (
    # The offscreen platform (tests, benchmarks) cannot size native windows for dialogs.
    "This plugin does not support propagateSizeHints()",
)


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    if any(noise in message for noise in _KNOWN_QT_NOISE):
        level = logging.DEBUG
    qt_log.log(level, "%s", message)


def _install_translators(app: QApplication) -> None:
    """Qt's own strings and ours in the chosen language (``ui.i18n``: the ``ui/language``
    setting, else the system's; the ``.qm`` is compiled from its ``.ts`` when missing/stale)."""
    install_translators(app)


class Startup(QObject):
    """Opens the store once the main window has painted, then fills the window."""

    def __init__(
        self, app: QApplication, window: MainWindow, data_dir: Path, demo_on_first_run: bool
    ) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.data_dir = data_dir
        self.demo_on_first_run = demo_on_first_run
        self.quit_after_load = os.environ.get(QUIT_AFTER_LOAD_ENV, "") not in ("", "0")
        self.store: object | None = None
        self.person_dialog: QObject | None = None
        self.sqlalchemy_at_first_paint: bool | None = None
        self.first_paint_at: float | None = None
        self.populated_at: float | None = None
        self.first_paint_cpu: float | None = None  # time.process_time(), all threads
        self.populated_cpu: float | None = None
        self.sqlalchemy_at_populated: bool | None = None
        self._started = False
        self._reading_early = False
        self.daily_backup = QTimer(self)
        self.daily_backup.setInterval(DAILY_BACKUP_CHECK_MS)
        self.daily_backup.timeout.connect(self._on_daily_backup_timer_timeout)
        window.first_painted.connect(self._on_window_first_painted)
        window.missions_loaded.connect(self._on_window_missions_loaded)

    def _on_window_first_painted(self) -> None:
        self.first_paint_at = time.perf_counter()
        self.first_paint_cpu = time.process_time()
        self.sqlalchemy_at_first_paint = "sqlalchemy" in sys.modules
        QTimer.singleShot(0, self.start)

    def start(self) -> None:
        """The mission list read and shown while the folder is not open yet
        (``ui.early_list``), then the store opened."""
        if self._reading_early or self._started:
            return
        self._reading_early = True
        if self.sqlalchemy_at_first_paint is None:  # started without a paint (fallback timer)
            self.sqlalchemy_at_first_paint = "sqlalchemy" in sys.modules
        from .ui.early_list import EarlyList
        from .ui.i18n import current_language

        EarlyList(self.window, self.data_dir, current_language(),
                  lambda: QTimer.singleShot(0, self.open_store)).start()

    def open_store(self) -> None:
        if self._started:
            return
        self._started = True
        rotate_log_file()  # not before the list read early is on screen
        if self.sqlalchemy_at_first_paint is None:  # started without a paint (fallback timer)
            self.sqlalchemy_at_first_paint = "sqlalchemy" in sys.modules
        from .ui.labels import isolated

        folder = isolated(str(self.data_dir))  # a path reads left to right in Arabic too
        self.window.show_status(
            self.tr("Opening your data in {folder}…").format(folder=folder),
            paint_now=True,
        )
        try:
            from .services.store import has_missions

            opened = self._open_unlocked()
            if opened is None:  # the person chose to quit at the passphrase
                self.app.exit(0)
                return
            store = self.store = opened
            from .ui.i18n import current_language

            store.language = current_language()  # reference names in the interface's language
            if (self.demo_on_first_run and store.get_setting(FIRST_RUN_SETTING) is None):
                if not has_missions(store):
                    self.window.show_status(
                        self.tr("Loading the demonstration data…"), paint_now=True
                    )
                    from .services.demo import load_demo

                    load_demo(store)
                    log.info("demonstration data loaded on first run")
                store.set_setting(FIRST_RUN_SETTING, "1")
            if not self.daily_backup.isActive():  # a copy a day while the app is open
                self.daily_backup.start()
                QTimer.singleShot(DAILY_BACKUP_FIRST_MS, self._on_daily_backup_timer_timeout)
            self.window.store_loaded.connect(self._on_window_store_loaded)
            self.window.load_store(store)  # the list itself loads on a worker thread
            if not store.user:  # nobody named yet: asked once, recorded with each change
                from .ui.person_dialog import PersonNameDialog

                self.person_dialog = PersonNameDialog(store, self.window)
                self.person_dialog.open()
        except UserError as exc:
            from .services.backups import DatabaseDamagedError  # loaded by now

            if isinstance(exc, DatabaseDamagedError):
                self._offer_backup(exc)
                return
            log.warning("cannot open the data in %s: %s", folder, exc)
            self._fail(
                self.tr("{problem}\n\nData folder: {folder}").format(problem=exc, folder=folder)
            )
            return
        except Exception as exc:
            log.exception("opening the data in %s failed", folder)
            self._fail(
                self.tr(
                    "{problem}\n\nData folder: {folder}\n\n"
                    "The details were written to the log file:\n{log_file}"
                ).format(problem=exc, folder=folder, log_file=DataPaths(self.data_dir).log_file),
                details="".join(traceback.format_exception(exc)),
            )
            return

    def _offer_backup(self, error: DatabaseDamagedError) -> None:
        """The database failed its check at start: restore the newest good backup and open
        again, or quit (``ui.data_safety``)."""
        from .ui.data_safety import offer_restore_of_damaged

        def done(restored: bool) -> None:
            if restored:
                self._started = False
                self.open_store()
            else:
                self.window.show_status(self.tr("Your data could not be opened."))
                self.app.exit(1)

        self.window.forget_early_rows()
        self.window.show_status(self.tr("Your data is damaged."))
        offer_restore_of_damaged(self.window, error, done)

    def _on_daily_backup_timer_timeout(self) -> None:
        store = self.window.store
        if store is not None and not store.closed:
            from .services.backups import daily_backup_if_due

            # off the GUI thread: a copy of a large database takes a moment
            operations.run(self.window, lambda _op: daily_backup_if_due(store),
                           name="daily-backup")

    def _on_window_missions_loaded(self, _count: int) -> None:
        if self.populated_at is None:  # the list is filled; the sync panel comes next
            self.populated_at = time.perf_counter()
            self.populated_cpu = time.process_time()
            self.sqlalchemy_at_populated = "sqlalchemy" in sys.modules

    def _open_unlocked(self) -> Any:
        """The store, after the recovery passphrase was set (a new folder) or asked (an
        encrypted folder whose key this computer's keyring does not hold); None when the
        person quits there (``services.protection``)."""
        from .services import protection
        from .services.store import open_store
        from .ui.protection_dialogs import SetPassphraseDialog, UnlockDialog

        passphrase = None
        if protection.state(DataPaths(self.data_dir)) == protection.NEW:
            setting = SetPassphraseDialog(self.window)
            if setting.exec() != SetPassphraseDialog.DialogCode.Accepted:
                return None
            passphrase = setting.passphrase
        try:
            return open_store(self.data_dir, passphrase=passphrase)
        except (protection.PassphraseNeededError, protection.KeyMismatchError) as exc:
            log.info("the data in %s needs its recovery passphrase: %s", self.data_dir,
                     type(exc).__name__)
            if isinstance(exc, protection.KeyMismatchError):
                reason = self.tr(
                    "The key this computer's keyring keeps for this data folder does not "
                    "open it (the folder may have been replaced by another one). Nothing was "
                    "changed or overwritten. Enter the folder's recovery passphrase to open "
                    "it.")
            else:
                reason = self.tr(
                    "Your data is encrypted and this computer does not hold its key (a new "
                    "laptop, or the keyring was reset). Enter the recovery passphrase you "
                    "set when the data was protected.")
            unlock = UnlockDialog(reason, lambda text: open_store(self.data_dir,
                                                                  passphrase=text),
                                  self.window)
            if unlock.exec() != UnlockDialog.DialogCode.Accepted:
                return None
            return unlock.opened

    def _on_window_store_loaded(self, count: int) -> None:
        populated_at = self.populated_at or time.perf_counter()
        from .ui.labels import isolated

        folder = isolated(str(self.data_dir))
        if count == 1:
            ready = self.tr("Ready — 1 mission · data in {folder}")
        else:
            ready = self.tr("Ready — {count} missions · data in {folder}")
        self.window.show_status(ready.format(count=f"{count:,}", folder=folder))
        log.info("mission list filled with %d missions", count)
        if self.quit_after_load:
            print(f"first-paint-sqlalchemy-loaded={self.sqlalchemy_at_first_paint}", flush=True)
            print(f"list-populated-sqlalchemy-loaded={self.sqlalchemy_at_populated}",
                  flush=True)
            print(f"missions-shown={count}", flush=True)
            print(f"first-paint-at={self.first_paint_at}", flush=True)
            print(f"list-populated-at={populated_at}", flush=True)
            print(f"first-paint-cpu={self.first_paint_cpu}", flush=True)
            print(f"list-populated-cpu={self.populated_cpu or time.process_time()}", flush=True)
            self.app.exit(0)

    def _fail(self, informative: str, details: str | None = None) -> None:
        self.window.forget_early_rows()
        self.window.show_status(self.tr("Your data could not be opened."))
        messages.show_error(
            self.window, self.tr("Cannot open your data"),
            self.tr("Mercator Desktop cannot open your data."),
            informative=informative, details=details,
        )
        self.app.exit(1)


def _come_forward(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    bring_to_front(window)


def main(
    data_dir: str | None = None, demo_on_first_run: bool = False,
    argv: list[str] | None = None,
) -> int:
    """Run the desktop app; returns the exit code."""
    paths = DataPaths(resolve_data_dir(data_dir))
    try:
        configure_logging(paths.log_file, rotating=False)  # rotating once painted
    except OSError as exc:  # the folder cannot be written: opening it will say so clearly
        logging.basicConfig(level=logging.WARNING)
        log.warning("cannot write the log file %s: %s", paths.log_file, exc)
    log.info("Mercator Desktop %s starting; data in %s", __version__, paths.root)
    previous_qt_handler = qInstallMessageHandler(_qt_message_handler)

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv) if argv is not None else sys.argv
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("wcoomd.org")
    app.setApplicationVersion(__version__)
    instance = claim_data_folder(paths.root, app)
    if instance is None:
        log.info("already open for %s: the running app was asked to come forward", paths.root)
        print(ALREADY_OPEN, flush=True)
        qInstallMessageHandler(previous_qt_handler)
        return 0
    collector.install(app)
    theme.install(app)
    _install_translators(app)
    crash_handler = install_crash_handler(logging.getLogger("mercator_desktop.crash"),
                                          paths.log_file)

    window = MainWindow()
    instance.activation_requested.connect(lambda: _come_forward(window))
    startup = Startup(app, window, paths.root, demo_on_first_run)
    window.show()
    # Should no paint event ever arrive (a window started minimised), open anyway.
    QTimer.singleShot(1500, startup.start)
    try:
        code = app.exec()
    finally:
        operations.wait_for_all(10)  # no worker may still use the store when it closes
        for store in {id(s): s for s in (startup.store, window.store) if s}.values():
            store.close()  # type: ignore[attr-defined]
        instance.close()
        instance.deleteLater()
        crash_handler.uninstall()
        qInstallMessageHandler(previous_qt_handler)
    if window.restart_requested:  # a new language: the data folder is free again now
        from .ui.restart import start_again

        start_again(argv)
    log.info("Mercator Desktop exits with code %d", code)
    return code
