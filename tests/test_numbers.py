"""Thai numbers: formatting with ROUND_HALF_UP, percents, parsing."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itakit import (
    InputTypeError,
    ParseError,
    ValidationError,
    format_number,
    format_percent,
    parse_number,
    to_arabic_digits,
)
from strategies import digit_sets, numbers, places


def quantized(value: Decimal, decimals: int) -> Decimal:
    """The oracle: Decimal's own ROUND_HALF_UP, in a context wide enough for any test value."""
    return Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (Decimal("85.345"), {}, "๘๕.๓๕"),
        (1234.5, {"digits": "arabic"}, "1,234.50"),
        (94.995, {"digits": "arabic"}, "95.00"),  # the float means 94.995, not 94.99499…
        (0.125, {"digits": "arabic"}, "0.13"),  # half-even would give 0.12
        (Decimal("2.5"), {"decimals": 0, "digits": "arabic"}, "3"),
        (Decimal("-2.5"), {"decimals": 0, "digits": "arabic"}, "-3"),
        (Decimal("-0.004"), {"digits": "arabic"}, "0.00"),
        (1234567, {"decimals": 0}, "๑,๒๓๔,๕๖๗"),
        (1234567, {"decimals": 0, "grouping": False}, "๑๒๓๔๕๖๗"),
        (Fraction(200, 3), {"digits": "arabic"}, "66.67"),
        (Fraction(1, 8), {"digits": "arabic"}, "0.13"),
        (Decimal("1E+3"), {"decimals": 1, "digits": "arabic"}, "1,000.0"),
        (7, {"decimals": 10, "digits": "arabic"}, "7.0000000000"),
    ],
)
def test_format_number(value: object, kwargs: dict[str, object], expected: str) -> None:
    assert format_number(value, **kwargs) == expected  # type: ignore[arg-type]


def test_format_percent_puts_a_space_before_the_sign() -> None:
    assert format_percent(100) == "๑๐๐ %"
    assert format_percent(100, decimals=0) == "๑๐๐ %"
    assert format_percent(Decimal("91.155"), decimals=2, digits="arabic") == "91.16 %"
    assert format_percent(1500, digits="arabic", grouping=False) == "1500 %"


@given(numbers, places, digit_sets, st.booleans())
def test_format_rounds_half_up_and_parses_back(
    value: Decimal, decimals: int, digits: str, grouping: bool
) -> None:
    text = format_number(value, decimals=decimals, digits=digits, grouping=grouping)  # type: ignore[arg-type]
    assert parse_number(text) == quantized(value, decimals)
    assert parse_number(text).as_tuple().exponent == -decimals
    fraction = to_arabic_digits(text).partition(".")[2]
    assert len(fraction) == decimals


@given(numbers, places, digit_sets)
def test_percent_parses_back(value: Decimal, decimals: int, digits: str) -> None:
    text = format_percent(value, decimals=decimals, digits=digits)  # type: ignore[arg-type]
    assert text.endswith(" %")
    assert parse_number(text) == quantized(value, decimals)
    assert parse_number(text.replace(" %", "%")) == quantized(value, decimals)


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=0, max_value=6))
def test_every_half_rounds_up_in_magnitude(whole: int, decimals: int) -> None:
    # whole units of 10**-decimals, then a 5 in the next place: always a tie
    value = Decimal(f"{whole}5E-{decimals + 1}")
    text = to_arabic_digits(format_number(value, decimals=decimals))
    rounded = Decimal(text.replace(",", ""))
    assert abs(rounded) == abs(value) + Decimal(5).scaleb(-decimals - 1)
    assert (rounded < 0) == (value < 0)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9), places)
def test_a_float_rounds_as_the_decimal_it_prints_as(value: float, decimals: int) -> None:
    text = format_number(value, decimals=decimals, digits="arabic", grouping=False)
    assert Decimal(text) == quantized(Decimal(repr(value)), decimals)


@given(
    st.fractions(min_value=-1000, max_value=1000, max_denominator=10**6),
    st.integers(min_value=0, max_value=4),
)
def test_a_fraction_rounds_exactly(value: Fraction, decimals: int) -> None:
    text = format_number(value, decimals=decimals, digits="arabic", grouping=False)
    error = abs(Fraction(Decimal(text)) - value)
    assert error <= Fraction(1, 2 * 10**decimals)
    if error == Fraction(1, 2 * 10**decimals):  # a tie: away from zero
        assert abs(Fraction(Decimal(text))) > abs(value)


@pytest.mark.parametrize(
    "bad", [float("nan"), float("inf"), float("-inf"), Decimal("NaN"), Decimal("-Infinity")]
)
@pytest.mark.parametrize("function", [format_number, format_percent])
def test_nan_and_infinities_are_refused(function: object, bad: object) -> None:
    with pytest.raises(ValidationError, match="finite number") as info:
        function(bad)  # type: ignore[operator]
    assert info.value.value is bad


@pytest.mark.parametrize("bad", [True, None, "85.3", [1]])
def test_non_numbers_are_type_errors(bad: object) -> None:
    with pytest.raises(InputTypeError, match="needs a number") as info:
        format_number(bad)  # type: ignore[arg-type]
    assert info.value.value is bad


def test_text_to_format_points_to_parse_number() -> None:
    with pytest.raises(InputTypeError, match=r"parse_number\(\) first"):
        format_number("85.3")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1, 11, 100])
def test_decimals_out_of_range_are_refused(bad: int) -> None:
    with pytest.raises(ValidationError, match="'decimals' must be between 0 and 10") as info:
        format_number(1, decimals=bad)
    assert info.value.value == bad


@pytest.mark.parametrize("bad", [2.0, True, "2", None])
def test_decimals_must_be_an_int(bad: object) -> None:
    with pytest.raises(InputTypeError, match="'decimals' must be an int"):
        format_number(1, decimals=bad)  # type: ignore[arg-type]


def test_digits_and_grouping_are_checked() -> None:
    with pytest.raises(ValidationError, match="digits must be"):
        format_number(1, digits="roman")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="'grouping' must be True or False"):
        format_number(1, grouping="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๘๕.๓๕", Decimal("85.35")),
        ("85.35", Decimal("85.35")),
        ("๑,๒๓๔.๕๐", Decimal("1234.50")),
        ("1234.50", Decimal("1234.50")),
        ("๑๐๐ %", Decimal("100")),
        ("๑๐๐%", Decimal("100")),
        ("  ๙๑.๑๕\u00a0%  ", Decimal("91.15")),
        ("-3.5", Decimal("-3.5")),
        ("−3.5", Decimal("-3.5")),  # U+2212 MINUS SIGN
        ("1,000,000", Decimal("1000000")),
        ("0", Decimal("0")),
        ("007", Decimal("7")),
    ],
)
def test_parse_number_reads_what_reports_write(text: str, expected: Decimal) -> None:
    parsed = parse_number(text)
    assert parsed == expected
    assert parsed.as_tuple() == expected.as_tuple()  # decimals written are kept


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "%",
        "abc",
        "๑๒,๓๔",
        "1,2345",
        ",123",
        "1.",
        ".5",
        "1.2.3",
        "+5",
        "- 5",
        "5-",
        "100 %%",
        "% 100",
        "1e3",
        "٣",  # an Arabic-Indic digit
        "NaN",
        "Infinity",
        "๘๕ .๓๕",
    ],
)
def test_parse_number_refuses_anything_else(text: str) -> None:
    with pytest.raises(ParseError, match="expected Thai or Arabic digits") as info:
        parse_number(text)
    assert info.value.value == text


def test_parse_number_of_none_is_a_type_error() -> None:
    with pytest.raises(InputTypeError, match="needs text"):
        parse_number(None)  # type: ignore[arg-type]
