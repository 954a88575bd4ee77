"""A plan or report of measures as the renderers' blocks, in the table layout of the Thai originals.

The title block; the foreword (``คำนำ``); for an analysis document, the
analysis; a heading naming the document (on a new page after a foreword);
the introduction; the table; the closing.  The table has the five columns
of the originals (มาตรการ/กิจกรรม · สรุปผลการดำเนินการ or ขั้นตอนหรือวิธีการ ·
ระยะเวลาดำเนินการ · ผู้รับผิดชอบ · ผลลัพธ์…), then a budget, a notes column and one
column per extra field when any measure has one; each group is a row of its
own (``๑) …``, or its label as written, ``๑.๑ …``), under a row for its section
(``มิติที่ ๑ …``) when it has one.
"""

from __future__ import annotations

from itakit.codes import format_code
from itakit.measures import _blocks as blocks_
from itakit.measures._layout import COLUMNS, outcome_text, place
from itakit.measures._years import filed_under
from itakit.measures.model import Measure, MeasureGroup, MeasureReport, ReportKind
from itakit.thai import Digits, with_digits

__all__ = [
    "ANALYSIS_HEADING",
    "ANALYSIS_TITLE",
    "group_text",
    "measure_columns",
    "plan_blocks",
    "report_blocks",
    "report_title_lines",
    "section_title",
]

ANALYSIS_TITLE = (
    "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"
    " และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
)
"""The title of the yearly analysis document (the analysis and its plan in one)."""

ANALYSIS_HEADING = "การวิเคราะห์ผลการประเมิน"
"""The heading over an analysis that follows a foreword."""

_PLAN_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
_WIDTHS = (7.0, 6.6, 3.2, 2.8, 6.1)
_EXTRA_WIDTH = 2.6
_CLASSES = {
    "title": "measure",
    "actions": "actions",
    "period": "period",
    "responsible": "responsible",
    "outcome": "outcome",
    "budget": "budget",
    "notes": "notes",
}
_LABELS = {"budget": "งบประมาณ", "notes": "หมายเหตุ"}


def report_title_lines(report: MeasureReport, digits: Digits) -> list[str]:
    """The title block: title, fiscal year (and the assessment when it is not the usual one), agency, place."""
    year = report.fiscal_year.format(digits="arabic")
    if report.assessment is not None and int(report.assessment) != filed_under(
        report.kind.value, int(report.fiscal_year)
    ):
        year += f" (ITA พ.ศ. {int(report.assessment)})"
    lines = [report.title, year, report.agency]
    where = place(report)
    if where:
        lines.append(where)
    return [with_digits(line, digits) for line in lines]


def section_title(report: MeasureReport, digits: Digits) -> str:
    """The heading over the table: ``รายงานผล…ของ<agency> ประจำปีงบประมาณ พ.ศ. ๒๕๖๗``."""
    title = _PLAN_TITLE if report.kind is ReportKind.ANALYSIS else report.title
    text = f"{title}ของ{report.agency} ประจำ{report.fiscal_year.format(digits='arabic')}"
    return with_digits(text, digits)


def measure_columns(report: MeasureReport) -> tuple[list[str], list[str]]:
    """The table's fields and their header labels, for the measures *report* holds."""
    kind = ReportKind.PLAN if report.kind is ReportKind.ANALYSIS else report.kind
    fields = ["title", "actions", "period", "responsible", "outcome"]
    labels = list(COLUMNS[kind])
    measures = report.measures
    for field in ("budget", "notes"):
        if any(getattr(measure, field) for measure in measures):
            fields.append(field)
            labels.append(_LABELS[field])
    extras = dict.fromkeys(name for measure in measures for name, _ in measure.extra)
    for name in extras:
        fields.append(f"extra:{name}")
        labels.append(name)
    return fields, labels


def measure_cells(measure: Measure, fields: list[str], digits: Digits) -> tuple[str, ...]:
    """The cells of *measure*'s row for *fields*, digits written as *digits* asks."""
    extra = dict(measure.extra)
    cells = []
    for field in fields:
        if field == "title":
            text = measure.title
            if measure.codes:
                text += " (" + "/".join(format_code(c, digits=digits) for c in measure.codes) + ")"
        elif field == "period":
            cells.append("" if measure.period is None else measure.period.format(digits=digits))
            continue
        elif field == "outcome":
            text = outcome_text(measure)
        elif field.startswith("extra:"):
            text = extra.get(field[6:], "")
        else:
            text = getattr(measure, field)
        cells.append(with_digits(text, digits))
    return tuple(cells)


def group_text(group: MeasureGroup, digits: Digits) -> str:
    """``๑) กระบวนการ…``, or the group's label as written (``๑.๑ …``)."""
    if group.label:
        return with_digits(f"{group.label} {group.title}", digits)
    return with_digits(f"{group.number}) {group.title}", digits)


def _table(report: MeasureReport, digits: Digits) -> blocks_.Table:
    fields, labels = measure_columns(report)
    rows: list[blocks_.Row] = []
    section: str | None = None
    for group in report.groups:
        if group.section and group.section != section:
            rows.append(blocks_.Row((with_digits(group.section, digits),), heading=True))
        section = group.section
        rows.append(blocks_.Row((group_text(group, digits),), heading=True))
        rows.extend(
            blocks_.Row(measure_cells(measure, fields, digits)) for measure in group.measures
        )
    widths = _WIDTHS + (_EXTRA_WIDTH,) * (len(fields) - 5)
    index = {field: n for n, field in enumerate(fields)}
    return blocks_.Table(
        header=tuple(labels),
        rows=tuple(rows),
        widths=widths,
        centred=frozenset({index["period"], index["responsible"]}),
        bullets=frozenset({index["actions"], index["outcome"]}),
        underline=frozenset({index["outcome"]}),
        classes=tuple(_CLASSES.get(field, "extra") for field in fields),
    )


def plan_blocks(report: MeasureReport, digits: Digits, *, page_break: bool) -> list[blocks_.Block]:
    """The heading naming the document, the introduction, the table and the closing."""
    out: list[blocks_.Block] = [
        blocks_.Heading(section_title(report, digits), page_break=page_break)
    ]
    if report.introduction:
        out.append(blocks_.Paragraphs(tuple(with_digits(p, digits) for p in report.introduction)))
    out.append(_table(report, digits))
    if report.closing:
        out.append(blocks_.Paragraphs(tuple(with_digits(p, digits) for p in report.closing)))
    return out


def report_blocks(report: MeasureReport, digits: Digits) -> list[blocks_.Block]:
    """*report* as blocks, digits written as *digits* asks."""
    out: list[blocks_.Block] = [blocks_.TitleBlock(tuple(report_title_lines(report, digits)))]
    if report.foreword:
        out.append(blocks_.Heading("คำนำ"))
        out.append(blocks_.Paragraphs(tuple(with_digits(p, digits) for p in report.foreword)))
    if report.analysis:
        if report.foreword:
            out.append(blocks_.Heading(ANALYSIS_HEADING))
        out.append(blocks_.Paragraphs(tuple(with_digits(p, digits) for p in report.analysis)))
    out.extend(plan_blocks(report, digits, page_break=bool(report.foreword or report.analysis)))
    return out
