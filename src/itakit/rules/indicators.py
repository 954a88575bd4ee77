"""Indicators, sub-indicators, questions and their sub-items.

An :class:`Indicator` belongs to one tool and has a weight out of 100.  A
:class:`Question` belongs to one indicator (and, for OIT, to one
:class:`SubIndicator`), is answered on an :class:`~itakit.rules.scales.AnswerScale`,
and may be split into :class:`SubItem` s whose mean is its score.

>>> from itakit.rules.scales import AnswerScale
>>> budget = Indicator(number=2, name_th="การใช้งบประมาณ", name_en="budget use", tool=Tool.IIT, weight=6)
>>> q = Question(code="i7", indicator=budget, scale=AnswerScale.four_level(), reversed=True)
>>> q.tool, [item.code for item in q.items], q.indicator.number
(<Tool.IIT: 'IIT'>, ['i7'], 2)
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from itakit.codes import canonical_code
from itakit.errors import InputTypeError, UnknownCodeError, ValidationError
from itakit.rules._validate import non_empty_text, optional_text, to_decimal
from itakit.rules.provenance import Confidence
from itakit.rules.scales import AnswerScale
from itakit.rules.tools import Tool

__all__ = ["Indicator", "Item", "Question", "SubIndicator", "SubItem"]

_SUB_INDICATOR_CODE = re.compile(r"(\d+)\.(\d+)")
_SUB_ITEM_CODE = re.compile(r"([ieo]\d+)\.(\d+)")


def _check_number(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputTypeError(f"{attribute.name!r} must be an int (got {value!r})", value=value)
    if value < 1:
        raise ValidationError(f"{attribute.name!r} must be >= 1 (got {value})", value=value)


def _check_weight(instance: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if not Decimal(0) <= value <= Decimal(100):
        raise ValidationError(f"'weight' must be between 0 and 100 (got {value})", value=value)


def _to_tool(value: str | Tool) -> Tool:
    return Tool.parse(value)


@attrs.frozen
class SubIndicator:
    """A part of an indicator, such as 9.1 ข้อมูลพื้นฐาน; OIT items belong to one.

    >>> SubIndicator(code="9.1", name_th="ข้อมูลพื้นฐาน", name_en="basic information").indicator_number
    9
    """

    code: str = attrs.field()
    name_th: str = attrs.field(validator=non_empty_text)
    name_en: str | None = attrs.field(default=None, validator=optional_text)

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or _SUB_INDICATOR_CODE.fullmatch(value) is None:
            raise ValidationError(
                f"a sub-indicator code reads like '9.1' (got {value!r})", value=value
            )

    @property
    def indicator_number(self) -> int:
        """The number of the indicator it is part of."""
        return int(self.code.split(".")[0])


@attrs.frozen
class Indicator:
    """One of the ITA's indicators: its number, names, tool and weight out of 100.

    >>> Indicator(number=9, name_th="การเปิดเผยข้อมูล", name_en="information disclosure", tool=Tool.OIT, weight="20").weight
    Decimal('20')
    """

    number: int = attrs.field(validator=_check_number)
    name_th: str = attrs.field(validator=non_empty_text)
    name_en: str = attrs.field(validator=non_empty_text)
    tool: Tool = attrs.field(converter=_to_tool)
    weight: Decimal = attrs.field(converter=to_decimal, validator=_check_weight)
    sub_indicators: tuple[SubIndicator, ...] = attrs.field(default=())
    confidence: Confidence = Confidence.PROVISIONAL
    """How sure itakit is of the weight."""
    sources: tuple[str, ...] = ()
    note: str | None = attrs.field(default=None, validator=optional_text)
    """What is uncertain about it, in plain words (such as where a carried weight comes from)."""

    @sub_indicators.validator
    def _check_sub_indicators(
        self, attribute: attrs.Attribute[Any], value: tuple[SubIndicator, ...]
    ) -> None:
        codes = [sub.code for sub in value]
        if len(set(codes)) != len(codes):
            raise ValidationError(
                f"indicator {self.number} repeats a sub-indicator code: {codes}", value=codes
            )
        for sub in value:
            if sub.indicator_number != self.number:
                raise ValidationError(
                    f"sub-indicator {sub.code} cannot belong to indicator {self.number}",
                    value=sub.code,
                )

    def sub_indicator(self, code: str) -> SubIndicator:
        """The sub-indicator with *code* (``"9.1"``)."""
        for sub in self.sub_indicators:
            if sub.code == code:
                return sub
        known = ", ".join(sub.code for sub in self.sub_indicators) or "none"
        raise UnknownCodeError(
            f"indicator {self.number} has no sub-indicator {code!r} (it has: {known})", value=code
        )


@attrs.frozen
class SubItem:
    """One part of a question that is answered separately, such as ``i11.2``."""

    code: str = attrs.field()
    text_th: str | None = attrs.field(default=None, validator=optional_text)
    reversed: bool = False

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or _SUB_ITEM_CODE.fullmatch(value) is None:
            raise ValidationError(
                f"a sub-item code reads like 'i11.2' (got {value!r})", value=value
            )


@attrs.frozen
class Item:
    """What one answer column scores: a question without sub-items, or one sub-item.

    ``points`` are the exact points of choice 0, 1, … after polarity.
    """

    code: str
    question: str
    points: tuple[Fraction, ...]


@attrs.frozen
class Question:
    """A question (``i10``, ``e8``) or an OIT checklist item (``o33``).

    ``reversed`` marks a question where the highest choice is the worst
    (the points run the other way).  A question with sub-items marks polarity
    on each sub-item instead, and scores as the mean of its sub-items.
    ``note`` says in plain words what is uncertain about it.  An OIT item
    may have no title (``text_th`` is None) where no source gives one.
    """

    code: str = attrs.field(converter=canonical_code)
    indicator: Indicator = attrs.field(repr=lambda i: f"<indicator {i.number}>")
    scale: AnswerScale = attrs.field(repr=lambda scale: f"<scale {scale.key}>")
    reversed: bool = False
    sub_indicator: SubIndicator | None = attrs.field(
        default=None, repr=lambda sub: "None" if sub is None else f"<sub-indicator {sub.code}>"
    )
    subitems: tuple[SubItem, ...] = ()
    text_th: str | None = attrs.field(default=None, validator=optional_text)
    text_en: str | None = attrs.field(default=None, validator=optional_text)
    confidence: Confidence = Confidence.PROVISIONAL
    sources: tuple[str, ...] = ()
    note: str | None = attrs.field(default=None, validator=optional_text)

    def __attrs_post_init__(self) -> None:
        if not self.scale.points_known:
            raise ValidationError(
                f"question {self.code} is answered on scale {self.scale.key!r}, whose points are"
                " unknown: itakit cannot score it; "
                + self.scale.unknown_points_message().split(": ", 1)[1],
                value=self.code,
            )
        if self.code[0] != self.indicator.tool.prefix:
            raise ValidationError(
                f"question {self.code} cannot belong to indicator {self.indicator.number},"
                f" an {self.indicator.tool.value} indicator (its codes start with"
                f" {self.indicator.tool.prefix!r})",
                value=self.code,
            )
        if (
            self.sub_indicator is not None
            and self.sub_indicator not in self.indicator.sub_indicators
        ):
            raise ValidationError(
                f"question {self.code}: sub-indicator {self.sub_indicator.code} is not part of"
                f" indicator {self.indicator.number}",
                value=self.sub_indicator.code,
            )
        if self.subitems:
            if self.reversed:
                raise ValidationError(
                    f"question {self.code} has sub-items: mark 'reversed' on each sub-item,"
                    " not on the question",
                    value=self.code,
                )
            codes = [item.code for item in self.subitems]
            expected = [f"{self.code}.{n}" for n in range(1, len(codes) + 1)]
            if codes != expected:
                raise ValidationError(
                    f"question {self.code}: sub-items must be {', '.join(expected)} (got {', '.join(codes)})",
                    value=codes,
                )

    @property
    def tool(self) -> Tool:
        """The tool the question belongs to."""
        return self.indicator.tool

    @property
    def items(self) -> tuple[Item, ...]:
        """What the answer columns of this question score: itself, or each sub-item."""
        if not self.subitems:
            return (Item(self.code, self.code, self.scale.points(reversed=self.reversed)),)
        return tuple(
            Item(sub.code, self.code, self.scale.points(reversed=sub.reversed))
            for sub in self.subitems
        )
