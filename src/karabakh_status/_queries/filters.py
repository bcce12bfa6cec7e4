"""The filters every query shares: argument types, dates given as EDTF strings or objects, enum values
(one or several), field matches, and `select`, the one function that filters records."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from karabakh_status._dates import EventDate, PartialDate, Period
from karabakh_status.errors import DateError, NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt

__all__ = ["as_date", "bounds", "expect", "member", "members", "select"]

_SEVERAL = (tuple, list, set, frozenset)


def expect(function: str, name: str, value: Any, *types: type, optional: bool = True) -> None:
    """Raise `TypeError` naming the parameter and the types it accepts, as Python's own functions do.

    Examples:
        >>> expect("entity", "key", 123, str, optional=False)
        Traceback (most recent call last):
        TypeError: entity() argument 'key' must be str, not int
    """
    if (value is None and optional) or (isinstance(value, types) and not (bool not in types and _is_bool(value))):
        return
    accepted = " or ".join(t.__name__ for t in types) + (" or None" if optional else "")
    raise TypeError(f"{function}() argument {name!r} must be {accepted}, not {type(value).__name__}")


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def as_date(value: Any, function: str = "", name: str = "") -> EventDate | Period | PartialDate | _dt.date:
    """A date of this package or a `datetime.date`, from itself or an EDTF string.

    A value of another type is a `TypeError` naming ``function``'s parameter ``name``; None
    (no date at all) is a `DateError`.
    """
    from datetime import date

    from karabakh_status._dates import parse_edtf

    if isinstance(value, str):
        return parse_edtf(value)
    if isinstance(value, (EventDate, Period, PartialDate, date)):
        return value
    if value is None:
        raise DateError("None", f"{function or 'a query'}() needs a date for {name or 'its date'}, got None")
    if function:
        expect(function, name, value, str, date, EventDate, Period, PartialDate, optional=False)
    raise DateError(str(value), f"expected a date or an EDTF string, got {type(value).__name__}")


E = TypeVar("E", bound=enum.Enum)
R = TypeVar("R")


def member(cls: type[E], value: E | str | None, function: str = "", name: str = "") -> E | None:
    """An enum member from itself or its value; a clear error naming the values allowed."""
    if value is None or isinstance(value, cls):
        return value
    if function and not isinstance(value, str):
        expect(function, name, value, cls, str)
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        message = f"{value!r} is not a value of {cls.__name__}; expected one of {allowed}"
        raise NotFoundError(cls.__name__, str(value), message=message) from None


def members(cls: type[E], value: Any, function: str, name: str) -> frozenset[E] | None:
    """The enum members a filter accepts: one member or value, or several in a tuple, list or set
    (any of them matches); None: no filter."""
    if value is None:
        return None
    if isinstance(value, _SEVERAL):
        if not value:
            raise NotFoundError(cls.__name__, "", message=f"{function}() argument {name!r} is empty")
        return frozenset(m for m in (member(cls, v, function, name) for v in value) if m is not None)
    if not isinstance(value, (cls, str)):
        expect(function, name, value, cls, str, tuple, list, set, frozenset)
    found = member(cls, value, function, name)
    return None if found is None else frozenset((found,))


def bounds(value: Any, function: str = "", name: str = "") -> tuple[_dt.date, _dt.date]:
    """The earliest and latest possible day of a date given as `as_date` takes it."""
    when = as_date(value, function, name)
    from datetime import date

    if isinstance(when, date):
        return when, when
    return when.earliest, when.latest


def select(
    records: tuple[R, ...],
    *,
    between: Any = None,
    within: Any = None,
    starts_in: Any = None,
    function: str = "",
    **wanted: Any,
) -> tuple[R, ...]:
    """The records whose fields match every wanted value given (None: any; a frozenset: any of its
    members), and whose date may fall in ``between`` (overlaps it), certainly falls in ``within``
    (lies inside it), and begins in ``starts_in`` (its earliest possible day lies inside it).

    One pass over the records: each test is built once, before it.
    """
    tests: list[Callable[[Any], bool]] = []
    for field, value in wanted.items():
        if value is not None:
            tests.append(_matches(field, value))
    for span, mode in ((between, "between"), (within, "within"), (starts_in, "starts_in")):
        if span is not None:
            tests.append(_dated(mode, *bounds(span, function, mode)))
    if not tests:
        return records
    return tuple(r for r in records if all(test(r) for test in tests))


def _matches(field: str, value: Any) -> Callable[[Any], bool]:
    """The test of one field: in a set of enum members, a boolean (by identity), else equal."""
    if isinstance(value, frozenset):
        return lambda record: getattr(record, field) in value
    if isinstance(value, bool):
        return lambda record: getattr(record, field) is value
    return lambda record: bool(getattr(record, field) == value)


def _dated(mode: str, low: _dt.date, high: _dt.date) -> Callable[[Any], bool]:
    """The test of a record's date against a span: it may overlap it, lies inside it, or begins in it."""

    def test(record: Any) -> bool:
        when = record.date
        if when is None:
            return False
        if mode == "between":
            return bool(when.earliest <= high and low <= when.latest)
        if mode == "within":
            return bool(low <= when.earliest and when.latest <= high)
        return bool(low <= when.earliest <= high)

    return test
