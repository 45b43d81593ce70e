"""WAL checkpoints off the save path.

In WAL mode SQLite appends each commit to the ``-wal`` file and, once it holds 1000 pages,
the committing connection copies them back into the database and syncs it (a checkpoint)
before its commit returns. With ``synchronous=FULL`` that is several syncs and megabytes
written: about one answer save in a hundred paid for it and took several times as long as
the others (the answer save's 99th percentile).

The store's connections leave that work to ``Checkpointer``: after every
``EVERY_COMMITS`` commits, a background thread runs a PASSIVE checkpoint on a connection of
its own, which waits for nobody and lets writers go on meanwhile (WAL allows both). That
connection is not one of the pool's: borrowing one (the pool hands out the one used last)
left the next answer save a connection whose page cache the previous save had made stale,
so it read its pages again — and, in an encrypted folder, decrypted them. SQLite's
automatic checkpoint stays as a backstop at ``BACKSTOP_PAGES`` for when the thread falls
behind (a long import). Nothing about durability changes: a commit is on disk (the WAL
synced) when it returns; a checkpoint only moves pages already committed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

#: commits between two checkpoints (an answer save writes about ten pages)
EVERY_COMMITS = 24
#: SQLite's own automatic checkpoint on the store's connections, past this many WAL pages
BACKSTOP_PAGES = 4000


class Checkpointer:
    """Background PASSIVE checkpoints of one engine's SQLite database, on a DB-API
    connection from ``connect`` kept by the thread. ``note_commit()`` after each commit
    (cheap: a counter); ``close()`` before the engine is disposed."""

    def __init__(self, engine: Engine, connect: Callable[[], Any]) -> None:
        self._engine = engine
        self._connect = connect
        self._connection: Any = None
        self._commits = 0
        self._wake = threading.Event()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        #: checkpoints the thread has run
        self.done = 0
        event.listen(engine, "connect", _backstop)

    def note_commit(self) -> None:
        self._commits += 1
        if self._commits >= EVERY_COMMITS and not self._closed:
            self._commits = 0
            if self._thread is None:
                with self._lock:
                    if self._thread is None and not self._closed:
                        self._thread = threading.Thread(
                            target=self._run, name="mercator-checkpoints", daemon=True)
                        self._thread.start()
            self._wake.set()

    def _checkpoint(self) -> None:
        if self._connection is None:
            self._connection = self._connect()
        self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _run(self) -> None:
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._closed:
                    return
                try:
                    self._checkpoint()
                    self.done += 1
                except Exception:  # the next checkpoint, or SQLite's backstop, catches up
                    log.warning("background checkpoint failed", exc_info=True)
                    self._drop_connection()
        finally:
            self._drop_connection()

    def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:
                log.warning("closing the checkpoint connection failed", exc_info=True)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            thread, self._thread = self._thread, None
        if thread is not None:
            self._wake.set()
            thread.join()
        event.remove(self._engine, "connect", _backstop)


def _backstop(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")
