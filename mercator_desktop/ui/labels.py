"""Words shown for the stored codes of the mission's results (assessment status, finding kind,
priority, timeframe, action status) and of the sync inbox (record types), translatable in
one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def assessment_statuses() -> dict[str, str]:
    return {"draft": _tr("Draft"), "completed": _tr("Completed"),
            "validated": _tr("Validated")}


def finding_kinds() -> dict[str, str]:
    return {"gap": _tr("Gap"), "strength": _tr("Strength")}


def priorities() -> dict[str, str]:
    return {"high": _tr("High"), "medium": _tr("Medium"), "low": _tr("Low")}


def timeframes() -> dict[str, str]:
    return {"short": _tr("Short term"), "medium": _tr("Medium term"),
            "long": _tr("Long term")}


def action_statuses() -> dict[str, str]:
    return {"not_started": _tr("Not started"), "in_progress": _tr("In progress"),
            "done": _tr("Done"), "cancelled": _tr("Cancelled")}


def link_kinds() -> dict[str, str]:
    return {"arusha": _tr("Arusha"), "geoat": _tr("GEOAT"), "tfa": _tr("TFA")}


def languages() -> dict[str, str]:
    return {"en": "English", "fr": "Français"}


def record_types() -> dict[str, str]:
    return {
        "missions": _tr("Mission"), "team_members": _tr("Team member"),
        "agenda_items": _tr("Agenda session"), "counterparts": _tr("Counterpart"),
        "mission_links": _tr("Linked instrument"), "assessments": _tr("Assessment"),
        "answers": _tr("Answer"), "answer_changes": _tr("Answer history"),
        "evidence": _tr("Evidence"), "assessment_events": _tr("Assessment event"),
        "findings": _tr("Finding"), "recommendations": _tr("Recommendation"),
        "action_items": _tr("Action item"), "action_progress": _tr("Progress update"),
        "experts": _tr("Expert"), "accreditations": _tr("Accreditation"),
        "administrations": _tr("Administration"), "programmes": _tr("Programme"),
    }


def field_name(field: str) -> str:
    """A stored field's name as words ("responsible_unit" → "Responsible unit")."""
    known = {
        "title": _tr("Title"), "code": _tr("Code"), "status_code": _tr("Status"),
        "start_date": _tr("Start date"), "end_date": _tr("End date"),
        "objectives": _tr("Objectives"), "value": _tr("Answer"), "note": _tr("Note"),
        "text": _tr("Text"), "deleted": _tr("In the trash"), "priority": _tr("Priority"),
        "status": _tr("Status"), "activity": _tr("Activity"),
    }
    return known.get(field) or field.replace("_", " ").capitalize()
