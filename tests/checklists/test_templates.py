"""Templates: every shipped one passes the schema and the loader; bad ones are refused with
the file, the place inside it and the problem, and the others still load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from mercator_desktop.checklists.loader import (
    TemplateError,
    load_library,
    load_template_file,
    shipped_dir,
    template_files,
)
from mercator_desktop.resources import resource_path

from .conftest import T, small, write_template

SHIPPED = template_files(shipped_dir())


def test_templates_are_shipped():
    assert {p.name for p in SHIPPED} >= {"geoat-2023.1.json", "integrity-2021.1.json"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_template_passes_the_schema_and_the_loader(path: Path):
    schema = json.loads(resource_path("checklists", "schema",
                                      "checklist-template.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(raw)) == []
    template = load_template_file(path)  # the loader's own checks too
    assert template.languages == ("en", "fr", "es")
    for question in template.questions:
        assert question.text["en"] and question.text["fr"], question.id


def test_the_shipped_library_loads_without_problems():
    library = load_library()
    assert library.problems == []
    assert [t.id for t in library.instruments()] == ["geoat", "integrity"]


def test_geoat_has_the_blocks_and_at_least_sixty_rated_indicators():
    geoat = load_library().latest("geoat")
    assert geoat is not None
    refs = [s.reference[1] for s in geoat.sections if s.reference]
    assert refs == ["cross_cutting", "p1", "p2", "p3", "p4", "p5", "p6", "security_safety"]
    rated = [q for q in geoat.questions if q.type == "scale"]
    assert len(rated) >= 60
    scale = geoat.scales["implementation"]
    assert scale.values == (0, 1, 2, 3, 4, 5) and scale.not_applicable
    assert all(q.scale is scale and q.required for q in rated)
    # principle → key element → indicator
    p1 = geoat.section("p1")
    assert p1 is not None and [k.label for k in p1.sections] == ["A", "B", "C"]


def test_integrity_covers_the_ten_factors_with_five_to_ten_questions_each():
    integrity = load_library().latest("integrity")
    assert integrity is not None
    factors = [s for s in integrity.sections if s.reference]
    assert [s.reference[1] for s in factors][:3] == [
        "leadership_commitment", "regulatory_framework", "transparency"]
    assert len(factors) == 10
    for factor in factors:
        rated = [q for q in factor.questions if q.type == "scale"]
        assert 5 <= len(rated) <= 10, factor.id
    assert sum(1 for q in integrity.questions if q.type == "scale") >= 60
    assert integrity.scales["maturity"].verified is False  # no official scale: marked so


def test_a_shipped_skip_rule_works():
    integrity = load_library().latest("integrity")
    assert integrity is not None
    from mercator_desktop.checklists.conditions import AnswerState

    assert integrity.visibility({"f6.unit": AnswerState("no")})["f6.1"] is False
    assert integrity.visibility({"f6.unit": AnswerState("partly")})["f6.1"] is True


def _broken(mutate) -> dict:  # type: ignore[no-untyped-def]
    data = small()
    mutate(data)
    return data


def _q(data: dict, s: int, q: int) -> dict:
    return data["sections"][s]["questions"][q]


REFUSALS = [
    ("schema: wrong type", lambda d: d.update(version=3),
     "version", "is not of type 'string'"),
    ("schema: missing field", lambda d: _q(d, 0, 0).pop("text"),
     "sections[0].questions[0]", "'text' is a required property"),
    ("schema: unknown answer type", lambda d: _q(d, 0, 1).update(type="slider"),
     "sections[0].questions[1].type", "slider"),
    ("duplicate question id", lambda d: _q(d, 0, 1).update(id="a.1"),
     "sections[0].questions[1].id", "'a.1' is already used at sections[0].questions[0]"),
    ("condition names an unknown question",
     lambda d: _q(d, 0, 3).update(visible_if="a.nope == 'yes'"),
     "sections[0].questions[3].visible_if", "unknown question 'a.nope'"),
    ("condition names a later question",
     lambda d: _q(d, 0, 0).update(visible_if={"question": "a.has", "op": "answered"}),
     "sections[0].questions[0].visible_if", "comes later"),
    ("condition with a value the question never has",
     lambda d: _q(d, 0, 3).update(visible_if="a.has == 'maybe'"),
     "sections[0].questions[3].visible_if", "can never be 'maybe'"),
    ("condition that does not parse",
     lambda d: _q(d, 0, 3).update(visible_if="a.has in ['yes'"),
     "sections[0].questions[3].visible_if",
     "condition not understood: at character 16: expected ']'"),
    ("scale without values",
     lambda d: [p.pop("value") for p in d["scales"]["five"]["points"]],
     "scales.five.points[0]", "'value' is a required property"),
    ("scale with one point", lambda d: d["scales"]["five"].update(points=[
        {"value": 1, "label": T("Only")}]), "scales.five.points", "too short"),
    ("scale with a value twice",
     lambda d: d["scales"]["five"]["points"][1].update(value=0),
     "scales.five.points[1].value", "appears twice"),
    ("unknown scale", lambda d: _q(d, 0, 0).update(scale="seven"),
     "sections[0].questions[0].scale", "unknown scale 'seven'"),
    ("text missing in a declared language", lambda d: _q(d, 0, 1)["text"].pop("fr"),
     "sections[0].questions[1].text", "no text in 'fr'"),
    ("choice question without options", lambda d: d["sections"][1]["sections"][0][
        "questions"][2].pop("options"), "sections[1].sections[0].questions[2]", "'options'"),
    ("empty section", lambda d: d["sections"][0].update(questions=[]),
     "sections[0]", "needs questions or sections inside it"),
]


@pytest.mark.parametrize(("mutate", "path", "message"),
                         [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_a_bad_template_is_refused_naming_file_place_and_problem(tmp_path, mutate, path,
                                                                 message):
    folder = tmp_path / "t"
    bad = write_template(folder, _broken(mutate), "bad-one.json")
    with pytest.raises(TemplateError) as caught:
        load_template_file(bad)
    problems = caught.value.problems
    assert any(p.path == path and message in p.message for p in problems), problems
    assert str(caught.value).startswith("bad-one.json at ")


def test_not_json_is_refused_with_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": 1,\n  "id": }')
    with pytest.raises(TemplateError, match=r"broken.json at line 2, column 9: not valid JSON"):
        load_template_file(path)


def test_the_library_keeps_the_good_templates_and_reports_the_bad(tmp_path):
    folder = tmp_path / "mixed"
    write_template(folder, small())
    write_template(folder, _broken(lambda d: _q(d, 0, 1).update(id="a.1")), "zz-bad.json")
    write_template(folder, small(), "zz-same-version.json")
    (folder / "zz-notjson.json").write_text("nope")
    library = load_library([folder])
    assert list(library.templates) == [("small", "1.0")]
    assert sorted({p.file for p in library.problems}) == [
        "zz-bad.json", "zz-notjson.json", "zz-same-version.json"]
    same = next(p for p in library.problems if p.file == "zz-same-version.json")
    assert "already given by small-1.0.json" in same.message


def test_versions_are_ordered_naturally_and_old_ones_stay_loadable(tmp_path):
    folder = tmp_path / "versions"
    for version in ("1.0", "1.10", "1.2"):
        write_template(folder, small(version=version))
    library = load_library([folder])
    assert library.versions("small") == ["1.0", "1.2", "1.10"]
    assert library.latest("small").version == "1.10"  # type: ignore[union-attr]
    assert library.get("small", "1.0") is not None


def test_numbers_of_sections_and_questions(library):
    template = library.get("small", "1.0")
    assert [s.number for s in template.walk_sections()] == ["A", "B", "B.1"]
    assert template.question("a.2").number == "A.2"
    assert template.question("b.x.1").number == "B.1.1"
    assert [s.id for s in template.section_path("b.x")] == ["b", "b.x"]
