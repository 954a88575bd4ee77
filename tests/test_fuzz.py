"""Fuzz: Thai numbers, digits, question codes, fiscal years and periods fail cleanly and quickly.

Each test feeds an entry point hostile input (see the hostile-input strategies in ``strategies``) and
holds it to the contract of ``fuzzing.call``: a result, or an ItakitError
(``InputTypeError`` for an argument of the wrong Python type), never another
exception, and never more than a second of CPU time.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import itakit
from fuzzing import call, fuzz_settings
from itakit import FiscalYear, MonthPeriod
from itakit.errors import ItakitError
from itakit.rules import Tool
from strategies import (
    code_texts,
    digit_texts,
    hostile_numbers,
    hostile_texts,
    hostile_values,
    period_texts,
    wrong_types,
    year_texts,
)

_decimals = st.one_of(st.integers(0, 10), st.integers(), hostile_values)
_digits = st.one_of(st.sampled_from(["thai", "arabic"]), hostile_values)


@fuzz_settings(90)
@given(st.one_of(digit_texts, hostile_texts, hostile_values))
def test_parse_number_reads_a_decimal_or_refuses(text: object) -> None:
    result = call(itakit.parse_number, text)
    assert isinstance(result, Decimal | ItakitError)


@fuzz_settings(90)
@given(hostile_values, _decimals, _digits, st.one_of(st.booleans(), hostile_values))
def test_format_number_writes_text_or_refuses(
    value: object, decimals: object, digits: object, grouping: object
) -> None:
    for function in (itakit.format_number, itakit.format_percent):
        result = call(function, value, decimals=decimals, digits=digits, grouping=grouping)
        assert isinstance(result, str | ItakitError)


@fuzz_settings(30)
@given(st.one_of(hostile_texts, hostile_values))
def test_digits_and_normalize_take_any_text(text: object) -> None:
    for function in (itakit.to_thai_digits, itakit.to_arabic_digits, itakit.normalize):
        result = call(function, text)
        assert isinstance(result, str | ItakitError)
        if isinstance(text, str):
            assert isinstance(result, str)


@fuzz_settings(90)
@given(st.one_of(code_texts, hostile_values), _digits)
def test_codes_are_read_or_refused(text: object, digits: object) -> None:
    codes = call(itakit.parse_codes, text)
    assert isinstance(codes, tuple | ItakitError)
    for function in (itakit.canonical_code, itakit.format_code):
        assert isinstance(call(function, text), str | ItakitError)
    assert isinstance(call(itakit.format_code, text, digits=digits), str | ItakitError)


@fuzz_settings(90)
@given(st.one_of(year_texts, hostile_numbers, hostile_values))
def test_fiscal_years_are_read_or_refused(value: object) -> None:
    for function in (FiscalYear, FiscalYear.parse, FiscalYear.from_ce, FiscalYear.from_date):
        assert isinstance(call(function, value), FiscalYear | ItakitError)
    assert isinstance(call(itakit.framework, value), itakit.Framework | ItakitError)
    assert isinstance(call(MonthPeriod.of_fiscal_year, value), MonthPeriod | ItakitError)


@fuzz_settings(30)
@given(st.one_of(hostile_numbers, wrong_types))
def test_fiscal_year_arithmetic_is_checked(right: object) -> None:
    fy = FiscalYear(2567)
    for operation in (
        lambda: fy + right,
        lambda: fy - right,
        lambda: right in fy,
        lambda: fy < right,
    ):
        # Python's own TypeError for an operand of another type (the operator protocol)
        call(operation, name="FiscalYear arithmetic", allowed=(TypeError,))


@fuzz_settings(90)
@given(st.one_of(period_texts, hostile_values))
def test_periods_are_read_or_refused(text: object) -> None:
    assert isinstance(call(MonthPeriod.parse, text), MonthPeriod | ItakitError)


@fuzz_settings(60)
@given(st.lists(st.one_of(hostile_numbers, st.none(), wrong_types), min_size=2, max_size=4))
def test_periods_from_months_are_checked(numbers: list[object]) -> None:
    assert isinstance(call(MonthPeriod.from_months, *numbers), MonthPeriod | ItakitError)


@fuzz_settings(30)
@given(st.one_of(hostile_texts, hostile_values))
def test_tools_are_read_or_refused(text: object) -> None:
    assert isinstance(call(Tool.parse, text), Tool | ItakitError)
    assert isinstance(call(Tool.from_code, text), Tool | ItakitError)
