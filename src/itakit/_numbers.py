"""Exact numbers from what users pass: the one place a float becomes a Decimal."""

from __future__ import annotations

from decimal import Decimal

from itakit.errors import InputTypeError, ValidationError

__all__ = ["to_decimal"]


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
