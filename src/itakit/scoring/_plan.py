"""How one framework turns indicator scores into tool scores, points, a total and a level.

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
from decimal import Decimal

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit.rules.framework import Rules
from itakit.rules.levels import Level
from itakit.rules.tools import Tool
from itakit.scoring._memo import PerFramework

__all__ = ["Plan", "plan_of"]


def _hundredths_at_least(value: Decimal) -> int:
    """The smallest number of hundredths that is >= *value*."""
    return math.ceil(value * 100)


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
    levels: tuple[Level, ...]
    min_total: tuple[int, ...]
    """Per level, the least published total in hundredths."""
    min_tool: tuple[int | None, ...]
    """Per level, the least published tool score in hundredths, if it asks one."""
    pass_mark: int
    # float matrices of the many-agency path
    tool_matrix: NDArray[np.float64]
    """(indicators, tools): indicator scores @ it = tool scores."""
    points_matrix: NDArray[np.float64]
    """(indicators, tools): indicator scores @ it = tool points."""
    total_vector: NDArray[np.float64]
    """(indicators,): indicator scores @ it = the total."""


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
        levels=scheme.levels,
        min_total=tuple(_hundredths_at_least(level.min_total) for level in scheme.levels),
        min_tool=tuple(
            None if level.min_tool_score is None else _hundredths_at_least(level.min_tool_score)
            for level in scheme.levels
        ),
        pass_mark=_hundredths_at_least(scheme.pass_mark),
        tool_matrix=tool_matrix,
        points_matrix=points_matrix,
        total_vector=points_matrix.sum(axis=1),
    )


plan_of = PerFramework(_build)
"""The :class:`Plan` of a framework, built on first use."""
