"""The push body the app writes with orjson is the document pydantic would write."""

from __future__ import annotations

import json
import math

import pytest

from mercator_desktop.sync.protocol import PushRequest, encode_push, make_change

ANSWER = "7b0c6a4e-3f7e-4d0b-9e7a-2c8d9e1f0a11"
VALUES = ["text", 3, 2.5, None, True, ["a", 1.5, None], {"k": ["v", {"deep": 1}]}, math.nan,
          "caf\u00e9 \u0627\u0644\u062c\u0645\u0627\u0631\u0643", 10**17]


def _request(values: list[object]) -> PushRequest:
    changes = [make_change(
        change_id=f"dev:answers:{i}:1:abc", record_type="answers", id=f"a{i}",
        base_revision=1_911_000_000_000_000_000 + i, fields={"value": value, "note": "n"},
        deleted=False, base_fields={"value": None}, base_deleted=False)
        for i, value in enumerate(values)]
    changes.append(make_change(change_id="dev:missions:m:1:abc", record_type="missions",
                               id="m", base_revision=0, fields={"code": "JM-1"}))
    return PushRequest(batch_id="b" * 32, device_id="dev", changes=changes,
                       service_id="s", known_seq=7)


@pytest.mark.parametrize("values", [VALUES, [10**30]], ids=["orjson", "too-wide-for-orjson"])
def test_encode_push_writes_what_pydantic_writes(values: list[object]) -> None:
    request = _request(values)
    ours, theirs = encode_push(request), request.model_dump_json().encode()
    assert json.loads(ours) == json.loads(theirs)
    assert PushRequest.model_validate_json(ours) == PushRequest.model_validate_json(theirs)
