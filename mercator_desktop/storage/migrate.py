"""Brings a store's schema to the head revision, after a backup copy.

A database stamped with a revision this program does not know was written by a newer
Mercator Desktop: it is refused, never opened or touched.

Alembic is imported only when there is something to do: at every start the stamped revision
is read with one query and compared with the head found by reading the ``revision`` /
``down_revision`` lines of the migration files (``cheap_head``); when that reading is not
certain (a file it cannot read that way, several heads) Alembic decides, as before.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from ..domain.errors import SchemaTooNewError
from ..domain.problem_texts import say
from . import backup

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def cheap_head(folder: Path | None = None) -> str | None:
    """The head revision read from the migration files' text (no Alembic import); None when
    a file does not say its revision in the usual way or there is not exactly one head."""
    folder = folder or MIGRATIONS_DIR / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in folder.glob("*.py"):
        if file.name == "__init__.py":
            continue
        text = file.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stamped_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with (one query; None for a new database)."""
    with engine.connect() as connection:
        try:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        except OperationalError:  # no such table: nothing migrated yet
            return None
    return rows[0][0] if len(rows) == 1 else None


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """For comparing the schema with the models: the search index (tables ``search_*``,
    FTS5 and its shadow tables, made by migration 0006 and kept by triggers) has no model."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, database: Path | None, backups: Path | None,
                    key: bytes | None = None) -> bool:
    """Migrate to head; returns True when anything was applied.

    ``database``/``backups`` name the SQLite file and the folder for the copy taken before
    an existing store is changed (no copy for a brand-new file); ``key`` is the store's data
    key (the copy is encrypted with it too).
    """
    if engine.dialect.name == "sqlite":
        stamped = stamped_revision(engine)
        if stamped is not None and stamped == cheap_head():
            return False
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return False
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise SchemaTooNewError(say("schema_too_new", schema=current))
        if database is not None and backups is not None:
            backup_database(database, backups, f"before-{head}", key)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database migrated from %s to %s", current, head)
    return True


def backup_database(database: Path, folder: Path, label: str, key: bytes | None = None,
                    reason: str = backup.REASON_MIGRATION) -> Path:
    """A consistent copy with its manifest (``storage.backup``), encrypted with the store's
    ``key`` when it has one; returns the copy's path."""
    return backup.create_backup(database, folder, reason, label=label, key=key).file
