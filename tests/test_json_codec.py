"""The JSON reader of the databases' JSON columns gives what the standard library gives,
for what orjson reads and for what only the standard library reads."""

from __future__ import annotations

import json
import math

import pytest

from mercator_desktop.storage import json_codec

TEXTS = [
    '{"value": "caf\\u00e9", "n": 3, "x": 1.5, "ok": true, "none": null}',
    '["\u0627\u0644\u062c\u0645\u0627\u0631\u0643", 0.1, -7, {"a": [1, 2, {"b": "c"}]}]',
    '{"big": 123456789012345678901234567890}',  # wider than 64 bits: orjson refuses
    '{"lone": "\\ud800"}',  # a lone surrogate: orjson refuses
    '[1e400, -1e400]',  # beyond float: orjson refuses, Python reads infinities
    '{"same": 1, "same": 2}',
]


@pytest.mark.parametrize("text", TEXTS)
def test_loads_reads_what_the_standard_library_reads(text: str) -> None:
    assert json_codec.loads(text) == json.loads(text)
    assert json_codec.loads(text.encode()) == json.loads(text)


def test_nan_is_read_as_written() -> None:
    written = json.dumps({"v": math.nan})
    assert math.isnan(json_codec.loads(written)["v"])


def test_invalid_json_is_still_refused() -> None:
    with pytest.raises(ValueError):
        json_codec.loads('{"open": ')


def test_well_formed_json_sends_nul_and_surrogates_to_a_closer_look() -> None:
    assert json_codec.well_formed_json({"text": "caf\u00e9", "n": [1, 2.5, None]})
    assert not json_codec.well_formed_json({"text": "a\x00b"})
    assert not json_codec.well_formed_json({"text": "\ud800"})
    assert not json_codec.well_formed_json({"big": 2**70})  # the standard library decides


def test_canonical_is_independent_of_key_order() -> None:
    assert json_codec.canonical({"b": 1, "a": [2, {"d": 3, "c": 4}]}) == \
        json_codec.canonical({"a": [2, {"c": 4, "d": 3}], "b": 1})
    assert json_codec.canonical([{"big": 2**70}]) == b'[{"big":1180591620717411303424}]'


HQ_SEQ = 1_911_000_000_000_000_000  # HQ's sequence numbers: 19 digits (``hq.sequence``)
VALUES = [
    {"value": "caf\u00e9", "n": 3, "x": 1.5, "ok": True, "none": None, "seq": HQ_SEQ},
    ["\u0627\u0644\u062c\u0645\u0627\u0631\u0643", 0.1, -7, {"a": [1, 2, {"b": "c"}]}],
    {"big": 2**70, "edge": [2**63 - 1, -(2**63), 2**64 - 1, 2**64, -(2**63) - 1]},
    {"lone": "\ud800"},
    {"nan": [math.nan], "inf": {"x": math.inf}, "none": None},
    {3: "a key that is not text"},
    (1, "tuple"),
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_dumps_reads_back_as_the_standard_library_writes_it(value: object) -> None:
    written = json_codec.dumps(value)
    assert isinstance(written, str)
    back, expected = json_codec.loads(written), json.loads(json.dumps(value))
    assert json.dumps(back, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert [type(x) for x in _leaves(back)] == [type(x) for x in _leaves(expected)]


def test_dumps_keeps_nan_where_orjson_would_write_null() -> None:
    assert math.isnan(json_codec.loads(json_codec.dumps({"v": math.nan}))["v"])
    assert json_codec.loads(json_codec.dumps([None, 1.5])) == [None, 1.5]


def test_dumps_refuses_what_the_standard_library_refuses() -> None:
    import datetime

    with pytest.raises(TypeError):
        json_codec.dumps({"when": datetime.date(2026, 1, 2)})


def test_hq_sequence_numbers_are_read_by_orjson_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps({"value": HQ_SEQ, "note": HQ_SEQ + 1})

    def standard_library(_text: object) -> object:
        raise AssertionError("read twice")

    monkeypatch.setattr(json_codec.json, "loads", standard_library)
    assert json_codec.loads(text) == {"value": HQ_SEQ, "note": HQ_SEQ + 1}


def _leaves(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for key in sorted(value, key=str) for leaf in _leaves(value[key])]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]
