"""Rules on mission values that hold wherever a mission is edited (dialog, import, sync)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from .errors import FieldProblem
from .problem_texts import problem
from .record_fields import RECORD_FIELDS

MISSION_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{1,39}$")


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end


def check_code(code: str) -> list[FieldProblem]:
    if not code.strip():
        return [problem("code", "code_required")]
    if not MISSION_CODE_RE.match(code.strip()):
        return [problem("code", "code_format")]
    return []


def check_title(title: str) -> list[FieldProblem]:
    if not title.strip():
        return [problem("title", "title_required")]
    limit = RECORD_FIELDS["missions"]["title"].max_length or 0
    if len(title) > limit:
        return [problem("title", "title_too_long", limit=limit)]
    return []


def check_dates(start: date | None, end: date | None) -> list[FieldProblem]:
    if start and end and end < start:
        return [problem("end_date", "end_before_start", end=end.isoformat(),
                        start=start.isoformat())]
    return []


def check_participants(
    women: int | None, men: int | None, total: int | None
) -> list[FieldProblem]:
    problems = []
    for name, value in (
        ("participants_women", women),
        ("participants_men", men),
        ("participants_total", total),
    ):
        if value is not None and value < 0:
            problems.append(problem(name, "not_negative"))
    if total is not None and (women or 0) + (men or 0) > total:
        problems.append(
            problem("participants_total", "total_below_women_men", total=total,
                    sum=(women or 0) + (men or 0))
        )
    return problems


def check_agenda_slot(
    day: date,
    start: time | None,
    end: time | None,
    mission_start: date | None,
    mission_end: date | None,
) -> list[FieldProblem]:
    problems = []
    if (mission_start and day < mission_start) or (mission_end and day > mission_end):
        problems.append(problem("date", "session_outside_mission", day=day.isoformat(),
                                start=_iso(mission_start), end=_iso(mission_end)))
    if start and end and end <= start:
        problems.append(problem("end_time", "session_ends_before_start"))
    return problems


def _iso(d: date | None) -> str:
    return d.isoformat() if d else "?"


#: a code of the usual shape: country, year, type part, number (``JM-2019-INTD-01``)
USUAL_CODE_RE = re.compile(r"^[A-Za-z]{2}-\d{4}-([A-Za-z0-9]+)-\d+$")


def code_type_part(type_code: str, codes_of_type: Iterable[str]) -> str:
    """The type part of a suggested mission code: the one the missions of this type use most
    (``INTD`` when they are ``JM-2019-INTD-01`` …), else made from the type's code words
    (``integrity_diagnostic`` → ``ID``, ``workshop`` → ``WORK``)."""
    used = Counter(m.group(1).upper() for c in codes_of_type if (m := USUAL_CODE_RE.match(c)))
    if used:
        return sorted(used.items(), key=lambda item: (-item[1], item[0]))[0][0]
    words = [w for w in re.split(r"[^A-Za-z0-9]+", type_code) if w]
    if not words:
        return "MIS"
    if len(words) == 1:
        return words[0][:5 if len(words[0]) <= 5 else 4].upper()
    return "".join(w[0] for w in words).upper()

