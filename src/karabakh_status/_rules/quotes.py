"""What the attestation rules read of a record's quotes: each folded, casefolded, a number's pattern, a date's
part looked for in them.

Each is worked out once per content (the text, the numbers), in bounded caches: the records of every snapshot
made from one version hold the same quotes and dates, and a record changed in place changes the key, not
the answer (nothing is kept by an object's identity).
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from karabakh_status._dates import PartialDate
from karabakh_status._sources import fold

__all__ = ["MONTHS", "casefolded", "folded", "number", "part_in", "stated"]

MONTHS: Final = (
    "", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
"""The English month names by number, as the quotes write them."""


KEPT_CHARACTERS: Final = 1000
"""The longest quote whose folded forms are kept (the shipped ones are at most 626 characters): each cache of
4,096 texts then holds a few MiB at most; the quotes looked for a date in are kept up to four times that."""


@functools.lru_cache(maxsize=4096)
def _folded(quote: str) -> str:
    return fold(quote)


def folded(quote: str) -> str:
    """A quote folded (`fold`), once per text: three rules read each quote folded, and each record twice."""
    return _folded(quote) if type(quote) is str and len(quote) <= KEPT_CHARACTERS else fold(quote)


@functools.lru_cache(maxsize=4096)
def _casefolded(quote: str) -> str:
    return fold(quote).casefold()


def casefolded(quote: str) -> str:
    """A quote folded, then casefolded (what an actor's names are looked for in), once per text."""
    return _casefolded(quote) if type(quote) is str and len(quote) <= KEPT_CHARACTERS else fold(quote).casefold()


@functools.lru_cache(maxsize=1024)
def number(pattern: str) -> re.Pattern[str]:
    """A number's pattern (``(?<![0-9])2020(?![0-9])``), compiled once."""
    return re.compile(pattern)


def part_in(part: PartialDate, quote: str) -> bool:
    """Whether a folded quote states a date's part: its year, its month's name, its day's number."""
    if not number(rf"(?<![0-9]){part.year}(?![0-9])").search(quote):
        return False
    if part.month is not None and MONTHS[part.month] not in quote:
        return False
    return part.day is None or number(rf"(?<![0-9])0?{part.day}(?![0-9])").search(quote) is not None


_DAYS: Final = frozenset({int, type(None)})
_TEXTS: Final = frozenset({str})


@functools.lru_cache(maxsize=16384)
def _stated(year: int, month: int | None, day: int | None, quotes: tuple[str, ...]) -> bool:
    years = number(rf"(?<![0-9]){year}(?![0-9])")
    name = None if month is None else MONTHS[month]
    days = None if day is None else number(rf"(?<![0-9])0?{day}(?![0-9])")
    return any(
        years.search(quote) is not None
        and (name is None or name in quote)
        and (days is None or days.search(quote) is not None)
        for quote in quotes
    )


def stated(part: Any, quotes: tuple[str, ...]) -> bool:
    """Whether some quote states the part (`part_in`); once per part and quotes where the part is a
    `PartialDate` of plain numbers, its month one of the twelve, and the quotes plain text of at most four
    times `KEPT_CHARACTERS` in all (anything else is looked for as it is)."""
    if (
        type(part) is PartialDate
        and type(part.year) is int
        and {type(part.month), type(part.day)} <= _DAYS
        and (part.month is None or 1 <= part.month <= 12)
        and _TEXTS.issuperset(map(type, quotes))
        and sum(map(len, quotes)) <= 4 * KEPT_CHARACTERS
    ):
        return _stated(part.year, part.month, part.day, quotes)
    return any(part_in(part, quote) for quote in quotes)
