"""Backups, the start-up check, restore and export-all on an encrypted data folder: the copies
stay encrypted, a clean encrypted database is never taken for a damaged one, a damaged one is
caught and the encrypted backup brings the work back, and export-all gives the owner the
plain evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups
from mercator_desktop.services.export_all import export_all
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store

from .conftest import EVIDENCE, PASSPHRASE, TITLE, fill, leaked


def test_backup_check_restore_and_export_of_an_encrypted_folder(  # type: ignore[no-untyped-def]
        data_dir: Path, os_keyring, tmp_path: Path) -> None:
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        fill(store)
        made = backups.create(store)
        assert made.integrity_ok  # the encrypted copy was checked with its key
        exported = tmp_path / "everything"
        export_all(store, exported)
    finally:
        store.close()
    assert leaked(data_dir) == []  # backups included
    copies = list(exported.rglob("*"))
    assert any(p.is_file() and p.read_bytes() == EVIDENCE for p in copies)

    # A clean encrypted database opens (the keyring has the key), full check or not.
    from mercator_desktop.storage.seal import seal_path

    seal_path(data_dir / "mercator.sqlite").unlink(missing_ok=True)
    open_store(data_dir, user="tester").close()

    database = data_dir / "mercator.sqlite"
    with database.open("r+b") as f:
        f.seek(database.stat().st_size // 2)
        f.write(b"\x00" * 8192)
    with pytest.raises(backups.DatabaseDamagedError) as damaged:
        open_store(data_dir, user="tester")
    newest = damaged.value.newest
    assert newest is not None and newest.id == made.id
    backups.restore(DataPaths(data_dir), newest.id, damaged=True, key=damaged.value.key)
    store = open_store(data_dir, user="tester")
    try:
        assert [m.title for m in MissionService(store).list()] == [TITLE]
    finally:
        store.close()
    assert leaked(data_dir) == []
