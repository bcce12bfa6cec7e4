"""`DateLike`: what every argument that means a date accepts, and the rule that reads a `datetime` as its day.

The queries read such an argument in one place (`_queries.filters.as_date`), a date's `contains` and
`overlaps` in another (`_dates`); both take a `datetime.datetime` (or a subclass: `pandas.Timestamp`) as
its calendar date through `calendar_day`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import datetime as _dt
    from typing import TypeAlias

    from karabakh_status._dates import EventDate, PartialDate, Period

__all__ = ["FORMS", "DateLike", "calendar_day"]

DateLike: TypeAlias = "EventDate | Period | PartialDate | _dt.date | str"
"""A date, as every argument that means one takes it (``as_of``, ``between``, ``within``, ``starts_in``,
``on``, ``contains``...): an EDTF string (``"2020-10-15"``, ``"2020-10"``, ``"2020"``, ``"1993/1997"``,
``"[2020-12-17..2020-12-21]"``), a date of this package, or a `datetime.date`; a `datetime.datetime`
(a `pandas.Timestamp` too, time zone or not) means its calendar date as written.

Examples:
    >>> import datetime, karabakh_status
    >>> def acts_in(day: karabakh_status.DateLike) -> int:
    ...     return len(karabakh_status.load("1.0.0").recognitions(starts_in=day))
    >>> acts_in("2020-10-15") == acts_in(datetime.datetime(2020, 10, 15, 23, 59)) > 0
    True
"""

FORMS = (
    "a date is written YYYY-MM-DD (2015-01-01), YYYY-MM (2015-01), YYYY (2015), "
    "or as an EDTF interval (2015-01-01/2015-06-30) or range of days ([2015-01-01..2015-01-31])"
)
"""The forms of a date string, with an example of each, that an error about a date string names."""


def calendar_day(value: _dt.date) -> _dt.date:
    """The day of a `datetime.date`: itself, or for a `datetime.datetime` its date as written (its own time
    zone's, never converted).

    Examples:
        >>> import datetime
        >>> calendar_day(datetime.datetime(2015, 1, 1, 23, 30, tzinfo=datetime.timezone.utc))
        datetime.date(2015, 1, 1)
    """
    from datetime import date, datetime

    if not isinstance(value, datetime):
        return value
    from karabakh_status.errors import DateError

    try:
        return date(value.year, value.month, value.day)
    except (TypeError, ValueError):  # pandas.NaT is a datetime without a day
        raise DateError(str(value), f"not a calendar date; {FORMS}") from None
