"""Colours that stay readable in light, dark and high-contrast palettes.

Text and backgrounds come from the palette the system gives (Windows 11's dark mode gives Qt
a dark one): the text roles as they are, and mid-tones (muted text, a tinted panel, a border)
mixed from ``Window`` and ``WindowText``. A colour that means something (red for an error,
amber for a warning, blue for the current question) is a hue, not a fixed shade: ``readable``
moves its lightness until its contrast against the background it is drawn on reaches WCAG's
4.5:1 for text (``MIN_CONTRAST``). Stylesheets built from these are made when a widget is
built and again when the palette changes (``QEvent.PaletteChange``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QWidget

MIN_CONTRAST = 4.5  # WCAG 2 AA for normal text

ERROR_HUE = "#b3261e"
WARNING_HUE = "#8a5a00"
ACCENT_HUE = "#2f6fb0"
SUCCESS_HUE = "#1b6e3a"
#: banners that ask for attention (trash, an unprotected folder): light yellow with dark
#: text set together, so they stay readable whatever the palette
NOTICE_BACKGROUND = "#fff4ce"
NOTICE_TEXT = "#5c4400"


def luminance(color: QColor) -> float:
    """WCAG's relative luminance (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 … 21)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """``share`` of ``second`` in ``first`` (0: first … 1: second)."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share)


def readable(color: QColor | str, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``color`` (its hue), lightened on a dark background or darkened on a light one just
    enough to reach ``minimum`` contrast against ``background``."""
    found = QColor(color)
    if contrast(found, background) >= minimum:
        return found
    target = QColor("white") if luminance(background) < 0.18 else QColor("black")
    low, high = 0.0, 1.0
    for _ in range(16):
        middle = (low + high) / 2
        if contrast(mix(found, target, middle), background) >= minimum:
            high = middle
        else:
            low = middle
    return mix(found, target, high)


def window(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Window)


def text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.WindowText)


def muted_text(palette: QPalette, background: QColor | None = None) -> QColor:
    """Help and hint text: between the text and the background, still readable."""
    back = background if background is not None else window(palette)
    return readable(mix(text(palette), back, 0.35), back)


def panel(palette: QPalette, share: float = 0.06) -> QColor:
    """A background a little apart from the window's (a legend, a banner)."""
    return mix(window(palette), text(palette), share)


def border(palette: QPalette) -> QColor:
    return mix(window(palette), text(palette), 0.25)


def error_color(palette: QPalette, background: QColor | None = None) -> QColor:
    return readable(ERROR_HUE, background if background is not None else window(palette))


def warning_color(palette: QPalette, background: QColor | None = None) -> QColor:
    return readable(WARNING_HUE, background if background is not None else window(palette))


def accent_color(palette: QPalette, background: QColor | None = None) -> QColor:
    return readable(ACCENT_HUE, background if background is not None else window(palette))


def success_color(palette: QPalette, background: QColor | None = None) -> QColor:
    return readable(SUCCESS_HUE, background if background is not None else window(palette))


def on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    white, black = QColor("white"), QColor("black")
    return white if contrast(white, background) >= contrast(black, background) else black


def readable_placeholders(palette: QPalette) -> bool:
    """Make the palette's placeholder and hint colour readable on both the window and the
    fields (some systems' dark palettes give a grey close to the background). Returns
    whether anything changed."""
    changed = False
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        role = QPalette.ColorRole.PlaceholderText
        placeholder = palette.color(group, role)
        base = palette.color(group, QPalette.ColorRole.Base)
        back = palette.color(group, QPalette.ColorRole.Window)
        if min(contrast(placeholder, base), contrast(placeholder, back)) >= MIN_CONTRAST:
            continue
        text = palette.color(group, QPalette.ColorRole.Text)
        fixed = readable(readable(mix(text, base, 0.4), base), back)
        palette.setColor(group, role, fixed)
        changed = True
    return changed


def install(app: QGuiApplication) -> None:
    """Keep the application's palette readable (``readable_placeholders``), now and after
    every change of it (the system switching to dark mode or high contrast)."""

    def check() -> None:
        palette = app.palette()
        if readable_placeholders(palette):
            app.setPalette(palette)

    app.paletteChanged.connect(lambda _palette: check())
    check()


_ON_BASE: dict[tuple[str, int], QColor] = {}


def on_base(color: QColor | str) -> QColor:
    """A list's coloured text (a status, a sync state) readable on the lists' background of
    the application palette; kept once made."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    key = (QColor(color).name(), base.rgb())
    found = _ON_BASE.get(key)
    if found is None:
        found = _ON_BASE[key] = readable(color, base)
    return found


#: standard icons Qt's styles draw as black shapes, whatever the palette
MONOCHROME_ICONS = frozenset({
    QStyle.StandardPixmap.SP_ArrowUp, QStyle.StandardPixmap.SP_ArrowDown,
    QStyle.StandardPixmap.SP_ArrowBack, QStyle.StandardPixmap.SP_ArrowForward,
    QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight,
})


def standard_icon(widget: QWidget, kind: QStyle.StandardPixmap) -> QIcon:
    """The style's icon ``kind``; a black-shape one (an arrow) painted in the palette's text
    colour instead, so that it shows on a dark window as on a light one."""
    icon = widget.style().standardIcon(kind, None, widget)
    if kind not in MONOCHROME_ICONS:
        return icon
    colour = text(widget.palette())
    tinted = QIcon()
    for size in icon.availableSizes() or [QSize(16, 16), QSize(24, 24), QSize(32, 32)]:
        pixmap = icon.pixmap(size)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
        painter.end()
        tinted.addPixmap(pixmap)
    return tinted
