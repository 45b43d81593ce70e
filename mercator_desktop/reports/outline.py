"""The order, letters and numbers of the mission report's annexes, written once for the PDF
(``mission_pdf``) and the Word document (``mission_docx``): which annexes the report has
(answers only when an assessment has answers, the history only when one has a history), the
letter each gets, its title, and the numbered assessments under it. Pure: no reportlab, no
python-docx.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from string import ascii_uppercase

from .mission_data import AssessmentResult, MissionReportData
from .texts import Texts

ANSWERS, PARTICIPANTS, HISTORY = "answers", "participants", "history"


@dataclass(frozen=True)
class Annex:
    kind: str  # ANSWERS, PARTICIPANTS or HISTORY
    title: str  # "Annex A: Answers to the assessments"
    # The assessments it shows, each with its number ("A.1"); none for the participants.
    parts: tuple[tuple[str, AssessmentResult], ...] = ()


def annexes(data: MissionReportData, t: Texts) -> tuple[Annex, ...]:
    """The report's annexes in order, lettered A, B, C … as they come."""
    letters = iter(ascii_uppercase)
    out: list[Annex] = []

    def numbered(letter: str, shown: Callable[[AssessmentResult], bool],
                 ) -> tuple[tuple[str, AssessmentResult], ...]:
        # Numbered by the assessment's place in the results (5.1, 5.2 …), as in section 5.
        return tuple((f"{letter}.{i}", r) for i, r in enumerate(data.assessments, start=1)
                     if shown(r))

    if any(r.answers for r in data.assessments):
        letter = next(letters)
        out.append(Annex(ANSWERS, t("h_annex_answers", n=letter),
                         numbered(letter, lambda r: bool(r.answers))))
    out.append(Annex(PARTICIPANTS, t("h_annex_participants", n=next(letters))))
    if any(r.history is not None for r in data.assessments):
        letter = next(letters)
        out.append(Annex(HISTORY, t("h_annex_history", n=letter),
                         numbered(letter, lambda r: r.history is not None)))
    return tuple(out)
