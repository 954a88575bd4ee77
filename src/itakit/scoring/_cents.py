"""Exact fractions written as two-decimal Decimals: rounded half up, or up."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

__all__ = ["half_up", "up"]

_CENT = Decimal("0.01")


def half_up(value: Fraction | Decimal) -> Decimal:
    """*value* rounded to two decimals, halves away from zero, as a spreadsheet's ROUND publishes it.

    >>> half_up(Fraction(200, 3)), half_up(Fraction(1, 200)), half_up(Fraction(-1, 200))
    (Decimal('66.67'), Decimal('0.01'), Decimal('-0.01'))
    """
    exact = Fraction(value)
    hundredths = math.floor(abs(exact) * 100 + Fraction(1, 2))
    return Decimal(hundredths if exact >= 0 else -hundredths) * _CENT


def up(value: Fraction | Decimal) -> Decimal:
    """*value* rounded up to two decimals: the least two-decimal number not below it.

    >>> up(Fraction(200, 3)), up(Fraction(6667, 100))
    (Decimal('66.67'), Decimal('66.67'))
    """
    return Decimal(math.ceil(Fraction(value) * 100)) * _CENT
