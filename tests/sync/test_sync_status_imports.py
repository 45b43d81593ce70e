"""The sync panel is built as soon as the mission list is on screen: its counts and its
"not signed in" line must not load the HTTP client, the protocol's models or the OS keyring
(tens of MiB of a laptop's memory). A sign-in or a sync loads them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from mercator_desktop.services.store import open_store
from mercator_desktop.services.sync import SyncService
store = open_store(sys.argv[1], user="tester")
try:
    service = SyncService(store)
    status = service.status()
    loaded = sorted(m for m in ("httpx", "pydantic", "keyring") if m in sys.modules)
    print(status.signed_in, status.pending > 0, loaded)
    service.reachable()  # nothing to reach: no server set
    service.secure_store_available  # the keyring is looked up now
    print(sorted(m for m in ("httpx", "pydantic", "keyring") if m in sys.modules))
finally:
    store.close()
"""


def test_the_counts_of_a_device_never_signed_in_load_no_http_client(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], env=env,
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()[-2:]
    assert first == "False True []"
    assert "keyring" in second  # asked for when needed
