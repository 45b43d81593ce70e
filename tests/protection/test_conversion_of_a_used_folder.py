"""Converting a folder that has been in use: its backups and the files set aside by a restore
are encrypted too, and the backups still restore; and the heads of the evidence files are
read at start only while a conversion is under way (``conversion-under-way``)."""

from __future__ import annotations

from pathlib import Path

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups, protection
from mercator_desktop.services.evidence import EvidenceService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store
from mercator_desktop.storage import crypto

from .conftest import EVIDENCE, NOTE, PASSPHRASE, TITLE, fill, leaked


def _used_plain_folder(data_dir: Path) -> str:
    """A plain folder with the known texts, two backups and a database set aside."""
    store = open_store(data_dir, user="tester")
    try:
        filled = fill(store)
        backups.create(store)
        made = backups.create(store)
    finally:
        store.close()
    aside = data_dir / "set-aside" / "20261201-101500-damaged"
    aside.mkdir(parents=True)
    (aside / "mercator.sqlite").write_bytes((data_dir / "mercator.sqlite").read_bytes())
    (aside / "mercator.sqlite-wal").write_bytes(NOTE.encode("utf-8") * 3)
    assert leaked(data_dir)  # the texts are there to be found
    assert filled.evidence_id
    return made.id


def test_backups_and_set_aside_files_are_encrypted_and_a_backup_still_restores(
        data_dir: Path, os_keyring) -> None:  # type: ignore[no-untyped-def]
    backup_id = _used_plain_folder(data_dir)
    steps: list[tuple[int, int]] = []

    protection.protect(DataPaths(data_dir), PASSPHRASE, progress=lambda d, t: steps.append((d, t)))

    assert leaked(data_dir) == []
    assert not (data_dir / protection.CONVERSION_MARKER).exists()
    # the database, two backups, two set-aside files, one evidence file
    assert steps[0] == (0, 6) and steps[-1] == (6, 6)
    assert all(crypto.is_sealed(p) for p in (data_dir / "set-aside").rglob("*") if p.is_file())
    key = protection.unlock(DataPaths(data_dir))
    backups.restore(DataPaths(data_dir), backup_id, key=key)
    store = open_store(data_dir, user="tester")
    try:
        assert [m.title for m in MissionService(store).list()] == [TITLE]
    finally:
        store.close()
    assert leaked(data_dir) == []


def test_evidence_heads_are_read_at_start_only_after_an_interrupted_conversion(
        data_dir: Path, os_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        filled = fill(store)
    finally:
        store.close()
    assert not (data_dir / protection.CONVERSION_MARKER).exists()
    heads: list[Path] = []
    real_is_sealed = crypto.is_sealed

    def is_sealed(path: Path) -> bool:  # the real check, counted
        heads.append(path)
        return real_is_sealed(path)

    monkeypatch.setattr(crypto, "is_sealed", is_sealed)
    open_store(data_dir, user="tester").close()
    assert heads == []  # a finished conversion: no evidence file read at start

    # A conversion killed after the marker: a plain evidence file still waits to be sealed.
    shelf = data_dir / "evidence" / "zz"
    shelf.mkdir(exist_ok=True)
    waiting = shelf / ("zz" + "0" * 62)
    waiting.write_bytes(EVIDENCE)
    (data_dir / protection.CONVERSION_MARKER).write_text("under way", encoding="utf-8")
    store = open_store(data_dir, user="tester")
    try:
        assert heads  # now every file was looked at
        assert crypto.is_sealed(waiting)
        assert not (data_dir / protection.CONVERSION_MARKER).exists()
        assert EvidenceService(store).read_file(filled.evidence_id) == EVIDENCE
    finally:
        store.close()
    assert leaked(data_dir) == []
