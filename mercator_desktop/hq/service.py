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
from typing import Any, cast

import orjson
from sqlalchemy import Table, and_, func, or_, select
from sqlalchemy.orm import Session

from ..storage.base import utcnow
from ..storage.bulk import BulkWrite
from ..sync.protocol import (
    PUBLICATION_TYPE,
    Change,
    PullResponse,
    PushRequest,
    PushResponse,
    ServerRecord,
)
from ..sync.record_schemas import STAMP_FIELDS, missing_fields
from ..sync.record_schemas import RecordShape as RecordType
from ..sync.record_schemas import record_shapes as record_types
from . import limits, rules
from .auth import Principal
from .merge import TOMBSTONE, decide
from .models import AppliedChange, Batch, Grant, Record, Revocation, User
from .sequence import (
    issued,
    lock_sequence,
    new_epoch,
    restore_point_before,
    service_id,
    set_sequence,
)

UNAVAILABLE = "unavailable"
UNAVAILABLE_TEXT = "this record, or the record it belongs to, is not among your missions"
TEAM_TYPE = "team_members"
MISSION_TYPE = "missions"


_RECORDS = cast(Table, Record.__table__)
_APPLIED = cast(Table, AppliedChange.__table__)


class BatchIdTakenError(Exception):
    """A batch id already used by another user."""


@dataclass
class _Held:
    """A record as a push reads and changes it: read with Core statements, written back in
    bulk (``_Push.flush_new``), without the ORM's bookkeeping per record."""

    record_type: str
    id: str
    scope: str
    owner_id: int | None
    revision: int
    seq: int
    deleted: bool
    data: dict[str, Any]
    field_revisions: dict[str, Any]
    #: set when the push changes the record (not read: it is only ever written)
    updated_at: Any = None
    natural_key: str | None = None
    origin: str | None = None
    #: already in the database (then changes are written with an UPDATE)
    stored: bool = False


_COLUMNS = ("record_type", "id", "scope", "owner_id", "revision", "seq", "deleted", "data",
            "field_revisions", "updated_at", "natural_key", "origin")
#: what a push reads of a record it may change (``updated_at`` only ever written)
_READ = select(*(_RECORDS.c[n] for n in _COLUMNS if n != "updated_at"))
#: what a push changes in a record it holds
_CHANGED = ("revision", "seq", "deleted", "data", "field_revisions", "updated_at",
            "natural_key", "origin")
_INSERT = BulkWrite(_RECORDS, _COLUMNS)
_UPDATE = BulkWrite(_RECORDS, _CHANGED, keys=("record_type", "id"))
_APPLIED_COLUMNS = ("change_id", "record_type", "record_id", "revision", "seq", "user_id")
_INSERT_APPLIED = BulkWrite(_APPLIED, _APPLIED_COLUMNS)


def held_records(session: Session, record_type: str, ids: list[str]) -> list[_Held]:
    """The records of ``ids`` that exist, as ``_Held``."""
    found = []
    for chunk in _chunks(sorted(ids), 500):
        for (type_, id_, scope, owner, revision, seq, deleted, data, revisions, key,
             origin) in session.execute(_READ.where(_RECORDS.c.record_type == record_type,
                                                     _RECORDS.c.id.in_(chunk))).all():
            found.append(_Held(type_, id_, scope, owner, revision, seq, deleted, data,
                               revisions, natural_key=key, origin=origin, stored=True))
    return found


@dataclass(frozen=True)
class _Done:
    record_type: str
    record_id: str
    revision: int | None
    seq: int | None


def _server_dict(rec: Any) -> dict[str, Any]:
    """``rec`` (a ``Record``, a ``_Held`` or a row with their columns) as the plain values
    of its ``ServerRecord``, which a push answer is written from."""
    return {"record_type": rec.record_type, "id": rec.id, "revision": rec.revision,
            "seq": rec.seq, "deleted": rec.deleted, "fields": dict(rec.data)}


def server_record(rec: Any) -> ServerRecord:
    return ServerRecord(**_server_dict(rec))


#: one change's result in a push answer: the values of a ``ChangeResult`` without those at
#: their defaults (as ``model_dump(exclude_defaults=True)`` leaves them out)
_Result = dict[str, Any]


def encode_push_answer(batch_id: str, results: list[_Result]) -> str:
    """The push answer's JSON, as ``PushResponse(...).model_dump_json(exclude_defaults=True)``
    writes it: written by orjson from the results' plain values instead of a pydantic model
    per change; pydantic for what orjson refuses (an integer beyond 64 bits, a lone
    surrogate in a stored value). Both write NaN as null."""
    try:
        return orjson.dumps({"batch_id": batch_id, "results": results}).decode()
    except TypeError:  # orjson.JSONEncodeError included
        return PushResponse.model_validate({"batch_id": batch_id, "results": results}
                                           ).model_dump_json(exclude_defaults=True)


@dataclass
class _Push:
    session: Session
    principal: Principal
    device_id: str
    seq: int
    granted: set[str]
    #: prefetched records; None for keys known not to exist
    records: dict[tuple[str, str], Any] = field(default_factory=dict)
    new_records: list[_Held] = field(default_factory=list)
    #: stored records this push changed, not written yet
    changed: dict[tuple[str, str], _Held] = field(default_factory=dict)
    #: rows of ``_INSERT_APPLIED``
    applied_rows: list[tuple[Any, ...]] = field(default_factory=list)
    #: missions this user was taken off, and when
    revoked: dict[str, Any] = field(default_factory=dict)
    #: natural keys claimed in this push so far (key -> record id)
    keys: dict[str, str] = field(default_factory=dict)
    lock: Any = None
    #: ``updated_at`` of every record this push changes (one time per push)
    now: Any = field(default_factory=utcnow)

    def flush_new(self) -> None:
        """Write the records and applied changes of this push so far, in bulk (Core
        statements over the tables: the ORM's bulk path costs more than the statements).
        Changed records first, in the order they changed, as the ORM would have flushed
        them before anything else."""
        self.flush_changed()
        if self.new_records:
            _INSERT.run(self.session, [
                (r.record_type, r.id, r.scope, r.owner_id, r.revision, r.seq, r.deleted,
                 r.data, r.field_revisions, r.updated_at, r.natural_key, r.origin)
                for r in self.new_records])
            for rec in self.new_records:
                rec.stored = True
            self.new_records.clear()
            self._forget_orm_records()
        if self.applied_rows:
            _INSERT_APPLIED.run(self.session, self.applied_rows)
            self.applied_rows.clear()

    def flush_changed(self) -> None:
        """Write the stored records changed so far (before a query that reads records)."""
        if not self.changed:
            return
        _UPDATE.run(self.session, [
            (r.revision, r.seq, r.deleted, r.data, r.field_revisions, r.updated_at,
             r.natural_key, r.origin, r.record_type, r.id) for r in self.changed.values()])
        self.changed.clear()
        self._forget_orm_records()

    def _forget_orm_records(self) -> None:
        """Records the ORM read earlier in this push (team members, by ``refresh_grants``)
        are read again after a Core statement changed them."""
        for obj in list(self.session.identity_map.values()):
            if isinstance(obj, Record):
                self.session.expire(obj)

    # --- access --------------------------------------------------------------------------

    def readable(self, rec: _Held) -> bool:
        return self.principal.is_hq or rec.scope == "" or rec.scope in self.granted

    def writable(self, rec: _Held) -> bool:
        if self.principal.is_hq:
            return True
        if rec.record_type == PUBLICATION_TYPE:
            return False
        if rec.scope == "":
            return rec.owner_id == self.principal.user_id
        return rec.scope in self.granted

    def record(self, record_type: str, record_id: str) -> _Held | None:
        key = (record_type, record_id)
        if key not in self.records:
            found = held_records(self.session, record_type, [record_id])
            self.records[key] = found[0] if found else None
        return self.records[key]

    # --- one change ----------------------------------------------------------------------

    def apply(self, change: Change, done: dict[str, Any]) -> _Result:
        def result(status: str, **kw: Any) -> _Result:
            found = {"change_id": change.change_id, "record_type": change.record_type,
                     "id": change.id, "status": status}
            for name, value in kw.items():
                if value is not None:
                    found[name] = value
            return found

        def unavailable(scope: str | None = None) -> _Result:
            revoked = self.revoked.get(scope or "") if scope else None
            if revoked is not None:
                refusal = rules.removed_refusal(revoked)
                return result("rejected", reason=refusal.reason, reason_code=refusal.code)
            return result("rejected", reason=UNAVAILABLE_TEXT, reason_code=UNAVAILABLE)

        def refused(refusal: rules.Refusal) -> _Result:
            return result("rejected", reason=refusal.reason, reason_code=refusal.code)

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
                          server=_server_dict(rec))
        rec = self.record(change.record_type, change.id)
        if rec is None:
            return self._create(rtype, change, result, unavailable, refused)
        if not self.writable(rec):
            if self.readable(rec) and change.deleted == rec.deleted and all(
                    n in STAMP_FIELDS or rec.data.get(n) == v for n, v in
                    {**change.base_fields, **change.fields}.items()):
                # the same record made on two devices (a shipped programme, a colleague's
                # directory entry): nothing new, so nothing to refuse
                self._remember(change, rec)
                return result("applied", revision=rec.revision, seq=rec.seq,
                              server=_server_dict(rec))
            return unavailable(rec.scope)
        scope_field = rtype.scope_field
        if scope_field and scope_field != "id" and any(
                scope_field in f and f[scope_field] != rec.data.get(scope_field)
                for f in (change.fields, change.base_fields)):
            return result("rejected", reason="a record cannot move to another mission",
                          reason_code="invalid")
        if not self._parents_ok(rtype, change.fields, rec.scope):
            return unavailable(rec.scope)
        decision = decide(rec.data, rec.field_revisions, rec.deleted, change)
        if decision.conflicts:
            return result("conflict", revision=rec.revision, seq=rec.seq,
                          conflict_fields=decision.conflicts, server=_server_dict(rec),
                          reason="changed at HQ since your copy")
        refusal = self.lock.refusal(change, rec.data)
        if refusal is None:
            key = rules.natural_key(rtype.name, {**rec.data, **decision.updates})
            if key is not None:
                self.flush_changed()  # the query must see keys given up in this push
            refusal = rules.key_taken(self.session, rtype.name, rec.id, key, self.keys)
        if refusal is not None:
            return refused(refusal)
        merged = change.base_revision < rec.revision
        # only who/when stamps differ (the same record made on two devices, say): no news,
        # and HQ's version goes back so the device takes HQ's stamps
        news = any(n not in STAMP_FIELDS for n in decision.updates) or \
            decision.deleted is not None
        if news:
            self.seq += 1
            revs = dict(rec.field_revisions)
            revs.update(dict.fromkeys(decision.updates, self.seq))
            if decision.deleted is not None:
                revs[TOMBSTONE] = self.seq
                rec.deleted = decision.deleted
            rec.data = {**rec.data, **decision.updates}
            rec.field_revisions = revs
            rec.revision = rec.seq = self.seq
            rec.updated_at = self.now
            rec.natural_key = self._claim(rtype.name, rec.id, rec.data)
            rec.origin = self.device_id
            if rec.stored:
                self.changed[(rec.record_type, rec.id)] = rec
            self._after(rec)
        self._remember(change, rec)
        echo = merged or change.resend or not news or \
            decision.updates.keys() != change.fields.keys()
        return result("applied", revision=rec.revision, seq=rec.seq,
                      server=_server_dict(rec) if echo else None)

    def _claim(self, record_type: str, record_id: str, data: dict[str, Any]) -> str | None:
        key = rules.natural_key(record_type, data)
        if key is not None:
            self.keys[key] = record_id
        return key

    def _create(self, rtype: RecordType, change: Change, result: Any,
                unavailable: Any, refused: Any) -> _Result:
        fields = {**change.base_fields, **change.fields}
        if rtype.scope_field is None:
            scope = ""
        elif rtype.scope_field == "id":
            scope = change.id
            if scope in self.revoked:
                return unavailable(scope)
        else:
            parent = self.record(rtype.parents[rtype.scope_field],
                                 str(fields.get(rtype.scope_field)))
            if parent is None or parent.scope == "" or not self.readable(parent):
                return unavailable(parent.scope if parent is not None else None)
            scope = parent.scope
        if not self._parents_ok(rtype, fields, scope):
            return unavailable(scope)
        problems = missing_fields(rtype, fields)  # values were checked at the door
        if problems:
            return result("rejected", reason="; ".join(problems), reason_code="invalid")
        sent = change.model_copy(update={"fields": fields}) if change.base_fields else change
        refusal = self.lock.refusal(sent, None)
        key = rules.natural_key(rtype.name, fields)
        if refusal is None and key is not None:
            self.flush_changed()  # the query must see keys given up in this push
            refusal = rules.key_taken(self.session, rtype.name, change.id, key, self.keys)
        if refusal is not None:
            return refused(refusal)
        self.seq += 1
        rec = _Held(record_type=rtype.name, id=change.id, scope=scope,
                    owner_id=self.principal.user_id, revision=self.seq, seq=self.seq,
                    deleted=change.deleted, data=dict(fields),
                    field_revisions={**dict.fromkeys(fields, self.seq),
                                     TOMBSTONE: self.seq},
                    updated_at=self.now,
                    natural_key=self._claim(rtype.name, change.id, fields),
                    origin=self.device_id)
        self.new_records.append(rec)
        self.records[(rtype.name, change.id)] = rec
        if rtype.name == MISSION_TYPE:
            self._grant(self.principal.user_id, change.id, owner=True)
        self._after(rec)
        self._remember(change, rec)
        echo = bool(change.base_fields) and change.base_fields.keys() - change.fields.keys()
        return result("applied", revision=rec.revision, seq=rec.seq,
                      server=_server_dict(rec) if echo else None)

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
        self.applied_rows.append((change.change_id, rec.record_type, rec.id, rec.revision,
                                  rec.seq, self.principal.user_id))

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
    """Make the team grants of ``mission_id`` follow its live team member records; a user
    taken off the team is remembered (``Revocation``) so his or her device is told."""
    members = session.scalars(select(Record).where(
        Record.scope == mission_id, Record.record_type == TEAM_TYPE)).all()
    on_team = {m.data.get("expert_id") for m in members if not m.deleted}
    if users is None:
        users = session.scalars(select(User).where(User.expert_id.is_not(None))).all()
    for user in users:
        grant = session.get(Grant, (user.id, mission_id))
        revocation = session.get(Revocation, (user.id, mission_id))
        if user.expert_id in on_team and grant is None:
            session.add(Grant(user_id=user.id, mission_id=mission_id, granted_seq=seq))
            if revocation is not None:
                session.delete(revocation)
        elif user.expert_id not in on_team and grant is not None and not grant.owner:
            session.delete(grant)
            if revocation is None:
                session.add(Revocation(user_id=user.id, mission_id=mission_id,
                                       revoked_seq=seq))
            else:
                revocation.revoked_seq, revocation.at = seq, utcnow()
    session.flush()


def refresh_user_grants(session: Session, user: User) -> None:
    """After linking a user to an expert record: grants for every team he or she is on."""
    # a number of their own: a grant dated with the last number issued would not be newer
    # than the cursor of a device that has read that far, and its back-fill would be skipped
    seq = lock_sequence(session) + 1
    set_sequence(session, seq)
    scopes = {r.scope for r in session.scalars(
        select(Record).where(Record.record_type == TEAM_TYPE))
        if r.data.get("expert_id") == user.expert_id}
    scopes |= set(session.scalars(select(Grant.mission_id).where(
        Grant.user_id == user.id, Grant.owner.is_(False))))
    for scope in scopes:
        refresh_grants(session, scope, seq, [user])


class EpochChanged(Exception):
    """The device knows sequence numbers this database never issued (it was restored), or
    speaks of another epoch: it must say hello again and send what HQ lacks."""


def check_epoch(session: Session, service: str, known_seq: int) -> None:
    """Refuse a push made for another epoch, or by a device that saw numbers this database
    never issued (then ``begin_epoch_if_restored`` in a transaction of its own)."""
    current = service_id(session)
    if service and service != current:
        raise EpochChanged(current)
    if not issued(session, known_seq):
        raise EpochChanged(current)


def begin_epoch_if_restored(session: Session, known_seq: int) -> str:
    """A device saw sequence numbers up to ``known_seq``: when this database never issued
    them it was restored by hand, and a new epoch begins. Returns the current service id."""
    lock_sequence(session)
    if not issued(session, known_seq):
        new_epoch(session, "a device knows changes this database lacks: restored by hand",
                  restore_point_before(session, known_seq))
    return service_id(session)


def push(session: Session, principal: Principal, request: PushRequest) -> PushResponse:
    return PushResponse.model_validate_json(push_json(session, principal, request))


def push_json(session: Session, principal: Principal, request: PushRequest) -> str:
    """``push``'s answer as the JSON HQ sends: written once, for the batch's record and the
    answer alike."""
    seq = lock_sequence(session)
    first = session.get(Batch, request.batch_id)
    if first is not None:
        if first.user_id != principal.user_id:
            raise BatchIdTakenError(request.batch_id)
        replay = PushResponse.model_validate_json(first.result)
        replay.replayed = True
        return replay.model_dump_json(exclude_defaults=True)
    check_epoch(session, request.service_id, request.known_seq)
    work = _Push(session, principal, request.device_id, seq,
                 set() if principal.is_hq else _granted(session, principal.user_id))
    if not principal.is_hq:
        work.revoked = rules.revoked_scopes(session, principal.user_id)
    ids_by_type: dict[str, set[str]] = {}
    for change in request.changes:
        ids_by_type.setdefault(change.record_type, set()).add(change.id)
    for record_type, ids in ids_by_type.items():
        work.records.update(dict.fromkeys(((record_type, i) for i in ids), None))
        for rec in held_records(session, record_type, list(ids)):
            work.records[(rec.record_type, rec.id)] = rec
    work.lock = rules.AnswerLock(session, request.changes, work.record, work.flush_changed)
    for change in request.changes:  # the state before this push changes assessments
        if change.record_type == rules.ASSESSMENTS:
            work.lock.note_assessment(change.id)
    done: dict[str, Any] = {}
    for chunk in _chunks([c.change_id for c in request.changes], 500):
        for row in session.execute(select(
                _APPLIED.c.change_id, _APPLIED.c.record_type, _APPLIED.c.record_id,
                _APPLIED.c.revision, _APPLIED.c.seq).where(_APPLIED.c.change_id.in_(chunk))):
            done[row.change_id] = row
    results = []
    for change in request.changes:
        outcome = work.apply(change, done)
        results.append(outcome)
        if outcome["status"] == "applied":
            done[change.change_id] = _Done(change.record_type, change.id,
                                           outcome.get("revision"), outcome.get("seq"))
    work.flush_new()
    set_sequence(session, work.seq)
    # without the values every client fills in anyway (empty reasons, no server record):
    # a third of the bytes, and as much less to write and read on both sides
    encoded = encode_push_answer(request.batch_id, results)
    session.add(Batch(batch_id=request.batch_id, user_id=principal.user_id, result=encoded))
    return encoded


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


def cursor_position(session: Session, cursor: str | None) -> int | None:
    """The number a cursor of this epoch points at when this database never issued it
    (HQ was restored by hand); None otherwise."""
    decoded = decode_cursor(cursor) if cursor else None
    if decoded is None or decoded.get("sid") != service_id(session):
        return None
    number = int(decoded["s"])
    return None if issued(session, number) else number


def pull(session: Session, principal: Principal, cursor: str | None,
         limit: int, device: str | None = None, known: int = 0) -> PullResponse:
    """The changes after ``cursor`` this user may read, oldest first.

    Versions ``device`` made itself numbered up to ``known`` (the highest sequence number
    the device has recorded, its push results included) are left out, and the cursor moves
    past them: the device recorded them when HQ confirmed its push. Its own versions above
    ``known`` still come: a data folder put back from a copy has lost them (and a copy
    that syncs under a new device id, see ``services.identity``, receives all of its old
    id's versions)."""
    sid = service_id(session)
    if cursor is None:
        position: dict[str, Any] = {"v": 1, "sid": sid, "u": principal.user_id, "s": 0}
    else:
        decoded = decode_cursor(cursor)
        if decoded is None or decoded.get("sid") != sid or decoded.get("u") != principal.user_id:
            return PullResponse(changes=[], cursor=None, more=False, full_resync_required=True)
        position = decoded
    since: int = position["s"]
    rows: list[Any] = []
    backfill = position.get("bf")
    revoked: list[str] = []
    if not principal.is_hq:
        revoked = sorted(session.scalars(select(Revocation.mission_id).where(
            Revocation.user_id == principal.user_id, Revocation.revoked_seq > since)))
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
            found = session.execute(
                select(*_PULLED).where(Record.scope == mission_id, Record.seq <= since,
                                       Record.seq > after)
                .order_by(Record.seq).limit(limit - len(rows))).all()
            rows += found
            if len(rows) >= limit:
                position = {**position, "bf": [granted_seq, mission_id, rows[-1].seq]}
                return _page(rows, position, more=True, revoked=revoked)
        position.pop("bf", None)
    readable = Record.seq > since
    if not principal.is_hq:
        scopes = ["", *sorted(_granted(session, principal.user_id))]
        readable = and_(readable, Record.scope.in_(scopes))
    query = select(*_PULLED).where(readable)
    if device and known > 0:
        query = query.where(or_(Record.origin.is_(None), Record.origin != device,
                                Record.seq > known))
    found = session.execute(query.order_by(Record.seq).limit(limit - len(rows))).all()
    rows += found
    if found:
        position["s"] = found[-1].seq
    more = len(rows) >= limit
    if device and known > 0 and not more:
        # every other change after the cursor is on this page: step over the device's own
        last = session.scalar(select(func.max(Record.seq)).where(readable))
        if last is not None and last > position["s"]:
            position["s"] = last
    return _page(rows, position, more=more, revoked=revoked)


#: what a pull reads of a record: Core rows, without the ORM's bookkeeping per record
_PULLED = (_RECORDS.c.record_type, _RECORDS.c.id, _RECORDS.c.revision, _RECORDS.c.seq,
           _RECORDS.c.deleted, _RECORDS.c.data)


def _page(rows: list[Any], position: dict[str, Any], more: bool,
          revoked: list[str]) -> PullResponse:
    return PullResponse(changes=limits.servable(rows, server_record),
                        cursor=encode_cursor(position), more=more, revoked=revoked)


def publish(session: Session, kind: str, name: str, version: str, content: Any,
            checksum: str) -> Record:
    """Put a reference-data set or checklist template version into every user's stream."""
    import uuid

    seq = lock_sequence(session) + 1
    record_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"mercator:{kind}:{name}"))
    data = {"kind": kind, "name": name, "version": version, "checksum": checksum,
            "content": content}
    rec = session.get(Record, (PUBLICATION_TYPE, record_id))
    if rec is None:
        rec = Record(record_type=PUBLICATION_TYPE, id=record_id, scope="", owner_id=None,
                     revision=seq, seq=seq, deleted=False, data=data,
                     field_revisions=dict.fromkeys(data, seq))
        session.add(rec)
    else:
        rec.data = data
        rec.revision = seq
        rec.field_revisions = dict.fromkeys(data, seq)
        rec.seq = seq
        rec.updated_at = utcnow()
        rec.origin = None
    set_sequence(session, seq)
    return rec
