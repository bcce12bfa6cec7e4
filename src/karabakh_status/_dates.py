"""Dates of the Extended Date/Time Format (EDTF) subset the data uses.

Two things hide in the dates of the sources, and two types keep them apart:

* `EventDate` -- when one thing happened: a day known to some precision
  (``2020-10-15``, ``2012-05``, ``2014``), or one unknown day within bounds
  (``[2020-12-17..2020-12-21]``, on or before ``[..2001-07-04]``, on or after
  ``[2020-10-15..]``);
* `Period` -- how long something lasted: ``1993/1997``,
  ``2020-09-27/2020-11-10``, with open ends ``2023/..`` or ``../1991``.

Both know their earliest and latest possible day, order totally and consistently with those
bounds, answer `contains` and `overlaps`, and print as EDTF (`str`) and as an English phrase
(`phrase`). The parser is written by hand and rejects everything else with a `DateError`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from karabakh_status._fields import Vocabulary

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt

    from karabakh_status.errors import DateError

__all__ = ["EventDate", "PartialDate", "Period", "Precision", "When", "parse_edtf"]

_MONTHS: Final = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")  # fmt: skip


def _error(text: str, reason: str) -> DateError:
    """A `DateError`: `errors` is imported by the first one (a cold lookup parses dates, raises none)."""
    from karabakh_status.errors import DateError

    return DateError(text, reason)


@functools.cache  # a call is then ~30 ns, not the ~650 ns of an import statement: bounds are read per record
def _date_type() -> type[_dt.date]:
    """`datetime.date`, imported when a date's bounds are first asked for (parsing needs none)."""
    from datetime import date

    return date


def _days_in(year: int, month: int) -> int:
    """The number of days of a month (the Gregorian calendar, as `datetime` has it)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _partial(text: str) -> tuple[str, str | None, str | None] | None:
    """Year, month and day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (ASCII digits), as text; else None.
    String tests: compiling a regular expression costs a cold lookup ~0.1 ms."""
    size = len(text)
    if size not in (4, 7, 10) or (size > 4 and text[4] != "-") or (size > 7 and text[7] != "-"):
        return None
    digits = text[:4] + text[5:7] + text[8:]
    if not (digits.isascii() and digits.isdigit()):  # one test of every digit (ASCII: "٢" is no digit here)
        return None
    return text[:4], text[5:7] or None, text[8:] or None


class Precision(Vocabulary):
    """How precisely a date is known.

    Examples:
        >>> EventDate.parse("2012-05").precision
        <Precision.MONTH: 'month'>
        >>> EventDate.parse("[2020-12-17..2020-12-21]").precision
        <Precision.BOUNDS: 'bounds'>
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    BOUNDS = "bounds"
    """One unknown day within stated bounds (`EventDate` only)."""


class PartialDate:
    """A calendar date known to the year, the month or the day (``2014``, ``2012-05``, ``2020-10-15``).

    Examples:
        >>> d = PartialDate.parse("2012-05")
        >>> d.earliest, d.latest
        (datetime.date(2012, 5, 1), datetime.date(2012, 5, 31))
        >>> d.phrase()
        'May 2012'
    """

    __slots__ = ("day", "month", "year")
    year: int
    month: int | None
    day: int | None

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if not 1 <= year <= 9999:  # the date's text is written only for an error (a load parses hundreds)
            raise _error(_format_partial(year, month, day), "the year must be between 0001 and 9999")
        if month is None and day is not None:
            raise _error(_format_partial(year, month, day), "a day needs a month")
        if month is not None and not 1 <= month <= 12:
            raise _error(_format_partial(year, month, day), f"there is no month {month}")
        if day is not None:
            assert month is not None
            if not 1 <= day <= _days_in(year, month):
                reason = f"day {day} does not exist in {_MONTHS[month]} {year}"
                raise _error(_format_partial(year, month, day), reason)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Examples:
            >>> PartialDate.parse("2020-10-15").day
            15
        """
        parts = _partial(text) if isinstance(text, str) else None
        if parts is None:
            raise _error(str(text), "expected YYYY, YYYY-MM or YYYY-MM-DD")
        return cls._of(parts)

    @classmethod
    def _of(cls, parts: tuple[str, str | None, str | None]) -> PartialDate:
        """The date of `_partial`'s parts (whose text is the one an error of `__init__` names)."""
        return cls(int(parts[0]), int(parts[1]) if parts[1] else None, int(parts[2]) if parts[2] else None)

    @property
    def precision(self) -> Precision:
        """`Precision.YEAR`, `Precision.MONTH` or `Precision.DAY`."""
        if self.day is not None:
            return Precision.DAY
        return Precision.YEAR if self.month is None else Precision.MONTH

    @property
    def earliest(self) -> _dt.date:
        """The first day this date may be."""
        return _date_type()(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> _dt.date:
        """The last day this date may be."""
        month = self.month or 12
        return _date_type()(self.year, month, self.day or _days_in(self.year, month))

    def phrase(self, *, with_year: bool = True) -> str:
        """The date in words: ``15 October 2020``, ``May 2012``, ``2014``."""
        parts = [str(self.day)] if self.day is not None else []
        if self.month is not None:
            parts.append(_MONTHS[self.month])
        if with_year or self.month is None:
            parts.append(str(self.year))
        return " ".join(parts)

    def __str__(self) -> str:
        return _format_partial(self.year, self.month, self.day)

    def __repr__(self) -> str:
        return f"PartialDate.parse({str(self)!r})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))


def _format_partial(year: int, month: int | None, day: int | None) -> str:
    return f"{year:04d}" + ("" if month is None else f"-{month:02d}") + ("" if day is None else f"-{day:02d}")


class _Bounded:
    """What `EventDate` and `Period` share: bounds, a total order, containment."""

    __slots__ = ("_span",)
    _span: tuple[_dt.date, _dt.date] | None  # the bounds, computed on first use (None: not yet)

    @property
    def span(self) -> tuple[_dt.date, _dt.date]:
        """The earliest and latest possible day, computed once (a filter reads them per record)."""
        span = self._span
        if span is None:
            span = (self.earliest, self.latest)
            object.__setattr__(self, "_span", span)
        return span

    @property
    def earliest(self) -> _dt.date:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def latest(self) -> _dt.date:  # pragma: no cover - overridden
        raise NotImplementedError

    def _key(self) -> tuple[_dt.date, _dt.date, str]:
        return (*self.span, str(self))

    def contains(self, other: When | PartialDate | _dt.date) -> bool:
        """Whether every day `other` may be lies within this date's bounds."""
        low, high = _bounds_of(other)
        return self.earliest <= low and high <= self.latest

    def overlaps(self, other: When | PartialDate | _dt.date) -> bool:
        """Whether this date and `other` may share a day."""
        low, high = _bounds_of(other)
        return self.earliest <= high and low <= self.latest

    def __lt__(self, other: object) -> bool:
        return self._key() < other._key() if isinstance(other, _Bounded) else NotImplemented

    def __le__(self, other: object) -> bool:
        return self._key() <= other._key() if isinstance(other, _Bounded) else NotImplemented

    def __gt__(self, other: object) -> bool:
        return self._key() > other._key() if isinstance(other, _Bounded) else NotImplemented

    def __ge__(self, other: object) -> bool:
        return self._key() >= other._key() if isinstance(other, _Bounded) else NotImplemented

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Bounded):
            return NotImplemented
        return type(self) is type(other) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash((type(self).__name__, str(self)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self) -> str:
        return f"{type(self).__name__}.parse({str(self)!r})"


def _bounds_of(value: When | PartialDate | _dt.date) -> tuple[_dt.date, _dt.date]:
    if isinstance(value, (_Bounded, PartialDate)):
        return value.earliest, value.latest
    if isinstance(value, _date_type()):
        from karabakh_status._datelike import calendar_day  # a datetime: its calendar day

        return calendar_day(value), calendar_day(value)
    raise TypeError(f"expected a date, got {type(value).__name__}")


class EventDate(_Bounded):
    """When one thing happened: a day known to some precision, or within bounds.

    Examples:
        >>> d = EventDate.parse("[2020-12-17..2020-12-21]")
        >>> d.earliest, d.latest
        (datetime.date(2020, 12, 17), datetime.date(2020, 12, 21))
        >>> d.phrase()
        'between 17 and 21 December 2020'
        >>> EventDate.parse("[..2001-07-04]").phrase()
        'on or before 4 July 2001'
        >>> EventDate.parse("2014") < EventDate.parse("2014-05")
        True
    """

    __slots__ = ("_exact", "lower", "upper")
    lower: PartialDate | None
    upper: PartialDate | None

    def __init__(self, lower: PartialDate | None, upper: PartialDate | None = None, *, exact: bool = False) -> None:
        """Make a date; with ``exact=True`` it is the one partial date ``lower``; otherwise one unknown day
        between ``lower`` and ``upper``, either of which may be None (open), both of the same precision."""
        if exact:
            if lower is None or upper not in (None, lower):
                raise _error(str(lower), "an exact date needs one partial date")
            upper = lower
        elif lower is None and upper is None:
            raise _error("[..]", "a range needs at least one bound")
        object.__setattr__(self, "lower", lower)
        object.__setattr__(self, "upper", upper)
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_span", None)

    @classmethod
    def parse(cls, text: str) -> EventDate:
        """Parse ``YYYY[-MM[-DD]]`` or a one-of-a-set range ``[A..B]``, ``[..B]``, ``[A..]``.

        Examples:
            >>> str(EventDate.parse("[2020-10-15..2020-10-29]"))
            '[2020-10-15..2020-10-29]'
        """
        if not isinstance(text, str):
            raise _error(str(text), f"expected an EDTF string, got {type(text).__name__}")
        if text.startswith("[") and text.endswith("]"):
            inner = text[1:-1]
            if inner.count("..") != 1:
                raise _error(text, "a range is written [A..B], [..B] or [A..]")
            low, high = inner.split("..")
            try:
                lower = PartialDate.parse(low) if low else None
                upper = PartialDate.parse(high) if high else None
            except ValueError as error:  # a DateError of a bound: its reason, with the whole text
                raise _error(text, getattr(error, "reason", str(error))) from None
            if lower is None and upper is None:
                raise _error(text, "a range needs at least one bound")
            if lower is not None and upper is not None and lower.precision is not upper.precision:
                raise _error(text, "both bounds of a range have the same precision (year, month or day)")
            return cls(lower, upper)
        if "/" in text:
            raise _error(text, "an interval (A/B) is a Period, not the date of one event")
        parts = _partial(text)
        if parts is None:
            raise _error(text, "expected YYYY, YYYY-MM, YYYY-MM-DD, or a range [A..B], [..B], [A..]")
        return cls(PartialDate._of(parts), exact=True)

    @property
    def is_exact(self) -> bool:
        """Whether this is a single partial date rather than a range."""
        return bool(object.__getattribute__(self, "_exact"))

    @property
    def is_ordered(self) -> bool:
        """False when a range's lower bound is certainly after its upper bound."""
        return self.lower is None or self.upper is None or self.lower.earliest <= self.upper.latest

    @property
    def precision(self) -> Precision:
        """The partial date's precision, or `Precision.BOUNDS` for a range."""
        if self.is_exact:
            assert self.lower is not None
            return self.lower.precision
        return Precision.BOUNDS

    @property
    def earliest(self) -> _dt.date:
        """The first day this date may be (`datetime.date.min` when open)."""
        return self.lower.earliest if self.lower is not None else _date_type().min

    @property
    def latest(self) -> _dt.date:
        """The last day this date may be (`datetime.date.max` when open)."""
        return self.upper.latest if self.upper is not None else _date_type().max

    @property
    def parts(self) -> tuple[PartialDate, ...]:
        """The partial dates written in this date (one, or the range's bounds)."""
        if self.is_exact:
            assert self.lower is not None
            return (self.lower,)
        return tuple(p for p in (self.lower, self.upper) if p is not None)

    def phrase(self) -> str:
        """The date in English words."""
        if self.is_exact:
            assert self.lower is not None
            return self.lower.phrase()
        if self.lower is None:
            assert self.upper is not None
            return f"on or before {self.upper.phrase()}"
        if self.upper is None:
            return f"on or after {self.lower.phrase()}"
        return f"between {_pair_phrase(self.lower, self.upper)}"

    def __str__(self) -> str:
        if self.is_exact:
            return str(self.lower)
        low = "" if self.lower is None else str(self.lower)
        high = "" if self.upper is None else str(self.upper)
        return f"[{low}..{high}]"


def _pair_phrase(low: PartialDate, high: PartialDate) -> str:
    """``17 and 21 December 2020``, ``May and August 2014``, ``2012 and 2014``."""
    if low.year == high.year and low.month is not None and high.month is not None:
        if low.month == high.month and low.day is not None and high.day is not None:
            return f"{low.day} and {high.phrase()}"
        return f"{low.phrase(with_year=False)} and {high.phrase()}"
    return f"{low.phrase()} and {high.phrase()}"


class Period(_Bounded):
    """How long something lasted: a start and an end, either partial or open.

    Examples:
        >>> term = Period.parse("1993/1997")
        >>> term.earliest, term.latest
        (datetime.date(1993, 1, 1), datetime.date(1997, 12, 31))
        >>> term.phrase()
        'from 1993 to 1997'
        >>> term.contains(EventDate.parse("1995-06"))
        True
        >>> Period.parse("2023/..").phrase()
        'from 2023 onwards'
    """

    __slots__ = ("end", "start")
    start: PartialDate | None
    end: PartialDate | None

    def __init__(self, start: PartialDate | None, end: PartialDate | None) -> None:
        """Make a period; None is an open end."""
        if start is None and end is None:
            raise _error("../..", "a period needs at least one known end")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "_span", None)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Parse ``A/B``, ``A/..`` or ``../B`` where A and B are ``YYYY[-MM[-DD]]``.

        A period whose start is after its end parses: the validator's
        ``interval-ordered`` rule reports it.

        Examples:
            >>> Period.parse("2020-09-27/2020-11-10").end
            PartialDate.parse('2020-11-10')
        """
        if not isinstance(text, str):
            raise _error(str(text), f"expected an EDTF string, got {type(text).__name__}")
        if text.count("/") != 1:
            raise _error(text, "a period is written A/B, A/.. or ../B")
        low, high = text.split("/")
        try:
            start = None if low == ".." else PartialDate.parse(low)
            end = None if high == ".." else PartialDate.parse(high)
        except ValueError as error:  # a DateError of an end: its reason, with the whole text
            raise _error(text, getattr(error, "reason", str(error))) from None
        if start is None and end is None:
            raise _error(text, "a period needs at least one known end")
        return cls(start, end)

    @property
    def earliest(self) -> _dt.date:
        """The first day the period may start (`datetime.date.min` when open)."""
        return self.start.earliest if self.start is not None else _date_type().min

    @property
    def latest(self) -> _dt.date:
        """The last day the period may end (`datetime.date.max` when open)."""
        return self.end.latest if self.end is not None else _date_type().max

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two known ends."""
        order = (Precision.DAY, Precision.MONTH, Precision.YEAR)
        known = [p.precision for p in (self.start, self.end) if p is not None]
        return max(known, key=order.index)

    @property
    def parts(self) -> tuple[PartialDate, ...]:
        """The known ends, start first."""
        return tuple(p for p in (self.start, self.end) if p is not None)

    @property
    def is_ordered(self) -> bool:
        """False when the start is certainly after the end."""
        return self.start is None or self.end is None or self.start.earliest <= self.end.latest

    def phrase(self) -> str:
        """The period in English words."""
        if self.start is None:
            assert self.end is not None
            return f"until {self.end.phrase()}"
        if self.end is None:
            return f"from {self.start.phrase()} onwards"
        return f"from {self.start.phrase()} to {self.end.phrase()}"

    def __str__(self) -> str:
        low = ".." if self.start is None else str(self.start)
        high = ".." if self.end is None else str(self.end)
        return f"{low}/{high}"


When = EventDate | Period
"""Either kind of date: what a record's date field may hold."""


def parse_edtf(text: str) -> When:
    """Parse an EDTF string of the supported subset: a `Period` if it has ``/``, else an `EventDate`.

    Examples:
        >>> parse_edtf("1993/1997")
        Period.parse('1993/1997')
        >>> parse_edtf("2020-10-15").phrase()
        '15 October 2020'
    """
    if isinstance(text, str) and "/" in text:
        return Period.parse(text)
    return EventDate.parse(text)
