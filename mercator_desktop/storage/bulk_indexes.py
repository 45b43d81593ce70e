"""A table's secondary indexes built once after a bulk insert, instead of row by row.

Inserting thousands of rows into a table updates each of its indexes at every row; when the
rows added are at least as many as the table held, dropping the plain (not unique) indexes
before the inserts and creating them again from their stored text afterwards is faster (a
usual bulk-load technique; measured in ``benchmarks/bench_import.py``). Unique indexes and
the constraints of the table itself stay, so a duplicate is still refused as it is inserted.
All of it happens in the caller's transaction: a rollback or a killed process leaves the
indexes as they were, and should the caller carry on after a failure, the indexes are made
again all the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

#: fewer rows than this are inserted with the indexes in place (nothing to gain)
LEAST_ROWS = 1000


def plain_indexes(connection: Connection, table: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX text) of the table's indexes that are neither unique nor made by
    a constraint."""
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name", (table,)).all()
    return [(name, sql) for name, sql in rows if sql.upper().startswith("CREATE INDEX ")]


@contextmanager
def indexes_built_after(connection: Connection, adding: dict[str, int]) -> Iterator[None]:
    """Within the block, ``adding[table]`` rows are inserted into each table; the plain
    indexes of the tables that will at least double are built at the block's end."""
    if connection.dialect.name != "sqlite":
        yield
        return
    run = connection.exec_driver_sql
    deferred: list[tuple[str, str]] = []
    for table, count in adding.items():
        if count >= LEAST_ROWS and \
                count >= int(run(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').scalar_one()):
            deferred += plain_indexes(connection, table)
    for name, _sql in deferred:
        run(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for name, sql in deferred:
            if not run("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?",
                       (name,)).scalar():
                run(sql)
