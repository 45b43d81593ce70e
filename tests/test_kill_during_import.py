"""A process killed in the middle of an import leaves the database consistent: the import is one
transaction, so either all of its missions are stored or none."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from conftest import REPO

ROWS = 3000

# Imports the file and reports each row on stdout. With a pause row, it stops there (in the
# middle of the write transaction, rows already flushed) until it is killed.
IMPORTER = """
import sys
from mercator_desktop.services.exchange import import_missions
from mercator_desktop.services.store import open_store

data_dir, path, pause_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = open_store(data_dir, user="importer")

def progress(done, total):
    print(f"row {done}", flush=True)
    if done == pause_at:
        sys.stdin.readline()

result = import_missions(store, path, progress=progress)
if len(sys.argv) > 4:  # "hold": committed; wait (to be killed) before anything else runs
    print(f"imported {result.created}", flush=True)
    sys.stdin.readline()
store.close()
print(f"done {result.created} {result.updated}", flush=True)
"""

# Catches the search index up on an import's missions in a transaction that it holds open
# (to be killed before it commits).
CATCHER = """
import sys
from mercator_desktop.services.store import open_store
from mercator_desktop.storage.bulk_search import catch_up

store = open_store(sys.argv[1], user="catcher")
with store.session() as session:
    print(f"caught up {catch_up(session.connection())}", flush=True)
    sys.stdin.readline()
"""


def write_missions(path: Path, count: int = ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "title", "type", "status", "country", "start_date",
                         "end_date", "topics", "lead_expert"])
        for i in range(count):
            day = 1 + i % 28
            writer.writerow([f"KILL-{i:05d}", f"Workshop number {i}", "workshop", "requested",
                             "JM", f"2030-02-{day:02d}", f"2030-03-{day:02d}", "integrity", ""])
    return path


def start_import(data_dir: Path, path: Path, pause_at: int = 0,
                 *hold: str) -> subprocess.Popen[str]:
    return start(IMPORTER, str(data_dir), str(path), str(pause_at), *hold)


def start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=REPO, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def check_database(data_dir: Path) -> tuple[int, int]:
    """PRAGMA integrity_check is ok; returns (missions of the import, all missions)."""
    with closing(sqlite3.connect(data_dir / "mercator.sqlite")) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        ours = con.execute("SELECT count(*) FROM missions WHERE code LIKE 'KILL-%'").fetchone()
        every = con.execute("SELECT count(*) FROM missions").fetchone()
    return ours[0], every[0]


@pytest.fixture
def prepared(demo_store, data_dir, tmp_path):  # type: ignore[no-untyped-def]
    """A migrated store holding the demo (closed again, so only the importer has it open)."""
    before = check_database(data_dir)[1]
    demo_store.close()
    return data_dir, write_missions(tmp_path / "missions.csv"), before


@pytest.mark.slow
def test_sigkill_in_the_middle_of_an_import_stores_nothing(prepared):
    data_dir, path, before = prepared
    proc = start_import(data_dir, path, pause_at=ROWS // 2)
    kill_when(proc, f"row {ROWS // 2}", progress_only=False)

    assert check_database(data_dir) == (0, before)

    # The store opens again, holds what it held, and the same import then goes through.
    from mercator_desktop.services.exchange import import_missions
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.store import open_store

    store = open_store(data_dir, user="tester")
    try:
        assert MissionService(store).count() == before
        assert import_missions(store, path).created == ROWS
    finally:
        store.close()
    assert check_database(data_dir) == (ROWS, before + ROWS)


@pytest.mark.slow
def test_an_import_left_to_finish_stores_every_row(prepared):
    data_dir, path, before = prepared
    proc = start_import(data_dir, path)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    lines = out.splitlines()
    assert lines[-1] == f"done {ROWS} 0"
    assert lines[-2] == f"row {ROWS}"
    assert check_database(data_dir) == (ROWS, before + ROWS)


def kill_when(proc: subprocess.Popen[str], said: str, *, progress_only: bool = True) -> None:
    """SIGKILL the process once it has printed ``said`` (it then waits on its input): after
    the import's progress lines, or, with ``progress_only=False``, as one of them."""
    try:
        assert proc.stdout is not None
        line = ""
        for line in proc.stdout:
            if progress_only and not line.startswith("row "):
                break
            if not progress_only:
                assert line.startswith("row "), line
                if line.strip() == said:
                    break
        assert line.strip() == said, (line, proc.stderr.read() if proc.stderr else "")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream:
                stream.close()
    assert proc.returncode == -signal.SIGKILL


def search_backlog(data_dir: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(data_dir / "mercator.sqlite")) as con:
        return con.execute("SELECT key, value FROM local_settings "
                           "WHERE key LIKE 'search.%'").fetchall()


@pytest.mark.slow
def test_a_kill_before_or_during_the_search_catch_up_loses_no_search_entry(prepared):
    """An import leaves its missions' search entries to be made after it; killed right after
    the import, and killed again while the entries are made, the next search still finds
    every mission."""
    data_dir, path, before = prepared
    kill_when(start_import(data_dir, path, 0, "hold"), f"imported {ROWS}")
    assert check_database(data_dir) == (ROWS, before + ROWS)
    waiting = search_backlog(data_dir)
    assert len(waiting) == 1

    kill_when(start(CATCHER, str(data_dir)), "caught up 1")
    assert check_database(data_dir) == (ROWS, before + ROWS)
    assert search_backlog(data_dir) == waiting  # the catch-up never committed

    from mercator_desktop.services.search import SearchService
    from mercator_desktop.services.store import open_store

    store = open_store(data_dir, user="tester")
    try:
        for code in ("KILL-00000", "KILL-01234", f"KILL-{ROWS - 1:05d}"):
            assert [group.code for group in SearchService(store).search(code)] == [code]
    finally:
        store.close()
    assert search_backlog(data_dir) == []
    with closing(sqlite3.connect(data_dir / "mercator.sqlite")) as con:
        con.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
        # every imported mission has its entries: code and title
        assert con.execute("SELECT count(*) FROM search_entries WHERE kind = 'mission' AND "
                           "text LIKE 'KILL-%'").fetchone()[0] == ROWS
        assert con.execute("SELECT count(*) FROM search_entries WHERE kind = 'mission' AND "
                           "text LIKE 'Workshop number %'").fetchone()[0] == ROWS
