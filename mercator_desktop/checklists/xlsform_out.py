"""Writes a checklist template as an XLSForm workbook (``survey``, ``choices``, ``settings``),
so HQ can edit an instrument in a spreadsheet and import it again: ``xlsform_in`` reads back
exactly what is written here (a round trip changes nothing).

Sections are groups, scales are choice lists whose names are the points' values, texts have
one column per language (``label::French (fr)``). What XLSForm has no column for (weights,
section numbers, references, scale descriptions, provenance) is written in columns of our
own, which other XLSForm tools ignore. A template that uses something XLSForm cannot say
(an N/A on a number question, a true/false value in a condition) raises ``ExportError``
naming it; nothing is written then.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .model import Question, Scale, Section, Template
from .xlsform import (
    BUILTIN_LABELS,
    CHOICES,
    NA_NAME,
    PLAIN_COLUMNS,
    SETTINGS,
    SURVEY,
    TEXT_COLUMNS,
    YES_NO_PARTLY_LIST,
    YES_NO_PARTLY_NA_LIST,
    NotExpressible,
    is_na_name,
    language_heading,
    language_name,
    to_expression,
)

Row = dict[str, Any]


class ExportError(ValueError):
    """The template holds something XLSForm cannot express; the message names it."""


def export_template(template: Template, path: Path | str) -> None:
    """Write ``template`` to ``path`` (.xlsx); ``ExportError`` or ``OSError`` if it cannot."""
    sheets = template_sheets(template)
    _write(Path(path), sheets, template.languages)


def template_sheets(template: Template) -> dict[str, list[Row]]:
    """The three sheets as rows (column heading → value), in the order they are written."""
    return _Exporter(template).sheets()


class _Exporter:
    def __init__(self, template: Template) -> None:
        self.t = template
        self.langs = template.languages
        self.survey: list[Row] = []
        self.choices: list[Row] = []
        self.lists_written: set[str] = set()

    def texts(self, row: Row, base: str, text: Mapping[str, str] | None) -> None:
        for lang in self.langs:
            if text and text.get(lang):
                row[language_heading(base, lang)] = text[lang]

    def sheets(self) -> dict[str, list[Row]]:
        t = self.t
        for scale in t.scales.values():
            self.scale_list(scale)
        for section in t.sections:
            self.section(section)
        settings: Row = {"form_title": t.title.get(self.langs[0], ""), "form_id": t.id,
                         "version": t.version,
                         "default_language": language_name(self.langs[0])}
        for lang in self.langs[1:]:
            if t.title.get(lang):
                settings[language_heading("form_title", lang)] = t.title[lang]
        self.texts(settings, "description", t.description)
        settings["provenance"] = t.provenance.status
        self.texts(settings, "source", t.provenance.source)
        self.texts(settings, "licence", t.provenance.licence)
        if not t.verified:
            settings["verified"] = "no"
        if t.released:
            settings["released"] = t.released
        return {SURVEY: self.survey, CHOICES: self.choices, SETTINGS: [settings]}

    def section(self, section: Section) -> None:
        where = f"section '{section.id}'"
        row: Row = {"type": "begin group", "name": section.id}
        self.texts(row, "label", section.title)
        self.texts(row, "hint", section.intro)
        self.common(row, section.visible_if, section.weight, section.reference, where)
        if section.label:
            row["number"] = section.label
        if not section.verified:
            row["verified"] = "no"
        self.survey.append(row)
        for question in section.questions:
            self.question(question)
        for child in section.sections:
            self.section(child)
        self.survey.append({"type": "end group"})

    def common(self, row: Row, condition: Any, weight: float,
               reference: tuple[str, str] | None, where: str) -> None:
        if condition is not None:
            try:
                row["relevant"] = to_expression(condition, self.na_name)
            except NotExpressible as exc:
                raise ExportError(f"{where}: its condition cannot be written in XLSForm "
                                  f"({exc})") from None
        if weight != 1.0:
            row["weight"] = weight
        if reference is not None:
            row["reference"] = f"{reference[0]}:{reference[1]}"

    def na_name(self, _question_id: str) -> str:
        return NA_NAME

    def question(self, q: Question) -> None:
        where = f"question '{q.id}'"
        row: Row = {"type": self.question_type(q, where), "name": q.id}
        self.texts(row, "label", q.text)
        self.texts(row, "hint", q.help)
        if q.required:
            row["required"] = "yes"
        self.common(row, q.visible_if, q.weight, q.reference, where)
        limits = []
        if q.minimum is not None:
            limits.append(f". >= {_number(q.minimum)}")
        if q.maximum is not None:
            limits.append(f". <= {_number(q.maximum)}")
        if q.max_length is not None:
            limits.append(f"string-length(.) <= {q.max_length}")
        if limits:
            row["constraint"] = " and ".join(limits)
        self.texts(row, "unit", q.unit)
        self.survey.append(row)

    def question_type(self, q: Question, where: str) -> str:
        if q.type == "scale":
            assert q.scale is not None
            if q.allow_na and not q.scale.not_applicable:
                raise ExportError(f"{where}: allows N/A on the scale '{q.scale.id}', which "
                                  "has no N/A; XLSForm keeps N/A with the list")
            return f"select_one {q.scale.id}"
        if q.type == "yes_no_partly":
            name = YES_NO_PARTLY_NA_LIST if q.allow_na else YES_NO_PARTLY_LIST
            if name not in self.lists_written:
                self.lists_written.add(name)
                for value in ("yes", "partly", "no") + ((NA_NAME,) if q.allow_na else ()):
                    self.choice(name, value, BUILTIN_LABELS[value])
            return f"select_one {name}"
        if q.allow_na and q.type not in ("single_choice", "multiple_choice"):
            raise ExportError(f"{where}: a {q.type} question with N/A has no XLSForm form")
        if q.type == "number":
            return "integer" if q.integer else "decimal"
        if q.type in ("text", "date"):
            return q.type
        self.check_options(q, where)
        name = self.free_list_name(q.id.replace(".", "_"))
        self.lists_written.add(name)
        for option in q.options:
            row = self.choice(name, option.value, option.label)
            if option.score is not None:
                row["score"] = option.score
        if q.allow_na:
            self.choice(name, NA_NAME, BUILTIN_LABELS[NA_NAME])
        return ("select_one " if q.type == "single_choice" else "select_multiple ") + name

    @staticmethod
    def check_options(q: Question, where: str) -> None:
        """Choices that would come back as another kind of question are refused: the import
        reads a list of whole numbers as a scale and yes/partly/no as yes/partly/no."""
        values = [o.value for o in q.options]
        na = [v for v in values if is_na_name(v)]
        if na:
            raise ExportError(f"{where}: the choice '{na[0]}' would be read back as N/A")
        if q.type != "single_choice" or any(o.score is not None for o in q.options):
            return
        if all(v.lstrip("-").isdigit() for v in values):
            raise ExportError(f"{where}: unscored choices named by numbers would be read back "
                              "as a rating scale; give them scores or other names")
        if sorted(values) == ["no", "partly", "yes"]:
            raise ExportError(f"{where}: unscored choices yes/partly/no would be read back "
                              "as a yes/partly/no question")

    def free_list_name(self, wanted: str) -> str:
        name, n = wanted, 2
        while name in self.lists_written or name in self.t.scales:
            name, n = f"{wanted}_{n}", n + 1
        return name

    def choice(self, list_name: str, name: str, label: Mapping[str, str]) -> Row:
        row: Row = {"list_name": list_name, "name": name}
        for lang in self.langs:
            text = label.get(lang) or BUILTIN_LABELS.get(name, {}).get(lang) or \
                label.get("en") or next(iter(label.values()), name)
            row[language_heading("label", lang)] = text
        self.choices.append(row)
        return row

    def scale_list(self, scale: Scale) -> None:
        self.lists_written.add(scale.id)
        first = True
        for point in scale.points:
            row = self.choice(scale.id, str(point.value), point.label)
            self.texts(row, "description", point.description)
            if first:
                self.texts(row, "list_label", scale.name)
                if not scale.verified:
                    row["verified"] = "no"
                first = False
        if scale.not_applicable:
            self.choice(scale.id, NA_NAME, scale.not_applicable_label or BUILTIN_LABELS[NA_NAME])


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _columns(sheet: str, rows: Sequence[Row], langs: Sequence[str]) -> list[str]:
    """The headings in a stable, readable order: the plain columns and then each text column
    in every language, keeping only those used (``type``/``name``/labels always)."""
    used = {key for row in rows for key in row}
    order: list[str] = []
    plain = PLAIN_COLUMNS[sheet]
    texts = TEXT_COLUMNS[sheet]
    head = {SURVEY: ("type", "name"), CHOICES: ("list_name", "name"),
            SETTINGS: ()}[sheet]
    order += head
    first_texts = ("form_title",) if sheet == SETTINGS else ("label",)
    for base in first_texts:
        if base == "form_title":
            order.append("form_title")
        order += [language_heading(base, lang) for lang in langs]
    order += [c for c in plain if c not in head]
    for base in texts:
        if base not in first_texts:
            order += [language_heading(base, lang) for lang in langs]
    always = set(head) | ({"form_title", "form_id", "version"} if sheet == SETTINGS else set())
    return [c for c in dict.fromkeys(order) if c in used or c in always]


def _write(path: Path, sheets: Mapping[str, list[Row]], langs: Sequence[str]) -> None:
    import xlsxwriter
    import xlsxwriter.exceptions

    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False})
    try:
        header = book.add_format({"bold": True, "bg_color": "#DDE6F0", "border": 1})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        for sheet_name in (SURVEY, CHOICES, SETTINGS):
            rows = sheets[sheet_name]
            columns = _columns(sheet_name, rows, langs)
            sheet = book.add_worksheet(sheet_name)
            for col, title in enumerate(columns):
                sheet.write_string(0, col, title, header)
                wide = "::" in title and not title.startswith(("list_label", "unit"))
                sheet.set_column(col, col, 48 if wide else 16, wrap if wide else None)
            for r, row in enumerate(rows, start=1):
                for col, title in enumerate(columns):
                    value = row.get(title)
                    if value is None or value == "":
                        continue
                    if isinstance(value, (int, float)) and not isinstance(value, bool):
                        sheet.write_number(r, col, value)
                    else:
                        sheet.write_string(r, col, str(value))
            sheet.freeze_panes(1, 0)
    finally:
        try:
            book.close()
        except xlsxwriter.exceptions.FileCreateError as exc:
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise OSError(getattr(cause, "errno", None),
                          getattr(cause, "strerror", None) or str(exc)) from None
