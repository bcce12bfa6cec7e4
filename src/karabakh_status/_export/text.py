"""Text exports: flat CSV (one file per dataset, a header row, empty cells null) and JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from karabakh_status._datasets import record_type
from karabakh_status._export.columns import columns, flat
from karabakh_status._export.files import write

__all__ = ["csv_bytes", "write_csv", "write_jsonl"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_bytes(data: Any, name: str) -> bytes:
    """A dataset of a version as UTF-8 CSV: a header row, then one flat row per record."""
    names = [c.name for c in columns(record_type(name))]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for record in data.records(name):
        row = flat(record, data)
        writer.writerow([_cell(row[column]) for column in names])
    return buffer.getvalue().encode("utf-8")


def write_csv(data: Any, folder: Path) -> tuple[Path, ...]:
    """Write every dataset of a version as ``<name>.csv``; the paths written."""
    paths = []
    for name in data.datasets:
        path = folder / f"{name}.csv"
        write(path, csv_bytes(data, name))
        paths.append(path)
    return tuple(paths)


def write_jsonl(data: Any, folder: Path) -> tuple[Path, ...]:
    """Write every dataset as ``<name>.jsonl``: one JSON object per record, with every field and
    citation, under the API's field names (an office's ``host``, which the files of dataset 1.x call
    ``country``); the paths written."""
    from karabakh_status._converter import plain

    paths = []
    for name in data.datasets:
        lines = [json.dumps(plain(record), ensure_ascii=False) + "\n" for record in data.records(name)]
        path = folder / f"{name}.jsonl"
        write(path, "".join(lines).encode("utf-8"))
        paths.append(path)
    return tuple(paths)
