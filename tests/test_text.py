"""Thai text normalisation and digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itakit import InputTypeError, normalize, to_arabic_digits, to_thai_digits

thai_or_ascii = st.text(
    alphabet=st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F)
    | st.characters(max_codepoint=0x7E)
)


@given(thai_or_ascii)
def test_digit_round_trips(text: str) -> None:
    assert to_thai_digits(to_arabic_digits(to_thai_digits(text))) == to_thai_digits(text)
    assert to_arabic_digits(to_thai_digits(text)) == to_arabic_digits(text)


def test_digits_map_one_to_one() -> None:
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


@pytest.mark.parametrize("function", [to_thai_digits, to_arabic_digits, normalize])
def test_none_is_a_type_error_naming_the_input(function: object) -> None:
    with pytest.raises(InputTypeError, match="needs text"):
        function(None)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ดํา", "ดำ"),  # nikhahit + sara aa
        ("น\u0e49\u0e4d\u0e32", "น้ำ"),  # tone mark before nikhahit
        ("น\u0e4d\u0e49\u0e32", "น้ำ"),  # tone mark between nikhahit and sara aa
        ("ดำเนิน\u200bการ", "ดำเนินการ"),
        ("  ต.ค.\u00a0\u00a0๖๖  ", "ต.ค. ๖๖"),
        ("a \n b", "a\nb"),
    ],
)
def test_normalize_folds_spellings(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@given(thai_or_ascii)
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)
