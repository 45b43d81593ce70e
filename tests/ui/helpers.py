"""Helpers for driving the UI like a person: type (any character), press keys, answer boxes,
open the main window on a store and wait for its list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mercator_desktop.ui import messages, operations
from mercator_desktop.ui.main_window import MainWindow


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII with keyClicks, anything else one key event per
    character (``qtbot.keyClicks`` takes ASCII only)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def replace_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Select everything in a text field and type ``text`` over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def open_main_window(qtbot: Any, store: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)  # for the shortcuts
    with qtbot.waitSignal(window.store_loaded, timeout=20_000):
        window.load_store(store)
    settle()
    return window


def activate(qtbot: Any, window: QWidget) -> None:
    """Make ``window`` the active window (shortcuts need it). ``qtbot.waitActive`` alone is
    not enough for a window with a parent: it shares the parent's activation."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def settle() -> None:
    """Let background operations finish and their callbacks run."""
    assert operations.wait_for_all()
    QApplication.processEvents()


def last_box() -> QMessageBox:
    box = messages.last_box()
    assert box is not None, "no message box was shown"
    return box


def answer(qtbot: Any, name: str) -> None:
    """Click a button of the most recent message box (``yesButton``, ``Save``, …)."""
    box = last_box()
    assert box.isVisible(), f"the box is closed: {box.text()}"
    qtbot.mouseClick(messages.button(box, name), Qt.MouseButton.LeftButton)


def choose(qtbot: Any, combo: Any, text: str) -> None:
    """Type into a searchable combo box and press Enter, as a person picks from its list."""
    edit = combo.lineEdit()
    replace_text(qtbot, edit, text)
    popup = combo.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
