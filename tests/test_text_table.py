"""Plain-text tables: columns line up by what a terminal shows."""

from __future__ import annotations

import itakit
from itakit._text_table import pad, table, width


def test_thai_marks_above_and_below_take_no_column() -> None:
    assert width("ผู้ตอบ") == 4
    assert width("น้ำหนัก") == 5
    assert width("a\u200bb") == 2  # a zero-width space takes none


def test_wide_characters_take_two_columns() -> None:
    assert width("東京") == 4
    assert pad("東", 4) == "東  "


def test_columns_line_up_with_right_alignment_and_plain_lines() -> None:
    rows = [["ตัวชี้วัด", "คะแนน"], "ข้อคำถาม", ["ผู้ตอบ", "9.5"], ["1", "100.00"]]
    assert table(rows, right=(False, True), indent="  ") == [
        "  ตัวชี้วัด   คะแนน",
        "ข้อคำถาม",
        "  ผู้ตอบ      9.5",
        "  1      100.00",
    ]


def test_rows_of_different_lengths_and_no_trailing_spaces() -> None:
    assert table([["a", "", ""], ["bb"]]) == ["a", "bb"]
    assert table([]) == []


def test_a_score_table_lines_up_a_wide_agency_name() -> None:
    scores = {str(n): [80, 90] for n in range(1, 11)}
    table_ = itakit.score_indicator_table(
        itakit.framework(2564), {"agency": ["東京", "ก"], **scores}
    )
    lines = table_.format(lang="en").splitlines()
    assert [width(line) for line in lines[1:]] == [width(lines[1])] * 2
