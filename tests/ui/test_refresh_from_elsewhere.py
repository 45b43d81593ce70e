"""Views follow records changed underneath: by the command line while the window is open."""

from __future__ import annotations

import subprocess
import sys

from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.events import ALL_RECORDS, app_events

from .conftest import REPO
from .helpers import open_main_window
from .test_write_queue import write_missions


def test_missions_imported_by_the_command_line_show_without_a_restart(  # type: ignore[no-untyped-def]
        qtbot, store, data_dir, tmp_path) -> None:
    window = open_main_window(qtbot, store)
    assert window.mission_model.total_count() == 0
    path = write_missions(tmp_path / "from-cli.csv", count=25)
    received: list[object] = []
    app_events().records_changed.connect(received.append)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "mercator_desktop", "--data-dir", str(data_dir), "missions",
             "import", str(path)], capture_output=True, text=True, cwd=REPO, timeout=300)
        assert done.returncode == 0, done.stderr

        qtbot.waitUntil(lambda: window.mission_model.total_count() == 25, timeout=20_000)
    finally:
        app_events().records_changed.disconnect(received.append)
    assert ALL_RECORDS in received
    assert window.dashboard is not None


def test_own_saves_are_not_taken_for_changes_made_elsewhere(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    from .test_write_queue import new_mission

    MissionService(store).create(new_mission("OWN-01"))
    assert window.change_poll is not None
    assert not window.change_poll.check()
    store.set_setting("ui/anything", "1")
    assert not window.change_poll.check()
