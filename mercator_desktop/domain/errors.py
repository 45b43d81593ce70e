"""Typed errors the services raise.

``UserError`` and its subclasses are things a person can fix (bad input, an unknown code, a
clash); anything else that escapes a service is a bug. Each validation problem names the field
so a dialog can show it beside the widget and the command line can name the column.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class UserError(Exception):
    """A problem the user can fix. Its message is a coded text (``problem_texts.say``): the
    English of ``str()`` (log, fallback), said again in the person's language by the window
    and the command line."""


@dataclass(frozen=True)
class FieldProblem:
    """A field's problem: ``message`` in English (command line, log); ``code`` and ``values``
    (see ``domain.problem_texts``) let the interface say it in the person's language."""

    field: str
    message: str
    code: str = ""
    values: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not self.code and getattr(self.message, "code", ""):  # a coded text
            object.__setattr__(self, "code", self.message.code)  # type: ignore[attr-defined]
            object.__setattr__(self, "values", self.message.values)  # type: ignore[attr-defined]

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(UserError):
    """One or more fields are invalid; nothing was stored."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        self.problems = [problems] if isinstance(problems, FieldProblem) else list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, field_name: str, code: str, /, **values: object) -> ValidationError:
        """One field's problem ``code`` (see ``problem_texts``) with its values."""
        from .problem_texts import problem

        return cls(problem(field_name, code, **values))

    def for_field(self, field_name: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field_name]


class NotFoundError(UserError):
    """A record named by the user does not exist (or is in the trash)."""


@dataclass(frozen=True)
class Booking:
    """An expert's place on another mission, used to report double bookings."""

    expert_name: str
    mission_code: str
    mission_title: str
    start_date: str
    end_date: str


@dataclass
class BookingConflictError(UserError):
    """Adding an expert would double-book them; the caller may ask and retry with consent."""

    expert_name: str
    bookings: list[Booking] = field(default_factory=list)

    def __post_init__(self) -> None:
        from .problem_texts import say

        listed = ", ".join(
            f"{b.mission_code} ({b.start_date} – {b.end_date})" for b in self.bookings
        )
        Exception.__init__(self, say("already_booked", expert=self.expert_name,
                                     bookings=listed))

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class FieldConflict:
    """A field (or one item of a list: ``item`` is its key) changed both in a window and
    elsewhere since the window loaded it, to different values."""

    field: str
    loaded: object
    mine: object
    theirs: object
    item: str = ""


class EditConflictError(UserError):
    """Some fields were changed meanwhile by someone else, differently; nothing was stored.
    The caller asks which value to keep and saves again."""

    def __init__(self, conflicts: list[FieldConflict]) -> None:
        self.conflicts = list(conflicts)
        from .problem_texts import say

        names = ", ".join(dict.fromkeys(c.field for c in self.conflicts))
        super().__init__(say("changed_meanwhile", fields=names))


@dataclass(frozen=True)
class ImportProblem:
    """Where a file is wrong: ``line`` (CSV) or record number (JSON), the column, the why."""

    line: int | None
    column: str | None
    message: str
    unit: str = "line"

    def __str__(self) -> str:
        return str(self.text())

    def text(self) -> str:
        """Where and why, as a coded text (``message`` is one too when it was said so); a
        place of another kind (a template's "survey sheet, row") in English words."""
        from .problem_texts import TEXTS, say

        at = [self.unit if self.line is not None else "", "column" if self.column else ""]
        code = "_".join(["at"] + [part for part in at if part])
        if code == "at":
            return self.message
        if code in TEXTS:
            return say(code, line=self.line, column=self.column or "", message=self.message)
        where = [f"{self.unit} {self.line}"] if self.line is not None else []
        where += [f"column '{self.column}'"] if self.column else []
        return ", ".join(where) + ": " + self.message


class ImportFailedError(UserError):
    """A file could not be imported; nothing was stored. ``problems`` lists each place."""

    def __init__(self, source: str, problems: list[ImportProblem]) -> None:
        self.source = source
        self.problems = problems
        from .problem_texts import say

        if len(problems) > 1:
            message = say("import_failed_more", source=source, problem=problems[0].text(),
                          more=len(problems) - 1)
        else:
            message = say("import_failed", source=source, problem=problems[0].text())
        super().__init__(message)


class SchemaTooNewError(UserError):
    """The database was written by a newer Mercator Desktop; it is not opened."""
