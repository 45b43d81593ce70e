"""Opens a data folder: migrates the database, loads reference data, checks the device's
sync identity (``services.identity``), hands out sessions."""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..paths import DataPaths, resolve_data_dir
from ..storage.engine import WriteSessions, make_engine, make_session_factory
from ..storage.maintenance import refresh_statistics
from ..storage.migrate import upgrade_to_head
from ..storage.models import LocalSetting
from ..storage.watch import ChangeWatch
from ..storage.writes import BUSY_MESSAGE, WriteGate, is_locked_error
from ..storage.writes import activity as write_activity

__all__ = ["Store", "open_store", "write_activity"]

if TYPE_CHECKING:
    from .identity import IdentityCheck

log = logging.getLogger(__name__)


def current_user() -> str:
    try:
        return os.environ.get("MERCATOR_USER") or getpass.getuser()
    except Exception:  # getpass fails without a login name (some containers)
        return "unknown"


@dataclass
class Store:
    """An open data folder. ``session()`` gives one write transaction per user action,
    queued behind any other writer (``writes``, see ``storage.writes``); ``sessions()`` reads
    without waiting."""

    paths: DataPaths
    engine: Engine
    sessions: WriteSessions
    user: str
    #: Language of reference-data names (countries, statuses …) shown to the user.
    language: str = "en"
    #: What the identity check found when the store was opened.
    identity: IdentityCheck | None = None
    _watch: ChangeWatch | None = None
    _closed: bool = False

    @property
    def writes(self) -> WriteGate:
        return self.sessions.gate

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends cleanly and rolls back otherwise.
        Waits for its turn to write; a database still locked after that is a ``UserError``."""
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as exc:
            if is_locked_error(exc):
                raise UserError(BUSY_MESSAGE) from exc
            raise

    @property
    def closed(self) -> bool:
        return self._closed

    def changed_elsewhere(self) -> bool:
        """Did another program (the command line, a second app) commit to this data folder
        since the last call? The first call starts watching and answers False."""
        if self._closed:
            return False
        if self._watch is None:
            self._watch = ChangeWatch(self.paths.database)
            self.writes.on_begin = self._watch.own_write_began
            self.writes.on_commit = self._watch.own_write_committed
            return False
        return self._watch.changed_elsewhere()

    def get_setting(self, key: str) -> str | None:
        with self.sessions() as session:
            row = session.get(LocalSetting, key)
            return row.value if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(LocalSetting(key=key, value=value))

    def close(self) -> None:
        self._closed = True
        if self._watch is not None:
            self.writes.on_begin = self.writes.on_commit = None
            self._watch.close()
            self._watch = None
        self.engine.dispose()


def open_store(data_dir: str | os.PathLike[str] | None = None, user: str | None = None) -> Store:
    """Open (creating if needed) the store in ``data_dir``; migrate and load reference data."""
    from .demo import mark_earlier_demo
    from .identity import check_identity
    from .reference import load_reference_data

    paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    engine = make_engine(paths.database)
    try:
        upgrade_to_head(engine, paths.database, paths.backups)
        store = Store(paths, engine, make_session_factory(engine, user or current_user()),
                      user or current_user())
        load_reference_data(store)
        store.identity = check_identity(store)
        mark_earlier_demo(store)
        refresh_statistics(engine)
    except Exception:
        engine.dispose()
        raise
    log.info("store opened at %s", paths.database)
    return store


def database_path(data_dir: str | os.PathLike[str] | None) -> Path:
    return DataPaths(resolve_data_dir(data_dir)).database


def has_missions(store: Store) -> bool:
    from ..storage.models import Mission

    with store.sessions() as session:
        return session.scalar(select(Mission.id).limit(1)) is not None
