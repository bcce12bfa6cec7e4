"""JSON Schemas (draft 2020-12) of the datasets' JSON files, derived from the record types."""

from __future__ import annotations

import enum
import typing
from typing import Any, Final

import attrs

from karabakh_status import _dates
from karabakh_status._dates import EventDate, Period
from karabakh_status._export.columns import _describe, _optional

__all__ = ["EVENT_DATE_PATTERN", "PERIOD_PATTERN", "json_schema"]

_ISO_DAY = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
EVENT_DATE_PATTERN: Final = rf"^({_ISO_DAY}|\[({_ISO_DAY})?\.\.({_ISO_DAY})?\])$"
PERIOD_PATTERN: Final = rf"^({_ISO_DAY}|\.\.)/({_ISO_DAY}|\.\.)$"


def _json_type(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if hint is str:
        return {"type": "string"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is EventDate:
        return {"type": "string", "pattern": EVENT_DATE_PATTERN, "description": "EDTF: one day, or one within bounds"}
    if hint is Period:
        return {"type": "string", "pattern": PERIOD_PATTERN, "description": "EDTF interval"}
    if hint == _dates.When:
        return {"anyOf": [_json_type(EventDate, defs), _json_type(Period, defs)]}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": [m.value for m in hint]}
    if attrs.has(hint):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {}  # placeholder against recursion
            defs[hint.__name__] = _object_schema(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        return {"type": "array", "items": _json_type(args[0], defs)}
    if type(None) in args:
        return {"anyOf": [_json_type(_optional(hint), defs), {"type": "null"}]}
    raise TypeError(f"no JSON Schema for {hint!r}")  # pragma: no cover - a programming error


def _object_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {}
    for field in attrs.fields(cls):
        schema = _json_type(hints[field.name], defs)
        properties[field.metadata.get("key", field.name)] = {**schema, "description": _describe(cls, field.name)}
    required = [f.metadata.get("key", f.name) for f in attrs.fields(cls) if f.default is attrs.NOTHING]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def json_schema(dataset: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset's JSON file: an array of its records.

    Examples:
        >>> schema = json_schema("ministers")
        >>> schema["$schema"], schema["items"]["$ref"]
        ('https://json-schema.org/draft/2020-12/schema', '#/$defs/MinisterTerm')
    """
    from karabakh_status._datasets import record_type
    from karabakh_status._queries.filters import expect

    expect("json_schema", "dataset", dataset, str, optional=False)
    cls = record_type(dataset)
    defs: dict[str, Any] = {}
    item = _json_type(cls, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:karabakh-status:schema:{dataset}",
        "title": f"karabakh_status dataset {dataset!r}",
        "description": (cls.__doc__ or "").strip().split("\n")[0],
        "type": "array",
        "items": item,
        "$defs": dict(sorted(defs.items())),
    }
