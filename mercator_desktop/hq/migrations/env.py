"""Alembic environment of the HQ schema: runs on the connection ``hq.db`` hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from mercator_desktop.hq.models import HQBase

target_metadata = HQBase.metadata
VERSION_TABLE = "hq_alembic_version"


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        url = context.config.get_main_option("sqlalchemy.url")
        assert url, "no connection and no sqlalchemy.url"
        with create_engine(url).begin() as conn:
            _configure_and_run(conn)
    else:
        _configure_and_run(connection)


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
