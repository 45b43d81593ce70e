"""The two dialogs of an encrypted data folder (``services.protection``):

- ``SetPassphraseDialog``: on first run, the recovery passphrase that wraps the data key,
  typed twice, with a strength hint. Without it the app does not create the folder.
- ``UnlockDialog``: at start, when this computer's keyring does not hold the folder's key
  (a new laptop, a reset keyring, a keyring holding another key): the passphrase is tried,
  a wrong one is refused inline and the dialog stays open; nothing is changed.
"""

from __future__ import annotations

from collections.abc import Callable

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
from .problem_texts import error_text

ERROR_STYLE = "color: #b00020;"


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class SetPassphraseDialog(QDialog):
    """``passphrase`` holds the accepted passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setPassphraseDialog")
        self.setWindowTitle(self.tr("Protect your data"))
        self.passphrase = ""
        intro = QLabel(self.tr(
            "Mercator Desktop encrypts your missions, answers, findings and evidence files on "
            "this computer, so that a lost or stolen laptop does not give them away.\n\n"
            "Choose a recovery passphrase. You do not need it every day: this computer keeps "
            "the key in its keyring. You need it to open your data on a new laptop or after "
            "the keyring was reset. Write it down and keep it somewhere safe: without it, "
            "nobody — not even WCO — can open your data elsewhere."))
        intro.setWordWrap(True)
        self.passphrase_edit = _password_field("passphraseEdit")
        self.confirm_edit = _password_field("confirmEdit")
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthLabel")
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        form = QFormLayout()
        form.addRow(self.tr("Recovery passphrase:"), self.passphrase_edit)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("Type it again:"), self.confirm_edit)
        self.error_label = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Protect my data"))
        self.ok_button.setObjectName("okButton")
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Quit"))
        self.cancel_button.setObjectName("cancelButton")
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._on_passphrase_edit_text_changed("")

    def _on_passphrase_edit_text_changed(self, text: str) -> None:
        words = {"weak": self.tr("Strength: weak — use at least {n} characters"),
                 "fair": self.tr("Strength: fair — a few more words make it stronger"),
                 "strong": self.tr("Strength: strong")}
        self.strength_label.setText(
            words[protection.strength_hint(text)].format(n=protection.MIN_PASSPHRASE))

    def _on_ok(self) -> None:
        text, again = self.passphrase_edit.text(), self.confirm_edit.text()
        if len(text) < protection.MIN_PASSPHRASE:
            problem = self.tr("The recovery passphrase needs at least {n} characters; a few "
                              "words you will remember make a good one.").format(
                                  n=protection.MIN_PASSPHRASE)
        elif text != again:
            problem = self.tr("The two passphrases are not the same: type it again.")
        else:
            self.passphrase = text
            self.accept()
            return
        self.error_label.setText(problem)
        self.error_label.show()
        self.adjustSize()


class UnlockDialog(QDialog):
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
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _on_ok(self) -> None:
        text = self.passphrase_edit.text()
        if not text:
            self._show(self.tr("Enter the recovery passphrase."))
            return
        try:
            self.opened = self.attempt(text)
        except protection.WrongPassphraseError:
            self._show(self.tr("That recovery passphrase is not the one of this data folder. "
                               "Nothing was changed; check the spelling and the keyboard "
                               "layout, then try again."))
            self.passphrase_edit.selectAll()
            return
        except UserError as exc:
            self._show(error_text(exc))
            return
        self.accept()

    def _show(self, problem: str) -> None:
        self.error_label.setText(problem)
        self.error_label.show()
        self.adjustSize()
