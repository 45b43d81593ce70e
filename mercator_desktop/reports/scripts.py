"""Writing systems in the reports: right-to-left text (Arabic, Hebrew) and its direction, for
the PDF (``rtl_lines``: shaped and in visual order, one line at a time) and for Word
(``segments``/``starts_rtl``: runs marked right-to-left, Word shapes them itself).

Why python-bidi and arabic-reshaper for the PDF: reportlab's own right-to-left support needs
``rlbidi``, which is not published on PyPI, and its HarfBuzz shaping (uharfbuzz) gives the
joined letters but no reordering without it. arabic-reshaper gives the joined forms (Unicode
presentation forms, which DejaVu Sans carries), python-bidi the visual order of each line
(the Unicode bidirectional algorithm). Lines are broken in *logical* order first (the first
words of a paragraph stay on its first line) and only then each line is reordered. PDF
readers and pypdf give the logical order back: they read right-to-left characters drawn left
to right as a right-to-left run (tests/reports/test_scripts.py checks the round trip).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

_RTL_CLASSES = frozenset({"R", "AL"})
_STRONG_LTR = "L"


def is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RTL_CLASSES


@lru_cache(maxsize=4096)
def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def base_is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Unicode P2–P3:
    how a paragraph takes its direction)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == _STRONG_LTR:
            return False
    return False


# --- PDF --------------------------------------------------------------------------------------


def shape(text: str) -> str:
    """Arabic letters in their joined (contextual) forms, still in logical order."""
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


def visual(line: str, rtl_base: bool) -> str:
    """One line (already shaped) in the order it is drawn, left to right."""
    from bidi import get_display

    return get_display(line, base_dir="R" if rtl_base else "L")


def rtl_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` with right-to-left parts: broken into lines no wider than ``width`` (in the
    units of ``measure``) in logical order, each line shaped and put in visual order.
    Explicit line breaks are kept."""
    rtl_base = base_is_rtl(text)
    out: list[str] = []
    for hard_line in text.split("\n"):
        shaped = shape(hard_line)
        words = shaped.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if line and measure(candidate) > width:
                out.append(visual(line, rtl_base))
                line = word
            else:
                line = candidate
        out.append(visual(line, rtl_base))
    return out


# --- Word -------------------------------------------------------------------------------------


def starts_rtl(text: str) -> bool:
    """A paragraph of ``text`` reads right-to-left (Word's ``w:bidi``)."""
    return has_rtl(text) and base_is_rtl(text)


def segments(text: str) -> Iterator[tuple[str, bool]]:
    """``text`` cut into (piece, right_to_left) runs. Neutral characters (spaces,
    punctuation, digits) before a right-to-left run stay with the text before it; those
    after it go with the text after it."""
    if not has_rtl(text):
        if text:
            yield text, False
        return
    start, current, strong_end = 0, False, 0
    for i, char in enumerate(text):
        kind = unicodedata.bidirectional(char)
        if kind not in _RTL_CLASSES and kind != _STRONG_LTR:
            continue
        direction = kind in _RTL_CLASSES
        if direction != current:
            cut = strong_end if current else i
            if cut > start:
                yield text[start:cut], current
            start, current = cut, direction
        strong_end = i + 1
    if start < len(text):
        yield text[start:], current
