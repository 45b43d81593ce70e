"""Opens a data folder: migrates the database, loads reference data, checks the device's
sync identity (``services.identity``), hands out sessions.

It also knows who is working: the person whose name goes into every record's history and
into reports. That is the HQ user signed in from this data folder, or else the name the
person gave on first run (``MERCATOR_USER`` overrides both, for scripts) — never the
computer's login name, which on a shared or borrowed laptop names someone else."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.problem_texts import say
from ..paths import DataPaths, resolve_data_dir
from ..storage.checkpoints import Checkpointer
from ..storage.engine import (
    SESSION_USER,
    WriteSessions,
    database_connector,
    make_engine,
    make_session_factory,
)
from ..storage.maintenance import refresh_statistics
from ..storage.migrate import upgrade_to_head
from ..storage.models import LocalSetting
from ..storage.seal import leave_seal
from ..storage.watch import ChangeWatch
from ..storage.writes import BUSY_MESSAGE, WriteGate, is_locked_error
from ..storage.writes import activity as write_activity

__all__ = ["Store", "open_store", "write_activity"]

if TYPE_CHECKING:
    from .identity import IdentityCheck

log = logging.getLogger(__name__)


USER_ENV = "MERCATOR_USER"
#: the HQ user signed in from this data folder (kept by ``services.sync``)
HQ_USER_SETTING = "sync.user"
#: the name the person gave on first run
PERSON_SETTING = "person.name"
NAME_LENGTH = 120


def recorded_name(session: Session) -> str:
    """Who is working, for the histories: see the module's docstring; "" when unknown."""
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV]
    for key in (HQ_USER_SETTING, PERSON_SETTING):
        row = session.get(LocalSetting, key)
        if row is not None and row.value.strip():
            return row.value.strip()
    return ""


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
    #: the name was given when opening (tests, tools) and does not follow the settings
    fixed_user: bool = False
    #: when the database last passed a full integrity check (sealed on a clean close)
    checked_at: datetime | None = None
    #: the data key of an encrypted folder (``services.protection``); None when plain
    data_key: bytes | None = None
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

    @contextmanager
    def plain_write(self) -> Iterator[Any]:
        """``session()`` without the ORM: the DB-API connection in a queued write transaction
        (``WriteSessions.begin_plain``), for writes made with plain SQL."""
        try:
            with self.sessions.begin_plain() as connection:
                yield connection
        except self.engine.dialect.loaded_dbapi.OperationalError as exc:
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
            self._watch = ChangeWatch(self.paths.database, self.data_key)
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

    def refresh_person(self) -> str:
        """Take up who is working now (after a sign-in to HQ, a name given)."""
        if not self.fixed_user:
            with self.sessions() as session:
                self.user = recorded_name(session)
            self.sessions.kw["info"][SESSION_USER] = self.user
        return self.user

    def set_person_name(self, name: str) -> str:
        """The name the person gives (first run); returns who is recorded from now on."""
        name = " ".join(name.split())
        if not name:
            raise UserError(say("enter_your_name"))
        if len(name) > NAME_LENGTH:
            raise UserError(say("name_too_long", limit=NAME_LENGTH))
        self.set_setting(PERSON_SETTING, name)
        return self.refresh_person()

    def close(self) -> None:
        self._closed = True
        if self._watch is not None:
            self.writes.on_begin = self.writes.on_commit = None
            self._watch.close()
            self._watch = None
        if self.writes.checkpointer is not None:
            self.writes.checkpointer.close()
            self.writes.checkpointer = None
        self.engine.dispose()
        if self.checked_at is not None:
            leave_seal(self.paths.database, self.checked_at)


def open_store(data_dir: str | os.PathLike[str] | None = None, user: str | None = None,
               passphrase: str | None = None) -> Store:
    """Open (creating if needed) the store in ``data_dir``; migrate and load reference data.

    An encrypted folder is unlocked with the keyring's key, else with ``passphrase`` (see
    ``services.protection``: a wrong or missing one is a ``UserError``, nothing changed). A
    new folder opened with a ``passphrase`` is created encrypted; without one, plain (the
    app always asks for one on first run)."""
    from . import protection
    from .backups import check_before_open
    from .demo import mark_earlier_demo
    from .identity import check_identity
    from .reference import load_reference_data

    paths = DataPaths(resolve_data_dir(data_dir))
    found = protection.state(paths) if paths.root.exists() else protection.NEW
    key: bytes | None
    if found == protection.NEW and passphrase is not None:
        key = protection.protect(paths, passphrase)
    else:
        paths.ensure()
        key = protection.unlock(paths, passphrase)
        if key is not None:
            protection.finish_conversion(paths, key)
    checked_at = check_before_open(paths, key)  # a damaged database is never opened
    engine = make_engine(paths.database, key)
    # before any connection: each gets the backstop
    checkpointer = Checkpointer(engine, database_connector(paths.database, key))
    try:
        upgrade_to_head(engine, paths.database, paths.backups, key)
        who = user
        if who is None:
            with Session(engine) as session:
                who = recorded_name(session)
        store = Store(paths, engine, make_session_factory(engine, who), who,
                      fixed_user=user is not None, data_key=key)
        store.writes.checkpointer = checkpointer
        store.checked_at = checked_at
        load_reference_data(store)
        store.identity = check_identity(store)
        mark_earlier_demo(store)
        refresh_statistics(engine)
    except Exception:
        checkpointer.close()
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
