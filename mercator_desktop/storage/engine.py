"""Opens the SQLite store: WAL, foreign keys, full sync, the revision bookkeeping of
synced records on every flush (with the limits of ``domain.record_fields``: text too long
for its field or not well-formed is refused before it is stored), and sessions whose write
transactions queue on the store's ``WriteGate`` (``storage.writes``): ``sessions()`` reads,
``sessions.begin()`` writes, ``sessions.begin_plain()`` writes with plain SQL (see there)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import ValidationError
from ..domain.record_fields import stored_text_problems
from . import json_codec
from .base import SyncedMixin, utcnow
from .crypto import connect_database, database_module
from .writes import BUSY_TIMEOUT_MS, WriteGate

SESSION_USER = "user"
SESSION_APPLYING_SYNC = "applying_sync"


def database_connector(path: Path, key: bytes | None) -> Callable[[], Any]:
    """How the store's connections to ``path`` are made (the engine's, and the background
    checkpointer's own)."""
    def connect() -> Any:
        return connect_database(path, key, timeout=BUSY_TIMEOUT_MS / 1000,
                                check_same_thread=False)
    return connect


def make_engine(database: Path | str, key: bytes | None = None) -> Engine:
    """An engine on a database URL, or on a SQLite file: encrypted with ``key`` (SQLCipher,
    connections from ``storage.crypto.connect_database``), plain when ``key`` is None.

    ``hide_parameters``: a database error names the statement but never the values bound to
    it (a mission title, an answer's note …), so the error's text — in the log file, in a
    crash report — does not carry what the person wrote."""
    if isinstance(database, str) and "://" in database:
        engine = create_engine(database, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                               hide_parameters=True,
                               json_deserializer=json_codec.loads,
                               json_serializer=json_codec.dumps)
    else:
        path = Path(database)
        connect = database_connector(path, key)
        # pool_use_lifo: the connection used last is handed out again. A commit made through
        # one connection empties the page cache of every other (SQLite re-reads a changed
        # database); taking turns in the pool's first-in-first-out order after a background
        # thread had added a connection made every answer save re-read — and, encrypted,
        # decrypt — the pages it touched, about 0.4 ms a save.
        engine = create_engine(f"sqlite:///{path}", module=database_module(key),
                               creator=connect, hide_parameters=True, pool_use_lifo=True,
                               json_deserializer=json_codec.loads,
                               json_serializer=json_codec.dumps)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        if key is None:  # an encrypted store keeps the cache ``storage.crypto`` sets
            event.listen(engine, "connect", _plain_cache_size)
    return engine


#: Page cache of a plain store's connection, KiB (SQLite's default: 2,000). The operating
#: system caches the file too; the app reads the whole mission list once at start through
#: one of these connections, which filled its cache at the memory peak for nothing.
PLAIN_CACHE_KIB = 512


def _plain_cache_size(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute(f"PRAGMA cache_size = -{PLAIN_CACHE_KIB}")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed answer survives a power cut too, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()
    # SQLite's own lower() folds only A-Z; names such as "Çelik" or "ÉVALUATION" must match
    # case-insensitively too, so lower() is Python's, for every query.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


class WriteSessions(sessionmaker[Session]):
    """A session factory whose ``begin()`` is a queued write transaction: the gate's turn,
    then ``BEGIN IMMEDIATE`` (see ``storage.writes``)."""

    gate: WriteGate

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self.gate.hold():
            with self() as session, session.begin():
                connection = session.connection()
                if connection.dialect.name == "sqlite":
                    self.gate.begin_immediate(connection.exec_driver_sql)
                yield session
            self.gate.committed()

    @contextmanager
    def begin_plain(self) -> Iterator[Any]:
        """The same queued write transaction (the gate's turn, ``BEGIN IMMEDIATE``, commit
        when the block ends cleanly, rollback otherwise) on the pool's DB-API connection
        itself (sqlite3 or SQLCipher's), without a session.

        For the write made most often, an answer set while the expert works, where the
        session's bookkeeping cost more than SQLite's work. The caller writes with plain SQL
        and gives the stamps itself: no flush hook runs here."""
        engine: Engine = self.kw["bind"]
        with self.gate.hold():
            pooled = engine.raw_connection()
            try:
                connection = pooled.driver_connection
                self.gate.begin_immediate(connection.execute)
                try:
                    yield connection
                except BaseException:
                    connection.rollback()
                    raise
                connection.commit()
            finally:
                pooled.close()  # back to the pool (a failed commit is rolled back there)
            self.gate.committed()


def make_session_factory(engine: Engine, user: str) -> WriteSessions:
    sessions = WriteSessions(bind=engine, expire_on_commit=False, info={SESSION_USER: user})
    sessions.gate = WriteGate()
    return sessions


@event.listens_for(Session, "before_flush")
def _stamp_synced_records(session: Session, _context: Any, _instances: Any) -> None:
    """New and changed synced rows get who/when; changed ones a new revision.

    Rows applied from HQ carry their own revision and stamps, so the bump is skipped.
    """
    if session.info.get(SESSION_APPLYING_SYNC):
        return
    user = session.info.get(SESSION_USER, "")
    now = utcnow()
    problems = []
    for obj in session.new:
        if isinstance(obj, SyncedMixin):
            problems += _text_problems(obj)
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by = obj.created_by or user
            obj.updated_by = user
            obj.revision = obj.revision or 1
    for obj in session.dirty:
        if isinstance(obj, SyncedMixin) and session.is_modified(obj, include_collections=False):
            problems += _text_problems(obj)
            obj.revision = (obj.revision or 0) + 1
            obj.updated_at = now
            obj.updated_by = user
    if problems:
        raise ValidationError(problems)


def _text_problems(obj: SyncedMixin) -> list[Any]:
    table = obj.__table__  # type: ignore[attr-defined]
    return stored_text_problems(table.name, {c.name: getattr(obj, c.key, None)
                                             for c in table.columns})
