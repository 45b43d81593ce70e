"""The in-memory form of a checklist template: immutable, built by the loader once the file
passed every check, so the rest of the program can trust it (ids unique, scales known,
conditions pointing at earlier questions)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .conditions import AnswerState, Condition, evaluate

Text = Mapping[str, str]

QUESTION_TYPES = ("scale", "yes_no_partly", "number", "text", "date", "single_choice",
                  "multiple_choice")
YES_NO_PARTLY = ("yes", "partly", "no")
# Scores of yes/no/partly when it is scored (a fraction of the question's weight).
YES_NO_PARTLY_SCORES = {"yes": 1.0, "partly": 0.5, "no": 0.0}
DEFAULT_LANGUAGE = "en"


def text_in(text: Text | None, lang: str) -> str:
    """The text in ``lang``, else English, else the first language present, else ""."""
    if not text:
        return ""
    return text.get(lang) or text.get(DEFAULT_LANGUAGE) or next(iter(text.values()), "")


def version_key(version: str) -> tuple[Any, ...]:
    """Orders versions naturally: 2019 < 2023.1 < 2023.2 < 2023.10."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-]", version))


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: Text
    description: Text = field(default_factory=dict)


@dataclass(frozen=True)
class Scale:
    id: str
    points: tuple[ScalePoint, ...]
    not_applicable: bool = True
    name: Text = field(default_factory=dict)
    not_applicable_label: Text = field(default_factory=dict)
    verified: bool = True

    # Made once per scale (a frozen dataclass keeps them in its __dict__): scoring a
    # 200-question assessment asks for them a thousand times on each refresh.
    @cached_property
    def values(self) -> tuple[int, ...]:
        return tuple(p.value for p in self.points)

    @cached_property
    def minimum(self) -> int:
        return min(self.values)

    @cached_property
    def maximum(self) -> int:
        return max(self.values)

    @cached_property
    def _by_value(self) -> dict[Any, ScalePoint]:
        by_value: dict[Any, ScalePoint] = {}
        for p in self.points:
            by_value.setdefault(p.value, p)  # the first, as a search in order would give
        return by_value

    def point(self, value: Any) -> ScalePoint | None:
        try:
            return self._by_value.get(value)
        except TypeError:  # unhashable: a value of another kind (a newer version's) is none
            return None


@dataclass(frozen=True)
class Option:
    value: str
    label: Text
    score: float | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: Text
    section_id: str
    number: str
    help: Text = field(default_factory=dict)
    scale: Scale | None = None
    options: tuple[Option, ...] = ()
    required: bool = False
    weight: float = 1.0
    allow_na: bool = False
    visible_if: Condition | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    unit: Text = field(default_factory=dict)
    max_length: int | None = None
    reference: tuple[str, str] | None = None

    @property
    def max_points(self) -> float | None:
        """Points a full answer earns before weighting; None when the type is not scored."""
        if self.type == "scale" and self.scale is not None:
            return float(self.scale.maximum - self.scale.minimum)
        if self.type == "yes_no_partly":
            return 1.0
        if self.type == "single_choice":
            scores = [o.score for o in self.options if o.score is not None]
            return max(scores) if scores else None
        return None

    def points_for(self, value: Any) -> float | None:
        """Points ``value`` earns before weighting; None for unscored types or values."""
        if value is None:
            return None
        if self.type == "scale" and self.scale is not None:
            return float(value - self.scale.minimum) if self.scale.point(value) else None
        if self.type == "yes_no_partly":
            return YES_NO_PARTLY_SCORES.get(value)
        if self.type == "single_choice":
            option = self.option(value)
            return option.score if option is not None else None
        return None

    def option(self, value: Any) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    @property
    def na_allowed(self) -> bool:
        return self.allow_na or (self.scale is not None and self.scale.not_applicable)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    number: str
    depth: int
    parent_id: str | None
    label: str = ""
    intro: Text = field(default_factory=dict)
    weight: float = 1.0
    visible_if: Condition | None = None
    reference: tuple[str, str] | None = None
    verified: bool = True
    questions: tuple[Question, ...] = ()
    sections: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.sections:
            yield from child.walk()

    def all_questions(self) -> Iterator[Question]:
        for section in self.walk():
            yield from section.questions


PROVENANCE_STATUSES = ("official", "draft")


@dataclass(frozen=True)
class Provenance:
    """Where an instrument's wording comes from: ``official`` (the owner's own text, e.g. as
    published by WCO HQ) or ``draft`` (written by someone else, to be confirmed), the source
    and a licence note, each in the template's languages."""

    status: str = "draft"
    source: Text = field(default_factory=dict)
    licence: Text = field(default_factory=dict)

    @property
    def official(self) -> bool:
        return self.status == "official"


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    languages: tuple[str, ...]
    title: Text
    sections: tuple[Section, ...]
    scales: Mapping[str, Scale]
    description: Text = field(default_factory=dict)
    provenance: Provenance = field(default_factory=Provenance)
    verified: bool = True
    released: str = ""
    source: str = ""
    checksum: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    @cached_property
    def questions(self) -> tuple[Question, ...]:
        """Every question in document order."""
        return tuple(q for s in self.sections for q in s.all_questions())

    @cached_property
    def question_index(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def section_index(self) -> dict[str, Section]:
        return {s.id: s for top in self.sections for s in top.walk()}

    def question(self, question_id: str) -> Question | None:
        return self.question_index.get(question_id)

    def section(self, section_id: str) -> Section | None:
        return self.section_index.get(section_id)

    def walk_sections(self) -> Iterator[Section]:
        for top in self.sections:
            yield from top.walk()

    def section_path(self, section_id: str) -> list[Section]:
        """The section and its ancestors, outermost first."""
        path: list[Section] = []
        current = self.section_index.get(section_id)
        while current is not None:
            path.insert(0, current)
            current = self.section_index.get(current.parent_id) if current.parent_id else None
        return path

    def visibility(self, answers: Mapping[str, AnswerState]) -> dict[str, bool]:
        """Which questions are shown, given the answers (question id → state).

        Worked out in document order: a hidden question counts as unanswered for the
        conditions after it, so chains of skip logic collapse together; a hidden section
        hides everything in it.
        """
        shown: dict[str, bool] = {}
        effective: dict[str, AnswerState] = {}

        def visit(section: Section, parent_visible: bool) -> None:
            visible = parent_visible and (
                section.visible_if is None or evaluate(section.visible_if, effective)
            )
            for question in section.questions:
                q_visible = visible and (
                    question.visible_if is None or evaluate(question.visible_if, effective)
                )
                shown[question.id] = q_visible
                if q_visible and question.id in answers:
                    effective[question.id] = answers[question.id]
            for child in section.sections:
                visit(child, visible)

        for top in self.sections:
            visit(top, True)
        return shown
