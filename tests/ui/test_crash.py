"""The crash handler: an uncaught exception is logged with its traceback and shown in ONE
dialog; a second one while the dialog is open is only logged; a failing dialog never loops."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mercator_desktop.logging_setup import configure_logging, current_log_file, remove_logging
from mercator_desktop.ui import crash, messages
from mercator_desktop.ui.crash import CrashHandler, install_crash_handler

from .helpers import answering

pytestmark = [
    # The handler under test replaces sys.excepthook itself.
    pytest.mark.qt_no_exception_capture,
]


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "mercator-desktop.log"
    configure_logging(path)
    yield path
    remove_logging()


@pytest.fixture
def handler(log_file: Path) -> Iterator[CrashHandler]:
    installed = install_crash_handler(logging.getLogger("mercator_desktop.crash"))
    yield installed
    installed.uninstall()


def _visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _boom() -> None:
    raise ZeroDivisionError("first failure in a slot")


def _boom_again() -> None:
    raise ValueError("second failure while the dialog is open")


def test_exception_in_slot_is_logged_and_shown_in_one_dialog(qtbot, handler, log_file) -> None:  # type: ignore[no-untyped-def]
    assert handler.log_file == log_file == current_log_file()
    seen: dict[str, object] = {}

    def read_copy_and_close(box: QMessageBox) -> None:
        """While the box is open (its own event loop runs): read, copy, close."""
        qtbot.waitUntil(lambda: "second failure" in log_file.read_text(encoding="utf-8"))
        seen.update(open=handler.dialog_open, shown=handler.dialogs_shown,
                    boxes=_visible_boxes(), text=box.text(), info=box.informativeText(),
                    details=box.detailedText(), last=box is messages.last_box())
        copy = box.findChild(type(box.buttons()[0]), "copyDetailsButton")
        copy.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["open_after_copy"] = box.isVisible()  # copying keeps the dialog open
        box.button(QMessageBox.StandardButton.Close).click()

    with answering(qtbot, read_copy_and_close):
        QTimer.singleShot(0, _boom)
        QTimer.singleShot(0, _boom_again)
        qtbot.waitUntil(lambda: handler.dialogs_shown == 1 and not handler.dialog_open)

    assert seen["open"] and seen["shown"] == 1 and seen["last"]
    assert len(seen["boxes"]) == 1  # type: ignore[arg-type]
    assert "unexpected problem" in str(seen["text"])
    assert str(log_file) in str(seen["info"])
    assert "not something you did wrong" in str(seen["info"])
    assert "ZeroDivisionError: first failure in a slot" in str(seen["details"])
    assert "ZeroDivisionError" in str(seen["clipboard"]) and seen["open_after_copy"]

    log = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "ZeroDivisionError: first failure in a slot" in log
    assert "ValueError: second failure while the dialog is open" in log

    # Once closed, the next crash gets a dialog again.
    with answering(qtbot, "Close"):
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: handler.dialogs_shown == 2)
    assert not handler.dialog_open


def test_blocking_dialog_shows_once_while_a_second_exception_arrives(
    qtbot, handler, log_file  # type: ignore[no-untyped-def]
) -> None:
    seen: list[int] = []

    def close_dialog(box: QMessageBox) -> None:
        qtbot.waitUntil(lambda: "second failure" in log_file.read_text(encoding="utf-8"))
        seen.append(len(_visible_boxes()))
        box.button(QMessageBox.StandardButton.Close).click()

    with answering(qtbot, close_dialog):
        QTimer.singleShot(0, _boom)
        QTimer.singleShot(0, _boom_again)          # fires inside the dialog's own event loop
        qtbot.waitUntil(lambda: bool(seen) and not handler.dialog_open, timeout=10_000)

    assert seen == [1]
    assert handler.dialogs_shown == 1
    assert "ValueError: second failure" in log_file.read_text(encoding="utf-8")


def test_failing_dialog_is_logged_without_recursion(
    qtbot, handler, log_file, monkeypatch, capsys  # type: ignore[no-untyped-def]
) -> None:
    calls: list[str] = []

    def broken_dialog(*args: object, **kwargs: object) -> None:
        calls.append("shown")
        raise RuntimeError("the dialog itself failed")

    monkeypatch.setattr(crash.messages, "show_crash", broken_dialog)
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: "could not show the crash dialog"
                    in log_file.read_text(encoding="utf-8"))

    assert calls == ["shown"]
    assert not handler.dialog_open
    log = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: the dialog itself failed" in log
    assert "ZeroDivisionError: first failure in a slot" in log
    assert "ZeroDivisionError" in capsys.readouterr().err  # printed the standard way too


def test_exception_in_another_thread_reaches_the_dialog(qtbot, handler, log_file) -> None:  # type: ignore[no-untyped-def]
    shown: list[int] = []

    def count_and_close(box: QMessageBox) -> None:
        shown.append(len(_visible_boxes()))
        box.button(QMessageBox.StandardButton.Close).click()

    with answering(qtbot, count_and_close):
        worker = threading.Thread(target=_boom, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown))
    assert shown == [1]
    log = log_file.read_text(encoding="utf-8")
    assert "Uncaught exception in thread worker" in log
    assert "ZeroDivisionError" in log


def test_uninstall_restores_the_previous_hooks(log_file) -> None:  # type: ignore[no-untyped-def]
    import sys

    before = sys.excepthook, threading.excepthook
    installed = install_crash_handler(logging.getLogger("x"))
    assert sys.excepthook is installed
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
