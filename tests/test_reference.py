"""Reference data: the shipped files are complete and consistent, load idempotently, and a
corrected reference set updates the store without touching user data."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import func, select

from mercator_desktop.domain.lifecycle import MissionStatus
from mercator_desktop.resources import resource_path
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.reference import ReferenceCatalog, load_reference_data
from mercator_desktop.storage.models import Country, ReferenceSet

REFERENCE = resource_path("reference")


def _json(name):
    return json.loads((REFERENCE / name).read_text(encoding="utf-8"))


def test_regions_and_members():
    assert [r["code"] for r in _json("regions.json")["regions"]] == [
        "AMS", "EUR", "AP", "MENA", "ESA", "WCA"]
    countries = _json("countries.json")["countries"]
    members = [c for c in countries if c["is_wco_member"]]
    assert len(members) == 187
    assert len({c["iso2"] for c in countries}) == len(countries)
    regions = {r["code"] for r in _json("regions.json")["regions"]}
    assert all(c["region"] in regions for c in countries)
    by_code = {c["iso2"]: c for c in countries}
    expected = {"BM": "AMS", "JM": "AMS", "KZ": "EUR", "MU": "ESA", "BS": "AMS", "AF": "AP",
                "GH": "WCA", "LR": "WCA", "ML": "WCA", "MZ": "ESA", "NP": "AP", "TZ": "ESA",
                "TN": "MENA", "SL": "WCA"}
    assert {code: by_code[code]["region"] for code in expected} == expected
    assert by_code["BM"]["is_wco_member"] is False and by_code["BM"]["customs_territory"]
    assert by_code["VC"]["membership_date"] == "2025-09-17"


def test_vocabularies_have_the_stable_codes():
    assert [t["code"] for t in _json("mission_types.json")["mission_types"]] == [
        "integrity_assessment", "integrity_self_assessment", "integrity_diagnostic",
        "geoat_assessment", "support_mission", "scoping_diagnostic", "workshop",
        "lmd_workshop", "top_executive_retreat", "trs_support", "monitoring_follow_up",
        "accreditation", "other"]
    assert [t["code"] for t in _json("topics.json")["topics"]] == [
        "strategic_advisory", "hrd", "integrity", "stakeholder_engagement", "mercator_tfa",
        "gender_diversity", "performance_measurement"]
    statuses = sorted(_json("statuses.json")["statuses"], key=lambda s: s["order"])
    assert [s["code"] for s in statuses] == [s.value for s in MissionStatus]


def test_tfa_and_arusha():
    articles = _json("tfa_articles.json")["articles"]
    assert [a["code"] for a in articles] == [str(n) for n in range(1, 13)]
    paragraphs = {p["code"] for a in articles for p in a["paragraphs"]}
    assert {"1.3", "7.4", "7.5", "7.6", "7.7", "7.8", "10.5"} <= paragraphs
    factors = _json("arusha_factors.json")["factors"]
    assert [f["number"] for f in factors] == list(range(1, 11))
    assert factors[0]["names"]["en"] == "Leadership and Commitment"


def test_every_label_has_english_french_and_spanish():
    def texts(node, where):  # every {"en": …} of a file, wherever it sits
        if isinstance(node, dict):
            if "en" in node and isinstance(node["en"], str):
                yield where, node
            else:
                for key, value in node.items():
                    yield from texts(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from texts(value, f"{where}/{i}")

    seen = 0
    for name in _json("manifest.json")["files"]:
        for where, text in texts(_json(name), name):
            seen += 1
            for lang in ("en", "fr", "es"):
                assert isinstance(text.get(lang), str) and text[lang].strip(), (where, lang)
    assert seen > 300


def test_loaded_into_the_store_once(store):
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Country)) == len(
            _json("countries.json")["countries"])
        versions = {r.name: r.version for r in session.scalars(select(ReferenceSet))}
    assert len(versions) == 10
    assert load_reference_data(store) is False  # unchanged files: nothing to do
    catalog = ReferenceCatalog.for_store(store)
    assert catalog.country_by_iso2["JM"].region_code == "AMS"
    assert catalog.label("statuses", "in_delivery") == "In delivery"


def test_corrected_reference_set_keeps_user_data(tmp_path, monkeypatch, data_dir):
    """A newer reference set renames a country and drops a mission type still in use."""
    from mercator_desktop import resources
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.store import open_store

    store = open_store(data_dir)
    service = MissionService(store)
    created = service.create(MissionInput(
        code="BM-2027-OTH-01", title="Visit", type_code="other", status_code="requested",
        country_iso2="BM"))
    store.close()

    copy = tmp_path / "resources"
    shutil.copytree(resources.resources_dir(), copy)
    countries = json.loads((copy / "reference" / "countries.json").read_text("utf-8"))
    for country in countries["countries"]:
        if country["iso2"] == "BM":
            country["is_wco_member"] = True
            country["names"]["en"] = "Bermuda (corrected)"
    (copy / "reference" / "countries.json").write_text(json.dumps(countries), "utf-8")
    types = json.loads((copy / "reference" / "mission_types.json").read_text("utf-8"))
    types["mission_types"] = [t for t in types["mission_types"] if t["code"] != "other"]
    (copy / "reference" / "mission_types.json").write_text(json.dumps(types), "utf-8")
    manifest = json.loads((copy / "reference" / "manifest.json").read_text("utf-8"))
    manifest["version"] += 1
    (copy / "reference" / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    resources.resources_dir.cache_clear()
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "pkg")  # its sibling: the copy
    try:
        store = open_store(data_dir)
        service = MissionService(store)
        kept = service.get(created.id)
        assert (kept.code, kept.type_code) == ("BM-2027-OTH-01", "other")
        catalog = ReferenceCatalog.for_store(store)
        assert catalog.country_by_iso2["BM"].name == "Bermuda (corrected)"
        assert catalog.country_by_iso2["BM"].is_wco_member
        assert "other" not in catalog.codes("mission_types")  # no longer offered
        with store.sessions() as session:
            versions = {r.name: r.version for r in session.scalars(select(ReferenceSet))}
        shipped = _json("manifest.json")["version"]
        assert versions["countries.json"] == versions["mission_types.json"] == shipped + 1
        assert versions["regions.json"] == shipped  # unchanged file, not reloaded
        store.close()
    finally:
        resources.resources_dir.cache_clear()


@pytest.mark.parametrize("name", sorted(p.name for p in REFERENCE.glob("*.json")))
def test_every_file_is_listed_in_the_manifest(name):
    if name != "manifest.json":
        assert name in _json("manifest.json")["files"]


def test_catalog_speaks_the_interface_language(store):
    store.language = "fr"
    catalog = ReferenceCatalog.for_store(store)
    assert catalog.country_by_iso2["CI"].name == "Côte d'Ivoire"
    assert catalog.label("statuses", "closed") == "Clôturée"
    assert catalog.label("mission_types", "workshop").lower().startswith("atelier")
    store.language = "es"
    catalog = ReferenceCatalog.for_store(store)
    assert catalog.country_by_iso2["JM"].name == "Jamaica"
    assert catalog.country_by_iso2["DZ"].name == "Argelia"
    assert catalog.label("accreditation_categories", "mpa") == "Asesor del Programa Mercator"
    assert catalog.label("tfa_provisions", "7.6") == \
        "Establecimiento y publicación de los plazos medios de levante"
    store.language = "ar"  # countries from the CLDR, the vocabularies from the files
    catalog = ReferenceCatalog.for_store(store)
    assert catalog.country_by_iso2["MU"].name == "موريشيوس"
    assert catalog.country_by_iso2["XK"].name == "كوسوفو"
    assert catalog.label("mission_types", "integrity_assessment") == "تقييم النزاهة"
    assert all(c.names.get("ar") == c.name for c in catalog.countries)  # every one of them
    store.language = "en"
    assert ReferenceCatalog.for_store(store).label("statuses", "closed") == "Closed"
    assert ReferenceCatalog.for_store(store).country_by_iso2["MU"].name == "Mauritius"


def test_a_malformed_published_set_changes_nothing(store):
    from mercator_desktop.domain.errors import UserError
    from mercator_desktop.services.reference import apply_published_reference

    before = len(ReferenceCatalog.for_store(store).countries)
    with pytest.raises(UserError, match="malformed"):
        apply_published_reference(store, "countries", 5, {"countries": [{"iso2": "JM"}]})
    with pytest.raises(UserError, match="unknown reference set"):
        apply_published_reference(store, "planets", 5, {})
    assert len(ReferenceCatalog.for_store(store).countries) == before
    assert apply_published_reference(store, "topics", 0, {"topics": []}) is False  # older
