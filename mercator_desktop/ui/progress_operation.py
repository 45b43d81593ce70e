"""Slow work behind a window-modal progress dialog with a Cancel button.

``run_with_progress`` starts ``work`` through ``ui.operations`` and shows a
``QProgressDialog`` that follows its ``report(done, total)`` (in hundredths, so the bar
fills to 99 % until the work ends) and cancels it. The dialog closes when the work ends;
``on_success(result)`` then runs on the GUI thread; a failure other than the person's own
Cancel is shown with ``error_title`` (``operations.report_failure``). The report export and
the issue of a report both run this way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import operations


def run_with_progress(parent: QWidget | None, work: Callable[[operations.Operation], Any],
                      on_success: Callable[[Any], None], *, label: str, cancel_text: str,
                      title: str, object_name: str, name: str, error_title: str,
                      ) -> tuple[operations.Operation, QProgressDialog]:
    """Start ``work``; returns its operation and the progress dialog (shown after 300 ms)."""
    progress = QProgressDialog(label, cancel_text, 0, 100, parent)
    progress.setObjectName(object_name)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)

    def close() -> None:
        progress.close()
        progress.deleteLater()

    def succeeded(result: Any) -> None:
        close()
        on_success(result)

    def failed(error: BaseException) -> None:
        close()
        if not isinstance(error, operations.OperationCancelled):
            operations.report_failure(parent, error, error_title)

    operation = operations.run(parent, work, succeeded, failed, name=name,
                               error_title=error_title)
    operation.progressed.connect(
        lambda done, total: progress.setValue(min(done, total - 1)))
    progress.canceled.connect(operation.cancel)
    return operation, progress
