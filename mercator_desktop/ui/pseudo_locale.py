"""A pseudo-locale to find cut-off and untranslated text on screenshots.

Start the app with ``MERCATOR_PSEUDO_LOCALE=1``: every string that goes through Qt's
translation (ours and Qt's own buttons) comes out 40 % longer and in brackets —
``&Save`` becomes ``[&Save~~~]`` — in whatever interface language is chosen. Text without its
closing bracket was cut off; text without brackets was never wrapped for translation.

What is kept working: placeholders (``%1``, ``%n``, ``{name}``), the ``&`` accelerator and
``&&``, HTML tags and entities (the brackets go inside a leading/trailing tag, so rich text is
still seen as rich text), line breaks. File dialog filters (``Name (*.xlsx)``) and the names
of keys in shortcuts (context ``QShortcut``) are left as they are, since Qt parses them.

``PseudoTranslator`` is installed after the real translators (the last one installed is asked
first); it asks them for the translation and lengthens what they give, or the source text.
"""

from __future__ import annotations

import math
import os
import re

from PySide6.QtCore import QObject, QTranslator

ENV_PSEUDO_LOCALE = "MERCATOR_PSEUDO_LOCALE"
GROWTH = 0.4
PAD = "~"

# Contexts whose strings Qt parses rather than shows.
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
_FILE_FILTER = re.compile(r"\(\*")
# What must come out exactly as it went in; the rest is text to be measured.
_PROTECTED = re.compile(
    r"%L?\d+|%n"  # Qt placeholders
    r"|\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}"  # str.format fields
    r"|<[^<>]*>"  # HTML tags
    r"|&(?:[A-Za-z]+|#\d+);"  # HTML entities
    r"|&&|&(?=\S)"  # an escaped ampersand, an accelerator marker
)
_LEADING_TAGS = re.compile(r"^(?:\s*<[^<>]*>)*")
_TRAILING_TAGS = re.compile(r"(?:<[^<>]*>\s*)*$")


def enabled() -> bool:
    return os.environ.get(ENV_PSEUDO_LOCALE, "").strip().lower() not in ("", "0", "no", "false")


def visible_length(text: str) -> int:
    """Characters a person sees (placeholders count as the few characters of a value)."""
    return len(_PROTECTED.sub("", text))


def pseudo(text: str) -> str:
    """``text`` 40 % longer (at least one pad character) and bracketed."""
    if not text or _FILE_FILTER.search(text):
        return text
    pad = PAD * max(1, math.ceil(visible_length(text) * GROWTH))
    head = _LEADING_TAGS.match(text)
    start = head.end() if head else 0
    tail = _TRAILING_TAGS.search(text, start)
    end = tail.start() if tail else len(text)
    return f"{text[:start]}[{text[start:end]}{pad}]{text[end:]}"


class PseudoTranslator(QTranslator):
    """Lengthens and brackets what the translators ``below`` give (or the source text)."""

    def __init__(self, below: list[QTranslator], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._below = list(below)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not source_text or context in _UNTOUCHED_CONTEXTS:
            return None  # a null string: Qt then asks the next translator, or keeps the source
        text: str | None = ""
        for translator in self._below:
            text = translator.translate(context, source_text, disambiguation, n)
            if text:
                break
        return pseudo(text or source_text)
