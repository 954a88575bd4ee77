"""attrs validators shared by the framework model; each raises an itakit error."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from itakit.errors import InputTypeError, ValidationError

__all__ = ["non_empty_text", "optional_text", "percent_decimal", "to_decimal"]


def non_empty_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Text with at least one non-space character."""
    if not isinstance(value, str):
        raise InputTypeError(f"{attribute.name!r} must be text (got {value!r})", value=value)
    if not value.strip():
        raise ValidationError(f"{attribute.name!r} must not be empty", value=value)


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None`` or non-empty text."""
    if value is not None:
        non_empty_text(instance, attribute, value)


def to_decimal(value: object) -> Decimal:
    """A finite Decimal from an int, a Decimal, text, or a float read as it prints (``0.1`` is ``0.1``).

    >>> to_decimal(94.995), to_decimal("6")
    (Decimal('94.995'), Decimal('6'))
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


def percent_decimal(instance: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    """A Decimal from 0 to 100."""
    if not Decimal(0) <= value <= Decimal(100):
        raise ValidationError(
            f"{attribute.name!r} must be between 0 and 100 (got {value})", value=value
        )
