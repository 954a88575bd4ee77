"""Measures linked to a framework edition: which questions and indicators they address.

Every question code a measure names is looked up in the edition; a code the
edition does not have is kept in ``.unknown`` (never dropped), so a report
written for another year's questionnaire shows what did not resolve.

>>> import itakit
>>> from itakit.measures import parse_report, sample_report_text
>>> report = parse_report(sample_report_text())
>>> links = report.indicators(itakit.framework(2567))
>>> [indicator.number for indicator in links.of_group(4)], links.unknown
([4], ())
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from itakit.errors import InputTypeError
from itakit.measures.model import Measure, MeasureReport
from itakit.rules import Indicator, Question, Rules

__all__ = ["IndicatorLinks", "MeasureLink", "QuestionLinks", "link_measures"]


@attrs.frozen
class MeasureLink:
    """One measure, the questions its codes name in an edition, and the codes the edition lacks.

    >>> import itakit
    >>> from itakit.measures import Measure
    >>> measure = Measure(title="จัดทำคู่มือ", codes=("i10", "i99"))
    >>> link = MeasureLink.of(1, measure, itakit.framework(2567))
    >>> [q.code for q in link.questions], link.unknown, [i.number for i in link.indicators]
    (['i10'], ('i99',), [4])
    """

    group: int
    """The number of the measure's group."""
    measure: Measure
    questions: tuple[Question, ...]
    unknown: tuple[str, ...]

    @classmethod
    def of(cls, group: int, measure: Measure, framework: Rules) -> MeasureLink:
        """Resolve *measure*'s codes against *framework*.

        >>> import itakit
        >>> from itakit.measures import Measure
        >>> MeasureLink.of(5, Measure(title="แผน", codes=("i4",)), itakit.framework(2567)).group
        5
        """
        questions = []
        unknown = []
        for code in measure.codes:
            if framework.has_question(code):
                questions.append(framework.question(code))
            else:
                unknown.append(code)
        return cls(group, measure, tuple(questions), tuple(unknown))

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """The indicators of its questions, by number.

        >>> import itakit
        >>> from itakit.measures import Measure
        >>> link = MeasureLink.of(1, Measure(title="x", codes=("e1", "i4")), itakit.framework(2567))
        >>> [indicator.number for indicator in link.indicators]
        [2, 6]
        """
        return _indicators(self.questions)


def _indicators(questions: Iterable[Question]) -> tuple[Indicator, ...]:
    by_number = {question.indicator.number: question.indicator for question in questions}
    return tuple(by_number[number] for number in sorted(by_number))


def link_measures(report: MeasureReport, framework: Rules) -> tuple[MeasureLink, ...]:
    """Every measure of *report* resolved against *framework*, in order.

    >>> import itakit
    >>> from itakit.measures import parse_report, sample_report_text
    >>> links = link_measures(parse_report(sample_report_text()), itakit.framework(2567))
    >>> [(link.group, [i.number for i in link.indicators]) for link in links][3:6]
    [(4, [4]), (5, [2]), (6, [3])]
    """
    if not isinstance(report, MeasureReport):
        raise InputTypeError(f"expected a MeasureReport (got {report!r})", value=report)
    if not isinstance(framework, Rules):
        raise InputTypeError(
            f"expected a Framework such as itakit.framework(2567) (got {framework!r})",
            value=framework,
        )
    return tuple(
        MeasureLink.of(group.number, measure, framework)
        for group in report.groups
        for measure in group.measures
    )


@attrs.frozen
class _Links:
    framework: Rules
    measures: tuple[MeasureLink, ...]

    @property
    def unknown(self) -> tuple[str, ...]:
        """Codes the edition does not have, in order of first appearance."""
        return tuple(dict.fromkeys(code for link in self.measures for code in link.unknown))

    @property
    def complete(self) -> bool:
        """Whether every code resolved."""
        return not self.unknown

    def _of_group(self, number: int) -> tuple[MeasureLink, ...]:
        return tuple(link for link in self.measures if link.group == number)


@attrs.frozen
class QuestionLinks(_Links):
    """The questions a report's measures name in one edition (from :meth:`MeasureReport.questions`).

    >>> import itakit
    >>> from itakit.measures import parse_report, sample_report_text
    >>> links = parse_report(sample_report_text()).questions(itakit.framework(2567))
    >>> [q.code for q in links.resolved]
    ['e1', 'e5', 'e8', 'i10', 'i11', 'i12', 'i4', 'i7', 'i8', 'i9', 'e4', 'e6']
    """

    @property
    def resolved(self) -> tuple[Question, ...]:
        """Every question named, once, in order of first appearance.

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).questions(itakit.framework(2567))
        >>> len(links.resolved)
        12
        """
        seen: dict[str, Question] = {}
        for link in self.measures:
            for question in link.questions:
                seen.setdefault(question.code, question)
        return tuple(seen.values())

    def of_group(self, number: int) -> tuple[Question, ...]:
        """The questions group *number*'s measures name.

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).questions(itakit.framework(2567))
        >>> [q.code for q in links.of_group(4)]
        ['i10', 'i11', 'i12']
        """
        seen: dict[str, Question] = {}
        for link in self._of_group(number):
            for question in link.questions:
                seen.setdefault(question.code, question)
        return tuple(seen.values())

    def measures_of(self, code: str) -> tuple[Measure, ...]:
        """The measures that name question *code* (written any way codes are).

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).questions(itakit.framework(2567))
        >>> len(links.measures_of("e๕"))
        2
        """
        from itakit.codes import canonical_code

        wanted = canonical_code(code)
        return tuple(
            link.measure for link in self.measures if any(q.code == wanted for q in link.questions)
        )


@attrs.frozen
class IndicatorLinks(_Links):
    """The indicators a report's measures address in one edition (from :meth:`MeasureReport.indicators`).

    >>> import itakit
    >>> from itakit.measures import parse_report, sample_report_text
    >>> links = parse_report(sample_report_text()).indicators(itakit.framework(2567))
    >>> [i.number for i in links.resolved], [i.number for i in links.unaddressed]
    ([2, 3, 4, 6, 7], [1, 5, 8, 9, 10])
    """

    @property
    def resolved(self) -> tuple[Indicator, ...]:
        """Every indicator addressed, by number.

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).indicators(itakit.framework(2567))
        >>> [indicator.number for indicator in links.resolved]
        [2, 3, 4, 6, 7]
        """
        return _indicators(q for link in self.measures for q in link.questions)

    @property
    def unaddressed(self) -> tuple[Indicator, ...]:
        """The edition's indicators that no measure addresses.

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).indicators(itakit.framework(2567))
        >>> [indicator.number for indicator in links.unaddressed]
        [1, 5, 8, 9, 10]
        """
        addressed = {indicator.number for indicator in self.resolved}
        return tuple(i for i in self.framework.indicators if i.number not in addressed)

    def of_group(self, number: int) -> tuple[Indicator, ...]:
        """The indicators group *number*'s measures address.

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).indicators(itakit.framework(2567))
        >>> [indicator.number for indicator in links.of_group(7)]  # e4, e5 | e6
        [6, 7]
        """
        return _indicators(q for link in self._of_group(number) for q in link.questions)

    def measures_of(self, indicator: int | Indicator) -> tuple[Measure, ...]:
        """The measures that address *indicator* (a number or an :class:`~itakit.Indicator`).

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).indicators(itakit.framework(2567))
        >>> [measure.codes for measure in links.measures_of(3)]
        [('i7', 'i8', 'i9')]
        """
        number = indicator.number if isinstance(indicator, Indicator) else indicator
        self.framework.indicator(number)  # an unknown indicator is an error, not "none"
        return tuple(
            link.measure
            for link in self.measures
            if any(i.number == number for i in link.indicators)
        )
