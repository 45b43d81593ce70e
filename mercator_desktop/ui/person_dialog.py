"""Who is working: the person's name, asked once on first run when no HQ user has signed in
from this data folder. It goes into the history of every change and into reports in place
of the computer's login name (see ``services.store``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from .problem_texts import error_text
from .widgets import ErrorLabel


class PersonNameDialog(QDialog):
    """``store`` is a ``services.store.Store``; ``named(name)`` once the name is stored."""

    named = Signal(str)

    def __init__(self, store: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personNameDialog")
        self.setWindowTitle(self.tr("Your name"))
        self.store = store
        intro = QLabel(self.tr(
            "Mercator Desktop records who made each change, in the history of every answer "
            "and in reports. Enter your name as your colleagues know it. When you sign in "
            "to HQ, your HQ user name is recorded instead."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("personNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Ana Pérez"))
        self.name_edit.setMaxLength(120)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("errorLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        buttons.accepted.connect(self._on_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _on_ok(self) -> None:
        try:
            name = self.store.set_person_name(self.name_edit.text())  # type: ignore[attr-defined]
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            self.adjustSize()
            return
        self.named.emit(name)
        self.accept()
