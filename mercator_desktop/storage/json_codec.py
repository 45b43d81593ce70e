"""JSON for the hot paths of sync: orjson where it gives exactly what the standard library
would, the standard library everywhere else.

``loads`` reads with orjson and falls back to ``json.loads`` for what orjson refuses and
Python's reader takes (``NaN``, lone surrogates) and for any value holding a float (orjson
reads an integer beyond 64 bits as a float): the same values either way.
``dumps`` writes with orjson and falls back to ``json.dumps`` for what orjson refuses or
would write differently: ``NaN`` and the infinities (orjson writes ``null``), integers
wider than 64 bits, lone surrogates, keys that are not text, subclasses of the JSON types.
Its text is compact UTF-8 rather than ``json.dumps``'s spaced ASCII, and reads back as the
same value. They are the JSON reader and writer of the databases' JSON columns.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

#: what orjson would write where ``json.dumps`` writes otherwise or refuses: handed back
_OWN_TYPES = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | \
    orjson.OPT_PASSTHROUGH_SUBCLASS


def loads(text: str | bytes) -> Any:
    kind = type(text)
    if kind is int or kind is float:  # SQLite's numeric affinity: SQLAlchemy keeps the number
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {kind.__name__}")
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
    # orjson reads an integer beyond 64 bits as a float: a value with a float in it is read
    # again by the standard library (a text scan for long numbers costs more than this)
    return json.loads(text) if _has_float(value) else value


def _has_float(value: Any) -> bool:
    kind = type(value)
    if kind is dict:
        value = value.values()
    elif kind is not list:
        return kind is float
    for item in value:
        kind = type(item)
        if kind is float or ((kind is dict or kind is list) and _has_float(item)):
            return True
    return False


def _refuse(value: Any) -> Any:
    raise TypeError(type(value).__name__)


def _finite(value: Any) -> bool:
    """No ``NaN`` or infinity anywhere in ``value`` (orjson would write them as null)."""
    kind = type(value)
    if kind is float:
        return math.isfinite(value)
    if kind is dict:
        return all(_finite(v) for v in value.values())
    if kind is list or kind is tuple:
        return all(_finite(v) for v in value)
    return True


def dumps(value: Any) -> str:
    try:
        text = orjson.dumps(value, default=_refuse, option=_OWN_TYPES)
    except TypeError:  # orjson.JSONEncodeError included
        return json.dumps(value)
    if b"null" in text and not _finite(value):
        return json.dumps(value)
    return text.decode()


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
