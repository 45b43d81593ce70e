"""UI-only fixtures: a temporary QSettings folder, non-blocking message boxes, and clean-up of
the boxes and windows a test leaves behind."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from mercator_desktop.ui import messages

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _ui_settings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings() writes an INI file under a temporary folder, never the real profile."""
    folder = tmp_path_factory.mktemp("qsettings")
    qapp.setOrganizationName("WCO")
    qapp.setApplicationName("Mercator Desktop")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _nonblocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Message boxes open without waiting (see ``ui.messages``); closed after each test."""
    monkeypatch.setenv(messages.NONBLOCKING_ENV, "1")
    messages.forget_boxes()
    yield
    for box in messages.recent_boxes():
        try:
            box.close()
            box.deleteLater()
        except RuntimeError:  # its parent window was deleted with it already
            pass
    messages.forget_boxes()


def app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MERCATOR_QUIT_AFTER_LOAD="1",
        MERCATOR_NONBLOCKING_DIALOGS="1",
    )
    env.update(extra)
    return env


def run_app(data_dir: Path, *, demo: bool = False,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Start the real desktop app in a subprocess (offscreen, quits once the list is filled)."""
    code = (
        "from mercator_desktop.app import main; "
        f"raise SystemExit(main(data_dir={str(data_dir)!r}, demo_on_first_run={demo!r}))"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=app_env(), cwd=REPO, timeout=timeout)
