"""The shape of a framework file, as plain attrs classes the converter reads and writes.

These classes mirror the file one to one: a question names its indicator by
number, its scale by key and its sub-indicator by code, where the model holds
the objects themselves.  :mod:`itakit.rules.loader` turns one into the other.
Fields are listed in the order a file shows them; defaults are left out when
a file is written, except ``confidence``, which a file always states.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any, NewType

import attrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from itakit._convert import converter
from itakit.errors import ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.rules.provenance import Confidence
from itakit.rules.tools import Tool

__all__ = [
    "ChoiceSpec",
    "FrameworkSpec",
    "IndicatorSpec",
    "LevelSchemeSpec",
    "LevelSpec",
    "Number",
    "QuestionSpec",
    "ScaleSpec",
    "SourceSpec",
    "SubIndicatorSpec",
    "SubItemSpec",
]

Number = NewType("Number", Decimal)
"""A weight or threshold: read from a number or text, written as an int when whole, else as text."""


def _unstructure_number(number: Decimal) -> int | str:
    return int(number) if number == number.to_integral_value() else str(number)


converter.register_structure_hook(Number, lambda value, _: converter.structure(value, Decimal))
converter.register_unstructure_hook(Number, _unstructure_number)


@attrs.frozen(kw_only=True)
class SourceSpec:
    key: str
    title: str
    url: str | None = None
    page: str | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class ChoiceSpec:
    label_th: str
    label_en: str
    points: Fraction


@attrs.frozen(kw_only=True)
class ScaleSpec:
    key: str
    name_th: str
    name_en: str
    confidence: Confidence = Confidence.PROVISIONAL
    sources: tuple[str, ...] = ()
    choices: tuple[ChoiceSpec, ...]


@attrs.frozen(kw_only=True)
class LevelSpec:
    label_th: str
    label_en: str
    min_total: Number
    min_tool_score: Number | None = None


@attrs.frozen(kw_only=True)
class LevelSchemeSpec:
    pass_mark: Number
    confidence: Confidence = Confidence.PROVISIONAL
    sources: tuple[str, ...] = ()
    levels: tuple[LevelSpec, ...]


@attrs.frozen(kw_only=True)
class SubIndicatorSpec:
    code: str
    name_th: str
    name_en: str | None = None


@attrs.frozen(kw_only=True)
class IndicatorSpec:
    number: int
    name_th: str
    name_en: str
    tool: Tool
    weight: Number
    confidence: Confidence = Confidence.PROVISIONAL
    sources: tuple[str, ...] = ()
    sub_indicators: tuple[SubIndicatorSpec, ...] = ()


@attrs.frozen(kw_only=True)
class SubItemSpec:
    code: str
    text_th: str | None = None
    reversed: bool = False


@attrs.frozen(kw_only=True)
class QuestionSpec:
    code: str
    indicator: int
    sub_indicator: str | None = None
    text_th: str | None = None
    text_en: str | None = None
    scale: str
    reversed: bool = False
    subitems: tuple[SubItemSpec, ...] = ()
    confidence: Confidence = Confidence.PROVISIONAL
    sources: tuple[str, ...] = ()
    note: str | None = None


@attrs.frozen(kw_only=True)
class FrameworkSpec:
    fiscal_year: FiscalYear
    title_th: str
    title_en: str
    notes: tuple[str, ...] = ()
    sources: tuple[SourceSpec, ...] = ()
    scales: tuple[ScaleSpec, ...] = ()
    levels: LevelSchemeSpec
    indicators: tuple[IndicatorSpec, ...]
    questions: tuple[QuestionSpec, ...] = ()


def _register(spec: type[Any]) -> None:
    names = [field.name for field in attrs.fields(spec)]
    structure_fields = make_dict_structure_fn(spec, converter)

    def structure_table(value: Any, cls: type[Any]) -> Any:
        if not isinstance(value, dict):
            raise ValidationError(
                f"expected a table with keys {', '.join(names)} (got {value!r})", value=value
            )
        return structure_fields(value, cls)

    converter.register_structure_hook(spec, structure_table)
    always: dict[str, Any] = {"confidence": override(omit_if_default=False)}
    unstructure_fields = make_dict_unstructure_fn(
        spec,
        converter,
        _cattrs_omit_if_default=True,
        **{name: always[name] for name in names if name in always},
    )

    def unstructure_table(value: Any) -> dict[str, Any]:
        table = unstructure_fields(value)
        return {name: table[name] for name in names if name in table}

    converter.register_unstructure_hook(spec, unstructure_table)


for _spec in (
    SourceSpec,
    ChoiceSpec,
    ScaleSpec,
    LevelSpec,
    LevelSchemeSpec,
    SubIndicatorSpec,
    IndicatorSpec,
    SubItemSpec,
    QuestionSpec,
    FrameworkSpec,
):
    _register(_spec)
