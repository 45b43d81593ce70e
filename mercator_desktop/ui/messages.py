"""The one place that creates message boxes.

Every box is a real, application-modal ``QMessageBox`` shown with ``exec()``: the call
returns once the person has answered, and the answer is returned (or handed to
``on_closed``/``on_answer``, which run before the call returns). A test answers a box as a
person does, from a timer that finds ``QApplication.activeModalWidget()`` and clicks one of
its buttons (``button()`` finds one by name). Each box made here is also remembered
(``last_box()``, ``recent_boxes()``) so that what was shown can be read afterwards.

Buttons carry mnemonics (Alt+S saves, Alt+D discards).

Texts are shown as plain text unless ``rich_text=True`` (error messages may hold ``<``).
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QInputDialog, QMessageBox, QWidget

_recent: deque[QMessageBox] = deque(maxlen=20)


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


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


def _run(box: QMessageBox, on_closed: Callable[[int], None] | None) -> int:
    """Show ``box`` until it is answered; ``on_closed(result)`` runs before returning."""
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
    informative: str | None = None, on_closed: Callable[[int], None] | None = None,
) -> QMessageBox:
    box = _make(parent, QMessageBox.Icon.Information, title, text,
                QMessageBox.StandardButton.Ok, rich_text=rich_text, informative=informative)
    _run(box, on_closed)
    return box


def show_notice(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Something the person should know that needs no answer: a box that does not block
    the window behind it, closed with OK."""
    box = _make(parent, QMessageBox.Icon.Information, title, text,
                QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def ask(parent: QWidget | None, title: str, text: str, *, default: bool = False) -> bool:
    """A yes/no question; True for Yes. ``default`` is the button Enter presses."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = _make(parent, QMessageBox.Icon.Question, title, text, buttons)
    box.setDefaultButton(
        QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No
    )
    _mnemonics(box)
    _run(box, None)
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
    """A yes/no question whose answer goes to ``on_answer(True/False)`` (before the call
    returns), with buttons named by what they do. Escape answers No."""
    box = _make(parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                informative=informative, details=details)
    yes = box.addButton(yes_text or _tr("&Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text or _tr("&No"), QMessageBox.ButtonRole.NoRole)
    yes.setObjectName("yesButton")
    no.setObjectName("noButton")
    box.setDefaultButton(yes if default else no)
    box.setEscapeButton(no)

    def closed(_result: int) -> None:
        on_answer(box.clickedButton() is yes)

    _run(box, closed)
    return box


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget | None, title: str, text: str, *,
                save_text: str | None = None, discard_text: str | None = None,
                informative: str | None = None) -> str:
    """Save / Discard / Cancel for unsaved changes: ``SAVE``, ``DISCARD`` or ``CANCEL`` (also
    for Escape). ``save_text``/``discard_text`` rename the first two (e.g. "Save all")."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = _make(parent, QMessageBox.Icon.Warning, title, text, buttons, informative=informative)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    _mnemonics(box)
    if save_text:
        box.button(QMessageBox.StandardButton.Save).setText(save_text)
    if discard_text:
        box.button(QMessageBox.StandardButton.Discard).setText(discard_text)
    _run(box, None)
    clicked = box.clickedButton()
    button = box.standardButton(clicked) if clicked is not None else None
    answers = {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}
    return answers.get(button, CANCEL) if button is not None else CANCEL


def _mnemonics(box: QMessageBox) -> None:
    """Standard buttons with an underlined letter (Qt gives them none on some platforms)."""
    texts = {QMessageBox.StandardButton.Save: _tr("&Save"),
             QMessageBox.StandardButton.Discard: _tr("&Discard"),
             QMessageBox.StandardButton.Cancel: _tr("&Cancel"),
             QMessageBox.StandardButton.Yes: _tr("&Yes"),
             QMessageBox.StandardButton.No: _tr("&No")}
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)


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
    """Ask for one line of text; ``on_text(text)`` runs when OK is clicked (not on Cancel),
    before the call returns."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("mercatorInputDialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            on_text(dialog.textValue())
        dialog.deleteLater()

    finished(dialog.exec())
    return dialog
