"""The filters every query shares: dates given as EDTF strings or objects, enum values, field matches."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, TypeVar

from karabakh_status._dates import EventDate, PartialDate, Period
from karabakh_status.errors import DateError, NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt

__all__ = ["as_date", "bounds", "member", "select"]


def as_date(value: Any) -> EventDate | Period | PartialDate | _dt.date:
    """A date of this package or a `datetime.date`, from itself or an EDTF string."""
    from karabakh_status._dates import parse_edtf

    if isinstance(value, str):
        return parse_edtf(value)
    from datetime import date

    if isinstance(value, (EventDate, Period, PartialDate, date)):
        return value
    raise DateError(str(value), f"expected a date or an EDTF string, got {type(value).__name__}")


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
    return when.earliest, when.latest


def select(records: tuple[R, ...], *, between: Any = None, within: Any = None, **wanted: Any) -> tuple[R, ...]:
    """The records whose fields equal every wanted value given (None: any), whose date may
    fall in ``between`` (overlaps it) and certainly falls in ``within`` (lies inside it)."""
    tests = {name: value for name, value in wanted.items() if value is not None}
    if "disputed" in tests:
        disputed = tests.pop("disputed")
        records = tuple(r for r in records if getattr(r, "disputed") is disputed)  # noqa: B009 - R is any record
    found = tuple(r for r in records if all(getattr(r, name) == value for name, value in tests.items()))
    for span, inside in ((between, False), (within, True)):
        if span is not None:
            low, high = bounds(span)
            dated = ((r, getattr(r, "date")) for r in found)  # noqa: B009 - R is any record
            found = tuple(
                r
                for r, d in dated
                if d is not None
                and ((low <= d.earliest and d.latest <= high) if inside else (d.earliest <= high and low <= d.latest))
            )
    return found
