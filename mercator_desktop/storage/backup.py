"""Backups of the SQLite store, their restore, and the integrity check at start.

A backup is a copy made through SQLite's online backup API (consistent while the app writes,
WAL content included) into ``<data folder>/backups/``: ``mercator-<id>.sqlite`` beside its
manifest ``mercator-<id>.json`` (time, reason, schema version, size, integrity). The copy is
written under a temporary name, checked with ``PRAGMA quick_check``, synced to disk and only
then renamed, manifest last: a backup killed half-way is never listed, and the live database
is only ever read.

Keeping: the newest ``keep`` backups (default ``KEEP_BACKUPS``), plus the newest backup of
each of the last ``KEEP_DAYS`` days, plus the newest one taken before a schema upgrade.

Restore (``restore_backup``), with the store closed:

1. the backup is checked (``quick_check``) and copied to ``mercator.sqlite.restoring``;
   the copy is marked so that the sync treats the folder as restored (``RESTORED_MARK``);
2. a journal ``restore-in-progress.json`` is written: from now on the restore only goes
   forward;
3. the current database with its ``-wal``/``-shm`` files is moved into
   ``set-aside/<time>-<why>/`` (kept, never deleted: a damaged one for inspection, a healthy
   one was also copied as a ``before-restore`` backup first);
4. the copy is renamed into place and the journal removed.

A restore killed at any point is finished (or, before step 2, forgotten) by
``finish_interrupted_restore``, called before the store is opened.

Every SQLite connection of this module is opened by ``_connect`` (one place, so that an
encrypted store can open them with its key).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.problem_texts import say
from .crypto import connect_database
from .durable import fsync_dir, fsync_file

log = logging.getLogger(__name__)

KEEP_BACKUPS = 10
KEEP_DAYS = 7
PREFIX = "mercator-"
JOURNAL = "restore-in-progress.json"
RESTORING_SUFFIX = ".restoring"
SET_ASIDE = "set-aside"
#: value of ``sync.checkpoint`` in a restored copy: never the one the sync last wrote, so the
#: next opening sees a folder restored from a copy (``services.identity``)
RESTORED_MARK = "restored-from-backup-"
CHECKPOINT_KEY = "sync.checkpoint"
DEVICE_ID_KEY = "sync.device_id"

REASON_MIGRATION = "before-upgrade"
REASON_SYNC = "before-sync"
REASON_DAILY = "daily"
REASON_MANUAL = "manual"
REASON_RESTORE = "before-restore"


class BackupError(Exception):
    """A backup could not be made or restored; the message says why in plain words."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup as its manifest describes it."""

    id: str
    created_at: str  # ISO 8601, UTC
    reason: str
    schema_version: str | None
    size: int
    integrity_ok: bool
    integrity_message: str
    app_version: str
    file: Path

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    def manifest(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("file")
        return data


def _db_errors() -> tuple[type[Exception], ...]:
    """The errors of both SQLite modules: SQLCipher's are not ``sqlite3``'s."""
    try:
        import sqlcipher3.dbapi2
    except ImportError:  # pragma: no cover - a dependency on every platform
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.dbapi2.Error)


def _connect(path: Path, read_only: bool = False, key: bytes | None = None) -> Any:
    """The one place this module opens a SQLite database: encrypted with ``key`` (the data
    key of an encrypted folder, ``storage.crypto``), plain when it is None."""
    if read_only:
        return connect_database(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)
    return connect_database(path, key)


# --- integrity --------------------------------------------------------------------------------


def quick_check(database: Path, key: bytes | None = None) -> tuple[bool, str]:
    """``PRAGMA quick_check`` of ``database``, opened read-only: (ok, SQLite's words)."""
    try:
        connection = _connect(database, read_only=True, key=key)
    except _db_errors() as exc:
        return False, str(exc)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except _db_errors() as exc:
        return False, str(exc)
    finally:
        connection.close()
    words = "; ".join(str(r[0]) for r in rows[:5])
    return words == "ok", words


def schema_version(database: Path, key: bytes | None = None) -> str | None:
    try:
        connection = _connect(database, read_only=True, key=key)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except _db_errors():
        return None
    return str(row[0]) if row else None


# --- making backups ---------------------------------------------------------------------------


def _new_id(folder: Path, now: datetime, label: str) -> str:
    base = f"{now.strftime('%Y%m%d-%H%M%S')}-{label}"
    candidate, n = base, 1
    while (folder / f"{PREFIX}{candidate}.sqlite").exists() or \
            (folder / f"{PREFIX}{candidate}.json").exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def create_backup(database: Path, folder: Path, reason: str,
                  keep: int = KEEP_BACKUPS, label: str | None = None,
                  key: bytes | None = None) -> BackupInfo:
    """A consistent copy of ``database`` in ``folder`` with its manifest; then old copies are
    pruned. Its id is the time (UTC) and ``label`` (default: the reason), e.g.
    ``20261203-142500-daily``. Raises ``BackupError`` when the copy cannot be made."""
    if not database.is_file():
        raise BackupError(say("no_database_to_back_up", path=database))
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    backup_id = _new_id(folder, now, label or reason)
    target = folder / f"{PREFIX}{backup_id}.sqlite"
    temp = folder / f".{PREFIX}{backup_id}.sqlite.part"
    try:
        _copy_database(database, temp, key)
        ok, words = quick_check(temp, key)
        fsync_file(temp)
        os.replace(temp, target)
        info = BackupInfo(backup_id, now.isoformat(), reason,
                          schema_version(target, key), target.stat().st_size, ok, words,
                          __version__, target)
        _write_json(folder / f"{PREFIX}{backup_id}.json", info.manifest())
        fsync_dir(folder)
    except (OSError, *_db_errors()) as exc:
        temp.unlink(missing_ok=True)
        if not (folder / f"{PREFIX}{backup_id}.json").exists():
            target.unlink(missing_ok=True)
        raise BackupError(say("backup_not_written", path=folder,
                              reason=getattr(exc, "strerror", None) or exc)) from exc
    log.info("backup %s (%s) written to %s, integrity %s", backup_id, reason, target, words)
    prune(folder, keep)
    return info


def _copy_database(source_path: Path, target: Path, key: bytes | None = None) -> None:
    target.unlink(missing_ok=True)
    source = _connect(source_path, key=key)
    try:
        dest = _connect(target, key=key)
        try:
            source.backup(dest)
            # a backup is one file: no WAL beside it
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()


# --- listing and keeping ----------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every complete backup in ``folder``, newest first (a copy without its manifest, or a
    manifest without its copy, is not one)."""
    found = []
    if not folder.is_dir():
        return []
    for manifest in folder.glob(f"{PREFIX}*.json"):
        file = manifest.with_suffix(".sqlite")
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            info = BackupInfo(
                id=str(data["id"]), created_at=str(data["created_at"]),
                reason=str(data["reason"]), schema_version=data.get("schema_version"),
                size=int(data["size"]), integrity_ok=bool(data["integrity_ok"]),
                integrity_message=str(data.get("integrity_message", "")),
                app_version=str(data.get("app_version", "")), file=file)
            info.created  # noqa: B018  (a date that does not parse makes it unreadable)
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("unreadable backup manifest %s skipped", manifest)
            continue
        if file.is_file():
            found.append(info)
    return sorted(found, key=lambda b: (b.created_at, b.id), reverse=True)


def find_backup(folder: Path, backup_id: str) -> BackupInfo:
    """The backup of this id, or of the only id starting with it."""
    backups = list_backups(folder)
    for info in backups:
        if info.id == backup_id:
            return info
    matches = [b for b in backups if backup_id and b.id.startswith(backup_id)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise BackupError(say("backup_id_ambiguous", id=backup_id, count=len(matches)))
    raise BackupError(say("no_such_backup", id=backup_id, path=folder))


def newest_good_backup(folder: Path) -> BackupInfo | None:
    return next((b for b in list_backups(folder) if b.integrity_ok), None)


def prune(folder: Path, keep: int = KEEP_BACKUPS) -> list[str]:
    """Remove the backups the keeping rule (module docstring) lets go; returns their ids.
    Left-overs of a backup killed half-way go too."""
    backups = list_backups(folder)
    kept = {b.id for b in backups[:max(1, keep)]}
    newest_day = backups[0].created.date() if backups else None
    days: set[object] = set()
    for b in backups:
        day = b.created.date()
        if newest_day is not None and newest_day - day < timedelta(days=KEEP_DAYS) \
                and day not in days:
            days.add(day)
            kept.add(b.id)
    upgrade = next((b for b in backups if b.reason == REASON_MIGRATION), None)
    if upgrade is not None:
        kept.add(upgrade.id)
    removed = []
    for b in backups:
        if b.id not in kept:
            b.file.unlink(missing_ok=True)
            b.file.with_suffix(".json").unlink(missing_ok=True)
            removed.append(b.id)
    cutoff = time.time() - 3600
    for part in folder.glob(f".{PREFIX}*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:  # not one being written right now
                part.unlink()
    return removed


def backup_due(folder: Path, every: timedelta = timedelta(days=1)) -> bool:
    """Whether the newest backup is older than ``every`` (or there is none)."""
    backups = list_backups(folder)
    return not backups or datetime.now(UTC) - backups[0].created >= every


# --- restore ----------------------------------------------------------------------------------


def _companions(database: Path) -> list[Path]:
    return [database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal")]


def restore_backup(database: Path, folder: Path, backup_id: str, *,
                   current_damaged: bool = False, key: bytes | None = None) -> Path:
    """Put backup ``backup_id`` in place of ``database`` (whose store must be closed).
    A healthy current database is first copied as a ``before-restore`` backup; in any case
    its files are moved to ``set-aside/`` (returned). Raises ``BackupError`` and changes
    nothing when the backup is missing or damaged."""
    info = find_backup(folder, backup_id)
    ok, words = quick_check(info.file, key)
    if not ok:
        raise BackupError(say("backup_damaged", id=backup_id, detail=words))
    finish_interrupted_restore(database)
    if database.is_file() and not current_damaged:
        current_ok, _ = quick_check(database, key)
        if current_ok:
            create_backup(database, folder, REASON_RESTORE, keep=10**6, key=key)
        else:
            current_damaged = True
    staging = database.with_name(database.name + RESTORING_SUFFIX)
    try:
        _copy_database(info.file, staging, key)
        _mark_restored(staging, backup_id, key)
        fsync_file(staging)
    except (OSError, *_db_errors()) as exc:
        staging.unlink(missing_ok=True)
        raise BackupError(say("backup_not_copied", reason=exc)) from exc
    why = "damaged" if current_damaged else "replaced"
    aside = _unique(database.parent / SET_ASIDE /
                    f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{why}")
    _write_json(database.with_name(JOURNAL), {"backup": backup_id, "aside": str(aside),
                                              "staging": staging.name})
    fsync_dir(database.parent)
    _go_forward(database, staging, aside)
    log.info("backup %s restored into %s; the previous database is kept in %s",
                backup_id, database, aside)
    return aside


def finish_interrupted_restore(database: Path) -> bool:
    """Finish a restore that was killed after its journal was written, or forget one killed
    before (its staging copy is removed). Returns True when a restore was finished."""
    journal = database.with_name(JOURNAL)
    staging = database.with_name(database.name + RESTORING_SUFFIX)
    if not journal.exists():
        staging.unlink(missing_ok=True)
        return False
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        aside = Path(plan["aside"])
    except (OSError, ValueError, KeyError, TypeError):
        # the journal is written atomically: unreadable means never finished writing
        journal.unlink(missing_ok=True)
        staging.unlink(missing_ok=True)
        return False
    _go_forward(database, staging, aside)
    log.warning("an interrupted restore of backup %s was finished", plan.get("backup"))
    return True


def _go_forward(database: Path, staging: Path, aside: Path) -> None:
    """Steps 3 and 4 of a restore; each is a rename, so repeating them is safe."""
    if staging.exists():
        aside.mkdir(parents=True, exist_ok=True)
        # the WAL first: a WAL must never be left beside a database it does not belong to
        for path in [*_companions(database), database]:
            if path.exists():
                os.replace(path, aside / path.name)
        fsync_dir(aside)
        os.replace(staging, database)
        fsync_dir(database.parent)
    database.with_name(JOURNAL).unlink(missing_ok=True)
    fsync_dir(database.parent)


def _mark_restored(path: Path, backup_id: str, key: bytes | None = None) -> None:
    connection = _connect(path, key=key)
    try:
        with connection:
            exists = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='local_settings'"
            ).fetchone()
            has_device = exists and connection.execute(
                "SELECT 1 FROM local_settings WHERE key=?", (DEVICE_ID_KEY,)).fetchone()
            if has_device:
                connection.execute(
                    "INSERT OR REPLACE INTO local_settings (key, value) VALUES (?, ?)",
                    (CHECKPOINT_KEY, f"{RESTORED_MARK}{backup_id}"))
    finally:
        connection.close()


def set_aside_damaged(database: Path) -> Path:
    """Move a damaged database (and its WAL) out of the way without a backup to put back."""
    aside = _unique(database.parent / SET_ASIDE /
                    f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-damaged")
    aside.mkdir(parents=True)
    for path in [*_companions(database), database]:
        if path.exists():
            os.replace(path, aside / path.name)
    fsync_dir(database.parent)
    return aside


# --- small file helpers -----------------------------------------------------------------------


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _write_json(path: Path, data: dict[str, object]) -> None:
    handle, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise

