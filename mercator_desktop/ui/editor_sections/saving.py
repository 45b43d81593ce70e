"""The mission editor's Save: what was typed, read and handed to the services in one
transaction, and what follows.

A new mission goes through ``MissionService.save_plan``; a stored one sends only what was
changed in this window, against what the window loaded (``save_changes``). What the services
answer is shown here: problems beside their fields (nothing stored), fields changed both here
and elsewhere (Keep mine / Take theirs, see ``editor_sections.conflicts``), a double booking
(asked before it is saved), or the saved mission shown again with the history started anew.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ...domain.errors import (
    BookingConflictError,
    EditConflictError,
    FieldProblem,
    UserError,
    ValidationError,
)
from ...services.dto import (
    CounterpartView,
    MissionChanges,
    MissionDetail,
    MissionInput,
    TeamAssignment,
)
from .. import messages
from ..events import app_events
from ..problem_texts import error_text
from . import changes as diff
from .agenda import views_of

if TYPE_CHECKING:
    from ..mission_editor import MissionEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class EditorSaving:
    """Save for one mission editor."""

    def __init__(self, editor: MissionEditor) -> None:
        self.editor = editor

    def collect(self) -> tuple[MissionInput, list[FieldProblem]]:
        """The mission as typed, and what could not be read (those fields are left empty
        in the input)."""
        editor = self.editor
        problems: list[FieldProblem] = []
        values: dict[str, Any] = {}
        for section in editor.section_widgets:
            values.update(section.fields.values(problems))
        if not values["type_code"]:
            problems.append(FieldProblem("type", _tr("choose the type of mission")))
        if not values["country_iso2"] and not any(p.field == "country" for p in problems):
            problems.append(FieldProblem("country", _tr("choose the country")))
        for name in ("type_code", "country_iso2"):
            values[name] = values[name] or ""
        data = MissionInput(**values)
        data.team = [TeamAssignment(r.expert_id, r.role) for r in editor.team.team_model.rows()]
        data.links = {kind: sorted(codes) for kind, codes in editor.links.codes().items()}
        return data, problems

    def plan_rows(self) -> tuple[list[Any], list[CounterpartView]]:
        editor = self.editor
        return (views_of(editor.agenda.agenda_model.rows()),
                [CounterpartView(r.id, r.name, r.unit, r.contact)
                 for r in editor.participants.counterpart_model.rows()])

    def changes(self, data: MissionInput) -> MissionChanges:
        base = self.editor.base
        assert base is not None
        agenda, people = self.plan_rows()
        links = {(kind, code) for kind, codes in (data.links or {}).items() for code in codes}
        scalars = {k: v for k, v in vars(data).items() if k not in ("team", "links")}
        return MissionChanges(
            revision=base.revision, loaded=base.loaded_input(),
            fields=diff.changed_fields(base, scalars),
            team=diff.team_edits(base, data.team or []),
            links_added=links - base.links, links_removed=base.links - links,
            agenda=diff.agenda_edits(base, agenda),
            counterparts=diff.counterpart_edits(base, people))

    def save(self) -> None:
        editor = self.editor
        editor.problems.clear()
        data, unreadable = self.collect()
        if unreadable:
            # Nothing is stored; still show every other problem the services see.
            editor._export_after_save = False
            agenda, counterparts = self.plan_rows()
            fields = {p.field for p in unreadable}
            others = [p for p in editor.missions.check_plan(editor.mission_id, data, agenda,
                                                            counterparts)
                      if p.field not in fields]
            editor.problems.show(unreadable + others)
            return
        self.store(data, allow_conflicts=False)

    def store(self, data: MissionInput, allow_conflicts: bool) -> None:
        editor = self.editor
        try:
            if editor.mission_id is None:
                agenda, counterparts = self.plan_rows()
                detail = editor.missions.save_plan(None, data, agenda, counterparts,
                                                   allow_conflicts=allow_conflicts)
            else:
                detail = editor.missions.save_changes(editor.mission_id, self.changes(data),
                                                      allow_conflicts=allow_conflicts)
        except EditConflictError as exc:
            editor._export_after_save = False
            editor.conflicts.ask(exc.conflicts)
            return
        except ValidationError as exc:
            editor._export_after_save = False
            editor.problems.show(exc.problems)
            return
        except BookingConflictError as exc:
            self.ask_about_double_booking(exc, data)
            return
        except UserError as exc:
            editor._export_after_save = False
            messages.show_error(editor, _tr("The mission was not saved"), error_text(exc))
            return
        self.after_saved(detail)

    def ask_about_double_booking(self, exc: BookingConflictError, data: MissionInput) -> None:
        listed = "\n".join(
            f"• {b.mission_code} — {b.mission_title} ({b.start_date} – {b.end_date})"
            for b in exc.bookings)
        self.editor.conflict_box = messages.question(
            self.editor, _tr("Double booking"),
            _tr("{name} is already booked at the same time on:\n{missions}").format(
                name=exc.expert_name, missions=listed),
            lambda yes: self.on_double_booking_answered(yes, data, exc),
            yes_text=_tr("Save anyway"), no_text=_tr("Don't save"),
            informative=_tr("Save this mission with the double booking?"))

    def on_double_booking_answered(self, yes: bool, data: MissionInput,
                                   exc: BookingConflictError) -> None:
        editor = self.editor
        if yes:
            self.store(data, allow_conflicts=True)
            return
        editor._export_after_save = False
        editor.team.team_error.set_messages([_tr(
            "not saved: {name} is booked on another mission at the same time; change the "
            "dates or the team, or save again and accept the double booking").format(
                name=exc.expert_name)])
        editor.sections.setCurrentIndex(editor.TEAM)

    def after_saved(self, detail: MissionDetail) -> None:
        editor = self.editor
        new = editor.mission_id is None
        editor.mission_id = detail.id
        if new:
            editor.assessments_panel.set_mission(detail.id)
            editor.findings_panel.set_mission(detail.id)
        self.show_stored(detail)  # what others changed meanwhile shows too
        editor.problems.clear()
        editor.saved_label.setText(_tr("Saved at {time}").format(
            time=datetime.now().strftime("%H:%M")))
        editor._announcing = True
        try:
            app_events().missions_changed.emit([detail.id])
        finally:
            editor._announcing = False
        editor.mission_saved.emit(detail.id)
        editor._update_actions()
        if editor._export_after_save:
            editor._export_after_save = False
            editor.report.after_save()

    def show_stored(self, detail: MissionDetail) -> None:
        """Show the stored mission as it is; the history starts again."""
        editor = self.editor
        editor.detail = detail
        editor.base = diff.Base(detail)
        editor.conflicts.hide()
        editor._applying = True
        try:
            editor._load(detail, None)
        finally:
            editor._applying = False
        editor.undo_stack.clear()
        editor._state = editor._saved_state = editor.capture()
        editor._update_title()
