"""Hypothesis strategies shared by itakit's tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from itakit import FiscalYear, MonthPeriod

fiscal_years = st.integers(min_value=2401, max_value=2798).map(FiscalYear)
"""Any fiscal year itakit accepts (but the first and last, so that ``fy ± 1`` is valid too)."""

dates = st.dates(min_value=dt.date(1858, 10, 1), max_value=dt.date(2254, 9, 30))
"""Dates inside the fiscal years itakit accepts."""

question_codes = st.builds(
    lambda prefix, number: f"{prefix}{number}",
    st.sampled_from("ieo"),
    st.integers(min_value=1, max_value=99),
)
"""Canonical question codes such as ``i10``."""

numbers = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15)
"""Finite Decimals of any exponent, as a report or a score might hold."""

places = st.integers(min_value=0, max_value=10)
"""Every number of decimal places the formatters accept."""

digit_sets = st.sampled_from(["thai", "arabic"])
"""Both ways of writing digits."""

month_starts = st.dates(min_value=dt.date(1856, 10, 1), max_value=dt.date(2256, 9, 1)).map(
    lambda date: date.replace(day=1)
)
"""The 1st of any month a MonthPeriod accepts (fiscal years 2400–2799)."""


def _short_period(first: dt.date, length: int) -> MonthPeriod:
    index = min(first.year * 12 + first.month - 1 + length, 2256 * 12 + 8)
    return MonthPeriod(first, dt.date(index // 12, index % 12 + 1, 1))


month_periods = st.one_of(
    st.builds(_short_period, month_starts, st.integers(min_value=0, max_value=30)),
    st.lists(month_starts, min_size=2, max_size=2).map(sorted).map(lambda pair: MonthPeriod(*pair)),
)
"""Any MonthPeriod: mostly spans of up to 31 months, as reports write, and spans of any length."""
