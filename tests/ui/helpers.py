"""Helpers for driving the UI like a person: type (any character), press keys, answer the
real modal boxes and dialogs, open the main window on a store and wait for its list.

Boxes block (``QMessageBox.exec()``) as they do for a person, so a test says how it will
answer them BEFORE the action that shows them::

    with answering(qtbot, "Discard") as boxes:
        editor.close()
    assert boxes.shown[0].title == "Unsaved changes"

A timer finds ``QApplication.activeModalWidget()`` and answers each box or dialog as it
appears, in order: a button's name (``Save``, ``yesButton`` …) clicks it; a function gets the
dialog (``pick_file(path)``, ``enter_text(text)``). ``watch_modals`` (an autouse fixture of the
UI test folders) closes any box nobody expected and fails the test with its text, so a test
never hangs on a box.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from mercator_desktop.ui import messages, operations
from mercator_desktop.ui.main_window import MainWindow
from mercator_desktop.ui.protection_dialogs import SetPassphraseDialog, UnlockDialog


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


# --- modal boxes and dialogs ------------------------------------------------------------

MODAL_KINDS = (QMessageBox, QInputDialog, QFileDialog, SetPassphraseDialog, UnlockDialog)
Answer = str | Callable[[Any], None]


@dataclass
class Shown:
    """What a modal box or dialog showed."""

    title: str
    text: str
    informative: str = ""
    buttons: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, widget: QWidget) -> Shown:
        if isinstance(widget, QMessageBox):
            return cls(widget.windowTitle(), widget.text(), widget.informativeText(),
                       [b.text() for b in widget.buttons()])
        if isinstance(widget, QInputDialog):
            return cls(widget.windowTitle(), widget.labelText())
        return cls(widget.windowTitle(), "")


class ModalAnswers:
    """Answers the modal boxes and dialogs that open, in order, from a timer (the boxes'
    own event loops run it). ``shown``: what each showed; ``unexpected``: boxes that came
    when no answer was left (closed with Escape's answer)."""

    def __init__(self, answers: tuple[Answer, ...] = (), *, guard: bool = False) -> None:
        self.guard = guard
        self.pending: list[Answer] = list(answers)
        self.shown: list[Shown] = []
        self.unexpected: list[Shown] = []
        self.errors: list[str] = []
        self._handled: list[QWidget] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if ((self.guard and _answering) or not isinstance(widget, MODAL_KINDS)
                or not widget.isVisible() or any(widget is done for done in self._handled)):
            return
        self._handled.append(widget)
        shown = Shown.of(widget)
        if not self.pending:
            self.unexpected.append(shown)
            widget.reject()
            return
        self.shown.append(shown)
        answer = self.pending.pop(0)
        try:
            if callable(answer):
                answer(widget)
            else:
                assert isinstance(widget, QMessageBox), f"{shown.title!r} is not a box"
                messages.button(widget, answer).click()
        except (AssertionError, LookupError) as exc:
            self.errors.append(f"{shown.title!r}: {exc}")
            widget.reject()

    def describe(self) -> str:
        return "; ".join(f"{s.title!r}: {s.text!r} {s.informative!r}"
                         for s in self.unexpected) + "; ".join(self.errors)


_answering: list[ModalAnswers] = []


@contextmanager
def answering(qtbot: Any, *answers: Answer, timeout: int = 20_000) -> Iterator[ModalAnswers]:
    """Answer the boxes the block shows, in order (see the module docstring). On leaving,
    waits until every answer was used (a box may come after background work)."""
    answers_ = ModalAnswers(answers)
    _answering.append(answers_)
    answers_.timer.start()
    try:
        yield answers_
        qtbot.waitUntil(lambda: not answers_.pending or bool(answers_.errors), timeout=timeout)
    finally:
        answers_.timer.stop()
        _answering.remove(answers_)
    assert not answers_.errors and not answers_.unexpected, answers_.describe()


def watch_modals() -> Iterator[None]:
    """For an autouse fixture: a box that comes while no ``answering`` block waits for it is
    closed, and the test fails naming it."""
    guard = ModalAnswers(guard=True)
    guard.timer.start()
    messages.forget_boxes()
    yield
    guard.timer.stop()
    messages.forget_boxes()
    assert not guard.unexpected, "a box nobody answered: " + guard.describe()


def pick_file(path: Path) -> Callable[[QFileDialog], None]:
    """An answer for a file dialog: type ``path`` in its file name field and press Open (or
    Save), like a person. Not ``selectFile``: it leaves the field alone while the field has
    the keyboard focus, which it has once the dialog is active — so whether the file was
    chosen would depend on when the window system activated the dialog."""
    def pick(dialog: QFileDialog) -> None:
        assert isinstance(dialog, QFileDialog), dialog
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None, "the file dialog has no file name field"
        name.setText(str(path))
        chosen = [Path(f) for f in dialog.selectedFiles()]
        assert chosen == [path], f"the dialog would open {chosen}, not {path}"
        dialog.accept()  # checks the name as the Open button does
        assert dialog.result() == QDialog.DialogCode.Accepted, f"{path} was not accepted"
    return pick


def enter_text(text: str) -> Callable[[QInputDialog], None]:
    """An answer for a one-line input dialog: type ``text`` and press OK."""
    def enter(dialog: QInputDialog) -> None:
        assert isinstance(dialog, QInputDialog), dialog
        dialog.setTextValue(text)
        dialog.accept()
    return enter


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
