"""Search across everything, through the real services on a fresh store: every kind of text
is found, without accents or case, grouped by mission, and the index follows every change
(edit, trash, restore) because triggers keep it, whoever writes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.dto import AgendaInput, MissionInput
from mercator_desktop.services.findings import (
    ActionItemInput,
    FindingInput,
    FindingService,
    RecommendationInput,
)
from mercator_desktop.services.search import MARK_END, MARK_START, SearchService, match_expression


def _mission(code: str, **overrides) -> MissionInput:  # type: ignore[no-untyped-def]
    values = dict(code=code, title="Integrity diagnostic", type_code="integrity_diagnostic",
                  status_code="planned", country_iso2="JM", start_date=date(2019, 3, 25),
                  end_date=date(2019, 3, 29), topics=["integrity"])
    values.update(overrides)
    return MissionInput(**values)  # type: ignore[arg-type]


def _places(search: SearchService, query: str) -> set[tuple[str, str, str]]:
    return {(group.code, hit.kind, hit.field)
            for group in search.search(query) for hit in group.hits}


@pytest.fixture
def search(store):  # type: ignore[no-untyped-def]
    return SearchService(store)


def test_every_kind_of_text_is_found_accent_and_case_insensitive(store, missions, search):
    jamaica = missions.create(_mission(
        "JM-2019-INTD-01", location="Kingston", objectives="Map the Sécurité risks",
        logistics_notes="Hotel near the port of Montego Bay"))
    missions.add_agenda_item(jamaica.id, AgendaInput(
        date(2019, 3, 25), "Opening with the Commissioner", location="Customs House, Newport"))
    other = missions.create(_mission("SN-2020-INTD-01", title="Diagnostic d'intégrité",
                                     country_iso2="SN"))
    findings = FindingService(store)
    finding = findings.add_finding(jamaica.id, FindingInput("gap", "No rotation of officers"))
    findings.add_recommendation(jamaica.id, RecommendationInput("Introduce staff rotation"))
    findings.add_action(jamaica.id, ActionItemInput("Draft a rotation policy",
                                                    indicator="Policy adopted"))
    assessments = AssessmentService(store)
    started = assessments.start(other.id, "geoat")
    question = assessments.template("geoat", started.template_version).questions[0].id
    assessments.set_note(started.id, question, "Interviewed the Directrice générale")

    assert _places(search, "kingston") == {("JM-2019-INTD-01", "mission", "location")}
    assert _places(search, "securite") == {("JM-2019-INTD-01", "mission", "objectives")}
    assert _places(search, "MONTEGO") == {("JM-2019-INTD-01", "mission", "logistics_notes")}
    assert _places(search, "newport") == {("JM-2019-INTD-01", "agenda", "location")}
    assert _places(search, "commissioner") == {("JM-2019-INTD-01", "agenda", "activity")}
    assert _places(search, "integrite") == {("SN-2020-INTD-01", "mission", "title")}
    assert _places(search, "directrice generale") == {("SN-2020-INTD-01", "answer", "note")}
    assert _places(search, "rotation") == {
        ("JM-2019-INTD-01", "finding", "text"), ("JM-2019-INTD-01", "recommendation", "text"),
        ("JM-2019-INTD-01", "action", "activity")}
    assert _places(search, "jm-2019") == {("JM-2019-INTD-01", "mission", "code")}
    assert _places(search, "polic") == {("JM-2019-INTD-01", "action", "activity"),
                                        ("JM-2019-INTD-01", "action", "indicator")}

    answer_hit = search.search("directrice")[0].hits[0]
    assert (answer_hit.assessment_id, answer_hit.question_id) == (started.id, question)
    finding_hit = next(h for g in search.search("officers") for h in g.hits)
    assert finding_hit.record_id == finding.id
    assert f"{MARK_START}Kingston{MARK_END}" in search.search("kingston")[0].hits[0].snippet

    # Hits come grouped: one group per mission, with all its hits.
    groups = search.search("rotation")
    assert [g.code for g in groups] == ["JM-2019-INTD-01"] and len(groups[0].hits) == 3


def test_the_index_follows_edits_trash_and_restore(store, missions, search):
    created = missions.create(_mission("JM-2019-INTD-01", location="Kingston"))
    findings = FindingService(store)
    finding = findings.add_finding(created.id, FindingInput("gap", "Weak asset declarations"))

    missions.update(created.id, _mission("JM-2019-INTD-01", location="Ocho Rios"))
    assert _places(search, "kingston") == set()
    assert _places(search, "ocho") == {("JM-2019-INTD-01", "mission", "location")}

    findings.trash_finding(finding.id)
    assert _places(search, "declarations") == set()
    findings.restore_finding(finding.id)
    assert _places(search, "declarations") == {("JM-2019-INTD-01", "finding", "text")}

    missions.trash(created.id)
    assert search.search("declarations") == []
    missions.restore(created.id)
    assert _places(search, "ocho") == {("JM-2019-INTD-01", "mission", "location")}


def test_a_write_outside_the_services_is_indexed_too(store, missions, search):
    """A sync pull or an import writes rows directly: the triggers index them all the same."""
    created = missions.create(_mission("JM-2019-INTD-01"))
    with store.session() as session:
        session.execute(text("UPDATE missions SET objectives = 'Review the Ségou office' "
                             "WHERE id = :id"), {"id": created.id})
    assert _places(search, "segou") == {("JM-2019-INTD-01", "mission", "objectives")}


@pytest.mark.parametrize("typed, expression", [
    ("", ""), ("  ¿? ", ""), ("kingston", '"kingston"*'),
    ('risk "OR" NEAR(', '"risk" "OR" "NEAR"*'), ("Sécu", '"Sécu"*'),
])
def test_what_is_typed_is_never_fts_syntax(typed, expression, search):
    assert match_expression(typed) == expression
    assert search.search(typed) == []  # an empty store: no error, whatever was typed


def test_missions_imported_from_a_spreadsheet_are_found(store, search, tmp_path):
    """The import writes in bulk (Core statements): the triggers index its rows all the same."""
    from mercator_desktop.services.exchange import import_missions

    sheet = tmp_path / "missions.csv"
    sheet.write_text("code,title,type,status,country,start_date,end_date,location\n"
                     "JM-2030-WS-01,Risk management workshop,workshop,requested,JM,2030-01-13,"
                     "2030-01-17,Montego Bay\n"
                     "ML-2030-WS-01,Atelier sur l'éthique,workshop,requested,ML,2030-02-03,"
                     "2030-02-07,Ségou\n", encoding="utf-8")
    import_missions(store, sheet)
    assert _places(search, "montego") == {("JM-2030-WS-01", "mission", "location")}
    assert _places(search, "segou") == {("ML-2030-WS-01", "mission", "location")}
    assert _places(search, "ethique") == {("ML-2030-WS-01", "mission", "title")}
