"""schemathesis over HQ's OpenAPI document, against the real HQ process: for requests made
from the document (pushes of every record type among them, precise enough to be applied),
HQ never fails with a 5xx and every answer matches the document. Bounded: a few examples
per operation, so it runs in seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from .hqproc import HQProcess, running_hq
from .test_access import signed_in

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


#: examples per operation (a login costs a password hash: fewer)
EXAMPLES = {"POST /api/v1/push": 15, "POST /api/v1/login": 3}


@pytest.fixture
def own_hq(tmp_path: Path) -> Iterator[HQProcess]:
    """An HQ of its own: what the examples push stays out of the other tests' HQ."""
    with running_hq("sqlite", tmp_path, {"chief": ("hq", None)}) as server:
        yield server


def test_hq_keeps_to_its_openapi_document(own_hq: HQProcess) -> None:
    hq = own_hq
    document = schemathesis.openapi.from_url(hq.url + "/openapi.json")
    token = str(signed_in(hq, "chief").token)
    operations = sorted((found.ok() for found in document.get_all_operations()),
                        key=lambda op: op.label.endswith("/logout"))  # it ends the session
    statuses: dict[str, list[int]] = {}
    for operation in operations:
        seen = statuses.setdefault(operation.label, [])

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES.get(operation.label, 8), deadline=None,
                  derandomize=True, database=None, suppress_health_check=list(HealthCheck))
        def keeps_to_it(case: Any) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}",
                            "X-Mercator-Protocol": "1"}
            if isinstance(case.body, dict) and {"known_seq", "service_id"} & case.body.keys():
                # what the device knows of HQ's stream is state, not shape: a number HQ
                # never issued rightly means "HQ was restored" (409)
                case.body.update(known_seq=0, service_id="")
            seen.append(case.call_and_validate(checks=CHECKS).status_code)  # noqa: B023

        keeps_to_it()
    assert {"POST /api/v1/push", "GET /api/v1/pull"} <= statuses.keys()
    pushes = statuses["POST /api/v1/push"]
    # the record schemas are precise: what the document allows, HQ takes at the door
    assert pushes and set(pushes) == {200}, pushes


def test_the_document_spells_out_every_record(hq: Any) -> None:
    """Pushes are told apart by record type, each with its fields, lengths and codes."""
    import httpx

    document = httpx.get(hq.url + "/openapi.json").json()
    schemas = document["components"]["schemas"]
    missions = schemas["MissionsChange"]["properties"]
    fields = schemas[missions["fields"]["$ref"].rsplit("/", 1)[-1]]["properties"]
    assert fields["title"]["maxLength"] == 300
    assert fields["objectives"]["maxLength"] == 20_000
    team = schemas["TeamMembersChange"]["properties"]
    role = schemas[team["fields"]["$ref"].rsplit("/", 1)[-1]]["properties"]["role"]
    assert set(role["enum"]) == {"lead", "co_facilitator", "wco_staff", "observer"}
    assert "max_body_bytes" in schemas["Hello"]["properties"]
