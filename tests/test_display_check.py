"""`make run`'s first step: the X11 plugin's missing system libraries are named with the exact
`sudo apt-get install` command, only when Qt would use X11. The check is pointed at a copy of
Qt's real plugin in which one needed library is renamed so that the system cannot find it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mercator_desktop import display_check

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux")


def run_check(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "mercator_desktop.display_check", *args],
                          capture_output=True, text=True, env=environ, cwd=REPO, timeout=60)


@pytest.fixture
def plugin_missing_icccm(tmp_path: Path) -> Path:
    """The real plugin, needing ``libxcb-icccm.so.9`` (no system has it) instead of .so.4."""
    real = display_check.default_plugin()
    assert real is not None and real.is_file()
    data = real.read_bytes()
    assert b"libxcb-icccm.so.4\0" in data
    fake = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    fake.parent.mkdir(parents=True)
    fake.write_bytes(data.replace(b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.9\0"))
    # Qt's own libraries are found where the plugin looks for them ($ORIGIN/../../lib).
    (tmp_path / "lib").symlink_to(real.parents[2] / "lib")
    return fake


def test_a_missing_library_is_named_with_the_install_command(plugin_missing_icccm) -> None:
    result = run_check("--plugin", str(plugin_missing_icccm), QT_QPA_PLATFORM="xcb")
    assert result.returncode == 1
    assert "needs 1 system library that is not installed: libxcb-icccm.so.9." in result.stderr
    assert "    sudo apt-get install libxcb-icccm4\n" in result.stderr


def test_nothing_is_checked_for_the_offscreen_or_a_wayland_session(plugin_missing_icccm) -> None:
    assert run_check("--plugin", str(plugin_missing_icccm),
                     QT_QPA_PLATFORM="offscreen:size=1366x768").returncode == 0
    assert run_check("--plugin", str(plugin_missing_icccm), XDG_SESSION_TYPE="wayland",
                     WAYLAND_DISPLAY="wayland-0").returncode == 0


def test_the_installed_plugin_passes_here() -> None:
    """This machine runs the UI tests, so nothing the plugin needs is missing."""
    result = run_check(QT_QPA_PLATFORM="xcb")
    assert (result.returncode, result.stderr) == (0, "")


def test_several_missing_libraries_make_one_command() -> None:
    text = display_check.advice(["libxcb-keysyms.so.1", "libxcb-icccm.so.4", "libfoo.so.2"])
    assert "    sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text
    assert "libfoo.so.2" in text.splitlines()[-2]
