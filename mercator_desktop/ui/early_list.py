"""The mission list shown while the data folder is still being opened.

At start-up (``app.Startup``) the list is read with the database driver alone on a worker
thread (``services.mission_rows.read_early``: only a folder closed cleanly, and an encrypted
one only with its key in the keyring), before SQLAlchemy is even imported, and shown page by
page as the pages arrive: the first page is painted at once. The store is opened once the
reading has ended, so no file of the folder is open on a second connection while the store
checks or converts it. The full load that follows ``MainWindow.load_store`` replaces these
rows with the ones that also carry what the records under each mission add to its sync state
and the whole search index.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings

from . import collector, operations
from .main_window import FILTER_KEY, MainWindow
from .mission_model import PreparedRows, RowMaker

log = logging.getLogger(__name__)


def filter_remembered() -> bool:
    """Was the list narrowed when the app last closed? Then it waits for the store, which
    restores the filter, rather than showing every mission for a moment."""
    import json

    value = QSettings().value(FILTER_KEY)
    if not isinstance(value, str):
        return False
    try:
        state = json.loads(value)
    except ValueError:
        return False
    return isinstance(state, dict) and any(
        str(v).strip(" -/.") for v in state.values() if v is not None)


class EarlyList(QObject):
    """Reads the list of ``data_dir`` and shows it in ``window``; calls ``done()`` once on
    the GUI thread when the reading has ended, whatever came of it."""

    def __init__(self, window: MainWindow, data_dir: Path, language: str,
                 done: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.language = language
        self._done = done
        self._pages: list[PreparedRows] = []
        self._lock = threading.Lock()
        self.shown = 0

    def start(self) -> None:
        if filter_remembered():
            self._done()
            return
        from ..paths import DataPaths
        from ..services.mission_rows import read_early

        paths = DataPaths(self.data_dir)
        language = self.language
        labels = self.window.mission_model.row_labels()

        def work(operation: operations.Operation) -> int:
            with collector.paused():
                early = read_early(paths, language)
                if early is None:
                    return 0
                maker = RowMaker(early.catalog, *labels)  # type: ignore[arg-type]
                count = 0
                for page in early.pages:
                    prepared = maker.make(page, fold_now=False)
                    with self._lock:
                        self._pages.append(prepared)
                    count += len(page)
                    operation.report(count, 0)
                return count

        operation = operations.run(self.window, work, self._on_read, self._on_failed,
                                   name="read the mission list early")
        operation.progressed.connect(self._on_operation_progressed)

    def _take_pages(self, complete: bool) -> None:
        with self._lock:
            pages, self._pages = self._pages, []
        if complete and not pages:
            pages = [PreparedRows()]
        for i, page in enumerate(pages):
            self.shown += len(page.rows)
            self.window.show_early_rows(page, complete and i == len(pages) - 1)

    def _on_operation_progressed(self, _done: int, _total: int) -> None:
        self._take_pages(complete=False)

    def _on_read(self, count: int) -> None:
        if count:
            self._take_pages(complete=True)
            log.info("mission list read early: %d missions", count)
        self._done()

    def _on_failed(self, error: BaseException) -> None:
        log.info("mission list not read early: %r", error)
        self.window.forget_early_rows()
        self._done()
