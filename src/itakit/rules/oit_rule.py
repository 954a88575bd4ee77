"""The rule that turns an edition's OIT items into indicator scores, stated by the edition.

The NACC published its OIT rule up to FY 2564 (verified there on published
numbers): a sub-indicator scores the share of its items present, an indicator
the plain mean of its sub-indicators.  For later years the rule is unknown, so
an edition says in its own data which rule it scores with, and how sure it is.

>>> OITRule().kind, OITRule().confidence
(<OITRuleKind.SUB_INDICATOR_MEANS: 'sub_indicator_means'>, <Confidence.VERIFIED: 'verified'>)
>>> str(OITRuleKind.ITEM_SHARE)
'item_share'
"""

from __future__ import annotations

import enum
from typing import TypeVar

import attrs

from itakit.errors import ValidationError
from itakit.rules._validate import optional_text
from itakit.rules.provenance import Confidence

E = TypeVar("E", bound=enum.StrEnum)

__all__ = ["OITRule", "OITRuleKind"]


class OITRuleKind(enum.StrEnum):
    """How OIT item answers become an indicator's score.

    - ``sub_indicator_means``: a sub-indicator scores the share of its items
      present (มี = 100), the indicator the plain mean of its sub-indicators,
      or the share of its own items when it has none (**verified** on FY 2564);
    - ``item_share``: the indicator scores the share of all its items present,
      whatever sub-indicator they belong to (each item counts the same).

    With no sub-indicators the two agree.

    >>> OITRuleKind("item_share").description_en
    'each OIT indicator scores the share of its items present'
    """

    SUB_INDICATOR_MEANS = "sub_indicator_means"
    ITEM_SHARE = "item_share"

    @property
    def description_en(self) -> str:
        """The rule in a few English words."""
        return _DESCRIPTIONS[self][1]

    @property
    def description_th(self) -> str:
        """The rule in a few Thai words."""
        return _DESCRIPTIONS[self][0]


_DESCRIPTIONS = {
    OITRuleKind.SUB_INDICATOR_MEANS: (
        "ตัวชี้วัดย่อยคิดสัดส่วนข้อที่มี ตัวชี้วัดคิดค่าเฉลี่ยของตัวชี้วัดย่อย",
        "a sub-indicator scores the share of its items present, an indicator the mean of its"
        " sub-indicators",
    ),
    OITRuleKind.ITEM_SHARE: (
        "ตัวชี้วัดคิดสัดส่วนข้อที่มีจากข้อทั้งหมดของตัวชี้วัด",
        "each OIT indicator scores the share of its items present",
    ),
}


def _member(kind: type[E], value: object, what: str) -> E:
    """*value* as a member of *kind*, or an error listing the values allowed."""
    try:
        return kind(value)  # type: ignore[arg-type]  # any value: a wrong one is refused below
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise ValidationError(f"{what} is one of {allowed} (got {value!r})", value=value) from None


def _kind(value: object) -> OITRuleKind:
    return _member(OITRuleKind, value, "an OIT rule")


def _confidence(value: object) -> Confidence:
    return _member(Confidence, value, "a confidence")


@attrs.frozen
class OITRule:
    """The OIT rule an edition scores with: its kind, how sure itakit is, and why.

    The default is the rule verified on FY 2564 numbers; an edition whose rule
    is unknown states the one it uses, as ``provisional``.

    >>> rule = OITRule(kind="item_share", confidence="provisional", note="unknown for FY 2569")
    >>> rule.kind.value, rule.confidence.value
    ('item_share', 'provisional')
    """

    kind: OITRuleKind = attrs.field(default=OITRuleKind.SUB_INDICATOR_MEANS, converter=_kind)
    confidence: Confidence = attrs.field(default=Confidence.VERIFIED, converter=_confidence)
    sources: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    note: str | None = attrs.field(default=None, validator=optional_text)
