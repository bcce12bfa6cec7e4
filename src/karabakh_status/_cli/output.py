"""Writing rows: JSON, JSON Lines, CSV, or a table fitted to the terminal."""

from __future__ import annotations

from typing import Any, TextIO

from karabakh_status.errors import plural

__all__ = ["FORMATS", "SPREADSHEET_SAFE", "cell", "table", "write"]

FORMATS = ("table", "json", "jsonl", "csv")
"""The output formats of `list`."""

SPREADSHEET_SAFE = (
    "prefix with ' every text cell a spreadsheet would read as a formula (=, +, -, @); numbers are left as they are"
)
"""What ``--spreadsheet-safe`` does (`list` and `export`): `_export.text.safe_cell` on the cells of text."""


def write(rows: list[dict[str, Any]], fmt: str, out: TextIO, *, spreadsheet_safe: bool = False) -> None:
    """Write rows in a format of `FORMATS`.

    ``spreadsheet_safe`` (CSV): a cell of a text value goes through `_export.text.safe_cell`, the rule of
    ``export --spreadsheet-safe``; numbers, and nested values (JSON text, which begins ``[`` or ``{``), as
    they are.
    """
    if fmt != "table" and hasattr(out, "fit"):  # a terminal's `Screen`: data, not text to wrap
        out.fit = False
    import json  # here, as csv below: a table (or `show`) needs neither

    if fmt == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False), file=out)
    elif fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False), file=out)
    elif fmt == "csv":
        import csv
        import io

        convert = _safe_cell if spreadsheet_safe else cell
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if rows:
            writer.writerow(rows[0])
            writer.writerows([convert(value) for value in row.values()] for row in rows)
        out.write(buffer.getvalue())
    else:
        table(rows, out)


def _safe_cell(value: Any) -> str:
    """A cell for a spreadsheet: a text value (a field of text, by its type) through the export's one rule."""
    from karabakh_status._export.text import safe_cell

    return safe_cell(value) if isinstance(value, str) else cell(value)


def cell(value: Any) -> str:
    """A value as the text of a CSV or table cell (citations: their count)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and value and isinstance(value[0], dict) and "quote" in value[0]:
        return str(len(value))  # citations: their count; `show` prints them
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, ensure_ascii=False) if value else ""
    return str(value)


FREE = ("title", "summary", "name")
"""Columns of free text: narrowed first in a terminal; the last column, if free, goes under its row there."""

REFERENCES = ("counterpart", "partner", "town", "city", "host", "person", "accredited_to")
"""Columns of ids of entities: like the id, narrowed last."""


def table(rows: list[dict[str, Any]], out: TextIO) -> None:
    """Rows as a table, one record per line, ids whole.

    On a terminal, columns aligned to fit its width (`terminal.width`), each cell wrapped in its column
    (free text narrowed first; a last column of free text that does not fit goes under its row, across
    the width), the id never: one longer than its column (sized for most ids) stands whole on a line of
    its own, above the rest of its row; then the count. Piped (or ``--wide``), for grep and scripts:
    a header, then one record per line, its values whole and tab-separated (a tab or newline inside a
    value written ``\\t``, ``\\n``), no padding.
    """
    if not rows:
        print("(no records)", file=out)
        return
    columns = list(rows[0])
    cells = [[cell(row[c]) for c in columns] for row in rows]
    limit: int | None = getattr(out, "width", None)  # `terminal.width`, without its import when piped
    if limit is None:
        for values in [columns, *cells]:
            print("\t".join(v.replace("\t", "\\t").replace("\n", "\\n") for v in values), file=out)
        return
    sizes = [max([len(c), *(len(line[i]) for line in cells)]) for i, c in enumerate(columns)]
    below: list[str] = []  # free text that does not fit its column: under its row, across the width
    if columns[-1] in FREE and sum(sizes) + 2 * (len(sizes) - 1) > limit:
        below, sizes = [line.pop() for line in cells], sizes[:-1]
        columns = columns[:-1]
    key = columns.index("id") if "id" in columns else None
    if key is not None and len(columns) > 1:  # a long id gets a line of its own: most set the column
        lengths = sorted(len(line[key]) for line in cells)
        sizes[key] = min(sizes[key], max(len("id"), lengths[len(lengths) * 3 // 4]), limit * 2 // 5)
    _shrink(columns, sizes, limit)
    import textwrap

    from karabakh_status._cli.terminal import wrap

    def lines(values: list[str]) -> list[str]:  # a cell wraps at a space or after a hyphen
        parts = [textwrap.wrap(v, s) if len(v) > s else [v] for v, s in zip(values, sizes, strict=True)]
        rows = range(max(len(part) for part in parts))
        pairs = list(zip(parts, sizes, strict=True))
        return ["  ".join((part[n] if n < len(part) else "").ljust(s) for part, s in pairs).rstrip() for n in rows]

    print(*lines(columns), sep="\n", file=out)
    print("  ".join("-" * s for s in sizes), file=out)
    for n, values in enumerate(cells):
        if key is not None and len(values[key]) > sizes[key]:  # whole, never cut: above the rest of its row
            print("\n".join(wrap(values[key], limit)), file=out)
            values = [v if i != key else "" for i, v in enumerate(values)]
        print(*lines(values), sep="\n", file=out)
        if below and below[n]:
            print("\n".join(wrap(below[n], limit, "    ")), file=out)
    print(f"({plural(len(rows), 'record')})", file=out)


def _shrink(columns: list[str], sizes: list[int], limit: int) -> None:
    """Narrow the columns until a row fits ``limit`` (their cells wrap): free text first, then the rest, then
    the id's column (a longer id goes above its row), the ids of entities last."""

    def narrow(which: list[int], floor: int) -> None:
        while sum(sizes) + 2 * (len(sizes) - 1) > limit and which and max(sizes[i] for i in which) > floor:
            widest = max(which, key=lambda i: sizes[i])
            sizes[widest] -= 1

    narrow([i for i, c in enumerate(columns) if c in FREE], 16)
    narrow([i for i, c in enumerate(columns) if c not in ("id", *REFERENCES)], 8)
    narrow([i for i, c in enumerate(columns) if c == "id"], limit // 4)  # more ids on a line of their own
    narrow([i for i, c in enumerate(columns) if c in REFERENCES], limit // 4)
    narrow([i for i, c in enumerate(columns) if c == "id"], 8)
    narrow([i for i, c in enumerate(columns) if c != "id"], 3)
