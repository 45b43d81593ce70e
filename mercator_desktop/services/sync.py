"""Sync use cases the window and the command line call: sign in, sync, sign out, status, the
conflict inbox and the quarantine.

The server address and user name are kept with the data (they are no secret); the session
token goes to the OS keyring through ``sync.credentials`` — or, when the machine has no
secure keyring and the person agrees, to memory for this run only. Failures come back as
``SyncFailed`` with a ``kind`` the caller can act on (``auth`` → ask to sign in again,
``network`` → try later, ``not_hq`` → captive portal, ``upgrade``, ``mass_delete`` …) and a
message written for a person.
"""

from __future__ import annotations

import contextlib
import json
import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..domain.errors import UserError
from ..domain.problem_texts import message_of, say
from ..storage.models import (
    SyncConflict,
    SyncCursor,
    SyncPublication,
    SyncQuarantine,
    SyncStaged,
)
from ..sync import credentials
from ..sync.errors import (
    AuthError,
    DeadlineError,
    HQFailedError,
    MassDeletionError,
    NetworkError,
    NotHQError,
    RejectedError,
    SyncCancelledError,
    SyncError,
    TooManyAttemptsError,
    UpgradeRequiredError,
    check_server_url,
)
from ..sync.local_only import Excluded
from ..sync.options import SyncOptions
from ..sync.records import from_wire, record_types
from .store import HQ_USER_SETTING, Store

if TYPE_CHECKING:  # the HTTP client and the protocol's models load when HQ is contacted
    from ..sync.client import SyncReport
    from ..sync.transport import Transport

log = logging.getLogger(__name__)
SERVER_KEY = "sync.server_url"
USER_KEY = HQ_USER_SETTING

#: tokens kept for this run only (no secure keyring, and the person chose so)
_SESSION_ONLY = credentials.MemorySecretStore()
#: the secret-store entry (per server) of tokens signed out while HQ could not be reached:
#: HQ is told to end them at the next contact
PENDING_SIGN_OUTS = "mercator-pending-sign-outs"


class SyncFailed(UserError):
    """A sync step failed; ``kind`` says what the person can do about it.

    The message is a coded text (``problem_texts.say``), so the window and the command line
    say it in the person's language, with HQ's reason when HQ gave one with its code."""

    def __init__(self, kind: str, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        #: seconds before HQ takes another sign-in (kind ``locked_out``)
        self.retry_after = retry_after


class SyncTooSlow(SyncFailed):
    """HQ (or something on the way) answered too slowly: an exchange, or the whole sync
    (``whole_sync``), ran past its deadline of ``seconds`` (the window words it itself)."""

    def __init__(self, seconds: float, whole_sync: bool) -> None:
        self.seconds, self.whole_sync = seconds, whole_sync
        super().__init__("too_slow", say("sync_too_slow" if whole_sync else "answer_too_slow",
                                         seconds=f"{seconds:.0f}"))


#: The code of what the person reads for each failure of the connection
#: (``NetworkError.reason``); the details go to the log.
NETWORK_MESSAGES = {"offline": "sync_offline", "timeout": "sync_timeout",
                    "unavailable": "sync_unavailable"}


@dataclass(frozen=True)
class SyncStatus:
    server_url: str
    user: str
    signed_in: bool
    session_only: bool
    pending: int
    conflicts: int
    errors: int
    waiting: int
    last_sync_at: datetime | None
    last_state: str
    last_message: str


@dataclass(frozen=True)
class ConflictView:
    id: int
    record_type: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    base: Any
    detected_at: datetime
    #: the mission the record belongs to (None for directory records: experts …)
    mission_id: str | None = None
    mission_code: str = ""
    #: a few words that name the record for a person (a code, a title, a question id …)
    label: str = ""


@dataclass(frozen=True)
class QuarantineView:
    record_type: str
    record_id: str
    reason: str
    at: datetime
    mission_id: str | None = None
    mission_code: str = ""
    label: str = ""
    #: HQ's reason code (a key of ``REFUSAL_ADVICE``)
    reason_code: str = ""

    @property
    def advice(self) -> str:
        """What the person can do about it, in a sentence (empty for an unknown code)."""
        return REFUSAL_ADVICE.get(self.reason_code, "")


@dataclass(frozen=True)
class WaitingView:
    """A record received from HQ that cannot be applied yet, with the reason and a way
    out (``how``)."""

    record_type: str
    record_id: str
    reason: str
    how: str
    received_at: datetime
    mission_code: str = ""
    label: str = ""


@dataclass(frozen=True)
class ArchivedView:
    mission_id: str
    code: str
    title: str
    reason: str
    at: datetime


#: what a person can do about a record HQ refused, by HQ's reason code
REFUSAL_ADVICE = {
    "code_taken": "Rename this mission (its code) and sync again.",
    "locked": "Reopen the assessment (with a reason) to keep your answer, or discard your "
              "change to take HQ's.",
    "removed_from_team": "Nothing to do: the mission stays on this laptop, read-only. "
                         "Discard your change to clear this line.",
    "unavailable": "Sync again later; if it stays, discard your change or ask HQ.",
    "invalid": "Correct the record (the reason names the field) and sync again.",
    "file_too_large": "The record went to HQ; the file stays on this laptop. Attach a "
                      "smaller copy (a compressed PDF, a photo) if HQ needs it.",
}


@dataclass(frozen=True)
class SyncOutcome:
    sent: int
    duplicates: int
    conflicts: int
    rejected: int
    received: int
    applied: int
    waiting: int
    full_resync: bool
    backup: str | None
    problems: list[str]
    #: HQ had been restored: this many records were sent again
    epoch_changed: bool = False
    resent: int = 0
    archived: int = 0
    #: this data folder had been copied or restored: it now syncs as a new device
    new_identity: str = ""
    files_sent: int = 0
    files_received: int = 0

    @classmethod
    def of(cls, report: SyncReport, new_identity: str = "") -> SyncOutcome:
        return cls(report.sent, report.duplicates, report.conflicts, report.rejected,
                   report.received, report.applied, report.waiting, report.full_resync,
                   str(report.backup) if report.backup else None, list(report.problems),
                   report.epoch_changed, report.resend, report.archived, new_identity,
                   report.files_sent, report.files_received)


def default_secret_store() -> credentials.SecretStore | None:
    """The OS keyring, or None where there is no secure one."""
    try:
        return credentials.KeyringSecretStore()
    except credentials.NoSecureStoreError:
        return None


TransportFactory = Callable[[str, "str | None"], "Transport"]


class SyncService:
    def __init__(self, store: Store, secrets: credentials.SecretStore | None = None,
                 transport_factory: TransportFactory | None = None,
                 options: SyncOptions | None = None, use_keyring: bool = True) -> None:
        self.store = store
        # The OS keyring is looked up when a token is first needed (signed in, signing in):
        # its backends (D-Bus, Secret Service …) are not loaded for a device never signed in.
        self._secret_store = secrets
        self._keyring_looked_up = secrets is not None or not use_keyring
        self.options = options or SyncOptions()
        self._transport_factory = transport_factory or self._transport

    # --- secrets -------------------------------------------------------------------------

    @property
    def _secrets(self) -> credentials.SecretStore | None:
        if not self._keyring_looked_up:
            self._secret_store = default_secret_store()
            self._keyring_looked_up = True
        return self._secret_store

    @_secrets.setter
    def _secrets(self, secrets: credentials.SecretStore | None) -> None:
        self._secret_store = secrets
        self._keyring_looked_up = True

    def _transport(self, url: str, token: str | None) -> Transport:
        from ..sync.transport import Transport

        return Transport(url, token, deadline=self.options.request_deadline)

    @property
    def secure_store_available(self) -> bool:
        return self._secrets is not None

    @staticmethod
    def no_secure_store_message() -> str:
        return credentials.NO_KEYRING_MESSAGE

    def _token(self) -> tuple[str | None, bool]:
        url, user = self.server_url(), self.user()
        if not url or not user:
            return None, False
        token = _SESSION_ONLY.get(url, user)
        if token:
            return token, True
        if self._secrets is not None:
            try:
                return self._secrets.get(url, user), False
            except credentials.NoSecureStoreError as exc:
                raise SyncFailed("no_keyring", message_of(exc)) from None
        return None, False

    def server_url(self) -> str:
        return self.store.get_setting(SERVER_KEY) or ""

    def user(self) -> str:
        return self.store.get_setting(USER_KEY) or ""

    # --- sign in and out -----------------------------------------------------------------

    def login(self, server_url: str, user: str, password: str,
              session_only: bool = False) -> str:
        """Sign in; returns the role HQ gave. ``session_only`` keeps the token in memory
        (required where no secure keyring exists: ``SyncFailed('no_keyring')`` otherwise,
        before anything is sent)."""
        try:
            url = check_server_url(server_url)
        except ValueError as exc:
            raise SyncFailed("bad_input", message_of(exc)) from None
        if not user.strip() or not password:
            raise SyncFailed("bad_input", say("enter_user_password"))
        if not session_only and self._secrets is None:
            raise SyncFailed("no_keyring", credentials.NO_KEYRING_MESSAGE)
        with self._transport_factory(url, None) as transport:
            answer = self._guard(lambda: self._login(transport, user.strip(), password))
        self.end_pending_sign_outs(url)
        if session_only:
            _SESSION_ONLY.set(url, user.strip(), answer.token)
        else:
            assert self._secrets is not None
            try:
                self._secrets.set(url, user.strip(), answer.token)
            except credentials.NoSecureStoreError as exc:
                raise SyncFailed("no_keyring", message_of(exc)) from None
        self.store.set_setting(SERVER_KEY, url)
        self.store.set_setting(USER_KEY, user.strip())
        self.store.refresh_person()  # the signed-in HQ user is who is recorded from now on
        from .identity import rotate_checkpoint

        rotate_checkpoint(self.store)  # the device id it signed in with is this folder's
        return answer.role

    def reachable(self) -> bool:
        """Whether HQ answers right now (its signed hello, not a captive portal); used to
        sync automatically when a connection appears. Never raises."""
        url = self.server_url()
        if not url:
            return False
        try:
            from ..sync.client import check_hello

            with self._transport_factory(url, None) as transport:
                check_hello(transport.hello())
            return True
        except Exception:  # offline, a portal, a server that is not HQ: all "not now"
            return False

    def _login(self, transport: Transport, user: str, password: str) -> Any:
        from ..sync.client import check_hello, device_id
        from ..sync.protocol import LoginRequest

        check_hello(transport.hello())
        return transport.login(LoginRequest(
            user=user, password=password, device_id=device_id(self.store.sessions),
            device_name=platform.node()[:200]))

    def logout(self, forget_keyring: bool = True) -> None:
        """End the session at HQ when reachable, and forget the token here in any case
        (``forget_keyring=False`` leaves a remembered session alone: for a sign-in that
        was for one sync only)."""
        url, user = self.server_url(), self.user()
        token, session_only = self._token()
        if token and not self._end_at_hq(url, token):
            self._remember_sign_out(url, token, session_only)
        _SESSION_ONLY.delete(url, user)
        if forget_keyring and self._secrets is not None and url and user:
            with contextlib.suppress(credentials.NoSecureStoreError):
                self._secrets.delete(url, user)

    def _end_at_hq(self, url: str, token: str) -> bool:
        """Tell HQ to end the session; False when HQ could not be told (offline …)."""
        try:
            with self._transport_factory(url, token) as transport:
                transport.logout()
        except AuthError:
            return True  # HQ no longer knows it: ended already
        except SyncError:
            return False
        return True

    def _pending_store(self, session_only: bool) -> credentials.SecretStore:
        return _SESSION_ONLY if session_only or self._secrets is None else self._secrets

    def _remember_sign_out(self, url: str, token: str, session_only: bool) -> None:
        store = self._pending_store(session_only)
        with contextlib.suppress(credentials.NoSecureStoreError):
            pending = json.loads(store.get(url, PENDING_SIGN_OUTS) or "[]")
            store.set(url, PENDING_SIGN_OUTS, json.dumps([*pending, token]))
            log.info("signed out while HQ could not be reached: HQ ends the session at "
                     "the next contact")

    def end_pending_sign_outs(self, url: str) -> int:
        """Sessions signed out here while offline: HQ ends them now (those it cannot be
        told about yet stay for the next contact). Returns how many were ended."""
        ended = 0
        for store in {id(s): s for s in (_SESSION_ONLY, self._secrets) if s}.values():
            try:
                pending = json.loads(store.get(url, PENDING_SIGN_OUTS) or "[]")
            except (credentials.NoSecureStoreError, ValueError):
                continue
            if not pending:
                continue
            left = [token for token in pending if not self._end_at_hq(url, token)]
            ended += len(pending) - len(left)
            with contextlib.suppress(credentials.NoSecureStoreError):
                if left:
                    store.set(url, PENDING_SIGN_OUTS, json.dumps(left))
                else:
                    store.delete(url, PENDING_SIGN_OUTS)
        return ended

    # --- sync ----------------------------------------------------------------------------

    def sync(self, progress: Callable[[str, int, int | None], None] | None = None,
             cancelled: Callable[[], bool] | None = None,
             allow_mass_delete: bool = False) -> SyncOutcome:
        url = self.server_url()
        token, _ = self._token()
        if not url or not token:
            raise SyncFailed("auth", say("sign_in_first"))
        options = SyncOptions(**{**self.options.__dict__,
                                 "allow_mass_delete": allow_mass_delete})
        from .identity import rotate_checkpoint, take_reidentified_notice

        notice = take_reidentified_notice(self.store) or ""
        rotate_checkpoint(self.store)
        from ..sync.client import SyncClient

        with self._transport_factory(url, token) as transport:
            client = SyncClient(self.store.sessions, transport, self.store.paths.database,
                                self.store.paths.backups, options,
                                evidence=self.store.paths.evidence, key=self.store.data_key)
            report = self._guard(lambda: client.sync(progress, cancelled))
        self.end_pending_sign_outs(url)  # HQ answered: a good moment
        self.install_published_templates()
        self.apply_published_reference_data()
        return SyncOutcome.of(report, notice)

    def apply_published_reference_data(self) -> list[str]:
        """Reference sets HQ published (e.g. a corrected countries list) replace older ones in
        the store; a malformed one is logged and skipped, the store keeps what it had.
        Returns the names applied."""
        from .reference import apply_published_reference

        with self.store.sessions() as session:
            rows = [(r.name, r.version, r.content) for r in session.scalars(
                select(SyncPublication).where(SyncPublication.kind == "reference"))]
        applied = []
        for name, version, content in rows:
            try:
                if apply_published_reference(self.store, name, version, content):
                    applied.append(name)
            except UserError as exc:
                log.warning("published reference data not applied: %s", exc)
        return applied

    def install_published_templates(self) -> list[str]:
        """Checklist template versions HQ published become files of the data folder's
        ``checklists/`` (where the template loader looks), so experts can start assessments
        on them; an invalid one is refused there by the loader with its reason, like any
        template. Returns the files written (none when all are in place)."""
        from .templates import installed_file_name

        folder = self.store.paths.root / "checklists"
        written = []
        with self.store.sessions() as session:
            rows = session.scalars(select(SyncPublication).where(
                SyncPublication.kind == "template")).all()
            for row in rows:
                if not isinstance(row.content, dict):
                    continue
                target = folder / installed_file_name(row.name, row.version)
                text = json.dumps(row.content, ensure_ascii=False, indent=2)
                if target.exists() and target.read_text(encoding="utf-8") == text:
                    continue
                folder.mkdir(parents=True, exist_ok=True)
                part = target.with_suffix(".json.part")
                part.write_text(text, encoding="utf-8")
                part.replace(target)
                written.append(target.name)
        return written

    def _guard(self, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except AuthError as exc:
            raise SyncFailed("auth", say("sign_in_again", reason=message_of(exc))) from None
        except TooManyAttemptsError as exc:
            raise SyncFailed("locked_out", say("sign_in_refused", reason=message_of(exc)),
                             exc.retry_after) from None
        except NotHQError as exc:
            log.info("sync: not HQ: %s", exc)
            raise SyncFailed("not_hq", say("not_hq", url=self.server_url() or "HQ")) from None
        except UpgradeRequiredError as exc:
            raise SyncFailed("upgrade", message_of(exc)) from None
        except DeadlineError as exc:
            raise SyncTooSlow(exc.seconds, exc.whole_sync) from None
        except HQFailedError as exc:
            log.info("sync: HQ failed: %s (%s)", exc, exc.detail)
            raise SyncFailed("network", say("hq_failed_later")) from None
        except NetworkError as exc:
            log.info("sync: HQ cannot be reached: %s (%s)", exc, exc.detail)
            raise SyncFailed("network", say(NETWORK_MESSAGES.get(
                exc.reason, NETWORK_MESSAGES["unavailable"]))) from None
        except MassDeletionError as exc:
            raise SyncFailed("mass_delete", message_of(exc)) from None
        except SyncCancelledError as exc:
            raise SyncFailed("cancelled", message_of(exc)) from None
        except RejectedError as exc:
            raise SyncFailed("rejected", say("request_refused", reason=message_of(exc))) from None
        except SyncError as exc:
            raise SyncFailed("error", message_of(exc)) from None

    # --- state ---------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        token, session_only = self._token()
        with self.store.sessions() as session:
            client_view = _Counts(session)
            cursor = session.scalars(select(SyncCursor).order_by(
                SyncCursor.last_sync_at.desc().nulls_last())).first()
        return SyncStatus(
            server_url=self.server_url(), user=self.user(), signed_in=bool(token),
            session_only=session_only, pending=client_view.pending,
            conflicts=client_view.conflicts, errors=client_view.errors,
            waiting=client_view.waiting,
            last_sync_at=cursor.last_sync_at if cursor else None,
            last_state=cursor.last_state if cursor else "",
            last_message=cursor.last_message if cursor else "")

    def saves(self) -> int | None:
        """A number that changes with every save of this program (to refresh the counts of
        ``status`` after each one without asking the database in between); None once the
        store is closed (nothing to count any more)."""
        return None if self.store.closed else self.store.writes.commits

    def pending_count(self) -> int:
        with self.store.sessions() as session:
            return _Counts(session).pending

    def record_states(self, record_type: str, ids: list[str]) -> dict[str, str]:
        """Sync state of each record: local, pending, synced, conflict or error."""
        rtype = record_types()[record_type]
        table = rtype.model.__table__  # type: ignore[attr-defined]
        states: dict[str, str] = {}
        with self.store.sessions() as session:
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                for rid, rev, synced in session.execute(select(
                        table.c.id, table.c.revision, table.c.synced_revision)
                        .where(table.c.id.in_(part))):
                    states[rid] = "local" if synced == 0 else (
                        "pending" if rev > synced else "synced")
                for (rid,) in session.execute(select(SyncQuarantine.record_id).where(
                        SyncQuarantine.record_type == record_type,
                        SyncQuarantine.record_id.in_(part))):
                    states[rid] = "error"
                for (rid,) in session.execute(select(SyncConflict.record_id).where(
                        SyncConflict.record_type == record_type,
                        SyncConflict.record_id.in_(part), SyncConflict.resolved_at.is_(None))):
                    states[rid] = "conflict"
        return states

    def conflicts(self) -> list[ConflictView]:
        """The open conflicts, oldest first, each with its mission and a label."""
        with self.store.sessions() as session:
            rows = session.scalars(select(SyncConflict).where(
                SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id)).all()
            by_type: dict[str, list[str]] = {}
            for c in rows:
                by_type.setdefault(c.record_type, []).append(c.record_id)
            missions, labels, codes = _where(session, by_type)
            return [ConflictView(
                c.id, c.record_type, c.record_id, c.field, c.mine, c.theirs, c.base_value,
                c.detected_at, missions.get((c.record_type, c.record_id)),
                codes.get(missions.get((c.record_type, c.record_id), ""), ""),
                labels.get((c.record_type, c.record_id), "")) for c in rows]

    def resolve_conflict(self, conflict_id: int, keep: str) -> None:
        """``keep='theirs'`` accepts HQ's value (already in the record); ``'mine'`` puts the
        local value back as a new local change, sent at the next sync."""
        from ..domain.errors import NotFoundError, ValidationError
        from ..storage.base import utcnow

        if keep not in ("mine", "theirs"):
            raise ValidationError.single("keep", "keep_mine_or_theirs")
        with self.store.session() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise NotFoundError(say("conflict_closed"))
            if keep == "mine":
                rtype = record_types()[conflict.record_type]
                row = session.get(rtype.model, conflict.record_id)
                if row is None:
                    raise NotFoundError(say("conflict_record_gone"))
                if conflict.field == "deleted":
                    row.deleted = bool(conflict.mine)
                else:
                    values = from_wire(rtype, {conflict.field: conflict.mine})
                    setattr(row, conflict.field, values[conflict.field])
            conflict.resolved_at = utcnow()
            conflict.resolution = keep

    def quarantined(self) -> list[QuarantineView]:
        """The records HQ refused, oldest first, each with its mission and a label."""
        with self.store.sessions() as session:
            rows = session.scalars(select(SyncQuarantine).order_by(SyncQuarantine.at)).all()
            by_type: dict[str, list[str]] = {}
            for q in rows:
                by_type.setdefault(q.record_type, []).append(q.record_id)
            missions, labels, codes = _where(session, by_type)
            return [QuarantineView(
                q.record_type, q.record_id, q.reason, q.at,
                missions.get((q.record_type, q.record_id)),
                codes.get(missions.get((q.record_type, q.record_id), ""), ""),
                labels.get((q.record_type, q.record_id), ""), q.reason_code) for q in rows]

    def waiting(self) -> list[WaitingView]:
        """What came from HQ and waits (its parent has not arrived, or it clashes with a
        record of this laptop), with the reason and what to do."""
        with self.store.sessions() as session:
            rows = session.scalars(select(SyncStaged).order_by(SyncStaged.received_at)).all()
            by_type: dict[str, list[str]] = {}
            for row in rows:
                by_type.setdefault(row.record_type, []).append(row.record_id)
            missions, labels, codes = _where(session, by_type)
            out = []
            for row in rows:
                label = labels.get((row.record_type, row.record_id)) or _field_label(row.fields)
                code = codes.get(missions.get((row.record_type, row.record_id), ""), "") or (
                    str(row.fields.get("code", "")) if row.record_type == "missions" else "")
                out.append(WaitingView(row.record_type, row.record_id, row.reason,
                                       _waiting_advice(row.reason), row.received_at,
                                       code, label))
            return out

    def archived_missions(self) -> list[ArchivedView]:
        """Missions this person was taken off the team of, kept read-only."""
        from ..storage.models import ArchivedMission, Mission

        with self.store.sessions() as session:
            rows = session.execute(select(ArchivedMission, Mission.code, Mission.title)
                                   .join(Mission, Mission.id == ArchivedMission.mission_id,
                                         isouter=True)
                                   .order_by(ArchivedMission.at)).all()
            return [ArchivedView(a.mission_id, code or "", title or "", a.reason, a.at)
                    for a, code, title in rows]

    def discard_local(self, record_type: str, record_id: str) -> None:
        """Give up this laptop's unsent change of a record HQ refused: the record takes back
        the version HQ confirmed last. A record HQ never had cannot be discarded this way
        (rename, correct or delete it instead)."""
        from ..domain.errors import NotFoundError, ValidationError
        from ..storage.engine import SESSION_APPLYING_SYNC
        from ..storage.models import SyncBase

        rtype = record_types().get(record_type)
        if rtype is None:
            raise NotFoundError(say("unknown_record_kind", value=record_type))
        with self.store.session() as session:
            session.info[SESSION_APPLYING_SYNC] = True
            row = session.get(rtype.model, record_id)
            base = session.get(SyncBase, (record_type, record_id))
            if row is None:
                raise NotFoundError(say("record_gone"))
            if base is None:
                raise ValidationError.single("record", "no_hq_version")
            for name, value in from_wire(rtype, base.fields).items():
                setattr(row, name, value)
            row.deleted = base.deleted
            session.flush()
            row.synced_revision = row.revision
            session.execute(SyncQuarantine.__table__.delete().where(
                SyncQuarantine.record_type == record_type,
                SyncQuarantine.record_id == record_id))

    def retry_quarantined(self) -> int:
        from sqlalchemy import delete

        with self.store.session() as session:
            return session.execute(delete(SyncQuarantine)).rowcount or 0  # type: ignore[attr-defined]

    def publications(self) -> list[tuple[str, str, str]]:
        """(kind, name, version) of what HQ published."""
        with self.store.sessions() as session:
            return [tuple(r) for r in session.execute(select(  # type: ignore[misc]
                SyncPublication.kind, SyncPublication.name, SyncPublication.version)
                .order_by(SyncPublication.kind, SyncPublication.name))]


def _where(session: Any, by_type: dict[str, list[str]]) -> tuple[
        dict[tuple[str, str], str], dict[tuple[str, str], str], dict[str, str]]:
    """For records named by type and id: their mission, a label, and the missions' codes."""
    from ..storage.models import Mission
    from .missions import missions_of_records

    types = record_types()
    missions: dict[tuple[str, str], str] = {}
    labels: dict[tuple[str, str], str] = {}
    for rtype, ids in by_type.items():
        if rtype not in types:
            continue
        for rid, mid in missions_of_records(session, rtype, ids).items():
            missions[(rtype, rid)] = mid
        for rid in ids:
            labels[(rtype, rid)] = _record_label(session.get(types[rtype].model, rid))
    codes: dict[str, str] = dict(session.execute(select(Mission.id, Mission.code).where(
        Mission.id.in_(set(missions.values())))).all()) if missions else {}
    return missions, labels, codes


_LABEL_FIELDS = ("code", "title", "name", "question_id", "activity", "text", "kind")


def _record_label(row: Any) -> str:
    """A few words naming a record: its code, title, name, question or the start of its
    text."""
    if row is None:
        return ""
    return _field_label({name: getattr(row, name, None) for name in _LABEL_FIELDS})


def _field_label(fields: dict[str, Any]) -> str:
    """The same for a record as HQ sent it (its fields)."""
    for name in _LABEL_FIELDS:
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            value = " ".join(value.split())
            return value if len(value) <= 60 else value[:59] + "…"
    return ""


def _waiting_advice(reason: str) -> str:
    if reason.startswith("clashes"):
        return ("A record of this laptop holds the same code or key: rename yours (e.g. the "
                "mission code); this one is applied at the next sync.")
    if reason.startswith("waiting for"):
        return "It is applied as soon as the record it belongs to arrives (at a next sync)."
    return "Update Mercator Desktop; it is kept until then."


class _Counts:
    def __init__(self, session: Any) -> None:
        pending = 0
        types = record_types()
        excluded = Excluded(session, types)
        for rtype in types.values():
            table = rtype.model.__table__  # type: ignore[attr-defined]
            changed = table.c.revision > table.c.synced_revision
            if not excluded.may_exclude(rtype):  # a count, not 160,000 ids read and filtered
                pending += session.scalar(select(func.count()).select_from(table)
                                          .where(changed)) or 0
                continue
            ids = list(session.scalars(select(table.c.id).where(changed)))
            pending += len(excluded.filter(rtype, ids)) if ids else 0
        self.pending = pending
        self.conflicts = session.scalar(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolved_at.is_(None))) or 0
        self.errors = session.scalar(select(func.count()).select_from(SyncQuarantine)) or 0
        self.waiting = session.scalar(select(func.count()).select_from(SyncStaged)) or 0

