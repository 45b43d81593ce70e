"""JSON for the hot paths of sync: orjson where it gives exactly what the standard library
would, the standard library everywhere else.

``loads`` reads with orjson and falls back to ``json.loads`` for what orjson refuses and
Python's reader takes (``NaN``, lone surrogates) and for any text with a number that may be
wider than 64 bits (orjson would read it as a float): the same values either way. It is the
JSON reader of the databases' JSON columns. Writing stays with ``json.dumps``, which keeps
``NaN`` where orjson would write ``null``.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

#: 19 digits in a row: perhaps an integer wider than 64 bits, which orjson reads as a float
_LONG_NUMBER = re.compile(r"\d{19}")
_LONG_NUMBER_BYTES = re.compile(rb"\d{19}")


def loads(text: str | bytes) -> Any:
    long_number = _LONG_NUMBER_BYTES if isinstance(text, bytes) else _LONG_NUMBER
    if long_number.search(text) is None:  # type: ignore[arg-type]
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text)


def well_formed_json(value: Any) -> bool:
    """True when ``value`` is sure to write as well-formed JSON without NUL characters
    (orjson refuses lone surrogates and writes a NUL as ``\\u0000``); False means: look
    closer with the standard library."""
    try:
        return b"\\u0000" not in orjson.dumps(value)
    except TypeError:  # orjson.JSONEncodeError included
        return False


def canonical(value: Any) -> bytes:
    """``value`` as compact JSON with sorted keys (what a content hash is taken of)."""
    try:
        return orjson.dumps(value, default=str,
                            option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    except TypeError:
        return json.dumps(value, sort_keys=True, default=str,
                          separators=(",", ":")).encode()
