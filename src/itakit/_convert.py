"""The one cattrs converter itakit uses to turn its classes into plain data and back.

Plain data means what JSON and TOML hold: dicts, lists, str, int, float, bool.
Decimals travel as strings (``"93.55"``) so that no digit is lost, fractions as
strings too (``"93.55"`` when they end as decimals, else ``"2617/30"``), fiscal
years as ints, and unknown keys are refused.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter

from itakit.errors import ValidationError
from itakit.fiscal_year import FiscalYear

__all__ = ["converter", "dumps_json", "fraction_text", "structure", "unstructure"]

T = TypeVar("T")

converter: cattrs.Converter = make_converter(forbid_extra_keys=True)


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise ValidationError(f"expected a decimal number (got {value!r})", value=value)
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise ValidationError(f"expected a decimal number (got {value!r})", value=value) from None
    if not number.is_finite():
        raise ValidationError(f"expected a finite decimal number (got {value!r})", value=value)
    return number


def fraction_text(value: Fraction) -> str:
    """An exact fraction as text: a decimal when it ends, else ``numerator/denominator``.

    >>> fraction_text(Fraction(1871, 20)), fraction_text(Fraction(2617, 30)), fraction_text(Fraction(5))
    ('93.55', '2617/30', '5')
    """
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    places = max(twos, fives)
    if places == 0:
        return str(value.numerator)
    units = value.numerator * 10**places // value.denominator
    sign = "-" if units < 0 else ""
    whole, part = divmod(abs(units), 10**places)
    return f"{sign}{whole}.{part:0{places}d}"


def _structure_fraction(value: Any, _: type) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(
            f"expected an exact number as text such as '93.55' or '2617/30' (got {value!r})",
            value=value,
        )
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise ValidationError(
            f"expected an exact number as text such as '93.55' or '2617/30' (got {value!r})",
            value=value,
        ) from None


converter.register_unstructure_hook(Decimal, str)
converter.register_unstructure_hook(Fraction, fraction_text)
converter.register_structure_hook(Fraction, _structure_fraction)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(FiscalYear, lambda fy: fy.year)
converter.register_structure_hook(FiscalYear, lambda value, _: FiscalYear.parse(value))


def unstructure(obj: object) -> Any:
    """Turn an itakit object into plain data."""
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """Build an itakit object of *cls* from plain data."""
    return converter.structure(data, cls)


def dumps_json(obj: object, *, indent: int | None = 2) -> str:
    """JSON text for an itakit object, with Thai kept readable (no ``\\u0e..`` escapes)."""
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)
