"""One app per data folder: a second start brings the first forward and exits; after a crash
the next start opens normally."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from mercator_desktop.app import ALREADY_OPEN
from mercator_desktop.paths import DataPaths
from mercator_desktop.ui.single_instance import server_name

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
