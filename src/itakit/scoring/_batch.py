"""Many agencies at once: float matrices, published exactly.

Tool scores, points and totals are matrix products of the indicator scores in
float64.  A published value is rounded half up to hundredths; floats are
exact to far better than 1e-6 of a hundredth here (values up to 100, a few
dozen operations), so only a value within :data:`TIE` of a half-hundredth can
round either way.  Every agency with such a value is scored again on the
exact path, so the published numbers and levels of the fast path are those of
the exact path, always.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit.scoring._exact import cents
from itakit.scoring.weighting import Plan, compose

__all__ = ["TIE", "Published", "Ratios", "publish"]

TIE = 1e-6
"""How near a half-hundredth (in hundredths) a float must come to be checked exactly."""


@attrs.frozen(eq=False)
class Published:
    """Every agency's published values in hundredths, and its level's index in the scheme."""

    indicator_cents: NDArray[np.int64]
    tool_score_cents: NDArray[np.int64]
    tool_point_cents: NDArray[np.int64]
    total_cents: NDArray[np.int64]
    level_index: NDArray[np.int8]
    rescored: int
    """How many agencies came near a rounding tie and were scored exactly."""


def _hundredths(values: NDArray[np.float64]) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
    scaled = values * 100
    rounded = np.floor(scaled + 0.5)
    near = np.abs(scaled - np.floor(scaled) - 0.5) < TIE
    return rounded.astype(np.int64), near


Ratios = tuple[NDArray[np.int64], int]
"""A column of exact scores as integer numerators (one per agency) over one denominator."""

_SAFE = 2**62


def _cents(numerators: NDArray[np.int64], denominator: int) -> NDArray[np.int64]:
    """``numerators / denominator`` in hundredths, rounded half up, in integers (vectorised)."""
    return (200 * numerators + denominator) // (2 * denominator)


def _exactly(plan: Plan, fixed: Mapping[int, Ratios], arrays: tuple[NDArray[Any], ...]) -> None:
    """Publish exactly, in integer arrays, whatever depends only on *fixed* indicators.

    *arrays* are (indicator, near, tool_score, near_score, tool_point, near_point,
    total, near_total); those values are overwritten and no longer near a tie.
    """
    indicator, near, tool_score, near_score, tool_point, near_point, total, near_total = arrays
    for p, (numerators, denominator) in fixed.items():
        indicator[:, p] = _cents(numerators, denominator)
        near[:, p] = False
    groups = [(t, positions) for t, positions in enumerate(plan.members)]
    if all(p in fixed for p in range(len(plan.numbers))):
        groups.append((-1, tuple(range(len(plan.numbers)))))
    for t, positions in groups:
        if not positions or not all(p in fixed for p in positions):
            continue
        common = math.lcm(*(fixed[p][1] for p in positions))
        scale = plan.weight_scale * common * 100
        if 200 * scale * max(max(plan.weights), 1) * len(positions) >= _SAFE:
            continue  # too large for int64: left to the exact path
        over = [fixed[p][0] * (common // fixed[p][1]) for p in positions]
        points = sum((plan.weights[p] * n for p, n in zip(positions, over, strict=True)),
                     np.zeros(len(indicator), dtype=np.int64))  # fmt: skip
        if t < 0:
            total[:] = _cents(points, scale)
            near_total[:] = False
            continue
        own = plan.mean_weights[t]
        mean = sum((w * n for w, n in zip(own, over, strict=True)),
                   np.zeros(len(indicator), dtype=np.int64))  # fmt: skip
        tool_score[:, t] = _cents(mean, common * sum(own))
        near_score[:, t] = False
        tool_point[:, t] = _cents(points, scale)
        near_point[:, t] = False


def _split(
    values: NDArray[Any], n: int, t: int
) -> tuple[NDArray[Any], NDArray[Any], NDArray[Any], NDArray[Any]]:
    """Views of *values* (agencies × (indicators, tool scores, tool points, total)): its parts."""
    return values[:, :n], values[:, n : n + t], values[:, n + t : n + 2 * t], values[:, n + 2 * t]


def publish(
    plan: Plan,
    scores: NDArray[np.float64],
    exact: Callable[[int], Sequence[Fraction]],
    fixed: Mapping[int, Ratios] | None = None,
) -> Published:
    """Publish every agency's values from its indicator *scores* (agencies × indicators).

    *exact* gives one agency's exact indicator scores by row, for the agencies
    that come near a rounding tie.  *fixed* gives, for indicators (by
    position) whose exact scores are integers over one denominator (OIT
    scores of two decimals, checklist shares), those numerators: the values
    made of such indicators alone (the OIT tool's score and points) are then
    published exactly in integer arrays, and no agency is rescored for them.
    """
    n, t = scores.shape[1], len(plan.tools)
    values, near = _hundredths(np.concatenate([scores, scores @ plan.rollup], axis=1))
    indicator, tool_score, tool_point, total = _split(values, n, t)
    if fixed:
        near_indicator, near_score, near_point, near_total = _split(near, n, t)
        _exactly(
            plan,
            fixed,
            (
                indicator,
                near_indicator,
                tool_score,
                near_score,
                tool_point,
                near_point,
                total,
                near_total,
            ),
        )
    rows = np.flatnonzero(near.any(axis=1))
    for row in rows.tolist():
        scores_exact = exact(row)
        composed = compose(plan, scores_exact)
        indicator[row] = [cents(score) for score in scores_exact]
        tool_score[row] = composed.tool_score_cents
        tool_point[row] = composed.tool_point_cents
        total[row] = composed.total_cents
    return Published(
        indicator_cents=indicator,
        tool_score_cents=tool_score,
        tool_point_cents=tool_point,
        total_cents=total,
        level_index=plan.scheme.assign_hundredths(total, tool_score),
        rescored=len(rows),
    )
