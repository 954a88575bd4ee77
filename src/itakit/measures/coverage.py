"""Do a report's measures address a result's weak indicators? :func:`coverage`.

Each indicator of the result gets its score, whether it is weak, and the
measures whose question codes fall under it in the result's framework.  The
weak indicators that no measure addresses are the gaps a plan should close.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from itakit.measures._weak import Scores, check_scores, pass_mark_of, weak_indicators
from itakit.measures.model import Measure, MeasureReport
from itakit.rules import Indicator

__all__ = ["Coverage", "IndicatorCoverage", "coverage"]


@attrs.frozen
class IndicatorCoverage:
    """One indicator: its score, whether it is weak, and the measures that address it.

    >>> import itakit
    >>> from itakit.measures import coverage, parse_report, sample_report_text
    >>> card = itakit.score_indicators(itakit.framework(2567), dict.fromkeys(range(1, 11), 90))
    >>> row = coverage(parse_report(sample_report_text()), card).indicator(4)
    >>> row.score, row.weak, len(row.measures), row.addressed
    (Decimal('90.00'), False, 1, True)
    """

    indicator: Indicator
    score: Decimal
    weak: bool
    measures: tuple[Measure, ...]

    @property
    def addressed(self) -> bool:
        """Whether any measure addresses the indicator.

        >>> import itakit
        >>> from itakit.measures import coverage, parse_report, sample_report_text
        >>> card = itakit.score_indicators(itakit.framework(2567), dict.fromkeys(range(1, 11), 90))
        >>> coverage(parse_report(sample_report_text()), card).indicator(1).addressed
        False
        """
        return bool(self.measures)


@attrs.frozen
class Coverage:
    """How a report's measures cover a result's indicators (from :func:`coverage`).

    *rows* has one :class:`IndicatorCoverage` per scored indicator, by number;
    *unknown* lists the report's codes the result's framework does not have.

    >>> import itakit
    >>> from itakit.measures import coverage, parse_report, sample_report_text
    >>> card = itakit.score_indicators(itakit.framework(2567), dict.fromkeys(range(1, 11), 90))
    >>> result = coverage(parse_report(sample_report_text()), card)
    >>> len(result.rows), result.pass_mark, result.unknown
    (10, Decimal('85'), ())
    """

    rows: tuple[IndicatorCoverage, ...]
    pass_mark: Decimal | None
    """The pass mark weak indicators fall below (None when the lowest few were asked for)."""
    unknown: tuple[str, ...]

    @property
    def weak(self) -> tuple[IndicatorCoverage, ...]:
        """The weak indicators, by number.

        >>> import itakit
        >>> from itakit.measures import coverage, parse_report, sample_report_text
        >>> card = itakit.score_indicators(itakit.framework(2567), {**dict.fromkeys(range(1, 11), 90), 4: 70})
        >>> [row.indicator.number for row in coverage(parse_report(sample_report_text()), card).weak]
        [4]
        """
        return tuple(row for row in self.rows if row.weak)

    @property
    def uncovered(self) -> tuple[Indicator, ...]:
        """The weak indicators that no measure addresses: the gaps.

        >>> import itakit
        >>> from itakit.measures import coverage, parse_report, sample_report_text
        >>> scores = {1: 93.55, 2: 87.72, 3: 91.01, 4: 80.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}
        >>> card = itakit.score_indicators(itakit.framework(2567), scores)
        >>> [i.number for i in coverage(parse_report(sample_report_text()), card).uncovered]
        [9, 10]
        """
        return tuple(row.indicator for row in self.rows if row.weak and not row.measures)

    def indicator(self, number: int) -> IndicatorCoverage:
        """The row of indicator *number*.

        >>> import itakit
        >>> from itakit.measures import coverage, parse_report, sample_report_text
        >>> card = itakit.score_indicators(itakit.framework(2567), dict.fromkeys(range(1, 11), 90))
        >>> coverage(parse_report(sample_report_text()), card).indicator(2).indicator.name_th
        'การใช้งบประมาณ'
        """
        for row in self.rows:
            if row.indicator.number == number:
                return row
        from itakit.errors import UnknownCodeError

        numbers = ", ".join(str(row.indicator.number) for row in self.rows)
        raise UnknownCodeError(f"no scored indicator {number} (scored: {numbers})", value=number)


def coverage(
    report: MeasureReport,
    scores: Scores,
    *,
    pass_mark: Decimal | int | str | None = None,
    lowest: int | None = None,
) -> Coverage:
    """Which of *scores*' indicators *report*'s measures address, and the weak ones they miss.

    *scores* is a :class:`itakit.ScoreCard` (or any object with ``.framework``
    and ``.indicator_scores``); the report's codes are resolved under its
    framework.  An indicator is weak below *pass_mark* (the framework's own,
    85, by default) or, with *lowest*, among the *lowest* scores.

    >>> import itakit
    >>> from itakit.measures import parse_report, sample_report_text
    >>> scores = {1: 93.55, 2: 87.72, 3: 91.01, 4: 80.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}
    >>> card = itakit.score_indicators(itakit.framework(2567), scores)
    >>> result = coverage(parse_report(sample_report_text()), card)
    >>> [(row.indicator.number, row.score, row.addressed) for row in result.weak]
    [(4, Decimal('80.93'), True), (9, Decimal('72.89'), False), (10, Decimal('65.56'), False)]
    """
    checked = check_scores(scores)
    links = report.indicators(checked.framework)
    weak = {
        indicator.number
        for indicator, _ in weak_indicators(checked, pass_mark=pass_mark, lowest=lowest)
    }
    rows = tuple(
        IndicatorCoverage(
            indicator=checked.framework.indicator(number),
            score=Decimal(score),
            weak=number in weak,
            measures=links.measures_of(number),
        )
        for number, score in sorted(checked.indicator_scores.items())
    )
    mark = None if lowest is not None else pass_mark_of(checked, pass_mark)
    return Coverage(rows=rows, pass_mark=mark, unknown=links.unknown)
