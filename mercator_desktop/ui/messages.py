"""The one place that creates message boxes.

Every box is a real ``QMessageBox``. Two things make them testable:

- **Recent boxes.** Each box made here is remembered (``last_box()``, ``recent_boxes()``), so a
  test can find it, read its text and click its buttons — for a blocking box from a
  ``QTimer.singleShot`` started before the action that shows it.
- **Non-blocking mode.** When the environment variable ``MERCATOR_NONBLOCKING_DIALOGS`` is set
  (to anything but ``""``/``"0"``), boxes are shown with ``open()`` (window-modal, returns at
  once) instead of ``exec()``. ``ask`` then returns its ``default`` answer without waiting.
  The UI tests and the app's smoke runs in a subprocess set it, so nothing ever waits for a
  person who is not there. Code that must act after a box closes uses ``on_closed``.

Texts are shown as plain text unless ``rich_text=True`` (error messages may hold ``<``).
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QInputDialog, QMessageBox, QWidget

NONBLOCKING_ENV = "MERCATOR_NONBLOCKING_DIALOGS"

_recent: deque[QMessageBox] = deque(maxlen=20)


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def nonblocking() -> bool:
    return os.environ.get(NONBLOCKING_ENV, "") not in ("", "0")


def last_box() -> QMessageBox | None:
    """The most recent box made here (it may be closed already)."""
    return _recent[-1] if _recent else None


def recent_boxes() -> list[QMessageBox]:
    """Boxes made here, oldest first (at most the last 20)."""
    return list(_recent)


def forget_boxes() -> None:
    """Drop the references to recent boxes (tests call it between tests)."""
    _recent.clear()


def _make(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    *,
    rich_text: bool = False,
    informative: str | None = None,
    details: str | None = None,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    if informative:
        box.setInformativeText(informative)
    box.setObjectName("mercatorMessageBox")
    box.setTextFormat(Qt.TextFormat.RichText if rich_text else Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                if rich_text else Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    _recent.append(box)
    return box


def _run(box: QMessageBox, on_closed: Callable[[int], None] | None) -> int | None:
    """Show ``box``; returns the result when blocking, None when non-blocking."""
    if nonblocking():
        if on_closed is not None:
            box.finished.connect(on_closed)
        box.open()
        return None
    result = box.exec()
    if on_closed is not None:
        on_closed(result)
    return result


def show_error(
    parent: QWidget | None, title: str, text: str, *, informative: str | None = None,
    details: str | None = None, on_closed: Callable[[int], None] | None = None,
) -> QMessageBox:
    """A problem the person can fix: ``text`` says what happened in one sentence,
    ``informative`` why and what to do; ``details`` go under "Show Details…"."""
    box = _make(parent, QMessageBox.Icon.Critical, title, text,
                QMessageBox.StandardButton.Close, informative=informative, details=details)
    _run(box, on_closed)
    return box


def show_info(
    parent: QWidget | None, title: str, text: str, *, rich_text: bool = False,
    on_closed: Callable[[int], None] | None = None,
) -> QMessageBox:
    box = _make(parent, QMessageBox.Icon.Information, title, text,
                QMessageBox.StandardButton.Ok, rich_text=rich_text)
    _run(box, on_closed)
    return box


def show_notice(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Something the person should know that needs no answer: a box that does not block
    the window behind it (in either mode), closed with OK."""
    box = _make(parent, QMessageBox.Icon.Information, title, text,
                QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def ask(parent: QWidget | None, title: str, text: str, *, default: bool = False) -> bool:
    """A yes/no question; True for Yes. Non-blocking mode answers ``default`` at once."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = _make(parent, QMessageBox.Icon.Question, title, text, buttons)
    box.setDefaultButton(
        QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No
    )
    result = _run(box, None)
    if result is None:
        return default
    return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes


def show_crash(
    parent: QWidget | None, title: str, text: str, informative: str, details: str,
    on_closed: Callable[[int], None] | None = None,
) -> QMessageBox:
    """The crash dialog: plain words, the traceback under "Show Details…", and a "Copy details"
    button that puts the details on the clipboard and leaves the box open."""
    box = _make(parent, QMessageBox.Icon.Critical, title, text,
                QMessageBox.StandardButton.Close, informative=informative, details=details)
    copy = box.addButton(_tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyDetailsButton")
    # A QMessageBox closes on any button; cut that connection so copying keeps it open
    # (should that ever fail, copying also closes the box — still fine).
    with contextlib.suppress(RuntimeError, TypeError):
        copy.clicked.disconnect()

    def copy_details() -> None:
        QGuiApplication.clipboard().setText(f"{text}\n{informative}\n\n{details}")
        copy.setText(_tr("Copied"))

    copy.clicked.connect(copy_details)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    _run(box, on_closed)
    return box


def question(
    parent: QWidget | None, title: str, text: str, on_answer: Callable[[bool], None], *,
    yes_text: str | None = None, no_text: str | None = None, default: bool = False,
    informative: str | None = None, details: str | None = None,
) -> QMessageBox:
    """A yes/no question whose answer goes to ``on_answer(True/False)``. Unlike ``ask`` it
    also works in non-blocking mode: the box stays open until a button is clicked (a test
    clicks it like a person), then ``on_answer`` runs. Escape answers No."""
    box = _make(parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                informative=informative, details=details)
    yes = box.addButton(yes_text or _tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text or _tr("No"), QMessageBox.ButtonRole.NoRole)
    yes.setObjectName("yesButton")
    no.setObjectName("noButton")
    box.setDefaultButton(yes if default else no)
    box.setEscapeButton(no)

    def closed(_result: int) -> None:
        on_answer(box.clickedButton() is yes)

    _run(box, closed)
    return box


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(
    parent: QWidget | None, title: str, text: str, on_answer: Callable[[str], None],
) -> QMessageBox:
    """Save / Discard / Cancel for unsaved changes; ``on_answer`` gets ``SAVE``, ``DISCARD``
    or ``CANCEL`` (also for Escape). Works in blocking and non-blocking mode."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = _make(parent, QMessageBox.Icon.Warning, title, text, buttons)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def closed(_result: int) -> None:
        clicked = box.clickedButton()
        button = box.standardButton(clicked) if clicked is not None else None
        answers = {QMessageBox.StandardButton.Save: SAVE,
                   QMessageBox.StandardButton.Discard: DISCARD}
        on_answer(answers.get(button, CANCEL) if button is not None else CANCEL)

    _run(box, closed)
    return box


def button(box: QMessageBox, name: str) -> QAbstractButton:
    """A box's button by object name (``yesButton``/``noButton``) or standard-button text
    (``Save``, ``Discard``, ``Cancel``, ``OK`` …) — for tests that click like a person."""
    for candidate in box.buttons():
        if candidate.objectName() == name:
            return candidate
    for candidate in box.buttons():
        if candidate.text().replace("&", "") == name:
            return candidate
    raise LookupError(f"no button {name!r} in {[b.text() for b in box.buttons()]}")


def ask_text(
    parent: QWidget | None, title: str, label: str, on_text: Callable[[str], None],
    *, text: str = "",
) -> QInputDialog:
    """Ask for one line of text; ``on_text(text)`` runs when OK is clicked (not on Cancel).
    Non-blocking mode opens the dialog without waiting (a test types and accepts it)."""
    global _last_input
    dialog = QInputDialog(parent)
    dialog.setObjectName("mercatorInputDialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    _last_input = dialog

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            on_text(dialog.textValue())
        dialog.deleteLater()

    if nonblocking():
        dialog.finished.connect(finished)
        dialog.open()
    else:
        finished(dialog.exec())
    return dialog


_last_input: QInputDialog | None = None


def last_input_dialog() -> QInputDialog | None:
    return _last_input
