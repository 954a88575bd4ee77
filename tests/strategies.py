"""Hypothesis strategies shared by itakit's tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from itakit import FiscalYear, MonthPeriod
from itakit.measures import Measure, MeasureGroup, MeasureReport, ReportKind, SkippedLine
from itakit.text import normalize

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

_thai_letters = "".join(chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable())
_text_alphabet = st.one_of(
    st.sampled_from(_thai_letters + " -/()%.,:"),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)
measure_texts = st.text(_text_alphabet, min_size=1, max_size=40).filter(lambda t: normalize(t))
"""Text a measure or report may hold: mostly Thai, any Unicode (quotes, controls, emoji) besides."""

any_texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
"""Any text that UTF-8 can encode, as a skipped line may hold."""

percents = st.decimals(min_value=0, max_value=100, allow_nan=False, allow_infinity=False)
"""Completion percents, with any exponent (``1E+2``, ``87.50``)."""

measures = st.builds(
    Measure,
    title=measure_texts,
    codes=st.lists(question_codes, max_size=4).map(tuple),
    actions=st.one_of(st.just(""), measure_texts),
    period=st.none() | month_periods,
    responsible=st.one_of(st.just(""), measure_texts),
    outcome=st.one_of(st.just(""), measure_texts),
    completion=st.none() | percents,
)
"""Any valid measure."""


@st.composite
def measure_reports(draw: st.DrawFn) -> MeasureReport:
    """Any valid plan or report of measures."""
    numbers = sorted(draw(st.sets(st.integers(1, 20), min_size=1, max_size=4)))
    groups = tuple(
        MeasureGroup(
            number=number,
            title=draw(measure_texts),
            measures=tuple(draw(st.lists(measures, min_size=1, max_size=3))),
        )
        for number in numbers
    )
    fiscal_year = draw(fiscal_years)
    return MeasureReport(
        kind=draw(st.sampled_from(ReportKind)),
        title=draw(measure_texts),
        agency=draw(measure_texts),
        fiscal_year=fiscal_year,
        answers_fiscal_year=fiscal_year - draw(st.integers(0, 1)),
        groups=groups,
        district=draw(st.none() | measure_texts),
        province=draw(st.none() | measure_texts),
        foreword=tuple(draw(st.lists(measure_texts, max_size=3))),
        introduction=tuple(draw(st.lists(measure_texts, max_size=2))),
        closing=tuple(draw(st.lists(measure_texts, max_size=2))),
        skipped=tuple(
            draw(
                st.lists(
                    st.builds(
                        SkippedLine, line=st.integers(1, 10_000), text=any_texts, reason=any_texts
                    ),
                    max_size=2,
                )
            )
        ),
    )
