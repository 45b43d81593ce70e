"""Notices commits made by another program on the same data folder (the command line, a
second app), so the app can refresh what it shows.

SQLite's ``PRAGMA data_version`` changes, on one connection, whenever any other connection
committed; it is cheap to ask. This process's own commits change it too, so the write gate
(``storage.writes``) reports them: when a write transaction starts (SQLite's write lock held,
nobody else can commit) a changed version means another program committed before; after
its commit the version becomes the new baseline.
"""

from __future__ import annotations

import threading
from pathlib import Path

from .crypto import connect_database


class ChangeWatch:
    """``changed_elsewhere()``: did another program commit since the last call?"""

    def __init__(self, database: Path, key: bytes | None = None) -> None:
        self._connection = connect_database(database, key, isolation_level=None,
                                            check_same_thread=False)
        self._lock = threading.Lock()
        self._foreign = False
        self._baseline = self._version()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def own_write_began(self) -> None:
        with self._lock:
            if self._version() != self._baseline:
                self._foreign = True

    def own_write_committed(self) -> None:
        with self._lock:
            self._baseline = self._version()

    def changed_elsewhere(self) -> bool:
        with self._lock:
            version = self._version()
            changed = self._foreign or version != self._baseline
            self._baseline = version
            self._foreign = False
            return changed

    def close(self) -> None:
        with self._lock:
            self._connection.close()
