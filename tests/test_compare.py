"""Comparing two score cards: across years, editions and agencies."""

from __future__ import annotations

from decimal import Decimal

import pytest

import itakit
from itakit import Framework, Indicator, InputTypeError, LevelScheme, ValidationError

TRAT_2563 = {
    1: "92.57", 2: "86.13", 3: "90.08", 4: "85.98", 5: "88.04",
    6: "83.67", 7: "82.11", 8: "79.29", 9: "69.94", 10: "52.78",
}  # fmt: skip
TRAT_2564 = {
    1: "93.55", 2: "87.72", 3: "91.01", 4: "87.93", 5: "89.52",
    6: "90.55", 7: "88.68", 8: "88.58", 9: "72.89", 10: "65.56",
}  # fmt: skip


def test_trat_from_2563_to_2564_indicator_by_indicator() -> None:
    before = itakit.framework(2563).score_indicators(TRAT_2563, agency="ตราด")
    after = itakit.framework(2564).score_indicators(TRAT_2564, agency="ตราด")
    comparison = itakit.compare(before, after)
    assert comparison.labels == ("ตราด 2563", "ตราด 2564")
    assert [change.change for change in comparison] == [
        Decimal(value)
        for value in [
            "0.98",
            "1.59",
            "0.93",
            "1.95",
            "1.48",
            "6.88",
            "6.57",
            "9.29",
            "2.95",
            "12.78",
        ]
    ]
    assert comparison.total_change == Decimal("81.45") - Decimal("75.62")
    assert (str(comparison.level_before), str(comparison.level_after)) == ("B", "B")
    assert not comparison.level_changed
    assert comparison.notes == ()  # same weights, same level scheme


def test_a_change_of_weights_is_noted_on_the_indicator() -> None:
    fw = itakit.framework(2564)
    before = fw.score_indicators(dict.fromkeys(range(1, 11), 80))
    after = fw.replace(weights={9: 22, 10: 18}).score_indicators(dict.fromkeys(range(1, 11), 80))
    comparison = itakit.compare(before, after)
    assert comparison.indicator(9).notes == ("weight 20 → 22",)
    assert comparison.indicator(10).notes == ("weight 20 → 18",)
    assert comparison.indicator(1).notes == ()
    assert (comparison.indicator(9).weight_before, comparison.indicator(9).weight_after) == (
        Decimal(20),
        Decimal(22),
    )
    assert comparison.total_change == Decimal("0.00")


def test_editions_with_other_questions_and_levels_say_so() -> None:
    before = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    after = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 90))
    comparison = itakit.compare(before, after)
    assert comparison.labels == ("2564", "2567")
    assert any(note.startswith("level scheme changed") for note in comparison.notes)
    assert "questions removed: i25–i30" in comparison.indicator(5).notes
    assert "questions removed: o1–o33" in comparison.indicator(9).notes
    assert comparison.indicator(6).notes == ()  # EIT: e1–e5 in both
    assert (str(comparison.level_before), str(comparison.level_after)) == ("B", "ผ่านดี")
    assert comparison.diff == itakit.diff_frameworks(before.framework, after.framework)


def test_two_agencies_of_one_year() -> None:
    fw = itakit.framework(2567)
    a = fw.score_indicators(dict.fromkeys(range(1, 11), 90), agency="อบต.ก")
    b = fw.score_indicators(dict.fromkeys(range(1, 11), 80), agency="อบต.ข")
    comparison = itakit.compare(a, b)
    assert comparison.labels == ("อบต.ก", "อบต.ข")
    assert comparison.largest(1)[0].change == Decimal("-10.00")
    assert itakit.compare(a, b, labels=("เรา", "เพื่อนบ้าน")).labels == ("เรา", "เพื่อนบ้าน")


def _framework(*indicators: Indicator) -> Framework:
    return Framework(
        fiscal_year=2567,
        title_th="กรอบอื่น",
        title_en="another framework",
        indicators=indicators,
        levels=LevelScheme.rating_fy2566(),
    )


ELEVEN = Indicator(number=11, name_th="สิบเอ็ด", name_en="eleven", tool="IIT", weight=50)


def _other_framework() -> Framework:
    twelve = Indicator(number=12, name_th="สิบสอง", name_en="twelve", tool="OIT", weight=50)
    return _framework(ELEVEN, twelve)


def test_cards_with_no_indicator_in_common_cannot_be_compared() -> None:
    ours = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 90))
    other = _other_framework().score_indicators({11: 90, 12: 90})
    with pytest.raises(ValidationError, match="no indicator in common") as caught:
        itakit.compare(ours, other)
    assert caught.value.value == (list(range(1, 11)), [11, 12])


def test_indicators_in_one_card_only_have_no_change() -> None:
    fw = _other_framework()
    wider = _framework(
        ELEVEN,
        Indicator(number=12, name_th="สิบสอง", name_en="twelve", tool="OIT", weight=25),
        Indicator(number=13, name_th="สิบสาม", name_en="thirteen", tool="EIT", weight=25),
    )
    comparison = itakit.compare(
        fw.score_indicators({11: 90, 12: 90}), wider.score_indicators({11: 80, 12: 80, 13: 70})
    )
    assert [change.number for change in comparison] == [11, 12, 13]
    only = comparison.indicator(13)
    assert (only.before, only.after, only.change) == (None, Decimal("70.00"), None)
    assert only.notes == ("indicators added",)
    assert [change.number for change in comparison.largest()] == [11, 12]


def test_compare_needs_two_score_cards() -> None:
    card = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 90))
    with pytest.raises(InputTypeError, match="needs two ScoreCards"):
        itakit.compare(card, {1: 90})  # type: ignore[arg-type]
