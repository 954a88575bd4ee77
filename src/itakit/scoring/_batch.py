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


def _cents(
    numerators: NDArray[np.int64], denominator: int | NDArray[np.int64]
) -> NDArray[np.int64]:
    """``numerators / denominator`` in hundredths, rounded half up, in integers (vectorised; a
    denominator per column when an array)."""
    return (200 * numerators + denominator) // (2 * denominator)


@attrs.frozen(eq=False)
class _Exactly:
    """How to publish, in integers, the values that depend only on indicators with fixed
    denominators: which columns of the published matrix (indicators, tool scores, tool points,
    total) they are, and the integer weights that make them."""

    columns: NDArray[np.intp]
    """The fixed indicators' columns, in the order of the fixed mapping."""
    denominators: NDArray[np.int64]
    factors: NDArray[np.int64]
    """Each fixed indicator's numerators × this = its numerators over the common denominator."""
    made: NDArray[np.intp]
    """The columns made of fixed indicators alone (tool scores, tool points, the total)."""
    weights: NDArray[np.int64]
    """(fixed indicators × made): the integer weights of each made value's numerator."""
    made_denominators: NDArray[np.int64]


def _layout(plan: Plan, fixed: tuple[tuple[int, int], ...]) -> _Exactly:
    """The :class:`_Exactly` of *fixed* ((position, denominator) pairs), remembered per plan."""
    known: _Exactly | None = plan.fixed_layouts.get(fixed)
    if known is not None:
        return known
    n, t = len(plan.numbers), len(plan.tools)
    order = [p for p, _ in fixed]
    common = math.lcm(*(d for _, d in fixed))
    groups = [(t, positions) for t, positions in enumerate(plan.members)]
    if len(order) == n:
        groups.append((-1, tuple(range(n))))
    made: list[int] = []
    columns: list[list[int]] = []
    denominators: list[int] = []
    for tool, positions in groups:
        if not positions or not all(p in order for p in positions):
            continue
        scale = plan.weight_scale * common * 100
        if 200 * scale * max(max(plan.weights), 1) * len(positions) >= _SAFE:
            continue  # too large for int64: left to the exact path
        points = [plan.weights[p] if p in positions else 0 for p in order]
        if tool < 0:
            made.append(n + 2 * t)
            columns.append(points)
            denominators.append(scale)
            continue
        own = dict(zip(positions, plan.mean_weights[tool], strict=True))
        made += [n + tool, n + t + tool]
        columns += [[own.get(p, 0) for p in order], points]
        denominators += [common * sum(own.values()), scale]
    found = _Exactly(
        columns=np.array(order, dtype=np.intp),
        denominators=np.array([d for _, d in fixed], dtype=np.int64),
        # only read when a made value passed the bound above (else they may not fit in int64)
        factors=np.array([common // d if made else 1 for _, d in fixed], dtype=np.int64),
        made=np.array(made, dtype=np.intp),
        weights=np.array(columns, dtype=np.int64).reshape(len(made), len(order)).T,
        made_denominators=np.array(denominators, dtype=np.int64),
    )
    if len(plan.fixed_layouts) >= _LAYOUTS:
        plan.fixed_layouts.clear()  # denominators come from the input: keep the memo bounded
    plan.fixed_layouts[fixed] = found
    return found


_LAYOUTS = 256
"""How many sets of fixed denominators a plan remembers the layout of."""


def _exactly(
    plan: Plan, fixed: Mapping[int, Ratios], values: NDArray[np.int64], near: NDArray[np.bool_]
) -> None:
    """Publish exactly, in integers, whatever depends only on *fixed* indicators.

    *values* and *near* are the published matrix in hundredths and its near-a-tie marks
    (agencies × (indicators, tool scores, tool points, total)); those values are overwritten
    and no longer near a tie.
    """
    layout = _layout(plan, tuple((p, d) for p, (_, d) in fixed.items()))
    numerators = np.array([found[0] for found in fixed.values()], dtype=np.int64).T
    values[:, layout.columns] = _cents(numerators, layout.denominators)
    near[:, layout.columns] = False
    if len(layout.made):
        made = (numerators * layout.factors) @ layout.weights
        values[:, layout.made] = _cents(made, layout.made_denominators)
        near[:, layout.made] = False


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
    if fixed:
        _exactly(plan, fixed, values, near)
    indicator, tool_score, tool_point, total = _split(values, n, t)
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
