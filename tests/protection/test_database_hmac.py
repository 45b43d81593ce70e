"""The page HMAC of an encrypted database: a folder encrypted now gets HMAC-SHA256 (cheaper on
every page an answer save writes) and says so in its recovery file; a folder encrypted by the
earlier version (recovery file format 1, SQLCipher's default HMAC-SHA512) still opens, saves,
backs up, restores and changes its passphrase — and keeps its format, so that version can
still open it."""

from __future__ import annotations

import json

import pytest

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import protection
from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store
from mercator_desktop.storage import crypto, keys
from tests.conftest import run_cli

from .conftest import NOTE, PASSPHRASE, TITLE, fill, filled_encrypted_folder, leaked


def _recovery(folder) -> dict:  # type: ignore[no-untyped-def]
    return json.loads((folder / keys.KEY_FILE).read_text(encoding="utf-8"))


def _opens_with(database, raw: bytes, hmac_algorithm: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        connection = crypto.connect_database(database, crypto.DataKey(raw, hmac_algorithm))
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except crypto.database_module(raw).DatabaseError:
        return False
    return True


def _protect_as_the_earlier_version(paths: DataPaths) -> bytes:
    """What ``protect`` did before the HMAC was recorded: a key of plain bytes (SQLCipher's
    defaults), its recovery file written by ``keys.wrap``, then the conversion."""
    raw = bytes(crypto.new_key())
    recovery = keys.wrap(raw, PASSPHRASE)
    keys.write_recovery(paths.root, recovery)
    keys.remember_key(recovery.key_id, raw)
    protection.finish_conversion(paths, raw)
    return raw


def test_a_new_encrypted_folder_records_and_uses_hmac_sha256(data_dir, os_keyring):
    _, key = filled_encrypted_folder(data_dir)
    recovery = _recovery(data_dir)
    assert recovery["format"] == 2
    assert recovery["database"] == {"hmac": "HMAC_SHA256"}
    assert key.database_hmac == crypto.HMAC_SHA256
    database = data_dir / "mercator.sqlite"
    assert _opens_with(database, bytes(key), crypto.HMAC_SHA256)
    assert not _opens_with(database, bytes(key), crypto.HMAC_SHA512)
    # the passphrase alone (no keyring) gives back a key that opens it
    os_keyring.entries.clear()
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        assert MissionService(store).list()[0].title == TITLE
    finally:
        store.close()


def test_a_folder_encrypted_by_the_earlier_version_keeps_working(data_dir, os_keyring):
    paths = DataPaths(data_dir)
    store = open_store(data_dir, user="tester")
    filled = fill(store)
    store.close()
    raw = _protect_as_the_earlier_version(paths)
    assert _recovery(data_dir)["format"] == 1
    assert "database" not in _recovery(data_dir)
    assert leaked(data_dir) == []
    assert _opens_with(paths.database, raw, crypto.HMAC_SHA512)

    store = open_store(data_dir, user="tester")
    try:
        assert store.data_key.database_hmac == crypto.HMAC_SHA512
        assessments = AssessmentService(store)
        assert assessments.answer(filled.assessment_id, filled.question_id).note == NOTE
        assessments.set_note(filled.assessment_id, filled.question_id, "Seen again on Monday")
        from mercator_desktop.services import backups

        made = backups.create(store)
    finally:
        store.close()
    result = backups.restore(paths, made.id, key=protection.unlock(paths))
    assert result.backup.id == made.id

    protection.replace_passphrase(paths, PASSPHRASE, "a brand new passphrase")
    assert _recovery(data_dir)["format"] == 1  # an older version still reads it
    os_keyring.entries.clear()
    store = open_store(data_dir, user="tester", passphrase="a brand new passphrase")
    try:
        assert AssessmentService(store).answer(
            filled.assessment_id, filled.question_id).note == "Seen again on Monday"
        assert MissionService(store).get(filled.mission_id).title == TITLE
    finally:
        store.close()
    assert leaked(data_dir) == []


def test_a_recovery_file_this_version_cannot_read_is_refused_in_words_and_nothing_opened(
        data_dir, os_keyring):
    paths = DataPaths(data_dir)
    open_store(data_dir, user="tester", passphrase=PASSPHRASE).close()
    before = (data_dir / "mercator.sqlite").read_bytes()
    recovery = _recovery(data_dir)
    recovery["database"] = {"hmac": "HMAC_MD5"}
    (data_dir / keys.KEY_FILE).write_text(json.dumps(recovery), encoding="utf-8")
    with pytest.raises(protection.UserError, match="written by a newer version"):
        protection.unlock(paths, PASSPHRASE)
    assert protection.state(paths) == protection.ENCRYPTED  # never taken for a plain folder
    done = run_cli("missions", "list", data_dir=data_dir)
    assert done.returncode != 0
    assert str(data_dir / keys.KEY_FILE) in done.stderr
    assert "nothing in it was changed" in done.stderr
    assert "Traceback" not in done.stderr
    assert (data_dir / "mercator.sqlite").read_bytes() == before
