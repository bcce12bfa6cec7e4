"""The rules over values that every reader must be able to take: URLs and numbers.

A value that passes these reaches every export (pandas, Arrow, Parquet, SQLite, CSV) and every page
that shows it without breaking it: a URL a browser opens as a page, a number that fits a 64-bit
column.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Callable, Iterable, Iterator
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


# Plain recursion into one list (no generator per value, no path written for text). Walked only for a record
# `_suspect` flags: most records hold no number out of range, and their paths are never written.
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


# -- the quick pass: does a record hold a number `_problem` could object to? ---------------------------
# It looks where `_fields` looks (every field, every element of a tuple, every attrs value inside), by the
# type of each value, never by a field's annotation: a record built by hand may hold anything anywhere.
# What a type is to the walk depends on the type alone, so it is worked out once per type (`_KINDS`), and
# the values of an attrs value are read and their types tested at once, in C: an entity's name, a claim,
# a tuple of aliases cost one test each.

_PLAIN, _NUMBER, _TUPLE, _ATTRS = range(4)
_KINDS: dict[type, int] = {type(None): _PLAIN, str: _PLAIN, bool: _PLAIN, int: _NUMBER, float: _NUMBER}
_SKIPPED: set[type] = {type(None), str, bool}
"""The types of the values `_fields` passes over (None, text, booleans, anything neither a number, a tuple
nor attrs), grown as new types are met."""


def _kind(kind: type) -> int:
    found = _KINDS.get(kind)
    if found is None:
        if issubclass(kind, (str, bool)):
            found = _PLAIN
        elif issubclass(kind, (int, float)):
            found = _NUMBER
        elif issubclass(kind, tuple):
            found = _TUPLE
        else:
            found = _ATTRS if attrs.has(kind) else _PLAIN
        _KINDS[kind] = found
        if found == _PLAIN:
            _SKIPPED.add(kind)
    return found


_Plan = tuple[Callable[[Any], tuple[Any, ...]], bool, bool]
_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    """How to read an attrs class's values at once, whether any of its fields is a count, and whether to test
    all its values' types at once first (until an instance is met whose values are not all passed over)."""
    plan = _PLANS.get(cls)
    if plan is None:
        names = tuple(field.name for field in cls.__attrs_attrs__)  # type: ignore[attr-defined]
        # attrgetter of one name gives the value itself, not a tuple: of one field, its value twice (looking at
        # a value twice finds nothing new); of none, nothing
        read = operator.attrgetter(*names, *names) if len(names) == 1 else operator.attrgetter(*names)
        plan = _PLANS[cls] = (read if names else _nothing, not _NOT_NEGATIVE.isdisjoint(names), True)
    return plan


def _nothing(value: Any) -> tuple[Any, ...]:
    return ()


def _suspect(value: Any) -> bool:
    """Whether an attrs value holds a number that may be out of range: True for every one `_problem` rejects
    (and for any negative number of a class with counts, which `_problem` then judges by its field)."""
    cls = type(value)
    read, counts, at_once = _PLANS.get(cls) or _plan(cls)
    values = read(value)
    if at_once:
        if _SKIPPED.issuperset(map(type, values)):
            return False
        _PLANS[cls] = (read, counts, False)  # a class with tuples, numbers, records inside: one test is wasted
    return _suspect_in(values, counts)


def _suspect_in(values: Iterable[Any], counts: bool) -> bool:
    for item in values:
        cls = type(item)
        if cls in _SKIPPED:
            continue
        kind = _KINDS.get(cls)
        if kind is None:
            kind = _kind(cls)
        if kind == _NUMBER:
            if isinstance(item, float):
                if not math.isfinite(item) or (counts and item < 0):
                    return True
            elif not INT64[0] <= item <= INT64[1] or (counts and item < 0):
                return True
        elif kind == _TUPLE:
            if item and not _SKIPPED.issuperset(map(type, item)) and _suspect_elements(item, counts):
                return True
        elif kind == _ATTRS and _suspect(item):
            return True
    return False


def _suspect_elements(items: tuple[Any, ...], counts: bool) -> bool:
    """`_suspect_in` of a tuple; of many instances of one class whose values are all passed over (a country's
    translated names), one C-level test of all their values' types first."""
    if len(items) > 3:
        cls = type(items[0])
        plan = _PLANS.get(cls)
        if (
            plan is not None
            and plan[2]
            and {cls}.issuperset(map(type, items))
            and _SKIPPED.issuperset(map(type, itertools.chain.from_iterable(map(plan[0], items))))
        ):
            return False
    return _suspect_in(items, counts)


def _problem(name: str, number: int | float) -> str | None:
    if isinstance(number, float) and not math.isfinite(number):
        return f"{number} is not a finite number"
    if isinstance(number, int) and not INT64[0] <= number <= INT64[1]:
        return f"{number} does not fit a signed 64-bit integer (at most {INT64[1]})"
    if name in _NOT_NEGATIVE and number < 0:
        return f"{number} is a count: it is never negative"
    return None


# -- the table at once: a column of every record's value of one field, its types tested in C ----------------
# Values are taken field by field across a table's records (an attrs value's, then those inside them, class by
# class), so that a column of ids or of names is one C-level test of its types and a column of numbers one
# min, max or isfinite over all of them. It only says whether a table certainly holds nothing `_problem`
# rejects; where it cannot tell (a number out of range or negative under a count, a subclass of int, float or
# tuple, nesting deeper than `_ROUNDS`, anything that raises), the table is walked record by record as before.

_ROUNDS: Final = 16
"""How many levels of attrs values inside attrs values the column pass follows before it leaves the table to
the record-by-record walk (the records nest three or four; a value made to hold itself never ends)."""


_PER_RECORD: Final = 64
"""How many attrs values inside them, on average, the column pass reads of a table's records (a country holds a
few hundred names in other languages; a record, a few citations and claims)."""


def _clean(table: tuple[Any, ...]) -> bool:
    """Whether no record of a table holds a number `_problem` could object to (False: walk it record by record)."""
    try:
        return _clean_rounds(table)
    except Exception:  # whatever a hand-built value raises, the walk raises or reports
        return False


def _clean_rounds(table: tuple[Any, ...]) -> bool:
    level: dict[type, list[Any]] = {}
    if len(kinds := set(map(type, table))) == 1:  # one dataset, one type
        level[kinds.pop()] = list(table)
    else:
        for record in table:
            level.setdefault(type(record), []).append(record)
    budget = _PER_RECORD * len(table) + _PER_RECORD  # a value made to hold itself many times: walked, not grown
    for _ in range(_ROUNDS):
        if not level:
            return True
        inside: dict[type, list[Any]] = {}
        for cls, values in level.items():
            for read, counts in _COLUMNS.get(cls) or _columns(cls):
                if not _clean_column(list(map(read, values)), counts, inside):
                    return False
        level = inside
        budget -= sum(map(len, level.values()))
        if budget < 0:
            return False
    return not level


_COLUMNS: dict[type, tuple[tuple[Callable[[Any], Any], bool], ...]] = {}


def _columns(cls: type) -> tuple[tuple[Callable[[Any], Any], bool], ...]:
    """How to read each field of an attrs class, and whether it is a count."""
    names = [field.name for field in cls.__attrs_attrs__]  # type: ignore[attr-defined]
    found = _COLUMNS[cls] = tuple((operator.attrgetter(name), name in _NOT_NEGATIVE) for name in names)
    return found


def _clean_column(values: list[Any], counts: bool, inside: dict[type, list[Any]]) -> bool:
    types = set(map(type, values))
    if _SKIPPED.issuperset(types):
        return True
    for cls in types:
        kind = _KINDS.get(cls)
        if kind is None:
            kind = _kind(cls)
        if kind == _PLAIN:
            continue
        if cls is not int and cls is not float and cls is not tuple and kind != _ATTRS:
            return False  # a subclass of a number or a tuple: the walk reads it as it always has
        same: list[Any] = [value for value in values if type(value) is cls] if len(types) > 1 else values
        if cls is float:
            if not all(map(math.isfinite, same)) or (counts and min(same) < 0):
                return False
        elif cls is int:
            if min(same) < INT64[0] or max(same) > INT64[1] or (counts and min(same) < 0):
                return False
        elif cls is tuple:
            if not _clean_column(list(itertools.chain.from_iterable(same)), counts, inside):
                return False
        else:
            inside.setdefault(cls, []).extend(same)
    return True


def number_in_range(snap: Snapshot) -> Iterator[Violation]:
    for name, table in snap.tables.items():
        if _clean(table):
            continue
        for record in table:
            if not _suspect(record):
                continue
            for where, field, number in _numbers(record, ""):
                problem = _problem(field, number)
                if problem is not None:
                    yield Violation(
                        rule="number-in-range", file=f"{name}.json", record=record.id, field=where, message=problem
                    )
