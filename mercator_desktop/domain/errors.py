"""Typed errors the services raise.

``UserError`` and its subclasses are things a person can fix (bad input, an unknown code, a
clash); anything else that escapes a service is a bug. Each validation problem names the field
so a dialog can show it beside the widget and the command line can name the column.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class UserError(Exception):
    """A problem the user can fix; its message is shown as it is."""


@dataclass(frozen=True)
class FieldProblem:
    """A field's problem: ``message`` in English (command line, log); ``code`` and ``values``
    (see ``domain.problem_texts``) let the interface say it in the person's language."""

    field: str
    message: str
    code: str = ""
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(UserError):
    """One or more fields are invalid; nothing was stored."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        self.problems = [problems] if isinstance(problems, FieldProblem) else list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, field_name: str, message: str) -> ValidationError:
        return cls(FieldProblem(field_name, message))

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
        listed = ", ".join(
            f"{b.mission_code} ({b.start_date} to {b.end_date})" for b in self.bookings
        )
        Exception.__init__(self, f"{self.expert_name} is already booked on {listed}")

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
        names = ", ".join(dict.fromkeys(c.field for c in self.conflicts))
        super().__init__(f"changed meanwhile by someone else: {names}")


@dataclass(frozen=True)
class ImportProblem:
    """Where a file is wrong: ``line`` (CSV) or record number (JSON), the column, the why."""

    line: int | None
    column: str | None
    message: str
    unit: str = "line"

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"{self.unit} {self.line}")
        if self.column:
            where.append(f"column '{self.column}'")
        return (", ".join(where) + ": " if where else "") + self.message


class ImportFailedError(UserError):
    """A file could not be imported; nothing was stored. ``problems`` lists each place."""

    def __init__(self, source: str, problems: list[ImportProblem]) -> None:
        self.source = source
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{source}: {problems[0]}{more}; nothing was imported")


class SchemaTooNewError(UserError):
    """The database was written by a newer Mercator Desktop; it is not opened."""
