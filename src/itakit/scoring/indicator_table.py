"""Many agencies from their indicator scores: :func:`score_indicator_table`."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from fractions import Fraction
from typing import Any

import numpy as np

from itakit._deprecation import renamed_keyword
from itakit._limits import shown
from itakit.errors import ScoringError
from itakit.rules.framework import Rules
from itakit.scoring._answer_columns import Extra, indicator_columns
from itakit.scoring._batch import publish
from itakit.scoring._columns import read_table
from itakit.scoring._factorize import factorize
from itakit.scoring._problems import OnError, Problems, check_on_error, check_rules
from itakit.scoring._score_cells import read_score_cells
from itakit.scoring.table import ScoreTable
from itakit.scoring.weighting import plan_of

__all__ = ["score_indicator_table"]


def score_indicator_table(
    framework: Rules,
    table: Any,
    *,
    agency_column: str | None = None,
    extra: Extra = "ignore",
    ignore: Sequence[str] = (),
    on_error: OnError = "raise",
    agency: str | None = None,
) -> ScoreTable:
    """Score many agencies from a table of indicator scores, one row per agency.

    *table* is a dict of columns, a pandas DataFrame or a polars DataFrame
    with an agency column and one column per indicator.  The agency column is
    *agency_column*, or the one with a common name (``agency``, ``หน่วยงาน``,
    ``ชื่อหน่วยงาน``; case and spacing ignored).  An indicator's column is named
    by its number (``"1"``, ``"๑"``, ``"ตัวชี้วัดที่ 1"``, ``"1. การปฏิบัติหน้าที่"``,
    or int keys in a dict).  Other columns are left out and listed in
    ``ignored_columns`` (with ``extra="error"`` they are an error; *ignore*
    names columns to leave out whatever they hold).  Cells are read as
    :func:`score_indicators` reads a score.  Every problem is reported at
    once; with ``on_error="skip"`` the agencies that have one are left out
    and listed in ``.skipped`` (with a
    :class:`~itakit.errors.SkippedAgenciesWarning`).

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> score_indicator_table(fw, {"agency": ["ก", "ข"], **{n: [80, 90] for n in range(1, 11)}})
    ScoreTable(FY 2564, 2 agencies)
    >>> score_indicator_table(fw, {"agency": ["ก", "ข"],
    ...     **{n: [80, 101 if n == 3 else 90] for n in range(1, 11)}})
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot score the indicator scores of FY 2564: 1 problem
      - agency 'ข': indicator 3: 101 is outside 0–100 (row 1)
    fix them, or pass on_error='skip' to score the other agencies
    """
    check_rules(framework, "score_indicator_table")
    agency = renamed_keyword(
        "score_indicator_table", "agency", "agency_column", agency, agency_column
    )
    on_error = check_on_error(on_error)
    plan = plan_of(framework)
    what = f"the indicator scores of FY {framework.fiscal_year}"
    columns = read_table(table)
    found = indicator_columns(
        framework, columns.names, agency_column=agency, extra=extra, ignore=ignore, what=what
    )
    agency, by_number = found.agency, found.by_number
    values, blank = columns.column(agency)
    try:
        labels, inverse, no_agency = factorize(values, blank)
    except TypeError as error:
        raise ScoringError(f"cannot score {what}: {error}", value=agency) from None
    problems = Problems(what)
    owners: list[Hashable | None] = [*labels, None]
    if no_agency is not None:
        inverse = inverse.copy()
        inverse[no_agency] = len(labels)
        problems.cells(no_agency, inverse, owners, values, lambda v: f"no agency ({shown(v)})")
    rows_of = np.bincount(inverse, minlength=len(labels) + 1)[: len(labels)]
    for a in np.flatnonzero(rows_of > 1).tolist():
        rows = np.flatnonzero(inverse == a).tolist()
        problems.add(labels[a], f"appears in {len(rows)} rows ({', '.join(map(str, rows[:3]))})")
    exact: list[list[Fraction]] = []
    for number in plan.numbers:
        cells, bad = read_score_cells(*columns.column(by_number[number]))
        exact.append(cells)
        for row, message, value in bad:
            problems.add(owners[inverse[row]], f"indicator {number}: {message} (row {row})", value)
    skipped = problems.settle(on_error)
    first_row = np.full(len(labels) + 1, -1, dtype=np.intp)
    first_row[inverse[::-1]] = np.arange(len(inverse))[::-1]  # any row of each agency
    kept = [a for a, label in enumerate(labels) if label not in skipped]
    rows = first_row[kept].tolist()
    by_row = [tuple(column[row] for column in exact) for row in rows]
    scores = np.array([[float(s) for s in scores] for scores in by_row], dtype=np.float64)
    scores = scores.reshape(len(rows), len(plan.numbers))
    return ScoreTable(
        framework=framework,
        agencies=tuple(labels[a] for a in kept),
        scores=scores,
        published_values=publish(plan, scores, by_row.__getitem__),
        respondents=None,
        skipped=skipped,
        exact=by_row.__getitem__,
        backend=columns.backend,
        ignored_columns=found.ignored,
    )
