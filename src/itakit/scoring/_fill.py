"""The arithmetic of the cheapest route: which scores to raise, and by how much.

Pure functions over numbers, exact in :class:`~fractions.Fraction`.  An
indicator of weight *w* (points of 100) raised by one point adds ``w / 100`` to
the total, so the route that reaches a total with the fewest indicator points
raises the heaviest indicators first.  Among indicators of equal weight every
split costs the same; the lowest is raised first ("water filling"), so the plan
lifts the weakest indicator before it touches a stronger one.

A tool's score is the weighted mean of its indicators.  A level that asks a
minimum of every tool is reached by first lifting each tool that falls short
(within the tool, again heaviest first), then the total.  Tools do not share
indicators, so the cost of each tool is a convex function of what it must
gain, and this order is optimal.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from fractions import Fraction

__all__ = ["cheapest_raise", "water_fill"]

_HUNDRED = Fraction(100)


def water_fill(scores: Mapping[int, Fraction], points: Fraction) -> dict[int, Fraction]:
    """Raise the lowest of *scores* first, by *points* in all, none above 100.

    Returns the new score of each key.  *points* must not exceed the room left
    to 100.

    >>> water_fill({1: Fraction(60), 2: Fraction(70), 3: Fraction(90)}, Fraction(30))
    {1: Fraction(80, 1), 2: Fraction(80, 1), 3: Fraction(90, 1)}
    """
    order = sorted(scores, key=lambda key: (scores[key], key))
    result = dict(scores)
    raised: list[int] = []
    below = Fraction(0)  # the sum of the scores raised so far
    for position, key in enumerate(order):
        raised.append(key)
        below += scores[key]
        ceiling = scores[order[position + 1]] if position + 1 < len(order) else _HUNDRED
        if len(raised) * ceiling - below >= points:
            level = (points + below) / len(raised)
            for lifted in raised:
                result[lifted] = level
            return result
    if points > 0:
        raise ValueError(f"cannot raise {len(scores)} scores by {points} points")
    return result


def _weighted_sum(
    scores: Mapping[int, Fraction], weights: Mapping[int, Fraction], keys: Iterable[int]
) -> Fraction:
    return sum((weights[key] * scores[key] for key in keys), Fraction(0))


def _fill(
    scores: dict[int, Fraction],
    weights: Mapping[int, Fraction],
    keys: Iterable[int],
    weighted_points: Fraction,
) -> None:
    """Add *weighted_points* (Σ weight × score) to *scores* among *keys*, heaviest weights first."""
    by_weight: dict[Fraction, list[int]] = {}
    for key in keys:
        if weights[key] > 0:
            by_weight.setdefault(weights[key], []).append(key)
    for weight in sorted(by_weight, reverse=True):
        members = by_weight[weight]
        room = weight * sum((_HUNDRED - scores[key] for key in members), Fraction(0))
        if room >= weighted_points:
            scores.update(
                water_fill({key: scores[key] for key in members}, weighted_points / weight)
            )
            return
        scores.update(dict.fromkeys(members, _HUNDRED))
        weighted_points -= room
    if weighted_points > 0:
        raise ValueError("not enough room below 100 to reach the target")


def cheapest_raise(
    scores: Mapping[int, Fraction],
    weights: Mapping[int, Fraction],
    tools: Mapping[int, Hashable],
    *,
    min_total: Fraction,
    min_tool_score: Fraction | None = None,
) -> dict[int, Fraction]:
    """New scores that reach *min_total* (and every tool *min_tool_score*) with the fewest points.

    *weights* are points of 100 and sum to 100; *tools* names the tool of each
    key; the total is ``Σ weight × score / 100`` and a tool's score the weighted
    mean of its indicators (the plain mean if they all weigh 0).  Scores never
    go down.

    >>> weights = {1: Fraction(30), 2: Fraction(70)}
    >>> cheapest_raise({1: Fraction(50), 2: Fraction(50)}, weights, {1: "A", 2: "B"}, min_total=Fraction(64))
    {1: Fraction(50, 1), 2: Fraction(70, 1)}
    >>> cheapest_raise({1: Fraction(50), 2: Fraction(90)}, weights, {1: "A", 2: "B"},
    ...                min_total=Fraction(64), min_tool_score=Fraction(60))
    {1: Fraction(60, 1), 2: Fraction(90, 1)}
    """
    result = dict(scores)
    if min_tool_score is not None:
        members: dict[Hashable, list[int]] = {}
        for key in scores:
            members.setdefault(tools[key], []).append(key)
        for keys in members.values():
            # A tool whose indicators all weigh 0 scores their plain mean.
            own = {key: weights[key] for key in keys}
            if not any(own.values()):
                own = dict.fromkeys(keys, Fraction(1))
            tool_weight = sum(own.values(), Fraction(0))
            short = min_tool_score * tool_weight - _weighted_sum(result, own, keys)
            if short > 0:
                _fill(result, own, keys, short)
    short = min_total * _HUNDRED - _weighted_sum(result, weights, scores)
    if short > 0:
        _fill(result, weights, scores, short)
    return result
