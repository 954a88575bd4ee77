"""Many agencies' OIT: :func:`score_oit_table` and :class:`OITTable`.

>>> import itakit
>>> fw = itakit.framework(2564)
>>> table = itakit.score_oit_table(fw, {
...     "agency": ["ก", "ข"],
...     **{f"o{k}": [True, k > 9] for k in range(1, 44)}})
>>> table.scores("ข").indicator_scores
mappingproxy({9: Decimal('80.00'), 10: Decimal('100.00')})
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import Any, overload

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit._deprecation import renamed_keyword
from itakit._limits import shown
from itakit.errors import ScoringError, UnknownCodeError
from itakit.rules.framework import Rules
from itakit.scoring._choices import ColumnTypeError, choice_offsets
from itakit.scoring._columns import Table, read_table, table_kind
from itakit.scoring._factorize import agency_order, factorize
from itakit.scoring._oit_plan import OITPlan, oit_plan_of
from itakit.scoring._problems import OnError, Problems, check_on_error, check_rules
from itakit.scoring._read import code_runs
from itakit.scoring._score_cells import read_score_cells
from itakit.scoring.oit import OITScores, _item_points, read_checklist

__all__ = ["OITTable", "read_oit", "score_oit_table"]


@attrs.frozen(eq=False, repr=False)
class OITTable:
    """Many agencies' exact OIT indicator scores, one row per agency, in sorted agency order.

    Pass it to :func:`~itakit.scoring.score_responses` as ``oit=``, or look
    up one agency with :meth:`scores`.

    >>> import itakit
    >>> table = itakit.score_oit_table(itakit.framework(2567), {"ก": {9: 90, 10: 85}})
    >>> len(table), table.numbers, table.scores("ก").indicator_scores[10]
    (1, (9, 10), Decimal('85.00'))
    """

    numbers: tuple[int, ...]
    """The OIT indicator numbers, in order."""
    agencies: tuple[Hashable, ...]
    exact: Sequence[tuple[Fraction, ...]] = attrs.field(repr=False)
    """Per row, each OIT indicator's exact score (built on demand, row by row)."""
    floats: NDArray[np.float64] = attrs.field(repr=False)
    """The same as floats (rows × indicators)."""
    sub_scores: Callable[[int], dict[str, Fraction]] = attrs.field(repr=False)
    skipped: Mapping[Hashable | None, tuple[str, ...]] = MappingProxyType({})
    """Agencies left out because of problems in their input, with the problems."""
    _rows: dict[Hashable, int] = attrs.field(init=False, repr=False)
    item_scores: Callable[[int], dict[str, Fraction]] | None = attrs.field(
        default=None, kw_only=True, repr=False
    )
    """Per row, each checklist item's exact points (``"o1"`` → 100 or 0), where items were given."""
    fixed: tuple[Ratios | None, ...] = attrs.field(default=(), kw_only=True, repr=False)
    """Per indicator, its exact scores as integer numerators over one denominator, where they
    have one (see :func:`~itakit.scoring._batch.publish`); else None."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_rows", {agency: row for row, agency in enumerate(self.agencies)})

    def __len__(self) -> int:
        return len(self.agencies)

    def __contains__(self, agency: object) -> bool:
        return agency in self._rows

    def __repr__(self) -> str:
        return f"OITTable({len(self)} agencies, indicators {self.numbers})"

    def row(self, agency: Hashable) -> int | None:
        """The row of *agency*, or None.

        >>> import itakit
        >>> itakit.score_oit_table(itakit.framework(2567), {"ก": {9: 90, 10: 85}}).row("ข") is None
        True
        """
        return self._rows.get(agency)

    def scores(self, agency: Hashable) -> OITScores:
        """One agency's OIT scores.

        >>> import itakit
        >>> fw = itakit.framework(2564)
        >>> table = itakit.score_oit_table(fw, {"ก": {f"o{k}": k != 42 for k in range(1, 44)}})
        >>> table.scores("ก").sub_indicator_scores["10.2"], table.scores("ก").indicator_scores[10]
        (Decimal('50.00'), Decimal('75.00'))
        """
        row = self._rows.get(agency)
        if row is None:
            raise UnknownCodeError(f"no agency {shown(agency)} in this OIT table", value=agency)
        return OITScores(
            MappingProxyType(dict(zip(self.numbers, self.exact[row], strict=True))),
            MappingProxyType(self.sub_scores(row)),
        )

    def keep(self, rows: list[int], skipped: Mapping[Hashable | None, tuple[str, ...]]) -> OITTable:
        """A table of some of its rows, with the agencies left out and why.

        >>> import itakit
        >>> table = itakit.score_oit_table(itakit.framework(2567), {"ก": {9: 1, 10: 2}, "ข": {9: 3, 10: 4}})
        >>> table.keep([1], {"ก": ("left out",)}).agencies
        ('ข',)
        """
        sub_scores, item_scores = self.sub_scores, self.item_scores
        at = np.asarray(rows, dtype=np.intp)
        return OITTable(
            numbers=self.numbers,
            agencies=tuple(self.agencies[r] for r in rows),
            exact=tuple(self.exact[r] for r in rows),
            floats=self.floats[rows],
            sub_scores=lambda row: sub_scores(rows[row]),
            skipped=MappingProxyType(dict(skipped)),
            item_scores=None if item_scores is None else lambda row: item_scores(rows[row]),
            fixed=tuple(None if f is None else (f[0][at], f[1]) for f in self.fixed),
        )


Ratios = tuple[NDArray[np.int64], int]
"""A column of exact scores as integer numerators over one denominator."""
ExactColumn = Ratios | Sequence[Fraction]


def _fraction_at(column: ExactColumn, row: int) -> Fraction:
    if isinstance(column, tuple):
        numerators, denominator = column
        return Fraction(int(numerators[row]), denominator)
    return column[row]


class _ExactRows(Sequence[tuple[Fraction, ...]]):
    """Each row's exact scores, built when a row is asked for (most rows never are)."""

    def __init__(self, columns: Sequence[ExactColumn], size: int) -> None:
        self._columns, self._size = tuple(columns), size

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, index: int) -> tuple[Fraction, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Fraction, ...]]: ...
    def __getitem__(
        self, index: int | slice
    ) -> tuple[Fraction, ...] | Sequence[tuple[Fraction, ...]]:
        if isinstance(index, slice):
            return [self[row] for row in range(self._size)[index]]
        if not -self._size <= index < self._size:
            raise IndexError(index)
        row = index % self._size if self._size else index
        return tuple(_fraction_at(column, row) for column in self._columns)


def _score_column(
    values: NDArray[Any], blank: NDArray[np.bool_] | None
) -> tuple[ExactColumn, list[tuple[int, str, object]]]:
    """A column of 0–100 scores: in hundredths when every cell is a number of two decimals
    at most (checked in one pass), else read cell by cell exactly."""
    if values.dtype.kind in "iuf" and (blank is None or not blank.any()) and len(values):
        with np.errstate(invalid="ignore", over="ignore"):
            hundredths = np.rint(values * 100.0)
            plain = (hundredths / 100 == values) & (values >= 0) & (values <= 100)
        if plain.all():
            return (hundredths.astype(np.int64), 100), []
    return read_score_cells(values, blank)


def _floats_of(column: ExactColumn) -> NDArray[np.float64]:
    if isinstance(column, tuple):
        return np.asarray(column[0] / column[1], dtype=np.float64)
    return np.array([float(x) for x in column], dtype=np.float64)


def is_checklists(oit: object, agency: str) -> bool:
    return (
        isinstance(oit, Mapping)
        and agency not in oit
        and table_kind(oit) is None
        and all(isinstance(value, Mapping) for value in oit.values())
    )


def _from_checklists(
    plan: OITPlan, checklists: Mapping[Any, Mapping[Any, object]], problems: Problems
) -> OITTable:
    agencies: list[Hashable] = []
    exact: list[tuple[Fraction, ...]] = []
    subs: list[dict[str, Fraction]] = []
    given = list(checklists.values())
    for agency, checklist in checklists.items():
        indicators, sub_scores, found = read_checklist(plan, checklist)
        for message, value in found:
            problems.add(agency, f"OIT {message}", value)
        agencies.append(agency)
        exact.append(indicators)
        subs.append(sub_scores)
    order = sorted(range(len(agencies)), key=lambda r: agency_order(agencies[r]))
    return OITTable(
        numbers=plan.numbers,
        agencies=tuple(agencies[r] for r in order),
        exact=tuple(exact[r] for r in order),
        floats=_floats([exact[r] for r in order], len(plan.numbers)),
        sub_scores=lambda row: subs[order[row]],
        item_scores=lambda row: _checklist_items(plan, given[order[row]]),
        fixed=tuple(_ratios([exact[r][p] for r in order]) for p in range(len(plan.numbers))),
    )


_COMMON = 10**12
"""The largest common denominator of a column of exact scores kept as integer numerators (scores
are at most 100, so each numerator stays far inside int64)."""


def _ratios(column: Sequence[Fraction]) -> Ratios | None:
    """*column* as integer numerators over their least common denominator, if it is small.

    >>> _ratios([Fraction(177, 2), Fraction(285, 4)])
    (array([354, 285]), 4)
    >>> _ratios([Fraction(1, 10**7), Fraction(1, 10**7 + 1)]) is None
    True
    """
    common = math.lcm(*(x.denominator for x in column))
    if common > _COMMON:
        return None
    numerators = [x.numerator * (common // x.denominator) for x in column]
    bound = 100 * common
    if any(n > bound or n < -bound for n in numerators):
        return None
    return np.array(numerators, dtype=np.int64), common


def _checklist_items(plan: OITPlan, checklist: Mapping[Any, object]) -> dict[str, Fraction]:
    """The items a checklist gives, with their exact points (items with a problem left out)."""
    found: dict[str, Fraction] = {}
    for key, value in checklist.items():
        kind = plan.key(key)
        if kind is not None and kind[0] == "item":
            points = _item_points(plan, kind[1], value)
            if isinstance(points, Fraction):
                found[kind[1]] = points
    return found


def _floats(rows: list[tuple[Fraction, ...]], width: int) -> NDArray[np.float64]:
    return np.array([[float(x) for x in row] for row in rows], dtype=np.float64).reshape(
        len(rows), width
    )


def _columns_by_way(
    plan: OITPlan, columns: Table, agency: str, what: str
) -> tuple[dict[str, str], list[str]]:
    """Each OIT key's column, and how each indicator is given; table-level problems raise."""
    by_key: dict[str, str] = {}
    ways: dict[int, set[str]] = {}
    unknown: list[str] = []
    for name in columns.names:
        if name == agency:
            continue
        kind = plan.key(name)
        if kind is None or kind[1] in by_key:
            unknown.append(name)
            continue
        by_key[kind[1]] = name
        ways.setdefault(kind[2], set()).add(kind[0])
    problems = [f"unknown columns {', '.join(map(repr, unknown))}"] if unknown else []
    chosen: list[str] = []
    for position, number in enumerate(plan.numbers):
        given = ways.get(position, set())
        if len(given) != 1:
            state = "more than one way" if given else "not at all"
            problems.append(f"indicator {number} is given {state}: give {plan.describe(position)}")
            chosen.append("")
            continue
        way = next(iter(given))
        chosen.append(way)
        needed = (
            [c for _, cs in plan.groups[position] for c in cs]
            if way == "item"
            else list(plan.subs[position])
            if way == "sub"
            else [str(number)]
        )
        missing = [c for c in needed if c not in by_key]
        if missing:
            problems.append(f"indicator {number}: no column for {code_runs(missing)}")
    if problems:
        raise ScoringError(f"cannot score {what}: {'; '.join(problems)}", value=unknown or None)
    return by_key, chosen


def _from_columns(
    plan: OITPlan,
    table: object,
    agency: str,
    problems: Problems,
    known: dict[str, str] | None = None,
) -> OITTable:
    columns = read_table(table)
    what = problems.what
    if agency not in columns.names:
        raise ScoringError(
            f"cannot score {what}: no {shown(agency)} column (it has {', '.join(columns.names) or 'none'})",
            value=columns.names,
        )
    by_key, ways = _columns_by_way(plan, columns, agency, what)
    values: Any = columns.cells(agency)
    try:
        labels, inverse, no_agency = factorize(values.values, values.blank, values.coded, known)
    except TypeError as error:
        raise ScoringError(f"cannot score {what}: {error}", value=agency) from None
    owners: list[Hashable | None] = [*labels, None]
    size = len(labels)
    if no_agency is not None:
        inverse = inverse.copy()
        inverse[no_agency] = size
        problems.cells(no_agency, inverse, owners, values, lambda v: f"no agency ({shown(v)})")
    rows_of = np.bincount(inverse, minlength=size + 1)[:size]
    for a in np.flatnonzero(rows_of > 1).tolist():
        rows = np.flatnonzero(inverse == a).tolist()
        problems.add(labels[a], f"OIT in {len(rows)} rows ({', '.join(map(str, rows[:3]))})")
    first = np.zeros(size + 1, dtype=np.intp)
    first[inverse[::-1]] = np.arange(len(inverse))[::-1]
    first = first[:size]
    per_indicator: list[ExactColumn] = []
    sub_columns: dict[str, ExactColumn] = {}
    item_columns: dict[str, NDArray[np.int64]] = {}
    for position, way in enumerate(ways):
        if way == "item":
            per_indicator.append(
                _items(
                    plan, position, columns, by_key, inverse, owners, problems, first, sub_columns
                )
            )
            item_columns.update(_item_points_of(plan, position, columns, by_key, first))
            continue
        codes = plan.subs[position] if way == "sub" else (str(plan.numbers[position]),)
        read: list[ExactColumn] = []
        for code in codes:
            cells, bad = _score_column(*columns.column(by_key[code]))
            label = f"indicator {code}" if way == "indicator" else code
            for row, message, value in bad:
                problems.add(owners[inverse[row]], f"OIT {label}: {message} (row {row})", value)
            if isinstance(cells, tuple):
                read.append((cells[0][first], cells[1]))
            else:
                read.append([cells[r] for r in first.tolist()])
            if way == "sub":
                sub_columns[code] = read[-1]
        per_indicator.append(_mean_of(read, size))
    return OITTable(
        numbers=plan.numbers,
        agencies=tuple(labels),
        exact=_ExactRows(per_indicator, size),
        floats=(
            np.stack([_floats_of(column) for column in per_indicator], axis=1)
            if per_indicator
            else np.zeros((size, 0))
        ),
        sub_scores=lambda row: {
            code: _fraction_at(column, row) for code, column in sub_columns.items()
        },
        item_scores=lambda row: {
            code: Fraction(int(column[row]), plan.denominator)
            for code, column in item_columns.items()
        },
        fixed=tuple(column if isinstance(column, tuple) else None for column in per_indicator),
    )


def _mean_of(columns: list[ExactColumn], size: int) -> ExactColumn:
    """The plain mean of columns of exact scores, row by row."""
    if all(isinstance(column, tuple) for column in columns):
        ratios = [column for column in columns if isinstance(column, tuple)]
        common = math.lcm(*(d for _, d in ratios))
        total = sum((n * (common // d) for n, d in ratios), np.zeros(size, dtype=np.int64))
        return total, common * len(ratios)
    rows = zip(*([_fraction_at(c, r) for r in range(size)] for c in columns), strict=True)
    return [sum(parts, Fraction(0)) / len(columns) for parts in rows]


def _item_points_of(
    plan: OITPlan, position: int, columns: Table, by_key: Mapping[str, str], first: NDArray[np.intp]
) -> dict[str, NDArray[np.int64]]:
    """Each item's points per agency (× the plan's denominator), from its first row."""
    found: dict[str, NDArray[np.int64]] = {}
    for _, codes in plan.groups[position]:
        for code in codes:
            values, blank = columns.column(by_key[code])
            offsets, _ = choice_offsets(values, plan.lookups[code], plan.choices[code], blank)
            points = np.array((0, *plan.numerators[code]), dtype=np.int64)
            found[code] = points[offsets[first]]
    return found


def _items(
    plan: OITPlan,
    position: int,
    columns: Table,
    by_key: Mapping[str, str],
    inverse: NDArray[np.intp],
    owners: list[Hashable | None],
    problems: Problems,
    first: NDArray[np.intp],
    sub_columns: dict[str, ExactColumn],
) -> Ratios:
    """One indicator's exact score per agency from its item columns, in integers."""
    groups = plan.groups[position]
    scale = plan.denominator
    common = math.lcm(*(len(codes) for _, codes in groups))
    numerator = np.zeros(len(first), dtype=np.int64)
    for sub, codes in groups:
        sums = np.zeros(len(first), dtype=np.int64)
        for code in codes:
            values, blank = columns.column(by_key[code])
            try:
                offsets, _ = choice_offsets(values, plan.lookups[code], plan.choices[code], blank)
            except ColumnTypeError:
                raise ScoringError(
                    f"cannot score {problems.what}: column {code} has dtype {values.dtype};"
                    " expected True/False, 1/0 or มี/ไม่มี",
                    value=code,
                ) from None
            missing = offsets == 0
            if missing.any():
                problems.cells(
                    missing,
                    inverse,
                    owners,
                    values,
                    lambda v, code=code: (
                        f"OIT {code} is {shown(v)} (expected True or False, มี or ไม่มี)"
                    ),  # type: ignore[misc]
                )
            points = np.array((0, *plan.numerators[code]), dtype=np.int64)
            sums += points[offsets[first]]
        if sub is not None:
            sub_columns[sub] = (sums, scale * len(codes))
        numerator += sums * (common // len(codes))
    denominator = scale * len(groups) * common
    return numerator, denominator


def read_oit(
    framework: Rules,
    oit: object,
    agency: str,
    problems: Problems,
    known: dict[str, str] | None = None,
) -> OITTable:
    """Every agency's OIT from any accepted form; problems are recorded, not raised.

    >>> import itakit
    >>> from itakit.scoring._problems import Problems
    >>> problems = Problems("the OIT")
    >>> read_oit(itakit.framework(2567), {"ก": {9: 90}}, "agency", problems).agencies
    ('ก',)
    >>> [str(problem) for problem in problems.found]
    ["agency 'ก': OIT indicator 10 is missing: give its score (10: 0–100)"]
    """
    plan = oit_plan_of(framework)
    if isinstance(oit, OITTable):
        if oit.numbers != plan.numbers:
            raise ScoringError(
                f"the OIT table scores indicators {oit.numbers}; FY {framework.fiscal_year}'s"
                f" OIT indicators are {plan.numbers}",
                value=oit.numbers,
            )
        return oit
    if is_checklists(oit, agency):
        return _from_checklists(plan, oit, problems)  # type: ignore[arg-type]
    return _from_columns(plan, oit, agency, problems, known)


def score_oit_table(
    framework: Rules,
    oit: object,
    *,
    agency_column: str = "agency",
    on_error: OnError = "raise",
    agency: str | None = None,
) -> OITTable:
    """Many agencies' OIT indicator scores, in one call.

    *oit* is either a mapping of agency → checklist (each as
    :func:`score_oit` takes it), or a table (dict of columns, pandas or
    polars DataFrame) with an *agency_column* column (``agency`` unless named) and, for each OIT indicator,
    either its item columns (``o1`` …: True/False, 1/0 or มี/ไม่มี), its
    sub-indicator columns (``9.1`` …: 0–100) or its own column (``9``).
    Item columns are read vectorised.  Every problem is reported at once;
    with ``on_error="skip"`` the agencies that have one are left out and
    listed in ``.skipped``.

    >>> import itakit
    >>> fw = itakit.framework(2567)
    >>> table = score_oit_table(fw, {"agency": ["ก", "ข"], "9": [90, 80], "10": [85.5, None]},
    ...                         on_error="raise")
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot score the OIT of FY 2567: 1 problem
      - agency 'ข': OIT indicator 10: blank (row 1)
    fix them, or pass on_error='skip' to score the other agencies
    """
    check_rules(framework, "score_oit_table")
    agency = renamed_keyword("score_oit_table", "agency", "agency_column", agency, agency_column)
    on_error = check_on_error(on_error)
    problems = Problems(f"the OIT of FY {framework.fiscal_year}")
    table = read_oit(framework, oit, agency, problems)
    skipped = problems.settle(on_error)
    if not skipped:
        return table
    rows = [r for r, label in enumerate(table.agencies) if label not in skipped]
    return table.keep(rows, skipped)
