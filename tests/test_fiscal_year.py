"""FiscalYear: B.E. fiscal years, 1 October to 30 September."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itakit import FiscalYear, InputTypeError, ItakitError, ParseError, ValidationError
from strategies import dates, fiscal_years


def test_fy_2567_runs_from_october_2023_to_september_2024() -> None:
    fy = FiscalYear(2567)
    assert fy.start == dt.date(2023, 10, 1)
    assert fy.end == dt.date(2024, 9, 30)
    assert fy.ce == 2024


def test_ce_year_is_refused_with_the_be_year_suggested() -> None:
    with pytest.raises(ValidationError, match=r"looks like a C\.E\. year.*did you mean 2567"):
        FiscalYear(2024)


@pytest.mark.parametrize("bad", [1, 99999, -2567])
def test_years_far_out_of_range_are_refused(bad: int) -> None:
    with pytest.raises(ValidationError, match=r"B\.E\. year between"):
        FiscalYear(bad)


@pytest.mark.parametrize("bad", ["2567", 2567.0, True, None])
def test_non_int_year_is_a_type_error(bad: object) -> None:
    with pytest.raises(InputTypeError):
        FiscalYear(bad)  # type: ignore[arg-type]


@given(dates)
def test_from_date_contains_the_date(date: dt.date) -> None:
    fy = FiscalYear.from_date(date)
    assert date in fy
    assert date not in fy + 1
    assert date not in fy - 1


@given(fiscal_years)
def test_30_september_and_1_october_are_in_consecutive_years(fy: FiscalYear) -> None:
    assert FiscalYear.from_date(fy.end) == fy
    assert FiscalYear.from_date(fy.end + dt.timedelta(days=1)) == fy + 1
    assert FiscalYear.from_date(fy.start - dt.timedelta(days=1)) == fy - 1


@given(fiscal_years, st.integers(min_value=-300, max_value=300))
def test_arithmetic_matches_the_year_numbers(fy: FiscalYear, n: int) -> None:
    if 2400 <= fy.year + n <= 2799:
        assert (fy + n).year == fy.year + n
        assert (fy + n) - fy == n
        assert (fy + n > fy) == (n > 0)


@pytest.mark.parametrize(
    "text",
    [
        2567,
        "2567",
        "๒๕๖๗",
        "พ.ศ. ๒๕๖๗",
        "พ.ศ.๒๕๖๗",
        "ปีงบประมาณ พ.ศ. ๒๕๖๗",
        "ปีงบประมาณ ๒๕๖๗",
        "ปีงบประมาณ\u00a0พ.ศ.\u200b ๒๕๖๗",
        "๖๗",
        "67",
        "FY 2567",
        "fy2567",
        "FY 2567 (Oct 2023 – Sep 2024)",
    ],
)
def test_parse_reads_what_thai_documents_write(text: str | int) -> None:
    assert FiscalYear.parse(text) == FiscalYear(2567)


@pytest.mark.parametrize("text", ["ปีงบ ๒๕x๗", "", "2567/68", "ปี ๒๕๖๗ และ ๒๕๖๘", "๖"])
def test_parse_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(ParseError, match="cannot read a fiscal year") as info:
        FiscalYear.parse(text)
    assert info.value.value == text


def test_parse_of_a_ce_year_text_hints_at_be() -> None:
    with pytest.raises(ValidationError, match="did you mean 2567"):
        FiscalYear.parse("2024")


def test_parse_of_none_is_a_type_error() -> None:
    with pytest.raises(InputTypeError):
        FiscalYear.parse(None)  # type: ignore[arg-type]


@given(
    fiscal_years,
    st.sampled_from(["th", "en"]),
    st.sampled_from(["thai", "arabic"]),
)
def test_parse_reads_back_every_format(fy: FiscalYear, lang: str, digits: str) -> None:
    assert FiscalYear.parse(fy.format(lang=lang, digits=digits)) == fy  # type: ignore[arg-type]


def test_format_in_both_languages() -> None:
    fy = FiscalYear(2567)
    assert fy.format() == "ปีงบประมาณ พ.ศ. ๒๕๖๗"
    assert fy.format(digits="arabic") == "ปีงบประมาณ พ.ศ. 2567"
    assert fy.format(lang="en") == "FY 2567 (Oct 2023 – Sep 2024)"
    assert fy.format(lang="en", digits="thai") == "FY ๒๕๖๗ (Oct ๒๐๒๓ – Sep ๒๐๒๔)"
    assert fy.format(lang="en", digits="arabic") == "FY 2567 (Oct 2023 – Sep 2024)"


def test_format_refuses_unknown_language_and_digits() -> None:
    with pytest.raises(ItakitError, match="lang must be"):
        FiscalYear(2567).format(lang="fr")  # type: ignore[arg-type]
    with pytest.raises(ItakitError, match="digits must be"):
        FiscalYear(2567).format(digits="roman")  # type: ignore[arg-type]


def test_from_ce_and_int() -> None:
    assert FiscalYear.from_ce(2024) == FiscalYear(2567)
    assert int(FiscalYear(2567)) == 2567
    assert str(FiscalYear(2567)) == "2567"
    assert sorted([FiscalYear(2568), FiscalYear(2563)]) == [FiscalYear(2563), FiscalYear(2568)]


def test_datetimes_count_as_their_dates() -> None:
    moment = dt.datetime(2024, 9, 30, 23, 59)
    assert moment in FiscalYear(2567)
    assert FiscalYear.from_date(moment) == FiscalYear(2567)


def test_digits_of_other_scripts_are_not_years() -> None:
    with pytest.raises(ParseError):
        FiscalYear.parse("٢٥٦٧")  # Arabic-Indic digits
