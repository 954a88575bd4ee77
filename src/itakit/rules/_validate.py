"""attrs validators shared by the framework model; each raises an itakit error."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from itakit._limits import shown
from itakit._numbers import to_decimal
from itakit.errors import InputTypeError, ValidationError

__all__ = ["non_empty_text", "optional_text", "percent_decimal", "to_decimal"]


def non_empty_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Text with at least one non-space character."""
    if not isinstance(value, str):
        raise InputTypeError(f"{attribute.name!r} must be text (got {shown(value)})", value=value)
    if not value.strip():
        raise ValidationError(f"{attribute.name!r} must not be empty", value=value)


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None`` or non-empty text."""
    if value is not None:
        non_empty_text(instance, attribute, value)


def percent_decimal(instance: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    """A Decimal from 0 to 100."""
    if not Decimal(0) <= value <= Decimal(100):
        raise ValidationError(
            f"{attribute.name!r} must be between 0 and 100 (got {shown(value)})", value=value
        )
