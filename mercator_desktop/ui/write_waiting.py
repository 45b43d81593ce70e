"""What the window shows while a save made on the GUI thread waits for its turn to write.

Writes are queued one at a time (``storage.writes``): a save made while an import writes on
a worker waits for it. Meanwhile the cursor is busy, the status bar says what is waited for
("Waiting for the import to finish…") and the window keeps painting — only painting and
background callbacks run, no clicks or keys, so nothing the person does starts in between.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from ..services.store import Store

PAINT_MS = 50


def install(store: Store, window: QMainWindow) -> None:
    """Show waits for ``store``'s writes in ``window``'s status bar."""

    @contextmanager
    def waiting(holder: str, other_program: bool) -> Iterator[Callable[[], None]]:
        if other_program:
            text = QCoreApplication.translate(
                "write_waiting", "Waiting for another Mercator Desktop program to finish "
                "writing…")
        else:
            text = holder or QCoreApplication.translate(
                "write_waiting", "Waiting for another task to finish saving…")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        bar = window.statusBar()
        bar.showMessage(text)
        bar.repaint()
        try:
            yield _keep_painting
        finally:
            bar.clearMessage()
            QApplication.restoreOverrideCursor()

    store.writes.wait_hook = waiting


def _keep_painting() -> None:
    QCoreApplication.processEvents(
        QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, PAINT_MS)
