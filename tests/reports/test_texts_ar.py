"""The reports' own words in Arabic: every key has its Arabic, with the same placeholders, and
Arabic dates and numbers come from the Arabic locale."""

from __future__ import annotations

import re
from datetime import date

from mercator_desktop.reports import texts, texts_ar
from mercator_desktop.reports.scripts import starts_rtl
from mercator_desktop.reports.texts import (
    Texts,
    format_date,
    format_number,
    format_percent,
    format_range,
    is_rtl,
)


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w+)\}", text))


def test_every_key_has_its_arabic_with_the_same_placeholders() -> None:
    keys = set(texts._TEXTS)
    assert keys - set(texts_ar.TEXTS) == set(), "keys without Arabic"
    assert set(texts_ar.TEXTS) - keys == set(), "Arabic for keys that do not exist"
    for key in keys:
        arabic = texts_ar.TEXTS[key]
        assert arabic.strip(), key
        assert _fields(arabic) == _fields(texts._TEXTS[key][0]), key
        # Written in Arabic: the paragraph reads right to left (placeholders and codes aside)
        assert starts_rtl(re.sub(r"\{\w+\}|^[IV.\d ]+", "", arabic)), key


def test_arabic_lookup_and_formats() -> None:
    t = Texts("ar")
    assert is_rtl("ar") and not is_rtl("fr")
    assert t("page_of", page=2, total=9) == "الصفحة 2 من 9"
    assert t("wco") == "منظمة الجمارك العالمية"
    assert t.colon("women") == "النساء:"
    assert t.date(date(2019, 3, 1)) == "1 مارس 2019"
    assert format_date(date(2018, 7, 25), "ar") == "25 يوليو 2018"
    assert format_range(date(2019, 3, 25), date(2019, 3, 29), "ar") == "25–29 مارس 2019"
    assert format_range(date(2019, 12, 30), date(2020, 1, 2), "ar") == \
        "30 ديسمبر 2019 – 2 يناير 2020"
    assert format_percent(52.66, "ar") == "52.7\u00a0%"
    assert format_number(2.5, "ar") == "2.5"
    assert format_number(2.5, "fr") == "2,5"
    # the other languages are untouched by the Arabic table
    assert Texts("es")("page_of", page=2, total=9) == "Página 2 de 9"
    assert Texts("en")("contents") == "Contents"
