"""HQ database: engine (SQLite or PostgreSQL), migrations to head, service identity."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..storage import json_codec
from . import sequence
from .models import Counter, ServiceInfo

ENV_DB = "MERCATOR_HQ_DB"
DEFAULT_DB = "sqlite:///mercator-hq.sqlite"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hq_alembic_version"


def database_url(option: str | None) -> str:
    return option or os.environ.get(ENV_DB) or DEFAULT_DB


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                               hide_parameters=True, json_deserializer=json_codec.loads,
                               json_serializer=json_codec.dumps)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # errors name the statement, never the values (what experts wrote): see storage.engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True,
                         json_deserializer=json_codec.loads, json_serializer=json_codec.dumps)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        return context.get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head and make sure the service identity and counter exist."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if current_revision(engine) != head:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    with Session(engine) as session, session.begin():
        if session.get(ServiceInfo, "service_id") is None:
            session.add(ServiceInfo(key="service_id", value=str(uuid.uuid4())))
        if session.get(Counter, "seq") is None:
            session.add(Counter(name="seq", value=0))
        session.flush()
        sequence.ensure_epoch(session)


def open_database(url: str, new_range: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """Open (migrating) HQ's database; ``new_range`` begins a new range of sequence numbers
    (every start of the service does, see ``hq.sequence``)."""
    engine = make_engine(url)
    upgrade(engine)
    if new_range:
        with Session(engine) as session, session.begin():
            sequence.open_range(session)
    return engine, sessionmaker(bind=engine, expire_on_commit=False)


def service_id(session: Session) -> str:
    return sequence.service_id(session)
