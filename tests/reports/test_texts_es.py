"""The reports' own words in Spanish: every key has its Spanish, with the same placeholders,
and Spanish dates and numbers read as a Spanish speaker writes them."""

from __future__ import annotations

import re
from datetime import date

from mercator_desktop.reports import texts, texts_es
from mercator_desktop.reports.texts import Texts, format_date, format_percent, format_range


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w+)\}", text))


def test_every_key_has_its_spanish_with_the_same_placeholders() -> None:
    english = Texts("en")
    keys = set(texts._TEXTS)
    assert keys - set(texts_es.TEXTS) == set(), "keys without Spanish"
    assert set(texts_es.TEXTS) - keys == set(), "Spanish for keys that do not exist"
    for key in keys:
        spanish = texts_es.TEXTS[key]
        assert spanish.strip(), key
        assert _fields(spanish) == _fields(texts._TEXTS[key][0]), key
        assert english.has(key)


def test_spanish_lookup_and_formats() -> None:
    t = Texts("es")
    assert t("page_of", page=2, total=9) == "Página 2 de 9"
    assert t("the_administration") == "la administración aduanera"
    assert t.date(date(2019, 3, 1)) == "1 de marzo de 2019"
    assert format_date(date(2018, 7, 25), "es") == "25 de julio de 2018"
    assert format_range(date(2019, 3, 25), date(2019, 3, 29), "es") == "25–29 de marzo de 2019"
    assert format_range(date(2019, 2, 28), date(2019, 3, 2), "es") == \
        "28 de febrero – 2 de marzo de 2019"
    assert format_range(date(2019, 12, 30), date(2020, 1, 2), "es") == \
        "30 de diciembre de 2019 – 2 de enero de 2020"
    assert format_percent(52.66, "es") == "52,7\u00a0%"
    # English and French are untouched by the Spanish table
    assert Texts("fr")("page_of", page=2, total=9) == "Page 2 sur 9"
    assert Texts("en")("contents") == "Contents"
