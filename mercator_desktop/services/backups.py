"""Backups as the app and the command line use them: list, make, restore, and the check of
the database before a store is opened (``check_before_open``: a damaged database is never
opened for writing; the newest good backup is offered instead).

The files themselves are handled by ``storage.backup`` (its docstring says how a restore
survives being killed). A restore needs the store closed: the caller closes it, calls
``restore``, and opens the data folder again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..domain.errors import UserError
from ..domain.problem_texts import message_of, say
from ..paths import DataPaths
from ..storage import backup as files
from ..storage import seal
from .store import Store

log = logging.getLogger(__name__)

KEEP_SETTING = "backups.keep"
DAILY = timedelta(days=1)
MAX_KEEP = 1000


class DatabaseDamagedError(UserError):
    """The database failed its integrity check; it was not opened."""

    def __init__(self, database: Path, problem: str, newest: BackupView | None,
                 key: bytes | None = None) -> None:
        self.database = database
        #: the data key the folder was unlocked with (to restore an encrypted backup)
        self.key = key
        self.problem = problem
        self.newest = newest
        super().__init__(
            say("database_damaged_restore", path=database, detail=problem, id=newest.id,
                when=newest.when) if newest else
            say("database_damaged_no_backup", path=database, detail=problem))


@dataclass(frozen=True)
class BackupView:
    """One backup as shown in a list."""

    id: str
    created: datetime  # local time
    reason: str
    schema_version: str
    size: int
    integrity_ok: bool

    @property
    def when(self) -> str:
        return self.created.strftime("%Y-%m-%d %H:%M")

    @classmethod
    def of(cls, info: files.BackupInfo) -> BackupView:
        return cls(info.id, info.created.astimezone(), info.reason, info.schema_version or "",
                   info.size, info.integrity_ok)


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupView
    #: where the database that was replaced now is
    set_aside: Path


def _user_error(exc: files.BackupError) -> UserError:
    return UserError(message_of(exc))


def list_backups(paths: DataPaths) -> list[BackupView]:
    """Newest first; works without opening the store (also for a damaged database)."""
    return [BackupView.of(b) for b in files.list_backups(paths.backups)]


def check_before_open(paths: DataPaths, key: bytes | None = None) -> datetime:
    """Finish a restore that was interrupted, then ``PRAGMA quick_check`` the database (when
    there is one), unless the seal of a clean close says nobody touched it since a recent
    full check (``storage.seal``). Raises ``DatabaseDamagedError`` when the check fails;
    returns when the database last passed a full check."""
    files.finish_interrupted_restore(paths.database)
    now = datetime.now(UTC)
    if not paths.database.is_file():
        return now
    checked = seal.take_seal(paths.database, now)
    if checked is not None:
        return checked
    ok, words = files.quick_check(paths.database, key)
    if not ok:
        newest = files.newest_good_backup(paths.backups)
        log.error("database %s failed its integrity check: %s", paths.database, words)
        raise DatabaseDamagedError(paths.database, words,
                                   BackupView.of(newest) if newest else None, key)
    return now


def restore(paths: DataPaths, backup_id: str, damaged: bool = False,
            key: bytes | None = None) -> RestoreResult:
    """Put a backup in place of the database; the store of ``paths`` must be closed.
    ``damaged``: the current database failed its check (it is kept aside, not copied)."""
    try:
        info = files.find_backup(paths.backups, backup_id)
        aside = files.restore_backup(paths.database, paths.backups, info.id,
                                     current_damaged=damaged, key=key)
    except files.BackupError as exc:
        raise _user_error(exc) from None
    return RestoreResult(BackupView.of(info), aside)


def keep_count(store: Store) -> int:
    value = store.get_setting(KEEP_SETTING)
    try:
        return max(1, min(MAX_KEEP, int(value))) if value else files.KEEP_BACKUPS
    except ValueError:
        return files.KEEP_BACKUPS


def set_keep_count(store: Store, count: int) -> None:
    if not 1 <= count <= MAX_KEEP:
        raise UserError(say("keep_backups_range", limit=MAX_KEEP, count=count))
    store.set_setting(KEEP_SETTING, str(count))
    files.prune(store.paths.backups, count)


def create(store: Store, reason: str = files.REASON_MANUAL) -> BackupView:
    """A backup of the open store now (safe while it is in use)."""
    try:
        info = files.create_backup(store.paths.database, store.paths.backups, reason,
                                   keep=keep_count(store), key=store.data_key)
    except files.BackupError as exc:
        raise _user_error(exc) from None
    return BackupView.of(info)


def daily_backup_if_due(store: Store) -> BackupView | None:
    """The daily backup, when the newest backup is a day old or there is none. Never raises:
    a backup that cannot be made is logged (the work itself is not at risk)."""
    if store.closed or not files.backup_due(store.paths.backups, DAILY):
        return None
    try:
        return create(store, files.REASON_DAILY)
    except UserError as exc:
        log.warning("the daily backup could not be made: %s", exc)
        return None
