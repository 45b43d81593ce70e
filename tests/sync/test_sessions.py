"""Sessions you can manage: the administrator's commands against the running HQ, expiry and
renewal, the same work for a wrong user and a wrong password, and a sign-out made offline
that ends the session at HQ at the next contact."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from mercator_desktop.hq import auth, sessions
from mercator_desktop.hq.db import open_database
from mercator_desktop.hq.limiter import LoginLimiter
from mercator_desktop.hq.writes import Writer
from mercator_desktop.sync.protocol import LoginRequest
from mercator_desktop.sync.transport import AuthError, Transport

from .conftest import PASSWORD
from .hqproc import REPO, running_hq


def _hq_command(db_url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mercator_desktop.hq.cli", "--db", db_url,
                           *args], input=stdin, capture_output=True, text=True, cwd=REPO,
                          timeout=120)


def _sign_in(url: str, user: str, password: str = PASSWORD, device: str = "laptop") -> str:
    with Transport(url) as transport:
        return transport.login(LoginRequest(user=user, password=password, device_id=device,
                                            device_name=f"{device} name")).token


def _works(url: str, token: str) -> bool:
    try:
        with Transport(url, token) as transport:
            transport.pull(None, 1)
        return True
    except AuthError:
        return False


def test_administrators_list_and_end_sessions_per_user_and_device(tmp_path):
    with running_hq("sqlite", tmp_path, {"ana": ("expert", None), "ben": ("expert", None)}
                    ) as hq:
        first = _sign_in(hq.url, "ana", device="laptop-1")
        second = _sign_in(hq.url, "ana", device="laptop-2")
        bens = _sign_in(hq.url, "ben", device="laptop-3")
        listed = _hq_command(hq.db_url, "sessions", "list", "ana")
        assert listed.returncode == 0, listed.stderr
        rows = [line.split("\t") for line in listed.stdout.splitlines()]
        assert [(r[1], r[2], r[3], r[7]) for r in rows] == [
            ("ana", "laptop-1", "laptop-1 name", "active"),
            ("ana", "laptop-2", "laptop-2 name", "active")]

        ended = _hq_command(hq.db_url, "sessions", "revoke", "ana", "--device", "laptop-1")
        assert ended.returncode == 0 and "1 session(s) of ana on laptop-1 ended" in ended.stdout
        assert not _works(hq.url, first) and _works(hq.url, second) and _works(hq.url, bens)

        reset = _hq_command(hq.db_url, "users", "reset-password", "ana", stdin="new words\n")
        assert reset.returncode == 0, reset.stderr
        assert not _works(hq.url, second)  # a reset ends every session of the user
        with pytest.raises(AuthError):
            _sign_in(hq.url, "ana")
        assert _works(hq.url, _sign_in(hq.url, "ana", "new words"))

        assert _hq_command(hq.db_url, "users", "disable", "ben").returncode == 0
        assert not _works(hq.url, bens)
        with pytest.raises(AuthError):
            _sign_in(hq.url, "ben")
        assert _hq_command(hq.db_url, "users", "enable", "ben").returncode == 0
        assert _works(hq.url, _sign_in(hq.url, "ben"))

        everything = _hq_command(hq.db_url, "sessions", "list", "--all")
        states = [line.split("\t")[7] for line in everything.stdout.splitlines()]
        assert states.count("revoked") == 3 and states.count("active") == 2
        unknown = _hq_command(hq.db_url, "sessions", "revoke", "nobody")
        assert unknown.returncode == 2 and "no user named 'nobody'" in unknown.stderr


def test_sessions_expire_unless_used_and_are_renewed_while_used(tmp_path, monkeypatch):
    engine, reads = open_database(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    writer = Writer(engine)
    keeper = sessions.Sessions(reads, writer, sessions.SessionPolicy(
        lifetime=timedelta(days=30), renew_every=timedelta(hours=1)),
        LoginLimiter(reads, writer))
    with reads.begin() as session:
        user = auth.add_user(session, "ana", "expert", PASSWORD)
        token, _ = auth.open_session(session, user, "laptop", lifetime=timedelta(days=30))
    start = datetime.now(UTC)

    def at(days: float) -> auth.Principal | None:
        monkeypatch.setattr(sessions, "utcnow", lambda: start + timedelta(days=days))
        return keeper.principal(token)

    assert at(29) is not None  # used on day 29: renewed until day 59
    assert at(58) is not None  # used on day 58: renewed until day 88
    assert at(87.9) is not None
    assert at(87.9 + 30.1) is None  # a month unused: expired
    engine.dispose()


def test_a_wrong_user_and_a_wrong_password_cost_the_same_check(tmp_path, monkeypatch):
    engine, reads = open_database(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    writer = Writer(engine)
    keeper = sessions.Sessions(reads, writer, limiter=LoginLimiter(reads, writer))
    with reads.begin() as session:
        auth.add_user(session, "ana", "expert", PASSWORD)
    checked: list[str] = []
    real = auth.verify_hash

    def counting(password_hash: str, password: str) -> bool:
        checked.append("dummy" if password_hash == auth.DUMMY_HASH else "user")
        return real(password_hash, password)

    monkeypatch.setattr(auth, "verify_hash", counting)

    async def attempt(name: str, password: str) -> str:
        try:
            await keeper.sign_in(name, password, "laptop", "", "192.0.2.1")
        except sessions.WrongCredentials:
            return "refused"
        return "signed in"

    async def attempts() -> list[str]:
        return [await attempt("nobody", PASSWORD), await attempt("ana", "wrong"),
                await attempt("ana", PASSWORD)]

    assert asyncio.run(attempts()) == ["refused", "refused", "signed in"]
    assert checked == ["dummy", "user", "user"]  # one Argon2 check each, whoever it is
    engine.dispose()


def test_a_sign_out_made_offline_ends_the_session_at_the_next_contact(tmp_path, make_device):
    with running_hq("sqlite", tmp_path, {"alice": ("expert", None)}) as hq:
        device = make_device("alice")
        device.login(hq, "alice")
        old = device.secrets.get(hq.url, "alice")
        assert old and _works(hq.url, old)

        hq.stop()  # the laptop is offline
        device.sync_service.logout()
        assert device.secrets.get(hq.url, "alice") is None  # forgotten here at once
        assert not device.sync_service.status().signed_in
        hq.start()
        assert _works(hq.url, old)  # HQ has not been told yet

        device.login(hq, "alice")  # the next contact
        assert not _works(hq.url, old)
        assert _works(hq.url, device.secrets.get(hq.url, "alice"))
        listed = _hq_command(hq.db_url, "sessions", "list", "--all", "alice").stdout
        assert [line.split("\t")[7] for line in listed.splitlines()] == ["revoked", "active"]
        assert device.sync_service.end_pending_sign_outs(hq.url) == 0  # nothing left
