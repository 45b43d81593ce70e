"""The one place that asks for file names (like ``messages`` for message boxes).

The dialog is modal and ``on_chosen(path)`` runs once a file is chosen, before the call
returns (not on Cancel). The last folder used is remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

LAST_FOLDER_KEY = "files/last_folder"


def _dialog(parent: QWidget | None, title: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("mercatorFileDialog")
    dialog.setNameFilter(name_filter)
    folder = QSettings().value(LAST_FOLDER_KEY)
    if isinstance(folder, str) and Path(folder).is_dir():
        dialog.setDirectory(folder)
    return dialog


def _show(dialog: QFileDialog, on_chosen: Callable[[Path], None]) -> None:
    def finished(result: int) -> None:
        files = dialog.selectedFiles()
        if result == QDialog.DialogCode.Accepted and files:
            path = Path(files[0])
            QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))
            on_chosen(path)
        dialog.deleteLater()

    finished(dialog.exec())


def choose_open_file(parent: QWidget | None, title: str, name_filter: str,
                     on_chosen: Callable[[Path], None]) -> QFileDialog:
    dialog = _dialog(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _show(dialog, on_chosen)
    return dialog


def choose_save_file(parent: QWidget | None, title: str, name_filter: str, file_name: str,
                     suffix: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
    dialog = _dialog(parent, title, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(file_name)
    _show(dialog, on_chosen)
    return dialog


def choose_folder(parent: QWidget | None, title: str,
                  on_chosen: Callable[[Path], None]) -> QFileDialog:
    """A folder (an existing one, or one typed in the name field)."""
    dialog = _dialog(parent, title, "")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    _show(dialog, on_chosen)
    return dialog
