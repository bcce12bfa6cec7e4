"""Exports for other tools: flat CSV rows, JSON Lines, a Frictionless Data Package, and JSON Schemas.

Every export is derived from the record types' fields, so that the columns, the
table schemas and the JSON Schemas cannot drift from the classes:

* a scalar field is a column of its JSON type;
* a date (EDTF) is three columns: ``date`` (the EDTF string), ``date_earliest``
  and ``date_latest`` (ISO days, empty where the date is open), so that
  spreadsheets sort and filter on them;
* a vote is four columns (``vote_in_favour``, ``vote_against``,
  ``vote_abstentions``, ``vote_unanimous``), an entity's place five
  (``place_geonames_id``, ``place_latitude``, ...);
* a list (aliases, participants, inferred fields) and the citations are JSON
  arrays in one cell (Table Schema type ``array``), which load back exactly.
"""

from __future__ import annotations

import csv
import enum
import functools
import io
import json
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

import attrs

from karabakh_status import _dates
from karabakh_status._dates import EventDate, Period

__all__ = ["Column", "columns", "flat", "json_schema", "write_csv", "write_datapackage", "write_jsonl"]

DATA_LICENSE: Final = {
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution Share-Alike 4.0",
}
_ISO_DAY = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
EVENT_DATE_PATTERN: Final = rf"^({_ISO_DAY}|\[({_ISO_DAY})?\.\.({_ISO_DAY})?\])$"
PERIOD_PATTERN: Final = rf"^({_ISO_DAY}|\.\.)/({_ISO_DAY}|\.\.)$"


@attrs.frozen(kw_only=True)
class Column:
    """One column of a dataset's flat table.

    Attributes:
        name: the column's name.
        type: its Table Schema type (``string``, ``integer``, ``boolean``, ``date``, ``array``).
        description: what it holds.
        field: the record's field it comes from.
        entity: whether it holds one entity id (a foreign key to the gazetteer).
        values: the values allowed, for an enum.
    """

    name: str
    type: str
    description: str
    field: str
    entity: bool = False
    values: tuple[str, ...] = ()


def _describe(cls: type[Any], name: str) -> str:
    """A field's meaning, from the Attributes section of the class's (or a base's) docstring."""
    for klass in cls.__mro__:
        doc = klass.__doc__ or ""
        marker = f"        {name}: "
        if "Attributes:" in doc and marker in doc:
            text = doc.split(marker, 1)[1]
            lines = [text.split("\n", 1)[0]]
            for line in text.split("\n")[1:]:
                if not line.startswith(" " * 12):
                    break
                lines.append(line.strip())
            return " ".join(" ".join(lines).split())
    return name.replace("_", " ")


def _optional(hint: Any) -> Any:
    """The type inside ``X | None`` (``When`` for ``EventDate | Period | None``); other hints as they are."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        rest = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
        if set(rest) == {EventDate, Period}:
            return _dates.When
    return hint


def columns(cls: type[Any]) -> tuple[Column, ...]:
    """The flat columns of a record type, in field order.

    Examples:
        >>> from karabakh_status._datasets import record_type
        >>> [c.name for c in columns(record_type("ministers"))]
        ['id', 'office', 'person', 'term', 'term_earliest', 'term_latest', 'acting', 'citations', 'note', 'inferred']
    """
    columns_of: tuple[Column, ...] = _columns(cls)  # type: ignore[arg-type]  # classes are hashable
    return columns_of


@functools.cache
def _columns(cls: Any) -> tuple[Column, ...]:
    """The columns of a record type, derived once per class (`columns` is its public face)."""
    from karabakh_status._model import Citation

    hints = typing.get_type_hints(cls)
    out: list[Column] = []
    tail = ("citations", "note", "inferred")  # as in the JSON files: id, own fields, then these
    fields = sorted(attrs.fields(cls), key=lambda f: (f.name != "id", f.name in tail))
    for field in fields:
        hint = _optional(hints[field.name])
        text = _describe(cls, field.name)
        entity = bool(field.metadata.get("entity"))
        if hint in (EventDate, Period) or hint == _dates.When:
            out += [
                Column(name=field.name, type="string", description=f"{text} (EDTF)", field=field.name),
                Column(name=f"{field.name}_earliest", type="date", field=field.name,
                       description=f"the earliest day {field.name} may be (ISO; empty where open)"),
                Column(name=f"{field.name}_latest", type="date", field=field.name,
                       description=f"the latest day {field.name} may be (ISO; empty where open)"),
            ]  # fmt: skip
        elif attrs.has(hint):  # a vote, a place: one column per part, named for the field and the part
            parts = typing.get_type_hints(hint)
            for part in attrs.fields(hint):
                inner = _optional(parts[part.name])
                what = f"{field.name}: {_describe(hint, part.name)}"
                out.append(Column(name=f"{field.name}_{part.name}", type=_column_type(inner), field=field.name,
                                  description=what, values=_values(inner)))  # fmt: skip
        elif typing.get_origin(hint) is tuple:
            item = typing.get_args(hint)[0]
            what = "the citations (source, section, quote, locator, claims, confidence)" if item is Citation else text
            out.append(Column(name=field.name, type="array", description=f"{what} (a JSON array)", field=field.name))
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            out.append(Column(name=field.name, type="string", description=text, field=field.name, values=_values(hint)))
        else:
            out.append(Column(name=field.name, type=_column_type(hint), description=text, field=field.name,
                              entity=entity))  # fmt: skip
    return tuple(out)


def _values(hint: Any) -> tuple[str, ...]:
    """The values an enum allows; ``()`` for any other type."""
    return tuple(str(m.value) for m in hint) if isinstance(hint, type) and issubclass(hint, enum.Enum) else ()


def _column_type(hint: Any) -> str:
    """The Table Schema type of a scalar field (an enum is a string)."""
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return "string"
    return {str: "string", int: "integer", float: "number", bool: "boolean"}[hint]


def flat(record: Any) -> dict[str, Any]:
    """A record as one flat row: the values of its `columns`, JSON-ready (lists as lists).

    Examples:
        >>> import karabakh_status
        >>> row = flat(karabakh_status.get("rec-us-maine-2013"))
        >>> row["date"], row["date_earliest"], row["receded_latest"], row["outcome"]
        ('2013-04-10', '2013-04-10', '2013-04-30', 'receded')
    """
    from karabakh_status._converter import unstructure

    plain = unstructure(record)
    row: dict[str, Any] = {}
    for column in columns(type(record)):
        value = getattr(record, column.field)
        if column.name.startswith(f"{column.field}_") and attrs.has(type(value)):  # a part of a vote, a place
            row[column.name] = plain[column.field][column.name.removeprefix(f"{column.field}_")]
        elif column.name.startswith(f"{column.field}_") and value is None and column.type != "date":
            row[column.name] = None
        elif column.name == f"{column.field}_earliest" and column.type == "date":
            row[column.name] = None if value is None or value.earliest.year == 1 else value.earliest.isoformat()
        elif column.name == f"{column.field}_latest" and column.type == "date":
            row[column.name] = None if value is None or value.latest.year == 9999 else value.latest.isoformat()
        else:  # a field added after an older version is absent from its JSON where it has its default
            row[column.name] = plain[column.field] if column.field in plain else unstructure(value)
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(records: Iterable[Any], cls: type[Any], path: Path) -> None:
    """Write records as a UTF-8 CSV file with a header row; empty cells are null."""
    names = [c.name for c in columns(cls)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for record in records:
        row = flat(record)
        writer.writerow([_cell(row[name]) for name in names])
    path.write_text(buffer.getvalue(), encoding="utf-8")


def write_jsonl(records: Iterable[Any], path: Path) -> None:
    """Write records as JSON Lines: one JSON object per line, as in the dataset's JSON file."""
    from karabakh_status._converter import unstructure

    lines = [json.dumps(unstructure(record), ensure_ascii=False) for record in records]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _table_schema(cls: type[Any]) -> dict[str, Any]:
    fields = []
    for column in columns(cls):
        field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
        if column.values:
            field["constraints"] = {"enum": list(column.values)}
        if column.name == "id":
            field["constraints"] = {"required": True, "unique": True}
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}
    keys = [c.name for c in columns(cls) if c.entity]
    if keys:
        schema["foreignKeys"] = [
            {
                "fields": [name],
                "reference": {"resource": "" if cls.__name__ == "Entity" else "entities", "fields": ["id"]},
                # "" is the table itself: an entity's parent is another entity
            }
            for name in keys
        ]
    return schema


def write_datapackage(data: Any, folder: Path) -> Path:
    """Write every dataset of a version as CSV, with a Frictionless ``datapackage.json``; its path.

    The package has a table schema for each resource (types, primary key, foreign
    keys to the gazetteer), the sources, the data's license, and each file's
    SHA-256 and size.
    """
    import hashlib

    from karabakh_status._datasets import DATASETS, record_type

    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for name in DATASETS:
        if name not in data.datasets:
            continue
        cls = record_type(name)
        path = folder / f"{name}.csv"
        write_csv(data.records(name), cls, path)
        raw = path.read_bytes()
        resources.append({
            "name": name,
            "path": path.name,
            "title": cls.__doc__.strip().split("\n")[0] if cls.__doc__ else name,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "hash": f"sha256:{hashlib.sha256(raw).hexdigest()}",
            "bytes": len(raw),
            "schema": _table_schema(cls),
        })  # fmt: skip
    package = {
        "name": "karabakh-status",
        "title": "The political status of Nagorno-Karabakh and the foreign relations of Artsakh",
        "description": "Citation-backed records extracted from two Wikipedia articles; every record quotes the "
        "sentence that states it. The data states what the cited sources say, not what is true.",
        "version": data.version,
        "licenses": [DATA_LICENSE],
        "sources": [{"title": s.title, "path": s.url} for s in data.sources()],
        "resources": resources,
    }
    target = folder / "datapackage.json"
    target.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


# -- JSON Schema ----------------------------------------------------------------------------------


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
        properties[field.name] = {**schema, "description": _describe(cls, field.name)}
    required = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def json_schema(dataset: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset's JSON file: an array of its records.

    Examples:
        >>> schema = json_schema("ministers")
        >>> schema["$schema"], schema["items"]["$ref"]
        ('https://json-schema.org/draft/2020-12/schema', '#/$defs/MinisterTerm')
    """
    from karabakh_status._datasets import record_type

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
