"""Hypothesis strategies, in one place, reused by every test module."""

from __future__ import annotations

import calendar

from hypothesis import settings
from hypothesis import strategies as st


def examples(count: int) -> int:
    """The examples a property test draws: ``count`` under CI's profile (`ci`, 100 examples by default), a
    quarter of it (at least 10, never more than ``count``) under the README's run (`karabakh`, 25)."""
    return max(min(count, 10), count * settings.default.max_examples // 100)


years = st.integers(min_value=1, max_value=9999)


@st.composite
def partial_dates(draw: st.DrawFn) -> str:
    """EDTF partial dates: YYYY, YYYY-MM, YYYY-MM-DD (valid calendar dates)."""
    year = draw(years)
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return f"{year:04d}"
    month = draw(st.integers(1, 12))
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return f"{year:04d}-{month:02d}-{day:02d}"


@st.composite
def event_dates(draw: st.DrawFn) -> str:
    """EDTF strings of one thing that happened: exact, [A..B], [..B] or [A..]."""
    form = draw(st.sampled_from(["exact", "range", "before", "after"]))
    a = draw(partial_dates())
    b = draw(partial_dates().filter(lambda text: len(text) == len(a)))  # a range's bounds share a precision
    return {"exact": a, "range": f"[{a}..{b}]", "before": f"[..{b}]", "after": f"[{a}..]"}[form]


@st.composite
def periods(draw: st.DrawFn) -> str:
    """EDTF intervals: A/B, A/.. or ../B (start after end included: the validator reports it)."""
    form = draw(st.sampled_from(["closed", "open-end", "open-start"]))
    a, b = draw(partial_dates()), draw(partial_dates())
    return {"closed": f"{a}/{b}", "open-end": f"{a}/..", "open-start": f"../{b}"}[form]


edtf_strings = st.one_of(event_dates(), periods())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
"""Arbitrary JSON values."""
