"""Many agencies' results: :class:`ScoreTable`, one row per agency.

A table holds every agency's published values (computed on the fast path and
equal to the exact path's, see :mod:`itakit.scoring._batch`) and what it needs
to give any agency's exact :class:`~itakit.scoring.ScoreCard` on demand.

>>> import itakit
>>> table = itakit.score_indicator_table(itakit.framework(2564), {
...     "agency": ["ตราด", "นครนายก"],
...     **{str(n): [s1, s2] for n, s1, s2 in zip(range(1, 11),
...         [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56],
...         [94.65, 89.11, 91.95, 89.29, 89.86, 92.12, 89.90, 89.49, 65.89, 51.15])}})
>>> [(row["agency"], row["total"], row["level"]) for row in table.to_records()]
[('ตราด', 81.45, 'B'), ('นครนายก', 77.85, 'B')]
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit._optional import require
from itakit._text_table import table
from itakit.errors import UnknownCodeError
from itakit.rules.framework import Rules
from itakit.rules.tools import Tool
from itakit.scoring._batch import Published
from itakit.scoring._exact import published
from itakit.scoring._render import check_lang, number
from itakit.scoring.card import ScoreCard
from itakit.scoring.weighting import plan_of
from itakit.thai import Digits, resolve_digits

if TYPE_CHECKING:
    from decimal import Decimal

    from itakit.scoring.distribution import Summary
    from itakit.scoring.ranking import Ranked

__all__ = ["ScoreTable"]

_HTML_ROWS = 20


def _names(names: object) -> tuple[str, ...]:
    return tuple(str(name) for name in names)  # type: ignore[attr-defined]


@attrs.frozen(eq=False, repr=False)
class ScoreTable:
    """Every agency's result under one framework: one row per agency, in sorted agency order.

    Iterate it for :class:`~itakit.scoring.ScoreCard` s, or take one with
    :meth:`card`; export it with :meth:`to_records`, :meth:`to_pandas` or
    :meth:`to_polars`.  ``skipped`` maps each agency left out
    (``on_error="skip"``) to its problems.

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> table = itakit.score_indicator_table(fw, {"agency": ["ก", "ข"],
    ...     **{str(n): [80, 90] for n in range(1, 11)}})
    >>> len(table), table.card("ข").total, [str(card.level) for card in table]
    (2, Decimal('90.00'), ['B', 'A'])
    """

    framework: Rules
    agencies: tuple[Hashable, ...]
    """The agencies, one per row, sorted."""
    scores: NDArray[np.float64] = attrs.field(repr=False)
    """Indicator scores before rounding, as floats (agencies × indicators), for analysis."""
    published_values: Published = attrs.field(repr=False)
    respondents: NDArray[np.int64] | None = attrs.field(repr=False)
    """Respondents per agency for IIT and EIT (agencies × 2), if known."""
    skipped: Mapping[Hashable | None, tuple[str, ...]]
    """Agencies left out because of problems in their input, with the problems."""
    exact: Callable[[int], Sequence[Fraction]] = attrs.field(repr=False)
    """One row's exact indicator scores, in the framework's order."""
    _rows: dict[Hashable, int] = attrs.field(init=False, repr=False)
    question_codes: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    """The survey questions of :attr:`question_scores`' columns (empty unless scored from answers)."""
    question_scores: NDArray[np.float64] | None = attrs.field(
        default=None, kw_only=True, repr=False
    )
    """Question scores before rounding, as floats (agencies × :attr:`question_codes`), when
    scored from raw answers (:func:`~itakit.scoring.score_responses`); else None.  A question
    scores the mean over the respondents who answered it (of each sub-item, then their mean);
    each card has them exactly (``card.question_scores``)."""
    question_respondents: NDArray[np.int64] | None = attrs.field(
        default=None, kw_only=True, repr=False
    )
    """How many respondents answered each question (agencies × :attr:`question_codes`), or None."""
    exact_questions: Callable[[int], Mapping[str, Fraction]] | None = attrs.field(
        default=None, kw_only=True, repr=False
    )
    """One row's exact question scores, by code, when scored from raw answers."""
    backend: str | None = attrs.field(default=None, kw_only=True, repr=False)
    """The dataframe library the input came from (``"pandas"``, ``"polars"`` …), for
    :meth:`to_native`; None for a dict of columns."""
    ignored_columns: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_names)
    """Columns of the input that were not questions (or indicators) and were left out, in order."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_rows", {agency: row for row, agency in enumerate(self.agencies)})
        object.__setattr__(self, "skipped", MappingProxyType(dict(self.skipped)))

    def __len__(self) -> int:
        return len(self.agencies)

    def __contains__(self, agency: object) -> bool:
        return agency in self._rows

    def __iter__(self) -> Iterator[ScoreCard]:
        for row in range(len(self.agencies)):
            yield self._card(row)

    def __repr__(self) -> str:
        return f"ScoreTable(FY {self.framework.fiscal_year}, {len(self)} agencies)"

    def card(self, agency: Hashable) -> ScoreCard:
        """The exact score card of one agency.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
        >>> table.card("ก").total_exact
        Fraction(80, 1)
        """
        row = self._rows.get(agency)
        if row is None:
            raise UnknownCodeError(
                f"no agency {agency!r} in this table of {len(self)} agencies", value=agency
            )
        return self._card(row)

    def _card(self, row: int) -> ScoreCard:
        respondents = None
        if self.respondents is not None:
            counts = self.respondents[row].tolist()
            respondents = {Tool.IIT: counts[0], Tool.EIT: counts[1]}
        agency = self.agencies[row]
        question_scores, question_respondents = None, None
        if self.exact_questions is not None:
            question_scores = self.exact_questions(row)
            if self.question_respondents is not None:
                question_respondents = dict(
                    zip(self.question_codes, self.question_respondents[row].tolist(), strict=True)
                )
        return ScoreCard._scored(
            self.framework,
            tuple(self.exact(row)),
            agency=agency if isinstance(agency, str | int) else str(agency),
            respondents=respondents,
            question_scores=question_scores,
            question_respondents=question_respondents,
        )

    # -- columns -----------------------------------------------------------------

    def _columns(self) -> dict[str, NDArray[Any]]:
        """Published values as arrays: hundredths for numbers, labels for levels."""
        plan = plan_of(self.framework)
        values = self.published_values
        columns: dict[str, NDArray[Any]] = {}
        for p, indicator in enumerate(plan.numbers):
            columns[str(indicator)] = values.indicator_cents[:, p]
        for t, tool in enumerate(plan.tools):
            columns[tool.value] = values.tool_score_cents[:, t]
        for t, tool in enumerate(plan.tools):
            columns[f"{tool.value}_points"] = values.tool_point_cents[:, t]
        columns["total"] = values.total_cents
        return columns

    def _labels(self) -> list[str]:
        plan = plan_of(self.framework)
        names = [str(level) for level in plan.scheme.levels]
        return [names[i] for i in self.published_values.level_index.tolist()]

    def _passed(self) -> NDArray[np.bool_]:
        passed: NDArray[np.bool_] = self.published_values.total_cents >= math.ceil(
            self.framework.levels.pass_mark * 100
        )
        return passed

    def to_records(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per agency: published values as numbers, the level's label, pass.

        Keys: ``agency``, each indicator number as text (``"1"``), each tool
        (``"IIT"``), each tool's points (``"IIT_points"``), ``total``, ``level``,
        ``passed``, and ``IIT_respondents`` / ``EIT_respondents`` when known.
        Numbers are the floats that print as the published two-decimal values
        (``json.dumps`` takes the records as they are); the exact Decimals are
        on each card (:meth:`card`).

        >>> import itakit, json
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80.125] for n in range(1, 11)}})
        >>> record = table.to_records()[0]
        >>> record["OIT_points"], record["total"], record["level"], record["passed"]
        (32.05, 80.13, 'B', False)
        >>> json.dumps(table.to_records(), ensure_ascii=False)[:30]
        '[{"agency": "ก", "1": 80.13, "'
        """
        from itakit.scoring._json import record_dict

        return [record_dict(record) for record in self._records()]

    def _records(self) -> list[dict[str, Any]]:
        """The records of :meth:`to_records` with published Decimals."""
        columns = {
            name: [published(c) for c in values.tolist()]
            for name, values in self._columns().items()
        }
        records: list[dict[str, Any]] = []
        labels, passed = self._labels(), self._passed().tolist()
        respondents = None if self.respondents is None else self.respondents.tolist()
        for row, agency in enumerate(self.agencies):
            record: dict[str, Any] = {"agency": agency}
            for name, values in columns.items():
                record[name] = values[row]
            record["level"] = labels[row]
            record["passed"] = passed[row]
            if respondents is not None:
                record["IIT_respondents"], record["EIT_respondents"] = respondents[row]
            records.append(record)
        return records

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """JSON-ready data: the edition's year and confidence, and the records of every agency.

        Keys: ``fiscal_year``, ``confidence``, ``agencies`` (the records of
        :meth:`to_records`; with *exact*, each has the exact values as a
        card's ``exact``), ``skipped`` (agencies left out, each with its
        problems) and ``ignored_columns``.  The JSON Schema is
        ``itakit/data/schema/score-table.json``.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
        >>> data = table.to_dict()
        >>> data["fiscal_year"], data["agencies"][0]["total"], data["skipped"]
        (2564, 80.0, [])
        """
        from itakit.scoring._json import table_dict

        return table_dict(self, exact=exact)

    def to_json(self, *, exact: bool = False, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (Thai as it is).

        >>> import itakit, json
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
        >>> json.loads(table.to_json())["agencies"][0]["agency"]
        'ก'
        """
        from itakit.scoring._json import dumps

        return dumps(self.to_dict(exact=exact), indent=indent)

    def to_csv(
        self, path: str | os.PathLike[str] | None = None, *, bom: bool = False
    ) -> str | Path:
        """The records of :meth:`to_records` as CSV: text, or written to *path* (returned).

        English keys as headers, published values with two decimals, Arabic
        digits, as ``itakit score --format csv`` writes them.  *bom* starts the
        text with a byte-order mark, so that Excel reads the Thai as UTF-8.  A
        file is written whole or not at all; :func:`~itakit.scoring.score_file`
        reads it back.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
        >>> print(table.to_csv().splitlines()[1])
        ก,80.00,80.00,80.00,80.00,80.00,80.00,80.00,80.00,80.00,80.00,80.00,80.00,80.00,24.00,24.00,32.00,80.00,B,False
        >>> table.to_csv(bom=True)[:1] == "\\ufeff"
        True
        """
        from itakit._files import as_path, atomic_write
        from itakit.scoring._csv import csv_text

        records = self._records()
        header = list(records[0]) if records else ["agency", "total", "level", "passed"]
        text = csv_text(header, [[r.get(key) for key in header] for r in records], bom=bom)
        if path is None:
            return text
        target = as_path(path)
        atomic_write(target, text)
        return target

    def to_excel(self, path: str | os.PathLike[str], *, lang: str = "th") -> Path:
        """Write the table as an Excel workbook that opens as it is; returns the path.

        A sheet of scores, one row per agency (Thai headers, or English with
        ``lang="en"``; published values as numbers shown with two decimals;
        the level; pass or not), and a sheet of the edition's confidence.
        :func:`~itakit.scoring.score_file` reads it back.  Written whole or not
        at all.  Needs the ``excel`` extra.

        >>> import itakit, pathlib, tempfile
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
        >>> path = table.to_excel(pathlib.Path(tempfile.mkdtemp()) / "scores.xlsx")
        >>> itakit.score_file(path, year=2564).card("ก").total
        Decimal('80.00')
        """
        from itakit.scoring._workbook import write_table

        return write_table(self, path, lang=lang)

    def _plain_columns(self) -> dict[str, Any]:
        columns: dict[str, Any] = {"agency": list(self.agencies)}
        for name, values in self._columns().items():
            columns[name] = values / 100  # the float nearest each two-decimal value
        columns["level"] = self._labels()
        columns["passed"] = self._passed()
        if self.respondents is not None:
            columns["IIT_respondents"] = self.respondents[:, 0]
            columns["EIT_respondents"] = self.respondents[:, 1]
        return columns

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per agency; numbers are the published two-decimal values.

        Needs the ``pandas`` extra.  Columns as in :meth:`to_records`.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
        >>> table.to_pandas()[["agency", "total", "level"]].to_dict("records")
        [{'agency': 'ก', 'total': 80.0, 'level': 'B'}]
        """
        pd = require("pandas", extra="pandas")
        return pd.DataFrame(self._plain_columns())

    def to_polars(self) -> Any:
        """A polars DataFrame, one row per agency; numbers are the published two-decimal values.

        Needs the ``polars`` extra.  Columns as in :meth:`to_records`.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
        >>> table.to_polars().select("agency", "total", "level").rows()
        [('ก', 80.0, 'B')]
        """
        pl = require("polars", extra="polars")
        return pl.DataFrame(self._plain_columns())

    def to_native(self) -> Any:
        """A dataframe of the library the input came from: pandas, polars, pyarrow, modin …

        Columns as in :meth:`to_records`.  A table scored from a DuckDB
        relation comes back as a DuckDB relation; one scored from a dict of
        columns, as a pandas DataFrame (needs the ``pandas`` extra).

        >>> import itakit, polars as pl
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     pl.DataFrame({"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}}))
        >>> type(table.to_native()).__module__.split(".")[0], table.to_native()["total"].to_list()
        ('polars', [80.0])
        """
        backend = self.backend
        if backend is None or backend == "pandas":
            return self.to_pandas()
        if backend == "polars":
            return self.to_polars()
        import narwhals as nw

        eager: Any = backend if backend in ("pyarrow", "modin", "cudf") else "pyarrow"
        frame = nw.from_dict(self._plain_columns(), backend=eager)
        native = frame.to_native()
        if backend == "duckdb":
            return require("duckdb", extra="pandas").from_arrow(native)
        return native

    # -- text and HTML -------------------------------------------------------------

    def format(self, *, lang: str = "th", digits: Digits | None = None) -> str:
        """A plain-text table: one line per agency with its tools, total and level.

        *digits* defaults to Thai digits for Thai and Arabic digits for English.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
        >>> print(table.format(lang="en", digits="arabic"))
        agency    IIT    EIT    OIT  total  level
        ก       80.00  80.00  80.00  80.00  B
        """
        thai = check_lang(lang) == "th"
        digits = resolve_digits(lang, digits)
        plan = plan_of(self.framework)
        head = ["หน่วยงาน" if thai else "agency", *(t.value for t in plan.tools)]
        head += ["คะแนนรวม" if thai else "total", "ระดับ" if thai else "level"]
        rows = [head]
        values = self.published_values
        level_names = [str(level) if thai else level.label_en for level in plan.scheme.levels]
        for row, agency in enumerate(self.agencies):
            cells = [str(agency)]
            cells += [number(published(int(c)), digits) for c in values.tool_score_cents[row]]
            cells.append(number(published(int(values.total_cents[row])), digits))
            cells.append(level_names[int(values.level_index[row])])
            rows.append(cells)
        right = [False] + [True] * (len(head) - 2) + [False]
        return "\n".join(table(rows, right=right))

    def __str__(self) -> str:
        return self.format()

    def _repr_html_(self) -> str:
        esc = html.escape
        plan = plan_of(self.framework)
        head = ["หน่วยงาน / agency", *(str(n) for n in plan.numbers), *(t.value for t in plan.tools)]
        head += ["รวม / total", "ระดับ / level"]
        values = self.published_values
        names = [str(level) for level in plan.scheme.levels]
        rows = []
        for row in range(min(len(self), _HTML_ROWS)):
            cells = [esc(str(self.agencies[row]))]
            cells += [str(published(int(c))) for c in values.indicator_cents[row]]
            cells += [str(published(int(c))) for c in values.tool_score_cents[row]]
            cells.append(f"<b>{published(int(values.total_cents[row]))}</b>")
            cells.append(esc(names[int(values.level_index[row])]))
            rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        more = len(self) - _HTML_ROWS
        footer = f"<small>… and {more:,} more agencies</small>" if more > 0 else ""
        if self.skipped:
            footer += f"<small> · {len(self.skipped):,} skipped (see .skipped)</small>"
        caption = esc(
            f"ITA {self.framework.fiscal_year.format(digits='arabic')} · {len(self):,} agencies"
        )
        header = "".join(f"<th>{esc(h)}</th>" for h in head)
        return (
            f'<table class="itakit-scoretable"><caption>{caption}</caption>'
            f"<tr>{header}</tr>{''.join(rows)}</table>{footer}"
        )

    # -- analysis (itakit.analysis does the work) --------------------------------

    def rank(self) -> tuple[Ranked, ...]:
        """Every agency, best published total first, with competition ranks (1, 2, 2, 4).

        See :func:`itakit.analysis.rank`.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก", "ข"], **{str(n): [80, 90] for n in range(1, 11)}})
        >>> [(row.rank, row.agency) for row in table.rank()]
        [(1, 'ข'), (2, 'ก')]
        """
        from itakit.scoring.ranking import rank

        return rank(self)

    def percentile(
        self, group: Mapping[Hashable, Hashable] | None = None
    ) -> dict[Hashable, Decimal]:
        """Each agency's percentile within its peer group (*group*: agency → label), or the table.

        See :func:`itakit.analysis.percentiles`.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก", "ข"], **{str(n): [80, 90] for n in range(1, 11)}})
        >>> table.percentile()
        {'ก': Decimal('50.00'), 'ข': Decimal('100.00')}
        """
        from itakit.scoring.ranking import percentiles

        return percentiles(self, group)

    def level_counts(self) -> dict[str, int]:
        """How many agencies are at each level, best first (levels with none included).

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก", "ข"], **{str(n): [80, 90] for n in range(1, 11)}})
        >>> table.level_counts()["B"]
        1
        """
        from itakit.scoring.distribution import level_counts

        return level_counts(self)

    def summary(self) -> Summary:
        """The count, the mean published total, and how many reached the pass mark.

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก", "ข"], **{str(n): [80, 90] for n in range(1, 11)}})
        >>> table.summary().mean
        Decimal('85.00')
        """
        from itakit.scoring.distribution import summary

        return summary(self)

    def plot_levels(self, *, lang: str = "th", digits: Digits | None = None) -> Any:
        """A bar chart of :meth:`level_counts`: a matplotlib Figure (needs the ``plot`` extra).

        >>> import itakit
        >>> table = itakit.score_indicator_table(itakit.framework(2564),
        ...     {"agency": ["ก", "ข"], **{str(n): [80, 90] for n in range(1, 11)}})
        >>> type(table.plot_levels()).__name__
        'Figure'
        """
        from itakit.scoring.plots import plot_levels

        return plot_levels(self, lang=check_lang(lang), digits=digits)
