"""Windows that fit the screen they open on.

Field laptops have 1366×768 screens, often with 125–150 % scaling (then Qt sees 910×512
pixels); office screens are larger. So a window's size is a share of the screen's available
area (without the task bar), capped where a larger window only adds empty space, never a
fixed 1180×780; it opens centred over the window it belongs to (or the screen), and a size
and place remembered from another screen are brought back inside the available area.

``FRAME`` is what a window manager adds around a window (border, title bar): it is not known
before the window is shown, so it is kept free.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)


def screen_of(window: QWidget, parent: QWidget | None = None) -> QScreen:
    """The screen ``window`` opens on: its parent's when it has one."""
    for widget in (parent, window.parentWidget(), window):
        if widget is not None:
            screen = widget.screen()
            if screen is not None:
                return screen
    return QGuiApplication.primaryScreen()


def available(window: QWidget, parent: QWidget | None = None) -> QRect:
    """The area a window may take (frame included) on its screen."""
    return screen_of(window, parent).availableGeometry()


def fit_window(window: QWidget, *, share: tuple[float, float] = (0.9, 0.9),
               size: QSize | None = None, largest: QSize | None = None,
               parent: QWidget | None = None) -> None:
    """Size ``window`` for its screen and centre it over ``parent`` (or its parent widget,
    else the screen). ``size``: the size it would like (shrunk to fit); otherwise ``share`` of
    the available width and height, at most ``largest``."""
    area = available(window, parent)
    room = QSize(max(area.width() - FRAME.width(), 200), max(area.height() - FRAME.height(), 150))
    if size is None:
        size = QSize(int(area.width() * share[0]), int(area.height() * share[1]))
        if largest is not None:
            size = size.boundedTo(largest)
    # Qt will not make it smaller than its layout's least size: place it at that size.
    window.resize(size.boundedTo(room).expandedTo(window.minimumSizeHint()))
    over = parent or window.parentWidget()
    over = over.window() if over is not None else None
    centre = (over.frameGeometry().center() if over is not None and over.isVisible()
              else area.center())
    frame = QSize(window.width() + FRAME.width(), window.height() + FRAME.height())
    window.move(_inside(QRect(QPoint(centre.x() - frame.width() // 2,
                                     centre.y() - frame.height() // 2), frame), area))


def keep_on_screen(window: QWidget, parent: QWidget | None = None) -> None:
    """After ``restoreGeometry``: a window saved on a larger screen shrinks to this one and
    comes back inside its available area."""
    area = available(window, parent)
    room = QSize(max(area.width() - FRAME.width(), 200), max(area.height() - FRAME.height(), 150))
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room))
    frame = QSize(window.width() + FRAME.width(), window.height() + FRAME.height())
    window.move(_inside(QRect(window.pos(), frame), area))


def _inside(rect: QRect, area: QRect) -> QPoint:
    """The top-left corner that puts ``rect`` inside ``area`` (its top-left first when it
    is larger: the title bar stays reachable)."""
    x = min(rect.x(), area.right() + 1 - rect.width())
    y = min(rect.y(), area.bottom() + 1 - rect.height())
    return QPoint(max(x, area.left()), max(y, area.top()))
