"""Exports for other tools, one module per format, all derived from the record types' fields
(`columns`), so that the columns, the table schemas and the JSON Schemas cannot drift from the classes.

`FORMATS` is the one list of export formats, read by `Dataset.export` and the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from karabakh_status._export.columns import Column, columns, flat
from karabakh_status._export.schema import json_schema

__all__ = ["FORMATS", "Column", "columns", "export", "flat", "json_schema"]

FORMATS: Final[dict[str, tuple[str, str]]] = {
    "datapackage": ("karabakh_status._export.datapackage:write_datapackage",
                    "a Frictionless Data Package: CSV files and datapackage.json"),
    "csv": ("karabakh_status._export.text:write_csv", "one CSV file per dataset"),
    "jsonl": ("karabakh_status._export.text:write_jsonl", "one JSON Lines file per dataset, every field and citation"),
    "parquet": ("karabakh_status._export.parquet:write_parquet",
                "one Parquet file per dataset (the extra arrow)"),
    "sqlite": ("karabakh_status._export.sqlite:write_sqlite",
               "one SQLite database: a table per dataset, citations, full-text search"),
}  # fmt: skip
"""Every export format: name -> (its writer, what it writes)."""


CSV_FORMATS: Final = ("datapackage", "csv")
"""The formats that write CSV, where ``spreadsheet_safe`` applies."""


def export(data: Any, folder: Path, format: str, *, spreadsheet_safe: bool = False) -> tuple[Path, ...]:
    """Write every dataset of ``data`` into ``folder`` (created if needed) in a format of `FORMATS`.

    All or nothing: a failure removes what the export wrote and raises `ExportError`.
    """
    import importlib

    if format not in FORMATS:
        from karabakh_status.errors import NotFoundError

        expected = ", ".join(FORMATS)
        raise NotFoundError(
            "export format", str(format), message=f"unknown export format {format!r}; expected {expected}"
        )
    if spreadsheet_safe and format not in CSV_FORMATS:
        from karabakh_status.errors import NotFoundError

        raise NotFoundError(
            "export format",
            format,
            message=f"spreadsheet_safe applies to the CSV formats ({', '.join(CSV_FORMATS)}), not {format!r}",
        )
    module, name = FORMATS[format][0].split(":")
    writer: Callable[..., tuple[Path, ...]] = getattr(importlib.import_module(module), name)
    from karabakh_status._export.files import prepare, transaction

    with transaction(folder):
        prepare(folder)
        return writer(data, folder, spreadsheet_safe=True) if spreadsheet_safe else writer(data, folder)
