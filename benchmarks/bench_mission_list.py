"""The mission list at scale (20,000 missions at scale 1): a filter keystroke and a sort.

Method: in this process (offscreen Qt unless the environment says otherwise) the app's
``MainWindow`` loads the dataset (``load_store``, then waits for ``store_loaded``) and shows
the mission list. One *keystroke* is timed from the key event sent to the filter field
(``QTest.keyClicks``) until the view has updated: the debounce timer is stopped (the pause it
waits for a fast typist is not work) and ``apply_filter()`` and a synchronous repaint of the
table's viewport run. Each run types ``mission 12`` (10 keys) and then clears the field
untimed, so the samples are 10 per run. A *sort* is ``sortByColumn`` on the title column then
back on the start date, with a repaint, timed together.

Baseline: the bare library doing the same job on the same strings with no Python in the
loop: a ``QStandardItemModel`` holding the text of every cell the app's model displays,
behind a ``QSortFilterProxyModel`` (all columns, case-insensitive fixed string) in a plain
``QTableView`` of the same size, a plain ``QLineEdit`` receiving the same keys; sorting is
the proxy's ``sort`` on the same columns. App and baseline alternate key by key.
"""

from __future__ import annotations

import time
from typing import Any

from .harness import Bench, qt_app

QUERY = "mission 12"
KEY = "mission list: filter keystroke → view updated"
BARE_KEY = "bare Qt: QSortFilterProxyModel keystroke → view updated"
SORT = "mission list: sort by title, then by start date"
BARE_SORT = "bare Qt: QSortFilterProxyModel sort, same columns"


def _load_window(app: Any, store: Any) -> Any:
    from mercator_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    loaded: list[int] = []
    window.store_loaded.connect(loaded.append)
    window.load_store(store)
    deadline = time.monotonic() + 600
    while not loaded:
        app.processEvents()
        time.sleep(0.001)
        if time.monotonic() > deadline:
            raise RuntimeError("the mission list did not load in 10 minutes")
    window.show_tab(window.TAB_MISSIONS)
    app.processEvents()
    return window


def _bare_view(window: Any) -> tuple[Any, Any, Any]:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    source = window.mission_model
    rows, columns = source.rowCount(), source.columnCount()
    model = QStandardItemModel(rows, columns)
    # setData, not setItem/appendRow: with PySide6 6.12 those drop a reference to None on
    # each call and crash the interpreter ("deallocating None") after ~30,000 items.
    for r in range(rows):
        for c in range(columns):
            text = source.data(source.index(r, c))
            model.setData(model.index(r, c), "" if text is None else str(text))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    page = QWidget()
    layout = QVBoxLayout(page)
    edit = QLineEdit(page)
    view = QTableView(page)
    view.setModel(proxy)
    layout.addWidget(edit)
    layout.addWidget(view)
    page.resize(window.mission_table.width(), window.mission_table.height() + 40)
    page.show()
    view.resize(window.mission_table.size())
    page._keep = (model, proxy)  # type: ignore[attr-defined]
    return page, edit, view


def run(bench: Bench) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from mercator_desktop.services.store import open_store
    from mercator_desktop.ui import operations
    from mercator_desktop.ui.mission_model import Column

    app = qt_app()
    store = open_store(bench.dataset(), user="bench")
    window = None
    try:
        window = _load_window(app, store)
        page, edit, view = _bare_view(window)
        proxy = view.model()
        app.processEvents()
        bar, table = window.filter_bar, window.mission_table

        def app_key(ch: str) -> float:
            started = time.perf_counter()
            QTest.keyClicks(bar.text_edit, ch)
            bar.timer.stop()
            window.apply_filter()
            table.viewport().repaint()
            return time.perf_counter() - started

        def bare_key(ch: str) -> float:
            started = time.perf_counter()
            QTest.keyClicks(edit, ch)
            proxy.setFilterFixedString(edit.text())
            view.viewport().repaint()
            return time.perf_counter() - started

        def clear() -> None:
            bar.text_edit.clear()
            bar.timer.stop()
            window.apply_filter()
            edit.clear()
            proxy.setFilterFixedString("")
            app.processEvents()

        shown = []
        mine: list[float] = []
        bare: list[float] = []
        for run_no in range(bench.runs + 1):  # the first run warms up
            for ch in QUERY:
                a, b = app_key(ch), bare_key(ch)
                if run_no:
                    mine.append(a)
                    bare.append(b)
            shown.append((window.mission_model.rowCount(), proxy.rowCount()))
            clear()
        total = window.mission_model.total_count()
        bench.record(BARE_KEY, bare, note=f"same keys, same cell texts ({shown[-1][1]} rows "
                                          "left: it matches every column)")
        bench.record(KEY, mine, baseline=BARE_KEY,
                     note=f"'{QUERY}' typed into {total} missions ({shown[-1][0]} left); "
                          f"{len(QUERY)} keys per run, each a sample")

        def app_sort() -> None:
            for column, order in ((Column.TITLE, Qt.SortOrder.AscendingOrder),
                                  (Column.START, Qt.SortOrder.DescendingOrder)):
                table.sortByColumn(column, order)
                table.viewport().repaint()

        def bare_sort() -> None:
            for column, order in ((Column.TITLE, Qt.SortOrder.AscendingOrder),
                                  (Column.START, Qt.SortOrder.DescendingOrder)):
                proxy.sort(column, order)
                view.viewport().repaint()

        bench.compare(SORT, app_sort, BARE_SORT, bare_sort,
                      note=f"{total} missions, two sorts and repaints per sample")
        page.close()
        window.close()
    finally:
        operations.wait_for_all(30)
        if window is not None:
            window.deleteLater()
        app.processEvents()
        store.close()
