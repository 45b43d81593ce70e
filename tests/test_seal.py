"""The full integrity check at start is skipped only for a database a clean close left sealed
and nobody touched since: a crash, a changed file, a left-over log or an old check bring the
full check back, and a damaged file is still caught."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mercator_desktop.services import backups
from mercator_desktop.services.store import open_store
from mercator_desktop.storage import seal


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record each full check the app makes (the check itself still runs)."""
    made: list[Path] = []
    real = backups.files.quick_check

    def counting(database: Path, key: bytes | None = None) -> tuple[bool, str]:
        made.append(database)
        return real(database, key)

    monkeypatch.setattr(backups.files, "quick_check", counting)
    return made


def test_clean_close_skips_the_next_full_check(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    open_store(data_dir, user="t").close()
    checks = _checks(monkeypatch)
    store = open_store(data_dir, user="t")
    assert checks == []  # sealed and untouched
    assert not seal.seal_path(store.paths.database).exists()  # taken while open
    store.close()
    open_store(data_dir, user="t").close()
    assert checks == []


def test_crash_change_or_old_check_means_a_full_check(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    open_store(data_dir, user="t").close()
    database = data_dir / "mercator.sqlite"
    checks = _checks(monkeypatch)
    # A crash: the first store is not closed (as a killed app leaves it), so no seal is left.
    crashed = open_store(data_dir, user="t")
    open_store(data_dir, user="t").close()
    assert len(checks) == 1
    crashed.engine.dispose()  # the dead app's connections, gone without a clean close
    # The file changed behind the app's back (same size, new time).
    raw = database.read_bytes()
    database.write_bytes(raw)
    open_store(data_dir, user="t").close()
    assert len(checks) == 2
    # The last full check is more than a week old.
    assert seal.take_seal(database, datetime.now(UTC) + timedelta(days=8)) is None
    open_store(data_dir, user="t").close()
    assert len(checks) == 3


def test_damaged_pages_are_caught_although_the_file_was_sealed(data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_store(data_dir, user="t").close()
    database = data_dir / "mercator.sqlite"
    assert seal.seal_path(database).exists()
    with database.open("r+b") as f:
        f.seek(database.stat().st_size // 2)
        f.write(b"\xff" * 4096)
    with pytest.raises(backups.DatabaseDamagedError):
        open_store(data_dir, user="t")
