"""A process killed (SIGKILL) while it makes a backup or restores one leaves a data folder that
opens, passes its integrity check and has lost no saved work: a backup only reads the
database, and a restore either has not touched it yet or is finished at the next opening,
with the replaced database kept as a backup."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store
from mercator_desktop.storage import backup as files

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = """
import sys
from pathlib import Path
from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups
from mercator_desktop.storage import backup as files

paths, action = DataPaths(Path(sys.argv[1])), sys.argv[2]
print("started", flush=True)
if action == "backup":
    while True:
        files.create_backup(paths.database, paths.backups, "manual", keep=3)
elif action == "restore-killed-at-rename":
    # SIGKILL at the Nth rename of the swap (after the journal): the precise worst moments
    import os, signal, types
    left = [int(sys.argv[4])]

    def replace(source, target):
        left[0] -= 1
        if left[0] == 0:
            os.kill(os.getpid(), signal.SIGKILL)
        os.replace(source, target)

    files.os = types.SimpleNamespace(**{**vars(os), "replace": replace})
    backups.restore(paths, sys.argv[3])
else:
    backups.restore(paths, sys.argv[3])
print("done", flush=True)
"""


def _mission(store, code: str) -> None:  # type: ignore[no-untyped-def]
    MissionService(store).create(MissionInput(
        code=code, title="Integrity assessment", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM"))


def _codes(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {r[0] for r in connection.execute("SELECT code FROM missions")}


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A data folder of about 40 MB (so that a copy takes a while to kill) with one backup
    (mission A) and work saved after it (mission B)."""
    folder = tmp_path_factory.mktemp("big") / "data"
    store = open_store(folder, user="tester")
    _mission(store, "JM-2031-IA-0A")
    with sqlite3.connect(folder / "mercator.sqlite") as connection:
        connection.execute("CREATE TABLE ballast (x BLOB)")
        connection.executemany("INSERT INTO ballast VALUES (randomblob(4000))", [()] * 10_000)
    made = backups.create(store)
    _mission(store, "JM-2031-IA-0B")
    store.close()
    return folder, made.id


def _run_and_kill(folder: Path, delay: float, *args: str,
                  timing: list[float] | None = None) -> bool:
    """Start the child, kill it ``delay`` seconds after it started; True if it was still at
    work (not done) when killed. ``timing`` gets how long it ran after starting."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen([sys.executable, "-c", CHILD, str(folder), *args],
                          stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "started"
        started = time.perf_counter()
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(delay)
        if child.returncode is None:
            child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        if timing is not None:
            timing.append(time.perf_counter() - started)
    assert child.returncode in (-signal.SIGKILL, 0), "the child failed on its own"
    return "done" not in rest


def _opens_whole(folder: Path) -> set[str]:
    store = open_store(folder, user="tester")  # finishes an interrupted restore first
    try:
        ok, words = files.quick_check(store.paths.database)
        assert ok, words
        return {m.code for m in MissionService(store).list()}
    finally:
        store.close()


@pytest.mark.parametrize("delay", [0.05, 0.3, 0.6, 0.9])
def test_killed_while_backing_up(big_folder, tmp_path, delay):
    source, _ = big_folder
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    assert _run_and_kill(folder, delay, "backup")
    assert _opens_whole(folder) == {"JM-2031-IA-0A", "JM-2031-IA-0B"}
    for info in files.list_backups(DataPaths(folder).backups):  # none half-written
        assert files.quick_check(info.file) == (True, "ok")


@pytest.fixture(scope="module")
def restore_time(big_folder, tmp_path_factory: pytest.TempPathFactory) -> float:
    """How long a whole restore takes in a child on this machine now."""
    source, backup_id = big_folder
    folder = tmp_path_factory.mktemp("timed") / "data"
    shutil.copytree(source, folder)
    timing: list[float] = []
    assert not _run_and_kill(folder, 60, "restore", backup_id, timing=timing)
    return timing[0]


@pytest.mark.parametrize("share", [0.05, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95])
def test_killed_while_restoring(big_folder, restore_time, tmp_path, share):
    source, backup_id = big_folder
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    delay = share * restore_time
    killed_at_work = _run_and_kill(folder, delay, "restore", backup_id)
    codes = _opens_whole(folder)
    paths = DataPaths(folder)
    assert not (folder / files.JOURNAL).exists()
    assert not Path(f"{paths.database}{files.RESTORING_SUFFIX}").exists()
    if codes == {"JM-2031-IA-0A"}:  # restored: the work after the backup is kept aside
        [before] = [b for b in files.list_backups(paths.backups) if b.reason == "before-restore"]
        assert files.quick_check(before.file) == (True, "ok")
        assert _codes(before.file) == {"JM-2031-IA-0A", "JM-2031-IA-0B"}
    else:
        assert codes == {"JM-2031-IA-0A", "JM-2031-IA-0B"}  # not restored: untouched
    print(f"delay {delay}: killed at work {killed_at_work}, restored {len(codes) == 1}")


@pytest.mark.parametrize("rename", [1, 2, 3, 4, 5])
def test_killed_at_each_rename_of_a_restore(big_folder, tmp_path, rename):
    """The renames of a restore, in order: the ``before-restore`` backup and its manifest,
    the journal, the current database moved aside, the restored copy put in place."""
    source, backup_id = big_folder
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    assert _run_and_kill(folder, 60, "restore-killed-at-rename", backup_id, str(rename))
    paths = DataPaths(folder)
    journal = (folder / files.JOURNAL).exists()
    codes = _opens_whole(folder)
    assert not (folder / files.JOURNAL).exists()
    assert journal == (rename >= 4)  # killed after the journal: finished at the opening
    if rename >= 4:
        assert codes == {"JM-2031-IA-0A"}
        [before] = [b for b in files.list_backups(paths.backups) if b.reason == "before-restore"]
        assert _codes(before.file) == {"JM-2031-IA-0A", "JM-2031-IA-0B"}
    else:
        assert codes == {"JM-2031-IA-0A", "JM-2031-IA-0B"}
