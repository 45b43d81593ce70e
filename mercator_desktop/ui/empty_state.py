"""What an empty list says: a short message, a hint and the action to take, centred over the
list while it has no rows (the experts before the first one is added, a mission's agenda
before its first session, the team calendar of a quiet month …).

``EmptyState(view, ...)`` follows the view's model by itself; its owner changes the words
when the reason changes (``set_message``: "No expert matches these filters" once a filter
is on, "No experts yet" without one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QWidget):
    """The message over ``view``'s viewport while its model has no rows (or, for a view
    without a model, while ``empty()`` says so; its owner then calls ``refresh``).
    ``action`` (with ``action_text``) puts a button under the message."""

    def __init__(self, view: QAbstractScrollArea, message: str, hint: str = "",
                 action_text: str = "", action: Callable[[], object] | None = None,
                 empty: Callable[[], bool] | None = None) -> None:
        super().__init__(view.viewport())
        self._empty = empty
        self.setObjectName(f"{view.objectName() or 'list'}EmptyState")
        self.view = view
        self.message_label = QLabel(self)
        self.message_label.setObjectName("emptyStateMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("emptyStateHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Made with the first action: a button never given words would be a nameless
        # input to a screen reader, even hidden.
        self.button: QPushButton | None = None
        self._action = action
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addStretch(1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(2)
        self.set_message(message, hint, action_text, action)
        view.viewport().installEventFilter(self)
        if isinstance(view, QAbstractItemView):
            self._watch(view.model())
        self.refresh()

    def _watch(self, model: QObject | None) -> None:
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,  # type: ignore[attr-defined]
                       model.layoutChanged):  # type: ignore[attr-defined]
            signal.connect(self.refresh)

    def set_message(self, message: str, hint: str = "", action_text: str = "",
                    action: Callable[[], object] | None = None) -> None:
        self.message_label.setText(message)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self._action = action
        if action_text and action is not None and self.button is None:
            self.button = QPushButton(self)
            self.button.setObjectName("emptyStateButton")
            self.button.clicked.connect(self._on_button_clicked)
            self._layout.insertWidget(3, self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        if self.button is not None:
            if action_text:
                self.button.setText(action_text)
            self.button.setVisible(bool(action_text and action))

    def is_shown(self) -> bool:
        return not self.isHidden()

    def refresh(self) -> None:
        if self._empty is not None:
            empty = self._empty()
        else:
            model = self.view.model() if isinstance(self.view, QAbstractItemView) else None
            empty = model is None or model.rowCount() == 0
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return super().eventFilter(watched, event)

    def _on_button_clicked(self) -> None:
        if self._action is not None:
            self._action()
