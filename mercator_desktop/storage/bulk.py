"""The bulk writes of sync, run by the database driver's ``executemany``.

A push at HQ writes a thousand records and as many applied changes in one go, and a pull
on the laptop as many rows. Through SQLAlchemy's statements each row's parameters are
built, named and processed one by one — on a sync of 10,000 answers that cost more than
the database's own work. Here the
statement's text is written once per table and dialect (``?`` for SQLite, ``%s`` for
psycopg), and each value goes through its column type's bind processor only (the same
conversion SQLAlchemy applies: JSON written by ``json_codec.dumps``, times as the dialect
stores them), so the rows stored are the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


class BulkWrite:
    """``INSERT`` of ``columns`` into ``table``, or with ``keys`` an ``UPDATE`` of
    ``columns`` of the row those key columns name. Rows are tuples: the columns' values,
    then (for an update) the keys'."""

    def __init__(self, table: Table, columns: Sequence[str], keys: Sequence[str] = ()) -> None:
        self.table = table
        self.columns = [table.c[name] for name in (*columns, *keys)]
        if keys:
            self.text = (f"UPDATE {table.name} SET " + ", ".join(f"{c} = ?" for c in columns)
                         + " WHERE " + " AND ".join(f"{k} = ?" for k in keys))
        else:
            self.text = (f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
                         f"({', '.join('?' for _ in columns)})")
        self._prepared: dict[str, tuple[str, list[Any]]] = {}

    def _for(self, dialect: Any) -> tuple[str, list[Any]]:
        found = self._prepared.get(dialect.name)
        if found is None:
            text = self.text if dialect.paramstyle == "qmark" else self.text.replace("?", "%s")
            processors = [c.type.dialect_impl(dialect).bind_processor(dialect)
                          for c in self.columns]
            found = self._prepared[dialect.name] = (text, processors)
        return found

    def run(self, session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        connection = session.connection()
        text, processors = self._for(connection.dialect)
        converting = [(i, p) for i, p in enumerate(processors) if p is not None]
        if converting:  # column by column: one pass of each processor over its column
            columns: list[Any] = list(zip(*rows, strict=True))
            for i, process in converting:
                columns[i] = _processed(process, columns[i])
            rows = list(zip(*columns, strict=True))
        connection.exec_driver_sql(text, list(rows))


_NOTHING = object()


def _processed(process: Any, values: Sequence[Any]) -> list[Any]:
    """``process`` of each value; a value repeated from the row before (the same object: a
    push's one time stamp, its user) is processed once."""
    out = []
    last: Any = _NOTHING
    done: Any = None
    for value in values:
        if value is not last:
            last, done = value, process(value)
        out.append(done)
    return out


@cache
def bulk_write(table: Table, columns: tuple[str, ...], keys: tuple[str, ...] = ()) -> BulkWrite:
    """The ``BulkWrite`` of these columns (made once)."""
    return BulkWrite(table, columns, keys)
