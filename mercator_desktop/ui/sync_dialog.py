"""Sign in to HQ: server address, user name, password.

The dialog holds no rule and stores nothing itself: it hands the three values to
``SyncService.login`` (off the GUI thread) and shows the service's answer inline. Where the
machine has no secure keyring it says so in plain words and offers to keep the sign-in for
this session only — the person must tick that box to go on.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from . import labels, operations
from .theme import error_color


class SignInDialog(QDialog):
    """``sync`` is a ``services.sync.SyncService``; ``signed_in(role)`` on success."""

    signed_in = Signal(str)

    def __init__(self, sync: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to HQ"))
        self.sync = sync
        self.operation: operations.Operation | None = None

        self.server_edit = QLineEdit(sync.server_url() or "https://")  # type: ignore[attr-defined]
        self.server_edit.setObjectName("serverEdit")
        self.user_edit = QLineEdit(sync.user())  # type: ignore[attr-defined]
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        secure = bool(sync.secure_store_available)  # type: ignore[attr-defined]
        # The service's NO_KEYRING_MESSAGE, here in the interface language (a test keeps the
        # English the same).
        self.keyring_label = QLabel(self.tr(
            "This computer has no secure password store (keyring) that Mercator Desktop can "
            "use, so your sign-in cannot be remembered safely. You can keep it for this session "
            "only: you will be asked to sign in again next time. (On Linux, a Secret Service "
            "such as GNOME Keyring or KWallet provides one.)"))
        self.keyring_label.setObjectName("keyringLabel")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setVisible(not secure)
        self.session_only_check = QCheckBox(self.tr("Keep me signed in for this session only"))
        self.session_only_check.setObjectName("sessionOnlyCheck")
        self.session_only_check.setVisible(not secure)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_color(self.palette()).name()};")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("HQ &address:"), self.server_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.session_only_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()  # a long message wraps onto more lines: the dialog grows with it

    def locked_out_message(self, retry_after: int) -> str:
        """HQ's refusal after too many wrong passwords, in the person's language, with the
        time (on this computer's clock) to try again."""
        if retry_after < 120:
            return self.tr("Too many failed sign-ins. Wait {0} seconds, then try "
                           "again.").format(max(1, retry_after))
        when = QLocale().toString(QTime.currentTime().addSecs(retry_after),
                                  QLocale.FormatType.ShortFormat)
        return self.tr("Too many failed sign-ins: HQ has locked signing in to this account "
                       "for a while. Try again after {0} (in {1} minutes).").format(
            when, round(retry_after / 60))

    def _on_buttons_accepted(self) -> None:
        server = self.server_edit.text().strip()
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        if server in ("", "https://") or not user or not password:
            self._show_error(self.tr("Enter HQ's address, your user name and your password."))
            return
        session_only = not self.sync.secure_store_available  # type: ignore[attr-defined]
        if session_only and not self.session_only_check.isChecked():
            self._show_error(self.tr("Tick “Keep me signed in for this session only” to sign "
                                     "in without a secure keyring."))
            return
        self.error_label.hide()
        self.sign_in_button.setEnabled(False)
        self.operation = operations.run(
            self, lambda _op: self.sync.login(server, user, password,  # type: ignore[attr-defined]
                                              session_only=session_only),
            self._on_login_succeeded, self._on_login_failed, name="sign-in")

    def _on_login_succeeded(self, role: object) -> None:
        self.password_edit.clear()
        self.signed_in.emit(str(role))
        self.accept()

    def _on_login_failed(self, error: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        retry_after = getattr(error, "retry_after", None)
        if getattr(error, "kind", "") == "locked_out" and retry_after is not None:
            self._show_error(self.locked_out_message(int(retry_after)))
            return
        if isinstance(error, UserError):
            self._show_error(labels.sync_message(error))
            return
        operations.report_failure(self, error)
