"""Where the points are: what each indicator cost, and what it takes to pass or go up a level.

An indicator of weight *w* scoring *s* loses ``w × (100 − s) / 100`` points of
the total; the points lost by all indicators add up to ``100 − total``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

import attrs

from itakit.analysis._cents import half_up, up
from itakit.analysis.levels import level_above, lowest_passing_level
from itakit.analysis.route import Route, plan_route
from itakit.rules.framework import Framework
from itakit.rules.indicators import Indicator
from itakit.rules.levels import Level

__all__ = ["Gaps", "IndicatorGap", "gaps_of"]

_HUNDRED = Fraction(100)


@attrs.frozen
class IndicatorGap:
    """What one indicator cost, and what it would need on its own to pass or to go up a level.

    ``alone_to_pass`` and ``alone_to_next`` are indicator points (rounded up);
    ``0`` when the level is already reached, ``None`` when this indicator
    cannot reach it on its own (not enough room to 100, or another tool short).
    """

    indicator: Indicator
    score: Decimal
    points_lost: Decimal
    points_lost_exact: Fraction
    alone_to_pass: Decimal | None
    alone_to_next: Decimal | None


@attrs.frozen
class Gaps:
    """The gap analysis of one score card: per indicator, and the cheapest routes up.

    :attr:`indicators` are in the edition's order; :meth:`largest` sorts them by
    points lost.  :attr:`to_pass` is the cheapest route to the lowest passing
    level (empty if the card passes), :attr:`to_next` to the level above the
    card's (``None`` at the top level).
    """

    level: Level
    next_level: Level | None
    pass_mark: Decimal
    indicators: tuple[IndicatorGap, ...]
    to_pass: Route
    to_next: Route | None

    def largest(self, count: int | None = None) -> tuple[IndicatorGap, ...]:
        """The indicators that lost most points first (ties in the edition's order), *count* of them."""
        ordered = sorted(self.indicators, key=lambda gap: -gap.points_lost_exact)
        return tuple(ordered if count is None else ordered[:count])

    @property
    def points_lost(self) -> Decimal:
        """All points lost, ``100 − total``, rounded half up."""
        return half_up(sum((gap.points_lost_exact for gap in self.indicators), Fraction(0)))

    def indicator(self, number: int) -> IndicatorGap:
        """The gap of indicator *number*."""
        for gap in self.indicators:
            if gap.indicator.number == number:
                return gap
        from itakit.errors import UnknownCodeError

        numbers = [gap.indicator.number for gap in self.indicators]
        raise UnknownCodeError(f"no indicator {number} (there are {numbers})", value=number)


def _alone(
    framework: Framework, scores: Mapping[int, Fraction], target: Level
) -> dict[int, Decimal | None]:
    """For each indicator, the points it alone must gain to reach *target* (None if it cannot)."""
    weights = {i.number: Fraction(i.weight) for i in framework.indicators}
    weighted = sum((weights[n] * scores[n] for n in weights), Fraction(0))
    total_short = Fraction(target.min_total) * _HUNDRED - weighted
    tool_short: dict[object, Fraction] = {}
    if target.min_tool_score is not None:
        for part in framework.tools:
            part_weight = sum((weights[i.number] for i in part.indicators), Fraction(0))
            part_points = sum(
                (weights[i.number] * scores[i.number] for i in part.indicators), Fraction(0)
            )
            tool_short[part.tool] = Fraction(target.min_tool_score) * part_weight - part_points
    result: dict[int, Decimal | None] = {}
    for indicator in framework.indicators:
        number = indicator.number
        others_short = any(
            short > 0 for tool, short in tool_short.items() if tool != indicator.tool
        )
        needed = max(total_short, tool_short.get(indicator.tool, Fraction(0)), Fraction(0))
        if needed == 0:
            result[number] = Decimal("0.00")
        elif (
            others_short
            or weights[number] == 0
            or needed / weights[number] > _HUNDRED - scores[number]
        ):
            result[number] = None
        else:
            result[number] = up(needed / weights[number])
    return result


def gaps_of(framework: Framework, scores: Mapping[int, Fraction], level: Level) -> Gaps:
    """The :class:`Gaps` of exact indicator *scores* (by number) rated *level* under *framework*."""
    scheme = framework.levels
    passing = lowest_passing_level(scheme)
    above = level_above(scheme, level)
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
        level=level,
        next_level=above,
        pass_mark=scheme.pass_mark,
        indicators=tuple(indicators),
        to_pass=plan_route(framework, scores, passing),
        to_next=None if above is None else plan_route(framework, scores, above),
    )
