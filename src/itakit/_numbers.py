"""Exact numbers: the one place a float becomes a Decimal, and the one rounding rule.

The NACC publishes a value rounded half away from zero to two decimals, as a
spreadsheet's ``ROUND`` does (``ROUND_HALF_UP``); babel and Python's
``round`` round halves to even and must never decide.  Every published value
in itakit is rounded by :func:`half_up_units` (exactly, on fractions); the
vectorised scorer rounds floats the same way and re-scores exactly any value
that comes near a tie.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from itakit.errors import InputTypeError, ValidationError

__all__ = ["half_up", "half_up_ratio", "half_up_units", "round_up", "to_decimal"]


def to_decimal(value: object) -> Decimal:
    """A finite Decimal from an int, a Decimal, text, or a float read as it prints (``0.1`` is ``0.1``).

    >>> to_decimal(94.995), to_decimal("6")
    (Decimal('94.995'), Decimal('6'))
    >>> to_decimal(float("nan"))
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: expected a finite number (got nan)
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise InputTypeError(f"expected a number (got {value!r})", value=value)
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except ArithmeticError:
        raise ValidationError(f"expected a number (got {value!r})", value=value) from None
    if not number.is_finite():
        raise ValidationError(f"expected a finite number (got {value!r})", value=value)
    return number


def half_up_ratio(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded to a whole number, halves away from zero (denominator > 0).

    >>> half_up_ratio(18999, 200), half_up_ratio(1, 2), half_up_ratio(-1, 2), half_up_ratio(1, 3)
    (95, 1, -1, 0)
    """
    units = (2 * abs(numerator) + denominator) // (2 * denominator)
    return units if numerator >= 0 else -units


def half_up_units(value: Fraction | Decimal | int, decimals: int = 2) -> int:
    """*value* × 10**decimals, rounded half away from zero: 94.995 is 9500 hundredths.

    >>> half_up_units(Fraction(2617, 30)), half_up_units(Decimal("-0.005"))
    (8723, -1)
    """
    scaled = Fraction(value) * 10**decimals
    return half_up_ratio(scaled.numerator, scaled.denominator)


def half_up(value: Fraction | Decimal | int, decimals: int = 2) -> Decimal:
    """*value* rounded half away from zero to *decimals* places, as the NACC publishes it.

    >>> half_up(Fraction(200, 3)), half_up(Fraction(1, 200)), half_up(Fraction(-1, 200))
    (Decimal('66.67'), Decimal('0.01'), Decimal('-0.01'))
    >>> half_up(Fraction(-1, 1000))  # never a negative zero
    Decimal('0.00')
    """
    units = half_up_units(value, decimals)
    return Decimal(f"{'-' if units < 0 else ''}{abs(units)}E-{decimals}")


def round_up(value: Fraction | Decimal | int, decimals: int = 2) -> Decimal:
    """The least number of *decimals* places not below *value* (what a target must reach).

    >>> round_up(Fraction(200, 3)), round_up(Fraction(6667, 100))
    (Decimal('66.67'), Decimal('66.67'))
    """
    units = math.ceil(Fraction(value) * 10**decimals)
    return Decimal(f"{'-' if units < 0 else ''}{abs(units)}E-{decimals}")
