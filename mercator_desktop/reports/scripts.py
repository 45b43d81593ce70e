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
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from typing import Any

from ..domain.problem_texts import say

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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, font: str | None = None) -> str:
    """``text`` as reportlab Paragraph markup: markup characters escaped, line breaks kept,
    and every run of characters the paragraph's ``font`` (default: the report font) lacks
    set in a font that has them (a Chinese name in a Latin sentence: only the Chinese
    characters change font)."""
    if text.isascii():
        return _escape(text).replace("\n", "<br/>")
    return "".join(_font_run(piece, run_font) for piece, run_font in font_runs(text, font))


def font_runs(text: str, font: str | None = None) -> Iterator[tuple[str, str | None]]:
    """``text`` cut into (piece, font) runs: ``None`` for ``font`` (default: the report
    font), else a font that has the piece's characters: the upright report font where the
    italic lacks them (Arabic in an italic note), else a fallback font (the body's
    paragraphs and the running header alike)."""
    if text.isascii():
        if text:
            yield text, None
        return
    from .fonts import REGULAR, fallback_for, has_glyph

    base = font or REGULAR
    run: list[str] = []
    run_font: str | None = None
    for char in text:
        char_font = None
        if char not in "\n\t " and not has_glyph(base, char):
            char_font = REGULAR if base != REGULAR and has_glyph(REGULAR, char) else \
                fallback_for(char)
        if char_font != run_font and run:
            yield "".join(run), run_font
            run = []
        run_font = char_font
        run.append(char)
    if run:
        yield "".join(run), run_font


def _font_run(text: str, font: str | None) -> str:
    escaped = _escape(text).replace("\n", "<br/>")
    return f'<font name="{font}">{escaped}</font>' if font else escaped


def missing(text: str) -> list[str]:
    """The characters of ``text`` that no font this computer offers the report has."""
    if text.isascii():
        return []
    from .fonts import REGULAR, fallback_for, has_glyph

    return list(dict.fromkeys(
        c for c in text if unicodedata.category(c)[0] not in "CZ"
        and not has_glyph(REGULAR, c) and fallback_for(c) is None))


@dataclass(frozen=True)
class MissingCharacters:
    """Characters no available font has, and the text they are in."""

    where: str  # the report's part, e.g. "findings › gaps"
    excerpt: str
    characters: tuple[str, ...]

    def describe(self) -> str:
        chars = ", ".join(f"{c} (U+{ord(c):04X})" for c in self.characters)
        return say("missing_characters_in", chars=chars, where=self.where,
                   excerpt=self.excerpt)


def missing_in(data: Any, where: str = "") -> list[MissingCharacters]:
    """Every text of a report's data (dataclasses, tuples, strings) with characters no font
    here has, named by where it is in the data (``findings › gaps``)."""
    found: list[MissingCharacters] = []
    if isinstance(data, str):
        chars = missing(data)
        if chars:
            excerpt = data if len(data) <= 60 else data[:57] + "…"
            found.append(MissingCharacters(where or "the report", excerpt, tuple(chars)))
    elif is_dataclass(data) and not isinstance(data, type):
        for item in fields(data):
            label = item.name.replace("_", " ")
            found += missing_in(getattr(data, item.name),
                                f"{where} › {label}" if where else label)
    elif isinstance(data, (tuple, list)):
        for value in data:
            found += missing_in(value, where)
    return found


_CJK_RANGES = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF),
               (0x20000, 0x3FFFF))


def has_cjk(text: str) -> bool:
    """Chinese, Japanese or Korean characters, which break lines between any two of them."""
    return not text.isascii() and any(
        low <= ord(c) <= high for c in text for low, high in _CJK_RANGES)


def shape(text: str) -> str:
    """Arabic letters in their joined (contextual) forms, still in logical order."""
    import arabic_reshaper

    return str(arabic_reshaper.reshape(text))


def visual(line: str, rtl_base: bool) -> str:
    """One line (already shaped) in the order it is drawn, left to right."""
    # The algorithm module, not the package's compiled ``get_display``: only the former
    # mirrors brackets in right-to-left runs (rule L4), "(1)" must not print as ")1(".
    from bidi.algorithm import get_display

    return str(get_display(line, base_dir="R" if rtl_base else "L"))


def rtl_lines(text: str, width: float, measure: Callable[[str], float],
              rtl_base: bool | None = None) -> list[str]:
    """``text`` with right-to-left parts: broken into lines no wider than ``width`` (in the
    units of ``measure``) in logical order, each line shaped and put in visual order.
    Explicit line breaks are kept. The paragraph's direction is ``rtl_base``, else taken
    from its first strong character."""
    if rtl_base is None:
        rtl_base = base_is_rtl(text)
    out: list[str] = []
    for hard_line in text.split("\n"):
        words = shape(hard_line).split(" ")
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


def display_line(text: str, rtl_base: bool | None = None) -> str:
    """One line drawn straight on the canvas (a running header): shaped and in visual order
    when it holds right-to-left text; its direction ``rtl_base``, else from its first strong
    character."""
    if not has_rtl(text):
        return text
    return visual(shape(text), base_is_rtl(text) if rtl_base is None else rtl_base)


RTL = "rtl"  # a paragraph style's ``direction`` in a document that reads right to left


def reads_rtl(style: Any) -> bool:
    """The style belongs to a right-to-left document (``layout.make_styles(rtl=True)``)."""
    return getattr(style, "direction", "ltr") == RTL


def paragraph(text: str, style: Any, bullet: str | None = None) -> Any:
    """A reportlab Paragraph of ``text`` in ``style``: fallback fonts where needed; lines
    broken between any two CJK characters; right-to-left text shaped and ordered; in a
    right-to-left document (``reads_rtl``) bullets hang on the right."""
    from reportlab.platypus import Paragraph

    if has_rtl(text) or (bullet and reads_rtl(style)):
        return RtlParagraph.of(text, style, bullet)
    if has_cjk(text):
        style = _cjk_style(style)
    return Paragraph(markup(text, style.fontName), style, bulletText=bullet)


_cjk_styles: dict[int, Any] = {}


def _cjk_style(style: Any) -> Any:
    key = id(style)
    if key not in _cjk_styles:
        from reportlab.lib.styles import ParagraphStyle

        _cjk_styles[key] = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return _cjk_styles[key]


def rtl_markup(text: str, style: Any, width: float, rtl_base: bool) -> str:
    """Paragraph markup of ``text`` broken into lines for ``width`` points and each line put
    in visual order (see the module docstring)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = width - style.leftIndent - style.rightIndent
    lines = rtl_lines(text, room * 0.98,
                      lambda s: stringWidth(s, style.fontName, style.fontSize), rtl_base)
    return "<br/>".join(markup(line, style.fontName) for line in lines)


def _rtl_paragraph_class() -> Any:
    from reportlab import rl_config
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import getAscent
    from reportlab.platypus import Paragraph

    class _RtlParagraph(Paragraph):
        """A paragraph that reads right to left, or holds right-to-left text: broken into
        lines for the width it gets, then each line shaped and reordered; its bullet hangs
        on the right."""

        logical: str | None = None  # the text, when it has right-to-left characters
        rtl_base = False
        right_bullet: str | None = None
        laid_for: float | None = None

        @classmethod
        def of(cls, text: str, style: Any, bullet: str | None) -> _RtlParagraph:
            reorder = has_rtl(text)
            rtl_base = reorder and (reads_rtl(style) or base_is_rtl(text))
            right = rtl_base or reads_rtl(style)
            # A right-to-left document's styles are already aligned as they should be (on
            # the left: the heading of a column of numbers); elsewhere text starts on the right.
            if right and not reads_rtl(style) and style.alignment in (TA_LEFT, TA_JUSTIFY):
                style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
            if right and bullet and style.leftIndent > style.rightIndent:
                style = ParagraphStyle(f"{style.name}-rb", parent=style,
                                       leftIndent=style.rightIndent,
                                       rightIndent=style.leftIndent)
            right_bullet = bullet if right else None
            made = cls(markup(shape(text) if reorder else text, style.fontName), style,
                       bulletText=None if right else bullet)
            made.logical = text if reorder else None
            made.rtl_base, made.right_bullet, made.laid_for = rtl_base, right_bullet, None
            return made

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            if self.logical is not None and self.laid_for != available_width:
                Paragraph.__init__(self, rtl_markup(self.logical, self.style, available_width,
                                                    self.rtl_base),
                                   self.style, bulletText=self.bulletText)
                self.laid_for = available_width
            return super().wrap(available_width, available_height)

        def split(self, available_width: float, available_height: float) -> list[Any]:
            parts = super().split(available_width, available_height)
            # The rest of a split paragraph goes on without its bullet, as reportlab does.
            for i, part in enumerate(parts):
                part.logical, part.rtl_base = None, self.rtl_base
                part.right_bullet = self.right_bullet if i == 0 else None
            return parts

        def draw(self) -> None:
            super().draw()
            if self.right_bullet:
                style, canvas = self.style, self.canv
                size = style.bulletFontSize
                # On the first line's baseline, as reportlab places it.
                first = style.fontSize if rl_config.paraFontSizeHeightOffset else \
                    getAscent(style.fontName, style.fontSize)
                canvas.saveState()
                canvas.setFont(style.bulletFontName, size)
                canvas.setFillColor(getattr(style, "bulletColor", style.textColor))
                canvas.drawRightString(self.width - style.bulletIndent, self.height - first,
                                       self.right_bullet)
                canvas.restoreState()

    return _RtlParagraph


class _Lazy:
    """``RtlParagraph`` is made on first use, so that importing this module does not import
    reportlab (the Word export uses the rest of it)."""

    cls: Any = None

    def of(self, text: str, style: Any, bullet: str | None) -> Any:
        if self.cls is None:
            self.cls = _rtl_paragraph_class()
        return self.cls.of(text, style, bullet)


RtlParagraph = _Lazy()


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
