"""The app shell: the main window lists missions, sorts them, shows an empty state, and the
real app paints before SQLAlchemy is imported and refuses a database from a newer version."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from mercator_desktop import __version__
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.main_window import MainWindow
from mercator_desktop.ui.mission_model import Column

from .conftest import APP_PASSPHRASE, run_app
from .helpers import answering


def _two_missions(store) -> None:  # type: ignore[no-untyped-def]
    service = MissionService(store)
    service.create(MissionInput(
        code="JM-2025-WS-01", title="Risk management workshop", type_code="workshop",
        status_code="requested", country_iso2="JM",
        start_date=date(2025, 3, 3), end_date=date(2025, 3, 7),
    ))
    service.create(MissionInput(
        code="JM-2025-WS-02", title="Post-clearance audit workshop", type_code="workshop",
        status_code="requested", country_iso2="JM",
        start_date=date(2025, 6, 9), end_date=date(2025, 6, 13),
    ))


def _column(window: MainWindow, column: int) -> list[str]:
    proxy = window.mission_proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _click_header(qtbot, window: MainWindow, column: int) -> None:  # type: ignore[no-untyped-def]
    header = window.mission_table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_main_window_lists_missions_and_sorts_by_clicked_header(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    _two_missions(store)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    with qtbot.waitSignal(window.store_loaded) as loaded:
        window.load_store(store)  # the list loads on a worker thread
    assert loaded.args == [2]
    assert window.stack.currentWidget() is window.mission_table
    assert not window.showing_empty_state()
    assert window.tabs.currentWidget() is window.dashboard  # the dashboard on start
    window.show_tab(window.TAB_MISSIONS)

    # Latest start first, as the list opens.
    assert _column(window, Column.CODE) == ["JM-2025-WS-02", "JM-2025-WS-01"]
    proxy = window.mission_proxy
    first = {Column(c): proxy.index(0, c).data() for c in Column}
    assert first[Column.TITLE] == "Post-clearance audit workshop"
    assert first[Column.TYPE] == "Workshop"
    assert first[Column.COUNTRY] == "Jamaica"
    assert first[Column.STATUS] == "Requested"
    assert first[Column.START] == "2025-06-09"
    assert first[Column.END] == "2025-06-13"
    assert first[Column.LEAD] == ""
    assert first[Column.SYNC] == "Not yet sent"
    assert window.current_mission_id() == MissionService(store).get_by_code("JM-2025-WS-02").id

    _click_header(qtbot, window, Column.CODE)
    assert _column(window, Column.CODE) == ["JM-2025-WS-01", "JM-2025-WS-02"]
    _click_header(qtbot, window, Column.CODE)
    assert _column(window, Column.CODE) == ["JM-2025-WS-02", "JM-2025-WS-01"]


def test_list_columns_get_the_widths_qt_would_give_them(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    """The columns are sized from their texts without asking Qt to measure each cell
    (``mission_columns.fit_columns``); the widths are the ones Qt's own fitting gives."""
    from mercator_desktop.services.demo import load_demo
    from mercator_desktop.ui.mission_columns import FIT_SAMPLE, cap_column, share_spare_width

    load_demo(store)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.store_loaded):
        window.load_store(store)
    window.show_tab(window.TAB_MISSIONS)
    table, header = window.mission_table, window.mission_table.horizontalHeader()
    shown = [c for c in Column if not table.isColumnHidden(c)
             and header.sectionResizeMode(c) != header.ResizeMode.Stretch]
    assert len(shown) >= 6
    ours = {c: header.sectionSize(c) for c in shown}

    header.setResizeContentsPrecision(FIT_SAMPLE)
    table.resizeColumnsToContents()  # Qt's way, asking each cell through the model
    for column in Column:
        cap_column(table, column)
    share_spare_width(table, window.mission_model)
    assert ours == {c: header.sectionSize(c) for c in shown}


def test_a_long_type_and_country_are_shown_whole_when_the_title_has_room(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    """At 1366 px the stretched title has room to spare: the type and country, capped at
    their fitting, get it back instead of being cut with an ellipsis; on a narrower window
    the title keeps its room and they stay capped."""
    from PySide6.QtCore import QSettings

    from mercator_desktop.ui.main_window import HEADER_KEY
    from mercator_desktop.ui.mission_columns import MAX_CHARS, content_width

    service = MissionService(store)
    for number in range(3):
        service.create(MissionInput(
            code=f"ST-2026-IS-0{number}", title=f"Follow-up review of the code of conduct {number}",
            type_code="integrity_self_assessment", status_code="requested",
            country_iso2="ST", start_date=date(2026, 3, 2 + number),
            end_date=date(2026, 3, 6 + number),
        ))

    def widths(size: tuple[int, int]) -> tuple[dict[Column, int], dict[Column, int]]:
        QSettings().remove(HEADER_KEY)  # fitted afresh, not the widths a window left
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.store_loaded):
            window.load_store(store)
        window.show_tab(window.TAB_MISSIONS)
        table = window.mission_table
        needed = {c: content_width(table, window.mission_model, c) for c in MAX_CHARS}
        shown = {c: table.horizontalHeader().sectionSize(c) for c in MAX_CHARS
                 if not table.isColumnHidden(c)}
        window.close()
        return needed, shown

    needed, wide = widths((1366, 768))
    assert Column.TYPE in wide and Column.COUNTRY in wide
    char = MainWindow().fontMetrics().averageCharWidth()
    assert needed[Column.TYPE] > MAX_CHARS[Column.TYPE] * char  # the cap would cut it
    for column in (Column.TYPE, Column.COUNTRY):
        assert wide[column] >= needed[column], column.name

    _needed, narrow = widths((1000, 700))
    assert narrow[Column.TYPE] <= MAX_CHARS[Column.TYPE] * char


def test_main_window_shows_empty_state_for_an_empty_store(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    with qtbot.waitSignal(window.store_loaded) as loaded:
        window.load_store(store)
    assert loaded.args == [0]
    assert window.showing_empty_state()
    assert window.tabs.currentWidget() is window.missions_page  # the call to action
    assert window.empty_label.isVisible()
    assert not window.mission_table.isVisible()
    assert window.empty_label.text() == "No missions yet."
    assert "spreadsheet" in window.empty_hint.text()
    assert window.empty_new_button.isVisible() and window.empty_import_button.isVisible()
    # The call to action works: the button opens a new mission.
    qtbot.mouseClick(window.empty_new_button, Qt.MouseButton.LeftButton)
    assert [e.windowTitle() for e in window.editors()] == ["New mission[*] — Mercator Desktop"]


def test_other_views_are_built_when_first_shown(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    _two_missions(store)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_store(store)
    window.show_tab(window.TAB_MISSIONS)
    qtbot.waitUntil(lambda: window.mission_proxy.rowCount() == 2)
    # The experts tab holds a placeholder until the person opens it (Ctrl+3).
    assert window.tabs.widget(window.TAB_EXPERTS).objectName() != "expertDirectory"
    assert window.tabs.tabText(window.TAB_EXPERTS) == "Experts"
    qtbot.keyClick(window.mission_table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == window.TAB_EXPERTS
    directory = window.tabs.currentWidget()
    assert directory is window.expert_directory  # built once, then the same view
    assert window.tabs.tabText(window.TAB_EXPERTS) == "Experts"
    # Asking for a view builds it in its tab without showing it.
    calendar = window.team_calendar
    assert window.tabs.widget(window.TAB_CALENDAR) is calendar
    assert window.tabs.currentIndex() == window.TAB_EXPERTS


def test_window_title_size_menus_and_about(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "Mercator Desktop"
    area = window.screen().availableGeometry()  # a share of the screen, inside it
    assert area.contains(window.frameGeometry())
    assert window.width() >= 0.6 * area.width() and window.height() >= 0.6 * area.height()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Mission", "&Sync", "&View", "&Help"]
    assert window.action_quit.shortcut() == QKeySequence("Ctrl+Q")

    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.store_loaded):
        window.load_store(store)
    with answering(qtbot, "OK") as boxes:
        window.action_about.trigger()
    assert __version__ in boxes.shown[0].text
    assert str(store.paths.root) in boxes.shown[0].text

    window.action_quit.trigger()
    assert not window.isVisible()


def test_hidden_columns_can_be_shown_and_are_remembered(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    _two_missions(store)
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_loaded):
        window.load_store(store)
    assert window.mission_table.isColumnHidden(Column.REGION)

    window.set_column_visible(Column.REGION, True)
    assert not window.mission_table.isColumnHidden(Column.REGION)
    assert window.mission_proxy.index(0, Column.REGION).data()  # a region label

    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.mission_table.isColumnHidden(Column.REGION)


@pytest.mark.slow
def test_app_paints_before_sqlalchemy_is_imported(data_dir: Path) -> None:
    result = run_app(data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "first-paint-sqlalchemy-loaded=False" in lines
    assert "missions-shown=0" in lines
    assert "WARNING qt" not in result.stderr  # no Qt warning
    log = (data_dir / "logs" / "mercator-desktop.log").read_text(encoding="utf-8")
    assert "store opened" in log


@pytest.mark.slow
def test_app_shows_the_list_of_a_folder_closed_cleanly_before_opening_it(  # type: ignore[no-untyped-def]
        store, data_dir: Path) -> None:
    from mercator_desktop.services.demo import load_demo

    load_demo(store)
    count = len(MissionService(store).list())
    store.close()  # a clean close leaves the seal

    result = run_app(data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "list-populated-sqlalchemy-loaded=False" in lines  # read with the driver alone
    assert f"missions-shown={count}" in lines
    log = (data_dir / "logs" / "mercator-desktop.log").read_text(encoding="utf-8")
    assert f"mission list read early: {count} missions" in log
    assert log.index("mission list read early") < log.index("store opened")

    # Not closed cleanly (no seal): the list waits for the store, which checks the file.
    (data_dir / "integrity-seal.json").unlink()
    result = run_app(data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "list-populated-sqlalchemy-loaded=True" in lines
    assert f"missions-shown={count}" in lines


@pytest.mark.slow
def test_app_loads_demo_data_on_first_run_only(data_dir: Path) -> None:
    from mercator_desktop.services.store import open_store

    result = run_app(data_dir, demo=True)
    assert result.returncode == 0, result.stderr
    shown = next(line for line in result.stdout.splitlines() if line.startswith("missions-"))
    count = int(shown.split("=")[1])
    assert count > 0

    store = open_store(data_dir, passphrase=APP_PASSPHRASE)  # created encrypted
    try:
        assert store.data_key is not None
        assert store.get_setting("first_run_done") == "1"
        service = MissionService(store)
        for mission in service.list():
            service.trash(mission.id)
    finally:
        store.close()

    # Not the first run any more: an emptied store stays empty.
    result = run_app(data_dir, demo=True)
    assert result.returncode == 0, result.stderr
    assert "missions-shown=0" in result.stdout.splitlines()


@pytest.mark.slow
def test_app_refuses_a_database_from_a_newer_version(store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    database = store.paths.database
    store.close()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()

    result = run_app(data_dir)
    assert result.returncode == 1
    assert "box: Cannot open your data | Mercator Desktop cannot open your data." in result.stdout
    log = (data_dir / "logs" / "mercator-desktop.log").read_text(encoding="utf-8")
    assert "newer version" in result.stderr
    assert "newer version" in log
    assert "missions-shown" not in result.stdout
    with sqlite3.connect(database) as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert version == ("ffff9999",)  # refused, never touched


def test_configure_logging_twice_adds_no_duplicate_handlers(tmp_path: Path) -> None:
    import logging
    from logging.handlers import RotatingFileHandler

    from mercator_desktop.logging_setup import configure_logging, current_log_file, remove_logging

    root = logging.getLogger()
    before = list(root.handlers)
    first = tmp_path / "a" / "app.log"
    second = tmp_path / "b" / "app.log"
    try:
        configure_logging(first)
        configure_logging(first)
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 2
        files = [h for h in added if isinstance(h, RotatingFileHandler)]
        assert len(files) == 1
        assert (files[0].maxBytes, files[0].backupCount) == (1_000_000, 5)

        configure_logging(second)
        assert len([h for h in root.handlers if h not in before]) == 2
        assert current_log_file() == second
        logging.getLogger("mercator_desktop.test").info("hello log")
        assert "hello log" in second.read_text(encoding="utf-8")
        assert "hello log" not in first.read_text(encoding="utf-8")
    finally:
        remove_logging()
    assert root.handlers == before
    assert current_log_file() is None


def test_the_app_log_file_starts_plain_and_rotates_once_asked(tmp_path: Path) -> None:
    import logging
    from logging.handlers import RotatingFileHandler

    from mercator_desktop.logging_setup import (
        configure_logging,
        current_log_file,
        remove_logging,
        rotate_log_file,
    )

    root = logging.getLogger()
    before = list(root.handlers)
    path = tmp_path / "logs" / "app.log"
    log = logging.getLogger("mercator_desktop.test")
    try:
        configure_logging(path, rotating=False)
        log.info("before the first paint")
        assert not any(isinstance(h, RotatingFileHandler) for h in root.handlers)
        assert current_log_file() == path

        rotate_log_file()
        rotate_log_file()  # a second call changes nothing
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 2  # the file and stderr, no more
        rotating = [h for h in added if isinstance(h, RotatingFileHandler)]
        assert len(rotating) == 1 and rotating[0].level == logging.INFO
        log.info("after it")
        assert current_log_file() == path
    finally:
        remove_logging()
    assert root.handlers == before
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split("] ", 1)[1] for line in lines] == ["before the first paint", "after it"]


@pytest.mark.slow
def test_the_first_paint_waits_for_no_module_it_does_not_need(store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Modules the first window does not need are imported after it has painted (or never):
    SQLAlchemy, the rotating log handler, QtNetwork, every command's parser."""
    store.close()
    code = (
        "import logging, sys\n"
        "import mercator_desktop.app as app\n"
        "watched = ('sqlalchemy', 'logging.handlers', 'PySide6.QtNetwork', "
        "'mercator_desktop.sync_cli', 'subprocess', 'xml.etree.ElementTree')\n"
        "at_paint = {}\n"
        "painted = app.Startup._on_window_first_painted\n"
        "def on_paint(self):\n"
        "    at_paint.update((m, m in sys.modules) for m in watched)\n"
        "    painted(self)\n"
        "app.Startup._on_window_first_painted = on_paint\n"
        "from mercator_desktop.cli import main\n"
        f"code = main(['--data-dir', {str(data_dir)!r}, 'gui'])\n"
        "print('at-paint', sorted(m for m, loaded in at_paint.items() if loaded))\n"
        "print('rotating', any(type(h).__name__ == 'RotatingFileHandler' "
        "for h in logging.getLogger().handlers))\n"
        "raise SystemExit(code)\n")
    import subprocess
    import sys

    from .conftest import REPO, app_env

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, env=app_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "missions-shown=0" in result.stdout
    assert "at-paint []" in result.stdout
    assert "rotating True" in result.stdout  # the log file rotates once the window painted
