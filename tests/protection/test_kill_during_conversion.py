"""SIGKILL during the conversion of a plain data folder to encrypted storage: the command
line converts in a real subprocess, killed at several moments; each time the folder then
opens with its passphrase, passes its integrity check, and holds all its work, files
included (the next open finishes the conversion)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from mercator_desktop.services.evidence import EvidenceService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store

from .conftest import PASSPHRASE, fill, leaked

FILES = 120
FILE_BYTES = 256 * 1024


@pytest.fixture(scope="module")
def plain_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict[str, str]]:
    """A plain folder with the demonstration data, the known texts and many evidence files."""
    from mercator_desktop.services.demo import load_demo

    folder = tmp_path_factory.mktemp("plain") / "data"
    store = open_store(folder, user="tester")
    try:
        load_demo(store)
        filled = fill(store)
        evidence = EvidenceService(store)
        hashes = {}
        for n in range(FILES):
            data = os.urandom(FILE_BYTES)
            view = evidence.add_bytes(filled.assessment_id, filled.question_id, data,
                                      f"scan-{n}.bin")
            hashes[view.id] = hashlib.sha256(data).hexdigest()
        missions = len(MissionService(store).list())
    finally:
        store.close()
    return folder, missions, hashes


def _convert(folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "mercator_desktop", "--data-dir", str(folder), "recovery", "set",
         "--passphrase-stdin"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, env=env)
    assert process.stdin is not None
    process.stdin.write(f"{PASSPHRASE}\n".encode())
    process.stdin.close()
    return process


def _kill_when(process: subprocess.Popen[bytes], seen, limit: float = 120) -> bool:  # type: ignore[no-untyped-def]
    """SIGKILL the moment ``seen()`` is true; False when the process ended first."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if seen():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.0005)
    process.kill()
    raise AssertionError("the conversion neither reached the point nor ended")


def _sealed_count(folder: Path) -> int:
    from mercator_desktop.storage.crypto import is_sealed

    return sum(1 for p in (folder / "evidence").rglob("*")
               if p.is_file() and not p.name.startswith(".") and is_sealed(p))


MOMENTS = {
    "the recovery file written": lambda f: (f / "recovery-key.json").exists(),
    "the encrypted export under way": lambda f: (f / "mercator.sqlite.encrypting").exists(),
    "evidence files being sealed": lambda f: _sealed_count(f) >= FILES // 3,
}


@pytest.mark.parametrize("moment", list(MOMENTS))
def test_sigkill_during_the_conversion_loses_nothing(plain_folder, tmp_path, os_keyring,
                                                     moment):
    source, missions, hashes = plain_folder
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    process = _convert(folder)
    killed = _kill_when(process, lambda: MOMENTS[moment](folder))
    assert killed, f"the conversion ended before {moment}"

    store = open_store(folder, user="tester", passphrase=PASSPHRASE)
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert len(MissionService(store).list()) == missions
        evidence = EvidenceService(store)
        for evidence_id, digest in hashes.items():
            assert hashlib.sha256(evidence.read_file(evidence_id)).hexdigest() == digest
        encrypted = store.data_key is not None
    finally:
        store.close()
    if encrypted:  # the open finished the conversion: nothing plain is left
        assert leaked(folder) == []
        assert not list(folder.glob("mercator.sqlite.*"))
        assert not [p for p in (folder / "evidence").rglob(".*") if p.is_file()]
