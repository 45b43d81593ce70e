"""The two dialogs of an encrypted data folder (``services.protection``):

- ``SetPassphraseDialog``: the recovery passphrase that wraps the data key, typed twice, with
  a strength hint — on first run (``FIRST_RUN``: without it the app does not create the
  folder), to protect the plain folder that is open (``CONVERT``), or to change it
  (``CHANGE``: the current passphrase is asked too, or the key this computer's keyring holds
  proves the right; ``attempt(current, new)`` makes the change, a wrong current passphrase
  is refused inline and changes nothing).
- ``UnlockDialog``: at start, when this computer's keyring does not hold the folder's key
  (a new laptop, a reset keyring, a keyring holding another key): the passphrase is tried,
  a wrong one is refused inline and the dialog stays open; nothing is changed.

Both try a passphrase (``attempt``) on a worker thread, as scrypt takes a second or two on
purpose: the dialog says so and takes no other input meanwhile (``_TriedOnWorker``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services import protection
from . import operations
from .problem_texts import error_text
from .widgets import ErrorLabel


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


def _error_label() -> QLabel:
    label = ErrorLabel()  # the error colour readable on the palette, light or dark
    label.setObjectName("errorLabel")
    return label


class _TriedOnWorker(QDialog):
    """A dialog whose passphrase is tried on a worker thread (scrypt takes a second or two
    on purpose): meanwhile it says so, takes no other input and cannot be closed, and the
    windows behind it keep painting."""

    def _make_checking_label(self) -> QLabel:
        self.checking = False
        # One context for both dialogs (``self.tr`` would take each subclass's name).
        self.checking_label = QLabel(QCoreApplication.translate("PassphraseCheck",
                                                                "Checking the passphrase…"))
        self.checking_label.setObjectName("checkingLabel")
        self.checking_label.hide()
        return self.checking_label

    def _inputs(self) -> list[QWidget]:
        raise NotImplementedError

    def _try_on_worker(self, work: Callable[[], object], on_done: Callable[[object], None],
                       on_refused: Callable[[BaseException], None]) -> None:
        if self.checking:
            return
        self._set_checking(True)

        def done(result: object) -> None:
            self._set_checking(False)
            on_done(result)

        def refused(error: BaseException) -> None:
            self._set_checking(False)
            on_refused(error)

        operations.run(self, lambda _op: work(), done, refused, name="passphrase")

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        for widget in self._inputs():
            widget.setEnabled(not checking)
        self.checking_label.setVisible(checking)
        if checking:
            self.error_label.hide()
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()
        self.adjustSize()

    def reject(self) -> None:
        if not self.checking:  # Escape or the window's close while the passphrase is tried
            super().reject()

    def _show(self, problem: str) -> None:
        self.error_label.setText(problem)
        self.error_label.show()
        self.adjustSize()

    def _show_other_refusal(self, error: BaseException) -> None:
        """A refusal other than a wrong passphrase: its message, or the crash report."""
        if isinstance(error, UserError):
            self._show(error_text(error))
        else:
            operations.report_failure(self, error)


class SetPassphraseDialog(_TriedOnWorker):
    """``passphrase`` holds the accepted passphrase."""

    FIRST_RUN, CONVERT, CHANGE = "first-run", "convert", "change"

    def __init__(self, parent: QWidget | None = None, purpose: str = FIRST_RUN, *,
                 keyring_holds_key: bool = False,
                 attempt: Callable[[str | None, str], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setPassphraseDialog")
        self.purpose = purpose
        self.attempt = attempt
        self.keyring_holds_key = keyring_holds_key
        self.passphrase = ""
        intro = QLabel(self._intro())
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        self.current_edit = _password_field("currentEdit")
        self.passphrase_edit = _password_field("passphraseEdit")
        self.confirm_edit = _password_field("confirmEdit")
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthLabel")
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        form = QFormLayout()
        if purpose == self.CHANGE:
            form.addRow(self.tr("Current passphrase:"), self.current_edit)
            if keyring_holds_key:
                hint = QLabel(self.tr("Forgotten? Leave it empty: this computer's keyring "
                                      "holds the key, which proves the data is yours."))
                hint.setObjectName("currentHintLabel")
                hint.setWordWrap(True)
                form.addRow("", hint)
            label = self.tr("New recovery passphrase:")
        else:
            self.current_edit.hide()
            label = self.tr("Recovery passphrase:")
        form.addRow(label, self.passphrase_edit)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("Type it again:"), self.confirm_edit)
        self.error_label = _error_label()
        checking_label = self._make_checking_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        if purpose == self.FIRST_RUN:
            self.setWindowTitle(self.tr("Protect your data"))
            self.ok_button.setText(self.tr("Protect my data"))
            self.cancel_button.setText(self.tr("Quit"))
        elif purpose == self.CONVERT:
            self.setWindowTitle(self.tr("Protect this data folder"))
            self.ok_button.setText(self.tr("Protect this folder"))
            self.cancel_button.setText(self.tr("Cancel"))
        else:
            self.setWindowTitle(self.tr("Change the recovery passphrase"))
            self.ok_button.setText(self.tr("Change the passphrase"))
            self.cancel_button.setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(checking_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._on_passphrase_edit_text_changed("")

    def _intro(self) -> str:
        if self.purpose == self.CONVERT:
            return self.tr(
                "This data folder is not encrypted: anyone who gets hold of this laptop can "
                "read your missions, answers, findings and evidence files. Mercator Desktop "
                "can encrypt it now, with its backups.\n\n"
                "Choose a recovery passphrase. You do not need it every day: this computer "
                "keeps the key in its keyring. You need it to open your data on a new laptop "
                "or after the keyring was reset. Write it down and keep it somewhere safe.\n\n"
                "Open mission and assessment windows are saved and closed first. A large "
                "folder takes a few minutes; the encryption cannot be cancelled once started.")
        if self.purpose == self.CHANGE:
            return self.tr(
                "The new recovery passphrase replaces the old one, which no longer opens "
                "this data folder afterwards. Your data is not encrypted again: only the "
                "small recovery file changes, so this takes a moment.")
        return self.tr(
            "Mercator Desktop encrypts your missions, answers, findings and evidence files on "
            "this computer, so that a lost or stolen laptop does not give them away.\n\n"
            "Choose a recovery passphrase. You do not need it every day: this computer keeps "
            "the key in its keyring. You need it to open your data on a new laptop or after "
            "the keyring was reset. Write it down and keep it somewhere safe: without it, "
            "nobody — not even WCO — can open your data elsewhere.")

    def _on_passphrase_edit_text_changed(self, text: str) -> None:
        words = {"weak": self.tr("Strength: weak — use at least {n} characters"),
                 "fair": self.tr("Strength: fair — a few more words make it stronger"),
                 "strong": self.tr("Strength: strong")}
        self.strength_label.setText(
            words[protection.strength_hint(text)].format(n=protection.MIN_PASSPHRASE))

    def _on_ok(self) -> None:
        text, again = self.passphrase_edit.text(), self.confirm_edit.text()
        current = self.current_edit.text()
        problem: str | None
        if self.purpose == self.CHANGE and not current and not self.keyring_holds_key:
            problem = self.tr("Enter the current recovery passphrase.")
        elif len(text) < protection.MIN_PASSPHRASE:
            problem = self.tr("The recovery passphrase needs at least {n} characters; a few "
                              "words you will remember make a good one.").format(
                                  n=protection.MIN_PASSPHRASE)
        elif text != again:
            problem = self.tr("The two passphrases are not the same: type it again.")
        elif self.attempt is None:
            self.passphrase = text
            self.accept()
            return
        else:
            attempt = self.attempt
            self._try_on_worker(lambda: attempt(current or None, text),
                                lambda _result: self._changed(text), self._refused)
            return
        self._show(problem)

    def _inputs(self) -> list[QWidget]:
        return [self.current_edit, self.passphrase_edit, self.confirm_edit, self.ok_button,
                self.cancel_button]

    def _changed(self, text: str) -> None:
        self.passphrase = text
        self.accept()

    def _refused(self, error: BaseException) -> None:
        """What went wrong with ``attempt`` (the change), in the interface's language."""
        if isinstance(error, protection.WrongPassphraseError):
            self.current_edit.selectAll()
            self.current_edit.setFocus()
            self._show(self.tr("That is not the current recovery passphrase of this data "
                               "folder. Nothing was changed; check the spelling and the "
                               "keyboard layout, then try again."))
        elif isinstance(error, protection.CurrentPassphraseNeededError):
            self._show(self.tr("Enter the current recovery passphrase."))
        else:
            self._show_other_refusal(error)


class UnlockDialog(_TriedOnWorker):
    """``attempt(passphrase)`` opens the data (raising ``UserError`` when it cannot);
    ``opened`` holds what it returned once the dialog is accepted."""

    def __init__(self, reason: str, attempt: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock your data"))
        self.attempt = attempt
        self.opened: object | None = None
        self.reason_label = QLabel(reason)
        self.reason_label.setObjectName("reasonLabel")
        self.reason_label.setWordWrap(True)
        self.passphrase_edit = _password_field("passphraseEdit")
        form = QFormLayout()
        form.addRow(self.tr("Recovery passphrase:"), self.passphrase_edit)
        self.error_label = _error_label()
        self._make_checking_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        self.ok_button.setObjectName("okButton")
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Quit"))
        self.cancel_button.setObjectName("cancelButton")
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.checking_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _on_ok(self) -> None:
        text = self.passphrase_edit.text()
        if not text:
            self._show(self.tr("Enter the recovery passphrase."))
            return
        self._try_on_worker(lambda: self.attempt(text), self._on_opened, self._on_refused)

    def _inputs(self) -> list[QWidget]:
        return [self.passphrase_edit, self.ok_button, self.cancel_button]

    def _on_opened(self, opened: object) -> None:
        self.opened = opened
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self.passphrase_edit.setFocus()
        if isinstance(error, protection.WrongPassphraseError):
            self._show(self.tr("That recovery passphrase is not the one of this data folder. "
                               "Nothing was changed; check the spelling and the keyboard "
                               "layout, then try again."))
            self.passphrase_edit.selectAll()
        else:
            self._show_other_refusal(error)
