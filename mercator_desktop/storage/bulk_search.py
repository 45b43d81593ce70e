"""The search index filled once for rows inserted in bulk, instead of row by row.

The search triggers (migration ``0006_search_index``) index each inserted record as it
arrives: for thousands of missions that is most of an import's write time. ``indexed_once``
drops a table's AFTER INSERT search trigger while the caller inserts, then runs the
trigger's own statements once over the rows inserted meanwhile (the rowids above the largest
one before) and creates the trigger again from its stored text: the index ends exactly as
the trigger would have left it. All of it happens in the caller's transaction, so a rollback
or a killed process leaves the trigger and the index as they were.

The entries made so are added to the full-text index in one statement too, the entries'
own insert trigger (one full-text insert per entry) set aside meanwhile in the same way.

A trigger whose text does not have the shape the migrations give it is left in place (its
rows are then indexed one by one: correct, only slower); ``bulk_statements`` says which.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

_TRIGGER = re.compile(
    r"CREATE TRIGGER (?P<name>\w+) AFTER INSERT ON (?P<table>\w+) BEGIN "
    r"DELETE FROM search_entries WHERE record_id = new\.id AND kind = '(?P<kind>\w+)'; "
    r"(?P<insert>INSERT INTO search_entries \([\w, ]+\) SELECT .*); END", re.DOTALL)
#: each part of the trigger's SELECT reads the inserted row from a one-row subquery
_ONE_ROW = "FROM (SELECT 1) WHERE "
#: the entries' own trigger, which adds each entry to the full-text index
ENTRIES_TRIGGER = "search_entries_ai"
_ENTRIES_TRIGGER_SQL = ("CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
                        "INSERT INTO search_index (rowid, text) VALUES (new.id, new.text); END")
_ENTRIES_TO_FULL_TEXT = ("INSERT INTO search_index (rowid, text) "
                         "SELECT id, text FROM search_entries WHERE id > ?")


@dataclass(frozen=True)
class BulkIndexing:
    """A table's insert trigger (``trigger``: name, ``create``: its text) and the two
    statements that do its work for every row whose rowid is above their one parameter."""

    trigger: str
    create: str
    forget: str
    index: str


def bulk_statements(connection: Connection, table: str) -> BulkIndexing | None:
    """How the search trigger of ``table`` can be run once for many rows; None when the
    table has no such trigger or its text is not understood."""
    if connection.dialect.name != "sqlite":
        return None
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
        "AND name LIKE 'search\\_%\\_ai' ESCAPE '\\'", (table,)).all()
    if len(rows) != 1:
        return None
    name, create = rows[0]
    found = _TRIGGER.fullmatch(create)
    if found is None or found["name"] != name or found["table"] != table:
        return None
    insert = found["insert"]
    parts = insert.count(" UNION ALL ") + 1
    # The table itself, aliased "new", stands for the one row: the trigger's own SELECT runs
    # over every row inserted since.
    index = insert.replace(_ONE_ROW, f"FROM {table} AS new WHERE new.rowid > ?1 AND ")
    if insert.count(_ONE_ROW) != parts or "(SELECT 1)" in index:
        return None
    forget = (f"DELETE FROM search_entries WHERE kind = '{found['kind']}' AND record_id IN "
              f"(SELECT id FROM {table} WHERE rowid > ?1)")
    return BulkIndexing(name, create, forget, index)


@contextmanager
def indexed_once(connection: Connection, table: str) -> Iterator[None]:
    """Rows inserted into ``table`` within the block are indexed for the search once, at
    its end, in the same transaction (see the module's docstring)."""
    bulk = bulk_statements(connection, table)
    if bulk is None:
        yield
        return
    run = connection.exec_driver_sql
    after = run(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar()
    run(f"DROP TRIGGER {bulk.trigger}")
    entries_trigger = run("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                          (ENTRIES_TRIGGER,)).scalar()
    set_aside = {bulk.trigger: bulk.create}
    try:
        yield
        run(bulk.forget, (after,))
        if entries_trigger == _ENTRIES_TRIGGER_SQL:
            last_entry = run("SELECT coalesce(max(id), 0) FROM search_entries").scalar()
            run(f"DROP TRIGGER {ENTRIES_TRIGGER}")
            set_aside[ENTRIES_TRIGGER] = entries_trigger
            run(bulk.index, (after,))
            run(_ENTRIES_TO_FULL_TEXT, (last_entry,))
        else:
            run(bulk.index, (after,))
    finally:
        # After a failure the caller rolls back, which brings the triggers back too; should
        # it carry on instead, the triggers are there all the same.
        for name, create in set_aside.items():
            if not run("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                       (name,)).scalar():
                run(create)
