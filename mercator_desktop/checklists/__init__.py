"""Checklist templates: the JSON format, its loader and validator, and the safe evaluator of
skip-logic conditions. No Qt and no database here: templates are data files (shipped under
``resources/checklists``, one file per instrument version) turned into immutable objects.

- ``model``: Template → Section (nested) → Question, Scale, Option; visibility of questions.
- ``conditions``: skip logic as a structured object or a small expression language (never
  ``eval``).
- ``loader``: JSON Schema plus the checks a schema cannot make; ``load_library`` keeps the
  good templates and reports the refused ones (file, place inside it, problem).
- ``values``: what an answer to each question type may be.
- ``xlsform``, ``xlsform_in``, ``xlsform_out``: the same templates read from and written to
  XLSForm workbooks (ODK, KoboToolbox), refusing what cannot be kept with its sheet, row and
  column.
"""

from .conditions import AnswerState, ConditionError, evaluate, parse_condition
from .loader import (
    TemplateError,
    TemplateLibrary,
    TemplateProblem,
    load_library,
    load_template_file,
)
from .model import Option, Question, Scale, ScalePoint, Section, Template, text_in, version_key
from .values import AnswerValueError, normalise

__all__ = [
    "AnswerState", "AnswerValueError", "ConditionError", "Option", "Question", "Scale",
    "ScalePoint", "Section", "Template", "TemplateError", "TemplateLibrary", "TemplateProblem",
    "evaluate", "load_library", "load_template_file", "normalise", "parse_condition",
    "text_in", "version_key",
]
