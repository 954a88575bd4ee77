"""Where the points are: what each indicator cost, and what it takes to pass or go up a level.

An indicator of weight *w* scoring *s* loses ``w × (100 − s) / 100`` points of
the total; the points lost by all indicators add up to ``100 − total``.  An
indicator raised by one point adds ``w / 100`` to the total, so the cheapest
way up starts with the heaviest indicators that have room (see
:mod:`itakit.scoring.route`).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from itakit._words import Lang, check_lang
from itakit.errors import UnknownCodeError
from itakit.rules.framework import Rules
from itakit.rules.indicators import Indicator
from itakit.rules.level_search import level_above, pass_level
from itakit.rules.levels import Level
from itakit.scoring._cents import half_up, up
from itakit.scoring.route import Route, plan_route
from itakit.thai import Digits, check_digits

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard

__all__ = ["Gaps", "IndicatorGap", "gaps"]

_HUNDRED = Fraction(100)


@attrs.frozen(repr=False)
class IndicatorGap:
    """What one indicator cost, and what it would need on its own to pass or to go up a level.

    ``points_lost`` is rounded half up to two decimals, ``points_lost_exact``
    is the fraction behind it.  ``alone_to_pass`` and ``alone_to_next`` are the
    points this indicator alone would have to gain (rounded up): ``0`` when the
    level is already reached, ``None`` when it cannot get there on its own (not
    enough room below 100, or another tool short of its threshold).

    >>> import itakit
    >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> card.gaps().indicator(9)
    IndicatorGap(9 การเปิดเผยข้อมูล: score 80.00, lost 4.00, cannot pass alone)
    """

    indicator: Indicator
    score: Decimal
    points_lost: Decimal
    points_lost_exact: Fraction
    alone_to_pass: Decimal | None
    alone_to_next: Decimal | None

    def __repr__(self) -> str:
        alone = (
            "cannot pass alone"
            if self.alone_to_pass is None
            else f"alone to pass +{self.alone_to_pass}"
        )
        return (
            f"IndicatorGap({self.indicator.number} {self.indicator.name_th}: score {self.score},"
            f" lost {self.points_lost}, {alone})"
        )


@attrs.frozen(repr=False)
class Gaps:
    """The gap analysis of one score card: per indicator, and the cheapest routes up.

    :attr:`indicators` are in the edition's order; :meth:`largest` sorts them
    by points lost.  :attr:`to_pass` is the cheapest route to the pass mark
    (see :func:`~itakit.analysis.pass_level`; empty if the card passes),
    :attr:`to_next` to the level above the card's (``None`` at the top).
    Build one with ``card.gaps()``.

    >>> import itakit
    >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> card.gaps()
    Gaps(FY 2564, total 80.00, level B, lost 20.00; to pass: 9 80.00 → 92.50, 10 80.00 → 92.50)
    """

    card: ScoreCard
    indicators: tuple[IndicatorGap, ...]
    next_level: Level | None
    to_pass: Route
    to_next: Route | None

    @property
    def level(self) -> Level:
        """The card's level."""
        return self.card.level

    @property
    def pass_mark(self) -> Decimal:
        """The edition's pass mark."""
        return self.card.framework.levels.pass_mark

    @property
    def points_lost(self) -> Decimal:
        """All points lost, ``100 − total``, rounded half up."""
        return half_up(_HUNDRED - self.card.total_exact)

    @property
    def points_to_pass(self) -> Decimal:
        """The points of the total still missing to reach the pass mark (rounded up; 0 if passed)."""
        return up(max(Fraction(0), Fraction(self.pass_mark) - self.card.total_exact))

    def largest(self, count: int | None = None) -> tuple[IndicatorGap, ...]:
        """The indicators that lost most points first (ties in the edition's order), *count* of them.

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> [gap.indicator.number for gap in card.gaps().largest(3)]
        [9, 10, 6]
        """
        ordered = sorted(self.indicators, key=lambda gap: -gap.points_lost_exact)
        return tuple(ordered if count is None else ordered[:count])

    def indicator(self, number: int) -> IndicatorGap:
        """The gap of indicator *number*."""
        for gap in self.indicators:
            if gap.indicator.number == number:
                return gap
        numbers = ", ".join(str(gap.indicator.number) for gap in self.indicators)
        raise UnknownCodeError(f"no indicator {number!r} (there are {numbers})", value=number)

    def format(self, *, lang: Lang = "th", digits: Digits = "thai") -> str:
        """A plain-text report: indicators by points lost, then the routes to pass and up a level.

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> print(card.gaps().format(lang="en", digits="arabic").splitlines()[1])
         9  information disclosure      80.00         4.00           —
        """
        from itakit.scoring._gaps_text import gaps_text

        return gaps_text(self, lang=check_lang(lang), digits=check_digits(digits))

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        card = self.card
        route = "passed" if not self.to_pass else f"to pass: {self.to_pass.describe()}"
        return (
            f"Gaps(FY {card.fiscal_year}, total {card.total}, level {card.level},"
            f" lost {self.points_lost}; {route})"
        )


def _alone(
    framework: Rules, scores: Mapping[int, Fraction], target: Level
) -> dict[int, Decimal | None]:
    """For each indicator, the points it alone must gain to reach *target* (None if it cannot)."""
    weights = {i.number: Fraction(i.weight) for i in framework.indicators}
    weighted = sum((weights[n] * scores[n] for n in weights), Fraction(0))
    total_short = Fraction(target.min_total) * _HUNDRED - weighted
    tool_short: dict[object, tuple[Fraction, dict[int, Fraction]]] = {}
    if target.min_tool_score is not None:
        for part in framework.tools:
            own = {i.number: weights[i.number] for i in part.indicators}
            if not any(own.values()):  # a tool whose indicators all weigh 0 scores their mean
                own = dict.fromkeys(own, Fraction(1))
            short = Fraction(target.min_tool_score) * sum(own.values()) - sum(
                own[n] * scores[n] for n in own
            )
            tool_short[part.tool] = (short, own)
    result: dict[int, Decimal | None] = {}
    for indicator in framework.indicators:
        number = indicator.number
        needed = max(Fraction(0), total_short / weights[number]) if weights[number] else None
        if total_short <= 0:
            needed = Fraction(0)
        for tool, (short, own) in tool_short.items():
            if short <= 0:
                continue
            if tool is not indicator.tool or own[number] == 0:
                needed = None
            elif needed is not None:
                needed = max(needed, short / own[number])
        if needed is None or needed > _HUNDRED - scores[number]:
            result[number] = None
        else:
            result[number] = up(needed)
    return result


def gaps(card: ScoreCard) -> Gaps:
    """Where *card* lost its points, and the cheapest routes to pass and to the next level.

    >>> import itakit
    >>> trat = itakit.framework(2564).score_indicators({1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93,
    ...     5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}, agency="ตราด")
    >>> result = gaps(trat)
    >>> [(gap.indicator.number, gap.points_lost) for gap in result.largest(2)]
    [(10, Decimal('6.89')), (9, Decimal('5.42'))]
    >>> [(step.indicator.number, step.from_score, step.to_score) for step in result.to_pass.steps]
    [(9, Decimal('72.89'), Decimal('78.09')), (10, Decimal('65.56'), Decimal('78.09'))]
    """
    framework = card.framework
    scores = card.indicator_scores_exact
    scheme = framework.levels
    passing = pass_level(scheme)
    above = level_above(scheme, card.level)
    to_pass = _alone(framework, scores, passing)
    to_next = _alone(framework, scores, above) if above is not None else {}
    indicators = []
    for indicator in framework.indicators:
        score = scores[indicator.number]
        lost = Fraction(indicator.weight) * (_HUNDRED - score) / _HUNDRED
        indicators.append(
            IndicatorGap(
                indicator=indicator,
                score=half_up(score),
                points_lost=half_up(lost),
                points_lost_exact=lost,
                alone_to_pass=to_pass[indicator.number],
                alone_to_next=to_next.get(indicator.number),
            )
        )
    return Gaps(
        card=card,
        indicators=tuple(indicators),
        next_level=above,
        to_pass=plan_route(framework, scores, passing),
        to_next=None if above is None else plan_route(framework, scores, above),
    )
