"""Checks an answer value against its question: the one rule for what may be stored.

Stored forms (JSON): a scale point's integer value; ``"yes"``/``"partly"``/``"no"``; a
number; a text; a date as ``YYYY-MM-DD``; an option value; a list of option values (in the
template's order). ``None`` (or ``""``/``[]``) means unanswered.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.problem_texts import say
from .model import YES_NO_PARTLY, Question


class AnswerValueError(ValueError):
    """The value does not fit the question; the message says why in plain words."""


def normalise(question: Question, value: Any) -> Any:
    """The value in its stored form, or ``AnswerValueError``. Empty values become None."""
    if value is None or value == "" or value == []:
        return None
    kind = question.type
    if kind == "scale":
        assert question.scale is not None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
            raise AnswerValueError(say("rating_whole_number"))
        value = int(value)
        if question.scale.point(value) is None:
            allowed = ", ".join(str(v) for v in question.scale.values)
            raise AnswerValueError(say("not_on_scale", value=value, allowed=allowed))
        return value
    if kind == "yes_no_partly":
        if value not in YES_NO_PARTLY:
            raise AnswerValueError(say("answer_yes_partly_no"))
        return value
    if kind == "number":
        return _number(question, value)
    if kind == "text":
        if not isinstance(value, str):
            raise AnswerValueError(say("answer_text"))
        text = value.strip()
        if question.max_length is not None and len(text) > question.max_length:
            raise AnswerValueError(say("at_most_characters", limit=question.max_length))
        return text or None
    if kind == "date":
        if isinstance(value, date):
            return value.isoformat()
        try:
            return date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise AnswerValueError(say("date_format")) from None
    if kind == "single_choice":
        if question.option(value) is None:
            raise AnswerValueError(say("not_a_choice", value=value))
        return value
    if kind == "multiple_choice":
        if not isinstance(value, (list, tuple, set, frozenset)):
            raise AnswerValueError(say("answer_choices"))
        unknown = [v for v in value if question.option(v) is None]
        if unknown:
            raise AnswerValueError(say("not_a_choice", value=unknown[0]))
        chosen = set(value)
        return [o.value for o in question.options if o.value in chosen] or None
    raise AnswerValueError(f"unknown question type '{kind}'")  # pragma: no cover


def _number(question: Question, value: Any) -> int | float:
    if isinstance(value, str):
        text = value.strip().replace(",", ".").replace(" ", "")
        try:
            value = float(text)
        except ValueError:
            raise AnswerValueError(say("answer_number")) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise AnswerValueError(say("answer_number"))
    if question.integer:
        if value != int(value):
            raise AnswerValueError(say("answer_whole_number"))
        value = int(value)
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    if question.minimum is not None and value < question.minimum:
        raise AnswerValueError(say("at_least", limit=_fmt(question.minimum)))
    if question.maximum is not None and value > question.maximum:
        raise AnswerValueError(say("at_most", limit=_fmt(question.maximum)))
    return value


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def is_valid(question: Question, value: Any) -> bool:
    try:
        normalise(question, value)
    except AnswerValueError:
        return False
    return True
