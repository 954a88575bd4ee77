"""A table of agencies at a glance: how many at each level, the mean, and the share that passed."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from itakit._numbers import half_up
from itakit.fiscal_year import FiscalYear

if TYPE_CHECKING:
    from itakit.scoring.table import ScoreTable

__all__ = ["Summary", "level_counts", "summary"]


@attrs.frozen
class Summary:
    """The national (or provincial) picture: how many agencies, their mean, how many passed.

    ``mean`` is the mean of the published totals; ``passed_percent`` the
    percentage of agencies whose published total reaches ``pass_mark``; both
    rounded half up to two decimals.

    >>> Summary(fiscal_year=FiscalYear(2565), count=8303, mean=Decimal("87.57"), passed=5855,
    ...         passed_percent=Decimal("70.52"), pass_mark=Decimal(85)).passed
    5855
    """

    fiscal_year: FiscalYear
    count: int
    mean: Decimal | None
    passed: int
    passed_percent: Decimal | None
    pass_mark: Decimal


def level_counts(table: ScoreTable) -> dict[str, int]:
    """How many agencies of *table* are at each level, best level first, levels with none included.

    >>> import itakit
    >>> table = itakit.score_indicator_table(itakit.framework(2564), {
    ...     "agency": ["ก", "ข", "ค", "ง"], **{str(n): [80, 90, 80, 70] for n in range(1, 11)}})
    >>> level_counts(table)
    {'AA': 0, 'A': 1, 'B': 2, 'C': 1, 'D': 0, 'E': 0, 'F': 0}
    """
    counts = dict.fromkeys((str(level) for level in table.framework.levels.levels), 0)
    labels = list(counts)
    for index in table.published_values.level_index.tolist():
        counts[labels[index]] += 1
    return counts


def summary(table: ScoreTable) -> Summary:
    """The count, the mean published total, and how many reached the pass mark.

    >>> import itakit
    >>> table = itakit.score_indicator_table(itakit.framework(2564), {
    ...     "agency": ["ก", "ข", "ค", "ง"], **{str(n): [80, 90, 80, 70] for n in range(1, 11)}})
    >>> result = summary(table)
    >>> result.count, result.mean, result.passed, result.passed_percent
    (4, Decimal('80.00'), 1, Decimal('25.00'))
    """
    totals = [int(cents) for cents in table.published_values.total_cents.tolist()]
    pass_mark = table.framework.levels.pass_mark
    passed = sum(1 for cents in totals if cents >= pass_mark * 100)
    count = len(totals)
    return Summary(
        fiscal_year=table.framework.fiscal_year,
        count=count,
        mean=half_up(Fraction(sum(totals), 100 * count)) if count else None,
        passed=passed,
        passed_percent=half_up(Fraction(100 * passed, count)) if count else None,
        pass_mark=pass_mark,
    )
