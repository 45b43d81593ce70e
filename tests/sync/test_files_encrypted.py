"""Evidence files of encrypted data folders travel as plain files: HQ stores and checks the
plain bytes under their SHA-256, while on each laptop they stay sealed, even while a cut-off
upload or download resumes."""

from __future__ import annotations

import os
import shutil

import pytest

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import protection
from mercator_desktop.services.evidence import EvidenceService
from mercator_desktop.storage import crypto

from .conftest import PASSWORD
from .hqproc import running_hq
from .test_files import MB, CuttingProxy, attach, sha
from .test_trust import TEAM, USERS, Laptop

PASSPHRASE = "sealed files for the sync test"
SECRET = b"Statement naming the Quokka shift supervisor\n"


@pytest.fixture
def own_hq(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "hq"
    folder.mkdir()
    with running_hq("sqlite", folder, USERS) as server:
        yield server


@pytest.fixture
def encrypted_laptop(tmp_path, blank_store, os_keyring):  # type: ignore[no-untyped-def]
    made: list[Laptop] = []

    def make(user: str, url: str) -> Laptop:
        folder = tmp_path / f"{user}-{len(made)}"
        folder.mkdir()
        shutil.copyfile(blank_store, folder / "mercator.sqlite")
        protection.protect(DataPaths(folder), PASSPHRASE)
        device = Laptop(folder, user)
        assert device.store.data_key is not None
        device.sync_service.login(url, user, PASSWORD)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


def test_sealed_evidence_goes_to_hq_plain_and_arrives_sealed_through_cut_connections(
        own_hq, encrypted_laptop):  # type: ignore[no-untyped-def]
    content = SECRET * 1000 + os.urandom(5 * MB)
    up = CuttingProxy(own_hq.port, cut_after=3 * MB)
    try:
        alice = encrypted_laptop("alice", up.url)
        mission_id = alice.new_mission("JM-2041-EV-21", TEAM)
        digest = attach(alice, mission_id, content, "statement.pdf")
        kept = alice.store.paths.evidence_file(digest)
        assert crypto.is_sealed(kept) and SECRET not in kept.read_bytes()
        outcome = alice.sync()
    finally:
        up.close()
    assert up.sent_at_cut is not None, "the upload was never cut"
    assert outcome.files_sent == 1 and not outcome.problems
    at_hq = own_hq.files / digest[:2] / digest
    assert sha(at_hq) == digest  # HQ holds the plain file, as before

    down = CuttingProxy(own_hq.port, cut_down_after=3 * MB)
    try:
        bob = encrypted_laptop("bob", down.url)
        outcome = bob.sync()
    finally:
        down.close()
    assert down.down_at_cut is not None, "the download was never cut"
    assert outcome.files_received == 1 and not outcome.problems
    received = bob.store.paths.evidence_file(digest)
    assert crypto.is_sealed(received)
    for path in bob.store.paths.root.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_bytes(), path
    assert EvidenceService(bob.store).read_file(_evidence_id(bob, digest)) == content
    assert not list(bob.store.paths.evidence.glob(".download-*"))


def _evidence_id(device: Laptop, digest: str) -> str:
    from sqlalchemy import select

    from mercator_desktop.storage.models import Evidence

    with device.store.sessions() as session:
        found = session.scalar(select(Evidence.id).where(Evidence.sha256 == digest))
    assert found is not None
    return found
