"""A Frictionless Data Package: the CSV files and a ``datapackage.json`` describing them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from karabakh_status._datasets import DATASETS, record_type
from karabakh_status._export.columns import columns
from karabakh_status._export.files import write
from karabakh_status._export.text import csv_bytes

__all__ = ["DATA_LICENSE", "write_datapackage"]

DATA_LICENSE: Final = {
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution Share-Alike 4.0",
}


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
    references = [
        {
            "fields": [name],
            "reference": {"resource": "" if cls.__name__ == "Entity" else "entities", "fields": ["id"]},
            # "" is the table itself: an entity's parent is another entity
        }
        for name in keys
    ]
    if any(c.name == "statement_source" for c in columns(cls)):
        references.append({"fields": ["statement_source"], "reference": {"resource": "sources", "fields": ["id"]}})
    if references:
        schema["foreignKeys"] = references
    return schema


def write_datapackage(data: Any, folder: Path, *, spreadsheet_safe: bool = False) -> tuple[Path, ...]:
    """Write every dataset of a version as CSV, with a Frictionless ``datapackage.json``; the paths
    written, ``datapackage.json`` first.

    The package has a table schema for each resource (types, primary key, foreign
    keys to the gazetteer), the sources, the data's license, and each file's
    SHA-256 and size.
    """
    import hashlib

    resources = []
    paths = []
    for name in DATASETS:
        if name not in data.datasets:
            continue
        cls = record_type(name)
        path = folder / f"{name}.csv"
        raw = csv_bytes(data, name, spreadsheet_safe=spreadsheet_safe)
        write(path, raw)
        paths.append(path)
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
    write(target, (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return (target, *paths)
