"""The demonstration data carries one filled, validated assessment on each of two closed
missions (integrity on JM-2019-INTD-01, GEOAT on MU-2019-GEOAT-01), added once, with every
answer in the history, so their mission reports show scores."""

from __future__ import annotations

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.demo import load_demo_assessments
from mercator_desktop.services.missions import MissionService


def test_two_validated_demo_assessments(demo_store):
    service = AssessmentService(demo_store)
    missions = MissionService(demo_store)
    for code, template_id in (("JM-2019-INTD-01", "integrity"),
                              ("MU-2019-GEOAT-01", "geoat")):
        [summary] = service.list_for_mission(missions.get_by_code(code).id)
        assert summary.template_id == template_id and summary.status == "validated"
        assert summary.percent is not None and 20 < summary.percent < 80
        view = service.get(summary.id)
        assert view.validated_by and view.validated_at is not None
        assert service.missing_required(summary.id) == []
        answers = service.answers(summary.id)
        assert sum(1 for a in answers.values() if a.note) >= 3
        values = {(h.question_id, h.field) for h in service.history(summary.id)}
        assert {(q, "value") for q, a in answers.items() if a.answered} <= values
        assert [e.kind for e in service.events(summary.id)] == [
            "started", "completed", "validated"]
    # Plausible: the integrity scores follow the demo findings (automation strong, audit and
    # investigation weak).
    jm = service.list_for_mission(missions.get_by_code("JM-2019-INTD-01").id)[0]
    by_section = service.scores(jm.id).by_section()
    assert by_section["f4"].percent > 60 > by_section["f6"].percent


def test_added_once_and_never_beside_the_users_own(demo_store):
    assert load_demo_assessments(demo_store) == 0
    service = AssessmentService(demo_store)
    mission_id = MissionService(demo_store).get_by_code("MU-2019-GEOAT-01").id
    [demo] = service.list_for_mission(mission_id)
    service.reopen(demo.id, "correction")
    service.trash(demo.id)
    assert load_demo_assessments(demo_store) == 0  # one is in the trash: nothing added
    assert service.list_for_mission(mission_id) == []


def test_demo_loaded_in_another_language_speaks_it(store):
    """Demonstration data loaded with the interface in Spanish (or Arabic): the assessments
    carry their checklist's name and their workshop group in that language, the programmes
    theirs; the instrument's name follows a later change of language."""
    from mercator_desktop.services.demo import load_demo
    from mercator_desktop.services.experts import ExpertService

    store.language = "es"
    load_demo(store)
    service = AssessmentService(store)
    mission = MissionService(store).get_by_code("MU-2019-GEOAT-01")
    [geoat] = service.list_for_mission(mission.id)
    assert geoat.title.startswith("GEOAT – Herramienta de evaluación")
    assert geoat.group_name == "Unidades de recursos humanos, capacitación y operaciones"
    assert not geoat.custom_title
    assert mission.programme_name.startswith("Proyecto Finlandia-OMA")
    labels = {p.code: p.label for p in ExpertService(store).programmes()}
    assert labels["mercator"] == "Programa Mercator de la OMA"

    store.language = "fr"
    [geoat] = service.list_for_mission(mission.id)
    assert geoat.title.startswith("GEOAT – Outil d'évaluation")
    assert MissionService(store).get(mission.id).programme_name.startswith("Projet Finlande")

    store.language = "ar"  # the instruments are written in en, fr and es: English then
    assert service.get(geoat.id).title.startswith("GEOAT – Gender Equality")
    assert MissionService(store).get(mission.id).programme_name.startswith("مشروع فنلندا")
