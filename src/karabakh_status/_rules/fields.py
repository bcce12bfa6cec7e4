"""What the rules read of a record's type: its fields with a mark, by their files' key, its country field.

Worked out once per type, not once per record: the same few types stand behind every record.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["by_key", "country_field", "field_key", "marked", "named"]

_MARKED: dict[tuple[type, str], tuple[attrs.Attribute[Any], ...]] = {}
Named = tuple[str, str]
_NAMED: dict[tuple[type, str, str | None, str | None], tuple[Named, ...]] = {}
_BY_KEY: dict[type, dict[str, attrs.Attribute[Any]]] = {}
_COUNTRY: dict[type, attrs.Attribute[Any] | None] = {}


def field_key(field: attrs.Attribute[Any]) -> str:
    """A field's name in the JSON files (where a reading rule renames it, the files' key: an office's
    ``host`` is ``country``), the name violations and the files' ``inferred`` and ``claims`` use."""
    key: str = field.metadata.get("key", field.name)
    return key


def marked(record: Any, mark: str) -> tuple[attrs.Attribute[Any], ...]:
    """The fields of a record's type whose metadata carries ``mark`` (``"attested"``, ``"entity"``)."""
    cls = type(record)
    found = _MARKED.get((cls, mark))
    if found is None:
        found = _MARKED[cls, mark] = tuple(field for field in attrs.fields(cls) if field.metadata.get(mark))
    return found


def named(record: Any, mark: str, also: str | None = None, *, without: str | None = None) -> tuple[Named, ...]:
    """The (name, files' key) of each field of a record's type marked ``mark`` (and ``also``, if given; not
    ``without``, if given), in order: what a rule reads of each record, without their metadata each time."""
    key = (type(record), mark, also, without)
    found = _NAMED.get(key)
    if found is None:
        found = _NAMED[key] = tuple(
            (field.name, field_key(field))
            for field in marked(record, mark)
            if (also is None or field.metadata.get(also)) and (without is None or not field.metadata.get(without))
        )
    return found


def by_key(record: Any) -> dict[str, attrs.Attribute[Any]]:
    """The fields of a record's type by their files' key (`field_key`)."""
    cls = type(record)
    found = _BY_KEY.get(cls)
    if found is None:
        found = _BY_KEY[cls] = {field_key(field): field for field in attrs.fields(cls)}
    return found


def country_field(record: Any) -> attrs.Attribute[Any] | None:
    """The field named ``country`` of a record's type, or None."""
    cls = type(record)
    if cls not in _COUNTRY:
        _COUNTRY[cls] = next((f for f in attrs.fields(cls) if f.name == "country"), None)
    return _COUNTRY[cls]
