"""Expert directory use cases."""

from __future__ import annotations

from datetime import date

import pytest

from mercator_desktop.domain.errors import ValidationError
from mercator_desktop.services.dto import (
    AccreditationInput,
    ExpertInput,
    MissionInput,
    TeamAssignment,
)


def test_create_list_filter_and_missions(experts, missions):
    amara = experts.create(ExpertInput(
        name="Amara Diallo", email="amara@example.org", home_country_iso2="SN",
        languages=["fr", "en"],
        accreditations=[AccreditationInput("mpa", "accredited", date(2016, 5, 12), "ACE-1")]))
    experts.create(ExpertInput(name="José Ramírez", languages=["es"]))
    assert [e.name for e in experts.list(category="mpa")] == ["Amara Diallo"]
    assert [e.name for e in experts.list(language="es")] == ["José Ramírez"]
    assert [e.name for e in experts.list(text="josé")] == ["José Ramírez"]
    missions.create(MissionInput(
        code="JM-2019-INTD-01", title="Diagnostic", type_code="integrity_diagnostic",
        status_code="closed", country_iso2="JM", start_date=date(2019, 3, 25),
        end_date=date(2019, 3, 29), team=[TeamAssignment(amara.id, "lead")]))
    [booking] = experts.missions_of(amara.id)
    assert (booking.mission_code, booking.role) == ("JM-2019-INTD-01", "lead")


@pytest.mark.parametrize(("data", "field"), [
    (ExpertInput(name=""), "name"),
    (ExpertInput(name="A", email="not-an-address"), "email"),
    (ExpertInput(name="A", home_country_iso2="QQ"), "home_country"),
    (ExpertInput(name="A", languages=["English"]), "languages"),
    (ExpertInput(name="A", accreditations=[AccreditationInput("wizard", "accredited")]),
     "accreditation"),
    (ExpertInput(name="A", accreditations=[AccreditationInput("mpa", "maybe")]),
     "accreditation"),
])
def test_bad_expert_is_refused(experts, data, field):
    with pytest.raises(ValidationError) as caught:
        experts.create(data)
    assert caught.value.for_field(field)
    assert experts.list() == []


def test_same_name_twice_is_refused_and_update_keeps_accreditations(experts):
    amara = experts.create(ExpertInput(
        name="Amara Diallo", accreditations=[AccreditationInput("df", "accredited")]))
    with pytest.raises(ValidationError, match="exists already"):
        experts.create(ExpertInput(name="amara diallo"))
    updated = experts.update(amara.id, ExpertInput(name="Amara Diallo", email="a@example.org"))
    assert updated.email == "a@example.org"
    assert [a.category_code for a in updated.accreditations] == ["df"]
    experts.trash(amara.id)
    assert experts.list() == [] and len(experts.list(trash=True)) == 1
    experts.restore(amara.id)
    assert len(experts.list()) == 1


def test_administrations_and_programmes(experts):
    jca = experts.create_administration("JM", "Jamaica Customs Agency", "JCA")
    assert experts.administrations("JM") == [jca]
    with pytest.raises(ValidationError):
        experts.create_administration("ZZ", "Nowhere")
    codes = {p.code for p in experts.programmes()}
    assert {"mercator", "acip", "idb_bahamas"} <= codes


def test_names_match_whatever_the_case_beyond_ascii(experts):
    experts.create(ExpertInput(name="Zeynep Çelik"))
    assert experts.find_by_name("ZEYNEP ÇELIK") is not None
    assert [e.name for e in experts.list(text="çel")] == ["Zeynep Çelik"]
    with pytest.raises(ValidationError, match="exists already"):
        experts.create(ExpertInput(name="zeynep çelik"))
