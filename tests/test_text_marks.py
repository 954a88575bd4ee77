"""Thai as people type it: tone marks and vowels in one order, doubled marks dropped."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import itakit
from itakit import normalize

TONES = "\u0e48\u0e49\u0e4a\u0e4b"
ABOVE = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47"
BELOW = "\u0e38\u0e39\u0e3a"
SIGNS = "\u0e4c\u0e4d\u0e4e"
MARKS = TONES + ABOVE + BELOW + SIGNS
CONSONANTS = "".join(chr(c) for c in range(0x0E01, 0x0E2F))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ท\u0e48\u0e35", "ที่"),  # tone mark typed before the upper vowel
        ("มากท\u0e48\u0e35สุด", "มากที่สุด"),
        ("ที\u0e48\u0e48", "ที่"),  # tone mark typed twice
        ("ท\u0e35\u0e35\u0e48", "ที่"),  # vowel typed twice
        ("ก\u0e49\u0e38", "กุ้"),  # tone mark before the lower vowel
        ("น\u0e33\u0e49", "น้ำ"),  # tone mark typed after sara am
        ("ศักด\u0e4c\u0e34", "ศักดิ์"),  # thanthakhat before the vowel
        ("ผ\u0e39\u0e49", "ผู้"),
    ],
)
def test_marks_in_canonical_order(typed: str, expected: str) -> None:
    assert normalize(typed) == expected


def test_labels_typed_with_marks_out_of_order_are_read() -> None:
    fw = itakit.framework(2567)
    answers = {
        "agency": ["ก", "ก"],
        **{f"i{k}": ["มากที่สุด", None] for k in range(1, 16)},
        **{f"e{k}": [None, "มาก"] for k in range(1, 16)},
    }
    expected = fw.score_responses(answers, oit={"ก": {9: 90, 10: 80}}).card("ก").total
    answers["i1"] = ["มากท\u0e48\u0e35สุด", None]
    answers["i2"] = ["มากที\u0e48\u0e48สุด", None]
    assert fw.score_responses(answers, oit={"ก": {9: 90, 10: 80}}).card("ก").total == expected


thai_text = st.text(st.sampled_from(CONSONANTS[:10] + MARKS + "าำเ ab1๑"), max_size=20)


@given(thai_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(thai_text)
def test_normalized_text_is_nfc(text: str) -> None:
    once = normalize(text)
    assert unicodedata.normalize("NFC", once) == once


@given(
    st.sampled_from(CONSONANTS),
    st.lists(st.sampled_from(MARKS), min_size=1, max_size=4),
    st.randoms(use_true_random=False),
)
def test_order_of_marks_on_one_consonant_does_not_matter(
    consonant: str, marks: list[str], random: object
) -> None:
    shuffled = list(marks)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert normalize(consonant + "".join(marks)) == normalize(consonant + "".join(shuffled))


@given(st.sampled_from(CONSONANTS), st.lists(st.sampled_from(MARKS), min_size=1, max_size=4))
def test_doubled_marks_are_dropped(consonant: str, marks: list[str]) -> None:
    doubled = consonant + "".join(mark * 2 for mark in marks)
    result = normalize(doubled)
    assert normalize(consonant + "".join(marks)) == result
    assert all(result.count(mark) <= 1 for mark in MARKS)


@given(st.text(st.characters(exclude_characters=MARKS + "\u0e33", exclude_categories=("Cs",))))
def test_text_without_thai_marks_is_not_reordered(text: str) -> None:
    plain = unicodedata.normalize("NFC", text)
    assert itakit.text.reorder_marks(plain) == plain


@pytest.mark.parametrize("typed", ["ำำ่", "ำ่ำ่", "นำำ้", "ก\u0e4d\u0e32\u0e48\u0e33\u0e49"])
def test_normalize_is_idempotent_when_tone_marks_follow_repeated_sara_am(typed: str) -> None:
    once = normalize(typed)
    assert normalize(once) == once
