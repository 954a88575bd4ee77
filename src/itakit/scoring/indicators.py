"""Scoring one agency from its ten indicator scores: :func:`score_indicators`."""

from __future__ import annotations

from collections.abc import Mapping

from itakit.rules.framework import Rules
from itakit.rules.tools import Tool
from itakit.scoring.card import ScoreCard

__all__ = ["score_indicators"]


def score_indicators(
    framework: Rules,
    scores: Mapping[int, object] | Mapping[str, object],
    *,
    agency: str | int | None = None,
    respondents: Mapping[Tool, int] | Mapping[str, int] | None = None,
) -> ScoreCard:
    """Score one agency from its indicator scores (0–100), exactly.

    *scores* maps every indicator number of *framework* (ints, or digits as
    text) to a number: an int, a Decimal, a Fraction, text such as
    ``"93.55"`` or ``"๙๓.๕๕"``, or a float, which counts as the decimal it
    prints as (``94.995`` is 94.995).  Nothing is rounded until the card
    publishes a value.  A missing or unknown indicator, a value outside
    0–100, NaN, a bool or a value of the wrong type raises one
    :class:`~itakit.errors.ScoringError` that lists every problem.

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> trat = {1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93, 5: 89.52,
    ...         6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}
    >>> card = score_indicators(fw, trat, agency="ตราด")
    >>> card.total, str(card.level)
    (Decimal('81.45'), 'B')
    >>> score_indicators(fw, {**trat, 3: -1, 10: float("nan")})
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot score FY 2564: indicator 3: -1 is outside 0–100; indicator 10: nan is not a score (expected a number from 0 to 100) (expected a score from 0 to 100 for each of indicators 1–10)
    """
    return ScoreCard(
        framework=framework,
        indicator_scores_exact=scores,  # type: ignore[arg-type]
        agency=agency,
        respondents=respondents,
    )
