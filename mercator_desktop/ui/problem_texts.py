"""Validation problems in the interface language.

The services report a problem with a code and its values (``domain.problem_texts``); here each
code's English text is wrapped for translation, so ``problem_text`` says it in the chosen
language. A problem without a code (or with one not listed) shows its English message."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import FieldProblem

CONTEXT = "problems"

TEXTS: dict[str, str] = {
    "code_required": QT_TRANSLATE_NOOP("problems", "a mission code is required"),
    "code_format": QT_TRANSLATE_NOOP(
        "problems", "use 2 to 40 letters, digits, '-', '_', '.' or '/', e.g. JM-2019-INTD-01"),
    "title_required": QT_TRANSLATE_NOOP("problems", "a title is required"),
    "title_too_long": QT_TRANSLATE_NOOP("problems", "keep the title under {limit} characters"),
    "end_before_start": QT_TRANSLATE_NOOP(
        "problems", "the end date {end} is before the start date {start}"),
    "session_outside_mission": QT_TRANSLATE_NOOP(
        "problems", "{day} is outside the mission dates ({start} to {end})"),
    "session_ends_before_start": QT_TRANSLATE_NOOP(
        "problems", "the session ends before it starts"),
}


def problem_text(problem: FieldProblem) -> str:
    """``problem`` in the interface language."""
    english = TEXTS.get(problem.code)
    if not english:
        return problem.message
    return QCoreApplication.translate(CONTEXT, english).format(**dict(problem.values))


def problem_texts(problems: list[FieldProblem]) -> list[str]:
    return [problem_text(p) for p in problems]
