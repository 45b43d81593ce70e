"""Sync you can trust, as a property: three laptops and HQ take random steps, and after a final
round of syncs every replica holds the same data, every edit that lost against a concurrent
edit of the same field is in an inbox, and no change HQ acknowledged is lost.

The world of one example: an HQ of this test's own (SQLite, real process on 127.0.0.1,
shared by the examples of the run; each example has its own mission), reached through a
relay that can cut the connection; Alice and Bob (experts, both on the mission's team) and
the chief (HQ role) on three real data folders driven through the services. Alice creates
the mission (with dates, one agenda item and one assessment with every question answered);
everyone syncs; then the steps:

- edit a mission field (title, objectives, location); add, rename or remove an agenda item;
  rename, trash or restore the assessment; answer one of two questions (a value from a small
  set); complete, validate or reopen (with a reason) the assessment. A step the app refuses
  (``UserError``: a locked assessment, a move its status does not allow …) changes nothing;
- sync a laptop; kill a sync: the relay lets a few requests through, then forwards the next
  one to HQ and drops its answer (HQ may have committed it) and refuses every connection
  until the sync gives up;
- copy a laptop's data folder, and later put the folder back from that copy (the app closed:
  the identity check makes it a new device); back up HQ (``mercator-hq backup``), and later
  restore HQ from that backup (stopped, ``mercator-hq restore``, started).

The final round: three rounds of syncs of every laptop; the records HQ refused (answers of an
assessment validated at HQ) are noted as in the inbox and then discarded on their laptop
(``discard_local``, the app's way out); two more rounds. Conflicts are never resolved.

The oracle. Every service call is a set of *writes*: each travelling field (stamps of who and
when aside) of a record of the mission whose value the call changed, the tombstone included,
found by comparing the mission's records before and after the call. A write is
(record, field, value) with the ids of the writes its laptop had seen when it was made. The
model keeps, for HQ and each laptop, which writes the replica *surely* holds (``lo``) and
which it *may* hold (``hi``):

- a write is in its laptop's sets; a sync that returns: HQ gets what the laptop held (``lo``:
  less the records HQ refused and the values that went to the laptop's inbox), then the
  laptop gets all HQ held; a killed sync: ``hi`` of both as if it had worked, ``lo``
  unchanged; a folder or HQ put back from a copy takes back the sets of that moment.

After the final round, every write some replica surely holds (legitimately lost ones aside:
made after the copies both HQ and its laptop were put back from) must be one of:

1. the value the field holds now (the same on every laptop), or
2. superseded: a write of the same field with another value, by a laptop that may have seen
   it, itself held by some replica; or
3. in an inbox: an open conflict of the record's field with it as "mine" on some laptop, or
   the value of a record HQ refused (quarantine).

This covers "every concurrent edit of one field is in an inbox" (a concurrent edit is not
superseded; if it did not win it must be in an inbox) and "no acknowledged change is lost"
(a change HQ confirmed is surely held by HQ). And (0): the three laptops hold the same
records under the mission, field for field, stamps included, and nothing waits.

Runs: a fixed seed (derandomised), ``MERCATOR_SYNC_EXAMPLES`` examples of
``MERCATOR_SYNC_STEPS`` steps (defaults sized for about a minute). Longer runs, e.g.::

    MERCATOR_SYNC_EXAMPLES=500 MERCATOR_SYNC_STEPS=60 pytest tests/sync/test_sync_properties.py

``MERCATOR_SYNC_RANDOM=1`` drops the fixed seed to explore other paths (with
``--hypothesis-seed=N`` to replay one); ``MERCATOR_SYNC_SHRINK=0`` reports a failure unshrunk
(shrinking a long failing run may take minutes).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import socket
import threading
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test
from sqlalchemy import select

from mercator_desktop.domain.errors import UserError
from mercator_desktop.services.sync import SyncFailed
from mercator_desktop.sync.client import mission_of
from mercator_desktop.sync.records import STAMP_FIELDS, record_types, row_fields

from .conftest import PASSWORD
from .hqproc import HQProcess, free_port, running_hq
from .test_trust import TEAM, USERS, Laptop, answer_everything

EXAMPLES = int(os.environ.get("MERCATOR_SYNC_EXAMPLES", "4"))
STEPS = int(os.environ.get("MERCATOR_SYNC_STEPS", "20"))
RANDOM = bool(os.environ.get("MERCATOR_SYNC_RANDOM"))
SHRINK = os.environ.get("MERCATOR_SYNC_SHRINK", "1") != "0"
USERS_OF_LAPTOPS = ("alice", "bob", "chief")
FIELDS = ("title", "objectives", "location")
HQ_SIDE = "hq"


# --- a relay that cuts a sync in the middle -----------------------------------------------


class CuttingRelay:
    """A TCP relay to HQ. ``cut_after(n)``: n requests pass; the next one reaches HQ but its
    answer is dropped, and every later connection is refused until ``heal()``."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.budget: int | None = None
        self.requests = 0
        self.down = False
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", self.port))
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def cut_after(self, requests: int) -> None:
        with self._lock:
            self.budget, self.requests, self.down = requests, 0, False

    def heal(self) -> None:
        with self._lock:
            self.budget, self.requests, self.down = None, 0, False

    def _serve(self) -> None:
        self._server.settimeout(0.1)
        while not self._stop:
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.down:
                _close(client)
                continue
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        except OSError:
            _close(client)
            return
        drop = threading.Event()

        def forward() -> None:
            try:
                while chunk := client.recv(65536):
                    if chunk.startswith((b"GET /", b"POST /")):
                        with self._lock:
                            self.requests += 1
                            if self.budget is not None and self.requests > self.budget:
                                self.down = True
                                drop.set()
                    upstream.sendall(chunk)
            except OSError:
                pass

        threading.Thread(target=forward, daemon=True).start()
        try:
            while chunk := upstream.recv(65536):
                if drop.is_set():
                    break  # HQ answered; the laptop never hears it
                client.sendall(chunk)
        except OSError:
            pass
        finally:
            _close(client)
            _close(upstream)

    def close(self) -> None:
        self._stop = True
        self._thread.join(5)
        self._server.close()


def _close(s: socket.socket) -> None:
    with contextlib.suppress(OSError):
        s.shutdown(socket.SHUT_RDWR)
    s.close()


# --- the model ------------------------------------------------------------------------------


Key = tuple[str, str, str]  # (record type, record id, field)


@dataclass(frozen=True)
class Write:
    n: int
    laptop: int
    key: Key
    value: Any
    #: the writes its laptop may have seen when it was made
    seen: frozenset[int]
    step: str


Records = dict[tuple[str, str], tuple[bool, dict[str, Any]]]


def mission_records(laptop: Laptop, mission_id: str) -> Records:
    """Every record under the mission, {(type, id): (deleted, travelling fields)} (read only)."""
    types = record_types()
    out: Records = {}
    with laptop.store.sessions() as session:
        for rtype in types.values():
            if not rtype.mission_scoped:
                continue
            rows = {row.id: row for row in session.scalars(select(rtype.model))}
            if not rows:
                continue
            under = mission_of(session, types, rtype, list(rows))
            for rid, row in rows.items():
                if under.get(rid) == mission_id:
                    out[(rtype.name, rid)] = (bool(row.deleted), row_fields(rtype, row))
    return out


def canon(value: Any) -> str:
    """A value in a comparable, hashable form (answers may hold lists)."""
    return json.dumps(value, sort_keys=True, default=str)


def changed_fields(before: Records, after: Records) -> list[tuple[Key, Any]]:
    out = []
    for (type_name, rid), (deleted, fields) in after.items():
        old = before.get((type_name, rid))
        old_deleted, old_fields = old if old is not None else (None, {})
        if deleted != old_deleted:
            out.append(((type_name, rid, "deleted"), canon(deleted)))
        for name, value in fields.items():
            if name not in STAMP_FIELDS and (old is None or old_fields.get(name) != value):
                out.append(((type_name, rid, name), canon(value)))
    return out


class Failure(AssertionError):
    pass


def make_machine(hq: HQProcess, relay: CuttingRelay, root: Path, blank: Path) -> type:
    examples = itertools.count(1)

    class SyncWorld(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.example = next(examples)
            self.folder = root / f"example-{self.example}"
            self.folder.mkdir()
            self.laptops: list[Laptop] = []
            for user in USERS_OF_LAPTOPS:
                self.laptops.append(self._new_laptop(user, self.folder / user))
            self.writes: dict[int, Write] = {}
            self.counter = itertools.count(1)
            self.lo: dict[Any, set[int]] = {HQ_SIDE: set(), 0: set(), 1: set(), 2: set()}
            self.hi: dict[Any, set[int]] = {HQ_SIDE: set(), 0: set(), 1: set(), 2: set()}
            self.copies: dict[int, tuple[Path, set[int], set[int]]] = {}
            self.backup: tuple[Path, set[int], set[int]] | None = None
            self.log: list[str] = []
            alice = self.laptops[0]
            self.mission_id = alice.new_mission(f"JM-2041-PB{self.example:04d}", TEAM)
            self._edit_mission(alice, start_date=date(2041, 3, 1), end_date=date(2041, 3, 10))
            from mercator_desktop.services.dto import AgendaInput

            alice.missions.add_agenda_item(self.mission_id, AgendaInput(
                day=date(2041, 3, 2), activity="Opening session"))
            self.assessment_id = alice.assessments.start(self.mission_id, "geoat").id
            answer_everything(alice, self.assessment_id)
            template = alice.assessments.snapshot(self.assessment_id).template
            scales = [q for q in template.questions
                      if q.type == "scale" and q.visible_if is None and q.scale is not None]
            self.questions = [q.id for q in scales[:2]]
            self.values = list(scales[0].scale.values[:3])  # type: ignore[union-attr]
            for laptop in self.laptops:
                laptop.sync()
            self.laptops[0].sync()

        # --- helpers --------------------------------------------------------------------

        def _new_laptop(self, user: str, folder: Path) -> Laptop:
            folder.mkdir()
            shutil.copyfile(blank, folder / "mercator.sqlite")
            laptop = Laptop(folder, user)
            laptop.sync_service.login(relay.url, user, PASSWORD)
            return laptop

        def _edit_mission(self, laptop: Laptop, **values: Any) -> None:
            from mercator_desktop.services.missions import MissionService
            from mercator_desktop.storage.models import Mission

            with laptop.store.sessions() as session:
                row = session.get(Mission, self.mission_id)
                if row is None or row.deleted:
                    raise UserError("no mission here")
                current = MissionService.input_of(row)
            laptop.missions.update(self.mission_id, replace(current, **values))

        def _act(self, i: int, what: str, action: Any) -> None:
            """One user action on laptop i, its writes noted in the model."""
            laptop = self.laptops[i]
            before = mission_records(laptop, self.mission_id)
            try:
                action(laptop)
            except UserError as exc:
                self.log.append(f"{USERS_OF_LAPTOPS[i]}: {what} refused ({exc})")
                return
            after = mission_records(laptop, self.mission_id)
            seen = frozenset(self.hi[i])
            made = []
            for key, value in changed_fields(before, after):
                n = next(self.counter)
                self.writes[n] = Write(n, i, key, value, seen, what)
                self.lo[i].add(n)
                self.hi[i].add(n)
                made.append(f"{key[0]}.{key[2]}={value!r}")
            self.log.append(f"{USERS_OF_LAPTOPS[i]}: {what} -> {', '.join(made) or 'no change'}")

        def _inbox(self, i: int) -> set[tuple[Key, Any]]:
            laptop = self.laptops[i]
            found = {((c.record_type, c.record_id, c.field), canon(c.mine))
                     for c in laptop.sync_service.conflicts()}
            refused = {(q.record_type, q.record_id) for q in laptop.sync_service.quarantined()}
            if refused:
                for (type_name, rid), (deleted, fields) in mission_records(
                        laptop, self.mission_id).items():
                    if (type_name, rid) in refused:
                        found.add(((type_name, rid, "deleted"), canon(deleted)))
                        found |= {((type_name, rid, n), canon(v)) for n, v in fields.items()}
            return found

        def _synced(self, i: int) -> None:
            """Laptop i's sync returned: HQ holds what it held, and it holds what HQ held."""
            inbox = self._inbox(i)
            refused = {(q.record_type, q.record_id)
                       for q in self.laptops[i].sync_service.quarantined()}
            held_back = {n for n in self.lo[i]
                         if (self.writes[n].key, self.writes[n].value) in inbox
                         or self.writes[n].key[:2] in refused}
            self.lo[HQ_SIDE] |= self.lo[i] - held_back
            self.hi[HQ_SIDE] |= self.hi[i]
            self.lo[i] |= self.lo[HQ_SIDE]
            self.hi[i] |= self.hi[HQ_SIDE]

        def _sync(self, i: int, why: str = "sync") -> None:
            try:
                outcome = self.laptops[i].sync()
            except SyncFailed as exc:
                raise Failure(f"{USERS_OF_LAPTOPS[i]}: a sync with HQ up failed: {exc}"
                              ) from exc
            self.log.append(f"{USERS_OF_LAPTOPS[i]}: {why} (sent {outcome.sent}, "
                            f"conflicts {outcome.conflicts}, refused {outcome.rejected}, "
                            f"duplicates {outcome.duplicates}, resent {outcome.resent})")
            self._synced(i)

        # --- steps ----------------------------------------------------------------------

        laptop_index = st.integers(0, 2)

        @rule(i=laptop_index, field=st.sampled_from(FIELDS))
        def edit_mission(self, i: int, field: str) -> None:
            value = f"{field} by {USERS_OF_LAPTOPS[i]} #{next(self.counter)}"
            self._act(i, f"edit mission {field}",
                      lambda laptop: self._edit_mission(laptop, **{field: value}))

        @rule(i=laptop_index)
        def add_agenda_item(self, i: int) -> None:
            from mercator_desktop.services.dto import AgendaInput

            activity = f"Session of {USERS_OF_LAPTOPS[i]} #{next(self.counter)}"
            self._act(i, "add an agenda item", lambda laptop: laptop.missions.add_agenda_item(
                self.mission_id, AgendaInput(day=date(2041, 3, 3), activity=activity)))

        def _agenda(self, laptop: Laptop, pick: int) -> Any:
            items = sorted(laptop.missions.get(self.mission_id).agenda, key=lambda a: a.id)
            if not items:
                raise UserError("no agenda item")
            return items[pick % len(items)]

        @rule(i=laptop_index, pick=st.integers(0, 3))
        def rename_agenda_item(self, i: int, pick: int) -> None:
            from mercator_desktop.services.dto import AgendaInput

            activity = f"Renamed by {USERS_OF_LAPTOPS[i]} #{next(self.counter)}"

            def rename(laptop: Laptop) -> None:
                item = self._agenda(laptop, pick)
                laptop.missions.update_agenda_item(item.id, AgendaInput(
                    day=item.day, activity=activity, start_time=item.start_time,
                    end_time=item.end_time, location=item.location,
                    counterparts=item.counterparts))

            self._act(i, "rename an agenda item", rename)

        @rule(i=laptop_index, pick=st.integers(0, 3))
        def remove_agenda_item(self, i: int, pick: int) -> None:
            self._act(i, "remove an agenda item", lambda laptop: laptop.missions
                      .remove_agenda_item(self._agenda(laptop, pick).id))

        @rule(i=laptop_index)
        def rename_assessment(self, i: int) -> None:
            title = f"Group of {USERS_OF_LAPTOPS[i]} #{next(self.counter)}"
            self._act(i, "rename the assessment", lambda laptop: laptop.assessments.rename(
                self.assessment_id, title, ""))

        @rule(i=laptop_index, trash=st.booleans())
        def trash_or_restore_assessment(self, i: int, trash: bool) -> None:
            if trash:
                self._act(i, "trash the assessment",
                          lambda laptop: laptop.assessments.trash(self.assessment_id))
            else:
                self._act(i, "restore the assessment",
                          lambda laptop: laptop.assessments.restore(self.assessment_id))

        @rule(i=laptop_index, q=st.integers(0, 1), v=st.integers(0, 2))
        def answer(self, i: int, q: int, v: int) -> None:
            self._act(i, f"answer question {q} with {self.values[v]}",
                      lambda laptop: laptop.assessments.set_answer(
                          self.assessment_id, self.questions[q], self.values[v]))

        @rule(i=laptop_index, move=st.sampled_from(["complete", "validate", "reopen"]))
        def lifecycle(self, i: int, move: str) -> None:
            name = USERS_OF_LAPTOPS[i]

            def act(laptop: Laptop) -> None:
                if move == "complete":
                    laptop.assessments.complete(self.assessment_id)
                elif move == "validate":
                    laptop.assessments.validate(self.assessment_id, f"{name} validator")
                else:
                    laptop.assessments.reopen(self.assessment_id, f"{name} saw a mistake")

            self._act(i, f"{move} the assessment", act)

        @rule(i=laptop_index)
        def sync(self, i: int) -> None:
            self._sync(i)

        @rule(i=laptop_index, requests=st.integers(0, 6))
        def kill_a_sync(self, i: int, requests: int) -> None:
            relay.cut_after(requests)
            try:
                self.laptops[i].sync()
            except SyncFailed as exc:
                self.log.append(f"{USERS_OF_LAPTOPS[i]}: sync killed after {requests} "
                                f"requests ({exc.kind})")
                self.hi[HQ_SIDE] |= self.hi[i]
                self.hi[i] |= self.hi[HQ_SIDE]
                return
            finally:
                relay.heal()
            self.log.append(f"{USERS_OF_LAPTOPS[i]}: sync done within {requests} requests")
            self._synced(i)

        @rule(i=laptop_index)
        def copy_laptop_folder(self, i: int) -> None:
            laptop = self.laptops[i]
            target = self.folder / f"copy-{next(self.counter)}"
            laptop.store.engine.dispose()
            shutil.copytree(laptop.folder, target)
            self.copies[i] = (target, set(self.lo[i]), set(self.hi[i]))
            self.log.append(f"{USERS_OF_LAPTOPS[i]}: data folder copied")

        @precondition(lambda self: bool(self.copies))
        @rule(data=st.data())
        def put_laptop_folder_back(self, data: st.DataObject) -> None:
            i = data.draw(st.sampled_from(sorted(self.copies)), label="laptop")
            copy, lo, hi = self.copies[i]
            laptop = self.laptops[i]
            secrets = laptop.secrets
            laptop.close()
            shutil.rmtree(laptop.folder)
            shutil.copytree(copy, laptop.folder)
            again = Laptop(laptop.folder, laptop.user)
            again.secrets = again.sync_service._secrets = secrets
            self.laptops[i] = again
            self.lo[i], self.hi[i] = set(lo), set(hi)
            self.log.append(f"{USERS_OF_LAPTOPS[i]}: data folder put back from its copy")

        @rule()
        def back_up_hq(self) -> None:
            target = self.folder / f"hq-backup-{next(self.counter)}.sqlite"
            hq.manage("backup", str(target))
            self.backup = (target, set(self.lo[HQ_SIDE]), set(self.hi[HQ_SIDE]))
            self.log.append("HQ backed up")

        @precondition(lambda self: self.backup is not None)
        @rule()
        def restore_hq(self) -> None:
            assert self.backup is not None
            copy, lo, hi = self.backup
            hq.stop()
            hq.manage("restore", str(copy))
            hq.start()
            self.lo[HQ_SIDE], self.hi[HQ_SIDE] = set(lo), set(hi)
            self.log.append("HQ restored from its backup")

        # --- the end --------------------------------------------------------------------

        def teardown(self) -> None:
            try:
                self._final()
            finally:
                for laptop in self.laptops:
                    with contextlib.suppress(Exception):
                        laptop.close()

        def _final(self) -> None:
            relay.heal()
            if hq.proc is None or hq.proc.poll() is not None:
                hq.start()
            for _round in range(3):
                for i in range(3):
                    self._sync(i, "final sync")
            inboxes: set[tuple[Key, Any]] = set()
            for i, laptop in enumerate(self.laptops):
                inboxes |= self._inbox(i)
                for refused in laptop.sync_service.quarantined():
                    laptop.sync_service.discard_local(refused.record_type, refused.record_id)
                    self.log.append(f"{USERS_OF_LAPTOPS[i]}: discarded the refused "
                                    f"{refused.record_type} {refused.record_id}")
            for _round in range(2):
                for i in range(3):
                    self._sync(i, "final sync")
            story = "\n".join(self.log)

            # (0) the same data everywhere, nothing waiting, nothing refused
            views = [mission_records(laptop, self.mission_id) for laptop in self.laptops]
            for i in (1, 2):
                if views[i] != views[0]:
                    raise Failure(f"{USERS_OF_LAPTOPS[i]} and alice differ:\n"
                                  + _difference(views[0], views[i]) + "\n--\n" + story)
            for i, laptop in enumerate(self.laptops):
                waiting = laptop.sync_service.waiting()
                assert not waiting, f"{USERS_OF_LAPTOPS[i]} has records waiting: {waiting}"
                assert laptop.sync_service.quarantined() == []
                assert laptop.sync_service.pending_count() == 0, USERS_OF_LAPTOPS[i]
            for i in range(3):
                inboxes |= self._inbox(i)

            # (1)-(3) every write surely held somewhere: current, superseded or in an inbox
            final = views[0]
            held = set().union(*self.lo.values())
            maybe = set().union(*self.hi.values())
            problems = []
            for n in sorted(held):
                w = self.writes[n]
                type_name, rid, name = w.key
                record = final.get((type_name, rid))
                if record is not None:
                    now = canon(record[0] if name == "deleted" else record[1].get(name))
                    if now == w.value:
                        continue
                else:
                    now = "(no such record)"
                if any(o.key == w.key and o.value != w.value and n in o.seen
                       for m, o in self.writes.items() if m in maybe):
                    continue
                if (w.key, w.value) in inboxes:
                    continue
                problems.append(f"write #{n} of {USERS_OF_LAPTOPS[w.laptop]} ({w.step}): "
                                f"{type_name} {rid} {name}={w.value!r} is lost; the field "
                                f"holds {now!r}, no later edit saw it, no inbox has it")
            if problems:
                raise Failure("\n".join(problems) + "\n--\n" + story)

    return SyncWorld


def _difference(a: Records, b: Records) -> str:
    lines = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            lines.append(f"{key}:\n  {a.get(key)}\n  {b.get(key)}")
    return "\n".join(lines)


@pytest.mark.slow
def test_three_laptops_and_hq_in_any_order_converge_and_lose_nothing(
        tmp_path: Path, blank_store: Path) -> None:
    folder = tmp_path / "hq"
    folder.mkdir()
    with running_hq("sqlite", folder, USERS) as hq:
        relay = CuttingRelay(hq.port)
        try:
            machine = make_machine(hq, relay, tmp_path, blank_store)
            options = settings(
                max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
                derandomize=not RANDOM,
                phases=list(Phase) if SHRINK else [p for p in Phase if p != Phase.shrink],
                database=None, print_blob=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
            run_state_machine_as_test(machine, settings=options)
        finally:
            relay.close()
