"""Writing rows: JSON, JSON Lines, CSV, or a table fitted to the terminal."""

from __future__ import annotations

import csv
import io
import json
import shutil
from typing import Any, TextIO

from karabakh_status.errors import plural

__all__ = ["FORMATS", "cell", "table", "write"]

FORMATS = ("table", "json", "jsonl", "csv")
"""The output formats of `list`."""


def write(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Write rows in a format of `FORMATS`."""
    if fmt == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False), file=out)
    elif fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False), file=out)
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if rows:
            writer.writerow(rows[0])
            writer.writerows([cell(value) for value in row.values()] for row in rows)
        out.write(buffer.getvalue())
    else:
        table(rows, out)


def cell(value: Any) -> str:
    """A value as the text of a CSV or table cell (citations: their count)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and value and isinstance(value[0], dict) and "quote" in value[0]:
        return str(len(value))  # citations: their count; `show` prints them
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False) if value else ""
    return str(value)


def table(rows: list[dict[str, Any]], out: TextIO) -> None:
    """Rows as a table: on a terminal as wide as it is (at least 60 columns), cells cut with an
    ellipsis but ids never; piped or redirected, every value in full (so ids can be pasted into ``show``)."""
    if not rows:
        print("(no records)", file=out)
        return
    columns = list(rows[0])
    cells = [[cell(row[c]) for c in columns] for row in rows]
    sizes = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    isatty = getattr(out, "isatty", None)
    if isatty is not None and isatty():
        width = max(60, shutil.get_terminal_size((80, 24)).columns)

        def shrink(which: list[int], floor: int) -> None:
            while sum(sizes) + 2 * (len(sizes) - 1) > width and which and max(sizes[i] for i in which) > floor:
                widest = max(which, key=lambda i: sizes[i])
                sizes[widest] -= 1

        kept = ("id", "date", "term")  # cut last, and never below 12 characters; the id never
        shrink([i for i, c in enumerate(columns) if c not in kept], 8)
        shrink([i for i, c in enumerate(columns) if c != "id"], 12)

    def fit(text: str, size: int) -> str:
        return text if len(text) <= size else text[: size - 1] + "…"

    print("  ".join(fit(c, s).ljust(s) for c, s in zip(columns, sizes, strict=True)).rstrip(), file=out)
    print("  ".join("-" * s for s in sizes), file=out)
    for line in cells:
        print("  ".join(fit(v, s).ljust(s) for v, s in zip(line, sizes, strict=True)).rstrip(), file=out)
    print(f"({plural(len(rows), 'record')})", file=out)
