"""The sync use cases of HQ: push (apply a batch of changes) and pull (the change stream).

Access rule: an ``hq`` user reads and writes everything. An ``expert`` reads directory
records (programmes, administrations, experts, accreditations, publications) and everything
under the missions he or she may see — where the user's expert record is on the team, or
the missions the user created — and writes only there, plus directory records he or she
created. A change to anything else is rejected with the same words as a change to a record
that does not exist, so a rejection tells nothing about other people's missions.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ..storage.base import utcnow
from ..sync.protocol import (
    PUBLICATION_TYPE,
    Change,
    ChangeResult,
    PullResponse,
    PushRequest,
    PushResponse,
    ServerRecord,
)
from ..sync.records import STAMP_FIELDS, RecordType, problems_of, record_types
from .auth import Principal
from .db import service_id
from .models import AppliedChange, Batch, Counter, Grant, Record, User

UNAVAILABLE = "unavailable"
UNAVAILABLE_TEXT = "this record, or the record it belongs to, is not among your missions"
TEAM_TYPE = "team_members"
MISSION_TYPE = "missions"


class BatchIdTakenError(Exception):
    """A batch id already used by another user."""


@dataclass
class _NewRecord:
    """A record made by this push, inserted in bulk (``_Push.flush_new``)."""

    record_type: str
    id: str
    scope: str
    owner_id: int | None
    revision: int
    seq: int
    deleted: bool
    data: dict[str, Any]
    field_revisions: dict[str, Any]
    updated_at: Any


@dataclass(frozen=True)
class _Done:
    record_type: str
    record_id: str
    revision: int | None
    seq: int | None


def server_record(rec: Record | _NewRecord) -> ServerRecord:
    return ServerRecord(record_type=rec.record_type, id=rec.id, revision=rec.revision,
                        seq=rec.seq, deleted=rec.deleted, fields=dict(rec.data))


@dataclass
class _Push:
    session: Session
    principal: Principal
    device_id: str
    seq: int
    granted: set[str]
    #: prefetched records; None for keys known not to exist
    records: dict[tuple[str, str], Any] = field(default_factory=dict)
    new_records: list[_NewRecord] = field(default_factory=list)
    applied_rows: list[dict[str, Any]] = field(default_factory=list)

    def flush_new(self) -> None:
        """Insert the records and applied changes of this push so far, in bulk."""
        if self.new_records:
            self.session.execute(insert(Record), [vars(r) for r in self.new_records])
            for rec in self.new_records:  # from now on read back as ORM rows
                self.records.pop((rec.record_type, rec.id), None)
            self.new_records.clear()
        if self.applied_rows:
            self.session.execute(insert(AppliedChange), self.applied_rows)
            self.applied_rows.clear()

    # --- access --------------------------------------------------------------------------

    def readable(self, rec: Record) -> bool:
        return self.principal.is_hq or rec.scope == "" or rec.scope in self.granted

    def writable(self, rec: Record) -> bool:
        if self.principal.is_hq:
            return True
        if rec.record_type == PUBLICATION_TYPE:
            return False
        if rec.scope == "":
            return rec.owner_id == self.principal.user_id
        return rec.scope in self.granted

    def record(self, record_type: str, record_id: str) -> Record | None:
        key = (record_type, record_id)
        if key not in self.records:
            self.records[key] = self.session.get(Record, key)
        return self.records[key]

    # --- one change ----------------------------------------------------------------------

    def apply(self, change: Change, done: dict[str, Any]) -> ChangeResult:
        def result(status: str, **kw: Any) -> ChangeResult:
            return ChangeResult(change_id=change.change_id, record_type=change.record_type,
                                id=change.id, status=status, **kw)  # type: ignore[arg-type]

        def unavailable() -> ChangeResult:
            return result("rejected", reason=UNAVAILABLE_TEXT, reason_code=UNAVAILABLE)

        rtype = record_types().get(change.record_type)
        if rtype is None:
            return result("rejected", reason=f"unknown record type '{change.record_type}'",
                          reason_code="invalid")
        previous = done.get(change.change_id)
        if previous is not None:
            rec = self.record(previous.record_type, previous.record_id)
            if previous.record_id != change.id or rec is None or not self.readable(rec):
                return unavailable()
            return result("duplicate", revision=previous.revision, seq=previous.seq,
                          server=server_record(rec))
        rec = self.record(change.record_type, change.id)
        fields = change.fields
        if rec is None:
            return self._create(rtype, change, result, unavailable)
        if not self.writable(rec):
            if self.readable(rec) and change.deleted == rec.deleted and all(
                    n in STAMP_FIELDS or rec.data.get(n) == v for n, v in fields.items()):
                # the same record made on two devices (a shipped programme, a colleague's
                # directory entry): nothing new, so nothing to refuse
                self._remember(change, rec)
                return result("applied", revision=rec.revision, seq=rec.seq,
                              server=server_record(rec))
            return unavailable()
        problems = problems_of(rtype, fields, new=False)
        if problems:
            return result("rejected", reason="; ".join(problems), reason_code="invalid")
        if rtype.scope_field and rtype.scope_field != "id" and rtype.scope_field in fields \
                and fields[rtype.scope_field] != rec.data.get(rtype.scope_field):
            return result("rejected", reason="a record cannot move to another mission",
                          reason_code="invalid")
        if not self._parents_ok(rtype, fields, rec.scope):
            return unavailable()
        base = change.base_revision
        conflicts: list[str] = []
        if base < rec.revision:
            revs = rec.field_revisions
            for name, value in fields.items():
                if name not in STAMP_FIELDS and revs.get(name, 0) > base \
                        and rec.data.get(name) != value:
                    conflicts.append(name)
            edited_since = any(r > base for n, r in revs.items()
                               if n not in STAMP_FIELDS and n != "deleted")
            if change.deleted != rec.deleted and (
                    revs.get("deleted", 0) > base or (change.deleted and edited_since)):
                conflicts.append("deleted")
        if conflicts:
            return result("conflict", revision=rec.revision, seq=rec.seq,
                          conflict_fields=conflicts, server=server_record(rec),
                          reason="changed at HQ since your copy")
        changed = {n: v for n, v in fields.items() if rec.data.get(n) != v}
        merged = base < rec.revision
        # only who/when stamps differ (the same record made on two devices, say): no news
        if any(n not in STAMP_FIELDS for n in changed) or change.deleted != rec.deleted:
            self.seq += 1
            revision = rec.revision + 1
            revs = dict(rec.field_revisions)
            revs.update({n: revision for n in changed})
            if change.deleted != rec.deleted:
                revs["deleted"] = revision
            rec.data = {**rec.data, **changed}
            rec.field_revisions = revs
            rec.deleted = change.deleted
            rec.revision = revision
            rec.seq = self.seq
            rec.updated_at = utcnow()
            self._after(rec)
        self._remember(change, rec)
        return result("applied", revision=rec.revision, seq=rec.seq,
                      server=server_record(rec) if merged else None)

    def _create(self, rtype: RecordType, change: Change, result: Any,
                unavailable: Any) -> ChangeResult:
        fields = change.fields
        if rtype.scope_field is None:
            scope = ""
        elif rtype.scope_field == "id":
            scope = change.id
        else:
            parent = self.record(rtype.parents[rtype.scope_field],
                                 str(fields.get(rtype.scope_field)))
            if parent is None or parent.scope == "" or not self.readable(parent):
                return unavailable()
            scope = parent.scope
        if not self._parents_ok(rtype, fields, scope):
            return unavailable()
        problems = problems_of(rtype, fields, new=True)
        if problems:
            return result("rejected", reason="; ".join(problems), reason_code="invalid")
        self.seq += 1
        rec = _NewRecord(record_type=rtype.name, id=change.id, scope=scope,
                         owner_id=self.principal.user_id, revision=1, seq=self.seq,
                         deleted=change.deleted, data=dict(fields),
                         field_revisions={**dict.fromkeys(fields, 1), "deleted": 1},
                         updated_at=utcnow())
        self.new_records.append(rec)
        self.records[(rtype.name, change.id)] = rec
        if rtype.name == MISSION_TYPE:
            self._grant(self.principal.user_id, change.id, owner=True)
        self._after(rec)
        self._remember(change, rec)
        return result("applied", revision=1, seq=rec.seq)

    def _parents_ok(self, rtype: RecordType, fields: dict[str, Any], scope: str) -> bool:
        for name, parent_type in rtype.parents.items():
            value = fields.get(name)
            if value is None or name == rtype.scope_field:
                continue
            parent = self.record(parent_type, str(value))
            if parent is None or not self.readable(parent):
                return False
            if parent.scope not in ("", scope):
                return False
        return True

    def _remember(self, change: Change, rec: Any) -> None:
        self.applied_rows.append({
            "change_id": change.change_id, "record_type": rec.record_type,
            "record_id": rec.id, "revision": rec.revision, "seq": rec.seq,
            "user_id": self.principal.user_id})

    # --- grants --------------------------------------------------------------------------

    def _after(self, rec: Any) -> None:
        if rec.record_type == TEAM_TYPE:
            self.flush_new()
            refresh_grants(self.session, rec.scope, self.seq)
            if not self.principal.is_hq:
                self.granted = _granted(self.session, self.principal.user_id)

    def _grant(self, user_id: int, mission_id: str, owner: bool = False) -> None:
        if self.session.get(Grant, (user_id, mission_id)) is None:
            self.session.add(Grant(user_id=user_id, mission_id=mission_id,
                                   granted_seq=self.seq, owner=owner))
            self.session.flush()
        if user_id == self.principal.user_id:
            self.granted.add(mission_id)


def _granted(session: Session, user_id: int) -> set[str]:
    return set(session.scalars(select(Grant.mission_id).where(Grant.user_id == user_id)))


def refresh_grants(session: Session, mission_id: str, seq: int,
                   users: Iterable[User] | None = None) -> None:
    """Make the team grants of ``mission_id`` follow its live team member records."""
    members = session.scalars(select(Record).where(
        Record.scope == mission_id, Record.record_type == TEAM_TYPE)).all()
    on_team = {m.data.get("expert_id") for m in members if not m.deleted}
    if users is None:
        users = session.scalars(select(User).where(User.expert_id.is_not(None))).all()
    for user in users:
        grant = session.get(Grant, (user.id, mission_id))
        if user.expert_id in on_team and grant is None:
            session.add(Grant(user_id=user.id, mission_id=mission_id, granted_seq=seq))
        elif user.expert_id not in on_team and grant is not None and not grant.owner:
            session.delete(grant)
    session.flush()


def refresh_user_grants(session: Session, user: User) -> None:
    """After linking a user to an expert record: grants for every team he or she is on."""
    seq = _lock_sequence(session)
    scopes = {r.scope for r in session.scalars(
        select(Record).where(Record.record_type == TEAM_TYPE))
        if r.data.get("expert_id") == user.expert_id}
    scopes |= set(session.scalars(select(Grant.mission_id).where(
        Grant.user_id == user.id, Grant.owner.is_(False))))
    for scope in scopes:
        refresh_grants(session, scope, seq, [user])


def _lock_sequence(session: Session) -> int:
    """Take the write lock of the sequence first (a row lock on PostgreSQL, the database's
    write lock on SQLite): pushes are serialised, so sequence order is commit order."""
    session.execute(update(Counter).where(Counter.name == "seq")
                    .values(value=Counter.value))
    return session.scalar(select(Counter.value).where(Counter.name == "seq")) or 0


def push(session: Session, principal: Principal, request: PushRequest) -> PushResponse:
    seq = _lock_sequence(session)
    first = session.get(Batch, request.batch_id)
    if first is not None:
        if first.user_id != principal.user_id:
            raise BatchIdTakenError(request.batch_id)
        replay = PushResponse.model_validate_json(first.result)
        replay.replayed = True
        return replay
    work = _Push(session, principal, request.device_id, seq,
                 set() if principal.is_hq else _granted(session, principal.user_id))
    ids_by_type: dict[str, set[str]] = {}
    for change in request.changes:
        ids_by_type.setdefault(change.record_type, set()).add(change.id)
    for record_type, ids in ids_by_type.items():
        work.records.update(dict.fromkeys(((record_type, i) for i in ids), None))
        for chunk in _chunks(sorted(ids), 500):
            for rec in session.scalars(select(Record).where(
                    Record.record_type == record_type, Record.id.in_(chunk))):
                work.records[(rec.record_type, rec.id)] = rec
    done: dict[str, Any] = {}
    for chunk in _chunks([c.change_id for c in request.changes], 500):
        for row in session.scalars(select(AppliedChange).where(
                AppliedChange.change_id.in_(chunk))):
            done[row.change_id] = row
    results = []
    for change in request.changes:
        results.append(work.apply(change, done))
        if results[-1].status == "applied":
            done[change.change_id] = _Done(change.record_type, change.id,
                                           results[-1].revision, results[-1].seq)
    work.flush_new()
    session.execute(update(Counter).where(Counter.name == "seq").values(value=work.seq))
    response = PushResponse(batch_id=request.batch_id, results=results)
    session.add(Batch(batch_id=request.batch_id, user_id=principal.user_id,
                      result=response.model_dump_json()))
    return response


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- pull ------------------------------------------------------------------------------------


def encode_cursor(data: dict[str, Any]) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(text: str) -> dict[str, Any] | None:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        data = json.loads(raw)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or data.get("v") != 1 or not isinstance(data.get("s"), int):
        return None
    return data


def pull(session: Session, principal: Principal, cursor: str | None,
         limit: int) -> PullResponse:
    sid = service_id(session)
    if cursor is None:
        position: dict[str, Any] = {"v": 1, "sid": sid, "u": principal.user_id, "s": 0}
    else:
        decoded = decode_cursor(cursor)
        if decoded is None or decoded.get("sid") != sid or decoded.get("u") != principal.user_id:
            return PullResponse(changes=[], cursor=None, more=False, full_resync_required=True)
        position = decoded
    since: int = position["s"]
    rows: list[Record] = []
    backfill = position.get("bf")
    if not principal.is_hq:
        grants = session.execute(
            select(Grant.granted_seq, Grant.mission_id)
            .where(Grant.user_id == principal.user_id, Grant.granted_seq > since)
            .order_by(Grant.granted_seq, Grant.mission_id)).all()
        for granted_seq, mission_id in grants:
            after = 0
            if backfill is not None:
                if [granted_seq, mission_id] < backfill[:2]:
                    continue
                if [granted_seq, mission_id] == backfill[:2]:
                    after = backfill[2]
            found = session.scalars(
                select(Record).where(Record.scope == mission_id, Record.seq <= since,
                                     Record.seq > after)
                .order_by(Record.seq).limit(limit - len(rows))).all()
            rows += found
            if len(rows) >= limit:
                position = {**position, "bf": [granted_seq, mission_id, rows[-1].seq]}
                return _page(rows, position, more=True)
        position.pop("bf", None)
    query = select(Record).where(Record.seq > since)
    if not principal.is_hq:
        scopes = ["", *sorted(_granted(session, principal.user_id))]
        query = query.where(Record.scope.in_(scopes))
    found = session.scalars(query.order_by(Record.seq).limit(limit - len(rows))).all()
    rows += found
    if found:
        position["s"] = found[-1].seq
    return _page(rows, position, more=len(rows) >= limit)


def _page(rows: list[Record], position: dict[str, Any], more: bool) -> PullResponse:
    return PullResponse(changes=[server_record(r) for r in rows],
                        cursor=encode_cursor(position), more=more)


def publish(session: Session, kind: str, name: str, version: str, content: Any,
            checksum: str) -> Record:
    """Put a reference-data set or checklist template version into every user's stream."""
    import uuid

    seq = _lock_sequence(session) + 1
    record_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"mercator:{kind}:{name}"))
    data = {"kind": kind, "name": name, "version": version, "checksum": checksum,
            "content": content}
    rec = session.get(Record, (PUBLICATION_TYPE, record_id))
    if rec is None:
        rec = Record(record_type=PUBLICATION_TYPE, id=record_id, scope="", owner_id=None,
                     revision=1, seq=seq, deleted=False, data=data,
                     field_revisions=dict.fromkeys(data, 1))
        session.add(rec)
    else:
        rec.data = data
        rec.revision += 1
        rec.field_revisions = dict.fromkeys(data, rec.revision)
        rec.seq = seq
        rec.updated_at = utcnow()
    session.execute(update(Counter).where(Counter.name == "seq").values(value=seq))
    return rec
