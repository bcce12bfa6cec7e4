"""The EDTF dates: parsing, bounds, order, containment, phrases, and agreement with `edtf`."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from karabakh_status import DateError, EventDate, PartialDate, Period, Precision, parse_edtf
from tests.strategies import edtf_strings, event_dates, partial_dates, periods

edtf = pytest.importorskip("edtf")


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision", "phrase"),
    [
        ("2020-10-15", dt.date(2020, 10, 15), dt.date(2020, 10, 15), Precision.DAY, "15 October 2020"),
        ("2012-05", dt.date(2012, 5, 1), dt.date(2012, 5, 31), Precision.MONTH, "May 2012"),
        ("2016-02", dt.date(2016, 2, 1), dt.date(2016, 2, 29), Precision.MONTH, "February 2016"),
        ("2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31), Precision.YEAR, "2014"),
        (
            "[2020-12-17..2020-12-21]",
            dt.date(2020, 12, 17),
            dt.date(2020, 12, 21),
            Precision.BOUNDS,
            "between 17 and 21 December 2020",
        ),
        ("[..2001-07-04]", dt.date.min, dt.date(2001, 7, 4), Precision.BOUNDS, "on or before 4 July 2001"),
        ("[2020-10-15..]", dt.date(2020, 10, 15), dt.date.max, Precision.BOUNDS, "on or after 15 October 2020"),
        (
            "[2014-05..2014-08]",
            dt.date(2014, 5, 1),
            dt.date(2014, 8, 31),
            Precision.BOUNDS,
            "between May and August 2014",
        ),
        (
            "[2020-10-15..2020-11-03]",
            dt.date(2020, 10, 15),
            dt.date(2020, 11, 3),
            Precision.BOUNDS,
            "between 15 October and 3 November 2020",
        ),
        ("[2006..2008]", dt.date(2006, 1, 1), dt.date(2008, 12, 31), Precision.BOUNDS, "between 2006 and 2008"),
    ],
)
def test_event_date(text: str, earliest: dt.date, latest: dt.date, precision: Precision, phrase: str) -> None:
    date = EventDate.parse(text)
    assert (date.earliest, date.latest, date.precision, date.phrase(), str(date)) == (
        earliest,
        latest,
        precision,
        phrase,
        text,
    )


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "phrase"),
    [
        ("1993/1997", dt.date(1993, 1, 1), dt.date(1997, 12, 31), "from 1993 to 1997"),
        (
            "2020-09-27/2020-11-10",
            dt.date(2020, 9, 27),
            dt.date(2020, 11, 10),
            "from 27 September 2020 to 10 November 2020",
        ),
        ("2023/..", dt.date(2023, 1, 1), dt.date.max, "from 2023 onwards"),
        ("../1991", dt.date.min, dt.date(1991, 12, 31), "until 1991"),
    ],
)
def test_period(text: str, earliest: dt.date, latest: dt.date, phrase: str) -> None:
    period = Period.parse(text)
    assert (period.earliest, period.latest, period.phrase(), str(period)) == (earliest, latest, phrase, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "20",
        "2020-1",
        "2020-1-01",
        "2020-13",
        "2020-02-30",
        "0000",
        "2020-10-15T00:00",
        "2020?",
        "~2020",
        "[..]",
        "[2020..2021..2022]",
        "[2020,2021]",
        "2020/",
        "/2020",
        "../..",
        "2020/2021/2022",
        " 2020",
        "2020 ",
        "１９９３",
        "[2020-02-30..2020-03-01]",
        "1993-1997",
        "May 2012",
        "[2014..2015-03]",
        "[2020-10-15..2020-11]",
    ],
)
def test_rejects(text: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_edtf(text)
    assert caught.value.text == text
    assert repr(text) in str(caught.value)


@pytest.mark.parametrize("value", [None, 2020, 2020.0, ["2020"], b"2020"])
def test_rejects_non_strings(value: object) -> None:
    with pytest.raises(DateError):
        parse_edtf(value)  # type: ignore[arg-type]
    with pytest.raises(DateError):
        PartialDate.parse(value)  # type: ignore[arg-type]


def test_period_string_is_not_an_event_date() -> None:
    with pytest.raises(DateError, match="Period"):
        EventDate.parse("1993/1997")


def test_immutable() -> None:
    date = EventDate.parse("2020")
    with pytest.raises(AttributeError):
        date.lower = None  # type: ignore[misc]
    with pytest.raises(AttributeError):
        PartialDate.parse("2020").year = 2021  # type: ignore[misc]


def test_contains_and_overlaps() -> None:
    year, month = EventDate.parse("2020"), EventDate.parse("2020-10")
    assert year.contains(month) and not month.contains(year)
    assert year.overlaps(month) and month.overlaps(year)
    assert year.contains(dt.date(2020, 2, 29)) and not year.contains(dt.date(2021, 1, 1))
    term = Period.parse("2011/2012")
    assert term.overlaps(Period.parse("2012/2017")) and not term.overlaps(EventDate.parse("2013"))
    assert Period.parse("2023/..").contains(dt.date(9999, 12, 31))
    with pytest.raises(TypeError):
        year.contains("2020")  # type: ignore[arg-type]


@given(edtf_strings)
def test_round_trip(text: str) -> None:
    assert str(parse_edtf(text)) == text


@given(edtf_strings)
def test_earliest_not_after_latest_when_ordered(text: str) -> None:
    date = parse_edtf(text)
    assert (date.earliest <= date.latest) == date.is_ordered


@given(edtf_strings, edtf_strings)
def test_order_is_consistent_with_bounds(a_text: str, b_text: str) -> None:
    a, b = parse_edtf(a_text), parse_edtf(b_text)
    if (a.earliest, a.latest) < (b.earliest, b.latest):
        assert a < b and b > a and a <= b and not a >= b
    assert (a == b) == (str(a) == str(b) and type(a) is type(b))
    assert sum([a < b, a == b, a > b]) == 1  # total
    if a == b:
        assert hash(a) == hash(b)


@given(st.lists(edtf_strings, max_size=8))
def test_sorting_orders_by_earliest_day(texts: list[str]) -> None:
    dates = sorted(parse_edtf(t) for t in texts)
    assert [d.earliest for d in dates] == sorted(d.earliest for d in dates)


@given(partial_dates())
def test_partial_date_bounds(text: str) -> None:
    date = PartialDate.parse(text)
    assert date.earliest <= date.latest
    assert str(date) == text
    assert EventDate.parse(text).contains(date.earliest) and EventDate.parse(text).contains(date.latest)


def _edtf_bound(value: object, infinite: dt.date) -> dt.date:
    if isinstance(value, float) and math.isinf(value):
        return infinite
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday)  # type: ignore[attr-defined]


@given(st.one_of(event_dates(), periods()))
def test_agrees_with_the_edtf_package(text: str) -> None:
    """Every string we accept, the reference parser accepts, with the same bounds and rendering."""
    ours = parse_edtf(text)
    theirs = edtf.parse_edtf(text)
    assert str(theirs) == text
    assert _edtf_bound(theirs.lower_strict(), dt.date.min) == ours.earliest
    assert _edtf_bound(theirs.upper_strict(), dt.date.max) == ours.latest


_PARTIAL_PATTERN = r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?"


@given(st.text(alphabet="0123456789-x٢ ", max_size=12) | st.from_regex(_PARTIAL_PATTERN, fullmatch=True))
def test_the_partial_date_reader_is_its_regular_expression(text: str) -> None:
    """`_dates._partial` (plain string tests, for a cold lookup) reads exactly what the pattern matches."""
    import re

    from karabakh_status._dates import _partial

    match = re.fullmatch(_PARTIAL_PATTERN, text)
    assert _partial(text) == (match.groups() if match else None)
