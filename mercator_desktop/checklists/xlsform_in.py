"""Reads an XLSForm workbook into a checklist template: the same JSON structure as the shipped
templates (``template_from_data`` then checks it like any template file), so the filling
screen, scoring and reports work on it unchanged.

The mapping (``docs/checklists.md`` explains it for authors):

- ``begin group``/``end group`` → sections, nested; the group's ``hint`` is its introduction;
- ``select_one L`` → a rating scale when the names of list ``L`` are whole numbers (the
  values of the points), yes/partly/no when they are exactly ``yes``, ``partly``, ``no``, else
  a single choice (``score`` column: points of a choice); ``select_multiple L`` → multiple
  choice; a choice named ``na``/``n/a``/``not_applicable`` makes N/A an answer;
- ``integer``/``decimal``/``text``/``date`` → the same; ``note`` → help text of the question
  after it (of the one before it at the end of a group; the group's introduction in a group
  without questions);
- ``required``; ``relevant`` (``xlsform.parse_expression``); ``constraint`` as bounds
  (``. >= 0 and . <= 100``) or a text length (``string-length(.) <= 500``);
- ``label``/``hint`` per language (``label::French (fr)``); ``settings``: ``form_title``,
  ``form_id`` → id, ``version``, ``default_language``;
- our own columns: ``weight``, ``number`` (a section's printed number), ``unit``,
  ``reference`` (``geoat:P1``), ``verified``; in ``choices`` ``description`` (of a scale
  point), ``list_label`` (the scale's name); in ``settings`` ``description``, ``provenance``
  (``official``/``draft``), ``source``, ``licence``, ``released``.

Anything else that holds a value (another question type, a column such as ``appearance`` or
``calculation``, a function in an expression) is refused: ``XLSFormError`` lists every
problem with its sheet, row and column, and nothing is kept. Columns whose heading starts
with ``$`` (KoboToolbox's internal ids) carry no content and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .conditions import ConditionError, referenced_questions
from .loader import TemplateError, template_from_data
from .model import PROVENANCE_STATUSES, Template
from .xlsform import (
    CHOICES,
    PLAIN_COLUMNS,
    SETTINGS,
    SURVEY,
    TEXT_COLUMNS,
    Target,
    is_na_name,
    language_heading,
    language_of,
    parse_expression,
    parse_heading,
)

_ID = re.compile(r"^[a-z][a-z0-9_.]*$")
_OPTION = re.compile(r"^[a-z0-9_]+$")
_INT = re.compile(r"^-?\d+$")
_BOUND = re.compile(r"^\.\s*(?P<op>>=|<=)\s*(?P<n>-?\d+(?:\.\d+)?)$")
_LENGTH = re.compile(r"^string-length\(\s*\.\s*\)\s*<=\s*(?P<n>\d+)$")
_YES = {"yes", "true", "true()", "1"}
_NO = {"no", "false", "false()", "0"}
QUESTION_TYPES = {"integer", "decimal", "text", "date"}


@dataclass(frozen=True)
class XLSFormProblem:
    sheet: str
    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet} sheet"
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


class XLSFormError(ValueError):
    """The workbook was refused; ``problems`` names each place (sheet, row, column)."""

    def __init__(self, source: str, problems: list[XLSFormProblem]) -> None:
        self.source = source
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{source}: {problems[0]}{more}")


@dataclass
class _Sheet:
    name: str
    headings: dict[str, str] = field(default_factory=dict)  # normalised key → heading text
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def read_xlsform(path: Path | str) -> Template:
    """The template of the XLSForm in ``path``, checked; ``XLSFormError`` if refused."""
    data, _origins = xlsform_data(path)
    return data_to_template(data, _origins, Path(path).name)


def xlsform_data(path: Path | str) -> tuple[dict[str, Any], dict[str, tuple[str, int]]]:
    """The template structure (JSON form) of the workbook and where each part came from
    (path inside the structure → sheet and row); ``XLSFormError`` if refused."""
    path = Path(path)
    sheets = _read_workbook(path)
    reader = _Reader(path.name, sheets)
    data = reader.read()
    if reader.problems:
        raise XLSFormError(path.name, reader.problems)
    return data, reader.origins


def data_to_template(data: Mapping[str, Any], origins: Mapping[str, tuple[str, int]],
                     name: str) -> Template:
    """Check the structure like a template file; a problem is named at its sheet and row."""
    try:
        return template_from_data(data, name)
    except TemplateError as exc:
        raise XLSFormError(name, [_place(p.path, p.message, origins)
                                  for p in exc.problems]) from None


_COLUMN_OF = {"visible_if": "relevant", "text": "label", "help": "hint", "id": "name",
              "scale": "type", "options": "type", "min": "constraint", "max": "constraint",
              "title": "label", "intro": "hint", "weight": "weight", "unit": "unit"}


def _place(path: str, message: str, origins: Mapping[str, tuple[str, int]]) -> XLSFormProblem:
    best = max((p for p in origins if path == p or path.startswith(p + ".")
                or path.startswith(p + "[")), key=len, default=None)
    if best is None:
        return XLSFormProblem(SETTINGS, None, "", message)
    sheet, row = origins[best]
    rest = path[len(best):].lstrip(".").split(".")[0].split("[")[0]
    return XLSFormProblem(sheet, row, _COLUMN_OF.get(rest, ""), message)


def _read_workbook(path: Path) -> dict[str, list[list[Any]]]:
    from python_calamine import CalamineWorkbook

    problem = None
    try:
        book = CalamineWorkbook.from_path(str(path))
    except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        problem = f"cannot be read ({exc.strerror or exc})"
    except Exception:  # calamine's own errors carry no stable type
        problem = "is not a readable workbook (save it again as .xlsx)"
    if problem:
        raise XLSFormError(path.name, [XLSFormProblem("workbook", None, "", problem)])
    out = {}
    for name in book.sheet_names:
        try:
            out[name.strip().lower()] = book.get_sheet_by_name(name).to_python(
                skip_empty_area=False)
        except Exception:
            raise XLSFormError(path.name, [XLSFormProblem(name, None, "",
                                                          "cannot be read")]) from None
    return out


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _Reader:
    def __init__(self, name: str, raw: Mapping[str, list[list[Any]]]) -> None:
        self.name = name
        self.raw = raw
        self.problems: list[XLSFormProblem] = []
        self.origins: dict[str, tuple[str, int]] = {}
        self.languages: list[str] = []
        self.default_language = "en"
        self.lists: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self.lists_used: set[str] = set()
        self.scales: dict[str, Any] = {}
        self.targets: dict[str, Target] = {}

    def problem(self, sheet: str, row: int | None, column: str, message: str) -> None:
        self.problems.append(XLSFormProblem(sheet, row, column, message))

    # --- sheets and headings -----------------------------------------------------------------

    def sheet(self, name: str, required: bool) -> _Sheet:
        sheet = _Sheet(name)
        cells = self.raw.get(name)
        if cells is None:
            if required:
                self.problem(name, None, "", f"the workbook has no '{name}' sheet")
            return sheet
        header_at = next((i for i, row in enumerate(cells)
                          if any(_cell_text(c) for c in row)), None)
        if header_at is None:
            return sheet
        headings = [_cell_text(c) for c in cells[header_at]]
        keys: list[str | None] = []
        for text in headings:
            if not text or text.startswith("$"):
                keys.append(None)
                continue
            key = self.heading_key(name, header_at + 1, text)
            if key in sheet.headings.values() and key is not None:
                self.problem(name, header_at + 1, text, "this column appears twice")
                key = None
            keys.append(key)
            if key is not None:
                sheet.headings[key] = text
        for i, row in enumerate(cells[header_at + 1:], start=header_at + 2):
            values = {}
            for col, key in enumerate(keys):
                if key is not None and col < len(row) and _cell_text(row[col]):
                    values[key] = row[col]
            unknown = [(col, headings[col]) for col, k in enumerate(keys)
                       if k is None and col < len(row) and _cell_text(row[col])
                       and headings[col] and not headings[col].startswith("$")]
            for _col, heading in unknown:
                if heading in sheet.headings.values():
                    continue
                self.problem(name, i, heading, self.unknown_column(name, heading))
            if values:
                sheet.rows.append((i, values))
        return sheet

    def heading_key(self, sheet: str, row: int, text: str) -> str | None:
        """``label::French (fr)`` → ``label::fr``; a plain column → its name; None for a
        column we do not read (a problem only if it holds something)."""
        heading = parse_heading(text)
        if heading.bad_language:
            self.problem(sheet, row, text, f"the language '{heading.bad_language}' is not "
                         "recognised; write it with its two-letter code, e.g. "
                         f"'{heading.base}::French (fr)'")
            return None
        if heading.base in TEXT_COLUMNS[sheet]:
            lang = heading.lang or "*"
            if lang != "*" and lang not in self.languages:
                self.languages.append(lang)
            return f"{heading.base}::{lang}"
        if heading.lang is None and heading.base in PLAIN_COLUMNS[sheet]:
            return heading.base
        return None

    @staticmethod
    def unknown_column(sheet: str, heading: str) -> str:
        known = ", ".join(PLAIN_COLUMNS[sheet] + TEXT_COLUMNS[sheet])
        return (f"the column '{heading}' is not supported by Mercator Desktop and its value "
                f"would be lost; remove it (the {sheet} sheet may have: {known})")

    # --- texts -------------------------------------------------------------------------------

    def texts(self, sheet: str, row: int, values: Mapping[str, Any], base: str,
              required: bool = False) -> dict[str, str] | None:
        """The texts of one column in every language; every declared language must have
        one when any has (and when ``required``)."""
        found = {}
        for lang in self.languages:
            text = _cell_text(values.get(f"{base}::{lang}"))
            if text:
                found[lang] = text
        plain = _cell_text(values.get(f"{base}::*"))
        if plain and self.default_language not in found:
            found[self.default_language] = plain
        if not found and not required:
            return None
        for lang in self.languages:
            if lang not in found:
                self.problem(sheet, row, language_heading(base, lang),
                             f"no {base} in '{lang}' (the form is in "
                             + ", ".join(self.languages) + ")")
        return found or None

    # --- the whole form ----------------------------------------------------------------------

    def read(self) -> dict[str, Any]:
        settings = self.sheet(SETTINGS, required=True)
        survey = self.sheet(SURVEY, required=True)
        choices = self.sheet(CHOICES, required=False)
        if self.problems:
            return {}
        first = settings.rows[0] if settings.rows else (2, {})
        lang_text = _cell_text(first[1].get("default_language"))
        if lang_text:
            code = language_of(lang_text)
            if code is None:
                self.problem(SETTINGS, first[0], "default_language",
                             f"'{lang_text}' is not a language we recognise; write e.g. "
                             "'English (en)'")
            else:
                self.default_language = code
        if self.default_language in self.languages:
            self.languages.remove(self.default_language)
        self.languages.insert(0, self.default_language)
        data = self.settings(settings)
        self.read_choices(choices)
        data["sections"] = self.survey(survey, data)
        if self.scales:
            data["scales"] = self.scales
        for list_name, rows in self.lists.items():
            if list_name not in self.lists_used and list_name not in self.scales:
                self.problem(CHOICES, rows[0][0], "list_name",
                             f"the list '{list_name}' is not used by any question; remove it "
                             "or use it")
        return data

    def settings(self, sheet: _Sheet) -> dict[str, Any]:
        if len(sheet.rows) > 1:
            self.problem(SETTINGS, sheet.rows[1][0], "", "the settings sheet has one row "
                         "under its headings")
        row, values = sheet.rows[0] if sheet.rows else (2, {})
        data: dict[str, Any] = {"format": 1}
        form_id = _cell_text(values.get("form_id"))
        if not form_id:
            self.problem(SETTINGS, row, "form_id", "the form needs a form_id (the checklist's "
                         "id, e.g. geoat)")
        elif not _ID.match(form_id):
            self.problem(SETTINGS, row, "form_id", f"'{form_id}' cannot be a checklist id: "
                         "use lower-case letters, digits, _ and . (starting with a letter)")
        version = _cell_text(values.get("version"))
        if not version:
            self.problem(SETTINGS, row, "version", "the form needs a version, e.g. 2024.1")
        data.update(id=form_id, version=version, languages=list(self.languages))
        title = self.texts(SETTINGS, row, values, "form_title", required=True)
        data["title"] = title or {}
        self.origins["title"] = (SETTINGS, row)
        self.origins["version"] = (SETTINGS, row)
        description = self.texts(SETTINGS, row, values, "description")
        if description:
            data["description"] = description
        status = _cell_text(values.get("provenance")).lower()
        source = self.texts(SETTINGS, row, values, "source")
        licence = self.texts(SETTINGS, row, values, "licence")
        # A form that does not say where its wording comes from is not presented as official.
        status = status or "draft"
        if status not in PROVENANCE_STATUSES:
            self.problem(SETTINGS, row, "provenance", "write official (the owner's own "
                         "wording) or draft")
        provenance: dict[str, Any] = {"status": status}
        if source:
            provenance["source"] = source
        if licence:
            provenance["licence"] = licence
        data["provenance"] = provenance
        verified = self.flag(SETTINGS, row, values, "verified")
        if verified is not None:
            data["verified"] = verified
        released = values.get("released")
        if released is not None:
            text = released.isoformat()[:10] if hasattr(released, "isoformat") \
                else _cell_text(released)
            data["released"] = text
        return data

    def flag(self, sheet: str, row: int, values: Mapping[str, Any], column: str) -> bool | None:
        text = _cell_text(values.get(column)).lower()
        if not text:
            return None
        if text in _YES:
            return True
        if text in _NO:
            return False
        self.problem(sheet, row, column, f"'{text}' is not yes or no (an expression cannot "
                     "be evaluated here)")
        return None

    # --- choices -----------------------------------------------------------------------------

    def read_choices(self, sheet: _Sheet) -> None:
        seen: dict[tuple[str, str], int] = {}
        for row, values in sheet.rows:
            list_name = _cell_text(values.get("list_name"))
            name = _cell_text(values.get("name"))
            if not list_name or not name:
                self.problem(CHOICES, row, "list_name" if not list_name else "name",
                             "a choice needs a list_name and a name")
                continue
            if (list_name, name) in seen:
                self.problem(CHOICES, row, "name", f"the choice '{name}' is already in the "
                             f"list '{list_name}' (row {seen[(list_name, name)]})")
                continue
            seen[(list_name, name)] = row
            self.lists.setdefault(list_name, []).append((row, values))

    def list_kind(self, list_name: str) -> str:
        """scale, yes_no_partly or choice (for a select_one on this list)."""
        rows = self.lists[list_name]
        names = [_cell_text(v.get("name")) for _r, v in rows if not is_na_name(
            _cell_text(v.get("name")))]
        scored = any(_cell_text(v.get("score")) for _r, v in rows)
        if names and all(_INT.match(n) for n in names) and not scored:
            return "scale"
        if sorted(names) == ["no", "partly", "yes"] and not scored:
            return "yes_no_partly"
        return "choice"

    def na_choice(self, list_name: str) -> str | None:
        return next((_cell_text(v.get("name")) for _r, v in self.lists[list_name]
                     if is_na_name(_cell_text(v.get("name")))), None)

    def scale(self, list_name: str) -> str:
        if list_name in self.scales:
            return list_name
        rows = self.lists[list_name]
        first_row = rows[0][0]
        if not _ID.match(list_name):
            self.problem(CHOICES, first_row, "list_name", f"'{list_name}' cannot name a scale: "
                         "use lower-case letters, digits, _ and .")
        points = []
        scale: dict[str, Any] = {}
        for row, values in rows:
            name = _cell_text(values.get("name"))
            label = self.texts(CHOICES, row, values, "label", required=True) or {}
            if is_na_name(name):
                scale["not_applicable"] = True
                scale["not_applicable_label"] = label
                continue
            point: dict[str, Any] = {"value": int(name), "label": label}
            description = self.texts(CHOICES, row, values, "description")
            if description:
                point["description"] = description
            points.append(point)
            name_text = self.texts(CHOICES, row, values, "list_label")
            if name_text:
                scale["name"] = name_text
            verified = self.flag(CHOICES, row, values, "verified")
            if verified is not None:
                scale["verified"] = verified
        if len(points) < 2:
            self.problem(CHOICES, first_row, "name", f"the scale '{list_name}' needs at least "
                         "two points")
        ordered = {"name": scale.pop("name")} if "name" in scale else {}
        self.scales[list_name] = {**ordered, **scale, "points": points}
        return list_name

    def options(self, list_name: str) -> tuple[list[dict[str, Any]], bool]:
        options = []
        has_na = False
        for row, values in self.lists[list_name]:
            name = _cell_text(values.get("name"))
            if is_na_name(name):
                has_na = True
                continue
            if not _OPTION.match(name) or len(name) > 40:
                self.problem(CHOICES, row, "name", f"'{name}' cannot be a choice name: use "
                             "lower-case letters, digits and _ (at most 40)")
            option: dict[str, Any] = {"value": name,
                                      "label": self.texts(CHOICES, row, values, "label",
                                                          required=True) or {}}
            score = _cell_text(values.get("score"))
            if score:
                try:
                    option["score"] = _number(values.get("score"))
                except ValueError:
                    self.problem(CHOICES, row, "score", f"'{score}' is not a number")
            for column in ("description::" + lang for lang in self.languages):
                if _cell_text(values.get(column)):
                    self.problem(CHOICES, row, "description", "a description is kept for the "
                                 "points of a scale only")
                    break
            options.append(option)
        return options, has_na

    # --- survey ------------------------------------------------------------------------------

    def survey(self, sheet: _Sheet, data: Mapping[str, Any]) -> list[dict[str, Any]]:
        top: list[dict[str, Any]] = []
        stack: list[_Group] = []
        loose: _Group | None = None  # questions outside any group
        for row, values in sheet.rows:
            kind = re.sub(r"\s+", " ", _cell_text(values.get("type")).lower())
            kind = kind.replace("begin_group", "begin group").replace("end_group", "end group")
            if not kind:
                self.problem(SURVEY, row, "type", "the row has no type")
                continue
            if kind == "begin group":
                group = self.group(row, values, stack, top)
                if group is not None:
                    if loose is not None:
                        self.close(loose)
                        loose = None
                    stack.append(group)
                continue
            if kind == "end group":
                if not stack:
                    self.problem(SURVEY, row, "type", "'end group' without a 'begin group'")
                else:
                    self.close(stack.pop())
                continue
            if not stack and loose is None:
                loose = self.loose_group(data, top, row)
            parent = stack[-1] if stack else loose
            assert parent is not None
            if kind == "note":
                self.note(row, values, parent)
                continue
            self.question(row, values, kind, parent)
        for group in stack:
            self.problem(SURVEY, group.row, "type", f"the group '{group.data['id']}' has no "
                         "'end group'")
        if loose is not None:
            self.close(loose)
        if not top:
            self.problem(SURVEY, None, "", "the form has no questions")
        return top

    def loose_group(self, data: Mapping[str, Any], top: list[dict[str, Any]],
                    row: int) -> _Group:
        n = sum(1 for s in top if s.get("_loose")) + 1
        section = {"id": "questions" if n == 1 else f"questions_{n}",
                   "title": dict(data.get("title") or {}), "_loose": True}
        top.append(section)
        path = f"sections[{len(top) - 1}]"
        self.origins[path] = (SURVEY, row)
        return _Group(section, row, path)

    def group(self, row: int, values: Mapping[str, Any], stack: list[_Group],
              top: list[dict[str, Any]]) -> _Group | None:
        name = self.name_of(row, values)
        self.refuse(row, values, ("required", "constraint"), "a group")
        self.refuse(row, values, ("unit::" + lang for lang in ["*", *self.languages]),
                    "a group")
        section: dict[str, Any] = {"id": name,
                                   "title": self.texts(SURVEY, row, values, "label",
                                                       required=True) or {}}
        label = _cell_text(values.get("number"))
        if label:
            section["label"] = label
        intro = self.texts(SURVEY, row, values, "hint")
        if intro:
            section["intro"] = intro
        self.common(row, values, section)
        verified = self.flag(SURVEY, row, values, "verified")
        if verified is not None:
            section["verified"] = verified
        if stack:
            parent = stack[-1]
            siblings = parent.data.setdefault("sections", [])
            siblings.append(section)
            path = f"{parent.path}.sections[{len(siblings) - 1}]"
        else:
            top.append(section)
            path = f"sections[{len(top) - 1}]"
        self.origins[path] = (SURVEY, row)
        return _Group(section, row, path)

    def close(self, group: _Group) -> None:
        questions = group.data.get("questions") or []
        if group.notes:
            if questions:
                _add_help(questions[-1], group.notes)
            else:
                intro = dict(group.data.get("intro") or {})
                group.data["intro"] = _joined([intro] + [n for _r, n in group.notes])
        group.data.pop("_loose", None)

    def note(self, row: int, values: Mapping[str, Any], parent: _Group) -> None:
        self.refuse(row, values, ("required", "relevant", "constraint", "weight", "reference",
                                  "number", "verified"), "a note")
        label = self.texts(SURVEY, row, values, "label", required=True) or {}
        hint = self.texts(SURVEY, row, values, "hint") or {}
        parent.notes.append((row, _joined([label, hint])))

    def question(self, row: int, values: Mapping[str, Any], kind: str, parent: _Group) -> None:
        if parent.data.get("sections"):
            self.problem(SURVEY, row, "type", f"a question after a nested group inside the "
                         f"group '{parent.data['id']}' cannot keep its place: move it above "
                         "the nested group, or into a group of its own")
        name = self.name_of(row, values)
        self.refuse(row, values, ("number", "verified"), "a question")
        question: dict[str, Any] = {"id": name}
        na_choice = None
        words = kind.split(" ")
        if words[0] in ("select_one", "select_multiple") and len(words) == 2:
            list_name = words[1]
            if list_name not in self.lists:
                self.problem(SURVEY, row, "type", f"the list '{list_name}' is not in the "
                             "choices sheet")
                return
            self.lists_used.add(list_name)
            na_choice = self.na_choice(list_name)
            list_kind = self.list_kind(list_name) if words[0] == "select_one" else "choice"
            if list_kind == "scale":
                question.update(type="scale", scale=self.scale(list_name))
            elif list_kind == "yes_no_partly":
                question["type"] = "yes_no_partly"
                if na_choice:
                    question["allow_na"] = True
            else:
                options, has_na = self.options(list_name)
                question["type"] = "single_choice" if words[0] == "select_one" \
                    else "multiple_choice"
                question["options"] = options
                if has_na:
                    question["allow_na"] = True
        elif kind in QUESTION_TYPES:
            question["type"] = "number" if kind in ("integer", "decimal") else kind
            if kind == "integer":
                question["integer"] = True
        else:
            self.problem(SURVEY, row, "type", f"the type '{kind}' is not supported; use "
                         "begin group, end group, select_one, select_multiple, integer, "
                         "decimal, text, date or note")
            return
        question["text"] = self.texts(SURVEY, row, values, "label", required=True) or {}
        helps = [n for _r, n in parent.notes]
        parent.notes.clear()
        hint = self.texts(SURVEY, row, values, "hint")
        if hint:
            helps.append(hint)
        if helps:
            question["help"] = _joined(helps)
        required = self.flag(SURVEY, row, values, "required")
        if required is not None:
            question["required"] = required
        self.constraint(row, values, question)
        unit = self.texts(SURVEY, row, values, "unit")
        if unit:
            if question["type"] != "number":
                self.problem(SURVEY, row, "unit", "a unit is kept for integer and decimal "
                             "questions only")
            question["unit"] = unit
        self.common(row, values, question)
        questions = parent.data.setdefault("questions", [])
        questions.append(question)
        self.origins[f"{parent.path}.questions[{len(questions) - 1}]"] = (SURVEY, row)
        self.targets[name] = Target(question["type"], na_choice)

    def name_of(self, row: int, values: Mapping[str, Any]) -> str:
        name = _cell_text(values.get("name"))
        if not name:
            self.problem(SURVEY, row, "name", "the row needs a name")
        elif not _ID.match(name) or len(name) > 80:
            self.problem(SURVEY, row, "name", f"'{name}' cannot be used as an id: use "
                         "lower-case letters, digits, _ and . (starting with a letter)")
        return name

    def refuse(self, row: int, values: Mapping[str, Any], columns: Iterator[str] | tuple[str, ...],
               what: str) -> None:
        for column in columns:
            if _cell_text(values.get(column)):
                shown = column.replace("::*", "")
                if "::" in shown:
                    shown = language_heading(*shown.split("::"))
                self.problem(SURVEY, row, shown, f"{what} cannot have a {shown.split('::')[0]}; "
                             "it would be lost")

    def common(self, row: int, values: Mapping[str, Any], item: dict[str, Any]) -> None:
        relevant = _cell_text(values.get("relevant"))
        if relevant:
            try:
                condition = parse_expression(relevant, self.targets.get)
                item["visible_if"] = _condition_data(condition)
                list(referenced_questions(condition))
            except ConditionError as exc:
                self.problem(SURVEY, row, "relevant", f"{exc} (in {relevant!r})")
        weight = values.get("weight")
        if _cell_text(weight):
            try:
                number = _number(weight)
                if number < 0:
                    raise ValueError
                item["weight"] = number
            except ValueError:
                self.problem(SURVEY, row, "weight", f"'{_cell_text(weight)}' is not a "
                             "number of 0 or more")
        reference = _cell_text(values.get("reference"))
        if reference:
            kind, _, code = reference.partition(":")
            if kind not in ("geoat", "arusha", "tfa") or not code:
                self.problem(SURVEY, row, "reference", f"'{reference}' is not geoat:CODE, "
                             "arusha:CODE or tfa:CODE")
            else:
                item["reference"] = {"kind": kind, "code": code}

    def constraint(self, row: int, values: Mapping[str, Any], question: dict[str, Any]) -> None:
        text = _cell_text(values.get("constraint"))
        if not text:
            return
        for part in re.split(r"\s+and\s+", text):
            bound = _BOUND.match(part.strip())
            length = _LENGTH.match(part.strip())
            if bound and question["type"] == "number":
                key = "min" if bound.group("op") == ">=" else "max"
                question[key] = _number(bound.group("n"))
            elif length and question["type"] == "text":
                question["max_length"] = int(length.group("n"))
            else:
                self.problem(SURVEY, row, "constraint", f"'{part.strip()}' cannot be checked "
                             "by Mercator Desktop; write '. >= N' and/or '. <= N' for a number, "
                             "'string-length(.) <= N' for a text")


@dataclass
class _Group:
    data: dict[str, Any]
    row: int
    path: str
    notes: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def _number(value: Any) -> int | float:
    if isinstance(value, bool):
        raise ValueError(value)
    number = float(value) if not isinstance(value, (int, float)) else value
    return int(number) if float(number).is_integer() else float(number)


def _joined(texts: list[dict[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for text in texts:
        for lang, value in text.items():
            out[lang] = f"{out[lang]}\n\n{value}" if lang in out else value
    return out


def _add_help(question: dict[str, Any], notes: list[tuple[int, dict[str, str]]]) -> None:
    question["help"] = _joined([question.get("help") or {}] + [n for _r, n in notes])


def _condition_data(condition: Any) -> Any:
    from .conditions import AllOf, AnyOf, Not

    if isinstance(condition, AllOf):
        return {"all": [_condition_data(c) for c in condition.items]}
    if isinstance(condition, AnyOf):
        return {"any": [_condition_data(c) for c in condition.items]}
    if isinstance(condition, Not):
        return {"not": _condition_data(condition.item)}
    out: dict[str, Any] = {"question": condition.question, "op": condition.op}
    if condition.op not in ("answered", "not_answered", "is_na"):
        out["value"] = list(condition.value) if isinstance(condition.value, tuple) \
            else condition.value
    return out
