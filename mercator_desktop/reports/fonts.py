"""The embedded report fonts (DejaVu Sans, shipped in ``resources/fonts`` with its licence)."""

from __future__ import annotations

import threading

from ..resources import resource_path

REGULAR = "MercatorSans"
BOLD = "MercatorSans-Bold"
ITALIC = "MercatorSans-Oblique"
BOLD_ITALIC = "MercatorSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (safe from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise FileNotFoundError(f"the report font {path} is missing from the "
                                        "installation")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> in paragraphs pick the matching face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True
