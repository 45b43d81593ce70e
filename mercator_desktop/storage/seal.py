"""The seal a clean close leaves beside the database, so that the next start can skip the full
integrity check of a file nobody touched since.

A full ``PRAGMA quick_check`` reads every page: seconds for a large database on an old laptop,
at every start. Damage comes from a crash in the middle of a write, a disk that fails or a
file changed behind the app's back; so the check is skipped only when the seal left by the
last clean close still matches the file exactly (size and modification time, no write-ahead
log left over) and the file passed a full check less than ``FULL_CHECK_EVERY`` ago. The seal
is taken away when the database is opened: a crash, a kill or a power cut leaves none, and the
next start checks in full. The daily backup checks its copy in full as well.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

FULL_CHECK_EVERY = timedelta(days=7)


def seal_path(database: Path) -> Path:
    """Beside the database, named apart from it (nothing that cleans up the database's own
    companion files, ``-wal``, ``-shm``, ``.*``, takes it for one of them)."""
    return database.with_name("integrity-seal.json")


def _fingerprint(database: Path) -> dict[str, int]:
    stat = database.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _wal_in_use(database: Path) -> bool:
    wal = database.with_name(database.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def take_seal(database: Path, now: datetime | None = None) -> datetime | None:
    """Remove the seal; when it still matches ``database`` and its full check is recent,
    return the time of that check (the full check may be skipped), else None."""
    path = seal_path(database)
    try:
        return _checked_at(database, now)
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def seal_holds(database: Path, now: datetime | None = None) -> bool:
    """Would ``take_seal`` let the full check be skipped? The seal is left in place."""
    return _checked_at(database, now) is not None


def _checked_at(database: Path, now: datetime | None) -> datetime | None:
    try:
        data = json.loads(seal_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    try:
        checked = datetime.fromisoformat(data["checked_at"])
        matches = {k: data[k] for k in ("size", "mtime_ns")} == _fingerprint(database)
    except (KeyError, TypeError, ValueError, OSError):
        return None
    now = now or datetime.now(UTC)
    if not matches or _wal_in_use(database) or not timedelta(0) <= now - checked \
            < FULL_CHECK_EVERY:
        return None
    return checked


def leave_seal(database: Path, checked_at: datetime) -> None:
    """After a clean close: record the file as it is now (nothing when a write-ahead log is
    left over, or the file is gone)."""
    try:
        if _wal_in_use(database):
            return
        data = {**_fingerprint(database), "checked_at": checked_at.isoformat()}
        temporary = seal_path(database).with_suffix(".tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, seal_path(database))
    except OSError:
        return
