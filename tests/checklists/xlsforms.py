"""XLSForm workbooks written by the tests, the way an M&E officer writes them in Excel: one
row per question, ``label::English (en)`` columns, lists in ``choices``."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

EN, FR = "label::English (en)", "label::French (fr)"
HINT_EN, HINT_FR = "hint::English (en)", "hint::French (fr)"


def L(en: str, fr: str | None = None) -> dict[str, str]:
    return {EN: en, FR: fr if fr is not None else f"{en} (fr)"}


def H(en: str, fr: str | None = None) -> dict[str, str]:
    return {HINT_EN: en, HINT_FR: fr if fr is not None else f"{en} (fr)"}


#: A form using every construct Mercator maps.
SURVEY: list[dict[str, Any]] = [
    {"type": "begin group", "name": "unit", **L("The integrity unit"), "number": "1",
     **H("Ask the head of the unit.")},
    {"type": "select_one yn", "name": "unit.exists", **L("Is there an integrity unit?"),
     "required": "yes", "weight": 0},
    {"type": "note", "name": "unit.note", **L("Count staff on the day of the visit.")},
    {"type": "integer", "name": "unit.staff", **L("How many staff does it have?"),
     "relevant": "${unit.exists} = 'yes' or ${unit.exists} = 'partly'",
     "constraint": ". >= 0 and . <= 500", "unit_en": "people", "unit_fr": "personnes"},
    {"type": "decimal", "name": "unit.budget", **L("Budget share"),
     "relevant": "${unit.staff} > 10 and not(${unit.exists} = 'no')"},
    {"type": "date", "name": "unit.since", **L("Created on"),
     "relevant": "${unit.exists} != ''"},
    {"type": "begin group", "name": "unit.work", **L("Its work"),
     "relevant": "${unit.exists} != 'no'"},
    {"type": "select_one level", "name": "unit.work.plan", **L("Is there an action plan?"),
     "required": "yes", "weight": 2, "reference": "arusha:4", **H("Look at the plan.")},
    {"type": "select_one level", "name": "unit.work.review", **L("Is the plan reviewed?"),
     "required": "true()", "relevant": "${unit.work.plan} >= 2 or ${unit.work.plan} = 'na'"},
    {"type": "end group"},
    {"type": "end group"},
    {"type": "begin group", "name": "other", **L("Other matters"), "weight": 0.5},
    {"type": "select_one kind", "name": "other.kind", **L("Which kind of code?")},
    {"type": "select_multiple topics", "name": "other.topics", **L("Topics covered"),
     "relevant": "${other.kind} = 'ethics'"},
    {"type": "text", "name": "other.notes", **L("Notes"),
     "relevant": "selected(${other.topics}, 'gifts')",
     "constraint": "string-length(.) <= 300"},
    {"type": "end group"},
]

CHOICES: list[dict[str, Any]] = [
    {"list_name": "yn", "name": "yes", **L("Yes", "Oui")},
    {"list_name": "yn", "name": "partly", **L("Partly", "En partie")},
    {"list_name": "yn", "name": "no", **L("No", "Non")},
    *[{"list_name": "level", "name": str(v), **L(f"Level {v}"),
       "description_en": f"What level {v} means", "description_fr": f"Le niveau {v}"}
      for v in range(1, 5)],
    {"list_name": "level", "name": "n/a", **L("Not applicable", "Sans objet")},
    {"list_name": "kind", "name": "ethics", **L("Code of ethics"), "score": 2},
    {"list_name": "kind", "name": "conduct", **L("Code of conduct"), "score": 1},
    {"list_name": "kind", "name": "NA", **L("None", "Aucun")},
    {"list_name": "topics", "name": "gifts", **L("Gifts")},
    {"list_name": "topics", "name": "conflicts", **L("Conflicts of interest")},
]

SETTINGS: dict[str, Any] = {
    "form_title": "Integrity unit check", "form_title_fr": "Contrôle de l'unité d'intégrité",
    "form_id": "unit_check", "version": "2024.1", "default_language": "English (en)",
    "provenance": "official", "source_en": "WCO Integrity Sub-Committee, 2024",
    "source_fr": "Sous-comité de l'intégrité de l'OMD, 2024",
    "licence_en": "WCO, all rights reserved", "licence_fr": "OMD, tous droits réservés",
}


def form() -> dict[str, Any]:
    """A fresh copy of the complete form, to change in a test."""
    return {"survey": copy.deepcopy(SURVEY), "choices": copy.deepcopy(CHOICES),
            "settings": [dict(SETTINGS)]}


def write_xlsform(path: Path, sheets: dict[str, list[dict[str, Any]]]) -> Path:
    """Write the sheets (rows as heading → value) to ``path``; row 1 holds the headings, so a
    row's index in the list + 2 is its row number in Excel."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        columns = list(dict.fromkeys(k for row in rows for k in row))
        for col, heading in enumerate(columns):
            sheet.write_string(0, col, heading)
        for r, row in enumerate(rows, start=1):
            for col, heading in enumerate(columns):
                value = row.get(heading)
                if isinstance(value, (int, float)):
                    sheet.write_number(r, col, value)
                elif value is not None:
                    sheet.write_string(r, col, str(value))
    book.close()
    return path
