"""The Help menu: the user guide (Markdown from ``resources/help``, shown offline in a
``QTextBrowser``), the keyboard-shortcut sheet (made from the actions of the windows that
are open, so it never disagrees with them), Open data folder, Open log, About.

Files and folders open in the system's own viewer (``QDesktopServices``).

Only the menu is built at start: the Qt classes of the dialogs and of opening a file are
imported when first used (PySide6 makes every enum of a class it imports, a few ms before the
main window's first paint).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QVBoxLayout, QWidget

from ..paths import DataPaths
from ..resources import resource_path
from .i18n import layout_direction
from .screen_fit import fit_window

GUIDE = "user-guide"


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def guide_file(language: str) -> Path:
    """The user guide in ``language`` when there is one, else in English."""
    folder = resource_path("help")
    translated = folder / f"{GUIDE}.{language}.md"
    return translated if translated.is_file() else folder / f"{GUIDE}.md"


class TextDialog(QDialog):
    """A read-only page (Markdown or HTML) with a Close button."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

        self.browser = QTextBrowser(self)
        self.browser.setObjectName(f"{name}Browser")
        self.browser.setAccessibleName(title)
        self.browser.setOpenLinks(False)  # offline: nothing to follow
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_window(self, size=QSize(760, 640), parent=parent)


def guide_dialog(language: str, parent: QWidget | None = None) -> TextDialog:
    """The guide in ``language`` (English when there is none), laid out in the direction of
    the language it is written in: an Arabic guide reads right to left, paragraph by
    paragraph, whatever Latin words (shortcuts, codes) a paragraph starts with."""
    dialog = TextDialog(_tr("User guide"), "userGuideDialog", parent)
    path = guide_file(language)
    written_in = path.name.removeprefix(GUIDE).removesuffix(".md").strip(".") or "en"
    direction = layout_direction(written_in)
    dialog.browser.setLayoutDirection(direction)
    document = dialog.browser.document()
    option = document.defaultTextOption()
    option.setTextDirection(direction)
    document.setDefaultTextOption(option)
    dialog.browser.setMarkdown(path.read_text(encoding="utf-8"))
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        block_format.setLayoutDirection(direction)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(block_format)
        block = block.next()
    return dialog


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(windows: Iterable[QWidget]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(window or menu title, [(action, keys)]) for every action with a shortcut of
    ``windows``: the main window's by menu, the others' under their window title."""
    native = QKeySequence.SequenceFormat.NativeText
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()

    def rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
        found = []
        for action in actions:
            keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
            name = _plain(action.text()) or _plain(action.toolTip())
            if keys and name and id(action) not in seen:
                seen.add(id(action))
                found.append((name, ", ".join(keys)))
        return found

    for window in windows:
        bar = window.menuBar() if hasattr(window, "menuBar") else None
        menus = [a.menu() for a in bar.actions() if a.menu()] if bar is not None else []
        for menu in menus:
            found = rows(_menu_actions(menu))
            if found:
                groups.append((_plain(menu.title()), found))
        found = rows(window.findChildren(QAction))
        if found:
            title = window.windowTitle().replace("[*]", "")
            groups.append((title, found))
    return groups


def _menu_actions(menu: QMenu) -> list[QAction]:
    actions: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        actions += _menu_actions(sub) if isinstance(sub, QMenu) else [action]
    return actions


def shortcuts_dialog(windows: Iterable[QWidget], parent: QWidget | None = None) -> TextDialog:
    import html

    dialog = TextDialog(_tr("Keyboard shortcuts"), "shortcutsDialog", parent)
    intro = _tr("The shortcuts of the windows open now. Open a mission or an assessment to "
                "see theirs too.")
    parts = [f"<p>{html.escape(intro)}</p>"]
    for title, rows in shortcut_rows(windows):
        parts.append(f"<h3>{html.escape(title)}</h3><table cellpadding='3'>")
        parts += [f"<tr><td width='180'><b>{html.escape(keys)}</b></td>"
                  f"<td>{html.escape(name)}</td></tr>" for name, keys in rows]
        parts.append("</table>")
    dialog.browser.setHtml("".join(parts))
    return dialog


def open_folder(path: Path) -> bool:
    """Show ``path`` in the system's file manager."""
    path.mkdir(parents=True, exist_ok=True)
    return _open_url(path)


def open_file(path: Path) -> bool:
    """Open ``path`` in the system's viewer (its folder when the file is not there yet)."""
    return _open_url(path if path.is_file() else path.parent)


def _open_url(path: Path) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_windows_of_app() -> list[QWidget]:
    """The app's visible top-level windows (main window first), for the shortcut sheet."""
    windows = [w for w in QApplication.topLevelWidgets()
               if w.isVisible() and w.isWindow() and not isinstance(w, (QDialog, QMenu))]
    return sorted(windows, key=lambda w: w.objectName() != "mainWindow")


def build_help_menu(menu: QMenu, window: Any, data_paths: Callable[[], DataPaths | None],
                    language: Callable[[], str]) -> dict[str, QAction]:
    """Fill the Help menu of ``window`` (``data_paths``: the open data folder's, if any);
    returns its actions by name (About is the window's own and goes last)."""
    actions: dict[str, QAction] = {}

    def add(text: str, name: str, slot: Callable[[], Any], shortcut: str | None = None
            ) -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action
        return action

    def show(dialog: QDialog) -> None:
        window.help_dialog = dialog
        dialog.show()

    add(_tr("&User guide"), "actionUserGuide",
        lambda: show(guide_dialog(language(), window)), "F1")
    add(_tr("&Keyboard shortcuts"), "actionShortcuts",
        lambda: show(shortcuts_dialog(open_windows_of_app(), window)), "Ctrl+/")
    menu.addSeparator()

    def folder() -> None:
        paths = data_paths()
        if paths is not None:
            open_folder(paths.root)

    def log() -> None:
        paths = data_paths()
        if paths is not None:
            open_file(paths.log_file)

    add(_tr("Open &data folder"), "actionOpenDataFolder", folder)
    add(_tr("Open &log"), "actionOpenLog", log)
    menu.addSeparator()
    return actions
