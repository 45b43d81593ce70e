"""The search index filled once for rows inserted in bulk, instead of row by row.

The search triggers (migration ``0006_search_index``) index each inserted record as it
arrives: for thousands of missions that is most of an import's write time. ``indexed_later``
drops a table's AFTER INSERT search trigger while the caller inserts and creates it again
from its stored text after; ``catch_up`` then runs the trigger's own statements once over
the rows inserted meanwhile (the rowids above the largest one before): the index ends
exactly as the trigger would have left it. Trigger and rows change in the caller's
transaction, so a rollback or a killed process leaves the trigger and the index as they
were.

The entries made so are added to the full-text index in one statement too, the entries'
own insert trigger (one full-text insert per entry) set aside meanwhile in the same way.

A trigger whose text does not have the shape the migrations give it is left in place (its
rows are then indexed one by one: correct, only slower); ``bulk_statements`` says which.

The rows are not indexed in the import's transaction at all (a fifth of SQLite's work
in an import): the same transaction records, in ``local_settings``, the rowid above which
the table's rows may lack their entries (the backlog), and ``catch_up`` indexes them later
(the search runs it before it reads the index, so a search never misses them). The backlog
commits with the rows or not at all, and a catch-up is one transaction that clears it, so a
killed process leaves either the backlog or its entries, never rows nobody will index.
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
#: ``local_settings`` key of a table's backlog: its rows above this rowid may lack entries
BACKLOG_KEY = "search.unindexed_after.{table}"
_BACKLOG_KEYS = "search.unindexed_after.%"
#: SQLite page cache while catching up (negative: KiB)
LARGE_CACHE_KIB = -131072


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


def _index_rows_above(connection: Connection, bulk: BulkIndexing, after: int,
                      set_aside: dict[str, str]) -> None:
    """The trigger's work for every row of its table above rowid ``after``: their old
    entries forgotten, new ones made and added to the full-text index in one statement
    each (the entries' own trigger set aside in ``set_aside`` meanwhile)."""
    run = connection.exec_driver_sql
    run(bulk.forget, (after,))
    entries_trigger = run("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                          (ENTRIES_TRIGGER,)).scalar()
    if entries_trigger == _ENTRIES_TRIGGER_SQL:
        last_entry = run("SELECT coalesce(max(id), 0) FROM search_entries").scalar()
        run(f"DROP TRIGGER {ENTRIES_TRIGGER}")
        set_aside[ENTRIES_TRIGGER] = entries_trigger
        run(bulk.index, (after,))
        run(_ENTRIES_TO_FULL_TEXT, (last_entry,))
    else:
        run(bulk.index, (after,))


def _put_back(connection: Connection, set_aside: dict[str, str]) -> None:
    # After a failure the caller rolls back, which brings the triggers back too; should it
    # carry on instead, the triggers are there all the same.
    run = connection.exec_driver_sql
    for name, create in set_aside.items():
        if not run("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                   (name,)).scalar():
            run(create)


@contextmanager
def indexed_later(connection: Connection, table: str) -> Iterator[None]:
    """Rows inserted into ``table`` within the block are left for ``catch_up`` to index:
    the backlog that says so is written at the block's end, in the same transaction (see
    the module's docstring)."""
    bulk = bulk_statements(connection, table)
    if bulk is None:
        yield
        return
    run = connection.exec_driver_sql
    after = run(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar_one()
    run(f"DROP TRIGGER {bulk.trigger}")
    try:
        yield
        if run(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar_one() > after:
            # an earlier backlog not caught up yet starts lower: it stays
            run("INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                "UPDATE SET value = min(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
                (BACKLOG_KEY.format(table=table), after))
    finally:
        _put_back(connection, {bulk.trigger: bulk.create})


def backlog(connection: Connection) -> dict[str, int]:
    """Table -> the rowid above which its rows may lack search entries (empty when the
    index is complete)."""
    if connection.dialect.name != "sqlite":
        return {}
    prefix = len(BACKLOG_KEY.format(table=""))
    return {key[prefix:]: int(value) for key, value in connection.exec_driver_sql(
        "SELECT key, value FROM local_settings WHERE key LIKE ?", (_BACKLOG_KEYS,))}


def catch_up(connection: Connection) -> int:
    """Index the rows ``indexed_later`` left, in the caller's (write) transaction, and clear
    the backlog; returns how many tables had one."""
    waiting = backlog(connection)
    if not waiting:
        return 0
    run = connection.exec_driver_sql
    # A page cache large enough for the full-text index's pages (SQLite's default of 2 MiB
    # spills them to the WAL and reads them back: twice the time for 20,000 missions).
    cache = run("PRAGMA cache_size").scalar()
    run(f"PRAGMA cache_size={LARGE_CACHE_KIB}")
    try:
        _catch_up(connection, waiting)
    finally:
        run(f"PRAGMA cache_size={int(cache or -2000)}")
    return len(waiting)


def _catch_up(connection: Connection, waiting: dict[str, int]) -> None:
    for table, after in waiting.items():
        bulk = bulk_statements(connection, table)
        if bulk is not None:
            set_aside: dict[str, str] = {}
            try:
                _index_rows_above(connection, bulk, after, set_aside)
            finally:
                _put_back(connection, set_aside)
        # (a migration changing a table's search trigger catches up before it, or refills
        # the entries from the data: see docs/search.md)
        connection.exec_driver_sql("DELETE FROM local_settings WHERE key = ?",
                                   (BACKLOG_KEY.format(table=table),))
