"""Protecting the open data folder from the app, and changing its recovery passphrase
(``services.protection``).

Protect (the bar of ``ui.protect_notice``, or File ▸ Protect this data folder…): the
recovery passphrase is chosen in ``SetPassphraseDialog`` (typed twice, with its strength
hint); the open mission and assessment windows are saved and closed, running work
finishes, the store is closed, and the folder is converted on a worker thread behind a
progress dialog that cannot be cancelled (the conversion is safe to stop by a crash or a
power cut: the next opening finishes it, but it is not a step to abandon half-way). Then
the folder is opened again, encrypted, in the same window. Should the conversion fail, the
folder is opened again as it was: the conversion only swaps a file in once its encrypted
copy is verified.

Change the recovery passphrase (File ▸ Change recovery passphrase…): the current passphrase,
or the key this computer's keyring holds, proves the right; only the recovery file is
written again.

"Not now" on the bar is kept in the folder's own settings (``DISMISSED_SETTING``), so each
data folder is asked once.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog

from ..domain.errors import UserError
from ..services import protection
from . import messages, operations
from .protection_dialogs import SetPassphraseDialog

log = logging.getLogger(__name__)

DISMISSED_SETTING = "protection.notice_dismissed"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProtectFolder", text)


def update_for_store(window: Any) -> None:
    """Show the bar and enable the File menu's entries for the store now open."""
    store = window.store
    plain = store is not None and store.data_key is None
    window.action_protect.setEnabled(plain)
    window.action_change_passphrase.setEnabled(store is not None and not plain)
    window.protect_notice.setVisible(plain and store.get_setting(DISMISSED_SETTING) is None)


def dismiss_notice(window: Any) -> None:
    """"Not now": the bar goes, and stays away for this folder (File ▸ Protect this data
    folder… is still there)."""
    window.protect_notice.hide()
    if window.store is not None:
        window.store.set_setting(DISMISSED_SETTING, "1")
        window.show_status(_tr("You can protect this folder later from the File menu."))


def protect_open_folder(window: Any) -> operations.Operation | None:
    """See the module docstring; returns the conversion's operation once it is started."""
    store = window.store
    if store is None or store.data_key is not None:
        return None
    dialog = SetPassphraseDialog(window, SetPassphraseDialog.CONVERT)
    if dialog.exec() != SetPassphraseDialog.DialogCode.Accepted:
        return None
    passphrase = dialog.passphrase
    if not _save_and_close_windows(window):
        return None
    operations.wait_for_all(60)
    if window.change_poll is not None:
        window.change_poll.stop()
    paths, language = store.paths, store.language
    store.close()
    window.protect_notice.hide()
    progress = _progress_dialog(window)

    def work(operation: operations.Operation) -> bytes:
        return protection.protect(paths, passphrase, progress=operation.report)

    def moved(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def finished(_key: object) -> None:
        progress.close()
        from .data_safety import reopen

        if not reopen(window, paths.root, language, passphrase, _tr("Protect this data folder")):
            return
        window.show_status(_tr("This data folder is encrypted now."))
        messages.show_info(
            window, _tr("Your data is protected"),
            _tr("This data folder is encrypted now, with its backups and evidence files."),
            informative=_tr("Keep the recovery passphrase somewhere safe: without it, this "
                            "folder cannot be opened on another computer."))

    def failed(error: BaseException) -> None:
        progress.close()
        log.warning("the conversion of %s to encrypted storage failed: %s", paths.root,
                    type(error).__name__)
        from .data_safety import reopen

        reopen(window, paths.root, language, passphrase, _tr("Protect this data folder"))
        messages.show_error(
            window, _tr("Protect this data folder"),
            _tr("The data folder could not be encrypted; it was opened again as it was."),
            informative=str(error) if isinstance(error, UserError) else _tr(
                "The details were written to the log file."))
        if not isinstance(error, UserError):
            log.error("conversion failure", exc_info=error)

    operation = operations.run(window, work, finished, failed, name="protect-folder")
    operation.progressed.connect(moved)
    return operation


def _save_and_close_windows(window: Any) -> bool:
    """Save every open mission and assessment window, then close them; False (and nothing
    closed) when a save is refused — its problems are shown in its window."""
    from .widgets import bring_to_front

    windows = window.open_windows()
    for other in windows:
        if other.unsaved_name() is not None and not other.save_unsaved():
            bring_to_front(other)
            messages.show_error(
                window, _tr("Protect this data folder"),
                _tr("A window has changes that cannot be saved yet."),
                informative=_tr("Correct them, or close the window, then protect the folder "
                                "again. Nothing was changed."))
            return False
    for other in windows:
        other.close_discarding()
    return True


def _progress_dialog(window: Any) -> QProgressDialog:
    progress = QProgressDialog(window)
    progress.setObjectName("protectProgress")
    progress.setWindowTitle(_tr("Protect this data folder"))
    label = QLabel(_tr(
        "Encrypting your data… A large folder takes a few minutes.\n"
        "This cannot be cancelled. Should the computer stop meanwhile, nothing is lost: the "
        "next start finishes the work."), progress)
    label.setWordWrap(True)
    progress.setLabel(label)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setRange(0, 0)
    progress.setMinimumWidth(460)
    progress.resize(480, progress.sizeHint().height())
    progress.show()
    return progress


def change_recovery_passphrase(window: Any) -> bool:
    """File ▸ Change recovery passphrase…; True once it was changed."""
    store = window.store
    if store is None or store.data_key is None:
        return False
    paths = store.paths
    dialog = SetPassphraseDialog(
        window, SetPassphraseDialog.CHANGE,
        keyring_holds_key=protection.key_remembered(paths),
        attempt=lambda current, new: protection.replace_passphrase(paths, current, new))
    if dialog.exec() != SetPassphraseDialog.DialogCode.Accepted:
        return False
    window.show_status(_tr("The recovery passphrase was changed."))
    messages.show_info(
        window, _tr("Recovery passphrase changed"),
        _tr("The new recovery passphrase opens this data folder from now on; the old one "
            "no longer does."),
        informative=_tr("Keep the new passphrase somewhere safe."))
    return True
