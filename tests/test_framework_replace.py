"""Framework.replace: derived frameworks, the original left as it is."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

import itakit
from itakit import Confidence, UnknownCodeError, ValidationError


def test_new_weights_leave_the_original_and_mark_only_changed_weights_provisional() -> None:
    fw = itakit.framework(2564)
    custom = fw.replace(weights={9: 22, 10: 18, 1: 6})
    assert (custom.indicator(9).weight, custom.indicator(10).weight) == (Decimal(22), Decimal(18))
    assert fw.indicator(9).weight == Decimal(20)
    assert custom.indicator(9).confidence is Confidence.PROVISIONAL
    assert custom.indicator(1).confidence is fw.indicator(1).confidence
    assert custom.question("o1").indicator == custom.indicator(9)


def test_weights_must_still_sum_to_100() -> None:
    with pytest.raises(ValidationError, match="sum to 100"):
        itakit.framework(2564).replace(weights={9: 22})


def test_weights_of_unknown_indicators_are_refused() -> None:
    with pytest.raises(UnknownCodeError, match="no indicator 11"):
        itakit.framework(2564).replace(weights={11: 1})


def test_replaced_indicators_carry_their_questions_along() -> None:
    fw = itakit.framework(2567)
    renamed = tuple(
        attrs.evolve(i, name_en=f"{i.name_en} (renamed)") if i.number == 4 else i
        for i in fw.indicators
    )
    custom = fw.replace(indicators=renamed)
    assert custom.question("i10").indicator.name_en.endswith("(renamed)")
    assert fw.question("i10").indicator.name_en == fw.indicator(4).name_en


def test_indicators_whose_questions_would_be_orphaned_are_refused() -> None:
    fw = itakit.framework(2567)
    merged = tuple(
        attrs.evolve(i, weight=i.weight * 2) if i.number == 3 else i
        for i in fw.indicators
        if i.number != 4
    )
    with pytest.raises(ValidationError, match="i10, i11, i12"):
        fw.replace(indicators=merged)
