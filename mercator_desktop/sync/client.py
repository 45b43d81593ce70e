"""The sync client: push the outbox, pull the stream, merge, and never lose a thing.

Order of one sync: ``hello`` (refuse a server whose protocol is too new or too old, with its
message) → push the outbox in batches → pull pages until HQ has no more → the evidence files
(``sync.files``: sent and received after the records).

- The outbox is every synced row with ``revision > synced_revision`` (a partial index lists
  them), less the records that never leave the laptop (demonstration data, and everything
  under a mission the person was taken off). A change carries the fields that differ from
  the record's confirmed base (``sync_bases``), their base values and that base's server
  revision. Its id names the device, the record and a hash of its content, so a store
  restored from a copy that reuses a revision number with new content makes a new change.
- HQ restored: a ``service_id`` this device has not seen, with others seen before, is a new
  epoch of HQ. The records confirmed after the restore point go to ``sync_resend`` (in one
  transaction with the new cursor) and are sent again in full until HQ confirms them; the
  stream is read from the start. HQ also answers ``epoch_changed`` when this device reports
  a sequence number it never issued (restored by hand); the sync then starts over.
- A row is marked sent (``synced_revision`` = the revision pushed) only in the local
  transaction that records HQ's answer, after HQ committed it. A lost answer is asked again
  with the same batch id, which HQ answers from its first result; a change sent twice in
  another batch comes back ``duplicate``. HQ's answer to a batch is recorded while HQ
  applies the next one (and before anything that fails after it is reported).
- A conflict is merged field by field against the base; a field both sides changed
  differently takes HQ's value and the local one goes to the conflict inbox
  (``sync_conflicts``), from where the person may keep it. A refused record is quarantined
  with HQ's reason and does not block the others.
- Each pulled page is applied, and the cursor moved, in one local transaction. A record whose
  parent has not arrived yet waits in ``sync_staged``. Before the first change is applied a
  backup copy of the database is taken; a page that would delete a large share of the local
  records is refused (``MassDeletionError``) unless the caller allows it.
- Network failures are retried with exponential backoff; authentication failures never.
- Every exchange ends within ``request_deadline`` seconds and the whole sync within
  ``sync_deadline`` (``transport.DeadlineError``); what HQ confirmed before stays confirmed.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

from pydantic import ValidationError
from sqlalchemy import Table, and_, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from .. import __version__
from ..domain.problem_texts import say as said
from ..storage.base import utcnow
from ..storage.bulk import bulk_write
from ..storage.engine import SESSION_APPLYING_SYNC
from ..storage.json_codec import canonical
from ..storage.json_codec import dumps as json_dumps
from ..storage.migrate import backup_database
from ..storage.models import (
    ArchivedMission,
    Mission,
    SyncBase,
    SyncConflict,
    SyncCursor,
    SyncPublication,
    SyncQuarantine,
    SyncResend,
    SyncStaged,
)
from .collector import fewer_collections
from .device import DEVICE_ID_KEY, device_id  # noqa: F401  (re-exported)
from .errors import MassDeletionError, SyncCancelledError
from .files import FileSync
from .local_only import CHUNK, Excluded, mission_of  # noqa: F401  (re-exported)
from .local_only import chunks as _chunks
from .merging import DELETED, MISSING, merge_versions
from .options import SyncOptions
from .protocol import (
    PROTOCOL_VERSION,
    PUBLICATION_TYPE,
    SUPPORTED_PROTOCOLS,
    Change,
    ChangeResult,
    Hello,
    PushRequest,
    PushResponse,
    ServerRecord,
    encode_push,
    make_change,
    make_changes,
)
from .record_schemas import field_problems
from .records import (
    MISSION_TYPE,
    RecordType,
    from_wire,
    record_types,
    row_fields,
    wire_from_stored,
)
from .transport import (
    DeadlineError,
    EpochChangedError,
    NetworkError,
    RejectedError,
    SyncError,
    Transport,
    UpgradeRequiredError,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
#: quarantine reasons worth trying again at the next sync (the parent may have gone since)
RETRYABLE_REJECTIONS = ("unavailable",)
#: a record that does not fit the protocol's record schema (refused here or by HQ)
INVALID = "invalid"


class _Restart(Exception):
    """HQ began a new epoch during this sync: start over with hello."""


@dataclass
class _Sent:
    """What a pushed change was made from."""

    rtype: RecordType
    current: dict[str, Any]
    revision: int
    deleted: bool
    #: the confirmed base (a row of ``_bases``)
    base: Any


class _Once:
    """A call made once at most, however many times it is asked for."""

    def __init__(self, call: Callable[[], None]) -> None:
        self._call: Callable[[], None] | None = call

    def __call__(self) -> None:
        call, self._call = self._call, None
        if call is not None:
            call()


class _Batch(NamedTuple):
    """The changes of one push batch as read from the outbox."""

    changes: list[Change]
    sent: dict[str, _Sent]
    #: records that do not fit the protocol (type, id, revision, reason): held back
    unfit: list[tuple[str, str, int, str]]
    known: int


@dataclass
class SyncReport:
    sent: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    received: int = 0
    applied: int = 0
    waiting: int = 0
    full_resync: bool = False
    backup: Path | None = None
    problems: list[str] = field(default_factory=list)
    #: HQ was restored (a new epoch): records confirmed since were sent again
    epoch_changed: bool = False
    resend: int = 0
    #: missions archived because this person was taken off their team
    archived: int = 0
    #: evidence files sent to HQ and received from it (``sync.files``)
    files_sent: int = 0
    files_received: int = 0


Progress = Callable[[str, int, int | None], None]


def version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def check_hello(hello: Hello) -> None:
    """Refuse a server this program cannot talk to, in HQ's own words where it has some."""
    low, high = SUPPORTED_PROTOCOLS
    if hello.min_protocol_version > high or \
            version_tuple(__version__) < version_tuple(hello.min_client_version):
        raise UpgradeRequiredError(hello.message or said(
            "client_too_old", protocol=hello.min_protocol_version,
            version=hello.min_client_version, mine=__version__, my_protocol=PROTOCOL_VERSION))
    if hello.protocol_version < low:
        raise UpgradeRequiredError(said(
            "hq_too_old_says" if hello.message else "hq_too_old",
            protocol=hello.protocol_version, low=low, high=high, message=hello.message or ""))


class SyncClient:
    def __init__(self, sessions: sessionmaker[Session], transport: Transport,
                 database: Path | None = None, backups: Path | None = None,
                 options: SyncOptions | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 evidence: Path | None = None, key: bytes | None = None) -> None:
        self.sessions = sessions
        #: the data key of an encrypted data folder (backups and evidence files sealed)
        self.key = key
        #: the evidence folder; None: no files travel
        self.evidence = evidence
        self.transport = transport
        self.database = database
        self.backups = backups
        self.options = options or SyncOptions()
        self.sleep = sleep
        self.device_id = device_id(sessions)
        self.types = record_types()
        self._backup_taken: Path | None = None
        self._live_count: int | None = None
        self._deletions = 0
        self._conflicts = 0
        self._max_body = 8 * 2**20

    # --- the whole run -------------------------------------------------------------------

    def sync(self, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> SyncReport:
        report = SyncReport()
        self._backup_taken, self._live_count, self._deletions = None, None, 0
        self._conflicts = 0
        say = progress or (lambda _stage, _done, _total: None)
        stop = cancelled or (lambda: False)
        self.transport.deadline = self.options.request_deadline
        self.transport.limit_sync(self.options.sync_deadline)
        try:
            for _attempt in range(3):
                try:
                    with fewer_collections():
                        self._sync_once(report, say, stop)
                    break
                except _Restart:
                    report.epoch_changed = True
                    log.warning("sync: HQ began a new epoch (restored); starting over")
            else:
                raise SyncError(said("epoch_keeps_changing"))
        finally:
            self.transport.limit_sync(None)
        report.backup = self._backup_taken
        report.conflicts = self._conflicts
        with self.sessions.begin() as session:
            report.waiting = session.scalar(select(func.count()).select_from(SyncStaged)) or 0
        return report

    def _sync_once(self, report: SyncReport, say: Progress, stop: Callable[[], bool]) -> None:
        hello = self._retry(self.transport.hello)
        check_hello(hello)
        self._max_body = hello.max_body_bytes
        service = hello.service_id
        cursor = self._enter_epoch(hello, report)
        self._release_retryable()
        try:
            self._push_all(hello, report, say, stop)
            self._pull_all(service, cursor, hello, report, say, stop)
        except EpochChangedError:
            raise _Restart() from None
        except SyncError as exc:
            self._note(service, "error", str(exc))
            raise
        if self.evidence is not None:
            FileSync(self.sessions, self.transport, self.evidence, hello, report, self._retry,
                     say, stop, SyncCancelledError, self.key).run()
        self._note(service, "ok", "", done=True)

    def _enter_epoch(self, hello: Hello, report: SyncReport) -> str | None:
        """The cursor of HQ's current epoch. A first contact with an epoch after others (HQ
        restored) marks for sending again every record confirmed after the restore point."""
        with self.sessions.begin() as session:
            row = session.get(SyncCursor, hello.service_id)
            if row is not None:
                row.server_url = self.transport.base_url
                return row.cursor
            seen = set(session.scalars(select(SyncCursor.service_id)))
            session.add(SyncCursor(service_id=hello.service_id, server_url=self.transport.base_url,
                                   cursor=None, known_seq=0))
            if not seen:
                return None
            point = restore_point(hello, seen)
            chosen = select(SyncBase.record_type, SyncBase.record_id).where(
                SyncBase.server_revision > point)
            session.execute(sqlite_insert(SyncResend).from_select(
                ["record_type", "record_id"], chosen).on_conflict_do_nothing())
            report.resend = session.scalar(select(func.count()).select_from(SyncResend)) or 0
            report.epoch_changed = True
            log.warning("sync: HQ %s is a new epoch after %s; %d records to send again",
                        hello.service_id, ", ".join(sorted(seen)), report.resend)
            return None

    def _known_seq(self, session: Session, service_id: str, *numbers: int | None) -> int:
        row = session.get(SyncCursor, service_id)
        if row is None:
            return 0
        highest = max([row.known_seq or 0, *(n or 0 for n in numbers)])
        if highest != row.known_seq:
            row.known_seq = highest
        return highest

    def _retry(self, call: Callable[..., T], *args: Any) -> T:
        attempt = 0
        while True:
            try:
                return call(*args)
            except NetworkError as exc:
                attempt += 1
                if attempt >= self.options.attempts or not exc.retryable:
                    raise
                delay = min(self.options.backoff_max,
                            self.options.backoff_base * 2 ** (attempt - 1))
                delay *= 0.75 + random.random() / 2
                until = self.transport.until
                if until is not None and time.monotonic() + delay >= until:
                    raise DeadlineError(self.transport.until_seconds, whole_sync=True) \
                        from exc
                log.info("sync: %s (%s); trying again in %.1f s", exc,
                         getattr(exc, "detail", ""), delay)
                self.sleep(delay)

    def _note(self, service_id: str, state: str, message: str, done: bool = False) -> None:
        with self.sessions.begin() as session:
            row = session.get(SyncCursor, service_id)
            if row is not None:
                row.last_state, row.last_message = state, message
                if done:
                    row.last_sync_at = utcnow()

    def _release_retryable(self) -> None:
        with self.sessions.begin() as session:
            session.execute(delete(SyncQuarantine).where(
                SyncQuarantine.reason_code.in_(RETRYABLE_REJECTIONS)))

    # --- push ----------------------------------------------------------------------------

    def pending_keys(self, session: Session) -> list[tuple[RecordType, str, int]]:
        """Unsent rows and rows to send again, parents' types first, without the quarantined
        ones and those that never leave the laptop."""
        held = {(q.record_type, q.record_id): q.revision
                for q in session.scalars(select(SyncQuarantine))}
        resend: dict[str, list[str]] = {}
        for type_name, rid in session.execute(select(SyncResend.record_type,
                                                     SyncResend.record_id)):
            resend.setdefault(type_name, []).append(rid)
        excluded = Excluded(session, self.types, hold_refused_missions=True)
        keys = []
        for rtype in self.types.values():
            table: Table = rtype.model.__table__  # type: ignore[attr-defined]
            found = dict(session.execute(select(table.c.id, table.c.revision).where(
                table.c.revision > table.c.synced_revision)).all())
            for chunk in _chunks(resend.get(rtype.name, [])):
                found.update(session.execute(select(table.c.id, table.c.revision)
                                             .where(table.c.id.in_(chunk))).all())
            kept = excluded.filter(rtype, list(found))
            keys += [(rtype, rid, found[rid]) for rid in kept
                     if held.get((rtype.name, rid)) != found[rid]]
        return keys

    def _push_all(self, hello: Hello, report: SyncReport, say: Progress,
                  stop: Callable[[], bool]) -> None:
        size = max(1, min(self.options.push_batch, hello.max_push_changes))
        tries: dict[tuple[str, str], int] = {}
        while True:
            with self.sessions() as session:
                keys = [k for k in self.pending_keys(session)
                        if tries.get((k[0].name, k[1]), 0) < 2]
            if not keys:
                return
            total = len(keys)
            # read-ahead: the next batch is read and checked while HQ applies this one (its
            # records are others than this batch's, so this batch's answer changes nothing
            # of it; the sequence number it reports may be one batch behind, which is safe);
            # and HQ's answer to a batch is recorded while HQ applies the next one
            record: _Once | None = None
            with ThreadPoolExecutor(max_workers=1) as ahead, \
                    ThreadPoolExecutor(max_workers=1) as sender:
                try:
                    upcoming: Future[_Batch] | None = None
                    for start in range(0, total, size):
                        if stop():
                            raise SyncCancelledError(said("cancelled_confirmed_kept"))
                        chunk = keys[start:start + size]
                        batch = upcoming.result() if upcoming is not None else None
                        following = keys[start + size:start + 2 * size]
                        upcoming = ahead.submit(self._read_batch, hello.service_id,
                                                following) if following else None
                        for rtype, rid, _rev in chunk:
                            tries[(rtype.name, rid)] = tries.get((rtype.name, rid), 0) + 1
                        record = self._push_batch(hello.service_id, chunk, report, batch,
                                                  record, sender)
                        say("push", min(start + size, total), total)
                finally:
                    if record is not None:  # what HQ confirmed is recorded, whatever else
                        record()

    def _changes(self, session: Session, keys: Sequence[tuple[RecordType, str, int]],
                 unfit: list[tuple[str, str, int, str]] | None = None
                 ) -> tuple[list[Change], dict[str, _Sent]]:
        """The changes to send for ``keys``; a record that does not fit the protocol's
        schema goes to ``unfit`` (type, id, revision, reason) instead of into the batch."""
        changes: list[Change] = []
        sent: dict[str, _Sent] = {}
        by_type: dict[str, list[str]] = {}
        for rtype, rid, _rev in keys:
            by_type.setdefault(rtype.name, []).append(rid)
        for type_name, ids in by_type.items():
            rtype = self.types[type_name]
            bases = _bases(session, type_name, ids)
            resend: set[str] = set()
            for chunk in _chunks(ids):
                resend.update(session.scalars(select(SyncResend.record_id).where(
                    SyncResend.record_type == type_name, SyncResend.record_id.in_(chunk))))
            drafts: list[tuple[dict[str, Any], _Sent]] = []
            for rid, revision, deleted, current in _wire_rows(session, rtype, ids):
                base = bases.get(rid)
                known = base.fields if base else {}
                again = rid in resend and base is not None
                changed = current if base is None else {
                    k: v for k, v in current.items() if known.get(k, MISSING) != v}
                if again or (base is not None and deleted != base.deleted):
                    base_fields = dict(known)
                else:
                    base_fields = {k: known[k] for k in changed if k in known}
                drafts.append((
                    {"change_id": "-", "record_type": type_name, "id": rid,
                     "base_revision": base.server_revision if base else 0,
                     "fields": changed, "deleted": deleted, "base_fields": base_fields,
                     "base_deleted": base.deleted if base else None, "resend": again},
                    _Sent(rtype, current, revision, deleted, base)))
            # the changes' model checks every value against the record's schema, the whole
            # batch of a type in one call; when one does not fit, change by change
            made: list[Change | None] | None = make_changes(type_name,
                                                            [d for d, _ in drafts])
            if made is None:
                made = [self._checked_change(draft, memo, unfit) for draft, memo in drafts]
            for change, (_draft, memo) in zip(made, drafts, strict=True):
                if change is None:
                    continue
                change.change_id = f"{self.device_id}:{type_name}:{change.id}:" \
                    f"{memo.revision}:" + _content_hash(change)
                changes.append(change)
                sent[change.change_id] = memo
        return changes, sent

    @staticmethod
    def _checked_change(draft: dict[str, Any], memo: _Sent,
                        unfit: list[tuple[str, str, int, str]] | None) -> Change | None:
        """The change of ``draft``, or None (and the reason in ``unfit``) when a value does
        not fit the record's schema."""
        try:
            return make_change(**draft)
        except ValidationError:
            type_name = draft["record_type"]
            problems = field_problems(type_name, draft["fields"]) or \
                field_problems(type_name, draft["base_fields"])
            if not problems:
                raise
            name, reason = problems[0]
            if unfit is not None:
                unfit.append((type_name, draft["id"], memo.revision,
                              f"'{name}' {reason}; correct it and sync again"))
            return None

    def _read_batch(self, service_id: str, keys: Sequence[tuple[RecordType, str, int]]
                    ) -> _Batch:
        unfit: list[tuple[str, str, int, str]] = []
        with self.sessions() as session:
            changes, sent = self._changes(session, keys, unfit)
            known = self._known_seq(session, service_id)
        return _Batch(changes, sent, unfit, known)

    def _push_batch(self, service_id: str, keys: Sequence[tuple[RecordType, str, int]],
                    report: SyncReport, batch: _Batch | None = None,
                    previous: _Once | None = None,
                    sender: ThreadPoolExecutor | None = None) -> _Once | None:
        """Send the changes of ``keys`` (``batch``: as ``_read_batch`` read them) and record
        HQ's answer; a batch too large for HQ goes in two halves.

        ``previous``: the recording of the batch before, run while HQ applies this one
        (sent by ``sender``), and in any case before this one is recorded or anything
        fails. With a ``sender``, HQ's answer is not recorded here: its recording is
        returned, for the caller to run (or to hand to the next batch)."""
        def earlier() -> None:
            if previous is not None:
                previous()

        try:
            changes, sent, unfit, known = batch or self._read_batch(service_id, keys)
            if unfit:
                earlier()
                self._hold_unfit(unfit, report)
            if not changes:
                return None
            request = PushRequest(batch_id=uuid.uuid4().hex, device_id=self.device_id,
                                  changes=changes, service_id=service_id, known_seq=known)
            encoded = encode_push(request)
            size = len(encoded)
            if size > self._max_body:  # HQ would refuse it unread
                earlier()
                if len(keys) > 1:  # send it in two
                    half = len(keys) // 2
                    self._push_batch(service_id, keys[:half], report)
                    self._push_batch(service_id, keys[half:], report)
                else:
                    rtype, rid, revision = keys[0]
                    self._hold_unfit([(rtype.name, rid, revision, f"too large to send to "
                                       f"HQ ({size} bytes; HQ takes {self._max_body})")],
                                     report)
                return None
            # the same batch id on every attempt: a lost answer is given again, not
            # re-applied
            try:
                if sender is not None and previous is not None:
                    on_its_way = sender.submit(self._retry, self.transport.push, request,
                                               encoded)
                    earlier()
                    response = on_its_way.result()
                else:
                    response = self._retry(self.transport.push, request, encoded)
            except RejectedError as exc:
                named = exc.error if exc.error is not None and exc.error.record_id else None
                memo = next((m for c, m in ((c, sent[c.change_id]) for c in changes)
                             if named and c.record_type == named.record_type
                             and c.id == named.record_id), None)
                if named is None or memo is None:
                    raise
                # HQ refused the whole push for this record: it waits, the others go again
                assert named.record_type is not None and named.record_id is not None
                earlier()
                self._hold_unfit([(named.record_type, named.record_id, memo.revision,
                                   exc.error.message if exc.error else str(exc))], report)
                return None
        finally:
            earlier()  # once only (``_Once``): a no-op when it ran above
        record = _Once(lambda: self._record_answer(service_id, response, sent, report))
        if sender is None:
            record()
            return None
        return record

    def _record_answer(self, service_id: str, response: PushResponse,
                       sent: dict[str, _Sent], report: SyncReport) -> None:
        """HQ's answer to a push, in one local transaction: rows marked sent, bases saved,
        conflicts merged, refusals kept."""
        with self.sessions.begin() as session:
            session.info[SESSION_APPLYING_SYNC] = True
            acked: dict[str, list[tuple[int, str]]] = {}
            confirmed: list[dict[str, Any]] = []
            numbers: list[int | None] = []
            refused: list[tuple[ChangeResult, _Sent]] = []
            forget: dict[str, list[str]] = {}
            for result in response.results:
                memo = sent.get(result.change_id)
                if memo is None:
                    continue
                rtype = memo.rtype
                numbers += [result.revision, result.seq]
                if result.status in ("applied", "duplicate"):
                    report.sent += result.status == "applied"
                    report.duplicates += result.status == "duplicate"
                    server = result.server
                    pushed = {**(memo.base.fields if memo.base else {}), **memo.current}
                    forget.setdefault(rtype.name, []).append(result.id)
                    if server is not None and (server.fields, server.deleted) != (
                            pushed, memo.deleted):
                        self._adopt(session, rtype, result, pushed, memo.revision,
                                    memo.deleted)
                        continue
                    acked.setdefault(rtype.name, []).append((memo.revision, result.id))
                    confirmed.append({"record_type": rtype.name, "record_id": result.id,
                                      "server_revision": server.revision if server
                                      else result.revision, "deleted": memo.deleted,
                                      "fields": pushed})
                elif result.status == "conflict":
                    assert result.server is not None
                    self._merge_into_pending(session, rtype, result.server, memo.base)
                    forget.setdefault(rtype.name, []).append(result.id)
                else:
                    refused.append((result, memo))
            for result, memo in self._refusals_of_their_own(session, refused):
                rtype = memo.rtype
                report.rejected += 1
                report.problems.append(f"{rtype.name} {result.id}: {result.reason}")
                session.merge(SyncQuarantine(
                    record_type=rtype.name, record_id=result.id, revision=memo.revision,
                    reason_code=result.reason_code, reason=result.reason, at=utcnow()))
            if forget and session.scalar(select(SyncResend.record_id).limit(1)) is not None:
                for type_name, ids in forget.items():
                    _forget_resend(session, type_name, ids)
            quarantined = session.scalar(select(SyncQuarantine.record_id).limit(1)) is not None
            for type_name, sent_rows in acked.items():
                _mark_sent(session, self.types[type_name].model.__table__,  # type: ignore[attr-defined]
                           sent_rows)
                if quarantined:
                    _unquarantine(session, type_name, [rid for _rev, rid in sent_rows])
            _save_bases(session, confirmed)
            self._known_seq(session, service_id, *numbers)

    def _hold_unfit(self, unfit: list[tuple[str, str, int, str]], report: SyncReport) -> None:
        """Records that do not fit the protocol wait in the inbox (refused, with the reason)
        until edited; the rest of the sync goes on."""
        with self.sessions.begin() as session:
            for type_name, rid, revision, reason in unfit:
                report.rejected += 1
                report.problems.append(f"{type_name} {rid}: {reason}")
                log.warning("sync: %s %s not sent: %s", type_name, rid, reason)
                session.merge(SyncQuarantine(record_type=type_name, record_id=rid,
                                             revision=revision, reason_code=INVALID,
                                             reason=reason, at=utcnow()))

    def _refusals_of_their_own(self, session: Session,
                               refused: list[tuple[ChangeResult, _Sent]]
                               ) -> list[tuple[ChangeResult, _Sent]]:
        """The refusals to keep: a record refused only because its new mission was refused
        in the same batch waits with its mission (still unsent) instead."""
        missions = {r.id for r, m in refused if m.rtype.name == MISSION_TYPE}
        if not missions:
            return refused
        candidates: dict[str, list[str]] = {}
        for result, memo in refused:
            if memo.rtype.name != MISSION_TYPE and memo.rtype.mission_scoped and \
                    result.reason_code == "unavailable":
                candidates.setdefault(memo.rtype.name, []).append(result.id)
        waiting = set()
        for type_name, ids in candidates.items():
            found = mission_of(session, self.types, self.types[type_name], ids)
            waiting |= {(type_name, i) for i, mission in found.items() if mission in missions}
        return [(r, m) for r, m in refused if (m.rtype.name, r.id) not in waiting]

    def _adopt(self, session: Session, rtype: RecordType, result: ChangeResult,
               pushed: dict[str, Any], revision: int, deleted: bool) -> None:
        """HQ applied the change merged with others: take their fields, keep later edits."""
        server = result.server
        assert server is not None
        table = rtype.model.__table__  # type: ignore[attr-defined]
        row = session.execute(select(table).where(table.c.id == result.id)).first()
        if row is None:
            return
        merged, merged_deleted, _ = merge_versions(
            pushed, deleted, row_fields(rtype, row), bool(row.deleted),
            server.fields, server.deleted)
        values = from_wire(rtype, merged)
        values[DELETED] = merged_deleted
        values["synced_revision"] = revision
        session.execute(update(table).where(table.c.id == result.id).values(**values))
        _save_bases(session, [_base_of(server)])
        _unquarantine(session, rtype.name, [result.id])

    def _merge_into_pending(self, session: Session, rtype: RecordType, server: ServerRecord,
                            base: Any) -> int:
        """Merge HQ's version into the local row; what cannot merge goes to the inbox."""
        table = rtype.model.__table__  # type: ignore[attr-defined]
        row = session.execute(select(table).where(table.c.id == server.id)).first()
        if row is None:
            return 0
        base_fields = dict(base.fields) if base else {}
        mine = row_fields(rtype, row)
        merged, merged_deleted, conflicts = merge_versions(
            base_fields, base.deleted if base else None, mine, bool(row.deleted),
            server.fields, server.deleted)
        sides = {DELETED: (bool(row.deleted), server.deleted,
                           base.deleted if base else None)}
        now = utcnow()
        for name in conflicts:
            mine_value, theirs_value, base_value = sides.get(name, (
                mine.get(name), server.fields.get(name), base_fields.get(name)))
            session.execute(update(SyncConflict).where(
                SyncConflict.record_type == rtype.name, SyncConflict.record_id == server.id,
                SyncConflict.field == name, SyncConflict.resolved_at.is_(None))
                .values(resolved_at=now, resolution="superseded"))
            session.add(SyncConflict(
                record_type=rtype.name, record_id=server.id, field=name,
                base_value=base_value, mine=mine_value, theirs=theirs_value,
                server_revision=server.revision, detected_at=now))
        values = from_wire(rtype, merged)
        values[DELETED] = merged_deleted
        if (merged, merged_deleted) == (server.fields, server.deleted):
            values["synced_revision"] = row.revision  # nothing of ours left to send
        session.execute(update(table).where(table.c.id == server.id).values(**values))
        _save_bases(session, [_base_of(server)])
        session.flush()
        self._conflicts += len(conflicts)
        return len(conflicts)

    # --- pull ----------------------------------------------------------------------------

    def _pull_all(self, service_id: str, cursor: str | None, hello: Hello,
                  report: SyncReport, say: Progress, stop: Callable[[], bool]) -> None:
        limit = max(1, min(self.options.pull_limit, hello.max_pull_limit))
        resynced = False
        with self.sessions() as session:
            known = self._known_seq(session, service_id)
        # read-ahead: the next page is asked for while this one is applied (its cursor and
        # the highest sequence number this device will have recorded are known already);
        # a page is still applied, and the cursor moved, in one local transaction
        with ThreadPoolExecutor(max_workers=1) as ahead:
            upcoming: Future[Any] | None = None
            while True:
                if stop():
                    raise SyncCancelledError(said("cancelled_received_kept"))
                # the versions this device made and recorded do not come back (hq pull)
                page = upcoming.result() if upcoming is not None else self._retry(
                    self.transport.pull, cursor, limit, self.device_id, known)
                upcoming = None
                if page.full_resync_required:
                    if self._retry(self.transport.hello).service_id != service_id:
                        raise _Restart()  # a new epoch began meanwhile
                    if resynced:
                        raise SyncError(said("resync_keeps_coming"))
                    resynced, report.full_resync, cursor = True, True, None
                    continue
                known = max([known, *(r.seq for r in page.changes)])
                if page.more:
                    upcoming = ahead.submit(self._retry, self.transport.pull, page.cursor,
                                            limit, self.device_id, known)
                report.received += len(page.changes)
                with self.sessions.begin() as session:
                    session.info[SESSION_APPLYING_SYNC] = True
                    report.applied += self._apply_page(session, page.changes)
                    report.archived += archive_missions(session, page.revoked)
                    row = session.get(SyncCursor, service_id)
                    assert row is not None
                    row.cursor = page.cursor  # in the same transaction as the records
                    self._known_seq(session, service_id, *(r.seq for r in page.changes))
                cursor = page.cursor
                say("pull", report.received, None)
                if not page.more:
                    return

    def _apply_page(self, session: Session, incoming: Sequence[ServerRecord]) -> int:
        staged = {(s.record_type, s.record_id): s for s in session.scalars(select(SyncStaged))}
        candidates: dict[tuple[str, str], ServerRecord] = {
            key: ServerRecord(record_type=s.record_type, id=s.record_id,
                              revision=s.server_revision, seq=s.seq, deleted=s.deleted,
                              fields=s.fields)
            for key, s in staged.items()}
        publications = []
        for rec in incoming:
            if rec.record_type == PUBLICATION_TYPE:
                publications.append(rec)
                continue
            old = candidates.get((rec.record_type, rec.id))
            if old is None or old.revision <= rec.revision:
                candidates[(rec.record_type, rec.id)] = rec
        for rec in publications:
            _save_publication(session, rec)
        if not candidates:
            return len(publications)
        unknown = [r for r in candidates.values() if r.record_type not in self.types]
        for rec in unknown:
            self._stage(session, rec, staged, said("staged_unknown_kind"))
        ordered = sorted((r for r in candidates.values() if r.record_type in self.types),
                         key=lambda r: (self.types[r.record_type].position, r.seq))
        applied = 0
        by_type: dict[str, list[ServerRecord]] = {}
        for rec in ordered:
            by_type.setdefault(rec.record_type, []).append(rec)
        present: dict[str, set[str]] = {}
        for rtype in self.types.values():
            batch = by_type.get(rtype.name)
            if not batch:
                continue
            applied += self._apply_type(session, rtype, batch, staged, present)
        return applied + len(publications)

    def _known(self, session: Session, type_name: str, ids: Iterable[str],
               present: dict[str, set[str]]) -> set[str]:
        known = present.setdefault(type_name, set())
        missing = [i for i in set(ids) if i not in known]
        if missing:
            table = self.types[type_name].model.__table__  # type: ignore[attr-defined]
            for chunk in _chunks(missing):
                known.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
        return known

    def _apply_type(self, session: Session, rtype: RecordType, batch: list[ServerRecord],
                    staged: dict[tuple[str, str], SyncStaged],
                    present: dict[str, set[str]]) -> int:
        table = rtype.model.__table__  # type: ignore[attr-defined]
        ready: list[ServerRecord] = []
        for parent_field, parent_type in rtype.parents.items():
            self._known(session, parent_type,
                        (str(r.fields[parent_field]) for r in batch
                         if r.fields.get(parent_field) is not None), present)
        for rec in batch:
            waiting = [f"{ptype} {rec.fields[pf]}" for pf, ptype in rtype.parents.items()
                       if rec.fields.get(pf) is not None
                       and str(rec.fields[pf]) not in present.get(ptype, set())]
            if waiting:
                self._stage(session, rec, staged, said("staged_waiting_for",
                                                       records=", ".join(waiting)))
            else:
                ready.append(rec)
        if not ready:
            return 0
        keep_unknown_codes(session, rtype, ready)
        ids = [r.id for r in ready]
        # what deciding needs of the local rows: not their values (JSON to decode)
        rows = {row.id: row for row in _rows(session, table, ids, (
            table.c.id, table.c.revision, table.c.synced_revision, table.c.deleted))}
        # the bases' revisions decide; their values (JSON to decode) only for a merge
        bases = _bases(session, rtype.name, ids, with_fields=False)
        inserts, overwrites, merges, new_bases = [], [], [], []
        deletions = 0
        for rec in ready:
            row, base = rows.get(rec.id), bases.get(rec.id)
            if base is not None and base.server_revision >= rec.revision and row is not None:
                self._unstage(session, rec, staged)
                continue  # an echo of what this device sent, or older news
            values = from_wire(rtype, rec.fields)
            if row is None:
                inserts.append({**{n: None for n in rtype.fields if n not in values},
                                **values, "id": rec.id, DELETED: rec.deleted,
                                "revision": 1, "synced_revision": 1})
            elif row.revision > row.synced_revision:
                merges.append(rec)
                continue
            else:
                if rec.deleted and not row.deleted:
                    deletions += 1
                overwrites.append({**values, "_id": rec.id, DELETED: rec.deleted})
            new_bases.append(_base_of(rec))
            self._unstage(session, rec, staged)
        self._check_deletions(session, deletions)
        done = 0
        try:
            with session.begin_nested():
                # the driver's executemany (``storage.bulk``): the same rows, without
                # SQLAlchemy's work per row
                for group in _same_keys(_complete(inserts, rtype)):
                    columns = tuple(group[0])
                    bulk_write(table, columns).run(
                        session, [tuple(row[c] for c in columns) for row in group])
                for group in _same_keys(overwrites):
                    columns = tuple(k for k in group[0] if k != "_id")
                    bulk_write(table, columns, ("id",)).run(
                        session, [(*(row[c] for c in columns), row["_id"]) for row in group])
            done = len(inserts) + len(overwrites)
        except IntegrityError:
            done = self._one_by_one(session, table, rtype, inserts, overwrites, staged,
                                    new_bases)
        if done or merges:
            # the copy reads the last committed state, i.e. before this page's changes
            self._take_backup()
        merge_bases = _bases(session, rtype.name, [r.id for r in merges]) if merges else {}
        _save_bases(session, new_bases)
        present.setdefault(rtype.name, set()).update(
            r["id"] for r in inserts)
        for rec in merges:
            self._merge_into_pending(session, rtype, rec, merge_bases.get(rec.id))
            self._unstage(session, rec, staged)
            done += 1
        return done

    def _one_by_one(self, session: Session, table: Table, rtype: RecordType,
                    inserts: list[dict[str, Any]], overwrites: list[dict[str, Any]],
                    staged: dict[tuple[str, str], SyncStaged],
                    new_bases: list[dict[str, Any]]) -> int:
        """A record clashes with a local one (a unique code, say): apply the others and keep
        that one waiting with the database's reason."""
        done = 0
        failed: set[str] = set()
        for values in _complete(inserts, rtype) + overwrites:
            rid = values.get("id") or values["_id"]
            try:
                with session.begin_nested():
                    if "id" in values:
                        session.execute(insert(table), [values])
                    else:
                        session.execute(update(table).where(table.c.id == values["_id"])
                                        .values({k: v for k, v in values.items()
                                                 if k != "_id"}))
                done += 1
            except IntegrityError as exc:
                failed.add(rid)
                base = next(b for b in new_bases if b["record_id"] == rid)
                rec = ServerRecord(record_type=rtype.name, id=rid,
                                   revision=base["server_revision"], seq=0,
                                   deleted=base["deleted"], fields=base["fields"])
                reason = str(exc.orig).splitlines()[0] if exc.orig else "clash"
                self._stage(session, rec, staged, said("staged_clash", reason=reason))
        new_bases[:] = [b for b in new_bases if b["record_id"] not in failed]
        for key in [k for k in list(inserts) if k["id"] in failed]:
            inserts.remove(key)
        return done

    def _stage(self, session: Session, rec: ServerRecord,
               staged: dict[tuple[str, str], SyncStaged], reason: str) -> None:
        row = staged.get((rec.record_type, rec.id))
        if row is None:
            row = SyncStaged(record_type=rec.record_type, record_id=rec.id)
            session.add(row)
            staged[(rec.record_type, rec.id)] = row
        row.server_revision, row.seq, row.deleted = rec.revision, rec.seq, rec.deleted
        row.fields, row.reason, row.received_at = dict(rec.fields), reason, utcnow()

    def _unstage(self, session: Session, rec: ServerRecord,
                 staged: dict[tuple[str, str], SyncStaged]) -> None:
        row = staged.pop((rec.record_type, rec.id), None)
        if row is not None:
            session.delete(row)

    def _check_deletions(self, session: Session, deletions: int) -> None:
        if not deletions:
            return
        self._deletions += deletions
        if self._live_count is None:
            live = 0
            for rtype in self.types.values():
                table = rtype.model.__table__  # type: ignore[attr-defined]
                live += session.scalar(select(func.count()).select_from(table).where(
                    table.c.deleted.is_(False))) or 0
            self._live_count = live
        share = self._deletions / max(1, self._live_count)
        if self._deletions > self.options.mass_delete_min and \
                share > self.options.mass_delete_share and not self.options.allow_mass_delete:
            raise MassDeletionError(said(
                "mass_deletion", count=self._deletions, total=self._live_count,
                share=f"{share:.0%}"))

    def _take_backup(self) -> None:
        if self._backup_taken is None and self.database is not None \
                and self.backups is not None and self.database.exists():
            # the newest copy taken before a schema upgrade is always kept (storage.backup)
            self._backup_taken = backup_database(self.database, self.backups, "before-sync",
                                                 self.key, reason="before-sync")


def keep_unknown_codes(session: Session, rtype: RecordType,
                       records: Sequence[ServerRecord]) -> None:
    """A vocabulary code a newer version knows (a status, a mission type …) is kept as it
    is: an inactive, unverified entry named by its code, until the reference data that
    defines it arrives. The record applies and shows the code instead of waiting."""
    table = rtype.model.__table__  # type: ignore[attr-defined]
    for column in table.columns:
        for fk in column.foreign_keys:
            target = fk.column.table
            if fk.column.name != "code" or "verified" not in target.c or \
                    column.name not in rtype.fields:
                continue
            wanted = {str(r.fields[column.name]) for r in records
                      if r.fields.get(column.name) is not None}
            if not wanted:
                continue
            known = set(session.scalars(select(target.c.code).where(
                target.c.code.in_(wanted))))
            for code in sorted(wanted - known):
                values = {"code": code[:40], "names": {"en": code}, "verified": False,
                          "active": False, "position": 9999}
                values.update({c.name: c.default.arg for c in target.columns
                               if c.name not in values and c.default is not None
                               and c.default.is_scalar})
                session.execute(insert(target).values(**values))
                log.warning("sync: kept unknown %s code %r from HQ", target.name, code)


def restore_point(hello: Hello, seen: set[str]) -> int:
    """The sequence number up to which HQ's current epoch kept what this device saw: the
    lowest restore point of the epochs after the last one this device knew (0 when it knew
    none of them: send everything again)."""
    names = [e.service_id for e in hello.epochs]
    known = [i for i, name in enumerate(names) if name in seen]
    if not known:
        return 0
    points = [e.restored_from_seq for e in hello.epochs[known[-1] + 1:]
              if e.restored_from_seq is not None]
    return min(points) if points else 0


def _content_hash(change: Change) -> str:
    content = canonical([change.fields, change.deleted, change.base_revision,
                         change.base_fields, change.base_deleted, change.resend])
    return hashlib.sha256(content).hexdigest()[:24]


def _forget_resend(session: Session, type_name: str, ids: list[str]) -> None:
    for chunk in _chunks(ids):
        session.execute(delete(SyncResend).where(SyncResend.record_type == type_name,
                                                 SyncResend.record_id.in_(chunk)))


def archive_missions(session: Session, mission_ids: Sequence[str]) -> int:
    """Missions this person was taken off: out of the list, kept read-only. A mission this
    laptop never had is no news to it (a new device of someone taken off long ago)."""
    added = 0
    for mission_id in mission_ids:
        if session.get(Mission, mission_id) is None:
            continue
        if session.get(ArchivedMission, mission_id) is None:
            session.add(ArchivedMission(mission_id=mission_id, at=utcnow(), reason=(
                "You were taken off the team of this mission. It is kept on this laptop, "
                "read-only; HQ no longer sends its changes or takes yours.")))
            added += 1
    return added


def _rows(session: Session, table: Table, ids: Sequence[str],
          columns: Sequence[Any] | None = None) -> list[Any]:
    """The rows of ``ids`` (``columns`` of them; all by default)."""
    rows: list[Any] = []
    query = select(*columns) if columns else select(table)
    for chunk in _chunks(ids):
        rows += session.execute(query.where(table.c.id.in_(chunk))).all()
    return rows


def _wire_rows(session: Session, rtype: RecordType, ids: Sequence[str]
               ) -> Iterable[tuple[str, int, bool, dict[str, Any]]]:
    """(id, revision, deleted, travelling fields in wire form) of the rows of ``ids``.

    Read with the driver and turned into their wire form from the values SQLite keeps
    (``records.wire_from_stored``): the same fields as ``row_fields`` makes of the rows
    SQLAlchemy reads (a test compares them), without SQLAlchemy's statement building and
    result processing per row, nor a ``datetime`` made and formatted again per timestamp."""
    table = rtype.model.__table__  # type: ignore[attr-defined]
    names = list(rtype.fields)
    columns = ", ".join(f'"{n}"' for n in names)
    text = f"SELECT id, revision, deleted, {columns} FROM {table.name} WHERE id IN "
    converting = [(i, convert) for i, n in enumerate(names)
                  if (convert := wire_from_stored(rtype.fields[n].kind)) is not None]
    connection = session.connection()
    for chunk in _chunks(ids):
        rows = connection.exec_driver_sql(
            text + "(" + ", ".join("?" * len(chunk)) + ")", tuple(chunk)).fetchall()
        for row in rows:
            values = list(row[3:])
            for i, convert in converting:
                if values[i] is not None:
                    values[i] = convert(values[i])
            yield row[0], row[1], bool(row[2]), dict(zip(names, values, strict=True))


def _bases(session: Session, type_name: str, ids: Sequence[str],
           with_fields: bool = True) -> dict[str, Any]:
    """The confirmed bases of ``ids`` as rows (``fields``, ``deleted``, ``server_revision``):
    Core rows, read-only, without the ORM's bookkeeping per object; ``with_fields=False``:
    without ``fields``."""
    table = cast(Table, SyncBase.__table__)
    columns = (table.c.record_id, table.c.server_revision, table.c.deleted) + (
        (table.c.fields,) if with_fields else ())
    found = {}
    for chunk in _chunks(ids):
        for base in session.execute(select(*columns).where(
                and_(table.c.record_type == type_name, table.c.record_id.in_(chunk)))):
            found[base.record_id] = base
    return found


def _base_of(rec: ServerRecord) -> dict[str, Any]:
    return {"record_type": rec.record_type, "record_id": rec.id,
            "server_revision": rec.revision, "deleted": rec.deleted,
            "fields": dict(rec.fields)}


#: the driver's own statements for the bulk writes of a sync (thousands of rows): SQLAlchemy's
#: per-row parameter handling cost more than SQLite's work; values are given as stored
_UPSERT_BASES = (
    "INSERT INTO sync_bases (record_type, record_id, server_revision, deleted, fields) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_type, record_id) DO UPDATE SET "
    "server_revision = excluded.server_revision, deleted = excluded.deleted, "
    "fields = excluded.fields")


def _save_bases(session: Session, bases: list[dict[str, Any]]) -> None:
    if not bases:
        return
    session.flush()
    session.connection().exec_driver_sql(_UPSERT_BASES, [
        (b["record_type"], b["record_id"], b["server_revision"], bool(b["deleted"]),
         json_dumps(b["fields"])) for b in bases])
    session.expire_all()


def _mark_sent(session: Session, table: Table, sent: list[tuple[int, str]]) -> None:
    """``synced_revision`` of each (revision, id) in ``sent``."""
    session.connection().exec_driver_sql(
        f"UPDATE {table.name} SET synced_revision = ? WHERE id = ?", sent)


def _unquarantine(session: Session, type_name: str, ids: list[str]) -> None:
    for chunk in _chunks(ids):
        session.execute(delete(SyncQuarantine).where(
            SyncQuarantine.record_type == type_name, SyncQuarantine.record_id.in_(chunk)))


def _save_publication(session: Session, rec: ServerRecord) -> None:
    f = rec.fields
    row = session.get(SyncPublication, (str(f.get("kind", "")), str(f.get("name", ""))))
    if row is None:
        row = SyncPublication(kind=str(f.get("kind", "")), name=str(f.get("name", "")))
        session.add(row)
    row.version, row.checksum = str(f.get("version", "")), str(f.get("checksum", ""))
    row.content, row.server_revision, row.received_at = f.get("content"), rec.revision, utcnow()


def _complete(inserts: list[dict[str, Any]], rtype: RecordType) -> list[dict[str, Any]]:
    """Fill the columns HQ did not send (an older HQ) with the model's defaults."""
    table = rtype.model.__table__  # type: ignore[attr-defined]
    out = []
    for values in inserts:
        row = dict(values)
        for column in table.columns:
            if row.get(column.name) is None and not column.nullable:
                default = column.default
                if default is not None and default.is_scalar:
                    row[column.name] = default.arg
                elif default is not None and default.is_callable:
                    row[column.name] = default.arg(None)
        out.append(row)
    return out


def _same_keys(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())
