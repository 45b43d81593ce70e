"""One app per data folder: a second start brings the first forward and exits; after a crash
the next start opens normally."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from mercator_desktop.app import ALREADY_OPEN
from mercator_desktop.paths import DataPaths
from mercator_desktop.ui.single_instance import (
    UNIX_SOCKETS,
    claim_data_folder,
    server_name,
    socket_path,
)

from .conftest import REPO, app_env, run_app


def _start_app(data_dir: Path) -> subprocess.Popen[str]:
    code = ("from mercator_desktop.app import main; "
            f"raise SystemExit(main(data_dir={str(data_dir)!r}))")
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO,
                            env=app_env(MERCATOR_QUIT_AFTER_LOAD="0"))


def _wait_until(condition, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _listening(data_dir: Path) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    connected = socket.waitForConnected(200)
    socket.abort()
    return connected


def test_a_second_start_on_the_same_folder_brings_the_first_forward(store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    store.close()
    first = _start_app(data_dir)
    try:
        _wait_until(lambda: _listening(data_dir) or first.poll() is not None)
        assert first.poll() is None

        second = run_app(data_dir, timeout=60)

        assert second.returncode == 0, second.stderr
        assert ALREADY_OPEN in second.stdout
        assert "missions-shown" not in second.stdout  # it opened no window of its own
        assert first.poll() is None
        log_file = DataPaths(data_dir).log_file
        _wait_until(lambda: "bringing the window forward" in log_file.read_text("utf-8"))
    finally:
        first.kill()  # like a crash: the socket stays behind
        first.communicate(timeout=30)

    again = run_app(data_dir, timeout=120)

    assert again.returncode == 0, again.stderr
    assert "missions-shown=0" in again.stdout
    assert ALREADY_OPEN not in again.stdout


def test_another_data_folder_opens_its_own_app(store, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store.close()
    first = _start_app(data_dir)
    try:
        _wait_until(lambda: _listening(data_dir) or first.poll() is not None)
        other = run_app(tmp_path / "other", timeout=120)
        assert other.returncode == 0, other.stderr
        assert "missions-shown=0" in other.stdout
    finally:
        first.kill()
        first.communicate(timeout=30)


def test_a_second_claim_in_the_same_session_asks_the_first_to_come_forward(
        qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = claim_data_folder(tmp_path / "data", qapp)  # owned by the app, as in the app
    assert first is not None
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert claim_data_folder(tmp_path / "data") is None
        if UNIX_SOCKETS:
            mode = os.stat(socket_path(first.name)).st_mode
            assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600  # this user only
        # Qt's own client is understood too (an app of another version, the test above).
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            client = QLocalSocket()
            client.connectToServer(first.name)
            assert client.waitForConnected(2000)
            client.write(b"activate\n")
            client.flush()
            client.waitForBytesWritten(2000)
        client.disconnectFromServer()
    finally:
        first.close()
        first.deleteLater()
    if UNIX_SOCKETS:
        assert not os.path.exists(socket_path(first.name))  # closed: nothing left behind
    again = claim_data_folder(tmp_path / "data", qapp)
    assert again is not None
    again.close()
    again.deleteLater()


@pytest.mark.skipif(not UNIX_SOCKETS, reason="Unix domain sockets only")
def test_a_socket_left_by_a_crashed_app_is_replaced(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = socket_path(server_name(tmp_path / "data"))
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(path)  # bound, never listened, never removed: what a crash leaves
    leftover.close()
    assert os.path.exists(path)

    server = claim_data_folder(tmp_path / "data", qapp)
    assert server is not None
    try:
        assert _listening(tmp_path / "data")
    finally:
        server.close()
        server.deleteLater()


@pytest.mark.skipif(not UNIX_SOCKETS, reason="Unix domain sockets only")
def test_the_app_starts_without_qt_network(store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """QtNetwork's libraries are 3 MiB of every start's memory; Python's socket does it."""
    store.close()
    code = ("import sys\n"
            "from mercator_desktop.app import main\n"
            f"code = main(data_dir={str(data_dir)!r})\n"
            "print(f'qt-network-loaded={\"PySide6.QtNetwork\" in sys.modules}')\n"
            "raise SystemExit(code)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, env=app_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "missions-shown=0" in lines
    assert "qt-network-loaded=False" in lines
