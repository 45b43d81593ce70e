"""Sign-ins against floods and guessing, on the real HQ process: wrong passwords slowed then
locked out, memory flat under 64 simultaneous sign-ins while a pull still answers, and on
SQLite no sign-in fails because devices are pushing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mercator_desktop.hq import auth
from mercator_desktop.hq.db import open_database
from mercator_desktop.hq.models import User
from mercator_desktop.sync.protocol import LoginRequest
from mercator_desktop.sync.transport import AuthError, TooManyAttemptsError, Transport

from . import data
from .conftest import EXPERT_A, EXPERT_B, PASSWORD
from .hqproc import PG_ENV, REPO, HQProcess, fresh_database, running_hq

needs_postgresql = pytest.mark.skipif(not os.environ.get(PG_ENV),
                                      reason=f"set {PG_ENV} to run against PostgreSQL")
DB_KINDS = ["sqlite", pytest.param("postgresql", marks=needs_postgresql)]

#: how long a sign-in of the flood may queue (HQ is told the same): the flood tests are about
#: memory and answers, not about how fast a shared machine checks 64 passwords
QUEUE_WAIT = 600


def _sign_in(url: str | Transport, user: str, password: str, device: str = "laptop") -> str:
    if isinstance(url, Transport):
        return url.login(LoginRequest(user=user, password=password, device_id=device)).token
    # Sign-ins queue for their password check (two at a time) on a machine other tests
    # share: the wait, not the answer, is what may take long.
    with Transport(url, timeout=QUEUE_WAIT) as transport:
        return _sign_in(transport, user, password, device)


def _with_users(folder: Path, names: list[str], experts: dict[str, str] | None = None,
                kind: str = "sqlite") -> HQProcess:
    """An HQ database holding ``names`` (password ``PASSWORD``), not started yet."""
    url = fresh_database(kind, folder)
    engine, sessions = open_database(url)
    password_hash = auth.hash_password(PASSWORD)  # once: 64 hashes would take seconds
    with sessions.begin() as session:
        for name in names:
            session.add(User(name=name, role="hq" if name == "chief" else "expert",
                             password_hash=password_hash,
                             expert_id=(experts or {}).get(name)))
    engine.dispose()
    return HQProcess(url, folder)


def _memory_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/{pid}/status")


@pytest.mark.parametrize("kind", DB_KINDS)
def test_200_wrong_passwords_are_slowed_then_locked_out(tmp_path, kind):
    users = {"ana": ("expert", None), "ben": ("expert", None)}
    with running_hq(kind, tmp_path, users, MERCATOR_HQ_LOGIN_DELAY="0.1") as hq:
        checked, slowed, locked = [], [], []
        attacker = Transport(hq.url)
        for guess in range(200):
            while True:  # a patient guesser: a guess refused for now is tried again
                try:
                    _sign_in(attacker, "ana", f"guess {guess}", "attacker")
                except AuthError:
                    checked.append(guess)
                except TooManyAttemptsError as exc:
                    if "locked" not in str(exc):
                        slowed.append(exc.retry_after)
                        time.sleep(0.05)
                        continue
                    locked.append(exc)
                break
        attacker.close()
        assert len(checked) == 10  # then the lockout: 190 guesses never checked
        assert len(locked) == 190
        assert len(slowed) >= 5, "the attempts between failures were not slowed"
        last = locked[-1]
        assert 14 * 60 <= last.retry_after <= 15 * 60
        assert "sign-in is locked" in str(last) and "try again after" in str(last)
        assert re.search(r"after \d\d:\d\d UTC \(in 1[45] minutes\)", str(last))
        with pytest.raises(TooManyAttemptsError, match="locked"):  # even the right one
            _sign_in(hq.url, "ana", PASSWORD)
        assert _sign_in(hq.url, "ben", PASSWORD)  # others are not locked out
        listed = dict(line.split("\t")[::2] for line in hq.manage("users", "list").splitlines())
        assert re.fullmatch(r"locked until \d{4}-\d\d-\d\d \d\d:\d\d UTC", listed["ana"])
        assert listed["ben"] == "active"
        refusals = [r for r in hq.request_log() if r["status"] == 429]
        assert len(refusals) == 190 + len(slowed) + 1


@needs_postgresql
def test_two_hq_processes_count_the_same_wrong_passwords(tmp_path):
    """A guesser alternating between two HQ processes (the second with two workers) on one
    PostgreSQL database is locked out after as many checked guesses as with one process;
    the lockout holds on both, and a new password set by the administrator ends it."""
    url = fresh_database("postgresql", tmp_path)
    first = HQProcess(url, tmp_path)
    for name in ("ana", "ben"):
        first.add_user(name, "expert")
    env = {"MERCATOR_HQ_LOGIN_DELAY": "0.1"}
    first.start(**env)
    second = HQProcess(url, tmp_path)
    try:
        second.start("--workers", "2", **env)
        servers = (first, second)
        checked: list[str] = []
        locked: list[TooManyAttemptsError] = []
        attempts = 0
        for guess in range(30):
            while True:
                server = servers[attempts % 2]  # every attempt to the other process
                attempts += 1
                try:  # a new connection each time: any worker of the second may answer
                    _sign_in(server.url, "ana", f"guess {guess}", "attacker")
                except AuthError:
                    checked.append(server.url)
                except TooManyAttemptsError as exc:
                    if "locked" not in str(exc):
                        time.sleep(0.05)
                        continue
                    locked.append(exc)
                break
        assert len(checked) == 10  # as with one process: then the lockout
        assert 3 <= checked.count(first.url) <= 7, "the guesses did not reach both"
        assert len(locked) == 20
        for server in servers:
            with pytest.raises(TooManyAttemptsError, match="locked"):  # even the right one
                _sign_in(server.url, "ana", PASSWORD)
            assert _sign_in(server.url, "ben", PASSWORD)  # others are not locked out
        assert "ana\texpert\tlocked until" in first.manage("users", "list")
        first.manage("users", "reset-password", "ana", password="new words")
        assert _sign_in(second.url, "ana", "new words")  # a new password ends the lockout
        assert "ana\texpert\tactive" in first.manage("users", "list")
    finally:
        second.stop()
        first.stop()


def test_a_locked_out_sign_in_is_said_in_the_persons_language(qtbot, tmp_path, make_device):
    from PySide6.QtCore import Qt

    from mercator_desktop.services.sync import SyncService
    from mercator_desktop.sync.credentials import MemorySecretStore
    from mercator_desktop.ui import i18n, operations
    from mercator_desktop.ui.sync_dialog import SignInDialog

    device = make_device("ana")
    with running_hq("sqlite", tmp_path, {"ana": ("expert", None)},
                    MERCATOR_HQ_LOCKOUT_AFTER="2", MERCATOR_HQ_LOGIN_DELAY="0") as hq:
        for guess in ("one", "two"):
            with pytest.raises(AuthError):
                _sign_in(hq.url, "ana", guess)
        i18n.set_language("fr")
        from PySide6.QtWidgets import QApplication

        installed = i18n.install_translators(QApplication.instance(),
                                             cache=tmp_path / "cache")
        try:
            dialog = SignInDialog(SyncService(device.store, MemorySecretStore()))
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.server_edit.clear()
            qtbot.keyClicks(dialog.server_edit, hq.url)
            qtbot.keyClicks(dialog.user_edit, "ana")
            qtbot.keyClicks(dialog.password_edit, PASSWORD)
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: (operations.wait_for_all(),
                                     dialog.sign_in_button.isEnabled())[1], timeout=20000)
            text = dialog.error_label.text()
            dialog.grab().save(str(tmp_path / "locked-out.png"))
        finally:
            installed.remove()
            i18n.set_language("en")
    assert text.startswith("Trop de tentatives de connexion")
    assert "(dans 15 minutes)" in text
    assert not dialog.sync.status().signed_in


_FLOOD = """
import json, sys, threading
from mercator_desktop.sync.protocol import LoginRequest
from mercator_desktop.sync.transport import Transport

url, password, wait, names = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
results = {}
start = threading.Barrier(len(names))

def sign_in(name):
    start.wait()
    try:
        with Transport(url, timeout=wait) as transport:
            transport.login(LoginRequest(user=name, password=password, device_id="flood"))
        results[name] = "ok"
    except Exception as exc:
        results[name] = repr(exc)

threads = [threading.Thread(target=sign_in, args=(n,)) for n in names]
for t in threads:
    t.start()
print("started", flush=True)
for t in threads:
    t.join()
print(json.dumps(results), flush=True)
"""


@pytest.mark.parametrize("kind", DB_KINDS)
def test_64_simultaneous_sign_ins_keep_memory_flat_and_a_pull_answers(tmp_path, make_device,
                                                                      kind):
    names = [f"expert{i:02d}" for i in range(64)]
    hq = _with_users(tmp_path, [*names, "chief"], kind=kind).start(
        MERCATOR_HQ_HASH_WAIT=str(QUEUE_WAIT))
    try:
        pid = hq.proc.pid  # type: ignore[union-attr]
        device = make_device("chief")
        device.login(hq, "chief")
        data.mission(device.store, "JM-2036-FLOOD", {EXPERT_A: "Alice Expert"})
        device.sync()
        reader = Transport(hq.url, device.secrets.get(hq.url, "chief"))

        def pulled() -> float:
            started = time.perf_counter()
            assert reader.pull(None, 500).changes
            return (time.perf_counter() - started) * 1000

        unloaded = sorted(pulled() for _ in range(5))[2]
        before = _memory_kib(pid, "VmRSS")
        # The flood comes from another process, as it would from other machines.
        flood = subprocess.Popen([sys.executable, "-c", _FLOOD, hq.url, PASSWORD,
                                  str(QUEUE_WAIT), *names], stdout=subprocess.PIPE,
                                 text=True, cwd=REPO)
        assert flood.stdout is not None and flood.stdout.readline().strip() == "started"
        time.sleep(0.5)  # the sign-ins are queueing at HQ
        during = [pulled() for _ in range(5)]
        started = time.perf_counter()
        outcome = device.sync()
        synced = (time.perf_counter() - started) * 1000
        peak_during = _memory_kib(pid, "VmRSS")
        results = json.loads(flood.communicate(timeout=QUEUE_WAIT)[0])
        reader.close()
        peak = _memory_kib(pid, "VmHWM")
        at_hq = [r["ms"] for r in hq.request_log()
                 if r["path"] == "/api/v1/pull" and r["user"] == "chief"][-1]
        print(f"\nHQ RSS {before // 1024} MB before, peak {peak // 1024} MB; pull "
              f"{unloaded:.0f} ms unloaded, {min(during):.0f}-{max(during):.0f} ms during the "
              f"flood; a whole sync during the flood {synced:.0f} ms, of which its pull "
              f"{at_hq} ms at HQ")
        assert outcome is not None
        assert [r for r in results.values() if r != "ok"] == [] and len(results) == len(names)
        assert peak < 300 * 1024 and peak_during < 300 * 1024
    finally:
        hq.stop()


def test_sqlite_sign_ins_never_fail_while_two_devices_push(tmp_path, make_device):
    signers = [f"signer{i}" for i in range(4)]
    hq = _with_users(tmp_path, ["alice", "bob", *signers],
                     {"alice": EXPERT_A, "bob": EXPERT_B}).start()
    try:
        pushers = []
        for user, expert in (("alice", EXPERT_A), ("bob", EXPERT_B)):
            device = make_device(user)
            device.login(hq, user)
            mission = data.mission(device.store, f"JM-2037-{user.upper()}",
                                   {expert: user.title()})
            pushers.append((device, mission))
        pushing = threading.Event()
        pushing.set()
        failures: list[str] = []
        signed: list[str] = []
        pushed: list[int] = []

        def push(device, mission) -> None:  # type: ignore[no-untyped-def]
            try:
                for _ in range(2):
                    data.assessment(device.store, mission, 1200)
                    pushed.append(device.sync().sent)
            except Exception as exc:
                failures.append(f"push: {exc!r}")

        def sign_in(name: str) -> None:
            while pushing.is_set() or len(signed) < 44:
                try:
                    _sign_in(hq.url, name, PASSWORD)
                    signed.append(name)
                except Exception as exc:
                    failures.append(f"{name}: {exc!r}")

        sign_threads = [threading.Thread(target=sign_in, args=(n,)) for n in signers]
        push_threads = [threading.Thread(target=push, args=p) for p in pushers]
        for thread in sign_threads + push_threads:
            thread.start()
        for thread in push_threads:
            thread.join(300)
        pushing.clear()
        for thread in sign_threads:
            thread.join(120)
        print(f"\n{len(signed)} sign-ins while {sum(pushed)} changes were pushed")
        assert failures == []
        assert len(signed) >= 44 and len(pushed) == 4 and min(pushed) >= 1200
    finally:
        hq.stop()
