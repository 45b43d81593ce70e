"""The bar at the top of the main window while the open data folder is not encrypted: it
says so and offers "Protect this folder…" and "Not now". Never a modal box: the app opens
plain folders as usual, and the bar waits. "Not now" is remembered for the folder
(``ui.protect_folder`` keeps it in the folder's own settings)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .theme import NOTICE_BACKGROUND, NOTICE_TEXT


class ProtectNotice(QFrame):
    """Signals: ``protect_requested`` and ``dismissed`` (the two buttons)."""

    protect_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protectNotice")
        self.setAccessibleName(self.tr("This data folder is not encrypted"))
        self.setStyleSheet(
            f"#protectNotice {{ background: {NOTICE_BACKGROUND}; "
            "border-bottom: 1px solid #e0c97a; }"
            f" #protectNotice QLabel {{ color: {NOTICE_TEXT}; }}")
        self.text_label = QLabel(self.tr(
            "This data folder is not encrypted: anyone who gets hold of this laptop can read "
            "your missions, answers and evidence files."), self)
        self.text_label.setObjectName("protectNoticeText")
        self.text_label.setWordWrap(True)
        self.protect_button = QPushButton(self.tr("Protect this folder…"), self)
        self.protect_button.setObjectName("protectNoticeButton")
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.later_button.setObjectName("protectNoticeLaterButton")
        self.later_button.setFlat(True)
        # a flat button draws its text on the bar's yellow: dark text whatever the palette
        palette = self.later_button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, QColor(NOTICE_TEXT))
        self.later_button.setPalette(palette)
        self.protect_button.clicked.connect(self.protect_requested)
        self.later_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.protect_button)
        layout.addWidget(self.later_button)
        self.hide()
