"""What Mercator Desktop reads and writes of XLSForm, the field's workbook format for
questionnaires (``survey``, ``choices`` and ``settings`` sheets; used by ODK, KoboToolbox,
SurveyCTO, CommCare): the column names, how a language is written in a column heading, and
the translation of skip logic between XLSForm's expression language and ours.

``xlsform_in`` and ``xlsform_out`` both use this module, so a column or an expression is
written in one place and a template exported and imported again comes back the same.

Expressions: the subset of XLSForm our condition engine evaluates safely::

    ${q} = 'x'   ${q} != 'x'   ${q} >= 3   (also <, <=, >)
    selected(${q}, 'x')                      a multiple-choice answer includes x
    ${q} != ''   ${q} = ''                   answered / not answered
    ${q} = 'na'                              answered "not applicable"
    and, or, not(...), brackets

``${q} = 'a' or ${q} = 'b'`` becomes ``q in [a, b]`` and ``${q} != 'a' and ${q} != 'b'``
becomes ``q not in [a, b]``: the same meaning, the form our templates use. Anything else
(functions, arithmetic, ``.``, other questions on the right) is refused with the character
where it starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .conditions import (
    AllOf,
    AnyOf,
    Compare,
    Condition,
    ConditionError,
    Not,
    Token,
    TokenCursor,
)

SURVEY, CHOICES, SETTINGS = "survey", "choices", "settings"

#: N/A choices: a choice with one of these names means "not applicable", not an answer.
NA_NAMES = frozenset({"na", "n/a", "n_a", "n.a.", "not_applicable"})
NA_NAME = "na"  # what the export writes
YES_NO_PARTLY_LIST = "yes_no_partly"
YES_NO_PARTLY_NA_LIST = "yes_no_partly_na"

LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese",
                  "ar": "Arabic", "ru": "Russian", "zh": "Chinese"}

#: labels the export gives to choices the app names itself (yes/partly/no, N/A)
BUILTIN_LABELS = {
    "yes": {"en": "Yes", "fr": "Oui"},
    "partly": {"en": "Partly", "fr": "En partie"},
    "no": {"en": "No", "fr": "Non"},
    NA_NAME: {"en": "Not applicable", "fr": "Sans objet"},
}

#: columns of each sheet that take one text per language (``label::French (fr)``)
TEXT_COLUMNS = {
    SURVEY: ("label", "hint", "unit"),
    CHOICES: ("label", "description", "list_label"),
    SETTINGS: ("form_title", "description", "source", "licence"),
}
#: the other columns understood, in the order the export writes them
PLAIN_COLUMNS = {
    SURVEY: ("type", "name", "required", "relevant", "constraint", "weight", "number",
             "reference", "verified"),
    CHOICES: ("list_name", "name", "score", "verified"),
    SETTINGS: ("form_id", "version", "default_language", "provenance", "verified",
               "released"),
}

#: our own text columns: written ``unit_fr`` (ODK tools take the extra columns of the choices
#: and settings sheets as data, and refuse ``::`` there); ``::`` is read too
OWN_TEXT_COLUMNS = frozenset({"unit", "description", "list_label", "form_title", "source",
                              "licence"})
_OWN = re.compile(r"^(?P<base>[a-z_]+)_(?P<lang>[a-z]{2})$")
_HEADING = re.compile(r"^(?P<base>[a-z_]+)\s*::\s*(?P<lang>.+?)\s*$")
_LANG_CODE = re.compile(r"\((?P<code>[a-z]{2})\)\s*$")


def language_heading(base: str, lang: str) -> str:
    """The heading of a text column in ``lang``: ``label::French (fr)``, ``unit_fr``."""
    if base in OWN_TEXT_COLUMNS:
        return f"{base}_{lang}"
    return f"{base}::{language_name(lang)}"


def language_name(lang: str) -> str:
    return f"{LANGUAGE_NAMES.get(lang, lang)} ({lang})"


def language_of(text: str) -> str | None:
    """``English (en)`` → ``en``; ``English`` → ``en``; None when not recognised."""
    match = _LANG_CODE.search(text)
    if match:
        return match.group("code")
    by_name = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
    return by_name.get(text.strip().lower())


@dataclass(frozen=True)
class Heading:
    """A column heading understood: its base name and its language (None: not per language)."""

    base: str
    lang: str | None = None
    bad_language: str = ""  # the heading names a language we cannot read


def parse_heading(raw: str) -> Heading:
    text = raw.strip()
    match = _HEADING.match(text.lower()) if "::" in text else None
    if match is None:
        own = _OWN.match(text.lower())
        if own and own.group("base") in OWN_TEXT_COLUMNS:
            return Heading(own.group("base"), own.group("lang"))
        return Heading(text.lower().replace(" ", "_"))
    original_lang = text.split("::", 1)[1].strip()
    lang = language_of(original_lang)
    if lang is None:
        return Heading(match.group("base"), None, original_lang)
    return Heading(match.group("base"), lang)


def is_na_name(name: str) -> bool:
    return name.strip().lower() in NA_NAMES


# --- our conditions → XLSForm ----------------------------------------------------------------


class NotExpressible(ValueError):
    """A condition XLSForm cannot express (the message says which part)."""


def to_expression(condition: Condition, na_name: Callable[[str], str] = lambda q: NA_NAME
                  ) -> str:
    """The XLSForm ``relevant`` text of a condition."""

    def inner(c: Condition) -> str:
        text = to_expression(c, na_name)
        return f"({text})" if isinstance(c, (AllOf, AnyOf)) else text

    if isinstance(condition, AllOf):
        return " and ".join(inner(c) for c in condition.items)
    if isinstance(condition, AnyOf):
        return " or ".join(inner(c) for c in condition.items)
    if isinstance(condition, Not):
        return f"not({to_expression(condition.item, na_name)})"
    ref = "${" + condition.question + "}"
    op = condition.op
    if op == "answered":
        return f"{ref} != ''"
    if op == "not_answered":
        return f"{ref} = ''"
    if op == "is_na":
        return f"{ref} = '{na_name(condition.question)}'"
    if op == "contains":
        return f"selected({ref}, {_literal(condition.value)})"
    if op == "in":
        return "(" + " or ".join(f"{ref} = {_literal(v)}" for v in condition.value) + ")"
    if op == "not_in":
        return "(" + " and ".join(f"{ref} != {_literal(v)}" for v in condition.value) + ")"
    symbol = {"eq": "=", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}[op]
    return f"{ref} {symbol} {_literal(condition.value)}"


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        raise NotExpressible(f"the value {str(value).lower()} has no XLSForm form")
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    raise NotExpressible(f"the text {text!r} holds both kinds of quote")


# --- XLSForm → our conditions ----------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What the expression parser needs to know of a question named in it."""

    kind: str  # our question type
    na_choice: str | None = None  # the name of its N/A choice, if it has one


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<ref>\$\{\s*[^}]*\})
      | (?P<number>-?\d+(?:\.\d+)?)
      | (?P<string>"[^"]*"|'[^']*')
      | (?P<op>!=|<=|>=|=|<|>|\(|\)|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_\-.]*)
    )""",
    re.VERBOSE,
)
_OPS = {"=": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}


def parse_expression(source: str, targets: Callable[[str], Target | None]) -> Condition:
    """The condition of an XLSForm ``relevant``; ``targets`` tells what an earlier question
    is (None: not an earlier question). ``ConditionError`` says what and at which character."""
    return _Parser(source, targets).parse()


class _Parser(TokenCursor):
    def __init__(self, source: str, targets: Callable[[str], Target | None]) -> None:
        self.tokens = self._tokenize(source)
        self.targets = targets
        self.i = 0

    @staticmethod
    def _tokenize(source: str) -> list[Token]:
        tokens = []
        pos = 0
        while source[pos:].strip():
            match = _TOKEN.match(source, pos)
            if match is None:
                start = len(source) - len(source[pos:].lstrip())
                raise ConditionError(f"at character {start + 1}: '{source[start:start + 12]}' "
                                     "is not supported here")
            kind = match.lastgroup or ""
            tokens.append(Token(kind, match.group(kind), match.start(kind) + 1))
            pos = match.end()
        tokens.append(Token("end", "", len(source) + 1))
        return tokens

    def _or(self) -> Condition:
        items = [self._and()]
        while self._is("or"):
            self.i += 1
            items.append(self._and())
        if len(items) == 1:
            return items[0]
        same = _same_question(items, "eq")
        if same:
            return Compare(same, "in", tuple(c.value for c in items))  # type: ignore[union-attr]
        return AnyOf(tuple(items))

    def _and(self) -> Condition:
        items = [self._unary()]
        while self._is("and"):
            self.i += 1
            items.append(self._unary())
        if len(items) == 1:
            return items[0]
        same = _same_question(items, "ne")
        if same:
            return Compare(same, "not_in",
                           tuple(c.value for c in items))  # type: ignore[union-attr]
        return AllOf(tuple(items))

    def _unary(self) -> Condition:
        if self._is("not"):
            self.i += 1
            self._expect("(")
            inner = self._or()
            self._expect(")")
            return Not(inner)
        return self._atom()

    def _atom(self) -> Condition:
        if self._is("("):
            self.i += 1
            inner = self._or()
            self._expect(")")
            return inner
        if self._is("selected"):
            self.i += 1
            self._expect("(")
            question, target = self._ref()
            self._expect(",")
            value = self._literal(target, question)
            self._expect(")")
            if target.kind != "multiple_choice":
                raise ConditionError(f"selected() needs a select_multiple question; "
                                     f"'{question}' is not one")
            return Compare(question, "contains", value)
        token = self._peek()
        if token.kind == "name":
            self._fail("only ${question} comparisons, selected(), and, or, not() are "
                       "supported")
        question, target = self._ref()
        token = self._peek()
        if token.kind != "op" or token.text not in _OPS:
            self._fail("expected a comparison (=, !=, <, <=, >, >=)")
        self.i += 1
        op = _OPS[token.text]
        literal_token = self._peek()
        value = self._literal(target, question)
        if value == "" and literal_token.kind == "string":
            if op not in ("eq", "ne"):
                raise ConditionError(f"at character {literal_token.pos}: '' can only be "
                                     "compared with = or !=")
            return Compare(question, "not_answered" if op == "eq" else "answered")
        if target.na_choice is not None and isinstance(value, str) and is_na_name(value):
            if op not in ("eq", "ne"):
                raise ConditionError(f"at character {literal_token.pos}: "
                                     f"'{value}' can only be compared with = or !=")
            na = Compare(question, "is_na")
            return na if op == "eq" else Not(na)
        if target.kind == "multiple_choice":
            raise ConditionError(f"'{question}' is select_multiple: use "
                                 f"selected(${{{question}}}, 'choice')")
        return Compare(question, op, value)

    def _ref(self) -> tuple[str, Target]:
        token = self._peek()
        if token.kind != "ref":
            self._fail("expected a question, written ${name}")
        self.i += 1
        name = token.text[2:-1].strip()
        target = self.targets(name)
        if target is None:
            raise ConditionError(f"at character {token.pos}: '{name}' is not a question "
                                 "above this one")
        return name, target

    def _literal(self, target: Target, question: str) -> Any:
        token = self._peek()
        if token.kind == "number":
            self.i += 1
            return float(token.text) if "." in token.text else int(token.text)
        if token.kind == "string":
            self.i += 1
            text = token.text[1:-1]
            if target.kind in ("scale", "number") and re.fullmatch(r"-?\d+", text.strip()):
                return int(text)  # select_one values are texts in XLSForm; ours are numbers
            return text
        self._fail("expected a number or a quoted text")
        return None  # pragma: no cover  (_fail raises)


def _same_question(items: list[Condition], op: str) -> str | None:
    if not all(isinstance(c, Compare) and c.op == op for c in items):
        return None
    questions = {c.question for c in items}  # type: ignore[union-attr]
    return next(iter(questions)) if len(questions) == 1 else None
