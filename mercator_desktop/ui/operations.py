"""Background operations: the one helper that runs slow work off the GUI thread.

``run(parent, work, on_success, on_failure)`` runs ``work(operation)`` on a worker thread and
calls ``on_success(result)`` or ``on_failure(exception)`` on the GUI thread. ``work`` must
open its own database sessions (the services do: one session per call) — never hand it an
ORM object or a session from the GUI thread; a SQLite connection must not cross threads.

- Progress: ``work`` calls ``operation.report(done, total)``; ``progressed(done, total)`` is
  emitted on the GUI thread. ``report`` raises ``OperationCancelled`` once ``cancel()`` was
  called, so work that reports progress inside a transaction rolls it back.
- Failures: without ``on_failure`` a ``UserError`` (something the person can fix) is shown in
  a message box; any other exception is a bug and goes to ``sys.excepthook`` (the crash
  dialog; pytest-qt fails the test).
- Writes: ``waiting_message`` ("Waiting for the import to finish…") is what a save made on
  the GUI thread meanwhile shows while it waits for this work's write transaction
  (``ui.write_waiting``).
- Callbacks are skipped when ``parent`` was deleted meanwhile.
- Tests call ``wait_for_all()`` to let running work finish and its callbacks run.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QWidget

from ..domain.errors import UserError
from .problem_texts import error_text

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_running: set[Operation] = set()


class OperationCancelled(Exception):
    """Raised inside work by ``Operation.report`` after ``cancel()``."""


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("mercatorOperations")
        _pool.setMaxThreadCount(2)
    return _pool


class Operation(QObject):
    """One piece of background work. Lives on the GUI thread; its ``_*`` signals are emitted
    from the worker and delivered queued."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    _worker_progressed = Signal(int, int)
    _worker_succeeded = Signal(object)
    _worker_failed = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.name = name
        self._cancelled = False
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_progressed.connect(self._on_worker_progressed, queued)
        self._worker_succeeded.connect(self._on_worker_succeeded, queued)
        self._worker_failed.connect(self._on_worker_failed, queued)

    # --- called from the worker ----------------------------------------------------------

    def report(self, done: int, total: int) -> None:
        if self._cancelled:
            raise OperationCancelled(self.name)
        self._worker_progressed.emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    # --- GUI thread ----------------------------------------------------------------------

    def cancel(self) -> None:
        self._cancelled = True

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    def _on_worker_succeeded(self, result: object) -> None:
        self.done = True
        self.result = result
        try:
            self.succeeded.emit(result)
        finally:
            self._finish()

    def _on_worker_failed(self, error: BaseException) -> None:
        self.done = True
        self.error = error
        try:
            self.failed.emit(error)
        finally:
            self._finish()

    def _finish(self) -> None:
        _running.discard(self)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, operation: Operation, work: Callable[[Operation], Any],
                 waiting_message: str) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.operation = operation
        self.work = work
        self.waiting_message = waiting_message

    def _work(self) -> Any:
        if not self.waiting_message:
            return self.work(self.operation)
        from ..services.store import write_activity

        with write_activity(self.waiting_message):
            return self.work(self.operation)

    def run(self) -> None:
        started = time.perf_counter()
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, never lost
            log.debug("operation %s failed after %.3f s: %r", self.operation.name,
                      time.perf_counter() - started, exc)
            self.operation._worker_failed.emit(exc)
            return
        log.debug("operation %s done in %.3f s", self.operation.name,
                  time.perf_counter() - started)
        self.operation._worker_succeeded.emit(result)


def run(
    parent: QWidget | None,
    work: Callable[[Operation], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    name: str = "operation",
    error_title: str = "",
    waiting_message: str = "",
) -> Operation:
    """Start ``work(operation)`` on a worker thread; see the module docstring."""
    operation = Operation(name)

    def alive() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def succeeded(result: object) -> None:
        if on_success is not None and alive():
            on_success(result)

    def failed(error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            log.info("operation %s cancelled", name)
            if on_failure is not None and alive():
                on_failure(error)
            return
        if on_failure is not None:
            if alive():
                on_failure(error)
            return
        report_failure(parent if alive() else None, error, error_title)

    operation.succeeded.connect(succeeded)
    operation.failed.connect(failed)
    _running.add(operation)
    pool().start(_Runnable(operation, work, waiting_message))
    return operation


def report_failure(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """The default handling of a failed operation: advice for a ``UserError``, the crash
    dialog for a bug."""
    if isinstance(error, UserError):
        from . import messages

        messages.show_error(
            parent, title or QCoreApplication.translate("operations", "Could not finish"),
            error_text(error))
        return
    sys.excepthook(type(error), error, error.__traceback__)


def running() -> list[Operation]:
    return list(_running)


def wait_for_all(timeout: float = 30.0) -> bool:
    """Let every running operation finish and deliver its callbacks (tests, shutdown).
    Returns False on timeout."""
    deadline = time.monotonic() + timeout
    while _running:
        pool().waitForDone(50)
        QCoreApplication.processEvents()
        if time.monotonic() > deadline:
            return False
    return True
