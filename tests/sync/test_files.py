"""Evidence files travel: HQ runs for real on 127.0.0.1, laptops are real data folders, and
a connection cut in the middle of an upload is a real cut (a small TCP proxy in the test
closes both sides after so many bytes)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import socket
import threading
from pathlib import Path

import httpx
import pytest

from mercator_desktop.hq.files import default_folder
from mercator_desktop.hq.restore import backup as hq_backup
from mercator_desktop.services.evidence import EvidenceService
from mercator_desktop.sync.protocol import (
    API_PREFIX,
    HEADER_NONCE,
    HEADER_PROTOCOL,
    PROTOCOL_VERSION,
)

from .conftest import PASSWORD
from .hqproc import running_hq
from .test_access import signed_in
from .test_trust import TEAM, USERS, Laptop, first_rating_question

MB = 1024 * 1024


class CuttingProxy:
    """127.0.0.1:port → HQ, counting the bytes each way; once ``cut_after`` bytes have gone
    up (``cut_down_after`` down), the connection carrying the next ones is closed on both
    sides, once."""

    def __init__(self, target_port: int, cut_after: int | None = None,
                 cut_down_after: int | None = None) -> None:
        self.target_port = target_port
        self.cut_after = cut_after
        self.cut_down_after = cut_down_after
        self.sent_up = 0
        self.sent_down = 0
        self.sent_at_cut: int | None = None
        self.down_at_cut: int | None = None
        self.lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, args=(client, upstream, True),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False),
                             daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, up: bool) -> None:
        try:
            while data := source.recv(65536):
                if up:
                    with self.lock:
                        if self.sent_at_cut is None and self.cut_after is not None and \
                                self.sent_up + len(data) > self.cut_after:
                            self.sent_at_cut = self.sent_up
                            raise ConnectionAbortedError
                        self.sent_up += len(data)
                else:
                    with self.lock:
                        if self.down_at_cut is None and self.cut_down_after is not None and \
                                self.sent_down + len(data) > self.cut_down_after:
                            self.down_at_cut = self.sent_down
                            raise ConnectionAbortedError
                        self.sent_down += len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def laptop(tmp_path, blank_store):  # type: ignore[no-untyped-def]
    import shutil

    made: list[Laptop] = []

    def make(user: str, url: str, name: str | None = None) -> Laptop:
        folder = tmp_path / (name or f"{user}-{len(made)}")
        folder.mkdir()
        shutil.copyfile(blank_store, folder / "mercator.sqlite")
        device = Laptop(folder, user)
        device.sync_service.login(url, user, PASSWORD)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


def attach(device: Laptop, mission_id: str, data: bytes, name: str) -> str:
    """Evidence with this file on the first rating question of a new assessment."""
    assessment_id = device.assessments.start(mission_id, "geoat").id
    question = first_rating_question(device, assessment_id)
    view = EvidenceService(device.store, device.assessments).add_bytes(
        assessment_id, question, data, name)
    assert view.sha256 is not None
    return view.sha256


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_requests(hq, method: str, digest: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [line for line in hq.request_log()
            if line.get("method") == method and line.get("path") == f"{API_PREFIX}/files/{digest}"]


@pytest.fixture
def own_hq(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "hq"
    folder.mkdir()
    with running_hq("sqlite", folder, USERS) as server:
        yield server


def test_a_20_mb_file_cut_off_mid_upload_resumes_from_the_last_chunk_and_reaches_the_teammate(
        own_hq, laptop):
    proxy = CuttingProxy(own_hq.port, cut_after=12 * MB)
    try:
        alice = laptop("alice", proxy.url)
        bob = laptop("bob", own_hq.url)
        mission_id = alice.new_mission("JM-2041-EV-01", TEAM)
        content = os.urandom(20 * MB)
        digest = attach(alice, mission_id, content, "customs procedures manual.pdf")
        seen: list[tuple[str, int, int | None]] = []
        outcome = alice.sync(progress=lambda *step: seen.append(step))
    finally:
        proxy.close()

    assert proxy.sent_at_cut is not None, "the connection was never cut"
    after_cut = proxy.sent_up - proxy.sent_at_cut
    # what went after the cut is about the remainder (≈ 8 MB and at most the chunk cut
    # off), not the whole 20 MB again
    assert 7 * MB < after_cut < 10 * MB, after_cut
    assert outcome.files_sent == 1 and not outcome.problems
    assert [s for s in seen if s[0] == "send files"][-1][1:] == (20 * 1024, 20 * 1024)
    at_hq = own_hq.files / digest[:2] / digest
    assert sha(at_hq) == digest
    assert not list((own_hq.files / ".parts").glob("*"))

    received: list[tuple[str, int, int | None]] = []
    outcome = bob.sync(progress=lambda *step: received.append(step))
    assert outcome.files_received == 1
    assert sha(bob.store.paths.evidence_file(digest)) == digest
    assert [s for s in received if s[0] == "receive files"][-1][1:] == (20 * 1024, 20 * 1024)


def test_a_download_cut_off_goes_on_from_where_it_stopped(own_hq, laptop):
    alice = laptop("alice", own_hq.url)
    mission_id = alice.new_mission("JM-2041-EV-06", TEAM)
    digest = attach(alice, mission_id, os.urandom(6 * MB), "photos of the terminal.zip")
    alice.sync()
    proxy = CuttingProxy(own_hq.port, cut_down_after=3 * MB)
    try:
        bob = laptop("bob", proxy.url)
        before = proxy.sent_down
        outcome = bob.sync()
    finally:
        proxy.close()
    assert proxy.down_at_cut is not None, "the connection was never cut"
    assert outcome.files_received == 1 and not outcome.problems
    assert sha(bob.store.paths.evidence_file(digest)) == digest
    # about the file once, plus at most the chunk cut off (and the records and headers)
    assert proxy.sent_down - before < 7.5 * MB
    assert not list(bob.store.paths.evidence.glob(".download-*"))


def test_a_file_whose_bytes_do_not_match_its_hash_is_not_kept_at_hq(own_hq, laptop):
    alice = laptop("alice", own_hq.url)
    mission_id = alice.new_mission("JM-2041-EV-07", TEAM)
    digest = attach(alice, mission_id, os.urandom(2 * MB + 10), "damaged scan.pdf")
    kept = alice.store.paths.evidence_file(digest)
    kept.write_bytes(b"\0" * 10 + kept.read_bytes()[10:])  # damaged on disk after import
    outcome = alice.sync()
    assert outcome.files_sent == 0
    assert any("damaged scan.pdf" in p and "SHA-256" in p for p in outcome.problems)
    folder = own_hq.files
    assert not list(folder.rglob(f"{digest}*"))  # neither the file nor its part
    with signed_in(own_hq, "alice") as transport:
        [state] = transport.file_status([digest]).files
    assert state.state == "missing"


def test_the_same_file_attached_on_two_laptops_is_sent_once_and_kept_once(hq, laptop):
    alice = laptop("alice", hq.url)
    bob = laptop("bob", hq.url)
    mission_id = alice.new_mission("JM-2041-EV-02", TEAM)
    alice.sync()
    bob.sync()
    content = os.urandom(3 * MB + 5)
    digest = attach(alice, mission_id, content, "border post.pdf")
    assert attach(bob, mission_id, content, "photo of the same page.pdf") == digest
    assert alice.sync().files_sent == 1
    outcome = bob.sync()
    assert outcome.files_sent == 0  # HQ had it already: not sent again
    assert len(file_requests(hq, "PUT", digest)) == 4  # 3 MB + 5 bytes in 1 MB chunks
    folder = hq.files
    assert [p.name for p in folder.rglob(f"{digest}*")] == [digest]
    alice.sync()
    assert alice.sync().files_received == 0  # alice never fetches what she has


def test_a_hash_that_is_not_64_lowercase_hex_characters_is_refused_at_the_door(hq):
    with signed_in(hq, "chief") as chief:
        token = chief.token
    headers = {"Authorization": f"Bearer {token}", HEADER_PROTOCOL: str(PROTOCOL_VERSION),
               HEADER_NONCE: "n" * 16}
    base = hq.url + API_PREFIX
    bad = ["A" * 64, "a" * 63, "a" * 65, "g" * 64, "a" * 63 + ".", "..." + "a" * 61]
    with httpx.Client(headers=headers) as http:
        for name in bad:
            for answer in (http.get(f"{base}/files/{name}"),
                           http.put(f"{base}/files/{name}?offset=0&size=1", content=b"x")):
                assert answer.status_code == 400, name
                assert answer.json()["code"] == "bad_request"
        for name in ("..%2F..%2Fetc%2Fpasswd", "a" * 62 + "%2F" + "a"):  # never routed
            assert http.get(f"{base}/files/{name}").status_code in (400, 404), name
        answer = http.post(f"{base}/files/status", json={"files": ["../" + "a" * 61]})
        assert answer.status_code == 400
        assert answer.json()["code"] == "bad_request"
    assert not list(hq.files.rglob("passwd"))


def test_files_of_missions_one_does_not_see_are_neither_told_nor_given(hq, laptop):
    alice = laptop("alice", hq.url)
    mission_id = alice.new_mission("JM-2041-EV-03", {k: v for k, v in TEAM.items()
                                                      if v.startswith("Alice")})
    digest = attach(alice, mission_id, os.urandom(1000), "private.pdf")
    alice.sync()
    with signed_in(hq, "bob") as bob:
        [state] = bob.file_status([digest]).files
        assert state.state == "unavailable"
        from mercator_desktop.sync.transport import FileRefusedError

        with pytest.raises(FileRefusedError) as refused:
            bob.download_chunk(digest, 0)
        assert refused.value.code == "not_found"
        with pytest.raises(FileRefusedError):
            bob.upload_chunk(digest, 0, 1000, b"x" * 1000)
    with signed_in(hq, "chief") as chief:
        data, size = chief.download_chunk(digest, 0)
        assert size == 1000 and hashlib.sha256(data).hexdigest() == digest


def test_a_file_larger_than_hq_takes_is_reported_on_its_record_and_the_rest_goes(
        tmp_path, laptop, qtbot):
    folder = tmp_path / "small-hq"
    folder.mkdir()
    files = tmp_path / "hq files"
    with running_hq("sqlite", folder, USERS, MERCATOR_HQ_MAX_FILE_BYTES=str(MB),
                    MERCATOR_HQ_FILES=str(files)) as small_hq:
        alice = laptop("alice", small_hq.url)
        bob = laptop("bob", small_hq.url)
        mission_id = alice.new_mission("JM-2041-EV-04", TEAM)
        big = attach(alice, mission_id, os.urandom(MB + 1), "video of the port.mp4")
        small = attach(alice, mission_id, os.urandom(2000), "minutes.pdf")
        outcome = alice.sync()
        assert outcome.files_sent == 1
        assert any("video of the port.mp4" in p and "(1,048,577 bytes)" in p and
                   "1,048,576 bytes HQ takes" in p for p in outcome.problems)
        [refused] = alice.sync_service.quarantined()
        assert refused.record_type == "evidence" and refused.reason_code == "file_too_large"
        assert "video of the port.mp4" in refused.reason and refused.advice
        inbox = open_refused_inbox(qtbot, alice)
        assert "video of the port.mp4" in " ".join(cells(inbox.refused_model, 0))
        assert "the file stays on this laptop" in " ".join(cells(inbox.refused_model, 0))
        inbox.grab().save(str(tmp_path / "inbox-file-too-large.png"))
        inbox.close()
        assert (files / small[:2] / small).is_file()  # the folder HQ was told to use
        assert not (files / big[:2] / big).exists()
        assert not default_folder(small_hq.db_url).exists()

        bob.sync()
        assert bob.store.paths.evidence_file(small).is_file()
        assert not bob.store.paths.evidence_file(big).exists()
        names = {e.original_name for a in bob.assessments.list_for_mission(mission_id)
                 for e in EvidenceService(bob.store).list_for_assessment(a.id)}
        assert names == {"video of the port.mp4", "minutes.pdf"}  # the records went
        assert report_evidence(bob, mission_id) == [
            "minutes.pdf", "video of the port.mp4 (file not on this computer yet)"]

        # the line stays, with its date, while the file is too large, and goes with it
        again = alice.sync()
        assert [q.at for q in alice.sync_service.quarantined()] == [refused.at]
        assert any("video of the port.mp4" in p for p in again.problems)
        from mercator_desktop.storage.models import Evidence

        with alice.store.session() as session:
            for row in session.query(Evidence).filter(Evidence.sha256 == big):
                row.deleted = True
        assert not any("video" in p for p in alice.sync().problems)
        assert alice.sync_service.quarantined() == []


def open_refused_inbox(qtbot, device: Laptop):  # type: ignore[no-untyped-def]
    """The sync inbox on its "refused" tab, as a person opens it."""
    from .test_inbox_ui import REFUSED_TAB, click_tab, open_inbox

    dialog = open_inbox(qtbot, device)
    click_tab(qtbot, dialog, REFUSED_TAB)
    return dialog


def cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def report_evidence(device: Laptop, mission_id: str) -> list[str]:
    """The evidence the mission report's annex lists, as the report shows it."""
    from mercator_desktop.services.report_data import mission_report_data

    data = mission_report_data(device.store, mission_id)
    return sorted(name for result in data.assessments for block in result.answers
                  for line in block.lines for name in line.evidence)


def test_the_teammates_report_lists_the_files_it_holds_and_says_which_it_lacks(
        hq, laptop):
    alice = laptop("alice", hq.url)
    bob = laptop("bob", hq.url)
    mission_id = alice.new_mission("JM-2041-EV-05", TEAM)
    digest = attach(alice, mission_id, os.urandom(5000), "signed agreement.pdf")
    alice.sync()
    bob.sync()
    assert report_evidence(bob, mission_id) == ["signed agreement.pdf"]
    assert sha(bob.store.paths.evidence_file(digest)) == digest

    # a file that has not arrived (here: removed by hand) is named as such, not listed bare
    bob.store.paths.evidence_file(digest).unlink()
    assert report_evidence(bob, mission_id) == [
        "signed agreement.pdf (file not on this computer yet)"]
    assert bob.sync().files_received == 1  # and the next sync brings it back
    assert report_evidence(bob, mission_id) == ["signed agreement.pdf"]


def test_serve_keeps_files_in_the_folder_its_files_option_names(tmp_path):
    import subprocess
    import sys
    import time

    from .hqproc import REPO, free_port

    folder = tmp_path / "evidence of HQ"
    port = free_port()
    log = (tmp_path / "hq.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "mercator_desktop.hq.cli", "--db",
         f"sqlite:///{tmp_path / 'hq.sqlite'}", "serve", "--port", str(port),
         "--files", str(folder)], stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
    try:
        for _ in range(600):
            try:
                httpx.get(f"http://127.0.0.1:{port}{API_PREFIX}/hello", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, (tmp_path / "hq.log").read_text()
                time.sleep(0.05)
        hello = httpx.get(f"http://127.0.0.1:{port}{API_PREFIX}/hello").json()
        assert hello["max_file_bytes"] > 0 and hello["file_chunk_bytes"] > 0
        assert folder.is_dir()
        assert not (tmp_path / "hq-files").exists()  # not the default next to the database
    finally:
        process.terminate()
        process.wait(10)
        log.close()


def test_hq_backup_keeps_the_evidence_files_and_restore_puts_them_back(
        own_hq, laptop, tmp_path):
    alice = laptop("alice", own_hq.url)
    bob = laptop("bob", own_hq.url)
    mission_id = alice.new_mission("JM-2041-EV-05", TEAM)
    content = os.urandom(300_000)
    digest = attach(alice, mission_id, content, "signed minutes.pdf")
    assert alice.sync().files_sent == 1
    backup = tmp_path / "hq-backup.sqlite"
    said = own_hq.manage("backup", str(backup), "--files", str(own_hq.files))
    assert "with 1 evidence files" in said
    assert sha(tmp_path / "hq-backup.sqlite-files" / digest[:2] / digest) == digest
    with pytest.raises(ValueError, match="exists already"):  # never over an old copy
        hq_backup(own_hq.db_url, backup, str(own_hq.files))

    own_hq.stop()  # the server is lost with its files; the copy is put back on a new one
    shutil.rmtree(own_hq.files)
    said = own_hq.manage("restore", str(backup), "--files", str(own_hq.files))
    assert said.startswith("1 evidence files put back; new epoch")
    assert sha(own_hq.files / digest[:2] / digest) == digest
    own_hq.start()

    assert bob.sync().files_received == 1
    assert bob.store.paths.evidence_file(digest).read_bytes() == content
