"""Backups and restores of HQ's database, and the new epoch a restore begins.

A restored database has lost the changes made after its copy was taken. Beginning a new
epoch tells every device so at its next sync: each sends again what it confirmed after the
copy (and its unsent work), then reads the stream from the start; what HQ lost comes back
from the devices that hold it. ``backup``/``restore`` handle SQLite files; after restoring
PostgreSQL (pg_restore) run ``mark-restored``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from . import sequence
from .db import open_database


def _sqlite_path(url: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or \
            parsed.database == ":memory:":
        raise ValueError("backup and restore copy SQLite files; for PostgreSQL use pg_dump "
                         "and pg_restore, then 'mercator-hq mark-restored'")
    return Path(parsed.database)


def backup(url: str, target: Path) -> str:
    """A consistent copy of the running database (SQLite's online backup)."""
    source = _sqlite_path(url)
    if not source.exists():
        raise ValueError(f"no database at {source}")
    if target.exists():
        raise ValueError(f"{target} exists already; choose a new file name")
    part = target.with_name(target.name + ".part")
    with sqlite3.connect(source) as src, sqlite3.connect(part) as dst:
        src.backup(dst)
    part.replace(target)
    return f"backup written to {target}"


def _check_hq_file(path: Path) -> None:
    if not path.is_file():
        raise ValueError(f"no file at {path}")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            tables = {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"{path} is not an SQLite database ({exc})") from None
    if not {"records", "counters", "service_info"} <= tables:
        raise ValueError(f"{path} is not a Mercator HQ database")


def restore(url: str, source: Path) -> str:
    """Put ``source`` in place of the database (the service must be stopped) and begin a
    new epoch. The database it replaces is kept beside it as ``….replaced``."""
    target = _sqlite_path(url)
    _check_hq_file(source)
    if target.exists():
        kept = target.with_name(target.name + ".replaced")
        with sqlite3.connect(target) as live, sqlite3.connect(kept) as copy:
            live.backup(copy)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return mark_restored(url, f"restored from {source.name}")


def mark_restored(url: str, reason: str = "restored by the administrator") -> str:
    engine, _ = open_database(url, new_range=False)
    try:
        with Session(engine) as session, session.begin():
            restored = sequence.lock_sequence(session)
            sid = sequence.new_epoch(session, reason, restored)
    finally:
        engine.dispose()
    return (f"new epoch {sid}: devices will send again what was confirmed after sequence "
            f"number {restored}")
