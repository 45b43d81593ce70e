"""The mission editor's answer to a mission changed elsewhere (a sync, another window, the
command line) while it is open.

A window without unsaved changes shows the stored mission again. One with unsaved changes
takes in the fields and lists it has not changed, keeps the ones it has, and asks beside each
field changed on both sides: "Changed elsewhere to «…»", Keep mine / Take theirs — the same
question a save refused with ``EditConflictError`` asks. Saving again then completes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ...domain.errors import FieldConflict, FieldProblem, NotFoundError
from ...services.dto import MissionDetail
from ...services.missions import same_value
from .fields import BY_NAME

if TYPE_CHECKING:
    from ..mission_editor import MissionEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class EditorConflicts:
    """Changes made elsewhere, for one mission editor; ``pending``: the fields changed on
    both sides that wait for Keep mine / Take theirs."""

    def __init__(self, editor: MissionEditor) -> None:
        self.editor = editor
        self.pending: dict[str, FieldConflict] = {}

    def on_missions_changed(self, ids: list[str]) -> None:
        editor = self.editor
        if editor._announcing or editor.mission_id is None or \
                (ids and editor.mission_id not in ids):
            return
        try:
            stored = editor.missions.get(editor.mission_id)
        except NotFoundError:
            return
        if editor.detail is not None and stored == editor.detail:
            return
        if not editor.is_dirty():
            editor.saving.show_stored(stored)
        else:
            self.take_in(stored)

    def take_in(self, stored: MissionDetail) -> None:
        """Take in what changed elsewhere and not here; keep the unsaved edits, and ask
        beside each field changed on both sides. A list edited here keeps its edits (the
        save merges them with the stored list)."""
        editor = self.editor
        base = editor.base
        assert base is not None
        before, saved = editor.capture(), editor._saved_state
        untouched = {key for key, value in before.items() if value == saved.get(key)}
        problems: list[FieldProblem] = []
        values: dict[str, Any] = {}
        for section in editor.section_widgets:
            values.update(section.fields.values(problems))
        theirs_values = vars(stored.to_input())
        taken: dict[str, Any] = {}
        conflicts: list[FieldConflict] = []
        for name in BY_NAME:
            loaded, theirs, mine = base.values[name], theirs_values[name], values[name]
            if same_value(theirs, loaded):
                continue
            if name in untouched:
                taken[name] = base.values[name] = theirs
            elif same_value(mine, theirs) and not self._unreadable(name, problems):
                base.values[name] = theirs
            else:
                conflicts.append(FieldConflict(name, loaded, mine, theirs))
        lists = {"team": editor.team, "links": editor.links, "agenda": editor.agenda,
                 "counterparts": editor.participants}
        fresh = {name: all(key in untouched for key in section.state() if key not in BY_NAME)
                 for name, section in lists.items()}
        base.take_lists(stored, **fresh)
        base.revision = stored.revision
        editor.detail = stored
        editor._applying = True
        try:
            for section in editor.section_widgets:
                section.fields.set_values(taken)
            for name, section in lists.items():
                if fresh[name]:
                    section.load(stored, None)
        finally:
            editor._applying = False
        editor.undo_stack.clear()
        after = editor.capture()
        editor._state = after
        editor._saved_state = {k: after[k] if k in untouched else saved[k] for k in after}
        self.ask(conflicts)
        editor._update_title()

    @staticmethod
    def _unreadable(name: str, problems: list[FieldProblem]) -> bool:
        return any(p.field in (name, *BY_NAME[name].problems) for p in problems)

    def ask(self, conflicts: list[FieldConflict]) -> None:
        """Beside each field changed both here and elsewhere: Keep mine / Take theirs. An
        item of a list changed on both sides keeps this window's version at the next save
        (said in the section)."""
        editor = self.editor
        marked: list[int] = []
        for conflict in conflicts:
            binding = BY_NAME.get(conflict.field)
            if binding is None:
                self._keep_list_item(conflict)
                marked.append(editor.problems.targets()[conflict.field][0])
                continue
            self.pending[conflict.field] = conflict
            fields = editor.section_widgets[binding.section].fields
            fields.fields[conflict.field].conflict.ask(fields.shown(conflict.field,
                                                                    conflict.theirs))
            marked.append(binding.section)
        if not conflicts:
            return
        editor.problems.mark_sections(marked)
        editor.problems_label.set_messages([_tr(
            "Not saved: changed elsewhere meanwhile — choose what to keep, then save again")])
        editor.sections.setCurrentIndex(min(marked))

    def _keep_list_item(self, conflict: FieldConflict) -> None:
        base = self.editor.base
        assert base is not None
        lists: dict[str, list[Any]] = {"team": base.team, "agenda": base.agenda,
                                       "counterparts": base.counterparts}
        items = lists[conflict.field]
        if conflict.loaded in items:
            items.remove(conflict.loaded)
        if conflict.theirs is not None:
            items.append(conflict.theirs)
        self.editor.problems.targets()[conflict.field][2].set_messages([_tr(
            "changed elsewhere meanwhile too; saving again keeps what you see here")])

    def resolve(self, name: str, keep_mine: bool) -> None:
        editor = self.editor
        conflict = self.pending.pop(name, None)
        if conflict is None or editor.base is None:
            return
        binding = BY_NAME[name]
        fields = editor.section_widgets[binding.section].fields
        fields.fields[name].conflict.hide()
        editor.base.values[name] = conflict.theirs
        if not keep_mine:
            fields.set_values({name: conflict.theirs})  # one undo step
        if not self.pending:
            editor.problems_label.clear_messages()

    def hide(self) -> None:
        for name in list(self.pending):
            binding = BY_NAME[name]
            self.editor.section_widgets[binding.section].fields.fields[name].conflict.hide()
        self.pending.clear()
