"""The English words of coded validation problems, and how a problem is made from a code.

A rule below the interface reports ``problem(field, code, name=value)``: the message is this
English text filled with the values (the command line and the log show it), and the code and
values travel with it so that the interface shows the same problem in the person's language
(``ui/problem_texts.py`` holds each text wrapped for translation; a test keeps both lists the
same, and the translation test makes sure each language has every text)."""

from __future__ import annotations

from .errors import FieldProblem

TEXTS: dict[str, str] = {
    "code_required": "a mission code is required",
    "code_format": "use 2 to 40 letters, digits, '-', '_', '.' or '/', e.g. JM-2019-INTD-01",
    "title_required": "a title is required",
    "title_too_long": "keep the title under {limit} characters",
    "end_before_start": "the end date {end} is before the start date {start}",
    "session_outside_mission": "{day} is outside the mission dates ({start} to {end})",
    "session_ends_before_start": "the session ends before it starts",
}


def problem(field: str, code: str, **values: object) -> FieldProblem:
    """The ``FieldProblem`` of ``code`` with its values (as text)."""
    texts = {name: str(value) for name, value in values.items()}
    return FieldProblem(field, TEXTS[code].format(**texts), code, tuple(sorted(texts.items())))
