"""Which indicators of a result are weak: below the pass mark, or the lowest few.

Shared by :func:`~itakit.measures.coverage` and :func:`~itakit.measures.draft_plan`.
A result is anything with a ``framework`` and ``indicator_scores`` (a mapping
from indicator number to score), as :class:`itakit.ScoreCard` has.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol

from itakit._numbers import to_decimal
from itakit.errors import InputTypeError, ItakitError, ValidationError
from itakit.rules import Indicator, Rules

__all__ = ["Scores", "check_scores", "pass_mark_of", "weak_indicators"]


class Scores(Protocol):
    """What coverage and drafting need of a result: its framework and indicator scores.

    :class:`itakit.ScoreCard` is one; so is any object with these two attributes.
    """

    @property
    def framework(self) -> Rules:
        """The framework that scored the result."""
        ...

    @property
    def indicator_scores(self) -> Mapping[int, Decimal]:
        """Published indicator scores (0–100), by indicator number."""
        ...


def check_scores(scores: object) -> Scores:
    """*scores* if it has a framework and indicator scores, else a clear error."""
    framework = getattr(scores, "framework", None)
    indicator_scores = getattr(scores, "indicator_scores", None)
    if not isinstance(framework, Rules) or not isinstance(indicator_scores, Mapping):
        raise InputTypeError(
            "expected a result such as an itakit.ScoreCard: an object with .framework (a"
            f" Framework) and .indicator_scores (a mapping of indicator number to score); got {scores!r}",
            value=scores,
        )
    return scores  # type: ignore[return-value]


def pass_mark_of(scores: Scores, pass_mark: object) -> Decimal:
    """*pass_mark* as a Decimal, or the framework's own pass mark when it is None."""
    if pass_mark is None:
        return scores.framework.levels.pass_mark
    try:
        mark = to_decimal(pass_mark)
    except ItakitError as error:
        raise type(error)(
            f"'pass_mark' must be a number from 0 to 100 ({error.message})", value=pass_mark
        ) from None
    if not 0 <= mark <= 100:
        raise ValidationError(
            f"'pass_mark' must be from 0 to 100 (got {pass_mark!r})", value=pass_mark
        )
    return mark


def weak_indicators(
    scores: Scores, *, pass_mark: object = None, lowest: int | None = None
) -> tuple[tuple[Indicator, Decimal], ...]:
    """The weak indicators of *scores* with their scores, by indicator number.

    Weak means below *pass_mark* (the framework's pass mark by default) or,
    when *lowest* is given, among the *lowest* scores (ties go to the lower
    indicator number).  Indicators without a score are never weak.
    """
    framework = scores.framework
    scored = [
        (framework.indicator(number), Decimal(score))
        for number, score in sorted(scores.indicator_scores.items())
    ]
    if lowest is not None:
        if isinstance(lowest, bool) or not isinstance(lowest, int) or lowest < 1:
            raise ValidationError(
                f"'lowest' must be a whole number >= 1 (got {lowest!r})", value=lowest
            )
        chosen = sorted(scored, key=lambda pair: (pair[1], pair[0].number))[:lowest]
        numbers = {indicator.number for indicator, _ in chosen}
        return tuple(pair for pair in scored if pair[0].number in numbers)
    mark = pass_mark_of(scores, pass_mark)
    return tuple(pair for pair in scored if pair[1] < mark)
