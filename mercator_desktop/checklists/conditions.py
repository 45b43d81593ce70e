"""Skip logic: when a question (or a section) is shown, as a condition on earlier answers.

A template writes a condition either as a structured object::

    {"question": "cc.policy", "op": "in", "value": ["yes", "partly"]}
    {"all": [...]}   {"any": [...]}   {"not": {...}}

or as a short expression in a small language of its own (parsed here, never ``eval``)::

    cc.policy in ["yes", "partly"] and cc.staff_total >= 50
    answered(ae.unit) and not na(ae.unit)
    contains(p5.traders, "women")

Operators: ``== != < <= > >=``, ``in [..]``, ``not in [..]``; functions ``answered(q)``,
``na(q)``, ``contains(q, value)``; ``and``, ``or``, ``not`` and brackets. Literals are
numbers, quoted strings, ``true`` and ``false``. Both forms become the same small tree of
dataclasses, and ``evaluate`` walks that tree.

Meaning: a comparison on a question that is unanswered, N/A or hidden is false (so a
follow-up stays hidden until its trigger is answered). ``answered(q)`` is true for a value or
an N/A; ``na(q)`` only for N/A. Comparing values of different kinds (a number with a text)
is false, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

COMPARISONS = ("eq", "ne", "lt", "le", "gt", "ge", "in", "not_in", "contains")
CHECKS = ("answered", "not_answered", "is_na")


class ConditionError(ValueError):
    """A condition that cannot be understood; the message says where and why."""


@dataclass(frozen=True)
class AnswerState:
    """What a condition sees of an answer."""

    value: Any = None
    not_applicable: bool = False

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.value not in (None, "", [])


@dataclass(frozen=True)
class Compare:
    question: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class AllOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    item: Condition


Condition = Compare | AllOf | AnyOf | Not


# --- building --------------------------------------------------------------------------------


def parse_condition(raw: Any) -> Condition:
    """The condition tree of a structured object or an expression string."""
    if isinstance(raw, str):
        return _Parser(raw).parse()
    if not isinstance(raw, dict):
        raise ConditionError("a condition is an object or an expression text")
    if "all" in raw:
        return AllOf(tuple(parse_condition(c) for c in raw["all"]))
    if "any" in raw:
        return AnyOf(tuple(parse_condition(c) for c in raw["any"]))
    if "not" in raw:
        return Not(parse_condition(raw["not"]))
    op = raw.get("op")
    question = raw.get("question")
    if not isinstance(question, str):
        raise ConditionError("'question' must name a question id")
    if op in CHECKS:
        return Compare(question, op)
    if op not in COMPARISONS:
        raise ConditionError(f"unknown operator '{op}'")
    if "value" not in raw:
        raise ConditionError(f"operator '{op}' needs a 'value'")
    value = raw["value"]
    if op in ("in", "not_in"):
        if not isinstance(value, list) or not value:
            raise ConditionError(f"operator '{op}' needs a non-empty list as 'value'")
        value = tuple(value)
    elif isinstance(value, (list, dict)):
        raise ConditionError(f"operator '{op}' compares with one number or text, not a list")
    return Compare(question, op, value)


def referenced_questions(condition: Condition) -> Iterator[Compare]:
    """Every comparison in the tree (each names one question)."""
    if isinstance(condition, Compare):
        yield condition
    elif isinstance(condition, (AllOf, AnyOf)):
        for item in condition.items:
            yield from referenced_questions(item)
    else:
        yield from referenced_questions(condition.item)


# --- evaluating ------------------------------------------------------------------------------


def evaluate(condition: Condition, answers: Mapping[str, AnswerState]) -> bool:
    if isinstance(condition, AllOf):
        return all(evaluate(c, answers) for c in condition.items)
    if isinstance(condition, AnyOf):
        return any(evaluate(c, answers) for c in condition.items)
    if isinstance(condition, Not):
        return not evaluate(condition.item, answers)
    state = answers.get(condition.question) or AnswerState()
    op = condition.op
    if op == "answered":
        return state.answered
    if op == "not_answered":
        return not state.answered
    if op == "is_na":
        return state.not_applicable
    if state.not_applicable or not state.answered:
        return False
    value = state.value
    if op == "contains":
        return isinstance(value, list) and condition.value in value
    if op in ("in", "not_in"):
        found = any(_same(value, v) for v in condition.value)
        return found if op == "in" else not found
    if op == "eq":
        return _same(value, condition.value)
    if op == "ne":
        return _comparable(value, condition.value) and not _same(value, condition.value)
    if not _comparable(value, condition.value) or isinstance(value, str) != isinstance(
        condition.value, str
    ):
        return False
    try:
        if op == "lt":
            return bool(value < condition.value)
        if op == "le":
            return bool(value <= condition.value)
        if op == "gt":
            return bool(value > condition.value)
        return bool(value >= condition.value)
    except TypeError:
        return False


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _comparable(a: Any, b: Any) -> bool:
    if _is_number(a) and _is_number(b):
        return True
    return type(a) is type(b)


def _same(a: Any, b: Any) -> bool:
    return _comparable(a, b) and a == b


# --- the expression language -----------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>-?\d+(?:\.\d+)?)
      | (?P<string>"[^"\\]*"|'[^'\\]*')
      | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
    )""",
    re.VERBOSE,
)
_OPS = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}
_FUNCTIONS = {"answered": "answered", "na": "is_na"}
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "answered", "na", "contains"}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int


def _tokens(source: str) -> list[Token]:
    tokens = []
    pos = 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        match = _TOKEN.match(source, pos)
        if match is None or match.end() == pos:
            start = len(source) - len(source[pos:].lstrip())
            raise ConditionError(f"at character {start + 1}: unexpected '{source[start]}'")
        kind = match.lastgroup or ""
        text = match.group(kind)
        tokens.append(Token(kind, text, match.start(kind) + 1))
        pos = match.end()
    tokens.append(Token("end", "", len(source) + 1))
    return tokens


class TokenCursor:
    """What a recursive-descent parser over ``Token`` s needs: the current token, a test and
    an expectation of a keyword or operator, and a failure naming the character. Subclasses
    set ``tokens`` and write ``_or`` (the top rule)."""

    tokens: list[Token]
    i: int = 0

    def parse(self) -> Condition:
        result = self._or()
        if self._peek().kind != "end":
            self._fail("expected 'and', 'or' or the end")
        return result

    def _or(self) -> Condition:
        raise NotImplementedError

    def _peek(self) -> Token:
        return self.tokens[self.i]

    def _fail(self, what: str) -> None:
        token = self._peek()
        found = f"'{token.text}'" if token.kind != "end" else "the end"
        raise ConditionError(f"at character {token.pos}: {what}, found {found}")

    def _is(self, text: str) -> bool:
        token = self._peek()
        return token.kind in ("name", "op") and token.text == text

    def _expect(self, text: str) -> None:
        if not self._is(text):
            self._fail(f"expected '{text}'")
        self.i += 1


class _Parser(TokenCursor):
    """Recursive descent over the grammar::

        expr  := and ("or" and)*
        and   := unary ("and" unary)*
        unary := "not" unary | atom
        atom  := "(" expr ")" | "answered" "(" id ")" | "na" "(" id ")"
               | "contains" "(" id "," literal ")"
               | id op literal | id ["not"] "in" "[" literal ("," literal)* "]"
    """

    def __init__(self, source: str) -> None:
        self.tokens = _tokens(source)
        self.i = 0

    def _next(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def _or(self) -> Condition:
        items = [self._and()]
        while self._is("or"):
            self.i += 1
            items.append(self._and())
        return items[0] if len(items) == 1 else AnyOf(tuple(items))

    def _and(self) -> Condition:
        items = [self._unary()]
        while self._is("and"):
            self.i += 1
            items.append(self._unary())
        return items[0] if len(items) == 1 else AllOf(tuple(items))

    def _unary(self) -> Condition:
        if self._is("not"):
            self.i += 1
            return Not(self._unary())
        return self._atom()

    def _question(self) -> str:
        token = self._peek()
        if token.kind != "name" or token.text in _KEYWORDS:
            self._fail("expected a question id")
        self.i += 1
        return token.text

    def _literal(self) -> Any:
        token = self._next()
        if token.kind == "number":
            return float(token.text) if "." in token.text else int(token.text)
        if token.kind == "string":
            return token.text[1:-1]
        if token.kind == "name" and token.text in ("true", "false"):
            return token.text == "true"
        self.i -= 1
        self._fail("expected a number, a quoted text, true or false")
        return None  # pragma: no cover  (_fail raises)

    def _atom(self) -> Condition:
        if self._is("("):
            self.i += 1
            inner = self._or()
            self._expect(")")
            return inner
        token = self._peek()
        if token.kind == "name" and token.text in _FUNCTIONS:
            self.i += 1
            self._expect("(")
            question = self._question()
            self._expect(")")
            return Compare(question, _FUNCTIONS[token.text])
        if token.kind == "name" and token.text == "contains":
            self.i += 1
            self._expect("(")
            question = self._question()
            self._expect(",")
            value = self._literal()
            self._expect(")")
            return Compare(question, "contains", value)
        question = self._question()
        if self._is("not"):
            self.i += 1
            if not self._is("in"):
                self._fail("expected 'in' after 'not'")
            self.i += 1
            return Compare(question, "not_in", self._list())
        if self._is("in"):
            self.i += 1
            return Compare(question, "in", self._list())
        token = self._peek()
        if token.kind != "op" or token.text not in _OPS:
            self._fail("expected a comparison (==, !=, <, <=, >, >=, in)")
        self.i += 1
        return Compare(question, _OPS[token.text], self._literal())

    def _list(self) -> tuple[Any, ...]:
        self._expect("[")
        values = [self._literal()]
        while self._is(","):
            self.i += 1
            values.append(self._literal())
        self._expect("]")
        return tuple(values)
