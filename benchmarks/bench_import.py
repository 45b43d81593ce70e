"""CSV import of the dataset's missions (20,000 at scale 1), against raw sqlite3 executemany.

Method: the dataset's missions are exported once with ``export_missions`` (the same columns a
person edits in a spreadsheet: code, title, type, status, country, dates, topics, lead
expert, TFA and Arusha links …). Each run opens a *new* data folder (migrations and reference
data, untimed) and times ``import_missions(store, file)``: reading and checking the file,
resolving every vocabulary, country and expert name, writing the missions with their team
and links in bulk in one transaction (``services.import_plan``), and the double-booking
check that follows. The new missions' search entries are made after the import, before the
next search (``storage.bulk_search``): that catch-up is timed on its own, after each CSV
import (untimed for the import's figure), and shown beside the bare baseline too, so the
import's whole cost stays in view.

Baseline, alternating with the app: a new SQLite file with the app's pragmas (WAL,
``synchronous=FULL``) and one table with a TEXT column per CSV column; timed: reading the
same file with ``csv.DictReader`` and one ``executemany`` INSERT of every row, committed.

The same missions exported to .xlsx are then imported the same way, against the CSV import
of the same run (each into a new data folder): reading a workbook must not cost much more
than reading CSV text.

Each figure has at most ``MOST_RUNS`` runs (said in its note).
"""

from __future__ import annotations

import csv
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .harness import Bench

if TYPE_CHECKING:
    from mercator_desktop.services.store import Store

MOST_RUNS = 2
IMPORT = "CSV import of the dataset's missions"
BARE = "bare sqlite3: csv.DictReader + executemany of the same rows"
XLSX = ".xlsx import of the same missions"
CSV_AGAIN = "CSV import of the same missions (baseline of the .xlsx figure)"
CATCH_UP = "the search entries of the CSV import's missions, made before the next search"


def bare_import(csv_file: Path, database: Path) -> int:
    connection = sqlite3.connect(database)
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL"):
            connection.execute(f"PRAGMA {pragma}")
        with csv_file.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            columns = list(reader.fieldnames or [])
            table = ", ".join(f'"{c}" TEXT' for c in columns)
            connection.execute(f"CREATE TABLE missions ({table})")
            connection.executemany(
                f"INSERT INTO missions VALUES ({', '.join('?' for _ in columns)})",
                ([row[c] for c in columns] for row in reader))
        connection.commit()
        return int(connection.execute("SELECT count(*) FROM missions").fetchone()[0])
    finally:
        connection.close()


def run(bench: Bench) -> None:
    from mercator_desktop.services.exchange import export_missions, import_missions
    from mercator_desktop.services.search import SearchService
    from mercator_desktop.services.store import open_store

    work = bench.folder("import")
    csv_file = work / "missions.csv"
    xlsx_file = work / "missions.xlsx"
    source = open_store(bench.dataset(), user="bench")
    try:
        count = export_missions(source, csv_file)
        export_missions(source, xlsx_file)
    finally:
        source.close()

    runs = bench.runs_up_to(MOST_RUNS)
    stores: list[Store] = []
    catch_ups: list[float] = []

    def fresh_store() -> None:
        if stores:
            if len(catch_ups) < runs:  # the CSV import of the first figure
                started = time.perf_counter()
                assert SearchService(stores[-1]).catch_up()
                catch_ups.append(time.perf_counter() - started)
            stores[-1].close()
        stores.append(open_store(work / f"app-{len(stores)}", user="bench"))

    def app(path: Path = csv_file) -> None:
        result = import_missions(stores[-1], path)
        assert result.created == count, result

    bare_files: list[Path] = []

    def fresh_file() -> None:
        bare_files.append(work / f"bare-{len(bare_files)}.sqlite")

    try:
        bench.compare(IMPORT, app, BARE, lambda: bare_import(csv_file, bare_files[-1]),
                      runs=runs, setup=fresh_store, baseline_setup=fresh_file, warmup=False,
                      note=f"{count} missions from a {csv_file.stat().st_size // 1024} KiB "
                           f"CSV into a new data folder; at most {MOST_RUNS} runs (minutes "
                           "each at scale 1)",
                      baseline_note="one table of TEXT columns, one transaction")
        if len(catch_ups) < runs:  # the last CSV import's (the next figure opens a store)
            started = time.perf_counter()
            assert SearchService(stores[-1]).catch_up()
            catch_ups.append(time.perf_counter() - started)
        bench.record(CATCH_UP, catch_ups, baseline=BARE,
                     note=f"{count} missions' code, title, objectives and location into the "
                          "full-text index, after each CSV import above (add it to the import "
                          "for the whole cost)")
        bench.compare(XLSX, lambda: app(xlsx_file), CSV_AGAIN, app, runs=runs,
                      setup=fresh_store, baseline_setup=fresh_store, warmup=False,
                      note=f"{count} missions from a {xlsx_file.stat().st_size // 1024} KiB "
                           f"workbook into a new data folder; at most {MOST_RUNS} runs",
                      baseline_note="the CSV file of the first figure, into a new data folder")
    finally:
        for store in stores:
            store.close()  # a second close does nothing
