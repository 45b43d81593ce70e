"""The crash handler: an uncaught exception is a bug — log it with its traceback, show one
dialog in plain words (where the log is, a button to copy the details), keep running.

- Only ONE crash dialog at a time: an exception raised while it is open (for example a timer
  that keeps failing) is logged, not shown again.
- Never recursive: if showing the dialog fails, that failure is logged and the traceback is
  printed the standard way; the handler is not re-entered.
- Exceptions in other threads (``threading.excepthook``) are logged and the dialog is shown
  on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ..logging_setup import current_log_file
from . import messages

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashHandler", text)


class _ThreadBridge(QObject):
    """Carries an exception from another thread to the GUI thread."""

    exception_raised = Signal(object)


class CrashHandler:
    """Installed as ``sys.excepthook``; see the module docstring."""

    def __init__(self, log: logging.Logger, log_file: Path | None = None) -> None:
        self.log = log
        self._log_file = log_file
        self.dialog_open = False
        self._in_hook = False
        self.dialogs_shown = 0
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        self._bridge = _ThreadBridge()
        self._bridge.exception_raised.connect(self._on_bridge_exception_raised)

    @property
    def log_file(self) -> Path | None:
        return self._log_file or current_log_file()

    # --- hooks ---------------------------------------------------------------------------

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            app = QApplication.instance()
            if app is not None:
                app.exit(130)
            return
        self.log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        if self._in_hook or self.dialog_open:
            self.log.info("crash dialog already open; this exception is only logged")
            return
        self._in_hook = True
        try:
            self._show((exc_type, exc, tb))
        except BaseException:  # showing the dialog failed: log it, never recurse
            self.dialog_open = False
            try:
                self.log.exception("could not show the crash dialog")
                sys.__excepthook__(exc_type, exc, tb)
            except BaseException:  # pragma: no cover - stderr itself is gone
                pass
        finally:
            self._in_hook = False

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        if threading.current_thread() is threading.main_thread():
            self(args.exc_type, args.exc_value, args.exc_traceback)
            return
        self.log.critical(
            "Uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self._bridge.exception_raised.emit(
            (args.exc_type, args.exc_value, args.exc_traceback)
        )

    def _on_bridge_exception_raised(self, info: ExcInfo) -> None:
        if self.dialog_open or self._in_hook:
            return
        self._in_hook = True
        try:
            self._show(info)
        except BaseException:
            self.dialog_open = False
            self.log.exception("could not show the crash dialog")
        finally:
            self._in_hook = False

    # --- the dialog ----------------------------------------------------------------------

    def _show(self, info: ExcInfo) -> None:
        if QApplication.instance() is None:
            sys.__excepthook__(*info)
            return
        exc_type, exc, tb = info
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log_file = self.log_file
        text = _tr("Mercator Desktop ran into an unexpected problem.")
        informative = _tr(
            "It could not finish what it was doing. This is a bug in Mercator Desktop, not "
            "something you did wrong.\n\n"
            "What you saved before is not affected: every change is stored in one step, so "
            "the last action was either stored completely or not at all. You can keep "
            "working; if something looks wrong, quit and start Mercator Desktop again."
        )
        if log_file is not None:
            informative += "\n\n" + _tr(
                "The details were written to the log file:\n{path}\n\nPlease send this file "
                "(or the copied details) to the Mercator Desktop team."
            ).format(path=log_file)
        else:
            informative += "\n\n" + _tr(
                "Please copy the details and send them to the Mercator Desktop team."
            )
        self.dialog_open = True
        self.dialogs_shown += 1
        messages.show_crash(
            _parent_window(), _tr("Unexpected problem"), text, informative, details,
            on_closed=self._on_dialog_finished,
        )

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog_open = False

    # --- install -------------------------------------------------------------------------

    def install(self) -> CrashHandler:
        sys.excepthook = self
        threading.excepthook = self._threading_hook
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self._threading_hook:
            threading.excepthook = self._previous_threading_hook


def _parent_window() -> QWidget | None:
    window = QApplication.activeWindow()
    if window is not None:
        return window
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.objectName() == "mainWindow":
            return widget
    return None


def install_crash_handler(log: logging.Logger, log_file: Path | None = None) -> CrashHandler:
    """Make uncaught exceptions (GUI thread and other threads) go to ``log`` and one crash
    dialog. ``log_file`` is named in the dialog (default: the file ``configure_logging``
    writes to). Returns the handler; ``uninstall()`` puts the previous hooks back."""
    return CrashHandler(log, log_file).install()
