"""UI-only fixtures: a temporary QSettings folder, a watch on modal boxes (one nobody answers
fails the test instead of hanging it), and clean-up of what a test leaves behind."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from mercator_desktop.ui import collector, operations, theme

from .helpers import watch_modals

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def _gui_collector(qapp: QApplication) -> None:
    """Garbage collected on the GUI thread only, and palettes kept readable (``ui.theme``),
    as in the app."""
    collector.install(qapp)
    theme.install(qapp)


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
def _watch_modals() -> Iterator[None]:
    """A box no ``answering`` block expects is closed and fails the test (``helpers``)."""
    yield from watch_modals()


def app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MERCATOR_QUIT_AFTER_LOAD="1",
    )
    env.update(extra)
    return env


#: the recovery passphrase ``run_app`` types when the app asks for one (a new data folder, or
#: an encrypted one: the app's process has no keyring that outlives it)
APP_PASSPHRASE = "tests set this passphrase"


def run_app(data_dir: Path, *, demo: bool = False,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Start the real desktop app in a subprocess (offscreen, quits once the list is filled).
    A message box it shows is answered like a person closing it (Escape's answer), after its
    title and text are printed as ``box: TITLE | TEXT | INFORMATIVE``; the recovery
    passphrase dialogs get ``APP_PASSPHRASE``."""
    code = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox\n"
        "app = QApplication(['mercator'])\n"
        "def close_box():\n"
        "    box = QApplication.activeModalWidget()\n"
        "    if box is not None and box.objectName() in ('setPassphraseDialog',"
        " 'unlockDialog') and box.isVisible():\n"
        "        for field in box.findChildren(QLineEdit):\n"
        f"            field.setText({APP_PASSPHRASE!r})\n"
        "        box.ok_button.click()\n"
        "        return\n"
        "    if isinstance(box, QMessageBox) and box.isVisible():\n"
        "        print(f'box: {box.windowTitle()} | {box.text()} | {box.informativeText()}',"
        " flush=True)\n"
        "        box.reject()\n"
        "timer = QTimer()\n"
        "timer.timeout.connect(close_box)\n"
        "timer.start(20)\n"
        "from mercator_desktop.app import main\n"
        f"raise SystemExit(main(data_dir={str(data_dir)!r}, demo_on_first_run={demo!r}))\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=app_env(), cwd=REPO, timeout=timeout)


# --- fast stores: a migrated (and a demo) database made once, copied for each test ----------


def _copy_database(source: Path, target: Path) -> None:
    import shutil

    target.mkdir(parents=True, exist_ok=True)
    for name in ("mercator.sqlite", "mercator.sqlite-wal", "mercator.sqlite-shm"):
        if (source / name).exists():
            shutil.copy2(source / name, target / name)


@pytest.fixture(scope="session")
def _template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mercator_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("template")
    open_store(folder, user="tester").close()
    return folder


@pytest.fixture(scope="session")
def _demo_template_dir(tmp_path_factory: pytest.TempPathFactory, _template_dir: Path) -> Path:
    from mercator_desktop.services.demo import load_demo
    from mercator_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("demo_template")
    _copy_database(_template_dir, folder)
    store = open_store(folder, user="tester")
    load_demo(store)
    store.close()
    return folder


@pytest.fixture
def store(data_dir: Path, _template_dir: Path) -> Iterator[object]:
    """Like the shared fixture — a fresh database at the newest schema — but copied from one
    migrated once per session (the UI tests open many)."""
    from mercator_desktop.services.store import open_store

    _copy_database(_template_dir, data_dir)
    opened = open_store(data_dir, user="tester")
    yield opened
    operations.wait_for_all()
    opened.close()


@pytest.fixture
def demo_store(data_dir: Path, _demo_template_dir: Path) -> Iterator[object]:
    from mercator_desktop.services.store import open_store

    _copy_database(_demo_template_dir, data_dir)
    opened = open_store(data_dir, user="tester")
    yield opened
    operations.wait_for_all()
    opened.close()


@pytest.fixture(autouse=True)
def _memory_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The main window's sync service keeps its token in memory, never in an OS keyring."""
    from mercator_desktop.services.sync import SyncService
    from mercator_desktop.sync.credentials import MemorySecretStore
    from mercator_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "sync_service_factory",
                        staticmethod(lambda store: SyncService(store, MemorySecretStore())))


@pytest.fixture(autouse=True)
def _finish_operations() -> Iterator[None]:
    """No background work outlives its test (its store is closed right after)."""
    yield
    assert operations.wait_for_all(), "background operations still running"


# Qt warnings the headless platform prints for popups (a completer's list, a combo box's
# drop-down) and modal boxes: "offscreen" cannot raise a window, grab the keyboard or pass
# size hints to a window manager. Harmless; the same windows work on a real screen. Any
# other Qt warning still fails a test.
OFFSCREEN_POPUP_NOISE = (
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).parent == here:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE))
