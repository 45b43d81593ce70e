"""The mission editor's one history for every field and section: each change is a step
holding the whole state before and after (typing in one field merges into one step), and
Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y are kept away from the text fields' own undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand


class StateCommand(QUndoCommand):
    """One step: ``apply(state, key)`` puts a state back on screen."""

    def __init__(self, apply: Callable[[dict[str, Any], str], None], before: dict[str, Any],
                 after: dict[str, Any], key: str, text: str, merges: bool) -> None:
        super().__init__(text)
        self.apply = apply
        self.before = before
        self.after = after
        self.key = key
        self.merges = merges
        self._first = True

    def id(self) -> int:
        return (hash(self.key) & 0x7FFFFFFF) if self.merges else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, StateCommand) and other.key == self.key:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        if self._first:  # the change is already on screen
            self._first = False
            return
        self.apply(self.after, self.key)

    def undo(self) -> None:
        self.apply(self.before, self.key)


class UndoKeys(QObject):
    """Keeps Ctrl+Z/Ctrl+Shift+Z/Ctrl+Y away from a text field's own undo, so the editor's
    shortcuts (one history for every field) get them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                isinstance(event, QKeyEvent) and is_undo_key(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.ignore()  # not overridden: the window's shortcut fires
            return True
        return False


def is_undo_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or \
            event.matches(QKeySequence.StandardKey.Redo):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift_ctrl = ctrl | Qt.KeyboardModifier.ShiftModifier
    return (event.key() == Qt.Key.Key_Z and mods in (ctrl, shift_ctrl)) or \
        (event.key() == Qt.Key.Key_Y and mods == ctrl)
