"""Keeps SQLite's query planner statistics fresh.

Without statistics SQLite may pick the index on the ``deleted`` flag (two values) for a join
and scan every row per mission: the mission list took 80 s at 20,000 missions that way.
``ANALYZE`` takes a fraction of a second, so it runs at start-up whenever the number of
missions has grown or shrunk a lot since the last run.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text

log = logging.getLogger(__name__)
SETTING = "planner_statistics_rows"


def refresh_statistics(engine: Engine) -> bool:
    """Run ANALYZE if the store changed size by half or more since the last time."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.begin() as connection:
        rows = connection.execute(text("SELECT count(*) FROM missions")).scalar_one()
        seen = connection.execute(
            text("SELECT value FROM local_settings WHERE key = :k"), {"k": SETTING}
        ).scalar()
        last = int(seen) if seen is not None else -1
        if last >= 0 and (last // 2) <= rows <= max(last * 2, 100):
            return False
        connection.execute(text("ANALYZE"))
        connection.execute(
            text("INSERT INTO local_settings (key, value) VALUES (:k, :v) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {"k": SETTING, "v": str(rows)},
        )
    log.info("planner statistics refreshed at %s missions", rows)
    return True
