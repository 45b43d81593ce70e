"""Transactions of the HQ service on SQLite: one writer at a time, readers never wait.

SQLite allows one writer. A transaction that reads first and writes later (a sign-in reads
the user, then writes the session) cannot wait for the write lock once another writer has
committed since its read: SQLite answers "database is locked" at once, whatever the busy
timeout. So on SQLite every write transaction here begins with ``BEGIN IMMEDIATE`` (it takes
the write lock first, waiting up to the busy timeout for another process) and the writers of
this process queue on a lock before that, so they take turns instead of polling. Reads use
plain ``BEGIN`` and, in WAL mode, see one snapshot without waiting for anyone. On PostgreSQL
the gate does nothing: row locks do that job.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

#: execution option of the engine write sessions are bound to
IMMEDIATE = "mercator_begin_immediate"


def use_real_transactions(engine: Engine) -> None:
    """SQLite through pysqlite: real ``BEGIN`` (so a pull reads one snapshot), and
    ``BEGIN IMMEDIATE`` for write sessions."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _no_implicit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class WriterBusy(RuntimeError):
    """Another writer of this process held the database longer than ``wait`` seconds."""


class Writer:
    """``with writer.transaction() as session``: one write transaction, committed at the end
    of the block (rolled back on an exception), taking its turn behind this process's other
    writers on SQLite."""

    def __init__(self, engine: Engine, wait: float = 60.0) -> None:
        self.wait = wait
        self.sqlite = engine.dialect.name == "sqlite"
        bind = engine.execution_options(**{IMMEDIATE: True}) if self.sqlite else engine
        self._sessions = sessionmaker(bind=bind, expire_on_commit=False)
        self._turn = threading.Lock()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        if not self.sqlite:
            with self._sessions.begin() as session:
                yield session
            return
        if not self._turn.acquire(timeout=self.wait):
            raise WriterBusy(f"the database was busy writing for {self.wait:.0f} s")
        try:
            with self._sessions.begin() as session:
                yield session
        finally:
            self._turn.release()
