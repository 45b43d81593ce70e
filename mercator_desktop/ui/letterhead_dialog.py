"""File → Letterhead for reports…: the organisation, unit, address line, classification marking
and logo printed on the cover and in the running header of every report of this data folder.

What is stored, and the checks, are ``services.letterhead``; empty fields show, greyed, the
words the report prints instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from ..services.letterhead import LIMITS, Letterhead, LetterheadService
from . import files
from .screen_fit import fit_window
from .widgets import ErrorLabel, hint_label, with_error

LOGO_PREVIEW = QSize(220, 90)


class LetterheadDialog(QDialog):
    def __init__(self, service: LetterheadService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterheadDialog")
        self.setWindowTitle(self.tr("Letterhead for reports"))
        self.service = service
        self.new_logo: Path | None = None
        self.remove_logo = False
        current = service.get()

        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Printed on the cover and at the top of every page of the reports made on this "
            "computer. Leave a field empty to print the standard wording shown in grey."), self))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        rows = (("organisation", self.tr("&Organisation:"), self.tr("World Customs Organization")),
                ("unit", self.tr("&Unit:"), self.tr("Capacity Building")),
                ("address", self.tr("&Address line:"),
                 self.tr("e.g. Rue du Marché 30, 1210 Brussels, Belgium")),
                ("classification", self.tr("&Classification:"),
                 self.tr("RESTRICTED — for the beneficiary administration and the WCO only")))
        for name, label, placeholder in rows:
            edit = QLineEdit(getattr(current, name), self)
            edit.setObjectName(f"{name}Edit")
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(LIMITS[name])
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            error = ErrorLabel(self)
            edit.textEdited.connect(error.clear_messages)
            form.addRow(label, with_error(edit, error))
            self.edits[name], self.errors[name] = edit, error

        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("C&hoose image…"), self)
        self.choose_button.setObjectName("chooseLogoButton")
        self.choose_button.clicked.connect(self._choose_logo)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("removeLogoButton")
        self.remove_button.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        buttons_column = QVBoxLayout()
        buttons_column.addWidget(self.choose_button)
        buttons_column.addWidget(self.remove_button)
        buttons_column.addStretch(1)
        logo_row.addLayout(buttons_column)
        logo_row.addStretch(1)
        self.logo_error = ErrorLabel(self)
        logo_box = QVBoxLayout()
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.logo_error)
        form.addRow(self.tr("Logo:"), logo_box)
        layout.addLayout(form)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_logo(current.logo)
        fit_window(self, size=QSize(640, 420), parent=parent)

    def _show_logo(self, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(no logo)"))
        else:
            self.logo_preview.setPixmap(pixmap.scaled(
                LOGO_PREVIEW - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(not pixmap.isNull())

    def _choose_logo(self) -> None:
        files.choose_open_file(self, self.tr("Choose the logo"),
                               self.tr("Images (*.png *.jpg *.jpeg)"), self._logo_chosen)

    def _logo_chosen(self, path: Path) -> None:
        self.logo_error.clear_messages()
        self.new_logo, self.remove_logo = path, False
        self._show_logo(path)

    def _remove_logo(self) -> None:
        self.new_logo, self.remove_logo = None, True
        self._show_logo(None)

    def save(self) -> None:
        values = Letterhead(**{name: edit.text() for name, edit in self.edits.items()})
        try:
            self.service.save(values, self.new_logo, remove_logo=self.remove_logo)
        except ValidationError as exc:
            for name, label in (*self.errors.items(), ("logo", self.logo_error)):
                label.set_messages(exc.for_field(name))
            return
        self.accept()
