"""The one cattrs converter itakit uses to turn its classes into plain data and back.

Plain data means what JSON and TOML hold: dicts, lists, str, int, float, bool.
Decimals travel as strings (``"93.55"``) so that no digit is lost, fractions as
text (``"100/3"``), fiscal years as ints, month periods as their full Thai text
with Arabic digits (``"ตุลาคม 2566 – กันยายน 2567"``, readable in a file and read
back by :meth:`MonthPeriod.parse <itakit.MonthPeriod.parse>`), enums by their
value, and unknown keys are refused.  Structuring is strict: a number is not
text, text is not a list, ``true`` is not a number, so a typo in a file is
reported rather than guessed.

>>> from fractions import Fraction
>>> structure("100/3", Fraction), unstructure(Fraction(200, 3))
(Fraction(100, 3), '200/3')
>>> structure(["a", "b"], tuple[str, ...])
('a', 'b')
>>> structure("ab", tuple[str, ...])
Traceback (most recent call last):
...
itakit.errors.ValidationError: expected a list (got 'ab')
>>> from itakit import MonthPeriod
>>> unstructure(MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗"))
'ตุลาคม 2566 – กันยายน 2567'
>>> structure("ตุลาคม 2566 – กันยายน 2567", MonthPeriod) == MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗")
True
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar, get_args, get_origin

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.preconf.json import make_converter

from itakit._numbers import to_decimal
from itakit.errors import ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.period import MonthPeriod

__all__ = ["converter", "dumps_json", "structure", "unstructure"]

T = TypeVar("T")

converter: cattrs.Converter = make_converter(forbid_extra_keys=True)


def _structure_decimal(value: Any, _: type) -> Decimal:
    return to_decimal(value)


def _structure_fraction(value: Any, _: type) -> Fraction:
    expected = f"expected an exact number as text, such as '100/3' or '66.5' (got {value!r})"
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(expected, value=value)
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise ValidationError(expected, value=value) from None


def _strict(kind: type, name: str) -> Callable[[Any, type], Any]:
    def structure_strictly(value: Any, _: type) -> Any:
        if type(value) is not kind:
            raise ValidationError(f"expected {name} (got {value!r})", value=value)
        return value

    return structure_strictly


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _structure_enum(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        raise ValidationError(f"expected one of {allowed} (got {value!r})", value=value) from None


def _is_homogeneous_tuple(cls: Any) -> bool:
    args = get_args(cls)
    return get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _strict_tuple_factory(cls: Any) -> Callable[[Any, type], tuple[Any, ...]]:
    elements = homogenous_tuple_structure_factory(cls, converter)

    def structure_tuple(value: Any, type_: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise ValidationError(f"expected a list (got {value!r})", value=value)
        return tuple(elements(value, type_))

    return structure_tuple


converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(Fraction, str)
converter.register_structure_hook(Fraction, _structure_fraction)
converter.register_unstructure_hook(FiscalYear, lambda fy: fy.year)
converter.register_structure_hook(FiscalYear, lambda value, _: FiscalYear.parse(value))
# exactly str: a StrEnum (Tool, Confidence) is a str subclass and is structured as an enum below
converter.register_structure_hook_func(lambda kind: kind is str, _strict(str, "text"))
converter.register_structure_hook(int, _strict(int, "a whole number"))
converter.register_structure_hook(bool, _strict(bool, "true or false"))
converter.register_structure_hook_func(_is_enum, _structure_enum)
# A StrEnum is a str too: name it, so that it is not structured as plain text first.
converter.register_structure_hook(enum.StrEnum, _structure_enum)
converter.register_structure_hook_factory(_is_homogeneous_tuple, _strict_tuple_factory)
converter.register_unstructure_hook(
    MonthPeriod, lambda period: period.format(digits="arabic", style="full", lang="th")
)
converter.register_structure_hook(MonthPeriod, lambda value, _: MonthPeriod.parse(value))


def unstructure(obj: object) -> Any:
    """Turn an itakit object into plain data.

    >>> unstructure(FiscalYear(2567))
    2567
    """
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """Build an itakit object of *cls* from plain data.

    >>> structure("๒๕๖๗", FiscalYear)
    FiscalYear(2567)
    """
    return converter.structure(data, cls)


def dumps_json(obj: object, *, indent: int | None = 2) -> str:
    """JSON text for an itakit object, with Thai kept readable (no ``\\u0e..`` escapes).

    >>> dumps_json({"name": "ตราด"}, indent=None)
    '{"name": "ตราด"}'
    """
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)
