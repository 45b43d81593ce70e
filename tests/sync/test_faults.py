"""Field conditions: HQ killed in the middle of a push, a connection cut mid-answer, a hotel
captive portal, a server of another protocol, retries with backoff but none on sign-in
failures. Nothing is lost, nothing duplicated, nothing marked sent that HQ did not commit."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from mercator_desktop.services.sync import SyncFailed
from mercator_desktop.storage import models as m
from mercator_desktop.sync.client import SyncClient, SyncOptions
from mercator_desktop.sync.protocol import PUBLIC_SIGNING_KEY, sign
from mercator_desktop.sync.transport import AuthError, NetworkError

from . import data
from .conftest import EXPERT_A
from .hqproc import free_port

ANSWERS = 20


def hq_answers(hq) -> dict[str, int]:
    """{answer id: revision} as HQ holds them, read by the HQ user over HTTP."""
    from .test_access import pull_all, signed_in

    with signed_in(hq, "chief") as chief:
        records, _ = pull_all(chief)
    return {r.id: r.revision for r in records if r.record_type == "answers"}


def through(proxy: CuttingProxy, device, hq) -> None:  # type: ignore[no-untyped-def]
    """The device talks to HQ through ``proxy`` from now on."""
    url = f"http://127.0.0.1:{proxy.port}"
    device.store.set_setting("sync.server_url", url)
    device.secrets.set(url, "alice", device.secrets.get(hq.url, "alice"))


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["before-commit", "after-commit"])
def test_hq_killed_in_the_middle_of_a_push_loses_and_duplicates_nothing(
        moment, hq, make_device):
    device = make_device("alice")
    device.login(hq, "alice")
    mission_id = data.mission(device.store, f"JM-2033-{moment[:3]}",
                              {EXPERT_A: "Alice Expert"})
    _, answers = data.assessment(device.store, mission_id, ANSWERS)
    pending = device.sync_service.pending_count()

    # before: HQ is killed (SIGKILL) while the push is on its way, so it never commits;
    # after: HQ commits and answers, then is killed before the answer reaches the device
    proxy = CuttingProxy(hq.port, kill=hq.kill, kill_after_answer=moment == "after-commit")
    try:
        through(proxy, device, hq)
        with pytest.raises(SyncFailed) as failed:
            device.sync()
        assert failed.value.kind == "network"
        assert proxy.kills == 1
        assert device.sync_service.pending_count() == pending  # nothing marked sent

        hq.start()  # the same database on the same port
        outcome = device.sync()
    finally:
        proxy.close()
    assert device.sync_service.pending_count() == 0
    if moment == "before-commit":
        assert (outcome.sent, outcome.duplicates) == (pending, 0)
    else:  # HQ had committed: the changes come back as duplicates, applied once
        assert (outcome.sent, outcome.duplicates) == (0, pending), outcome
    at_hq = hq_answers(hq)
    assert set(answers) <= set(at_hq)
    # each applied exactly once: created together in one batch and never changed since
    # (a revision is the sequence number of the record's last change)
    revisions = sorted(at_hq[a] for a in answers)
    assert revisions == list(range(revisions[0], revisions[0] + len(answers)))


@pytest.mark.slow
def test_batches_hq_answered_before_it_died_are_recorded_as_sent(hq, make_device):
    """HQ's answer to a batch is recorded while HQ applies the next one: when HQ dies
    during the third batch, the first two stay confirmed all the same, and the next sync
    sends only the rest, each change applied once."""
    device = make_device("alice")
    device.login(hq, "alice")
    mission_id = data.mission(device.store, "JM-2033-PIP", {EXPERT_A: "Alice Expert"})
    _, answers = data.assessment(device.store, mission_id, ANSWERS)
    device.sync_service.options = SyncOptions(push_batch=5)
    pending = device.sync_service.pending_count()
    assert pending > 15  # at least four batches

    proxy = CuttingProxy(hq.port, kill=hq.kill, at_push=3)
    try:
        through(proxy, device, hq)
        with pytest.raises(SyncFailed) as failed:
            device.sync()
        assert failed.value.kind == "network"
        assert proxy.kills == 1
        # the two batches HQ answered are recorded, the third (never committed) is not
        assert device.sync_service.pending_count() == pending - 10

        hq.start()  # the same database on the same port
        outcome = device.sync()
    finally:
        proxy.close()
    assert device.sync_service.pending_count() == 0
    assert (outcome.sent, outcome.duplicates) == (pending - 10, 0), outcome
    at_hq = hq_answers(hq)
    assert set(answers) <= set(at_hq)


class CuttingProxy:
    """A TCP relay to HQ that cuts the first push answer in the middle; or, given ``kill``,
    kills HQ at the first push: before forwarding it, or (``kill_after_answer``) once HQ
    began to answer, and then drops the device's connection."""

    def __init__(self, upstream_port: int, kill: Callable[[], None] | None = None,
                 kill_after_answer: bool = False, at_push: int = 1) -> None:
        self.upstream_port = upstream_port
        #: the push (counted from 1) that is cut, or at which HQ is killed
        self.at_push = at_push
        self.port = free_port()
        self.cuts = 0
        self.pushes = 0
        self.kill = kill
        self.kill_after_answer = kill_after_answer
        self.kills = 0
        self._server = socket.create_server(("127.0.0.1", self.port))
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self._server.settimeout(0.2)
        while not self._stop:
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        except OSError:  # HQ is down: so is this connection
            client.close()
            return
        state = {"cut_next": False}

        def forward() -> None:
            try:
                while chunk := client.recv(65536):
                    if b"POST /api/v1/push" in chunk:
                        self.pushes += 1
                        state["cut_next"] = self.pushes >= self.at_push and \
                            self.cuts == 0 and self.kills == 0
                        if state["cut_next"] and self.kill and not self.kill_after_answer:
                            self._kill()
                            break
                    upstream.sendall(chunk)
            except OSError:
                pass
            finally:
                if self.kills:
                    for s in (client, upstream):
                        with contextlib.suppress(OSError):
                            s.shutdown(socket.SHUT_RDWR)

        threading.Thread(target=forward, daemon=True).start()
        try:
            while chunk := upstream.recv(65536):
                if state["cut_next"] and self.kill:
                    self._kill()  # HQ has committed and answered: the answer is lost
                    break
                if state["cut_next"]:
                    self.cuts += 1
                    client.sendall(chunk[: len(chunk) // 2])
                    break
                client.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def _kill(self) -> None:
        assert self.kill is not None
        self.kills += 1
        self.kill()

    def close(self) -> None:
        self._stop = True
        self._thread.join(5)
        self._server.close()


@pytest.mark.slow
def test_a_connection_cut_mid_answer_is_retried_with_the_same_batch(hq, make_device):
    proxy = CuttingProxy(hq.port)
    try:
        device = make_device("alice")
        device.login(hq, "alice")
        mission_id = data.mission(device.store, "JM-2033-C", {EXPERT_A: "Alice Expert"})
        _, answers = data.assessment(device.store, mission_id, ANSWERS)
        pending = device.sync_service.pending_count()
        through(proxy, device, hq)
        outcome = device.sync()
    finally:
        proxy.close()
    assert proxy.cuts == 1 and proxy.pushes >= 2
    # the retry carried the same batch id: HQ answered it from its first result
    assert (outcome.sent, outcome.duplicates) == (pending, 0)
    assert device.sync_service.pending_count() == 0
    at_hq = hq_answers(hq)
    assert set(answers) <= set(at_hq)
    revisions = sorted(at_hq[a] for a in answers)  # applied once: one block, never changed
    assert revisions == list(range(revisions[0], revisions[0] + len(answers)))


class FakeServer:
    """A local HTTP server answering every request with one canned reply."""

    def __init__(self, status: int, body: bytes, content_type: str,
                 sign_it: bool = False) -> None:
        class Handler(BaseHTTPRequestHandler):
            def _reply(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                if sign_it:
                    nonce = self.headers.get("X-Mercator-Nonce", "")
                    self.send_header("X-Mercator-Signature",
                                     sign(PUBLIC_SIGNING_KEY, nonce, body))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _reply

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


PORTAL_PAGE = (b"<html><body><h1>Welcome to Hotel Wi-Fi</h1>"
               b"<a href='/accept'>Accept the terms</a></body></html>")


def _hello(**values: object) -> bytes:
    hello = {"service": "mercator-hq", "service_id": "x", "protocol_version": 1,
             "min_protocol_version": 1, "min_client_version": "0.1.0", "message": "",
             "max_push_changes": 100, "max_pull_limit": 100,
             "server_time": "2031-01-01T00:00:00Z", **values}
    return json.dumps(hello).encode()


@pytest.mark.parametrize("portal", [
    (PORTAL_PAGE, "text/html"),
    (_hello(), "application/json"),  # well-formed, but not signed by HQ
], ids=["html-page", "unsigned-json"])
def test_a_captive_portal_is_recognised_and_nothing_is_marked_sent(portal, hq, make_device):
    device = make_device("alice")
    device.login(hq, "alice")
    data.mission(device.store, "JM-2033-P", {EXPERT_A: "Alice Expert"})
    device.sync()
    data.mission(device.store, "JM-2033-P2", {EXPERT_A: "Alice Expert"})
    pending = device.sync_service.pending_count()
    with device.store.sessions() as session:
        cursor_before = session.scalars(select(m.SyncCursor.cursor)).all()
    fake = FakeServer(200, *portal)
    try:
        device.store.set_setting("sync.server_url", fake.url)
        device.secrets.set(fake.url, "alice", "token-for-hq")
        with pytest.raises(SyncFailed) as failed:
            device.sync()
    finally:
        fake.close()
    assert failed.value.kind == "not_hq"
    assert "not as Mercator HQ" in str(failed.value) and "browser" in str(failed.value)
    assert device.sync_service.pending_count() == pending
    with device.store.sessions() as session:
        assert session.scalars(select(m.SyncCursor.cursor)).all() == cursor_before


@pytest.mark.parametrize(("hello", "words"), [
    (_hello(protocol_version=2, min_protocol_version=2,
            message="Install Mercator Desktop 2.0 from the WCO portal to sync."),
     "Install Mercator Desktop 2.0 from the WCO portal"),
    (_hello(min_client_version="9.0"), "needs a newer Mercator Desktop"),
    (_hello(protocol_version=0, min_protocol_version=0), "HQ needs an update"),
], ids=["protocol-too-new", "client-too-old", "server-too-old"])
def test_a_server_of_another_protocol_is_refused_with_its_message(hello, words, make_device):
    device = make_device("alice")
    fake = FakeServer(200, hello, "application/json", sign_it=True)
    try:
        with pytest.raises(SyncFailed, match=words) as failed:
            device.sync_service.login(fake.url, "alice", "pw")
    finally:
        fake.close()
    assert failed.value.kind == "upgrade"


class StubTransport:
    base_url = "http://127.0.0.1:9"
    deadline = 120.0
    until = None
    until_seconds = 0.0

    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.calls = 0

    def limit_sync(self, seconds: float | None) -> None:
        pass

    def hello(self):  # type: ignore[no-untyped-def]
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        raise AssertionError("stop here")


def test_network_failures_back_off_and_auth_failures_are_not_retried(store):
    sleeps: list[float] = []
    options = SyncOptions(attempts=4, backoff_base=1.0, backoff_max=10.0)
    flaky = StubTransport([NetworkError("down")] * 3)
    client = SyncClient(store.sessions, flaky, options=options,  # type: ignore[arg-type]
                        sleep=sleeps.append)
    with pytest.raises(AssertionError, match="stop here"):
        client.sync()
    assert flaky.calls == 4 and len(sleeps) == 3
    assert sleeps[0] < sleeps[1] < sleeps[2] and sleeps[2] >= 3.0  # 1, 2, 4 with jitter

    sleeps.clear()
    refused = StubTransport([AuthError("session expired")])
    client = SyncClient(store.sessions, refused, options=options,  # type: ignore[arg-type]
                        sleep=sleeps.append)
    with pytest.raises(AuthError):
        client.sync()
    assert refused.calls == 1 and sleeps == []

    sleeps.clear()
    gone = StubTransport([NetworkError("down")] * 10)
    client = SyncClient(store.sessions, gone, options=options,  # type: ignore[arg-type]
                        sleep=sleeps.append)
    with pytest.raises(NetworkError):
        client.sync()
    assert gone.calls == 4  # gives up after the attempts, to be tried at the next sync
