"""Keeping the data safe from the app: the Backups dialog and its restore, Export everything,
and the offer to restore a backup when the database is found damaged at start.

A restore swaps the database file, so the store must be closed first: the open mission and
assessment windows must be closed by the person (they may hold unsaved changes), running
operations finish, the store is closed, the backup put in place (``services.backups``), and
the data folder opened again in the same window. Should the reopening fail, the person is
told to start the app again; the restored files are in place either way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain.errors import UserError
from ..services import backups
from ..services.backups import DatabaseDamagedError
from . import files, messages, operations
from .backups_dialog import reason_label
from .problem_texts import error_text, message_text

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataSafety", text)


def open_backups(window: Any) -> Any:
    """File ▸ Backups…: shows the dialog (non-blocking) and returns it."""
    from .backups_dialog import BackupsDialog

    if window.store is None:
        return None
    dialog = BackupsDialog(window.store, window)
    dialog.restore_requested.connect(
        lambda backup_id: restore_and_reopen(window, backup_id, dialog))
    dialog.show()
    return dialog


def restore_and_reopen(window: Any, backup_id: str, dialog: Any = None) -> bool:
    """Restore ``backup_id`` in place of the open store and show the restored data; see the
    module docstring. Returns True when the restored data is shown."""
    store = window.store
    if store is None:
        return False
    if window.open_windows():
        messages.show_error(
            window, _tr("Restore a backup"),
            _tr("Close the mission and assessment windows first."),
            informative=_tr("They may hold changes not saved yet; nothing was restored."))
        return False
    operations.wait_for_all(60)
    if window.change_poll is not None:
        window.change_poll.stop()
    paths, language, key = store.paths, store.language, store.data_key
    store.close()
    try:
        result = backups.restore(paths, backup_id, key=key)
    except UserError as exc:
        messages.show_error(window, _tr("Restore a backup"),
                            _tr("The backup could not be restored."), informative=error_text(exc))
        reopen(window, paths.root, language)
        return False
    if dialog is not None:
        dialog.close()
    if not reopen(window, paths.root, language):
        return False
    messages.show_info(
        window, _tr("Backup restored"),
        _tr("Your data is back as it was on {when}. What you had before is kept as the "
            "backup \u201c{kept}\u201d. Sync with HQ to get back the work you had already "
            "sent.").format(when=result.backup.when, kept=reason_label("before-restore")))
    return True


def reopen(window: Any, folder: Path, language: str, passphrase: str | None = None,
           title: str = "") -> bool:
    """Open ``folder`` again in ``window`` after its files were changed with the store
    closed (a restore, a conversion); False, the person told, when it cannot be opened."""
    from ..services.store import open_store

    try:
        store = open_store(folder, passphrase=passphrase)
    except Exception as exc:  # told, logged; the files are in place anyway
        log.exception("reopening %s failed", folder)
        messages.show_error(
            window, title or _tr("Restore a backup"),
            _tr("The data folder could not be opened again."),
            informative=_tr("{problem}\n\nClose Mercator Desktop and start it again.").format(
                problem=exc))
        window.store = None
        return False
    store.language = language
    window.load_store(store)
    return True


def export_everything(window: Any) -> None:
    """File ▸ Export everything…: every record, evidence file and report into a folder."""
    store = window.store
    if store is None:
        return
    from ..services.export_all import export_all

    def chosen(folder: Path) -> None:
        def work(_op: operations.Operation) -> Any:
            return export_all(store, folder)

        def done(result: Any) -> None:
            window.show_status(_tr("Everything exported to {folder}.").format(
                folder=str(folder)))
            messages.show_info(window, _tr("Export finished"),
                               message_text(result.describe()))

        operations.run(window, work, done, name="export-all",
                       error_title=_tr("The export could not be written"))

    files.choose_folder(window, _tr("Export everything into a new or empty folder"), chosen)


def offer_restore_of_damaged(parent: Any, error: DatabaseDamagedError,
                             on_done: Callable[[bool], None]) -> None:
    """At start: the database failed its check. Offer the newest good backup; the damaged
    file is kept (moved to ``set-aside``). ``on_done(True)`` once restored, else False."""
    newest = error.newest
    informative = _tr("The file was not opened, so nothing in it was changed. SQLite says: "
                      "{problem}").format(problem=error.problem)
    if newest is None:
        messages.show_error(
            parent, _tr("Your data is damaged"),
            _tr("The database of Mercator Desktop is damaged and there is no backup to "
                "restore."),
            informative=informative + "\n\n" + _tr("Keep the file {file} and ask for "
                                                  "help.").format(file=str(error.database)))
        on_done(False)
        return

    def answered(yes: bool) -> None:
        if not yes:
            on_done(False)
            return
        from ..paths import DataPaths

        try:
            backups.restore(DataPaths(error.database.parent), newest.id, damaged=True,
                            key=error.key)
        except UserError as exc:
            messages.show_error(parent, _tr("Your data is damaged"),
                                _tr("The backup could not be restored."),
                                informative=error_text(exc))
            on_done(False)
            return
        on_done(True)

    messages.question(
        parent, _tr("Your data is damaged"),
        _tr("The database of Mercator Desktop is damaged. Restore the newest good backup, "
            "made on {when}?").format(when=newest.when),
        answered, yes_text=_tr("&Restore the backup"), no_text=_tr("&Quit"), default=True,
        informative=informative + "\n\n" + _tr(
            "The damaged file is kept in the data folder's set-aside folder for inspection. "
            "Work you had sent to HQ after {when} comes back at the next sync.").format(
                when=newest.when))
