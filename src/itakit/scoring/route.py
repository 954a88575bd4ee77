"""The cheapest route to a level: which indicators to raise, from what, to what.

An indicator of weight *w* adds ``w / 100`` to the total for each point it
gains, up to 100, so the route with the fewest indicator points raises the
heaviest indicators first; among equal weights it lifts the lowest first.
Where a level asks a minimum of every tool (ผ่านดี: every tool ≥ 85, FY 2566
on), the route first lifts each tool that falls short, a tool's score being
the weighted mean of its indicators, then the total.

Target values are rounded *up* to two decimals, and the route reaches the
level's minimum total without relying on the total being rounded up.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from itakit._numbers import half_up, round_up
from itakit.rules.framework import Rules
from itakit.rules.indicators import Indicator
from itakit.rules.levels import Level
from itakit.scoring._fill import cheapest_raise
from itakit.thai import Digits, with_digits

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard

_CENT = Decimal("0.01")
_HUNDRED_SHOWN = Decimal("100.00")

__all__ = ["Route", "Step", "cheapest_route", "plan_route"]


@attrs.frozen(repr=False)
class Step:
    """Raise one indicator from one score to another; unpacks as ``(indicator, from_score, to_score)``.

    >>> from itakit.rules import Indicator
    >>> oit = Indicator(number=10, name_th="การป้องกันการทุจริต", name_en="corruption prevention", tool="OIT", weight=20)
    >>> step = Step(indicator=oit, from_score=Decimal("65.56"), to_score=Decimal("83.31"))
    >>> indicator, before, after = step
    >>> indicator.number, step.gain
    (10, Decimal('17.75'))
    """

    indicator: Indicator
    from_score: Decimal
    to_score: Decimal

    @property
    def gain(self) -> Decimal:
        """The indicator points the step adds."""
        return self.to_score - self.from_score

    def __iter__(self) -> Iterator[Indicator | Decimal]:
        return iter((self.indicator, self.from_score, self.to_score))

    def __repr__(self) -> str:
        return (
            f"Step({self.indicator.number} {self.indicator.name_th}:"
            f" {self.from_score} → {self.to_score})"
        )


@attrs.frozen(repr=False)
class Route:
    """The steps that reach :attr:`target` with the fewest indicator points; empty if already there.

    >>> from itakit.rules import Indicator, Level
    >>> oit = Indicator(number=10, name_th="การป้องกันการทุจริต", name_en="corruption prevention", tool="OIT", weight=20)
    >>> route = Route(
    ...     target=Level(label_th="A", label_en="A", min_total=85),
    ...     steps=(Step(indicator=oit, from_score=Decimal("65.56"), to_score=Decimal("83.31")),),
    ... )
    >>> route.points, route.changes
    (Decimal('17.75'), {10: Decimal('83.31')})
    """

    target: Level
    steps: tuple[Step, ...]

    @property
    def points(self) -> Decimal:
        """The indicator points the route adds, all steps together."""
        return sum((step.gain for step in self.steps), Decimal("0.00"))

    @property
    def changes(self) -> dict[int, Decimal]:
        """The new scores by indicator number, as ``ScoreCard.what_if`` takes them."""
        return {step.indicator.number: step.to_score for step in self.steps}

    def describe(self, *, digits: Digits = "arabic") -> str:
        """The steps on one line: ``"9 72.89 → 78.09, 10 65.56 → 78.09"`` (``"—"`` if none).

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> cheapest_route(card, "A").describe(digits="thai")
        '๙ ๘๐.๐๐ → ๙๒.๕๐, ๑๐ ๘๐.๐๐ → ๙๒.๕๐'
        """
        text = ", ".join(
            f"{step.indicator.number} {step.from_score} → {step.to_score}" for step in self.steps
        )
        return with_digits(text or "—", digits)

    def __bool__(self) -> bool:
        return bool(self.steps)

    def __repr__(self) -> str:
        return f"Route(to {self.target}: {self.describe()}; +{self.points} points)"


def plan_route(framework: Rules, scores: Mapping[int, Fraction], target: Level) -> Route:
    """The cheapest :class:`Route` from exact indicator *scores* to *target*.

    >>> from itakit.rules import Indicator, LevelScheme, Rules
    >>> fw = Rules(
    ...     fiscal_year=2564, title_th="ตัวอย่าง", title_en="example", levels=LevelScheme.letter_bands(),
    ...     indicators=(
    ...         Indicator(number=1, name_th="หนึ่ง", name_en="one", tool="IIT", weight=40),
    ...         Indicator(number=2, name_th="สอง", name_en="two", tool="OIT", weight=60),
    ...     ),
    ... )
    >>> route = plan_route(fw, {1: Fraction(80), 2: Fraction(80)}, fw.levels.levels[1])
    >>> [(step.indicator.number, str(step.from_score), str(step.to_score)) for step in route.steps]
    [(2, '80.00', '88.34')]
    """
    indicators = framework.indicators
    new = cheapest_raise(
        scores,
        {indicator.number: Fraction(indicator.weight) for indicator in indicators},
        {indicator.number: indicator.tool for indicator in indicators},
        min_total=Fraction(target.min_total),
        min_tool_score=None if target.min_tool_score is None else Fraction(target.min_tool_score),
    )
    steps = []
    for indicator in indicators:
        before, after = scores[indicator.number], new[indicator.number]
        if after > before:
            shown = half_up(before)
            # A rise smaller than the rounding still shows as one hundredth, up to 100.
            to_score = min(_HUNDRED_SHOWN, max(round_up(after), shown + _CENT))
            steps.append(Step(indicator=indicator, from_score=shown, to_score=to_score))
    return Route(target=target, steps=tuple(steps))


def cheapest_route(card: ScoreCard, level: Level | str) -> Route:
    """The cheapest :class:`Route` from *card* to *level* (a level of its edition, or its label).

    The route is empty if the card is at that level or a better one.

    >>> import itakit
    >>> card = itakit.framework(2567).score_indicators(
    ...     {1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 80, 7: 84, 8: 88, 9: 95, 10: 95})
    >>> str(card.level)
    'ผ่าน'
    >>> route = cheapest_route(card, "ผ่านดี")
    >>> [(step.indicator.number, step.from_score, step.to_score) for step in route.steps]
    [(6, Decimal('80.00'), Decimal('83.00'))]
    >>> str(card.what_if(route.changes).level)
    'ผ่านดี'
    """
    from itakit.rules.level_search import find_level

    levels = card.framework.levels.levels
    target = find_level(card.framework.levels, level)
    if target in levels and levels.index(card.level) <= levels.index(target):
        return Route(target=target, steps=())  # already there, or better
    return plan_route(card.framework, card.indicator_scores_exact, target)
