"""The log file never holds what experts wrote: a day's work is logged (creating, answering,
a finding, an evidence file, a backup, a conversion), and a database error on a value
holding a known text is logged as the crash handler logs it; the log file is then searched
for the known texts. A database error names its statement, never the values bound to it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from mercator_desktop.logging_setup import configure_logging, remove_logging
from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups, protection
from mercator_desktop.services.store import open_store

from .conftest import NOTE, PASSPHRASE, fill, leaked


def test_the_log_file_holds_no_mission_answer_or_finding_text(
        data_dir: Path, os_keyring) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(data_dir)
    configure_logging(paths.log_file, level=logging.DEBUG)
    try:
        store = open_store(data_dir, user="tester")
        try:
            fill(store)
            backups.create(store)
            with pytest.raises(IntegrityError) as failed:
                for _ in range(2):
                    with store.session() as session:
                        session.execute(text("INSERT INTO local_settings (key, value) "
                                             "VALUES ('twice', :value)"), {"value": NOTE})
            assert NOTE not in str(failed.value)
            logging.getLogger("mercator_desktop.crash").critical(
                "Uncaught exception", exc_info=(failed.type, failed.value, failed.tb))
        finally:
            store.close()
        protection.protect(paths, PASSPHRASE)
        open_store(data_dir, user="tester").close()
    finally:
        remove_logging()
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "Uncaught exception" in logged
    assert leaked(paths.logs) == []
