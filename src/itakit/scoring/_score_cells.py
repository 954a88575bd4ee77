"""A column of 0–100 scores (indicators, sub-indicators), read cell by cell, exactly.

Tables of scores have one row per agency, so reading each cell with
:func:`~itakit.scoring._exact.read_score` costs little and keeps every rule of
the one-agency path: a float is the decimal it prints as, text may use Thai
digits, and a blank, NaN, a bool or a value outside 0–100 is a problem.

>>> exact, bad = read_score_cells(np.array([93.55, np.nan, 101.0]), None)
>>> exact[0], [(row, message) for row, message, _ in bad]
(Fraction(1871, 20), [(1, 'blank'), (2, '101.0 is outside 0–100')])
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np
from numpy.typing import NDArray

from itakit.errors import ItakitError
from itakit.scoring._choices import is_blank
from itakit.scoring._exact import read_score

__all__ = ["read_score_cells"]


def read_score_cells(
    values: NDArray[Any], blank: NDArray[np.bool_] | None
) -> tuple[list[Fraction], list[tuple[int, str, object]]]:
    """Each cell's exact score (0 where it is bad), and the bad cells as (row, message, value)."""
    exact: list[Fraction] = []
    bad: list[tuple[int, str, object]] = []
    cells = values.tolist()
    gaps = blank.tolist() if blank is not None else [False] * len(cells)
    zero = Fraction(0)
    for row, (cell, gap) in enumerate(zip(cells, gaps, strict=True)):
        if gap or is_blank(cell):
            bad.append((row, "blank", None))
            exact.append(zero)
            continue
        try:
            exact.append(read_score(cell))
        except ItakitError as error:
            bad.append((row, error.message, cell))
            exact.append(zero)
    return exact, bad
