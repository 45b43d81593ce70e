"""Running the HQ service in several worker processes (``mercator-hq serve --workers N``).

uvicorn starts each worker as a new process and builds the app there from an import string,
so the database URL travels in the environment (``MERCATOR_HQ_DB``) and ``app`` below is the
factory uvicorn calls in each worker. The schema is migrated once, by the command, before
any worker starts: several workers migrating one database at the same moment would race.

Several workers need PostgreSQL: pushes from every worker are serialised through the
sequence counter's row lock (see ``hq.sequence``), while SQLite allows one writer per file
and one process is what it serves best.
"""

from __future__ import annotations

import logging
import os
import sys

from fastapi import FastAPI
from sqlalchemy.engine import make_url

from .db import ENV_DB, database_url, open_database

FACTORY = "mercator_desktop.hq.workers:app"


def check_workers(url: str, workers: int) -> None:
    """Refuse a number of workers this database cannot serve, saying why."""
    if workers < 1:
        raise ValueError("--workers must be 1 or more")
    if workers > 1 and make_url(url).get_backend_name() == "sqlite":
        raise ValueError("several workers need PostgreSQL (--db postgresql+psycopg://…); "
                         "SQLite serves one worker")


def prepare(url: str) -> None:
    """Migrate the database once, before the workers start, and hand them its URL."""
    engine, _ = open_database(url, new_range=False)
    engine.dispose()
    os.environ[ENV_DB] = url


def app() -> FastAPI:
    """The app of one worker process (uvicorn's factory)."""
    from ..sync.collector import tune_for_server
    from .app import create_app

    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    built = create_app(database_url(None))
    tune_for_server()
    return built
