"""Names as people write them, matched to the codes of a vocabulary.

Every vocabulary (programmes, mission types, topics, statuses, countries, regions, TFA
provisions, Arusha factors, GEOAT principles, accreditation categories) accepts its code, its
name in each language, and the ``aliases`` (and a programme's ``acronym``, a country's ISO
alpha-3 code, a region's short names, a factor's number) its reference file lists.
Names are compared case-, accent- and punctuation-insensitively ("cote d ivoire" is
"Côte d'Ivoire"). A value that matches two entries is ambiguous and never guessed; an unknown
value gets the closest names as suggestions.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..domain.problem_texts import say
from ..resources import resource_path

#: What each vocabulary is called in messages, and which reference file holds its aliases.
VOCABULARIES: dict[str, tuple[str, str]] = {
    "mission_types": ("mission type", "mission_types.json"),
    "statuses": ("status", "statuses.json"),
    "topics": ("topic", "topics.json"),
    "countries": ("country", "countries.json"),
    "regions": ("region", "regions.json"),
    "tfa_provisions": ("TFA provision", "tfa_articles.json"),
    "arusha_factors": ("Arusha factor", "arusha_factors.json"),
    "geoat_principles": ("GEOAT principle", "geoat_principles.json"),
    "accreditation_categories": ("accreditation category", "accreditation_categories.json"),
    "programmes": ("programme", "programmes.json"),
}
SUGGESTIONS = 3
SUGGESTION_CUTOFF = 60
SUGGESTION_SPREAD = 8


#: every ASCII character that is not a letter or digit, to a space
_ASCII_SPACES = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


def spaced(text: str) -> str:
    """Case, accents and punctuation away, words kept apart: "Côte d'Ivoire" -> "cote d ivoire"."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
        if not text.isascii():
            return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())
    # Plain ASCII (most names, and most once their accents are off): the same, in C.
    return " ".join(text.lower().translate(_ASCII_SPACES).split())


def name_key(text: str) -> str:
    """The key two spellings of one name share: "A-CIP", "a cip" and "ACIP" are "acip"."""
    return spaced(text).replace(" ", "")


@dataclass(frozen=True)
class Entry:
    code: str
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """What a value resolved to: ``code``, or nothing with ``ambiguous`` entries (two or more
    matched) or ``suggestions`` (the closest entries, none matched)."""

    code: str | None
    ambiguous: tuple[Entry, ...] = ()
    suggestions: tuple[Entry, ...] = ()


class NameIndex:
    """One vocabulary's names, indexed once; ``match`` costs a dictionary look-up."""

    def __init__(self, kind: str, entries: Iterable[Entry]) -> None:
        self.kind = kind
        self.noun = VOCABULARIES.get(kind, (kind, ""))[0]
        self.entries = {e.code: e for e in entries}
        self._codes = {e.code.casefold(): e.code for e in self.entries.values()}
        self._keys: dict[str, set[str]] = {}
        self._spelled: dict[str, set[str]] = {}
        for entry in self.entries.values():
            for name in (entry.code, entry.label, *entry.names):
                spelled = spaced(name) if name else ""
                if spelled:
                    self._keys.setdefault(spelled.replace(" ", ""), set()).add(entry.code)
                    self._spelled.setdefault(spelled, set()).add(entry.code)

    def match(self, value: str) -> Match:
        text = value.strip()
        code = self._codes.get(text.casefold())
        if code is not None:
            return Match(code)
        codes = self._keys.get(name_key(text), set())
        if len(codes) == 1:
            return Match(next(iter(codes)))
        if codes:
            return Match(None, ambiguous=tuple(self.entries[c] for c in sorted(codes)))
        return Match(None, suggestions=self.suggest(text))

    def suggest(self, value: str) -> tuple[Entry, ...]:
        wanted = spaced(value)
        if not wanted:
            return ()
        from rapidfuzz import fuzz, process  # loaded for a name not found, not at start

        found: list[Entry] = []
        best = None
        for spelled, score, _ in process.extract(
                wanted, list(self._spelled), scorer=fuzz.WRatio, limit=12,
                score_cutoff=SUGGESTION_CUTOFF):
            best = score if best is None else best
            if score < best - SUGGESTION_SPREAD:
                break  # far behind the best: noise, not a suggestion
            for code in sorted(self._spelled[spelled]):
                entry = self.entries[code]
                if entry not in found:
                    found.append(entry)
        return tuple(found[:SUGGESTIONS])

    def code_of(self, value: str) -> str | None:
        return self.match(value).code

    def describe(self, value: str, match: Match, noun: str | None = None) -> str:
        """Why ``value`` is refused, with the candidates named; ``noun`` (a coded text) names
        what the value should be, else this index's noun."""
        what = noun or self.noun
        if match.ambiguous:
            shown = [f"{e.code} ({e.label})" for e in match.ambiguous]
            if len(shown) == 2:
                return say("value_ambiguous_two", value=value, first=shown[0], second=shown[1])
            return say("value_ambiguous", value=value, candidates=", ".join(shown))
        if match.suggestions:
            return say("unknown_value_did_you_mean", noun=what, value=value,
                       candidates=", ".join(_shown(e) for e in match.suggestions))
        if len(self.entries) <= 15:
            return say("unknown_value_use_one_of", noun=what, value=value,
                       choices=", ".join(self.entries))
        return say("unknown_value", noun=what, value=value)


def _shown(entry: Entry) -> str:
    return entry.code if entry.label == entry.code else f"{entry.code} ({entry.label})"


# --- the aliases of the reference files -------------------------------------------------------


@cache
def shipped_programme_names() -> dict[str, dict[str, str]]:
    """Code -> the shipped programme's name in each language (``programmes.json``)."""
    try:
        data = json.loads(resource_path("reference", "programmes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {p["code"]: dict(p.get("names") or {"en": p.get("name", "")})
            for p in data.get("programmes", [])}


def programme_label(code: str, stored_name: str, lang: str) -> str:
    """A programme's name in ``lang``: a shipped programme that still carries one of its
    shipped names is shown in ``lang``; a programme someone named (or renamed) keeps it."""
    names = shipped_programme_names().get(code)
    if not names or stored_name.strip() not in {n.strip() for n in names.values()}:
        return stored_name
    return names.get(lang) or names.get("en") or stored_name


@cache
def file_aliases(kind: str) -> dict[str, tuple[str, ...]]:
    """Code -> the other names the reference file gives (aliases, acronym, alpha-3 code,
    short names, number). Read once per process; a file without aliases gives none."""
    file_name = VOCABULARIES[kind][1]
    try:
        data = json.loads(resource_path("reference", file_name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, tuple[str, ...]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            code = item.get("iso2") or item.get("code")
            names = [*item.get("aliases", []), item.get("acronym") or "",
                     item.get("iso3") or "", *item.get("short_names", {}).values()]
            if item.get("number") is not None:
                names.append(str(item["number"]))
            if kind == "programmes":
                names += [item.get("name", ""), *item.get("names", {}).values()]
            found[str(code)] = tuple(n for n in names if n)
            walk(item.get("paragraphs", []))

    for value in data.values():
        if isinstance(value, list):
            walk(value)
    return found
