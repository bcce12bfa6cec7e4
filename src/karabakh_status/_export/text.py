"""Text exports: flat CSV (one file per dataset, a header row, empty cells null) and JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Final

from karabakh_status._datasets import record_type
from karabakh_status._export.columns import columns, flat
from karabakh_status._export.files import write

__all__ = ["FORMULA_STARTS", "csv_bytes", "safe_cell", "write_csv", "write_jsonl"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads a cell beginning with as a formula (OWASP's list)."""
_NUMBERS: Final = frozenset({"integer", "number", "boolean"})


def safe_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: prefixed with ``'`` if it would start a formula.

    Examples:
        >>> safe_cell("=HYPERLINK(1)"), safe_cell("- a list item"), safe_cell("Milan")
        ("'=HYPERLINK(1)", "'- a list item", 'Milan')
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(data: Any, name: str, *, spreadsheet_safe: bool = False) -> bytes:
    """A dataset of a version as UTF-8 CSV: a header row, then one flat row per record.

    ``spreadsheet_safe``: text cells that a spreadsheet would read as a formula get a leading ``'``
    (`safe_cell`); the cells of number columns (a negative longitude) are left as they are.
    """
    cols = columns(record_type(name))
    names = [c.name for c in cols]
    text_columns = {c.name for c in cols if c.type not in _NUMBERS} if spreadsheet_safe else set()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for record in data.records(name):
        row = flat(record, data)
        cells = [_cell(row[column]) for column in names]
        if text_columns:
            cells = [safe_cell(c) if n in text_columns else c for n, c in zip(names, cells, strict=True)]
        writer.writerow(cells)
    return buffer.getvalue().encode("utf-8")


def write_csv(data: Any, folder: Path, *, spreadsheet_safe: bool = False) -> tuple[Path, ...]:
    """Write every dataset of a version as ``<name>.csv``; the paths written."""
    paths = []
    for name in data.datasets:
        path = folder / f"{name}.csv"
        write(path, csv_bytes(data, name, spreadsheet_safe=spreadsheet_safe))
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
