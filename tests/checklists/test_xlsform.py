"""XLSForm in and out: every construct Mercator maps, every construct it refuses (named at its
sheet, row and column, nothing kept), and the shipped instruments exported and read back
unchanged."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from mercator_desktop.checklists.conditions import AllOf, AnyOf, Compare, Not
from mercator_desktop.checklists.loader import load_library
from mercator_desktop.checklists.model import Template
from mercator_desktop.checklists.xlsform_in import XLSFormError, read_xlsform
from mercator_desktop.checklists.xlsform_out import ExportError, export_template

from .xlsforms import EN, FR, form, write_xlsform


def read(tmp_path: Path, sheets: dict[str, list[dict[str, Any]]]) -> Template:
    return read_xlsform(write_xlsform(tmp_path / "form.xlsx", sheets))


def test_every_mapped_construct(tmp_path):
    t = read(tmp_path, form())
    assert (t.id, t.version, t.languages) == ("unit_check", "2024.1", ("en", "fr"))
    assert t.title == {"en": "Integrity unit check", "fr": "Contrôle de l'unité d'intégrité"}
    assert t.provenance.official
    assert t.provenance.source["fr"] == "Sous-comité de l'intégrité de l'OMD, 2024"
    assert t.provenance.licence["en"] == "WCO, all rights reserved"
    # groups → sections, nested; group hint → introduction; number and weight columns
    [unit, other] = t.sections
    assert (unit.id, unit.number, unit.intro["en"]) == ("unit", "1", "Ask the head of the unit.")
    [work] = unit.sections
    assert work.parent_id == "unit" and work.visible_if == Compare("unit.exists", "ne", "no")
    assert other.weight == 0.5
    q = t.question_index
    # yes/partly/no list → yes_no_partly; required; weight
    assert (q["unit.exists"].type, q["unit.exists"].required,
            q["unit.exists"].weight) == ("yes_no_partly", True, 0.0)
    # integer with bounds and unit; the note before it is its help text; '… or …' → in
    staff = q["unit.staff"]
    assert (staff.type, staff.integer, staff.minimum, staff.maximum) == ("number", True, 0, 500)
    assert staff.unit == {"en": "people", "fr": "personnes"}
    assert staff.help["en"] == "Count staff on the day of the visit."
    assert staff.visible_if == Compare("unit.exists", "in", ("yes", "partly"))
    # decimal; comparison, and, not()
    budget = q["unit.budget"]
    assert (budget.type, budget.integer) == ("number", False)
    assert budget.visible_if == AllOf((Compare("unit.staff", "gt", 10),
                                       Not(Compare("unit.exists", "eq", "no"))))
    assert q["unit.since"].type == "date"
    assert q["unit.since"].visible_if == Compare("unit.exists", "answered")
    # numeric list → scale with values, n/a → N/A, descriptions, hint → help, reference
    plan = q["unit.work.plan"]
    assert plan.type == "scale" and plan.scale is not None
    assert plan.scale.values == (1, 2, 3, 4) and plan.na_allowed
    assert plan.scale.not_applicable_label == {"en": "Not applicable", "fr": "Sans objet"}
    assert plan.scale.points[0].description == {"en": "What level 1 means", "fr": "Le niveau 1"}
    assert (plan.weight, plan.help["fr"], plan.reference) == (2.0, "Look at the plan. (fr)",
                                                               ("arusha", "4"))
    review = q["unit.work.review"]
    assert review.required  # true() reads as yes
    assert review.visible_if == AnyOf((Compare("unit.work.plan", "ge", 2),
                                       Compare("unit.work.plan", "is_na")))
    # other list → single choice with scores and N/A; select_multiple; selected(); length
    kind = q["other.kind"]
    assert kind.type == "single_choice" and kind.allow_na
    assert [(o.value, o.score) for o in kind.options] == [("ethics", 2), ("conduct", 1)]
    topics = q["other.topics"]
    assert topics.type == "multiple_choice" and [o.value for o in topics.options] == [
        "gifts", "conflicts"]
    notes = q["other.notes"]
    assert (notes.type, notes.max_length) == ("text", 300)
    assert notes.visible_if == Compare("other.topics", "contains", "gifts")
    # languages: every text in both
    assert q["unit.exists"].text == {"en": "Is there an integrity unit?",
                                     "fr": "Is there an integrity unit? (fr)"}


def test_a_plain_form_without_languages_or_groups(tmp_path):
    """A form written for KoboToolbox the short way: ``label`` only, questions outside any
    group (they make one section named after the form)."""
    t = read(tmp_path, {
        "survey": [{"type": "select_one yn", "name": "open", "label": "Open on Sundays?"},
                   {"type": "text", "name": "why", "label": "Why?",
                    "relevant": "${open} = 'no'"}],
        "choices": [{"list_name": "yn", "name": "yes", "label": "Yes"},
                    {"list_name": "yn", "name": "no", "label": "No"}],
        "settings": [{"form_title": "Office hours", "form_id": "hours", "version": "3"}],
    })
    assert t.languages == ("en",)
    assert t.provenance.status == "draft"  # not said official, so not shown as official
    [section] = t.sections
    assert section.title == {"en": "Office hours"}
    assert [q.id for q in section.questions] == ["open", "why"]
    assert t.question_index["open"].type == "single_choice"


REFUSALS: list[tuple[str, Any, tuple[str, int | None, str], str]] = [
    ("a type we do not have", lambda f: f["survey"][1].update(type="geopoint"),
     ("survey", 3, "type"), "geopoint"),
    ("a calculation", lambda f: f["survey"].insert(1, {"type": "calculate", "name": "c",
                                                       "calculation": "1 + 1"}),
     ("survey", 3, "calculation"), "not supported"),
    ("a repeat", lambda f: f["survey"].insert(0, {"type": "begin repeat", "name": "r",
                                                  "label": "R"}),
     ("survey", 2, "type"), "begin repeat"),
    ("a column we cannot keep", lambda f: f["survey"][1].update(appearance="horizontal"),
     ("survey", 3, "appearance"), "would be lost"),
    ("a constraint message", lambda f: f["survey"][3].update(
        {"constraint_message::English (en)": "Too many"}),
     ("survey", 5, "constraint_message::English (en)"), "would be lost"),
    ("a function in relevant", lambda f: f["survey"][3].update(
        relevant="${unit.exists} = 'yes' and today() > 3"),
     ("survey", 5, "relevant"), "character 28"),
    ("a question further down in relevant", lambda f: f["survey"][1].update(
        relevant="${unit.staff} > 3"),
     ("survey", 3, "relevant"), "not a question above"),
    ("an exclusive bound", lambda f: f["survey"][3].update(constraint=". > 0"),
     ("survey", 5, "constraint"), "'. > 0'"),
    ("a regex constraint", lambda f: f["survey"][14].update(constraint="regex(., '[A-Z]')"),
     ("survey", 16, "constraint"), "cannot be checked"),
    ("a missing translation", lambda f: f["survey"][3].pop(FR),
     ("survey", 5, FR), "no label in 'fr'"),
    ("a question after a nested group", lambda f: f["survey"].insert(
        10, {"type": "text", "name": "unit.after", EN: "After", FR: "Après"}),
     ("survey", 12, "type"), "nested group"),
    ("an id with capitals", lambda f: f["survey"][5].update(name="Unit.Since"),
     ("survey", 7, "name"), "cannot be used as an id"),
    ("a choice name with capitals", lambda f: f["choices"][-1].update(name="Gifts"),
     ("choices", 14, "name"), "cannot be a choice name"),
    ("an image on a choice", lambda f: f["choices"][0].update(image="yes.png"),
     ("choices", 2, "image"), "would be lost"),
    ("an unused list", lambda f: f["choices"].append({"list_name": "spare", "name": "x",
                                                      EN: "X", FR: "X"}),
     ("choices", 15, "list_name"), "not used"),
    ("a list that is missing", lambda f: f["survey"][12].update(type="select_one kinds"),
     ("survey", 14, "type"), "'kinds' is not in the choices sheet"),
    ("no version", lambda f: f["settings"][0].pop("version"),
     ("settings", 2, "version"), "needs a version"),
    ("a settings column we cannot keep", lambda f: f["settings"][0].update(
        submission_url="https://example.org"),
     ("settings", 2, "submission_url"), "would be lost"),
    ("an unclosed group", lambda f: f["survey"].pop(),
     ("survey", 13, "type"), "no 'end group'"),
    ("a required expression", lambda f: f["survey"][1].update(required="${x} = 1"),
     ("survey", 3, "required"), "not yes or no"),
    ("a note with a condition", lambda f: f["survey"][2].update(relevant="${unit.exists} = 'no'"),
     ("survey", 4, "relevant"), "a note cannot have"),
]


@pytest.mark.parametrize(("change", "place", "words"),
                         [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_what_cannot_be_mapped_is_refused_with_its_place(tmp_path, change, place, words):
    sheets = form()
    change(sheets)
    with pytest.raises(XLSFormError) as caught:
        read(tmp_path, sheets)
    found = [(p.sheet, p.row, p.column) for p in caught.value.problems]
    assert place in found, [str(p) for p in caught.value.problems]
    problem = caught.value.problems[found.index(place)]
    assert words in str(problem)
    assert str(problem).startswith(f"{place[0]} sheet, row {place[1]}, column '{place[2]}'")


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "form.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(XLSFormError, match="not a readable workbook"):
        read_xlsform(path)


def _without_origin(t: Template) -> Template:
    return dataclasses.replace(t, source="", checksum="")


@pytest.mark.parametrize("template_id", ["geoat", "integrity"])
def test_a_shipped_template_exported_and_imported_is_identical(tmp_path, template_id):
    shipped = load_library().latest(template_id)
    assert shipped is not None
    path = tmp_path / f"{template_id}.xlsx"
    export_template(shipped, path)
    back = read_xlsform(path)
    assert _without_origin(back) == _without_origin(shipped)
    # the same, compared as plain structures so a difference is shown in full
    assert dataclasses.asdict(_without_origin(back)) == \
        dataclasses.asdict(_without_origin(shipped))
    # and it is a valid XLSForm for the ODK tools (pyxform, their reference implementation)
    from pyxform.xls2xform import convert

    assert "<h:html" in convert(xlsform=str(path), validate=False).xform


def test_an_imported_form_exported_again_reads_back_the_same(tmp_path):
    first = read(tmp_path, form())
    export_template(first, tmp_path / "again.xlsx")
    assert _without_origin(read_xlsform(tmp_path / "again.xlsx")) == _without_origin(first)


@pytest.mark.parametrize(("values", "words"), [
    (["1", "2"], "read back as a rating scale"),
    (["yes", "partly", "no"], "read back as a yes/partly/no question"),
    (["ok", "na"], "read back as N/A"),
])
def test_choices_that_would_read_back_as_another_kind_are_refused_at_export(
        tmp_path, values, words):
    from mercator_desktop.checklists.model import Option

    shipped = load_library().latest("integrity")
    assert shipped is not None
    question = next(q for q in shipped.questions if q.type == "single_choice")
    changed = dataclasses.replace(question, options=tuple(
        Option(v, {"en": v, "fr": v}) for v in values))
    sections = tuple(
        dataclasses.replace(s, questions=tuple(changed if q.id == question.id else q
                                               for q in s.questions))
        for s in shipped.sections)
    with pytest.raises(ExportError, match=words):
        export_template(dataclasses.replace(shipped, sections=sections), tmp_path / "x.xlsx")


def test_what_xlsform_cannot_say_is_refused_at_export(tmp_path):
    shipped = load_library().latest("geoat")
    assert shipped is not None
    question = shipped.questions[0]
    assert question.type == "number"
    changed = dataclasses.replace(question, allow_na=True)
    section = dataclasses.replace(shipped.sections[0],
                                  questions=(changed, *shipped.sections[0].questions[1:]))
    broken = dataclasses.replace(shipped, sections=(section, *shipped.sections[1:]))
    with pytest.raises(ExportError, match=f"question '{question.id}'"):
        export_template(broken, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_the_example_of_the_documentation_imports(tmp_path):
    """The three tables of docs/checklists.md's example, typed into a workbook, are a
    checklist (so the documentation cannot drift from what is read)."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "checklists.md").read_text("utf-8")
    example = text.split("### A small example", 1)[1].split("### What is read", 1)[0]
    sheets: dict[str, list[dict[str, Any]]] = {}
    for block in example.split("`")[1::2]:
        if block not in ("survey", "choices", "settings"):
            continue
        table = example.split(f"`{block}`:", 1)[1].strip().split("\n\n", 1)[0].splitlines()
        cells = [[c.strip() for c in line.strip().strip("|").split("|")] for line in table]
        headings, rows = cells[0], cells[2:]
        sheets[block] = [{h: v for h, v in zip(headings, row, strict=True) if v}
                         for row in rows]
    t = read(tmp_path, sheets)
    assert (t.id, t.version, t.languages, t.provenance.status) == (
        "unit_check", "2024.1", ("en", "fr"), "official")
    assert [q.type for q in t.questions] == ["yes_no_partly", "number", "scale"]
