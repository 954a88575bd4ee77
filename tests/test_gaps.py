"""Where the points are: points lost, what each indicator alone needs, the cheapest route."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import itakit
from itakit import ScoreCard, UnknownCodeError
from itakit.analysis import cheapest_route, find_level
from strategies import editions, score_cards

TRAT_2564 = {
    1: "93.55", 2: "87.72", 3: "91.01", 4: "87.93", 5: "89.52",
    6: "90.55", 7: "88.68", 8: "88.58", 9: "72.89", 10: "65.56",
}  # fmt: skip


@pytest.fixture
def trat() -> ScoreCard:
    return itakit.framework(2564).score_indicators(TRAT_2564, agency="ตราด")


def rank_of(card: ScoreCard, level: itakit.Level) -> int:
    return card.framework.levels.levels.index(level)


def test_the_published_trat_row_lost_most_on_indicators_10_and_9(trat: ScoreCard) -> None:
    assert (trat.total, str(trat.level)) == (Decimal("81.45"), "B")
    gaps = trat.gaps()
    assert [gap.indicator.number for gap in gaps.largest(2)] == [10, 9]
    # 20 × (100 − 65.56) / 100 and 20 × (100 − 72.89) / 100
    assert [gap.points_lost_exact for gap in gaps.largest(2)] == [
        Fraction("6.888"),
        Fraction("5.422"),
    ]
    assert gaps.points_lost == Decimal("18.55")
    assert gaps.points_to_pass == Decimal("3.55")


def test_trat_passes_by_lifting_its_two_oit_indicators(trat: ScoreCard) -> None:
    gaps = trat.gaps()
    assert str(gaps.to_pass.target) == "A"
    # 3.5452 points of total at 0.2 a point: 17.726 indicator points, the lower one first
    assert [tuple(step) for step in gaps.to_pass.steps] == [
        (trat.framework.indicator(9), Decimal("72.89"), Decimal("78.09")),
        (trat.framework.indicator(10), Decimal("65.56"), Decimal("78.09")),
    ]
    assert gaps.to_pass.points == Decimal("17.73")
    assert gaps.to_next == gaps.to_pass
    assert str(trat.what_if(gaps.to_pass).level) == "A"


def test_only_the_oit_indicators_could_pass_trat_alone(trat: ScoreCard) -> None:
    alone = {gap.indicator.number: gap.alone_to_pass for gap in trat.gaps().indicators}
    assert alone == dict.fromkeys(range(1, 9)) | {9: Decimal("17.73"), 10: Decimal("17.73")}
    assert trat.what_if({10: Decimal("65.56") + Decimal("17.73")}).passed


def test_a_good_pass_first_lifts_the_tool_below_its_threshold() -> None:
    card = itakit.framework(2567).score_indicators(
        {1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 80, 7: 84, 8: 88, 9: 95, 10: 95}
    )
    assert str(card.level) == "ผ่าน"  # total 90.20, but EIT is 84
    gaps = card.gaps()
    assert not gaps.to_pass
    assert gaps.to_next is not None
    assert str(gaps.to_next.target) == "ผ่านดี"
    assert gaps.to_next.changes == {6: Decimal("83.00")}
    assert str(card.what_if(gaps.to_next).level) == "ผ่านดี"
    assert gaps.indicator(6).alone_to_next == Decimal("3.00")
    assert gaps.indicator(9).alone_to_next is None  # OIT cannot lift EIT


def test_a_card_at_the_top_has_nowhere_to_go() -> None:
    card = itakit.framework(2568).score_indicators(dict.fromkeys(range(1, 11), 100))
    gaps = card.gaps()
    assert (gaps.to_pass.steps, gaps.to_next, gaps.next_level) == ((), None, None)
    assert gaps.points_lost == Decimal("0.00")


def test_asking_for_an_indicator_or_level_the_edition_lacks_names_what_it_has(
    trat: ScoreCard,
) -> None:
    with pytest.raises(UnknownCodeError, match=r"no indicator 11 \(there are 1, 2"):
        trat.gaps().indicator(11)
    with pytest.raises(UnknownCodeError, match="no level 'ผ่านดี' in this edition") as caught:
        cheapest_route(trat, "ผ่านดี")
    assert caught.value.value == "ผ่านดี"


@given(score_cards())
def test_points_lost_add_up_to_100_minus_the_exact_total(card: ScoreCard) -> None:
    gaps = card.gaps()
    assert sum(gap.points_lost_exact for gap in gaps.indicators) == 100 - card.total_exact
    assert all(gap.points_lost_exact >= 0 for gap in gaps.indicators)


@given(score_cards(), st.data())
def test_the_cheapest_route_reaches_its_level_when_scored_again(
    card: ScoreCard, data: st.DataObject
) -> None:
    target = data.draw(st.sampled_from(card.framework.levels.levels))
    route = cheapest_route(card, target)
    after = card.what_if(route)
    assert rank_of(after, after.level) <= rank_of(card, target)  # the target or better
    for step in route.steps:
        assert step.from_score <= step.to_score <= 100
        assert Fraction(step.to_score) > card.indicator_scores_exact[step.indicator.number]
    if rank_of(card, card.level) <= rank_of(card, target):
        assert not route  # already there: nothing to do


@given(score_cards(editions))
def test_no_cheaper_route_raises_a_lighter_indicator(card: ScoreCard) -> None:
    """Each point goes where it buys most: nothing lighter is raised while a heavier one could be,
    unless the lighter one's tool needed it."""
    route = card.gaps().to_pass
    raised = {step.indicator.number for step in route.steps}
    after = card.what_if(route)
    for indicator in card.framework.indicators:
        if indicator.number in raised or after.indicator_scores[indicator.number] == 100:
            continue
        assert all(card.framework.indicator(number).weight >= indicator.weight for number in raised)


@given(score_cards(), st.data())
def test_what_one_indicator_alone_needs_is_enough(card: ScoreCard, data: st.DataObject) -> None:
    gaps = card.gaps()
    gap = data.draw(st.sampled_from(gaps.indicators))
    if gap.alone_to_pass is None:
        return
    number = gap.indicator.number
    raised = min(Fraction(100), card.indicator_scores_exact[number] + Fraction(gap.alone_to_pass))
    assert card.what_if({number: raised}).passed


def test_find_level_reads_thai_and_english_labels() -> None:
    scheme = itakit.framework(2567).levels
    assert find_level(scheme, "good pass") is find_level(scheme, "ผ่านดี")


def test_a_level_must_be_a_level_or_a_label(trat: ScoreCard) -> None:
    with pytest.raises(itakit.InputTypeError, match="a level is a Level or its label"):
        cheapest_route(trat, 85)  # type: ignore[arg-type]
