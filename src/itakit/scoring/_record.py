"""A :class:`~itakit.scoring.ScoreCard` read back from what :meth:`ScoreCard.to_dict` wrote.

The data holds the published values (JSON numbers, or text such as
``"81.45"``) and, when written with ``exact=True``, the exact indicator scores
under ``exact``.  Reading it back scores the indicator scores again (the exact
ones where the data has them) and checks the published part against the new
result, so that a card is never silently re-scored under other rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from itakit.errors import InputTypeError, ItakitError, ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.rules.framework import Rules
from itakit.scoring._exact import read_score
from itakit.scoring.card import ScoreCard

__all__ = ["CARD_KEYS", "card_from", "comparable"]

CARD_KEYS = (
    "fiscal_year",
    "agency",
    "indicator_scores",
    "tool_scores",
    "tool_points",
    "total",
    "level",
    "passed",
    "respondents",
    "confidence",
    "provisional",
    "question_scores",
    "question_respondents",
    "exact",
)
"""The keys :meth:`ScoreCard.to_dict` writes, in order (the last three only when there is such data; ``provisional`` may be absent in older data)."""
_REQUIRED = CARD_KEYS[:10]
_CHECKED = ("tool_scores", "tool_points", "total", "level", "passed")


def _framework_of(year: FiscalYear) -> Rules:
    from itakit.scoring.framework import framework

    return framework(year)


def _mapping(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise ValidationError(
            f"not a score card's data: {key!r} must be a table of values (got {value!r})",
            value=value,
        )
    return value


def _scores(data: Mapping[str, Any], key: str) -> dict[str, Fraction]:
    found: dict[str, Fraction] = {}
    for name, value in _mapping(data, key).items():
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValidationError(
                f"not a score card's data: {key}[{name!r}] must be a number or an exact score as"
                f" text, such as 93.55 or '2617/30' (got {value!r})",
                value=value,
            )
        try:
            found[str(name)] = read_score(value)
        except ItakitError as error:
            raise ValidationError(f"{key}[{name!r}]: {error}", value=value) from None
    return found


def comparable(value: object) -> object:
    """A published value as compared: numbers and their text as two-decimal Decimals."""
    if isinstance(value, Mapping):
        return {str(key): comparable(item) for key, item in value.items()}
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float | Decimal | str):
        try:
            return Decimal(str(value)).quantize(Decimal("0.01"))
        except InvalidOperation:
            return value
    return value


def _counts(data: Mapping[str, Any], key: str) -> dict[str, int] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(
        isinstance(count, int) and not isinstance(count, bool) for count in value.values()
    ):
        raise ValidationError(
            f"not a score card's data: {key!r} must map names to whole numbers (got {value!r})",
            value=value,
        )
    return {str(name): count for name, count in value.items()}


def card_from(data: Mapping[str, Any], framework: Rules | None) -> ScoreCard:
    """The card *data* describes, scored again under *framework* (or its year's edition)."""
    if not isinstance(data, Mapping):
        raise InputTypeError(
            f"a score card's data must be a mapping, as to_dict() writes (got {data!r})",
            value=data,
        )
    unknown = [key for key in data if key not in CARD_KEYS]
    if unknown:
        raise ValidationError(
            f"not a score card's data: unknown key {unknown[0]!r} (expected"
            f" {', '.join(CARD_KEYS)})",
            value=unknown[0],
        )
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise ValidationError(
            f"not a score card's data: no {', '.join(map(repr, missing))}", value=missing
        )
    year = FiscalYear.parse(data["fiscal_year"])
    if framework is None:
        framework = _framework_of(year)
    if framework.fiscal_year != year:
        raise ValidationError(
            f"the data is for FY {year}, the framework for FY {framework.fiscal_year}",
            value=year.year,
        )
    exact = data.get("exact")
    if exact is not None and not isinstance(exact, Mapping):
        raise ValidationError(
            f"not a score card's data: 'exact' must be a table of values (got {exact!r})",
            value=exact,
        )
    scores = _scores(exact if exact is not None else data, "indicator_scores")
    questions = None
    if exact is not None and "question_scores" in exact:
        questions = _scores(exact, "question_scores")
    card = ScoreCard(
        framework=framework,
        indicator_scores_exact=scores,  # type: ignore[arg-type]
        agency=data["agency"],
        respondents=_counts(data, "respondents"),
        question_scores=questions,
        question_respondents=_counts(data, "question_respondents"),
    )
    again = card.to_dict()
    for field in _CHECKED:
        if comparable(again[field]) != comparable(data[field]):
            hint = (
                ""
                if exact is not None
                else "; the data holds published indicator scores only: write it with"
                " to_dict(exact=True) or to_json(exact=True) to read it back exactly"
            )
            raise ValidationError(
                f"the data's {field} ({data[field]}) is not what its indicator scores give under"
                f" this framework ({again[field]}): was it scored under other rules?{hint}",
                value=data[field],
            )
    return card
