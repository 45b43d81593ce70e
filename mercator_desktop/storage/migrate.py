"""Brings a store's schema to the head revision, after a backup copy.

A database stamped with a revision this program does not know was written by a newer
Mercator Desktop: it is refused, never opened or touched.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..domain.errors import SchemaTooNewError
from .crypto import connect_database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KEEP_BACKUPS = 10


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, database: Path | None, backups: Path | None,
                    key: bytes | None = None) -> bool:
    """Migrate to head; returns True when anything was applied.

    ``database``/``backups`` name the SQLite file and the folder for the copy taken before
    an existing store is changed (no copy for a brand-new file); ``key`` is the store's data
    key (the copy is encrypted with it too).
    """
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return False
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise SchemaTooNewError(
                f"This data was written by a newer version of Mercator Desktop (schema "
                f"{current}). Install the newer version to open it; nothing was changed."
            )
        if database is not None and backups is not None:
            backup_database(database, backups, f"before-{head}", key)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database migrated from %s to %s", current, head)
    return True


def backup_database(database: Path, folder: Path, label: str, key: bytes | None = None) -> Path:
    """A consistent copy through SQLite's backup API (safe while WAL holds changes), encrypted
    with the store's ``key`` when it has one."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"mercator-{stamp}-{label}.sqlite"
    source = connect_database(database, key)
    try:
        dest = connect_database(target, key)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    _prune(folder)
    log.info("backup written to %s", target)
    return target


def _prune(folder: Path) -> None:
    copies = sorted(folder.glob("mercator-*.sqlite"))
    for old in copies[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
