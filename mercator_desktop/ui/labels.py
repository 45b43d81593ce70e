"""Words shown for the stored codes of the mission's results (assessment status, finding kind,
priority, timeframe, action status) and of the sync inbox (record types), translatable in
one place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from ..checklists.model import Provenance, text_in
from .problem_texts import error_text, message_text


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
    """The languages of the instruments, each named in itself."""
    from .i18n import LANGUAGE_NAMES

    return dict(LANGUAGE_NAMES)


def record_types() -> dict[str, str]:
    return {
        "missions": _tr("Mission"), "team_members": _tr("Team member"),
        "agenda_items": _tr("Agenda session"), "counterparts": _tr("Counterpart"),
        "mission_links": _tr("Linked instrument"), "assessments": _tr("Assessment"),
        "answers": _tr("Answer"), "answer_changes": _tr("Answer history"),
        "evidence": _tr("Evidence"), "assessment_events": _tr("Assessment event"),
        "findings": _tr("Finding"), "recommendations": _tr("Recommendation"),
        "action_items": _tr("Action item"), "action_progress": _tr("Progress update"),
        "issued_reports": _tr("Issued report"),
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



#: The advice of ``services.sync`` (``REFUSAL_ADVICE`` for records HQ refused, the way out of
#: records waiting from HQ), English there for the command line; listed here so that they
#: are translated. A test checks that every sentence of the service is in this list.
SYNC_ADVICE = (
    QT_TRANSLATE_NOOP("labels", "Rename this mission (its code) and sync again."),
    QT_TRANSLATE_NOOP("labels", "Reopen the assessment (with a reason) to keep your answer, "
                      "or discard your change to take HQ's."),
    QT_TRANSLATE_NOOP("labels", "Nothing to do: the mission stays on this laptop, read-only. "
                      "Discard your change to clear this line."),
    QT_TRANSLATE_NOOP("labels", "Sync again later; if it stays, discard your change or ask "
                      "HQ."),
    QT_TRANSLATE_NOOP("labels", "Correct the record (the reason names the field) and sync "
                      "again."),
    QT_TRANSLATE_NOOP("labels", "A record of this laptop holds the same code or key: rename "
                      "yours (e.g. the mission code); this one is applied at the next sync."),
    QT_TRANSLATE_NOOP("labels", "It is applied as soon as the record it belongs to arrives "
                      "(at a next sync)."),
    QT_TRANSLATE_NOOP("labels", "Update Mercator Desktop; it is kept until then."),
    QT_TRANSLATE_NOOP("labels", "The record went to HQ; the file stays on this laptop. "
                      "Attach a smaller copy (a compressed PDF, a photo) if HQ needs it."),
)


def sync_advice(text: str) -> str:
    """A sentence of ``SYNC_ADVICE`` in the interface's language (any other as it is)."""
    return QCoreApplication.translate("labels", text)


def provenance_status(provenance: Provenance) -> str:
    return _tr("Official wording") if provenance.official else \
        _tr("Draft wording, not official")


def provenance_lines(provenance: Provenance, lang: str) -> list[str]:
    """Where a checklist's wording comes from: its status, source and licence note."""
    lines = [provenance_status(provenance)]
    source = text_in(provenance.source, lang)
    if source:
        lines.append(_tr("Source: {source}").format(source=isolated(source)))
    licence = text_in(provenance.licence, lang)
    if licence:
        lines.append(_tr("Licence: {licence}").format(licence=isolated(licence)))
    return lines


def isolated(text: str) -> str:
    """``text`` from elsewhere (a checklist, a person) set inside a sentence of a right-to-left
    interface as one unit in its own direction, so that an English sentence keeps its full
    stop at its end (Unicode first-strong isolate)."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2068{text}\u2069"
    return text


def sync_message(error: object) -> str:
    """A sync failure (a ``SyncFailed``, or a message stored earlier) in the interface's
    language (see ``problem_texts``)."""
    return error_text(error) if isinstance(error, BaseException) else message_text(error)
