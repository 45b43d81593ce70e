"""What keeping the data safe costs: the integrity check at every start, a backup, a restore.

Method, on a private copy of the dataset (``mercator.sqlite`` at scale 1: 20,000 missions,
2,000 assessments):

- integrity check at start: ``storage.backup.quick_check`` (``PRAGMA quick_check`` on a
  read-only connection), as ``open_store`` runs it before opening; baseline: opening the
  store with ``services.store.open_store`` and closing it (what a start does anyway), so the
  ratio says how much the check adds to opening;
- backup: ``storage.backup.create_backup`` (online backup API, its own ``quick_check`` of the
  copy, fsync, manifest); baseline: ``shutil.copyfile`` of the database file (a bare copy
  that is neither consistent while the app writes nor checked);
- restore: ``services.backups.restore`` (checks the backup and the current database, keeps
  the current one as a backup, copies, swaps); baseline: the same bare copy.
"""

from __future__ import annotations

import shutil

from .harness import Bench

CHECK = "integrity check at start (PRAGMA quick_check)"
OPEN = "open the store (open_store + close)"
BACKUP = "backup (online backup API, checked, with manifest)"
RESTORE = "restore a backup (checks, current kept as a backup, swap)"
COPY = "bare copy of the database file (shutil.copyfile)"
COPY_2 = "bare copy of the database file, beside the restore"


def run(bench: Bench) -> None:
    from mercator_desktop.paths import DataPaths
    from mercator_desktop.services import backups
    from mercator_desktop.services.store import open_store
    from mercator_desktop.storage import backup as files

    folder = bench.copy_of_dataset("backups")
    paths = DataPaths(folder)
    open_store(folder, user="bench").close()  # migrations and reference data settled
    size = paths.database.stat().st_size
    bench.log(f"  database: {size / 1e6:.1f} MB")
    bare_target = bench.folder("bare-copy") / "copy.sqlite"

    def check() -> None:
        ok, words = files.quick_check(paths.database)
        assert ok, words

    bench.compare(CHECK, check, OPEN, lambda: open_store(folder, user="bench").close(),
                  note=f"database of {size / 1e6:.0f} MB")
    bench.compare(BACKUP, lambda: files.create_backup(paths.database, paths.backups, "manual",
                                                      keep=2),
                  COPY, lambda: shutil.copyfile(paths.database, bare_target))
    made = files.create_backup(paths.database, paths.backups, "manual", keep=2)
    bench.compare(RESTORE, lambda: backups.restore(paths, made.id),
                  COPY_2, lambda: shutil.copyfile(paths.database, bare_target),
                  runs=bench.runs_up_to(3))
