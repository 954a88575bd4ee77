"""The weighting rule: how one framework turns indicator scores into tool scores, points, a total.

Built once per framework (see :mod:`itakit.scoring._memo`) and used by both
paths: exact integers on the one-agency path, float matrices on the
many-agency path.

- indicator *i* has weight ``w_i`` (points of 100); weights are held as
  integers ``weights[i] / weight_scale`` so that exact sums stay integers;
- a tool's score (0–100) is the weight-weighted mean of its indicators
  (the plain mean when its indicators weigh the same, as in every edition;
  the plain mean too if they all weigh 0);
- a tool's points are ``Σ w_i × score_i / 100`` over its indicators, and the
  total is the sum of every indicator's points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from typing import Any, NamedTuple

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit.rules.framework import Rules
from itakit.rules.levels import LevelScheme
from itakit.rules.tools import Tool
from itakit.scoring._exact import cents_of_ratio
from itakit.scoring._memo import PerFramework

__all__ = ["Composed", "Plan", "compose", "plan_of"]


@attrs.frozen(eq=False)
class Plan:
    """The arithmetic of one framework, precomputed."""

    numbers: tuple[int, ...]
    """Indicator numbers, in order; positions below index this tuple."""
    position: dict[int, int]
    weights: tuple[int, ...]
    weight_scale: int
    tools: tuple[Tool, ...]
    members: tuple[tuple[int, ...], ...]
    """Per tool, the positions of its indicators."""
    mean_weights: tuple[tuple[int, ...], ...]
    """Per tool, the weights of its indicators in its mean (its weights, or 1s if they are all 0)."""
    scheme: LevelScheme
    rollup: NDArray[np.float64]
    """The float matrix of the many-agency path, (indicators, 2 × tools + 1): indicator scores @ it
    = each tool's score, then each tool's points, then the total."""
    fixed_layouts: dict[Any, Any] = attrs.field(factory=dict, init=False, repr=False)
    """What :mod:`itakit.scoring._batch` publishes in integers, per set of fixed indicators."""


def _build(framework: Rules) -> Plan:
    indicators = framework.indicators
    numbers = tuple(indicator.number for indicator in indicators)
    places = max(max(0, -int(i.weight.as_tuple().exponent)) for i in indicators)
    scale = 10**places
    weights = tuple(int(i.weight * scale) for i in indicators)
    tools = tuple(tool for tool in Tool if any(i.tool is tool for i in indicators))
    members = tuple(tuple(p for p, i in enumerate(indicators) if i.tool is tool) for tool in tools)
    mean_weights = tuple(
        tuple(weights[p] for p in positions)
        if any(weights[p] for p in positions)
        else (1,) * len(positions)
        for positions in members
    )
    tool_matrix = np.zeros((len(numbers), len(tools)))
    points_matrix = np.zeros((len(numbers), len(tools)))
    for t, (positions, own) in enumerate(zip(members, mean_weights, strict=True)):
        for p, weight in zip(positions, own, strict=True):
            tool_matrix[p, t] = weight / sum(own)
            points_matrix[p, t] = weights[p] / scale / 100
    scheme = framework.levels
    return Plan(
        numbers=numbers,
        position={number: p for p, number in enumerate(numbers)},
        weights=weights,
        weight_scale=scale,
        tools=tools,
        members=members,
        mean_weights=mean_weights,
        scheme=scheme,
        rollup=np.column_stack([tool_matrix, points_matrix, points_matrix.sum(axis=1)]),
    )


plan_of = PerFramework(_build)
"""The :class:`Plan` of a framework, built on first use."""


class Composed(NamedTuple):
    """The exact parts of one agency's result as integer ratios, and each in published hundredths."""

    tool_score_ratios: tuple[tuple[int, int], ...]
    tool_point_numerators: tuple[int, ...]
    total_numerator: int
    points_denominator: int
    tool_score_cents: tuple[int, ...]
    tool_point_cents: tuple[int, ...]
    total_cents: int

    @property
    def tool_scores(self) -> tuple[Fraction, ...]:
        """Each tool's exact score out of 100."""
        return tuple(Fraction(n, d) for n, d in self.tool_score_ratios)

    @property
    def tool_points(self) -> tuple[Fraction, ...]:
        """Each tool's exact share of the total."""
        return tuple(Fraction(n, self.points_denominator) for n in self.tool_point_numerators)

    @property
    def total(self) -> Fraction:
        """The exact total."""
        return Fraction(self.total_numerator, self.points_denominator)


def compose(plan: Plan, scores: Sequence[Fraction]) -> Composed:
    """Compose exact indicator *scores* (in the plan's order) into a tool and total result."""
    ratios = [(score.numerator, score.denominator) for score in scores]
    common = math.lcm(*(d for _, d in ratios))
    numerators = [n * (common // d) for n, d in ratios]
    weighted = [w * n for w, n in zip(plan.weights, numerators, strict=True)]
    points_denominator = plan.weight_scale * common * 100
    tool_score_ratios = tuple(
        (sum(w * numerators[p] for p, w in zip(positions, own, strict=True)), common * sum(own))
        for positions, own in zip(plan.members, plan.mean_weights, strict=True)
    )
    tool_point_numerators = tuple(sum(weighted[p] for p in positions) for positions in plan.members)
    total = sum(weighted)
    return Composed(
        tool_score_ratios=tool_score_ratios,
        tool_point_numerators=tool_point_numerators,
        total_numerator=total,
        points_denominator=points_denominator,
        tool_score_cents=tuple(cents_of_ratio(n, d) for n, d in tool_score_ratios),
        tool_point_cents=tuple(
            cents_of_ratio(n, points_denominator) for n in tool_point_numerators
        ),
        total_cents=cents_of_ratio(total, points_denominator),
    )
