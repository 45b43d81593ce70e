"""Issued reports of an encrypted data folder: the PDF is sealed in the folder (none of its
bytes, and none of the report's known texts, can be read there, backups included);
export-all gives the owner the plain PDF; a backup restored brings the register back, and
its PDF still opens (the file store is not part of the database a restore replaces)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups
from mercator_desktop.services.export_all import export_all
from mercator_desktop.services.issued_reports import IssuedReportService
from mercator_desktop.services.store import open_store
from mercator_desktop.storage import crypto

from .conftest import PASSPHRASE, fill, leaked


def _pieces(data: bytes) -> list[bytes]:
    middle = len(data) // 2
    return [data[:48], data[middle:middle + 48], data[-48:]]


def _holding(folder: Path, data: bytes) -> list[str]:
    return [str(p.relative_to(folder)) for p in sorted(folder.rglob("*"))
            if p.is_file() and any(piece in p.read_bytes() for piece in _pieces(data))]


def test_an_issued_report_is_sealed_exported_plain_and_survives_a_restore(  # type: ignore[no-untyped-def]
        data_dir: Path, os_keyring, tmp_path: Path) -> None:
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        filled = fill(store)
        service = IssuedReportService(store)
        view = service.issue(filled.mission_id, status="final", lang="en")
        pdf = service.read(view.id)
        assert hashlib.sha256(pdf).hexdigest() == view.sha256
        assert crypto.is_sealed(store.paths.evidence_file(view.sha256))
        made = backups.create(store)
        exported = tmp_path / "everything"
        export_all(store, exported)
    finally:
        store.close()
    assert _holding(data_dir, pdf) == [] and leaked(data_dir) == []
    # the same search finds the report where it is plain: in the export
    code_folder = next((exported / "reports").iterdir())
    assert _holding(exported, pdf) == [f"reports/{code_folder.name}/{view.file_name}"]

    # a report issued after the backup is gone with the restore; the one before stays
    store = open_store(data_dir, user="tester")
    try:
        later = IssuedReportService(store).issue(filled.mission_id, status="final", lang="fr")
        assert later.version == "1.1"
        key = store.data_key
    finally:
        store.close()
    backups.restore(DataPaths(data_dir), made.id, key=key)
    store = open_store(data_dir, user="tester")
    try:
        service = IssuedReportService(store)
        [back] = service.list_for_mission(filled.mission_id)
        assert (back.id, back.version, back.sha256) == (view.id, "1.0", view.sha256)
        assert service.read(back.id) == pdf
    finally:
        store.close()
