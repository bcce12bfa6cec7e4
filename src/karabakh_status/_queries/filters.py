"""The filters every query shares: dates given as EDTF strings or objects, enum values, field matches."""

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

    No filter given: the stored tuple itself. Else one pass, a comprehension made for the
    fields asked (`_matcher`), over the bounds each date computes once (``span``).
    """
    tests = {name: value for name, value in wanted.items() if value is not None}
    if not tests and between is None and within is None:
        return records
    spans = [bound for span in (between, within) if span is not None for bound in bounds(span)]
    match = _matcher(tuple(tests), between is not None, within is not None)
    return tuple(match(records, *tests.values(), *spans))


@functools.lru_cache(maxsize=256)
def _matcher(names: tuple[str, ...], between: bool, within: bool) -> Callable[..., list[Any]]:
    """The comprehension that tests these fields and date bounds, compiled once per combination.

    Its code comes from the field names a query passes (identifiers of the record types), never
    from data; the values come as arguments: ``match(records, value, ..., low, high, ...)``.
    """
    for name in names:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise TypeError(f"not a field name: {name!r}")
    values = [f"value_{index}" for index in range(len(names))]
    tests = [f"r.{name} == {value}" for name, value in zip(names, values, strict=True)]
    parameters = ["records", *values]
    if between or within:
        tests.append("(d := r.date) is not None and (b := d._span or d.span) is not None")
    if between:  # the date may fall in: its bounds overlap the span's
        parameters += ["low_between", "high_between"]
        tests.append("b[0] <= high_between and low_between <= b[1]")
    if within:  # the date certainly falls in: its bounds lie inside the span's
        parameters += ["low_within", "high_within"]
        tests.append("low_within <= b[0] and b[1] <= high_within")
    source = f"def match({', '.join(parameters)}):\n    return [r for r in records if {' and '.join(tests)}]\n"
    namespace: dict[str, Any] = {}
    exec(compile(source, "<karabakh_status filter>", "exec"), namespace)
    match: Callable[..., list[Any]] = namespace["match"]
    return match
