"""The one cattrs converter itakit uses to turn its classes into plain data and back.

Plain data means what JSON and TOML hold: dicts, lists, str, int, float, bool.
Decimals travel as strings (``"93.55"``) so that no digit is lost, fiscal years
as ints, month periods as their full Thai text with Arabic digits
(``"ตุลาคม 2566 – กันยายน 2567"``, readable in a file and read back by
:meth:`MonthPeriod.parse <itakit.MonthPeriod.parse>`), and unknown keys are refused.

>>> from itakit import MonthPeriod
>>> unstructure(MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗"))
'ตุลาคม 2566 – กันยายน 2567'
>>> structure("ตุลาคม 2566 – กันยายน 2567", MonthPeriod) == MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗")
True
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter

from itakit.errors import ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.period import MonthPeriod

__all__ = ["converter", "dumps_json", "structure", "unstructure"]

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


converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(FiscalYear, lambda fy: fy.year)
converter.register_structure_hook(FiscalYear, lambda value, _: FiscalYear.parse(value))
converter.register_unstructure_hook(
    MonthPeriod, lambda period: period.format(digits="arabic", style="full", lang="th")
)
converter.register_structure_hook(MonthPeriod, lambda value, _: MonthPeriod.parse(value))


def unstructure(obj: object) -> Any:
    """Turn an itakit object into plain data."""
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """Build an itakit object of *cls* from plain data."""
    return converter.structure(data, cls)


def dumps_json(obj: object, *, indent: int | None = 2) -> str:
    """JSON text for an itakit object, with Thai kept readable (no ``\\u0e..`` escapes)."""
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)
