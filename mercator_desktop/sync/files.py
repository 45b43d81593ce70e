"""Evidence files between this laptop and HQ, after the records, in the same sync.

Files travel by SHA-256, in the chunks HQ names in ``hello`` (``file_chunk_bytes``):

- Sending: every file of an evidence record or an issued report (its PDF) HQ has confirmed
  is asked about (``files/status``,
  in batches). One HQ holds complete is not sent again, whichever device sent it; one HQ
  holds part of (a connection dropped) is sent on from the last byte HQ confirmed. HQ checks
  the hash when the last chunk has arrived and keeps nothing that does not match.
- A file larger than HQ's limit (``max_file_bytes``) is not sent: its record travels as any
  other, and the file is listed with the records HQ refused (reason ``file_too_large``, its
  name and size) until it is removed or HQ takes larger files. It blocks nothing else.
- Receiving: the files of the evidence records and issued reports this laptop holds (those
  of the missions it sees) and lacks are fetched chunk by chunk into a ``.part`` file in the
  evidence folder, which a later sync resumes; the hash is checked before the file is moved
  into place. A file HQ does not hold yet (its laptop has not synced) comes at a later sync.

In an encrypted data folder (``key`` given) the files are sealed on disk (``storage.crypto``)
and still named and sent by the SHA-256 of their plain bytes: a file is read and sent as
plain bytes from its sealed form, range by range, and what HQ sends is kept in sealed pieces
while it arrives, then checked and sealed into place — no plain byte reaches the disk.

Progress goes to the sync's progress callback in KiB (stages ``send files`` and
``receive files``). A network failure here ends the file step with a line in the report; the
records already exchanged stay exchanged, and the files go at the next sync.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from ..domain.problem_texts import say
from ..paths import evidence_file
from ..storage import crypto
from ..storage.base import utcnow
from ..storage.models import Evidence, IssuedReport, SyncQuarantine
from .protocol import MAX_FILE_STATUS, FileState, Hello
from .transport import FileRefusedError, NetworkError, Transport

log = logging.getLogger(__name__)
T = TypeVar("T")
EVIDENCE_TYPE = "evidence"
ISSUED_REPORT_TYPE = "issued_reports"
TOO_LARGE = "file_too_large"
#: HQ's reasons for a file request that mean "not now, not yours": no problem to report
QUIET_REFUSALS = ("not_found",)


@dataclass
class _File:
    sha256: str
    name: str
    #: records (type, id, revision) referring to it: evidence, issued reports
    records: list[tuple[str, str, int]]


def _sizes(size: int, limit: int) -> tuple[str, str]:
    """The two sizes in MB, or in bytes where MB would show them equal."""
    shown = f"{size / 1048576:.1f} MB", f"{limit / 1048576:.1f} MB"
    return shown if shown[0] != shown[1] else (f"{size:,} bytes", f"{limit:,} bytes")


class FileSync:
    """One sync's file step; ``report`` is the sync's ``SyncReport``."""

    def __init__(self, sessions: sessionmaker[Session], transport: Transport, folder: Path,
                 hello: Hello, report: Any, retry: Callable[..., Any],
                 progress: Callable[[str, int, int | None], None],
                 stop: Callable[[], bool], cancelled: Callable[[str], Exception],
                 key: bytes | None = None) -> None:
        self.sessions = sessions
        self.transport = transport
        self.folder = folder
        self.limit = hello.max_file_bytes
        self.chunk = hello.file_chunk_bytes
        self.report = report
        self.retry = retry
        self.say = progress
        self.stop = stop
        self.cancelled = cancelled
        self.key = key

    def run(self) -> None:
        if self.limit <= 0 or self.chunk <= 0:
            return  # an HQ that takes no files
        try:
            self.send()
            self.receive()
        except NetworkError as exc:
            log.warning("sync: evidence files stopped: %s", exc)
            self.report.problems.append(
                f"evidence files: HQ could not be reached ({exc}); they go at the next sync")

    # --- what there is ---------------------------------------------------------------------

    def _files(self, session: Session) -> dict[str, _File]:
        """The files of live evidence records and issued reports HQ has confirmed, by
        hash."""
        found: dict[str, _File] = {}
        evidence = session.execute(
            select(Evidence.id, Evidence.sha256, Evidence.original_name, Evidence.revision)
            .where(Evidence.deleted.is_(False), Evidence.sha256.is_not(None),
                   Evidence.synced_revision > 0)
            .order_by(Evidence.created_at))
        reports = session.execute(
            select(IssuedReport.id, IssuedReport.sha256, IssuedReport.file_name,
                   IssuedReport.revision)
            .where(IssuedReport.deleted.is_(False), IssuedReport.synced_revision > 0)
            .order_by(IssuedReport.created_at))
        for record_type, rows in ((EVIDENCE_TYPE, evidence), (ISSUED_REPORT_TYPE, reports)):
            for rid, sha, name, revision in rows:
                if sha is None:
                    continue
                entry = found.setdefault(sha, _File(sha, name, []))
                entry.records.append((record_type, rid, revision))
        return found

    def _status(self, hashes: list[str]) -> dict[str, FileState]:
        states: dict[str, FileState] = {}
        for start in range(0, len(hashes), MAX_FILE_STATUS):
            answer = self.retry(self.transport.file_status,
                                hashes[start:start + MAX_FILE_STATUS])
            states.update((s.sha256, s) for s in answer.files)
        return states

    def _progress(self, stage: str, done: int, total: int) -> None:
        # in KiB: a first sync's gigabytes of photos stay within a progress bar's range
        self.say(stage, done // 1024, total // 1024)

    def _check_stop(self) -> None:
        if self.stop():
            raise self.cancelled("sync cancelled; the files sent so far are kept")

    # --- sending -------------------------------------------------------------------------

    def send(self) -> None:
        with self.sessions.begin() as session:
            files = self._files(session)
            here = {sha: f for sha, f in files.items()
                    if evidence_file(self.folder, sha).is_file()}
            sizes = {sha: self._plain_size(evidence_file(self.folder, sha)) for sha in here}
            too_large = [f for sha, f in here.items() if sizes[sha] > self.limit]
            # a line stays (with its date) while its file is too large, and goes after
            still = [rid for entry in too_large for _type, rid, _rev in entry.records]
            session.execute(delete(SyncQuarantine).where(
                SyncQuarantine.reason_code == TOO_LARGE,
                SyncQuarantine.record_id.not_in(still)))
            for entry in too_large:
                self._report_too_large(session, entry, sizes[entry.sha256])
        sendable = [sha for sha in here if sizes[sha] <= self.limit]
        if not sendable:
            return
        states = self._status(sendable)
        todo = [(sha, states[sha].received if states[sha].state == "partial" else 0)
                for sha in sendable if sha in states
                and states[sha].state in ("missing", "partial")]
        total = sum(sizes[sha] - start for sha, start in todo)
        done = 0
        for sha, start in todo:
            self._check_stop()
            try:
                done = self._send_one(sha, start, sizes[sha], done, total)
            except FileRefusedError as exc:
                if exc.code not in QUIET_REFUSALS:
                    self.report.problems.append(
                        f"evidence file '{here[sha].name}' not sent: {exc}")
                done += sizes[sha] - start

    def _plain_size(self, path: Path) -> int:
        if self.key is not None and crypto.is_sealed(path):
            return crypto.sealed_size(path)
        return path.stat().st_size

    def _open_plain(self, path: Path) -> Any:
        """Something with ``read_at(offset, size)`` over the file's plain bytes."""
        if self.key is not None and crypto.is_sealed(path):
            return crypto.open_sealed(path, self.key)
        return _PlainReader(path)

    def _report_too_large(self, session: Session, entry: _File, size: int) -> None:
        mine, largest = _sizes(size, self.limit)
        reason = (f"the file '{entry.name}' ({mine}) is larger than the {largest} HQ takes "
                  "per file: its record was sent, the file stays on this laptop")
        self.report.problems.append(f"evidence: {reason}")
        for record_type, rid, revision in entry.records:
            held = session.get(SyncQuarantine, (record_type, rid))
            if held is None:
                session.add(SyncQuarantine(record_type=record_type, record_id=rid,
                                           revision=revision, reason_code=TOO_LARGE,
                                           reason=reason, at=utcnow()))

    def _received(self, sha: str, size: int) -> int:
        state = self._status([sha]).get(sha)
        if state is None or state.state == "unavailable":
            raise FileRefusedError(say("file_not_listed"), "not_found")
        return size if state.state == "complete" else state.received

    def _send_one(self, sha: str, offset: int, size: int, done: int, total: int) -> int:
        path = evidence_file(self.folder, sha)
        began, resumes = offset, 0
        with self._open_plain(path) as stream:
            while offset < size:
                self._check_stop()
                data = stream.read_at(offset, self.chunk)
                try:
                    state = self.transport.upload_chunk(sha, offset, size, data)
                except (NetworkError, FileRefusedError) as exc:
                    # a dropped connection, or HQ holds other bytes than thought: ask HQ
                    # where the upload stands and go on from there
                    conflict = isinstance(exc, FileRefusedError) and exc.code == "conflict"
                    if not (conflict or isinstance(exc, NetworkError)) or resumes >= 5:
                        raise
                    resumes += 1
                    log.info("sync: sending %s resumes after: %s", sha[:12], exc)
                    offset = self.retry(self._received, sha, size)
                    continue
                offset = size if state.state == "complete" else state.received
                self._progress("send files", done + offset - began, total)
        self.report.files_sent += 1
        return done + size - began

    # --- receiving -----------------------------------------------------------------------

    def receive(self) -> None:
        with self.sessions() as session:
            files = self._files(session)
        missing = [sha for sha in files if not evidence_file(self.folder, sha).is_file()]
        if not missing:
            return
        states = self._status(missing)
        ready = [(sha, states[sha].size or 0) for sha in missing
                 if sha in states and states[sha].state == "complete"]
        if len(ready) < len(missing):
            log.info("sync: %d evidence files are not at HQ yet", len(missing) - len(ready))
        total = sum(size for _sha, size in ready)
        done = 0
        for sha, size in ready:
            self._check_stop()
            try:
                self._receive_one(sha, size, done, total)
            except FileRefusedError as exc:
                if exc.code not in QUIET_REFUSALS:
                    self.report.problems.append(
                        f"evidence file '{files[sha].name}' not received: {exc}")
            done += size

    def _receive_one(self, sha: str, size: int, done: int, total: int) -> None:
        part = self.folder / f".download-{sha}.part"
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.key is not None:
            self._receive_sealed(sha, size, done, total, part)
            return
        with part.open("ab") as out:
            offset = out.tell()
            if offset > size:  # not this file's bytes: start again
                out.truncate(0)
                offset = 0
            while offset < size:
                self._check_stop()
                data, _whole = self.retry(self.transport.download_chunk, sha, offset)
                if not data:
                    break
                out.write(data)
                offset += len(data)
                self._progress("receive files", done + offset, total)
            out.flush()
            os.fsync(out.fileno())
        if _sha256_of(part) != sha:
            self._refetch(sha, part)
            return
        target = evidence_file(self.folder, sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, target)
        self.report.files_received += 1

    def _receive_sealed(self, sha: str, size: int, done: int, total: int, part: Path) -> None:
        assert self.key is not None
        pieces = crypto.SealedPieces(part, self.key)
        offset = pieces.held()
        if offset > size:  # not this file's bytes: start again
            part.unlink()
            offset = pieces.held()
        while offset < size:
            self._check_stop()
            data, _whole = self.retry(self.transport.download_chunk, sha, offset)
            if not data:
                break
            pieces.append(data)
            offset += len(data)
            self._progress("receive files", done + offset, total)
        target = evidence_file(self.folder, sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        sealing = target.with_name(f".{target.name}.sealing")
        digest = hashlib.sha256()
        with sealing.open("wb") as out:
            writer = crypto.SealedWriter(out, self.key)
            for plain in pieces.pieces():
                digest.update(plain)
                writer.write(plain)
            writer.close()
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            sealing.unlink(missing_ok=True)
            self._refetch(sha, part)
            return
        os.replace(sealing, target)
        part.unlink(missing_ok=True)
        self.report.files_received += 1

    def _refetch(self, sha: str, part: Path) -> None:
        part.unlink(missing_ok=True)
        self.report.problems.append(f"evidence file {sha[:12]}…: what HQ sent does not "
                                    "match its SHA-256; it is fetched again next time")


class _PlainReader:
    """``read_at`` over a plain file (the same face as ``crypto.SealedReader``)."""

    def __init__(self, path: Path) -> None:
        self._stream = path.open("rb")

    def read_at(self, offset: int, size: int) -> bytes:
        self._stream.seek(offset)
        return self._stream.read(size)

    def __enter__(self) -> _PlainReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stream.close()


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
