"""What-ifs are new score cards: the original never changes, and better scores never lower the total."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import itakit
from itakit import InputTypeError, ItakitError, ScoreCard, ScoringError
from strategies import score_cards, scores


@pytest.fixture
def card() -> ScoreCard:
    return itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80), agency="ก")


def test_what_if_rescores_exactly_and_returns_a_new_card(card: ScoreCard) -> None:
    better = card.what_if({9: 90})
    assert better is not card
    assert (better.total, card.total) == (Decimal("82.00"), Decimal("80.00"))
    assert better.indicator_scores[9] == Decimal("90.00")
    assert better.agency == "ก"
    assert better.framework is card.framework
    # thirds stay exact: 80 + 20 × (200/3 − 80) / 100
    assert card.what_if({10: Fraction(200, 3)}).total_exact == Fraction(232, 3)


@given(score_cards(), st.data())
def test_what_if_never_changes_the_card(card: ScoreCard, data: st.DataObject) -> None:
    before = card.to_dict()
    numbers = [indicator.number for indicator in card.framework.indicators]
    changes = data.draw(st.dictionaries(st.sampled_from(numbers), scores))
    card.what_if(changes)
    assert card.to_dict() == before


@given(score_cards(), st.data())
def test_raising_every_indicator_never_lowers_the_total(
    card: ScoreCard, data: st.DataObject
) -> None:
    raised = {
        number: data.draw(st.fractions(min_value=score, max_value=100, max_denominator=300))
        for number, score in card.indicator_scores_exact.items()
    }
    after = card.what_if(raised)
    assert after.total_exact >= card.total_exact
    assert after.total >= card.total
    # every tool rises too, so whatever level the card reached, it still reaches
    levels = card.framework.levels.levels
    assert levels.index(after.level) <= levels.index(card.level)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({9: 101}, "outside 0–100"),
        ({9: -1}, "outside 0–100"),
        ({11: 90}, "unknown indicator 11"),
        ({"x": 90}, "unknown indicator 'x'"),
    ],
)
def test_impossible_scores_and_unknown_indicators_are_itakit_errors(
    card: ScoreCard, changes: dict[object, object], message: str
) -> None:
    with pytest.raises(ScoringError, match=message) as caught:
        card.what_if(changes)  # type: ignore[arg-type]
    assert isinstance(caught.value, ItakitError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.value is not None


def test_what_if_needs_a_mapping_or_a_route(card: ScoreCard) -> None:
    with pytest.raises(InputTypeError, match="mapping of indicator number to score") as caught:
        card.what_if([90])  # type: ignore[arg-type]
    assert caught.value.value == [90]


def test_what_if_takes_a_route(card: ScoreCard) -> None:
    route = card.gaps().to_pass
    assert card.what_if(route) == card.what_if(route.changes)
    assert card.what_if(route).passed
