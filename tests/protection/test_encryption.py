"""Encryption at rest: what is on disk without the key reveals none of the work; the key is
in the keyring and behind the recovery passphrase; a wrong passphrase, a missing keyring and
a keyring holding another key are each refused in plain words with nothing changed."""

from __future__ import annotations

import pytest

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import protection
from mercator_desktop.services.evidence import EvidenceService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store
from mercator_desktop.storage import keys

from .conftest import (
    EVIDENCE,
    NOTE,
    PASSPHRASE,
    TITLE,
    fill,
    filled_encrypted_folder,
    leaked,
    snapshot,
)


def test_a_new_folder_opened_with_a_passphrase_keeps_no_readable_text(data_dir, os_keyring):
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        filled = fill(store)
        # while open: the WAL holds the latest pages
        assert (data_dir / "mercator.sqlite-wal").exists()
        assert leaked(data_dir) == []
        evidence = EvidenceService(store)
        assert evidence.read_file(filled.evidence_id) == EVIDENCE
        out = evidence.copy_file(filled.evidence_id, data_dir.parent / "statement.pdf")
        assert out.read_bytes() == EVIDENCE
        # named by the plain bytes' SHA-256, as HQ knows it
        import hashlib

        assert filled.sha256 == hashlib.sha256(EVIDENCE).hexdigest()
        assert store.paths.evidence_file(filled.sha256).exists()
    finally:
        store.close()
    assert leaked(data_dir) == []
    assert (data_dir / keys.KEY_FILE).exists()
    # a plain SQLite cannot read it
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / "mercator.sqlite").execute(
            "SELECT * FROM sqlite_master").fetchall()

    again = open_store(data_dir, user="tester")  # the keyring holds the key: no passphrase
    try:
        mission = MissionService(again).get(filled.mission_id)
        assert mission.title == TITLE
        answer = again.data_key is not None
        assert answer
    finally:
        again.close()


def test_without_the_keyring_entry_the_passphrase_opens_the_folder(data_dir, os_keyring):
    open_store(data_dir, user="tester", passphrase=PASSPHRASE).close()
    os_keyring.entries.clear()  # a new laptop: the folder copied, the keyring empty
    with pytest.raises(protection.PassphraseNeededError, match="recovery passphrase"):
        open_store(data_dir, user="tester")
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    store.close()
    assert len(os_keyring.entries) == 1  # kept for the next start
    open_store(data_dir, user="tester").close()


def test_a_wrong_passphrase_is_refused_and_changes_nothing(data_dir, os_keyring):
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    fill(store)
    store.close()
    os_keyring.entries.clear()
    before = snapshot(data_dir)
    with pytest.raises(protection.WrongPassphraseError) as refused:
        open_store(data_dir, user="tester", passphrase="blue heron over Kingstom")
    assert "not the one of this data folder" in str(refused.value)
    assert "Nothing was changed" in str(refused.value)
    assert snapshot(data_dir) == before
    assert os_keyring.entries == {}


def test_a_keyring_holding_another_key_is_refused_and_nothing_is_overwritten(
        data_dir, os_keyring):
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    fill(store)
    store.close()
    [entry] = os_keyring.entries
    os_keyring.entries[entry] = "ab" * 32  # another folder's key
    before = snapshot(data_dir)
    with pytest.raises(protection.KeyMismatchError) as refused:
        open_store(data_dir, user="tester")
    assert "does not open it" in str(refused.value)
    assert "Nothing was changed or overwritten" in str(refused.value)
    assert snapshot(data_dir) == before
    assert os_keyring.entries[entry] == "ab" * 32
    # the passphrase still opens it (and the keyring then holds the right key)
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    store.close()
    assert os_keyring.entries[entry] != "ab" * 32


def test_a_plain_folder_is_converted_with_everything_kept(data_dir, os_keyring):
    store = open_store(data_dir, user="tester")
    assert store.data_key is None
    filled = fill(store)
    store.close()
    assert leaked(data_dir) != []  # plain: the texts are there to find

    protection.protect(DataPaths(data_dir), PASSPHRASE)
    assert leaked(data_dir) == []
    assert not list(data_dir.glob("mercator.sqlite.*"))  # no export, no plain copy left
    store = open_store(data_dir, user="tester")
    try:
        assert store.data_key is not None
        assert MissionService(store).get(filled.mission_id).title == TITLE
        from mercator_desktop.services.assessments import AssessmentService

        assert AssessmentService(store).answer(filled.assessment_id,
                                               filled.question_id).note == NOTE
        assert EvidenceService(store).read_file(filled.evidence_id) == EVIDENCE
    finally:
        store.close()
    assert leaked(data_dir) == []


def test_the_recovery_passphrase_can_be_changed(data_dir, os_keyring):
    paths = DataPaths(data_dir)
    key = protection.protect(paths, PASSPHRASE)
    protection.change_passphrase(paths, key, "a brand new passphrase")
    os_keyring.entries.clear()
    with pytest.raises(protection.WrongPassphraseError):
        protection.unlock(paths, PASSPHRASE)
    assert protection.unlock(paths, "a brand new passphrase") == key


def test_a_short_passphrase_is_refused_with_the_reason(data_dir, os_keyring):
    with pytest.raises(protection.UserError, match="at least 10 characters"):
        open_store(data_dir, user="tester", passphrase="short")
    assert not (data_dir / keys.KEY_FILE).exists()
    assert protection.passphrase_problem(PASSPHRASE, PASSPHRASE + "x") == \
        "The two passphrases are not the same."
    assert protection.strength_hint("abcdefghij") == "fair"
    assert protection.strength_hint(PASSPHRASE) == "strong"


def test_backup_copies_of_an_encrypted_store_are_encrypted(data_dir, os_keyring):
    from mercator_desktop.storage import crypto
    from mercator_desktop.storage.migrate import backup_database

    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        fill(store)
        copy = backup_database(store.paths.database, store.paths.backups, "test",
                               store.data_key)
        key = store.data_key
    finally:
        store.close()
    assert leaked(data_dir) == []
    connection = crypto.connect_database(copy, key)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT title FROM missions").fetchall() == [(TITLE,)]
    finally:
        connection.close()


def test_commits_from_another_program_are_noticed_on_an_encrypted_store(data_dir, os_keyring):
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        assert store.changed_elsewhere() is False  # starts watching
        other = open_store(data_dir, user="someone else")
        try:
            fill(other)
        finally:
            other.close()
        assert store.changed_elsewhere() is True
        assert store.changed_elsewhere() is False
    finally:
        store.close()


def test_plain_leftovers_of_a_killed_copy_or_download_are_wiped_by_the_conversion(
        data_dir, os_keyring):
    store = open_store(data_dir, user="tester")
    store.close()
    evidence = data_dir / "evidence"
    (evidence / ".incoming-k2j3").write_bytes(EVIDENCE)
    (evidence / f".download-{'a' * 64}.part").write_bytes(EVIDENCE[:500])
    assert leaked(data_dir) != []
    protection.protect(DataPaths(data_dir), PASSPHRASE)
    assert leaked(data_dir) == []
    assert [p.name for p in evidence.iterdir() if p.is_file()] == []


def test_the_encrypted_store_keeps_no_stat4_samples_that_slow_every_open(
        data_dir, os_keyring) -> None:  # type: ignore[no-untyped-def]
    """SQLCipher's SQLite has STAT4: its samples were decoded at every connection's schema
    load (see ``storage.maintenance``); ANALYZE at open runs, and only stat1 stays."""
    from mercator_desktop.storage import crypto

    _, key = filled_encrypted_folder(data_dir)
    open_store(data_dir, user="tester").close()  # the statistics are refreshed here
    connection = crypto.connect_database(data_dir / "mercator.sqlite", key)
    try:
        tables = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_stat%'")}
    finally:
        connection.close()
    assert tables == {"sqlite_stat1"}
