"""Issued reports travel like evidence: the register entry as a record, the PDF by its
SHA-256 through the real HQ on 127.0.0.1. Both laptops' data folders are encrypted: the
issued PDF is sealed on each (no byte of it readable in the folder), HQ holds the plain
file under its hash, and the second laptop lists the report and opens the same bytes."""

from __future__ import annotations

import hashlib
import io
import shutil
from datetime import date

import pytest
from pypdf import PdfReader

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import protection
from mercator_desktop.services.issued_reports import IssuedReportService
from mercator_desktop.storage import crypto

from .conftest import PASSWORD, _db_kinds
from .hqproc import running_hq
from .test_trust import TEAM, USERS, Laptop

PASSPHRASE = "sealed reports for the sync test"


@pytest.fixture(params=_db_kinds())
def own_hq(request, tmp_path):  # type: ignore[no-untyped-def]
    """An HQ of the test's own, on SQLite and (with MERCATOR_TEST_PG_URL) PostgreSQL."""
    folder = tmp_path / "hq"
    folder.mkdir()
    with running_hq(request.param, folder, USERS) as server:
        yield server


@pytest.fixture
def laptop(tmp_path, blank_store, os_keyring):  # type: ignore[no-untyped-def]
    made: list[Laptop] = []

    def make(user: str, url: str, encrypted: bool = True) -> Laptop:
        folder = tmp_path / f"{user}-{len(made)}"
        folder.mkdir()
        shutil.copyfile(blank_store, folder / "mercator.sqlite")
        if encrypted:
            protection.protect(DataPaths(folder), PASSPHRASE)
        device = Laptop(folder, user)
        device.sync_service.login(url, user, PASSWORD)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


def pieces(data: bytes) -> list[bytes]:
    """Slices of a PDF that any copy of its bytes would hold: its start, middle and end."""
    middle = len(data) // 2
    return [data[:48], data[middle:middle + 48], data[-48:]]


def readable_in(folder, data: bytes) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = path.read_bytes()
        if any(piece in content for piece in pieces(data)):
            found.append(str(path.relative_to(folder)))
    return found


def test_the_plain_check_finds_an_issued_pdf(own_hq, laptop):  # type: ignore[no-untyped-def]
    """The check below can fail: in a plain data folder it finds the PDF."""
    plain = laptop("alice", own_hq.url, encrypted=False)
    mission_id = plain.new_mission("JM-2041-IR-20", TEAM)
    service = IssuedReportService(plain.store)
    view = service.issue(mission_id, status="draft", lang="en")
    assert readable_in(plain.store.paths.root, service.read(view.id))


def test_an_issued_report_reaches_the_second_laptop_sealed(own_hq, laptop):  # type: ignore[no-untyped-def]
    alice = laptop("alice", own_hq.url)
    assert alice.store.data_key is not None
    mission_id = alice.new_mission("JM-2041-IR-21", TEAM)
    issued = IssuedReportService(alice.store).issue(
        mission_id, status="final", lang="fr", issue_date=date(2041, 3, 9))
    pdf = IssuedReportService(alice.store).read(issued.id)
    assert hashlib.sha256(pdf).hexdigest() == issued.sha256
    assert "Version 1.0 · Définitive · émise le 9 mars 2041" in PdfReader(
        io.BytesIO(pdf)).pages[0].extract_text()
    kept = alice.store.paths.evidence_file(issued.sha256)
    assert crypto.is_sealed(kept)
    assert readable_in(alice.store.paths.root, pdf) == []

    outcome = alice.sync()
    assert outcome.files_sent == 1 and not outcome.problems, outcome.problems
    at_hq = own_hq.files / issued.sha256[:2] / issued.sha256
    assert at_hq.read_bytes() == pdf  # HQ keeps the plain file under its hash

    bob = laptop("bob", own_hq.url)
    outcome = bob.sync()
    assert outcome.files_received == 1 and not outcome.problems, outcome.problems
    service = IssuedReportService(bob.store)
    [listed] = service.list_for_mission(mission_id)
    assert (listed.id, listed.version, listed.status, listed.language, listed.issue_date,
            listed.sha256, listed.size, listed.issued_by) == (
        issued.id, "1.0", "final", "fr", date(2041, 3, 9), issued.sha256, len(pdf),
        issued.issued_by)
    assert listed.present
    assert service.read(listed.id) == pdf
    opened = service.private_copy(listed.id)
    assert hashlib.sha256(opened.read_bytes()).hexdigest() == issued.sha256
    assert readable_in(bob.store.paths.root, pdf) == []

    # Bob reissues: version 1.1 goes back to Alice
    second = service.issue(mission_id, status="final", lang="en")
    assert second.version == "1.1"
    assert bob.sync().files_sent == 1
    assert alice.sync().files_received == 1
    versions = [v.version for v in IssuedReportService(alice.store).list_for_mission(mission_id)]
    assert versions == ["1.1", "1.0"]
