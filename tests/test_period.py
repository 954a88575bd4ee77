"""MonthPeriod: spans of whole months as Thai reports write them (ต.ค. ๖๖ – ก.ย. ๖๗)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itakit import FiscalYear, InputTypeError, MonthPeriod, ParseError, ValidationError
from strategies import dates, digit_sets, fiscal_years, month_periods

FY2567 = MonthPeriod(dt.date(2023, 10, 1), dt.date(2024, 9, 1))


def test_the_report_period_is_fiscal_year_2567() -> None:
    period = MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗")
    assert period == FY2567
    assert period.start == dt.date(2023, 10, 1)
    assert period.end == dt.date(2024, 9, 30)
    assert period.fiscal_years == (FiscalYear(2567),)
    assert period.months == 12
    assert period == MonthPeriod.of_fiscal_year(FiscalYear(2567))
    assert period == MonthPeriod.from_months(2566, 10, 2567, 9)


@pytest.mark.parametrize(
    "text",
    [
        "ต.ค. ๖๖ – ก.ย. ๖๗",
        "ต.ค. 66 - ก.ย. 67",
        "ต.ค.๖๖–ก.ย.๖๗",
        "ต.ค. ๖๖-ก.ย. ๖๗",
        "ต.ค. ๖๖ — ก.ย. ๖๗",
        "ต.ค. ๖๖ ถึง ก.ย. ๖๗",
        "ต.ค ๖๖ – ก.ย ๖๗",
        "ต. ค. ๖๖ – ก. ย. ๖๗",
        "  ต.ค.\u00a0\u00a0๖๖\u200b –\tก.ย. ๖๗ ",
        "ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗",
        "ตุลาคม 2566 - กันยายน 2567",
        "เดือนตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗",  # as the report's foreword writes it
        "ตุลาคม พ.ศ. ๒๕๖๖ ถึง กันยายน พ.ศ. ๒๕๖๗",
        "ต.ค. ๒๕๖๖ – ก.ย. ๖๗",
        "ต.ค. – ก.ย. ๖๗",  # the first month takes the year that puts it before the second
        "Oct 2023 – Sep 2024",
        "october 2023 - SEPTEMBER 2024",
        "Oct. 2023 – Sep. 2024",
    ],
)
def test_parse_reads_what_reports_write(text: str) -> None:
    assert MonthPeriod.parse(text) == FY2567


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("ต.ค. ๖๖", (2023, 10), (2023, 10)),
        ("ม.ค.67", (2024, 1), (2024, 1)),
        ("ต.ค. – ธ.ค. ๖๖", (2023, 10), (2023, 12)),
        ("ม.ค. – มี.ค. ๖๗", (2024, 1), (2024, 3)),
        ("ต.ค. – ต.ค. ๖๖", (2023, 10), (2023, 10)),
        ("พ.ย. – ต.ค. ๖๖", (2022, 11), (2023, 10)),
        ("ก.ย. ๖๗ – ก.ย. ๖๗", (2024, 9), (2024, 9)),
        ("ต.ค. ๖๖ – Mar 2024", (2023, 10), (2024, 3)),
    ],
)
def test_parse_single_months_and_a_first_month_without_year(
    text: str, first: tuple[int, int], last: tuple[int, int]
) -> None:
    period = MonthPeriod.parse(text)
    assert (period.first.year, period.first.month) == first
    assert (period.last.year, period.last.month) == last


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ก.ย. ๖๗ – ต.ค. ๖๖", r"it ends \('ต\.ค\. ๖๖'\) before it starts \('ก\.ย\. ๖๗'\)"),
        ("ตค 66", r"keep their dots: write 'ต\.ค\.', not 'ตค'"),
        ("ตค๖๖", r"keep their dots: write 'ต\.ค\.', not 'ตค'"),
        ("ต.ค. ๖๖ – กย ๖๗", r"keep their dots: write 'ก\.ย\.', not 'กย'"),
        ("", "the text is empty"),
        ("   ", "the text is empty"),
        ("ต.ค.", "a month needs its year"),
        ("ต.ค. ๖๖ – ก.ย.", "a month needs its year"),
        ("ต.ค. ๖", "expected a month and year"),
        ("ต.ค. ๖๖ ก.ย. ๖๗", "expected a month and year"),
        ("ต.ค. ๖๖ –", "expected a month and year"),
        ("ต.ค. ๖๖ – ก.ย. ๖๗ – ธ.ค. ๖๗", "expected a month and year"),
        ("ตุลา ๖๖", "expected a month and year"),
        ("Sept 2024", "expected a month and year"),
        ("๖๖", "expected a month and year"),
        ("ปีงบประมาณ พ.ศ. ๒๕๖๗", "expected a month and year"),
        ("ตุลาคม 2023", r"Thai month names take B\.E\. years.*did you mean 2566"),
        ("Oct 2566", r"English month names take C\.E\. years.*did you mean 2023"),
        ("Oct 23", r"four-digit C\.E\. year"),
        ("ตุลาคม 0000", r"B\.E\. 0 is out of range"),
        ("ก.ย. 2399", "must lie in fiscal years 2400–2799"),
        ("ต.ค. 2799", "must lie in fiscal years 2400–2799"),
    ],
)
def test_parse_refuses_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=message) as info:
        MonthPeriod.parse(text)
    assert info.value.value == text
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("bad", [None, 2567, FiscalYear(2567), dt.date(2023, 10, 1)])
def test_parse_of_a_non_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(InputTypeError, match="needs text") as info:
        MonthPeriod.parse(bad)  # type: ignore[arg-type]
    assert info.value.value is bad


def test_parse_passes_a_period_through() -> None:
    assert MonthPeriod.parse(FY2567) is FY2567


@given(
    month_periods,
    digit_sets,
    st.sampled_from(["abbreviated", "full"]),
    st.sampled_from(["th", "en"]),
)
def test_parse_reads_back_every_format(
    period: MonthPeriod, digits: str, style: str, lang: str
) -> None:
    text = period.format(digits=digits, style=style, lang=lang)  # type: ignore[arg-type]
    assert MonthPeriod.parse(text) == period
    assert ("–" in text) == (period.months > 1)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, "ต.ค. ๖๖ – ก.ย. ๖๗"),
        ({"digits": "arabic"}, "ต.ค. 66 – ก.ย. 67"),
        ({"style": "full"}, "ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗"),
        ({"style": "full", "digits": "arabic"}, "ตุลาคม 2566 – กันยายน 2567"),
        ({"lang": "en", "digits": "arabic"}, "Oct 2023 – Sep 2024"),
        ({"lang": "en", "style": "full", "digits": "arabic"}, "October 2023 – September 2024"),
        ({"lang": "en"}, "Oct 2023 – Sep 2024"),
        ({"lang": "en", "digits": "thai"}, "Oct ๒๐๒๓ – Sep ๒๐๒๔"),
    ],
)
def test_format(kwargs: dict[str, str], expected: str) -> None:
    assert FY2567.format(**kwargs) == expected  # type: ignore[arg-type]


def test_format_of_a_single_month_has_no_dash() -> None:
    october = MonthPeriod.from_months(2566, 10)
    assert october.format() == "ต.ค. ๖๖"
    assert october.format(style="full", lang="en", digits="arabic") == "October 2023"


def test_abbreviated_years_outside_25xx_keep_four_digits() -> None:
    assert MonthPeriod.from_months(2499, 12, 2500, 1).format() == "ธ.ค. ๒๔๙๙ – ม.ค. ๐๐"
    assert MonthPeriod.from_months(2600, 1).format(digits="arabic") == "ม.ค. 2600"


def test_format_refuses_unknown_options() -> None:
    with pytest.raises(ValidationError, match="style must be"):
        FY2567.format(style="long")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="lang must be"):
        FY2567.format(lang="fr")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="digits must be"):
        FY2567.format(digits="roman")  # type: ignore[arg-type]


@given(month_periods)
def test_fiscal_years_are_exactly_those_the_period_touches(period: MonthPeriod) -> None:
    years = period.fiscal_years
    assert years
    for fy in years:  # each overlaps the period
        assert fy.start <= period.end
        assert period.start <= fy.end
    assert years[0].start <= period.start  # together they cover it
    assert period.end <= years[-1].end
    assert [b - a for a, b in itertools.pairwise(years)] == [1] * (len(years) - 1)
    assert years[0] == FiscalYear.from_date(period.start)
    assert years[-1] == FiscalYear.from_date(period.end)


@given(month_periods)
def test_start_end_and_months_agree(period: MonthPeriod) -> None:
    assert period.start == period.first
    assert period.start.day == 1
    assert (period.end + dt.timedelta(days=1)).day == 1
    assert (period.end.year, period.end.month) == (period.last.year, period.last.month)
    days = (period.end - period.start).days + 1
    assert 28 * period.months <= days <= 31 * period.months


@given(month_periods, dates)
def test_contains_matches_start_and_end(period: MonthPeriod, date: dt.date) -> None:
    assert (date in period) == (period.start <= date <= period.end)
    assert period.start in period
    assert period.end in period
    assert dt.datetime.combine(period.end, dt.time(23, 59)) in period


def test_contains_the_edges_only() -> None:
    assert dt.date(2023, 9, 30) not in FY2567
    assert dt.date(2023, 10, 1) in FY2567
    assert dt.date(2024, 9, 30) in FY2567
    assert dt.date(2024, 10, 1) not in FY2567
    assert "2024-01-01" not in FY2567


@given(fiscal_years)
def test_of_fiscal_year_spans_that_year(fy: FiscalYear) -> None:
    period = MonthPeriod.of_fiscal_year(fy)
    assert (period.start, period.end) == (fy.start, fy.end)
    assert period.fiscal_years == (fy,)
    assert period.months == 12
    assert MonthPeriod.of_fiscal_year(fy.year) == period


def test_from_months() -> None:
    assert MonthPeriod.from_months(2567, 2).end == dt.date(2024, 2, 29)
    assert MonthPeriod.from_months(2566, 2).end == dt.date(2023, 2, 28)
    assert MonthPeriod.from_months(2566, 10, 2566, 12).months == 3


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        ((2023, 10), ValidationError, r"looks like a C\.E\. year.*did you mean 2566"),
        ((2566, 13), ValidationError, "from 1 to 12"),
        ((2566, 0), ValidationError, "from 1 to 12"),
        ((66, 10), ValidationError, r"B\.E\. year between 2399 and 2799"),
        ((2566, 10, 2567), ValidationError, "both end_year and end_month"),
        ((2567, 9, 2566, 10), ValidationError, "cannot end before it starts"),
        ((2566.0, 10), InputTypeError, "int B.E. year"),
        ((True, 10), InputTypeError, "int B.E. year"),
        ((2566, "10"), InputTypeError, "int from 1 to 12"),
    ],
)
def test_from_months_refuses(
    args: tuple[object, ...], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        MonthPeriod.from_months(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "last", "error", "message"),
    [
        (dt.date(2023, 10, 5), dt.date(2024, 9, 1), ValidationError, "did you mean 2023-10-01"),
        (dt.date(2023, 10, 1), dt.date(2024, 9, 30), ValidationError, "'last' must be the 1st"),
        (dt.datetime(2023, 10, 1), dt.date(2024, 9, 1), InputTypeError, "datetime.date"),
        ("2023-10-01", dt.date(2024, 9, 1), InputTypeError, "datetime.date"),
        (dt.date(1856, 9, 1), dt.date(1857, 9, 1), ValidationError, "fiscal years 2400–2799"),
        (dt.date(2024, 9, 1), dt.date(2023, 10, 1), ValidationError, "end before it starts"),
    ],
)
def test_constructor_checks_its_months(
    first: object, last: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        MonthPeriod(first, last)  # type: ignore[arg-type]


def test_periods_order_by_start_then_end_and_hash() -> None:
    q1 = MonthPeriod.parse("ต.ค. – ธ.ค. ๖๖")
    october = MonthPeriod.parse("ต.ค. ๖๖")
    assert sorted([FY2567, q1, october]) == [october, q1, FY2567]
    assert len({FY2567, MonthPeriod.parse("ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗")}) == 1
