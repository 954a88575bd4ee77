"""Exact composition: indicator scores → tool scores, tool points, total, in integers.

Each score is a fraction ``a_i / b_i``; over their common denominator ``L`` the
weighted sums are integers, so the total and every tool's score and points come
out as exact fractions and round half up without error.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from itakit.scoring._exact import cents_of_ratio
from itakit.scoring.weighting import Plan

__all__ = ["Composed", "compose"]


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
