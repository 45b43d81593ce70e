"""Scores of an assessment: per section (nested) and overall. Pure functions, no I/O.

The rule: a score is the percentage of the maximum over the **answered, non-N/A, scored**
items, weights applied::

    score = 100 × Σ(weight × points) / Σ(weight × max_points)

A section's points count in its parent (and overall) times the section's weight, so an
item's effective weight is its own weight times the weights of every section above it. A
section weight changes how much the section counts higher up, never the section's own
percentage (a section of weight 0 still shows its own score but adds nothing above it).
Items with weight 0 or without a maximum (text, number, date, multiple choice) are never
scored; they still count as answered / N/A / unanswered. Hidden
items (skip logic) count nowhere. A section with nothing scored has no score (None), never 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ItemInput:
    """One question as scoring sees it."""

    question_id: str
    points: float | None = None  # earned before weighting; None when unanswered or unscored
    max_points: float | None = None  # None when the question type is not scored
    weight: float = 1.0
    answered: bool = False
    not_applicable: bool = False
    visible: bool = True
    required: bool = False

    @property
    def scored(self) -> bool:
        return bool(self.max_points) and self.weight > 0


@dataclass(frozen=True)
class SectionInput:
    section_id: str
    items: Sequence[ItemInput] = ()
    sections: Sequence[SectionInput] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class Score:
    earned: float = 0.0
    possible: float = 0.0
    questions: int = 0  # visible questions
    answered: int = 0  # with a value (N/A not included)
    not_applicable: int = 0
    unanswered: int = 0
    scored: int = 0  # answered items that entered the score
    required_missing: int = 0

    @property
    def percent(self) -> float | None:
        return 100.0 * self.earned / self.possible if self.possible > 0 else None

    @property
    def done(self) -> int:
        """Answered or marked N/A: what progress counts."""
        return self.answered + self.not_applicable

    @property
    def progress(self) -> float:
        return self.done / self.questions if self.questions else 1.0

    def scaled(self, factor: float) -> Score:
        """The same counts with the points weighted by ``factor`` (a section's weight)."""
        return Score(self.earned * factor, self.possible * factor, self.questions,
                     self.answered, self.not_applicable, self.unanswered, self.scored,
                     self.required_missing)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.earned + other.earned, self.possible + other.possible,
            self.questions + other.questions, self.answered + other.answered,
            self.not_applicable + other.not_applicable, self.unanswered + other.unanswered,
            self.scored + other.scored, self.required_missing + other.required_missing,
        )


@dataclass(frozen=True)
class SectionScore:
    section_id: str
    score: Score
    sections: tuple[SectionScore, ...] = field(default_factory=tuple)

    def walk(self) -> Iterable[SectionScore]:
        yield self
        for child in self.sections:
            yield from child.walk()


@dataclass(frozen=True)
class ScoreReport:
    overall: Score
    sections: tuple[SectionScore, ...]

    def by_section(self) -> dict[str, Score]:
        return {s.section_id: s.score for top in self.sections for s in top.walk()}


def score_item(item: ItemInput) -> Score:
    """The contribution of one item, weighted by its own weight."""
    if not item.visible:
        return Score()
    if item.not_applicable:
        return Score(questions=1, not_applicable=1)
    if not item.answered:
        return Score(questions=1, unanswered=1, required_missing=int(item.required))
    if item.scored and item.points is not None:
        assert item.max_points is not None
        if not 0 <= item.points <= item.max_points:
            raise ValueError(f"{item.question_id}: {item.points} points is outside "
                             f"0..{item.max_points}")
        return Score(earned=item.weight * item.points,
                     possible=item.weight * item.max_points, questions=1, answered=1,
                     scored=1)
    return Score(questions=1, answered=1)


def score_section(section: SectionInput) -> SectionScore:
    """A section's own score (its weight is applied by whoever adds it up)."""
    total = Score()
    for item in section.items:
        total = total + score_item(item)
    children = tuple(score_section(child) for child in section.sections)
    for child_input, child in zip(section.sections, children, strict=True):
        total = total + child.score.scaled(child_input.weight)
    return SectionScore(section.section_id, total, children)


def score_assessment(sections: Sequence[SectionInput]) -> ScoreReport:
    scored = tuple(score_section(s) for s in sections)
    overall = Score()
    for section_input, s in zip(sections, scored, strict=True):
        overall = overall + s.score.scaled(section_input.weight)
    return ScoreReport(overall, scored)
