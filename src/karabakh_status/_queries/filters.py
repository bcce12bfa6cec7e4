"""The filters every query shares: dates given as EDTF strings or objects, enum values, field matches."""

from __future__ import annotations

import enum
import functools
from itertools import compress, repeat
from operator import attrgetter, eq
from typing import TYPE_CHECKING, Any, TypeVar

from karabakh_status._dates import EventDate, PartialDate, Period, parse_edtf
from karabakh_status.errors import DateError, NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt

__all__ = ["as_date", "bounds", "member", "select"]


def as_date(value: Any) -> EventDate | Period | PartialDate | _dt.date:
    """A date of this package or a `datetime.date`, from itself or an EDTF string."""
    if isinstance(value, str):
        return _parse(value)
    from datetime import date

    if isinstance(value, (EventDate, Period, PartialDate, date)):
        return value
    raise DateError(str(value), f"expected a date or an EDTF string, got {type(value).__name__}")


_parse = functools.lru_cache(maxsize=256)(parse_edtf)
"""A filter's date, parsed once per string (dates are immutable)."""

E = TypeVar("E", bound=enum.Enum)
R = TypeVar("R")


def member(cls: type[E], value: E | str | None) -> E | None:
    """An enum member from itself or its value; a clear error naming the values allowed."""
    if value is None or isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        message = f"{value!r} is not a value of {cls.__name__}; expected one of {allowed}"
        raise NotFoundError(cls.__name__, str(value), message=message) from None


def bounds(value: Any) -> tuple[_dt.date, _dt.date]:
    """The earliest and latest possible day of a date given as `as_date` takes it."""
    when = as_date(value)
    from datetime import date

    if isinstance(when, date):
        return when, when
    return when.span if isinstance(when, (EventDate, Period)) else (when.earliest, when.latest)


def select(records: tuple[R, ...], *, between: Any = None, within: Any = None, **wanted: Any) -> tuple[R, ...]:
    """The records whose fields equal every wanted value given (None: any), whose date may
    fall in ``between`` (overlaps it) and certainly falls in ``within`` (lies inside it).

    No filter given: the stored tuple itself. Each filter is one pass: the fields in C
    (`itertools.compress` over `operator.attrgetter`), the dates over bounds each date
    computed once (`span`).
    """
    tests = {name: value for name, value in wanted.items() if value is not None}
    found: Any = records
    if tests:
        names, values = tuple(tests), tuple(tests.values())
        value = values[0] if len(values) == 1 else values
        found = compress(found, map(eq, map(attrgetter(*names), found), repeat(value)))
    for span, inside in ((between, False), (within, True)):
        if span is not None:
            low, high = bounds(span)
            if inside:
                found = [r for r in found if (d := r.date) and low <= (b := d._span or d.span)[0] and b[1] <= high]
            else:
                found = [r for r in found if (d := r.date) and (b := d._span or d.span)[0] <= high and low <= b[1]]
    return found if found is records else tuple(found)
