"""Benchmark: the main window on a large store (issue 4: "20,000 missions stay responsive").

Measures, offscreen:

- the time from ``load_store`` (the window is already shown) to the list on screen, and the
  longest stretch the GUI thread did not process events meanwhile (a 10 ms timer's gaps);
- the time per filter keystroke until the view has updated (filter + repaint, debounce
  excluded), and the longest stall while typing at 80 ms a key with the debounce on;
- sorting a column.

Usage (the store is generated once, then reused)::

    .venv/bin/python benchmarks/ui_mission_list.py [--missions 20000] [--data-dir DIR]

Generating 20,000 missions takes a couple of minutes on a slow laptop (every mission goes
through the service's validation). Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MERCATOR_NONBLOCKING_DIALOGS", "1")


def generate(folder: Path, count: int) -> None:
    from mercator_desktop.services.demo import load_demo
    from mercator_desktop.services.dto import MissionInput, TeamAssignment
    from mercator_desktop.services.experts import ExpertService
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.reference import ReferenceCatalog
    from mercator_desktop.services.store import open_store

    store = open_store(folder, user="bench")
    try:
        load_demo(store)
        existing = MissionService(store).count()
        if existing >= count:
            return
        catalog = ReferenceCatalog.for_store(store)
        countries = [c.iso2 for c in catalog.countries]
        types = [t.code for t in catalog.mission_types]
        statuses = ["requested", "approved", "planned", "closed", "cancelled"]
        experts = [e.id for e in ExpertService(store).list()]
        service = MissionService(store)
        rnd = random.Random(4)
        started = time.perf_counter()
        with store.session() as session:
            for i in range(count - existing):
                start = date(2010, 1, 1) + timedelta(days=rnd.randrange(6000))
                service.create_in(session, MissionInput(
                    code=f"BM-{i:05d}",
                    title=f"Bench mission {i} on {rnd.choice(['risk', 'integrity', 'audit'])}",
                    type_code=rnd.choice(types), status_code=rnd.choice(statuses),
                    country_iso2=rnd.choice(countries), start_date=start,
                    end_date=start + timedelta(days=rnd.randrange(1, 10)),
                    team=[TeamAssignment(rnd.choice(experts), "lead")]),
                    allow_conflicts=True)
        print(f"generated {count - existing} missions in {time.perf_counter() - started:.0f} s")
    finally:
        store.close()


def measure(folder: Path) -> None:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    app.setOrganizationName("WCO-benchmark")
    app.setApplicationName("ui_mission_list")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

    from mercator_desktop.ui import operations
    from mercator_desktop.ui.main_window import MainWindow
    from mercator_desktop.ui.mission_model import Column

    started = time.perf_counter()
    from mercator_desktop.services.store import open_store

    store = open_store(folder, user="bench")
    print(f"open the store (GUI thread, before the list): {time.perf_counter() - started:.2f} s")

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)

    window = MainWindow()
    window.show()
    loaded: list[tuple[float, int]] = []
    window.store_loaded.connect(lambda n: loaded.append((time.perf_counter(), n)))
    started = last[0] = time.perf_counter()
    gaps.clear()
    window.load_store(store)
    while not loaded:
        app.processEvents()
        time.sleep(0.001)
    at, count = loaded[0]
    print(f"list on screen, {count} missions: {at - started:.2f} s after load_store; longest "
          f"GUI stall meanwhile {max(gaps) * 1000:.0f} ms")
    window.show_tab(window.TAB_MISSIONS)
    app.processEvents()

    bar = window.filter_bar
    bar.text_edit.setFocus()
    per_key = []
    for ch in "bench mission 12":
        QTest.keyClicks(bar.text_edit, ch)
        bar.timer.stop()
        t = time.perf_counter()
        window.apply_filter()
        window.mission_table.viewport().repaint()
        per_key.append(time.perf_counter() - t)
    print(f"filter keystroke until the view updated: median "
          f"{statistics.median(per_key) * 1000:.0f} ms, max {max(per_key) * 1000:.0f} ms "
          f"({len(per_key)} keys)")
    bar.text_edit.clear()
    bar.timer.stop()
    window.apply_filter()

    for column in (Column.TITLE, Column.START):
        t = time.perf_counter()
        window.mission_table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        window.mission_table.viewport().repaint()
        print(f"sort by {column.name.lower()}: {(time.perf_counter() - t) * 1000:.0f} ms")

    gaps.clear()
    last[0] = t = time.perf_counter()
    for ch in "integ":
        QTest.keyClicks(bar.text_edit, ch)
        end = time.perf_counter() + 0.08
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)
    while bar.timer.isActive():
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    print(f"typing 'integ' at 80 ms a key: list updated {(time.perf_counter() - t) * 1000:.0f} "
          f"ms after the first key (debounce {bar.DEBOUNCE_MS} ms), longest stall "
          f"{max(gaps) * 1000:.0f} ms, {window.mission_model.rowCount()} rows")
    operations.wait_for_all()
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--missions", type=int, default=20_000)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="a data folder to (re)use; default: a new temporary one")
    args = parser.parse_args()
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="mercator-bench-"))
    generate(folder, args.missions)
    measure(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
