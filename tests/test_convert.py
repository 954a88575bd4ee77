"""The private converter: plain data for MonthPeriod, Decimal and FiscalYear, and back."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import attrs
import pytest
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from hypothesis import given

from itakit import FiscalYear, MonthPeriod, ParseError
from itakit._convert import dumps_json, structure, unstructure
from strategies import fiscal_years, month_periods, numbers


@attrs.frozen
class Row:
    fiscal_year: FiscalYear
    period: MonthPeriod
    score: Decimal


def test_month_period_is_its_full_thai_text_with_arabic_digits() -> None:
    period = MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗")
    assert unstructure(period) == "ตุลาคม 2566 – กันยายน 2567"
    assert structure("ตุลาคม 2566 – กันยายน 2567", MonthPeriod) == period
    assert structure("ต.ค. ๖๖ – ก.ย. ๖๗", MonthPeriod) == period


@given(month_periods)
def test_month_period_round_trips(period: MonthPeriod) -> None:
    data = unstructure(period)
    assert isinstance(data, str)
    assert structure(json.loads(json.dumps(data)), MonthPeriod) == period


@given(numbers)
def test_decimal_round_trips_exactly(number: Decimal) -> None:
    data = unstructure(number)
    assert isinstance(data, str)
    back = structure(data, Decimal)
    assert back == number
    assert back.as_tuple() == number.as_tuple()


@given(fiscal_years)
def test_fiscal_year_round_trips(fy: FiscalYear) -> None:
    assert unstructure(fy) == fy.year
    assert structure(unstructure(fy), FiscalYear) == fy


@given(fiscal_years, month_periods, numbers)
def test_a_class_holding_all_three_round_trips_through_json(
    fy: FiscalYear, period: MonthPeriod, score: Decimal
) -> None:
    row = Row(fiscal_year=fy, period=period, score=score)
    assert structure(json.loads(dumps_json(row)), Row) == row


def test_json_keeps_thai_readable() -> None:
    row = Row(FiscalYear(2567), MonthPeriod.of_fiscal_year(2567), Decimal("91.15"))
    assert json.loads(dumps_json(row)) == {
        "fiscal_year": 2567,
        "period": "ตุลาคม 2566 – กันยายน 2567",
        "score": "91.15",
    }
    assert "ตุลาคม" in dumps_json(row)


def test_bad_period_text_is_refused() -> None:
    with pytest.raises(ParseError, match=r"ends .* before it starts"):
        structure("กันยายน 2567 – ตุลาคม 2566", MonthPeriod)


def test_bad_period_inside_a_class_is_reported() -> None:
    data = {"fiscal_year": 2567, "period": "ตค 66", "score": "1"}
    with pytest.raises(ClassValidationError) as info:
        structure(data, Row)
    assert any(isinstance(error, ParseError) for error in info.value.exceptions)


def test_extra_keys_are_refused() -> None:
    data = {"fiscal_year": 2567, "period": "ต.ค. ๖๖", "score": "1", "extra": 1}
    with pytest.raises((ForbiddenExtraKeysError, ClassValidationError)):
        structure(data, Row)


def test_first_and_last_are_dates_not_text() -> None:
    period = structure("มกราคม 2567", MonthPeriod)
    assert period.first == period.last == dt.date(2024, 1, 1)
