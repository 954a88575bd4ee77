"""A :class:`~itakit.scoring.ScoreCard` as plain data and back, through itakit's cattrs converter.

The record keeps what scoring needs (fiscal year, agency, exact indicator
scores, respondents) and what it published (tool scores and points, total,
level); structuring it back scores the inputs again and checks the published
part against the new result.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from cattrs.errors import BaseValidationError

from itakit import _convert
from itakit.errors import InputTypeError, ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.rules._problems import structure_problems
from itakit.rules.framework import Rules
from itakit.scoring._exact import exact_text
from itakit.scoring.card import ScoreCard

__all__ = ["CardRecord", "card_from", "record_of"]


@attrs.frozen
class CardRecord:
    """What :meth:`ScoreCard.to_dict` writes."""

    fiscal_year: FiscalYear
    agency: str | int | None
    indicator_scores: dict[str, str]
    """Exact scores as text: ``"93.55"``, or ``"2617/30"`` when they do not end."""
    respondents: dict[str, int] | None
    tool_scores: dict[str, Decimal]
    tool_points: dict[str, Decimal]
    total: Decimal
    level: str
    passed: bool
    confidence: str


def record_of(card: ScoreCard) -> CardRecord:
    """The record of *card*."""
    return CardRecord(
        fiscal_year=card.fiscal_year,
        agency=card.agency,
        indicator_scores={str(n): exact_text(s) for n, s in card.indicator_scores_exact.items()},
        respondents=None
        if card.respondents is None
        else {tool.value: count for tool, count in card.respondents.items()},
        tool_scores={tool.value: s for tool, s in card.tool_scores.items()},
        tool_points={tool.value: p for tool, p in card.tool_points.items()},
        total=card.total,
        level=str(card.level),
        passed=card.passed,
        confidence=card.confidence.value,
    )


def _framework_of(year: FiscalYear) -> Rules:
    from itakit.scoring.framework import framework  # beside this module, in the same layer

    return framework(year)


def card_from(data: Mapping[str, Any], framework: Rules | None) -> ScoreCard:
    """The card a record describes, scored again under *framework* (or its year's edition)."""
    if not isinstance(data, Mapping):
        raise InputTypeError(
            f"a score card's data must be a mapping, as to_dict() writes (got {data!r})",
            value=data,
        )
    try:
        record = _convert.structure(dict(data), CardRecord)
    except BaseValidationError as error:
        problems = [f"{path}: {what}" if path else what for path, what in structure_problems(error)]
        raise ValidationError(
            f"not a score card's data: {'; '.join(problems)}", value=dict(data)
        ) from None
    if framework is None:
        framework = _framework_of(record.fiscal_year)
    if framework.fiscal_year != record.fiscal_year:
        raise ValidationError(
            f"the data is for FY {record.fiscal_year}, the framework for FY"
            f" {framework.fiscal_year}",
            value=record.fiscal_year,
        )
    scores: dict[str, Fraction] = {}
    for number, text in record.indicator_scores.items():
        try:
            scores[number] = Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise ValidationError(
                f"indicator {number}: expected an exact score as text, such as '93.55' or"
                f" '2617/30' (got {text!r})",
                value=text,
            ) from None
    card = ScoreCard(
        framework=framework,
        indicator_scores_exact=scores,  # type: ignore[arg-type]
        agency=record.agency,
        respondents=record.respondents,
    )
    again = record_of(card)
    for field in ("tool_scores", "tool_points", "total", "level", "passed"):
        if getattr(again, field) != getattr(record, field):
            raise ValidationError(
                f"the data's {field} ({getattr(record, field)}) is not what its indicator scores"
                f" give under this framework ({getattr(again, field)}): was it scored under"
                " other rules?",
                value=getattr(record, field),
            )
    return card
