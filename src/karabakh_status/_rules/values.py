"""The rules over values that every reader must be able to take: URLs and numbers.

A value that passes these reaches every export (pandas, Arrow, Parquet, SQLite, CSV) and every page
that shows it without breaking it: a URL a browser opens as a page, a number that fits a 64-bit
column.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any, Final

import attrs

from karabakh_status._rules.snapshot import Snapshot
from karabakh_status._violation import Violation

__all__ = ["INT64", "number_in_range", "url_scheme"]

INT64: Final = (-(2**63), 2**63 - 1)
"""The integers every export's integer column holds (SQLite, Arrow, pandas): signed 64-bit."""

_NOT_NEGATIVE: Final = frozenset({"in_favour", "against", "abstentions"})
"""The fields that count things (a vote's): never below zero."""


def url_scheme(snap: Snapshot) -> Iterator[Violation]:
    for source in snap.tables.get("sources", ()):
        url = source.url
        scheme, colon, rest = url.partition(":")
        if not (colon and scheme.lower() in ("http", "https") and rest.startswith("//") and len(rest) > 2):
            yield Violation(
                rule="url-scheme",
                file="sources.json",
                record=source.id,
                field="url",
                message=f"{url[:80]!r} is not an http(s) URL (http://... or https://...)",
            )


def _numbers(value: Any, path: str) -> list[tuple[str, str, int | float]]:
    """Every number inside an attrs value: (path, field name, number); booleans are not numbers."""
    found: list[tuple[str, str, int | float]] = []
    _fields(value, path, found)
    return found


# Plain recursion into one list (no generator per value, no path written for text): this rule walks every
# value of every record, and it was the half of `check`'s time.
def _fields(value: Any, path: str, found: list[tuple[str, str, int | float]]) -> None:
    for field in type(value).__attrs_attrs__:
        name = field.name
        item = getattr(value, name)
        if item is not None and not isinstance(item, (str, bool)):
            _inside(item, f"{path}.{name}" if path else name, name, found)


def _inside(item: Any, where: str, name: str, found: list[tuple[str, str, int | float]]) -> None:
    if isinstance(item, (int, float)):
        found.append((where, name, item))
    elif isinstance(item, tuple):
        for index, element in enumerate(item):
            if element is not None and not isinstance(element, (str, bool)):
                _inside(element, f"{where}[{index}]", name, found)
    elif attrs.has(type(item)):
        _fields(item, where, found)


def _problem(name: str, number: int | float) -> str | None:
    if isinstance(number, float) and not math.isfinite(number):
        return f"{number} is not a finite number"
    if isinstance(number, int) and not INT64[0] <= number <= INT64[1]:
        return f"{number} does not fit a signed 64-bit integer (at most {INT64[1]})"
    if name in _NOT_NEGATIVE and number < 0:
        return f"{number} is a count: it is never negative"
    return None


def number_in_range(snap: Snapshot) -> Iterator[Violation]:
    for name, table in snap.tables.items():
        for record in table:
            for where, field, number in _numbers(record, ""):
                problem = _problem(field, number)
                if problem is not None:
                    yield Violation(
                        rule="number-in-range", file=f"{name}.json", record=record.id, field=where, message=problem
                    )
