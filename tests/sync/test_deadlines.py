"""The client never hangs: a server on 127.0.0.1 that answers one byte every two seconds
ends the sign-in or the sync with a clear message at its deadline, nothing unconfirmed is
marked sent, and the window says it in the person's language."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.services.sync import SyncFailed, SyncService, SyncTooSlow
from mercator_desktop.sync.client import SyncOptions
from mercator_desktop.sync.credentials import MemorySecretStore
from mercator_desktop.ui import messages, operations
from mercator_desktop.ui.sync_panel import SyncPanel

from . import data
from .conftest import EXPERT_A

ANSWER = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n"
          + b"{" + b" " * 38 + b"}")
#: a generous bound for "the client gave up instead of hanging": the answer above would take
#: more than 200 s at this pace
HANG = 60.0


class TricklingServer:
    """Accepts connections and answers each, whatever it asked, one byte every ``pace``
    seconds; counts the bytes it managed to send."""

    def __init__(self, pace: float = 2.0) -> None:
        self.pace = pace
        self.sent = 0
        self.stopping = threading.Event()
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen()
        self.listener.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)
                for byte in ANSWER:
                    if self.stopping.wait(self.pace):
                        return
                    connection.sendall(bytes([byte]))
                    self.sent += 1
            except OSError:
                return  # the client closed the connection: it gave up

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(5)
        self.listener.close()


@pytest.fixture
def trickling() -> Iterator[TricklingServer]:
    server = TricklingServer()
    yield server
    server.stop()


def _service(device, server: TricklingServer, **options: float) -> SyncService:  # type: ignore[no-untyped-def]
    secrets = MemorySecretStore()
    service = SyncService(device.store, secrets, options=SyncOptions(
        attempts=3, backoff_base=0.05, backoff_max=0.2, **options))
    device.store.set_setting("sync.server_url", server.url)
    device.store.set_setting("sync.user", "alice")
    secrets.set(server.url, "alice", "a token HQ gave earlier")
    return service


def test_a_trickling_server_ends_the_sign_in_at_its_deadline(make_device, trickling):
    device = make_device("alice")
    service = SyncService(device.store, MemorySecretStore(),
                          options=SyncOptions(request_deadline=5))
    started = time.monotonic()
    with pytest.raises(SyncTooSlow) as caught:
        service.login(trickling.url, "alice", "secret pass")
    assert time.monotonic() - started < HANG
    assert caught.value.kind == "too_slow" and not caught.value.whole_sync
    assert "HQ's answer took longer than 5 seconds" in str(caught.value)
    assert trickling.sent < len(ANSWER)  # cut off long before the answer was whole
    assert not service.status().signed_in


@pytest.mark.parametrize(("options", "whole_sync", "words"), [
    ({"request_deadline": 5}, False, "HQ's answer took longer than 5 seconds"),
    ({"request_deadline": 100, "sync_deadline": 7}, True, "The sync took longer than 7 "
                                                          "seconds"),
])
def test_a_trickling_server_ends_the_sync_at_its_deadline(make_device, trickling, options,
                                                          whole_sync, words):
    device = make_device("alice")
    data.mission(device.store, "JM-2036-SLOW", {EXPERT_A: "Alice Expert"})
    service = _service(device, trickling, **options)
    pending = service.pending_count()
    started = time.monotonic()
    with pytest.raises(SyncFailed) as caught:
        service.sync()
    assert time.monotonic() - started < HANG
    assert isinstance(caught.value, SyncTooSlow) and caught.value.whole_sync is whole_sync
    assert words in str(caught.value) and "Your work is kept" in str(caught.value)
    assert service.pending_count() == pending  # nothing marked sent
    assert trickling.sent < len(ANSWER)


@pytest.fixture
def french(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from mercator_desktop.ui import i18n

    installed = i18n.install_translators(qapp, "fr", cache=tmp_path / "cache")
    yield
    installed.remove()


def test_the_window_says_it_in_french(qtbot, monkeypatch, make_device, trickling, french):
    device = make_device("alice")
    service = _service(device, trickling, request_deadline=4)
    panel = SyncPanel(service)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "secondes" in panel.status_label.full_text(),
                    timeout=int(HANG * 1000))
    operations.wait_for_all()
    text = panel.status_label.full_text()
    assert "Le Siège a répondu trop lentement" in text and "4 secondes" in text, text
    assert messages.recent_boxes() == []
    messages.forget_boxes()
