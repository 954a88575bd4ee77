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

from collections.abc import Callable, Sequence
from fractions import Fraction

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit.scoring._exact import cents
from itakit.scoring.weighting import Plan, compose

__all__ = ["TIE", "Published", "publish"]

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


def publish(
    plan: Plan,
    scores: NDArray[np.float64],
    exact: Callable[[int], Sequence[Fraction]],
) -> Published:
    """Publish every agency's values from its indicator *scores* (agencies × indicators).

    *exact* gives one agency's exact indicator scores by row, for the agencies
    that come near a rounding tie.
    """
    indicator, near = _hundredths(scores)
    tool_score, near_score = _hundredths(scores @ plan.tool_matrix)
    tool_point, near_point = _hundredths(scores @ plan.points_matrix)
    total, near_total = _hundredths(scores @ plan.total_vector)
    doubtful = near.any(axis=1) | near_score.any(axis=1) | near_point.any(axis=1) | near_total
    rows = np.flatnonzero(doubtful)
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
