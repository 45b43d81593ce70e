"""Tables in files: reading CSV text and workbooks (.xlsx, .xls, .ods) into rows, and writing a
formatted .xlsx.

A workbook is read with python-calamine (fast, and kept up); the sheet named, or else the
first sheet with data, is the table. Cells keep their types (numbers, dates, booleans), so a
date typed as a real date cell and one written as text both arrive. The header is the first
row among the first few that names the required columns, so a title row (merged cells or
not) above it is skipped. Spreadsheet rows are numbered as the program shows them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain.errors import ImportFailedError, ImportProblem, UserError
from ..domain.problem_texts import say

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
#: How many rows above the header a workbook may have (titles, notes, blank lines).
HEADER_SEARCH_ROWS = 20


@dataclass
class Table:
    """A file's header (as column names) and its non-empty rows with their line numbers."""

    columns: list[str]
    rows: list[tuple[int, list[Any]]]
    header_line: int
    unit: str = "line"
    #: for a workbook: the sheet read, every sheet's name, and whether the header was found
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    has_header: bool = True


def column_name(heading: Any) -> str:
    """A header cell as a column name: "Start date" and "start-date" are start_date."""
    text = str(heading if heading is not None else "").strip().lower()
    return "_".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def csv_table(name: str, text: str) -> Table:
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailedError(name, [ImportProblem(1, None, say("file_empty"))]) from None
    columns = [h.strip().lower().replace(" ", "_") for h in header]
    rows = []
    line = reader.line_num + 1
    try:
        for row in reader:
            if "".join(row).strip():  # not a blank row (every cell empty or spaces)
                rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFailedError(name, [ImportProblem(line, None, say("csv_error", detail=exc))]) \
            from None
    return Table(columns, rows, 1)


def workbook_sheets(path: Path) -> list[str]:
    return _open_workbook(path).sheet_names


def workbook_table(path: Path, required: Sequence[str], sheet: str | None = None) -> Table:
    """The table of ``sheet`` of the workbook at ``path``; without a name, of the first sheet
    with data (a header and rows under it), so a cover or instructions sheet in front is
    passed over."""
    book = _open_workbook(path)
    names = book.sheet_names
    if not names:
        raise ImportFailedError(path.name, [ImportProblem(None, None, say("workbook_empty"))])
    if sheet is not None and sheet not in names:
        raise UserError(say("no_sheet", name=path.name, sheet=sheet,
                            sheets=", ".join(f"'{n}'" for n in names)))
    first_filled: Table | None = None
    for name in [sheet] if sheet is not None else names:
        table = _sheet_table(path, book, name, required)
        if table is None:
            continue
        table.sheets = list(names)
        if sheet is not None or (table.has_header and table.rows):
            return table
        first_filled = first_filled or table
    if first_filled is not None:
        return first_filled
    raise ImportFailedError(path.name, [ImportProblem(
        1, None, say("sheet_empty") if sheet is not None or len(names) == 1 else
        say("every_sheet_empty"), unit="row")])


def _sheet_table(path: Path, book: Any, name: str, required: Sequence[str]) -> Table | None:
    """The sheet's header and rows; None for a sheet without a filled cell."""
    try:
        cells = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine's own errors carry no stable type
        raise UserError(say("sheet_unreadable", name=path.name, sheet=name, detail=exc)) from None
    filled = [(number, row) for number, row in enumerate(cells, start=1)
              if any(_filled(c) for c in row)]
    if not filled:
        return None
    header_at, found = 0, False
    for index, (_number, row) in enumerate(filled[:HEADER_SEARCH_ROWS]):
        names_in_row = {column_name(c) for c in row}
        if all(r in names_in_row for r in required):
            header_at, found = index, True
            break
    header_line, header = filled[header_at]
    columns = [column_name(c) for c in header]
    while columns and not columns[-1]:
        columns.pop()
    return Table(columns, filled[header_at + 1:], header_line, unit="row", sheet=name,
                 has_header=found)


def _open_workbook(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    if not path.exists():
        raise UserError(say("no_such_file", path=path))
    if path.is_dir():
        raise UserError(say("is_a_folder", path=path))
    try:
        return CalamineWorkbook.from_path(str(path))
    except FileNotFoundError:
        raise UserError(say("no_such_file", path=path)) from None
    except (IsADirectoryError, PermissionError) as exc:
        raise UserError(say("cannot_read", path=path, reason=exc.strerror)) from None
    except Exception:  # not a workbook, or a damaged one
        raise UserError(say("not_a_workbook", name=path.name, suffix=path.suffix)) from None


def _filled(cell: Any) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


# --- writing ----------------------------------------------------------------------------------


def write_workbook(path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                   sheet_name: str = "Missions") -> None:
    """An .xlsx with typed cells (dates, numbers, yes/no), a styled and frozen header row and
    an auto-filter. Text that a spreadsheet would run as a formula is stored as text with
    the quote prefix, so it is shown and never run."""
    import xlsxwriter
    import xlsxwriter.exceptions

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False})
    try:
        sheet = book.add_worksheet(sheet_name)
        header = book.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79",
                                  "border": 1, "text_wrap": True, "valign": "top"})
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        guarded = book.add_format({"quote_prefix": True})
        widths = [max(10, len(c) + 2) for c in columns]
        for col, title in enumerate(columns):
            sheet.write_string(0, col, title, header)
        for r, row in enumerate(rows, start=1):
            for col, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, bool):
                    sheet.write_boolean(r, col, value)
                elif isinstance(value, (int, float)):
                    sheet.write_number(r, col, value)
                elif isinstance(value, (date, datetime)):
                    sheet.write_datetime(r, col, value, day)
                    widths[col] = max(widths[col], 12)
                else:
                    text = str(value)
                    if text.startswith(("=", "+", "-", "@")):
                        sheet.write_string(r, col, text, guarded)
                    else:
                        sheet.write_string(r, col, text)
                    widths[col] = min(60, max(widths[col], len(text) + 2))
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        sheet.freeze_panes(1, 0)
        if columns:
            sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
    finally:
        try:
            book.close()
        except xlsxwriter.exceptions.FileCreateError as exc:
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise OSError(getattr(cause, "errno", None),
                          getattr(cause, "strerror", None) or str(exc)) from None
