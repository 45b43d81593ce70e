"""The HQ service as seen from outside: the OpenAPI contract, signed answers, the
structured request log, and HQ publications arriving through the pull stream."""

from __future__ import annotations

import json

import httpx

from mercator_desktop.sync.protocol import HEADER_SIGNATURE, PUBLIC_SIGNING_KEY, sign

from .conftest import PASSWORD


def test_the_openapi_document_names_the_protocol(hq):
    document = httpx.get(hq.url + "/openapi.json").json()
    assert set(document["paths"]) == {f"/api/v1/{p}" for p in
                                      ("hello", "login", "logout", "push", "pull",
                                       "files/status", "files/{sha256}")}
    schemas = document["components"]["schemas"]
    assert {"PushRequest", "PushResponse", "PullResponse", "ChangeResult", "Hello",
            "ErrorBody", "FileStatusRequest", "FileStatusResponse", "FileState"} <= set(schemas)
    files = document["paths"]["/api/v1/files/{sha256}"]
    assert set(files) == {"get", "put"}
    [name] = [p for p in files["put"]["parameters"] if p["name"] == "sha256"]
    assert name["schema"]["pattern"] == "^[0-9a-f]{64}$"


def test_answers_are_signed_over_the_requests_nonce(hq):
    response = httpx.get(hq.url + "/api/v1/hello", headers={"X-Mercator-Nonce": "n-1"})
    assert response.headers[HEADER_SIGNATURE] == sign(PUBLIC_SIGNING_KEY, "n-1",
                                                      response.content)
    assert response.headers[HEADER_SIGNATURE] != sign(PUBLIC_SIGNING_KEY, "n-2",
                                                      response.content)


def test_every_request_is_logged_as_one_json_line_without_secrets(hq, make_device):
    device = make_device("alice")
    device.login(hq, "alice")
    device.sync()
    entries = [e for e in hq.request_log() if e.get("event") == "request"]
    pulls = [e for e in entries if e["path"] == "/api/v1/pull" and e["user"] == "alice"]
    assert pulls and {"method", "status", "ms", "bytes", "client"} <= set(pulls[-1])
    text = hq.log.read_text()
    assert PASSWORD not in text and "Bearer" not in text and "cursor=" not in text


def test_hq_publications_reach_every_device(hq, make_device, tmp_path):
    reference = tmp_path / "countries.json"
    reference.write_text(json.dumps({"version": 7, "countries": [{"iso2": "JM"}]}))
    hq.manage("publish", str(reference), "--kind", "reference", "--name", "countries",
              "--version", "7")
    for user in ("alice", "bob"):
        device = make_device(user)
        device.login(hq, user)
        device.sync()
        assert ("reference", "countries", "7") in device.sync_service.publications()


def test_a_published_template_version_can_be_used_on_every_device(hq, make_device, tmp_path):
    from mercator_desktop.checklists.loader import shipped_dir
    from mercator_desktop.services.assessments import AssessmentService

    template = json.loads((shipped_dir() / "integrity-2021.1.json").read_text("utf-8"))
    template["version"] = "2099.1"
    path = tmp_path / "integrity-2099.1.json"
    path.write_text(json.dumps(template), encoding="utf-8")
    hq.manage("publish", str(path), "--kind", "template", "--name", "integrity",
              "--version", "2099.1")
    device = make_device("alice")
    device.login(hq, "alice")
    device.sync()
    versions = {(t.id, t.version) for t in AssessmentService(device.store).templates()}
    assert ("integrity", "2099.1") in versions
    assert device.sync_service.install_published_templates() == []  # already in place


def test_a_corrected_reference_set_from_hq_replaces_the_shipped_one(hq, make_device, tmp_path):
    from mercator_desktop.resources import resource_path
    from mercator_desktop.services.reference import ReferenceCatalog
    from mercator_desktop.services.store import open_store

    countries = json.loads(resource_path("reference", "countries.json").read_text("utf-8"))
    for country in countries["countries"]:
        if country["iso2"] == "BM":
            country["is_wco_member"] = True
            country["names"]["en"] = "Bermuda (checked by HQ)"
    path = tmp_path / "countries.json"
    path.write_text(json.dumps(countries), encoding="utf-8")
    hq.manage("publish", str(path), "--kind", "reference", "--name", "countries",
              "--version", "99")
    device = make_device("alice")
    device.login(hq, "alice")
    device.sync()
    assert ReferenceCatalog.for_store(device.store).country_by_iso2["BM"].is_wco_member
    folder = device.store.paths.root
    device.store.close()
    reopened = open_store(folder)  # the shipped file (version 1) does not undo HQ's version
    try:
        bermuda = ReferenceCatalog.for_store(reopened).country_by_iso2["BM"]
        assert bermuda.name == "Bermuda (checked by HQ)"
    finally:
        reopened.close()
