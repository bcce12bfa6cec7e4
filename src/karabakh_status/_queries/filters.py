"""The filters every query shares: argument types, dates given as EDTF strings or objects, enum values
(one or several), field matches, and `select`, the one function that filters records."""

from __future__ import annotations

import enum
import functools
import keyword
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from karabakh_status._dates import EventDate, PartialDate, Period, parse_edtf
from karabakh_status.errors import DateError, NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt

    from karabakh_status._datelike import DateLike

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
    """A date argument (`DateLike`) as a date of this package or a `datetime.date`: the one place the
    queries read one.

    An EDTF string is parsed (a string of another form is a `DateError` that names the accepted forms);
    a `datetime.datetime` (a `pandas.Timestamp` too) means its calendar date (`calendar_day`). A value of
    another type is a `TypeError` naming ``function``'s parameter ``name``; None (no date at all) is a
    `DateError`.

    Examples:
        >>> import datetime
        >>> as_date(datetime.datetime(2015, 1, 1, 12, 0))
        datetime.date(2015, 1, 1)
        >>> as_date("01/01/2015", "as_of", "day")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        karabakh_status.errors.DateError: '01/01/2015': as_of() argument 'day' is not a date ...; a date is written ...
    """
    if isinstance(value, str):
        try:
            return _parse(value)
        except DateError as error:
            from karabakh_status._datelike import FORMS  # imported here: not on the path of a lookup

            where = f"{function}() argument {name!r} is not a date" if function else "not a date"
            raise DateError(value, f"{where} ({error.reason}); {FORMS}") from None
    from datetime import date

    if isinstance(value, date):
        from karabakh_status._datelike import calendar_day

        return calendar_day(value)
    if isinstance(value, (EventDate, Period, PartialDate)):
        return value
    if value is None:
        raise DateError("None", f"{function or 'a query'}() needs a date for {name or 'its date'}, got None")
    if function:
        expect(function, name, value, str, date, EventDate, Period, PartialDate, optional=False)
    raise DateError(str(value), f"expected a date or an EDTF string, got {type(value).__name__}")


_parse = functools.lru_cache(maxsize=256)(parse_edtf)
"""A filter's date, parsed once per string (dates are immutable)."""

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
    if isinstance(when, (EventDate, Period)):
        return when.span
    if isinstance(when, PartialDate):
        return when.earliest, when.latest
    return when, when  # a `datetime.date`: `as_date` gives nothing else


def select(
    records: tuple[R, ...],
    *,
    between: DateLike | None = None,
    within: DateLike | None = None,
    starts_in: DateLike | None = None,
    function: str = "",
    **wanted: Any,
) -> tuple[R, ...]:
    """The records whose fields match every wanted value given (None: any; a frozenset: any of its
    members), and whose date may fall in ``between`` (overlaps it), certainly falls in ``within``
    (lies inside it), and begins in ``starts_in`` (its earliest possible day lies inside it).

    No filter given: the stored tuple itself. Else one pass: a comprehension made for the fields
    and spans asked (`_matcher`), over the bounds each date computes once (``span``).
    """
    kinds, values = [], []  # one plain loop: this overhead is paid on every call
    for field, value in wanted.items():
        if value is not None:
            kinds.append((field, _comparison(value)))
            values.append(value)
    if between is None and within is None and starts_in is None:  # the common case, kept lean
        if not kinds:
            return records
        modes: tuple[str, ...] = ()
    else:
        given = (("between", between), ("within", within), ("starts_in", starts_in))
        modes = tuple(mode for mode, span in given if span is not None)
        values += [bound for mode, span in given if span is not None for bound in bounds(span, function, mode)]
    return tuple(_matcher(tuple(kinds), modes)(records, *values))


def _comparison(value: Any) -> str:
    """How a field is tested: in a set of enum members, a boolean by identity, else equal."""
    return "in" if isinstance(value, frozenset) else "is" if isinstance(value, bool) else "=="


_SPAN_TESTS: dict[str, str] = {
    "between": "b[0] <= high_between and low_between <= b[1]",  # the date may fall in: the bounds overlap
    "within": "low_within <= b[0] and b[1] <= high_within",  # it certainly falls in: inside the span
    "starts_in": "low_starts_in <= b[0] <= high_starts_in",  # it begins in: its earliest day inside
}


@functools.lru_cache(maxsize=256)
def _matcher(kinds: tuple[tuple[str, str], ...], modes: tuple[str, ...]) -> Callable[..., list[Any]]:
    """The comprehension that tests these fields and date spans, compiled once per combination.

    Its code comes from the field names a query passes (identifiers of the record types), never
    from data; the values come as arguments: ``match(records, value, ..., low, high, ...)``.
    """
    for field, _ in kinds:
        if not field.isidentifier() or keyword.iskeyword(field):
            raise TypeError(f"not a field name: {field!r}")
    values = [f"value_{index}" for index in range(len(kinds))]
    tests = [f"r.{field} {op} {value}" for (field, op), value in zip(kinds, values, strict=True)]
    parameters = ["records", *values]
    if modes:
        tests.append("(d := r.date) is not None and (b := d._span or d.span)")  # a span: a non-empty tuple
    for mode in modes:
        parameters += [f"low_{mode}", f"high_{mode}"]
        tests.append(_SPAN_TESTS[mode])
    source = f"def match({', '.join(parameters)}):\n    return [r for r in records if {' and '.join(tests)}]\n"
    namespace: dict[str, Any] = {}
    exec(compile(source, "<karabakh_status filter>", "exec"), namespace)
    match: Callable[..., list[Any]] = namespace["match"]
    return match
