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


# --- fallback fonts for characters DejaVu Sans lacks (Chinese, Japanese, Korean …) ----------

FALLBACK_PREFIX = "MercatorFallback"
# Fonts that ship with Windows and macOS and have TrueType outlines (reportlab embeds
# TrueType only, not the PostScript/CFF outlines of, e.g., Noto Sans CJK).
_KNOWN_FALLBACKS = (
    "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/malgun.ttf",
    "C:/Windows/Fonts/meiryo.ttc", "C:/Windows/Fonts/seguisym.ttf",
    "C:/Windows/Fonts/Nirmala.ttf", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)
_fallbacks: list[tuple[str, frozenset[int]]] = []  # (registered name, the characters it has)
_tried: set[tuple[str, int]] = set()
_unfound: set[int] = set()


_cmaps: dict[str, dict[int, int]] = {}


def has_glyph(font_name: str, char: str) -> bool:
    cmap = _cmaps.get(font_name)
    if cmap is None:
        register_fonts()
        from reportlab.pdfbase.pdfmetrics import getFont

        cmap = _cmaps[font_name] = getFont(font_name).face.charToGlyph
    return ord(char) in cmap


def _register_fallback(path: str, index: int = 0) -> frozenset[int] | None:
    """Register ``path`` (face ``index`` of a collection) as a fallback; None when reportlab
    cannot embed it (PostScript outlines, a damaged file)."""
    if (path, index) in _tried:
        return None
    _tried.add((path, index))
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"{FALLBACK_PREFIX}{len(_fallbacks) + 1}"
    try:
        font = TTFont(name, path, subfontIndex=index)
    except Exception:
        return None
    pdfmetrics.registerFont(font)
    covered = frozenset(font.face.charToGlyph)
    _fallbacks.append((name, covered))
    return covered


def _system_fonts_with(char: str) -> list[tuple[str, int]]:
    """TrueType files fontconfig knows that have ``char`` (none without fontconfig)."""
    import shutil
    import subprocess

    if shutil.which("fc-list") is None:
        return []
    try:
        listed = subprocess.run(
            ["fc-list", f":charset={ord(char):x}", "file", "index", "fontformat"],
            capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in sorted(listed.splitlines()):
        path, _, rest = line.partition(": ")
        if "fontformat=TrueType" not in rest:
            continue
        index = 0
        for part in rest.split(":"):
            if part.startswith("index="):
                index = int(part[6:] or 0)
        found.append((path.strip(), index))
    return found


def fallback_for(char: str) -> str | None:
    """The registered fallback font that has ``char``, looking for one on this computer the
    first time a character needs it (fontconfig, then fonts Windows and macOS ship); None
    when no font here has it."""
    code = ord(char)
    with _lock:
        for name, covered in _fallbacks:
            if code in covered:
                return name
        if code in _unfound:
            return None
        import os

        candidates = _system_fonts_with(char) + [
            (path, 0) for path in _KNOWN_FALLBACKS if os.path.isfile(path)]
        for path, index in candidates[:6]:
            added = _register_fallback(path, index)
            if added is not None and code in added:
                return _fallbacks[-1][0]
        _unfound.add(code)
        return None
