"""Read a plan of measures or a report on them from its text: :func:`parse_report`."""

from __future__ import annotations

from itakit.errors import ParseError, ValidationError
from itakit.measures._front import answered_year, read_front
from itakit.measures._source import Complaints, read_lines
from itakit.measures._table import group_heading, is_header, read_table
from itakit.measures.model import MeasureReport

__all__ = ["parse_report"]

_EXPECTED_TABLE = (
    "expected a table of measures: a header row 'มาตรการ/กิจกรรม ⇥ สรุปผล… ⇥ ระยะเวลา… ⇥"
    " ผู้รับผิดชอบ ⇥ ผลลัพธ์…' (cells separated by tabs) or a group heading such as"
    " '<b>๑) …</b>', '**๑) …**' or '## ๑) …'"
)


def parse_report(text: str | bytes, *, lenient: bool = False) -> MeasureReport:
    """Read a plan of measures (แผน) or a report on them (รายงานผล) from its text.

    The text is laid out as Word files of such reports are when saved or
    extracted as text (see ``itakit.measures.sample_report_text()``):

    1. a title block: the title (``รายงานผล…`` or ``แผน…``/``มาตรการ…``, on one
       line or several), ``ปีงบประมาณ พ.ศ. ๒๕๖๗``, the agency, its district and
       province (``อำเภอ… จังหวัด…``);
    2. optionally a foreword after a ``คำนำ`` line, and an introduction after a
       heading that names the document again;
    3. the table: a header row (repeated on every page or not), group headings
       ``๑) …`` (bold ``<b>``/``**``, ``##`` or plain), and under each one measure
       rows of five cells separated by tabs or Markdown pipes: the title with
       its question codes in parentheses (``(i๑๐/i๑๑/i๑๒)``, ``(e๔ , e๕, e๖)``),
       what was done, the period (``ต.ค. ๖๖ – ก.ย. ๖๗``), who is responsible
       and the outcome, whose ``ดำเนินการครบถ้วน ๑๐๐ %`` gives the completion;
    4. optionally closing paragraphs, after a blank line.

    Thai and Arabic digits are both read; every cell goes through
    :func:`itakit.text.normalize`; ``<b>``, ``<u>``, ``**`` and ``#`` markup
    is taken off.  *text* may be bytes, decoded as UTF-8.

    The fiscal year the measures answer (:attr:`MeasureReport.answers_fiscal_year`)
    is read from a sentence such as ``วิเคราะห์ผลการประเมิน ITA … ปีงบประมาณ
    พ.ศ. ๒๕๖๖ และได้กำหนดมาตรการ … ในปีงบประมาณ พ.ศ. ๒๕๖๗``; without one it is
    the year before the report's.

    Anything that cannot be read raises :class:`~itakit.errors.ParseError`
    with ``.line`` set, saying what was expected.  With ``lenient=True`` the
    unreadable rows, headings and lines are skipped instead, named in one
    :class:`~itakit.errors.ItakitWarning` and kept in ``report.skipped``; the
    title block and at least one group must still be readable.

    >>> from itakit.measures import sample_report_text
    >>> report = parse_report(sample_report_text())
    >>> [group.number for group in report.groups]
    [1, 2, 3, 4, 5, 6, 7]
    >>> measure = report.group(4).measures[0]
    >>> measure.codes, measure.period.format(), measure.responsible
    (('i10', 'i11', 'i12'), 'ต.ค. ๖๖ – ก.ย. ๖๗', 'สำนักปลัด')
    >>> report.group(1).measures[0].completion
    Decimal('100')
    >>> parse_report("สวัสดี")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: line 1: expected the report's title: 'รายงานผล…' for a report on measures, or 'แผน…' or 'มาตรการ…' for a plan (got 'สวัสดี')
    """
    complaints = Complaints(lenient=lenient)
    lines = read_lines(text, complaints)
    start = next(
        (
            index
            for index, line in enumerate(lines)
            if is_header(line) or group_heading(line, plain=False) is not None
        ),
        None,
    )
    if start is None:
        front_lines = lines
        last = lines[-1].number if lines else 1
        read_front(front_lines, last)  # a text that is no report at all fails on its title
        raise ParseError(
            f"line {last}: the text ends without a table; {_EXPECTED_TABLE}", line=last
        )
    front_lines, table_lines = lines[:start], lines[start:]
    for line in front_lines:
        if line.table and not line.blank:
            complaints(
                line.number,
                line.raw,
                f"a table row before the table's header or first group heading; {_EXPECTED_TABLE}",
            )
    front = read_front([line for line in front_lines if not line.table], lines[start].number)
    table = read_table(table_lines, complaints)
    if not table.groups:
        last = table_lines[-1].number
        raise ParseError(
            f"line {last}: no measures could be read: expected at least one group heading"
            " such as '๑) …' with measure rows under it",
            line=last,
        )
    complaints.skipped.sort(key=lambda skipped: skipped.line)
    try:  # what only the whole report can check (the year its measures answer) has a line too
        report = MeasureReport(
            kind=front.kind,
            title=front.title,
            agency=front.agency,
            district=front.district,
            province=front.province,
            fiscal_year=front.fiscal_year,
            answers_fiscal_year=answered_year(
                front.fiscal_year, front.introduction + front.foreword
            ),
            foreword=front.foreword,
            introduction=front.introduction,
            groups=table.groups,
            closing=table.closing,
            skipped=tuple(complaints.skipped),
        )
    except ValidationError as error:
        first = next((line.number for line in front_lines if not line.blank), lines[start].number)
        raise ParseError(
            f"line {first}: the report as a whole cannot be read: {error.message}", line=first
        ) from None
    complaints.warn("parse_report")
    return report
