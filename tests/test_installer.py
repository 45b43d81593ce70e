"""The desktop bundle: built with the PyInstaller recipe of installer/, then launched — the
command line, the packaged reference data and migrations, and the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    pytest.importorskip("PyInstaller", reason="the installer extra is not installed")
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(REPO / "installer" / "mercator-desktop.spec")],
        check=True, cwd=REPO, capture_output=True, timeout=600)
    return work / "dist" / "mercator-desktop" / "mercator-desktop"


def run(bundle: Path, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MERCATOR_QUIT_AFTER_LOAD": "1"}
    return subprocess.run([str(bundle), *args], capture_output=True, text=True, env=env,
                          timeout=120, input=input)


def test_the_bundle_runs_the_command_line_and_the_window(bundle, tmp_path):
    data = str(tmp_path / "data")
    assert run(bundle, "--version").stdout.startswith("mercator-desktop ")
    assert run(bundle, "--data-dir", data, "demo").returncode == 0
    listing = run(bundle, "--data-dir", data, "missions", "list", "--country", "JM")
    assert listing.returncode == 0 and "JM-2019-INTD-01" in listing.stdout
    report = run(bundle, "--data-dir", data, "report", "JM-2019-INTD-01",
                 "--out", str(tmp_path / "jm.pdf"))
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "jm.pdf").stat().st_size > 10_000
    window = run(bundle, "--data-dir", data, "gui")
    assert window.returncode == 0, window.stderr
    assert "missions-shown=24" in window.stdout
    # SQLCipher and the file encryption are in the bundle too
    passphrase = "bundle recovery passphrase\n"
    encrypted = run(bundle, "--data-dir", data, "recovery", "set", "--passphrase-stdin",
                    input=passphrase)
    assert encrypted.returncode == 0, encrypted.stderr
    listing = run(bundle, "--data-dir", data, "--passphrase-stdin", "missions", "list",
                  "--country", "JM", input=passphrase)
    assert listing.returncode == 0 and "JM-2019-INTD-01" in listing.stdout, listing.stderr
