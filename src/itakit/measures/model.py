"""Measures (มาตรการ), their groups, and the plans and reports that list them.

Every agency publishes, as part of the ITA itself, a plan of measures for the
coming fiscal year and later a report on what those measures did.  Both are
one table: measures grouped under numbered headings (``๑) …``), each with what
was done, when, by whom and with what result.

Text given to these classes is put through :func:`itakit.text.normalize`, and
question codes are stored canonically (``i10``), so that a report read from
Word, from text or from JSON compares equal.

>>> from itakit import MonthPeriod
>>> measure = Measure(
...     title="จัดทำคู่มือการใช้ทรัพย์สินของราชการ",
...     codes=("i๑๐", "i๑๑", "i๑๒"),
...     period=MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗"),
...     responsible="สำนักปลัด",
...     completion=100,
... )
>>> measure.codes, measure.completion
(('i10', 'i11', 'i12'), Decimal('100'))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from os import PathLike
from typing import TYPE_CHECKING, Any

import attrs

from itakit._numbers import to_decimal
from itakit.errors import InputTypeError, ItakitError, ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.period import MonthPeriod
from itakit.text import normalize
from itakit.thai import Digits

if TYPE_CHECKING:
    from itakit.measures.links import IndicatorLinks, QuestionLinks
    from itakit.rules import Rules

__all__ = ["Measure", "MeasureGroup", "MeasureReport", "ReportKind", "SkippedLine"]


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise InputTypeError(f"expected text (str), got {value!r}", value=value)
    return normalize(value)


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value) or None


def _paragraphs(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise InputTypeError(f"expected a tuple of paragraphs (str), got {value!r}", value=value)
    return tuple(paragraph for paragraph in map(_text, value) if paragraph)


def _not_empty(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value:
        raise ValidationError(f"{attribute.name!r} must not be empty", value=value)


def _codes(value: object) -> tuple[str, ...]:
    from itakit.codes import canonical_code

    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise InputTypeError(
            f"'codes' must be a tuple of question codes such as ('i10', 'e8') (got {value!r})",
            value=value,
        )
    return tuple(dict.fromkeys(canonical_code(code) for code in value))


def _completion(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        number = to_decimal(value)
    except ItakitError as error:
        raise type(error)(
            f"'completion' must be a percent from 0 to 100 ({error.message})", value=value
        ) from None
    if not Decimal(0) <= number <= Decimal(100):
        raise ValidationError(
            f"'completion' must be a percent from 0 to 100 (got {value!r})", value=value
        )
    return number


def _check_period(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, MonthPeriod):
        raise InputTypeError(
            f"'period' must be a MonthPeriod or None (got {value!r}); read text with"
            " MonthPeriod.parse()",
            value=value,
        )


def _check_number(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputTypeError(f"{attribute.name!r} must be an int (got {value!r})", value=value)
    if value < 1:
        raise ValidationError(f"{attribute.name!r} must be >= 1 (got {value})", value=value)


def _fiscal_year(value: object) -> FiscalYear:
    if isinstance(value, FiscalYear):
        return value
    if isinstance(value, int | str) and not isinstance(value, bool):
        return FiscalYear.parse(value)
    raise InputTypeError(f"expected a FiscalYear or a B.E. year (got {value!r})", value=value)


def _measures(value: Iterable[Measure]) -> tuple[Measure, ...]:
    return tuple(value)


def _groups(value: Iterable[MeasureGroup]) -> tuple[MeasureGroup, ...]:
    return tuple(value)


def _skipped(value: Iterable[SkippedLine]) -> tuple[SkippedLine, ...]:
    return tuple(value)


class ReportKind(enum.StrEnum):
    """Whether a document plans measures, reports on them, or analyses a result and plans.

    ``ANALYSIS`` is the yearly analysis of the ITA result with the plan that
    follows from it, in one document (OIT item O25 from ITA 2569).

    >>> ReportKind.RESULTS.label_th, ReportKind("plan").label_th, str(ReportKind.ANALYSIS)
    ('รายงานผล', 'แผน', 'analysis')
    """

    PLAN = "plan"
    RESULTS = "results"
    ANALYSIS = "analysis"

    @property
    def label_th(self) -> str:
        """The Thai word for the kind: ``แผน``, ``รายงานผล`` or ``การวิเคราะห์ผลและแผน``.

        >>> ReportKind.PLAN.label_th
        'แผน'
        """
        return {"plan": "แผน", "results": "รายงานผล", "analysis": "การวิเคราะห์ผลและแผน"}[self.value]

    @property
    def label_en(self) -> str:
        """The English words for the kind: ``plan``, ``results report`` or ``analysis and plan``.

        >>> ReportKind.RESULTS.label_en
        'results report'
        """
        return {"plan": "plan", "results": "results report", "analysis": "analysis and plan"}[
            self.value
        ]


def _extra(value: object) -> tuple[tuple[str, str], ...]:
    if isinstance(value, dict):
        value = tuple(value.items())
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise InputTypeError(
            f"'extra' must be pairs of (column, text) or a dict (got {value!r})", value=value
        )
    pairs = []
    for pair in value:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise InputTypeError(f"'extra' holds {pair!r}, not a (column, text) pair", value=pair)
        pairs.append((_text(pair[0]), _text(pair[1])))
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names) or not all(names):
        raise ValidationError(
            f"'extra' column names must be unique and non-empty (got {names})", value=names
        )
    return tuple(pairs)


def _optional_year(value: object) -> FiscalYear | None:
    return None if value is None else _fiscal_year(value)


def _kind(value: object) -> ReportKind:
    if isinstance(value, ReportKind):
        return value
    try:
        return ReportKind(str(value))
    except ValueError:
        raise ValidationError(
            f"'kind' must be one of {', '.join(k.value for k in ReportKind)} (got {value!r})",
            value=value,
        ) from None


_INFERABLE = ("fiscal_year", "assessment", "answers_fiscal_year")


def _inferred(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise InputTypeError(
            f"'inferred' must be a tuple of field names (got {value!r})", value=value
        )
    for name in value:
        if name not in _INFERABLE:
            raise ValidationError(
                f"'inferred' names {name!r}; expected some of {', '.join(_INFERABLE)}", value=name
            )
    return tuple(dict.fromkeys(value))


@attrs.frozen
class Measure:
    """One measure (มาตรการ/กิจกรรม): one row of a plan's or a report's table.

    *codes* are the questions it answers (canonical, without repeats);
    *actions* sums up what was (or will be) done; *outcome* is the result as
    written; *completion* is the percent done when the report states one;
    *budget*, *notes* and *extra* hold the columns some tables add.

    >>> Measure(title="เผยแพร่ช่องทางการร้องเรียน", codes=["E4", "e๕"]).codes
    ('e4', 'e5')
    >>> Measure(title="x", completion=120)
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: 'completion' must be a percent from 0 to 100 (got 120)
    """

    title: str = attrs.field(converter=_text, validator=_not_empty)
    codes: tuple[str, ...] = attrs.field(default=(), converter=_codes)
    actions: str = attrs.field(default="", converter=_text)
    period: MonthPeriod | None = attrs.field(default=None, validator=_check_period)
    responsible: str = attrs.field(default="", converter=_text)
    outcome: str = attrs.field(default="", converter=_text)
    completion: Decimal | None = attrs.field(default=None, converter=_completion)
    budget: str = attrs.field(default="", converter=_text)
    """The budget as written (``๒๐,๐๐๐ บาท``, ``ไม่ใช้งบประมาณ``), when the table has the column."""
    notes: str = attrs.field(default="", converter=_text)
    """The ``หมายเหตุ`` column, when the table has one."""
    extra: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_extra)
    """Columns itakit does not know, as (header, text) pairs in the table's order: kept, never dropped."""


@attrs.frozen
class MeasureGroup:
    """A numbered group of measures, such as ``๔) กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ``.

    >>> group = MeasureGroup(number=4, title="กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
    ...                      measures=(Measure(title="จัดทำคู่มือ", codes=("i10",)),))
    >>> group.number, group.codes
    (4, ('i10',))
    >>> MeasureGroup(number=1, title="ว่าง", measures=())
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: group 1 needs at least one measure
    """

    number: int = attrs.field(validator=_check_number)
    title: str = attrs.field(converter=_text, validator=_not_empty)
    measures: tuple[Measure, ...] = attrs.field(converter=_measures)
    label: str | None = attrs.field(default=None, converter=_optional_text)
    """The group's numbering as written when it is not a plain number (``1.1``); None otherwise."""
    section: str | None = attrs.field(default=None, converter=_optional_text)
    """The heading above the group's own, as written (``มิติที่ 1. การป้องกันการทุจริต``), if any."""

    @measures.validator
    def _check_measures(self, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        if not value:
            raise ValidationError(f"group {self.number} needs at least one measure", value=value)
        for measure in value:
            if not isinstance(measure, Measure):
                raise InputTypeError(
                    f"group {self.number} holds {measure!r}, which is not a Measure",
                    value=measure,
                )

    @property
    def codes(self) -> tuple[str, ...]:
        """Every question code its measures answer, in order of first appearance.

        >>> MeasureGroup(number=1, title="ก", measures=(Measure(title="x", codes=("e5", "e4")),
        ...                                              Measure(title="y", codes=("e4",)))).codes
        ('e5', 'e4')
        """
        return tuple(dict.fromkeys(code for measure in self.measures for code in measure.codes))


@attrs.frozen
class SkippedLine:
    """A line of a report's text that a lenient parser skipped, and why.

    >>> SkippedLine(line=12, text="<b>๘) …</b>", reason="a group heading with no measures")
    SkippedLine(line=12, text='<b>๘) …</b>', reason='a group heading with no measures')
    """

    line: int = attrs.field(validator=_check_number)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    reason: str = attrs.field(validator=attrs.validators.instance_of(str))


@attrs.frozen(repr=False)
class MeasureReport:
    """A plan of measures (แผน) or a report on them (รายงานผล), for one agency and fiscal year.

    *fiscal_year* is the year the measures run in; *answers_fiscal_year* is the
    year of the ITA result they answer (one year earlier in the usual cycle:
    the result of FY N is analysed and answered by measures in FY N+1).
    *assessment* is the ITA the document is filed under: given, or by the usual
    rule (a plan or analysis under its own year; a report under its own year
    until ITA 2568, and from ITA 2569, as item O26, under the year after).
    *foreword* (คำนำ), *analysis* (of an analysis document: the analysis of the
    result, before the plan), *introduction* (the text before the table) and
    *closing* (text after it) are paragraphs.  *skipped* names what the parse
    left out and *inferred* which of the years the text did not state; neither
    counts in ``==``.

    >>> from itakit.measures import parse_report, sample_report_text
    >>> report = parse_report(sample_report_text())
    >>> report.kind.label_th, report.agency, report.province
    ('รายงานผล', 'องค์การบริหารส่วนตำบลทรงคนอง', 'นครปฐม')
    >>> report.fiscal_year, report.answers_fiscal_year, len(report.groups)
    (FiscalYear(2567), FiscalYear(2566), 7)
    """

    kind: ReportKind = attrs.field(converter=_kind)
    title: str = attrs.field(converter=_text, validator=_not_empty)
    agency: str = attrs.field(converter=_text, validator=_not_empty)
    fiscal_year: FiscalYear = attrs.field(converter=_fiscal_year)
    answers_fiscal_year: FiscalYear = attrs.field(converter=_fiscal_year)
    groups: tuple[MeasureGroup, ...] = attrs.field(converter=_groups)
    district: str | None = attrs.field(default=None, converter=_optional_text)
    province: str | None = attrs.field(default=None, converter=_optional_text)
    foreword: tuple[str, ...] = attrs.field(default=(), converter=_paragraphs)
    introduction: tuple[str, ...] = attrs.field(default=(), converter=_paragraphs)
    closing: tuple[str, ...] = attrs.field(default=(), converter=_paragraphs)
    skipped: tuple[SkippedLine, ...] = attrs.field(default=(), converter=_skipped, eq=False)
    assessment: FiscalYear = attrs.field(default=None, converter=_optional_year)
    analysis: tuple[str, ...] = attrs.field(default=(), converter=_paragraphs)
    inferred: tuple[str, ...] = attrs.field(default=(), converter=_inferred, eq=False)

    def __attrs_post_init__(self) -> None:
        from itakit.measures._years import filed_under

        given: object = self.assessment
        if given is None:
            object.__setattr__(
                self, "assessment", FiscalYear(filed_under(self.kind.value, self.fiscal_year.year))
            )
        if not self.fiscal_year <= self.assessment <= self.fiscal_year + 1:
            raise ValidationError(
                f"a {self.kind.label_en} of FY {self.fiscal_year}'s measures is filed under the ITA"
                f" of FY {self.fiscal_year} or {self.fiscal_year + 1} (got assessment={self.assessment})",
                value=self.assessment,
            )
        if self.answers_fiscal_year > self.fiscal_year:
            raise ValidationError(
                f"a {self.kind.label_en} for FY {self.fiscal_year} cannot answer the ITA result"
                f" of a later year (got answers_fiscal_year={self.answers_fiscal_year})",
                value=self.answers_fiscal_year,
            )
        if not self.groups:
            raise ValidationError(f"a {self.kind.label_en} needs at least one group", value=())
        numbers = []
        for group in self.groups:
            if not isinstance(group, MeasureGroup):
                raise InputTypeError(f"{group!r} is not a MeasureGroup", value=group)
            numbers.append(group.number)
        if numbers != sorted(set(numbers)):
            raise ValidationError(
                f"group numbers must be unique and in order (got {numbers})", value=numbers
            )

    def __repr__(self) -> str:
        return (
            f"<MeasureReport {self.agency} FY {self.fiscal_year}: {len(self.groups)} groups,"
            f" {len(self.measures)} measures>"
        )

    def __iter__(self) -> Iterator[MeasureGroup]:
        """The groups, in order.

        >>> from itakit.measures import parse_report, sample_report_text
        >>> report = parse_report(sample_report_text())
        >>> report
        <MeasureReport องค์การบริหารส่วนตำบลทรงคนอง FY 2567: 7 groups, 7 measures>
        >>> len(report), [group.number for group in report][:3], report[0].number
        (7, [1, 2, 3], 1)
        """
        return iter(self.groups)

    def __len__(self) -> int:
        return len(self.groups)

    def __getitem__(self, index: int) -> MeasureGroup:
        return self.groups[index]

    @property
    def measures(self) -> tuple[Measure, ...]:
        """Every measure of every group, in order.

        >>> from itakit.measures import parse_report, sample_report_text
        >>> [measure.codes for measure in parse_report(sample_report_text()).measures][-1]
        ('e4', 'e5', 'e6')
        """
        return tuple(measure for group in self.groups for measure in group.measures)

    def group(self, number: int) -> MeasureGroup:
        """The group numbered *number*.

        >>> from itakit.measures import parse_report, sample_report_text
        >>> parse_report(sample_report_text()).group(4).codes
        ('i10', 'i11', 'i12')
        """
        for group in self.groups:
            if group.number == number:
                return group
        from itakit.errors import UnknownCodeError

        numbers = ", ".join(str(group.number) for group in self.groups)
        raise UnknownCodeError(f"there is no group {number} (groups: {numbers})", value=number)

    # -- storage ---------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data, as :meth:`to_json` writes it; :meth:`from_dict` reads it back equal.

        Keys: ``kind`` (``"plan"`` or ``"results"``), ``title``, ``agency``,
        ``fiscal_year``, ``answers_fiscal_year``, ``groups`` (each ``number``,
        ``title``, ``measures``: ``title``, ``codes``, ``actions``, ``period``,
        ``responsible``, ``outcome``, ``completion`` as decimal text),
        ``district``, ``province``, ``foreword``, ``introduction``, ``closing``
        and ``skipped``.  The JSON Schema is
        ``itakit/data/schema/measure-report.json``.

        >>> from itakit.measures import parse_report, sample_report_text
        >>> report = parse_report(sample_report_text())
        >>> report.to_dict()["kind"], MeasureReport.from_dict(report.to_dict()) == report
        ('results', True)
        """
        import json

        data: dict[str, Any] = json.loads(self.to_json(indent=None))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MeasureReport:
        """The report :meth:`to_dict` gave (see :meth:`from_json`).

        >>> from itakit.measures import parse_report, sample_report_text
        >>> MeasureReport.from_dict(parse_report(sample_report_text()).to_dict()).fiscal_year
        FiscalYear(2567)
        """
        import json

        return cls.from_json(json.dumps(dict(data), ensure_ascii=False))

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text; :meth:`from_json` reads it back equal.

        >>> from itakit.measures import parse_report, sample_report_text
        >>> report = parse_report(sample_report_text())
        >>> MeasureReport.from_json(report.to_json()) == report
        True
        """
        from itakit.measures.storage import dump_report

        text = dump_report(self, format="json", indent=indent)
        assert text is not None
        return text

    def to_toml(self) -> str:
        """The report as TOML text; :meth:`from_toml` reads it back equal.

        >>> from itakit.measures import parse_report, sample_report_text
        >>> report = parse_report(sample_report_text())
        >>> MeasureReport.from_toml(report.to_toml()) == report
        True
        """
        from itakit.measures.storage import dump_report

        text = dump_report(self, format="toml")
        assert text is not None
        return text

    @classmethod
    def from_json(cls, text: str | bytes) -> MeasureReport:
        """Read a report written by :meth:`to_json` (see :func:`~itakit.measures.loads_report`).

        >>> from itakit.measures import parse_report, sample_report_text
        >>> MeasureReport.from_json(parse_report(sample_report_text()).to_json()).fiscal_year
        FiscalYear(2567)
        """
        from itakit.measures.storage import loads_report

        return loads_report(text, format="json")

    @classmethod
    def from_toml(cls, text: str | bytes) -> MeasureReport:
        """Read a report written by :meth:`to_toml` (see :func:`~itakit.measures.loads_report`).

        >>> from itakit.measures import parse_report, sample_report_text
        >>> MeasureReport.from_toml(parse_report(sample_report_text()).to_toml()).agency
        'องค์การบริหารส่วนตำบลทรงคนอง'
        """
        from itakit.measures.storage import loads_report

        return loads_report(text, format="toml")

    # -- rendering -------------------------------------------------------------------

    def to_markdown(self, *, digits: Digits | None = None) -> str:
        """The report as Markdown in the original's layout (see :func:`~itakit.measures.render_markdown`).

        >>> from itakit.measures import parse_report, sample_report_text
        >>> print(parse_report(sample_report_text()).to_markdown(digits="arabic").splitlines()[2])
        ปีงบประมาณ พ.ศ. 2567
        """
        from itakit.measures.markdown import render_markdown

        return render_markdown(self, digits=digits)

    def to_html(self, *, digits: Digits | None = None, embed_font: bool | None = None) -> str:
        """The report as a standalone HTML page, its Thai font inlined (see :func:`~itakit.measures.render_html`).

        >>> from itakit.measures import parse_report, sample_report_text
        >>> "ต.ค. 66 – ก.ย. 67" in parse_report(sample_report_text()).to_html(digits="arabic")
        True
        """
        from itakit.measures.html import render_html

        return render_html(self, digits=digits, embed_font=embed_font)

    def to_docx(self, path: str | PathLike[str], *, digits: Digits | None = None) -> None:
        """Write the report as a Word document (needs the ``docx`` extra; see :func:`~itakit.measures.write_docx`).

        >>> import tempfile, pathlib
        >>> from itakit.measures import parse_report, read_docx, sample_report_text
        >>> report = parse_report(sample_report_text())
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.docx"
        >>> report.to_docx(path)
        >>> read_docx(path) == report
        True
        """
        from itakit.measures.docx_writer import write_docx

        write_docx(self, path, digits=digits)

    # -- linking ---------------------------------------------------------------------

    def questions(self, framework: Rules) -> QuestionLinks:
        """Resolve every question code against *framework*; codes it lacks go to ``.unknown``.

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).questions(itakit.framework(2567))
        >>> [q.code for q in links.of_group(6)], links.unknown
        (['i7', 'i8', 'i9'], ())
        """
        from itakit.measures.links import QuestionLinks, link_measures

        return QuestionLinks(framework, link_measures(self, framework))

    def indicators(self, framework: Rules) -> IndicatorLinks:
        """The indicators the measures address under *framework*; unknown codes go to ``.unknown``.

        >>> import itakit
        >>> from itakit.measures import parse_report, sample_report_text
        >>> links = parse_report(sample_report_text()).indicators(itakit.framework(2567))
        >>> [(n, [i.number for i in links.of_group(n)]) for n in (4, 5, 6)]
        [(4, [4]), (5, [2]), (6, [3])]
        """
        from itakit.measures.links import IndicatorLinks, link_measures

        return IndicatorLinks(framework, link_measures(self, framework))
