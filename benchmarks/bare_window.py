"""The bare baseline process of ``bench_startup``: PySide6 only, started like the app.

    python benchmarks/bare_window.py DATABASE

A ``QMainWindow`` with a ``QTableView``; on the first paint it reads the missions that are
not in the trash from DATABASE with ``sqlite3`` (the list's seven columns, newest first) into
a minimal ``QAbstractTableModel``, then prints ``first-paint-at=`` and ``list-populated-at=``
(``time.perf_counter()`` values, as the app does under ``MERCATOR_QUIT_AFTER_LOAD``),
``first-paint-cpu=`` and ``list-populated-cpu=`` (the process's ``time.process_time()`` at
the same moments) and quits. No Mercator code is imported.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

COLUMNS = ["code", "title", "type_code", "status_code", "country_iso2", "start_date",
           "end_date"]
QUERY = (f"SELECT {', '.join(COLUMNS)} FROM missions WHERE deleted = 0 "
         "ORDER BY start_date DESC")

Index = QModelIndex | QPersistentModelIndex


class Rows(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def load(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class Window(QMainWindow):
    def __init__(self, database: str) -> None:
        super().__init__()
        self.database = database
        self.first_paint_at: float | None = None
        self.first_paint_cpu: float | None = None
        self.model = Rows()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.setCentralWidget(self.table)
        self.resize(1100, 700)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.first_paint_at is None:
            self.first_paint_at = time.perf_counter()
            self.first_paint_cpu = time.process_time()
            QTimer.singleShot(0, self.populate)

    def populate(self) -> None:
        connection = sqlite3.connect(self.database)
        try:
            rows = connection.execute(QUERY).fetchall()
        finally:
            connection.close()
        self.model.load(rows)
        populated_at = time.perf_counter()
        populated_cpu = time.process_time()
        print(f"missions-shown={len(rows)}", flush=True)
        print(f"first-paint-at={self.first_paint_at}", flush=True)
        print(f"list-populated-at={populated_at}", flush=True)
        print(f"first-paint-cpu={self.first_paint_cpu}", flush=True)
        print(f"list-populated-cpu={populated_cpu}", flush=True)
        QApplication.instance().exit(0)  # type: ignore[union-attr]


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window(sys.argv[1])
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
