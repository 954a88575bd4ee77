"""Read a plan of measures, a report on them, or an analysis with its plan, from its text: :func:`parse_report`."""

from __future__ import annotations

import re
import warnings
from collections import Counter

from itakit.errors import ItakitWarning, ParseError
from itakit.fiscal_year import FiscalYear
from itakit.measures._blocks import row_text
from itakit.measures._kinds import looks_like_title
from itakit.measures._prose import prose_start, read_prose
from itakit.measures._report_blocks import ANALYSIS_HEADING
from itakit.measures._source import Complaints, Line, read_lines
from itakit.measures._table import (
    Table,
    group_heading,
    is_header,
    read_table,
    unknown_header,
    unknown_header_error,
)
from itakit.measures._title import TitleBlock, read_title_block
from itakit.measures._years import O26_FROM, read_years
from itakit.measures.model import MeasureReport, ReportKind
from itakit.thai import to_arabic_digits

__all__ = ["parse_report"]

_EXPECTED_TABLE = (
    "expected the measures: a table whose header names its columns ('มาตรการ/กิจกรรม ⇥ …"
    " ⇥ ระยะเวลา… ⇥ ผู้รับผิดชอบ ⇥ …', cells separated by tabs), group headings such as"
    " '<b>๑) …</b>', '**๑) …**' or '## ๑) …', or numbered text ('๑. …' then 'มาตรการที่ ๑ …')"
)
_YEAR_AFTER = re.compile(r"ปี(?:งบประมาณ)?\s*(?:พ\s*\.\s*ศ\s*\.*)?\s*(2[4-7][0-9]{2})")
_MEASURES_IN = re.compile(
    r"มาตรการ[^\n]{0,160}?ใน(?:รอบ)?ปี(?:งบประมาณ)?\s*(?:พ\s*\.\s*ศ\s*\.*)?\s*(2[4-7][0-9]{2})"
)


def parse_report(text: str | bytes, *, lenient: bool = False) -> MeasureReport:
    """Read a plan of measures (แผน), a report on them (รายงานผล), or an analysis with its plan.

    The text may come from Word, a PDF or a web page, laid out as agencies
    write these documents (see ``itakit.measures.sample_report_text()`` and
    the variants in the test suite):

    1. whatever comes before the title (a site's menu, a breadcrumb, a
       flipbook's header, a signature block) is skipped and listed;
    2. the title block: the title (``รายงานผล…``, ``สรุปรายงานผล…`` or
       ``การดำเนินการตามมาตรการ…`` for a report; ``มาตรการ…``, ``แนวทาง…`` or a
       ``แผน…`` that names the measures for a plan; ``การวิเคราะห์ผลการประเมิน…``
       for an analysis), the year in any of its forms (``ปีงบประมาณ พ.ศ. ๒๕๖๗``,
       ``ประจำปี ๒๕๖๗``, ``(พ.ศ. ๒๕๖๖ – ๒๕๖๗)``, ``ITA พ.ศ. ๒๕๖๘``), the agency
       (also when the title names it) and its district and province;
    3. a foreword after ``คำนำ``, an analysis, an introduction;
    4. the measures: a table whose header cells name its columns (measure,
       codes, actions, period, responsible, outcome, budget, notes; a column
       itakit does not know is kept in ``measure.extra``), or numbered prose or
       HTML lists; group headings ``๑) …``, ``1. …``, ``๑.๑ …``, ``มิติที่ ๑ …``;
       codes in any form (``(i๑๐/i๑๑/i๑๒)``, ``IIT ข้อ ๑๐-๑๒``, ``O๒๖``, ``ข้อ ๔``
       under a heading that names the tool);
    5. optionally closing paragraphs, after a blank line.

    Thai and Arabic digits are both read; every cell goes through
    :func:`itakit.text.normalize`, and the sara am a PDF's text lost
    (``ก าหนด``) is put back.  *text* may be bytes, decoded as UTF-8.

    The years: :attr:`~MeasureReport.fiscal_year` (of the measures),
    :attr:`~MeasureReport.assessment` (the ITA it is filed under) and
    :attr:`~MeasureReport.answers_fiscal_year` (the result answered) are read
    where the text states them; the ones it does not state are inferred
    (from the measures' periods, a sentence such as ``… มาตรการ … ในปีงบประมาณ
    พ.ศ. ๒๕๖๗``, or the usual cycle) and named in ``report.inferred``.  A year
    in the title that the measures' periods contradict gives a warning.

    A document of another kind (an ITA results report, an anti-corruption
    action plan, any other ``แผน…``) raises :class:`~itakit.errors.DocumentKindError`
    naming what it looks like.  Anything that cannot be read raises
    :class:`~itakit.errors.ParseError` with ``.line`` set, saying what was
    expected.  With ``lenient=True`` unreadable rows, headings and lines are
    skipped instead; everything skipped (the lines before the title too) is
    named in one :class:`~itakit.errors.ItakitWarning` and kept in
    ``report.skipped``.

    >>> from itakit.measures import sample_report_text
    >>> report = parse_report(sample_report_text())
    >>> [group.number for group in report.groups]
    [1, 2, 3, 4, 5, 6, 7]
    >>> measure = report.group(4).measures[0]
    >>> measure.codes, measure.period.format(), measure.responsible
    (('i10', 'i11', 'i12'), 'ต.ค. ๖๖ – ก.ย. ๖๗', 'สำนักปลัด')
    >>> report.fiscal_year, report.assessment, report.inferred
    (FiscalYear(2567), FiscalYear(2567), ('assessment',))
    >>> parse_report("สวัสดี")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: line 1: expected the report's title: 'รายงานผล…' for a report on measures, 'แผน…', 'มาตรการ…' or 'แนวทาง…' for a plan, or 'การวิเคราะห์ผลการประเมิน…' for an analysis (got 'สวัสดี')
    """
    complaints = Complaints(lenient=lenient)
    lines = read_lines(text, complaints)
    block = read_title_block(lines)
    kind = ReportKind(block.kind)
    rest = lines[block.end :]
    start, prose = _measures_start(rest)
    if start is None:
        last = lines[-1].number if lines else 1
        raise ParseError(
            f"line {last}: the text ends without a table; {_EXPECTED_TABLE}", line=last
        )
    front = _front(rest[:start], kind, block.agency, complaints)
    table: Table = (
        read_prose(rest[start:], complaints) if prose else read_table(rest[start:], complaints)
    )
    if not table.groups:
        last = rest[-1].number
        raise ParseError(
            f"line {last}: no measures could be read: expected at least one group heading"
            " such as '๑) …' with measures under it",
            line=last,
        )
    paragraphs = front.foreword + front.analysis + front.introduction
    fiscal, assessment, answers, inferred = _years(block, kind, table, paragraphs, rest, start)
    skipped = sorted([*block.before, *complaints.skipped], key=lambda s: s.line)
    complaints.skipped = skipped
    complaints.warn("parse_report")
    return MeasureReport(
        kind=kind,
        title=block.title,
        agency=block.agency,
        district=block.district,
        province=block.province,
        fiscal_year=fiscal,
        answers_fiscal_year=answers,
        assessment=assessment,
        foreword=front.foreword,
        analysis=front.analysis,
        introduction=front.introduction,
        groups=table.groups,
        closing=table.closing,
        skipped=tuple(skipped),
        inferred=tuple(inferred),
    )


def _measures_start(lines: list[Line]) -> tuple[int | None, bool]:
    """Where the measures start, and whether they are prose (not a table)."""
    start = next(
        (
            index
            for index, line in enumerate(lines)
            if is_header(line) or group_heading(line, plain=False) is not None
        ),
        None,
    )
    if start is not None and any(line.table for line in lines[start:]):
        return start, False
    found = prose_start(lines)
    if found is not None:
        return found, True
    return start, False


class _Front:
    def __init__(self) -> None:
        self.foreword: tuple[str, ...] = ()
        self.analysis: tuple[str, ...] = ()
        self.introduction: tuple[str, ...] = ()


def _is_section_title(line: Line, agency: str) -> bool:
    """Whether *line* is the heading that names the document again (a heading, or naming the agency)."""
    text = line.text
    return (
        looks_like_title(text)
        and len(text) < 400
        and read_years(text) is not None
        and (line.heading > 0 or agency in text)
    )


def _front(lines: list[Line], kind: ReportKind, agency: str, complaints: Complaints) -> _Front:
    """The foreword (after ``คำนำ``), the analysis (of an analysis document) and the introduction."""
    foreword: list[str] = []
    analysis: list[str] = []
    introduction: list[str] = []
    section = analysis if kind is ReportKind.ANALYSIS else introduction
    for line in lines:
        if line.blank:
            continue
        text = line.text
        if text == "คำนำ":
            section = foreword
        elif text == ANALYSIS_HEADING and kind is ReportKind.ANALYSIS:
            section = analysis
        elif not line.table and _is_section_title(line, agency):
            section = introduction  # the heading naming the document again: layout
        elif line.table:
            if kind is ReportKind.ANALYSIS:
                section.append(row_text(line.filled))
            elif unknown_header(line):
                raise unknown_header_error(line)
            else:
                complaints(
                    line.number,
                    line.raw,
                    f"a table row before the table's header or first group heading; {_EXPECTED_TABLE}",
                )
        else:
            if section is foreword and kind is ReportKind.ANALYSIS and line.heading:
                section = analysis  # the analysis follows the foreword
            section.append(text)
    front = _Front()
    front.foreword, front.analysis, front.introduction = (
        tuple(foreword),
        tuple(analysis),
        tuple(introduction),
    )
    return front


def _period_year(table: Table) -> int | None:
    """The fiscal year most of the measures' periods fall in, if they have periods."""
    years: Counter[int] = Counter()
    for group in table.groups:
        for measure in group.measures:
            if measure.period is not None:
                spans = measure.period.fiscal_years
                if len(spans) == 1:
                    years[int(spans[0])] += 1
    if not years:
        return None
    (year, _), *_ = years.most_common(1)
    return year


def _answered(fiscal: int, paragraphs: tuple[str, ...]) -> int | None:
    """The result answered, from ``ผลการประเมิน … ปีงบประมาณ ๒๕๖๖ … มาตรการ … ในปีงบประมาณ ๒๕๖๗``."""
    for paragraph in paragraphs:
        text = to_arabic_digits(paragraph)
        for found in re.finditer("ผลการประเมิน", text):
            result = _YEAR_AFTER.search(text, found.end())
            if result is None:
                continue
            measures = text.find("มาตรการ", result.end())
            if measures < 0:
                continue
            running = _YEAR_AFTER.search(text, measures)
            answered = int(result[1])
            if running is not None and int(running[1]) == fiscal and answered <= fiscal:
                return answered
    return None


def _years(
    block: TitleBlock,
    kind: ReportKind,
    table: Table,
    paragraphs: tuple[str, ...],
    rest: list[Line],
    start: int,
) -> tuple[int, int | None, int, list[str]]:
    stated = block.years
    inferred: list[str] = []
    fiscal = None if stated is None else stated.fiscal_year
    assessment = None if stated is None else stated.assessment
    if assessment is None and block.before_years is not None:
        assessment = block.before_years.assessment
    by_periods = _period_year(table)
    if fiscal is None:
        inferred.append("fiscal_year")
        if assessment is not None:
            fiscal = (
                assessment - 1
                if kind is ReportKind.RESULTS and assessment >= O26_FROM
                else assessment
            )
        else:
            in_text = None
            for paragraph in paragraphs:
                if (found := _MEASURES_IN.search(to_arabic_digits(paragraph))) is not None:
                    in_text = int(found[1])
                    break
            fiscal = by_periods or in_text
        if fiscal is None:
            number = rest[0].number if rest else block.title_line
            raise ParseError(
                f"line {number}: expected the fiscal year in the title block, such as"
                " 'ปีงบประมาณ พ.ศ. ๒๕๖๗', and found none in the text or the measures' periods",
                line=number,
            )
    elif by_periods is not None and by_periods != fiscal:
        warnings.warn(
            f"parse_report: the title says FY {fiscal} but the measures' periods run in FY"
            f" {by_periods}: the report is read as FY {fiscal}; check the title or the periods",
            ItakitWarning,
            stacklevel=3,
        )
    FiscalYear(fiscal)  # a year out of range is an error here, not in the model
    answers = None if stated is None else stated.answers
    if answers is None:
        answers = _answered(fiscal, paragraphs)
    if answers is None:
        inferred.append("answers_fiscal_year")
        answers = fiscal - 1
    if assessment is None:
        inferred.append("assessment")
    return fiscal, assessment, answers, inferred
