"""Question codes as reports write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itakit import ParseError, format_code, parse_codes, to_thai_digits
from strategies import question_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(i๑๐/i๑๑/i๑๒)", ("i10", "i11", "i12")),
        ("e๔ , e๕, e๖", ("e4", "e5", "e6")),
        ("i๗ , i๘ , i๙", ("i7", "i8", "i9")),
        ("e๑", ("e1",)),
        ("i7-i9", ("i7", "i8", "i9")),
        ("i๗–i๙", ("i7", "i8", "i9")),
        ("i7-9", ("i7", "i8", "i9")),
        ("E8", ("e8",)),
        ("o๓๓", ("o33",)),
        ("i1, i7-i9 และ e2", ("i1", "i7", "i8", "i9", "e2")),
        ("i1/i1", ("i1",)),
    ],
)
def test_parse_codes_reads_codes_in_the_wild(text: str, expected: tuple[str, ...]) -> None:
    assert parse_codes(text) == expected


@pytest.mark.parametrize("text", ["", "()", "i10/x11", "i9-i7", "i1-e3", "ข้อ i1", "i0"])
def test_parse_codes_refuses_anything_but_codes(text: str) -> None:
    with pytest.raises(ParseError):
        parse_codes(text)


@given(
    st.lists(question_codes, min_size=1, max_size=8, unique=True), st.sampled_from(["/", ", ", " "])
)
def test_joined_codes_parse_back_in_order(codes: list[str], separator: str) -> None:
    assert parse_codes(to_thai_digits(separator.join(codes))) == tuple(codes)


@given(question_codes, st.sampled_from(["thai", "arabic"]))
def test_format_code_round_trips(code: str, digits: str) -> None:
    assert parse_codes(format_code(code, digits=digits)) == (code,)  # type: ignore[arg-type]
