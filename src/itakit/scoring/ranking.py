"""Agencies against each other: rank by published total, and percentile within a peer group.

Ranks are competition ranks, as league tables print them: agencies with the
same published total share the best rank, and the next rank skips
(1, 2, 2, 4).  An agency's percentile is the share of its group, itself
included, whose published total is at most its own: the best agency of a
group is at 100.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from itakit._numbers import half_up
from itakit.errors import InputTypeError, ValidationError
from itakit.rules.levels import Level

if TYPE_CHECKING:
    from itakit.scoring.table import ScoreTable

__all__ = ["Ranked", "percentiles", "rank"]


@attrs.frozen(repr=False)
class Ranked:
    """One agency's place in a table: its rank, published total and level.

    >>> from itakit.rules import Level
    >>> Ranked(rank=1, agency="ตราด", total=Decimal("81.45"), level=Level(label_th="B", label_en="B", min_total=75)).rank
    1
    """

    rank: int
    agency: Hashable
    total: Decimal
    level: Level

    def __repr__(self) -> str:
        return f"Ranked({self.rank}, {self.agency!r}, total {self.total}, level {self.level})"


def _totals(table: ScoreTable) -> list[int]:
    """Each agency's published total in hundredths, in the table's order."""
    return [int(cents) for cents in table.published_values.total_cents.tolist()]


def rank(table: ScoreTable) -> tuple[Ranked, ...]:
    """Every agency of *table*, best published total first, with competition ranks (1, 2, 2, 4).

    Agencies with the same total keep the table's (sorted) agency order.

    >>> import itakit
    >>> table = itakit.score_indicator_table(itakit.framework(2564), {
    ...     "agency": ["ก", "ข", "ค", "ง"], **{str(n): [80, 90, 80, 70] for n in range(1, 11)}})
    >>> [(row.rank, row.agency, str(row.level)) for row in rank(table)]
    [(1, 'ข', 'A'), (2, 'ก', 'B'), (2, 'ค', 'B'), (4, 'ง', 'C')]
    """
    totals = _totals(table)
    levels = table.framework.levels.levels
    index = table.published_values.level_index.tolist()
    order = sorted(range(len(totals)), key=lambda row: -totals[row])
    ranked: list[Ranked] = []
    current = 0
    for place, row in enumerate(order, start=1):
        if place == 1 or totals[row] != totals[order[place - 2]]:
            current = place
        ranked.append(
            Ranked(
                rank=current,
                agency=table.agencies[row],
                total=Decimal(totals[row]).scaleb(-2),
                level=levels[index[row]],
            )
        )
    return tuple(ranked)


def percentiles(
    table: ScoreTable, group: Mapping[Hashable, Hashable] | None = None
) -> dict[Hashable, Decimal]:
    """Each agency's percentile (0–100, two decimals) within its peer group, or within the table.

    *group* maps every agency of the table to its group's label (``"อบต."``,
    ``"เทศบาล"``); an agency is compared only with its own group.

    >>> import itakit
    >>> table = itakit.score_indicator_table(itakit.framework(2564), {
    ...     "agency": ["ก", "ข", "ค", "ง"], **{str(n): [80, 90, 80, 70] for n in range(1, 11)}})
    >>> percentiles(table)
    {'ก': Decimal('75.00'), 'ข': Decimal('100.00'), 'ค': Decimal('75.00'), 'ง': Decimal('25.00')}
    >>> percentiles(table, group={"ก": "อบต.", "ข": "อบต.", "ค": "เทศบาล", "ง": "เทศบาล"})
    {'ก': Decimal('50.00'), 'ข': Decimal('100.00'), 'ค': Decimal('100.00'), 'ง': Decimal('50.00')}
    """
    totals = _totals(table)
    agencies = table.agencies
    if group is None:
        labels: list[Hashable] = [None] * len(agencies)
    else:
        if not isinstance(group, Mapping):
            raise InputTypeError(
                f"'group' must map each agency to its group, such as {{'ก': 'อบต.'}}"
                f" (got {type(group).__name__})",
                value=group,
            )
        missing = [agency for agency in agencies if agency not in group]
        if missing:
            shown = ", ".join(map(repr, missing[:5])) + (" …" if len(missing) > 5 else "")
            raise ValidationError(
                f"'group' gives no group for {len(missing)} of the table's agencies ({shown});"
                " map every agency, or score only the agencies you want to compare",
                value=missing,
            )
        labels = [group[agency] for agency in agencies]
    members: dict[Hashable, list[int]] = {}
    for row, label in enumerate(labels):
        members.setdefault(label, []).append(totals[row])
    result: dict[Hashable, Decimal] = {}
    for row, agency in enumerate(agencies):
        peers = members[labels[row]]
        at_most = sum(1 for total in peers if total <= totals[row])
        result[agency] = half_up(Fraction(100 * at_most, len(peers)))
    return result
