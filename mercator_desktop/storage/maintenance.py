"""Keeps SQLite's query planner statistics fresh.

Without statistics SQLite may pick the index on the ``deleted`` flag (two values) for a join
and scan every row per mission: the mission list took 80 s at 20,000 missions that way.
``ANALYZE`` takes a fraction of a second, so it runs at start-up whenever one of the tables
that grow (missions, answers, answer history) has grown or shrunk a lot since the last run.

A table's size is read as the span of its row ids (``max(rowid) - min(rowid) + 1``): two
index descents, where ``count(*)`` reads every page of an index — 160,000 answers and their
history cost a plain store about 2.5 ms at each start, an encrypted one, which decrypts each
page it reads, about 10 ms. Rows are appended with growing row ids and rarely deleted (the
trash keeps them), so the span follows the count closely enough to tell "doubled" or
"halved"; a ``VACUUM`` renumbers the ids and makes it exact again.

Only ``sqlite_stat1`` is kept. The SQLCipher build of an encrypted store has STAT4, whose
``ANALYZE`` also writes ``sqlite_stat4`` (about a thousand index samples at 5,000 missions):
SQLite reads and decodes all of it whenever a connection loads the schema, which made opening
an encrypted store 1.8 times as slow as a plain one. The plain store's SQLite has no STAT4, so
dropping the table also gives both stores the same query plans.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, text

log = logging.getLogger(__name__)
SETTING = "planner_statistics_rows"
#: the tables that grow; their sizes at the last ANALYZE, each under its own key (the
#: missions' under SETTING, as earlier versions keep it: they read it as one number)
GROWING = {"missions": SETTING, "answers": f"{SETTING}.answers",
           "answer_changes": f"{SETTING}.answer_changes"}


def _grew(last: int, rows: int) -> bool:
    return not (last >= 0 and (last // 2) <= rows <= max(last * 2, 100))


def refresh_statistics(engine: Engine) -> bool:
    """Run ANALYZE if a growing table changed size by half or more since the last time."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.begin() as connection:
        _drop_stat4(connection)  # written by an earlier ANALYZE of an encrypted store
        sizes = {table: _size(connection, table) for table in GROWING}
        seen = dict(connection.execute(
            text("SELECT key, value FROM local_settings WHERE key IN (:a, :b, :c)"),
            dict(zip("abc", GROWING.values(), strict=True))).all())

        def last(table: str) -> int:
            value = seen.get(GROWING[table])
            return int(value) if value is not None and value.isdigit() else -1

        if not any(_grew(last(table), rows) for table, rows in sizes.items()):
            return False
        connection.execute(text("ANALYZE"))
        _drop_stat4(connection)
        for table, rows in sizes.items():
            connection.execute(
                text("INSERT INTO local_settings (key, value) VALUES (:k, :v) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {"k": GROWING[table], "v": str(rows)},
            )
    log.info("planner statistics refreshed at %s rows", sizes)
    return True


def _size(connection: Connection, table: str) -> int:
    """The span of ``table``'s row ids: see the module docstring."""
    # Each of max() and min() alone in its query, so that SQLite reads one end of the table
    # rather than all of it.
    return int(connection.execute(text(
        f"SELECT coalesce((SELECT max(rowid) FROM {table}) - (SELECT min(rowid) FROM {table})"
        " + 1, 0)")).scalar_one())


def _drop_stat4(connection: Connection) -> None:
    """See the module docstring: only ``sqlite_stat1`` is kept."""
    if connection.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat4'")).scalar_one():
        connection.execute(text("DROP TABLE sqlite_stat4"))
