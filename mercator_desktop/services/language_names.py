"""Names of languages as a reader of another language writes them: ``ky`` is "Kyrgyz" in
English, "kirghize" in French and "kirguís" in Spanish.

The names come from the Unicode CLDR through Babel (Qt's ``QLocale`` names a language only in
English or in itself), so the layers without Qt and the command line can use them too. A code
CLDR does not know is shown as it is written."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

FALLBACK = "en"


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    from babel import Locale, UnknownLocaleError  # when a name is first asked for

    try:
        return Locale.parse(language.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return Locale.parse(FALLBACK)


def language_name(code: str, in_language: str) -> str:
    """The name of language ``code`` (ISO 639, e.g. ``ru``) written in ``in_language``."""
    key = code.strip().lower().replace("-", "_")
    names = _locale(in_language or FALLBACK).languages
    return names.get(key) or names.get(key.split("_")[0]) or code


def country_name(iso2: str, in_language: str) -> str:
    """The name of the country or territory ``iso2`` (e.g. ``JM``) written in ``in_language``."""
    return _locale(in_language or FALLBACK).territories.get(iso2.upper()) or iso2
