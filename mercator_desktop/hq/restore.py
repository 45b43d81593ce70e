"""Backups and restores of HQ's database, and the new epoch a restore begins.

A restored database has lost the changes made after its copy was taken. Beginning a new
epoch tells every device so at its next sync: each sends again what it confirmed after the
copy (and its unsent work), then reads the stream from the start; what HQ lost comes back
from the devices that hold it. ``backup``/``restore`` handle SQLite files; after restoring
PostgreSQL (pg_restore) run ``mark-restored``.

The evidence files are not in the database: ``backup FILE`` copies them too, into the folder
``FILE-files`` beside the copy, and ``restore FILE`` puts back from there those the files
folder lacks. Files are named by their SHA-256 and never change, so a copy is never stale
and a restore removes nothing; a file lost all the same is sent again by a laptop that
holds it (``sync.files``).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from . import sequence
from .db import open_database
from .files import configured_folder


def _sqlite_path(url: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or \
            parsed.database == ":memory:":
        raise ValueError("backup and restore copy SQLite files; for PostgreSQL use pg_dump "
                         "and pg_restore, then 'mercator-hq mark-restored'")
    return Path(parsed.database)


def files_copy(backup_file: Path) -> Path:
    """Where ``backup`` keeps the evidence files of the database copy ``backup_file``."""
    return backup_file.with_name(backup_file.name + "-files")


def _copy_files(source: Path, target: Path) -> int:
    """Copy the stored files (``ab/abcd…``) of ``source`` that ``target`` lacks; parts of
    unfinished uploads stay behind. Returns how many were copied."""
    copied = 0
    if not source.is_dir():
        return 0
    for path in sorted(source.glob("??/*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        there = target / path.parent.name / path.name
        if there.exists():
            continue
        there.parent.mkdir(parents=True, exist_ok=True)
        part = there.with_name(there.name + ".copying")
        shutil.copyfile(path, part)
        part.replace(there)
        copied += 1
    return copied


def backup(url: str, target: Path, files: str | None = None) -> str:
    """A consistent copy of the running database (SQLite's online backup), then of the
    evidence files (those of the copy's records were all stored before it was taken)."""
    source = _sqlite_path(url)
    if not source.exists():
        raise ValueError(f"no database at {source}")
    folder = files_copy(target)
    if target.exists() or folder.exists():
        raise ValueError(f"{target} exists already; choose a new file name")
    part = target.with_name(target.name + ".part")
    with sqlite3.connect(source) as src, sqlite3.connect(part) as dst:
        src.backup(dst)
    folder.mkdir(parents=True)
    count = _copy_files(configured_folder(url, files), folder)
    part.replace(target)
    return f"backup written to {target}, with {count} evidence files in {folder}"


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


def restore(url: str, source: Path, files: str | None = None) -> str:
    """Put ``source`` in place of the database (the service must be stopped), put back the
    evidence files the files folder lacks, and begin a new epoch. The database it replaces
    is kept beside it as ``….replaced``."""
    target = _sqlite_path(url)
    _check_hq_file(source)
    if target.exists():
        kept = target.with_name(target.name + ".replaced")
        with sqlite3.connect(target) as live, sqlite3.connect(kept) as copy:
            live.backup(copy)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    count = _copy_files(files_copy(source), configured_folder(url, files))
    return f"{count} evidence files put back; " + mark_restored(
        url, f"restored from {source.name}")


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
