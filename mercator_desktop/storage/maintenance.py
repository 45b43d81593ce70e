"""Keeps SQLite's query planner statistics fresh.

Without statistics SQLite may pick the index on the ``deleted`` flag (two values) for a join
and scan every row per mission: the mission list took 80 s at 20,000 missions that way.
``ANALYZE`` takes a fraction of a second, so it runs at start-up whenever one of the tables
that grow (missions, answers, answer history) has grown or shrunk a lot since the last run.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text

log = logging.getLogger(__name__)
SETTING = "planner_statistics_rows"
#: the tables that grow; their sizes at the last ANALYZE are kept as "n,n,n" in SETTING
#: (a store from before kept the number of missions alone)
GROWING = ("missions", "answers", "answer_changes")


def _grew(last: int, rows: int) -> bool:
    return not (last >= 0 and (last // 2) <= rows <= max(last * 2, 100))


def refresh_statistics(engine: Engine) -> bool:
    """Run ANALYZE if a growing table changed size by half or more since the last time."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.begin() as connection:
        sizes = [connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                 for table in GROWING]
        seen = connection.execute(
            text("SELECT value FROM local_settings WHERE key = :k"), {"k": SETTING}
        ).scalar()
        try:
            last = [int(part) for part in (seen or "").split(",") if part]
        except ValueError:
            last = []
        last += [-1] * (len(GROWING) - len(last))
        if not any(_grew(before, now) for before, now in zip(last, sizes, strict=False)):
            return False
        connection.execute(text("ANALYZE"))
        connection.execute(
            text("INSERT INTO local_settings (key, value) VALUES (:k, :v) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {"k": SETTING, "v": ",".join(str(n) for n in sizes)},
        )
    log.info("planner statistics refreshed at %s rows of %s", sizes, ", ".join(GROWING))
    return True
