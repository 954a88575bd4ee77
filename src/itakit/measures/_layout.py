"""The table layout that Thai reports of measures share, as the parser reads it and renderers write it.

Five columns (มาตรการ · สรุปผลการดำเนินการ · ระยะเวลา · ผู้รับผิดชอบ · ผลการดำเนินการ),
groups under numbered headings (``๑) …``), question codes in parentheses after a
measure's title, and a completion phrase such as ``ดำเนินการครบถ้วน ๑๐๐ %``.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from itakit.codes import format_code
from itakit.measures.model import Measure, MeasureGroup, MeasureReport, ReportKind
from itakit.thai import Digits, check_digits, to_arabic_digits, with_digits

__all__ = [
    "COLUMNS",
    "FONT_FAMILY",
    "Completion",
    "cell_lines",
    "columns",
    "find_completion",
    "group_heading",
    "measure_cells",
    "outcome_text",
    "place",
    "section_title",
    "title_lines",
]

COLUMNS: dict[ReportKind, tuple[str, str, str, str, str]] = {
    ReportKind.RESULTS: (
        "มาตรการ/กิจกรรม",
        "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม",
        "ระยะเวลาดำเนินการ",
        "ผู้รับผิดชอบ",
        "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    ),
    ReportKind.PLAN: (
        "มาตรการ/กิจกรรม",
        "ขั้นตอนหรือวิธีการดำเนินการ",
        "ระยะเวลาดำเนินการ",
        "ผู้รับผิดชอบ",
        "ผลลัพธ์ที่คาดว่าจะได้รับ",
    ),
}
"""The column headings of the table, by kind of document."""

FONT_FAMILY = ("Sarabun", "TH Sarabun New", "Noto Sans Thai")
"""Thai fonts, most wanted first (TH Sarabun New is the government's standard font)."""

_STATUS = r"(?:ดำเนินการ|สำเร็จ|ครบถ้วน|แล้วเสร็จ)"
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_COMPLETION = re.compile(
    _STATUS + r"[^0-9%\n]{0,40}?"
    rf"(?:ร้อยละ\s*(?P<words>{_NUMBER})|(?P<sign>{_NUMBER})\s*(?:%|เปอร์เซ็นต์))"
)
_BULLET = re.compile(r"\s+(?=-\s)")


@attrs.frozen
class Completion:
    """Where a completion phrase stands in a cell's text, and the percent it states."""

    start: int
    end: int
    percent: Decimal


def find_completion(text: str) -> Completion | None:
    """The first completion phrase in *text* (Thai or Arabic digits), such as ``ดำเนินการครบถ้วน ๑๐๐ %``.

    A percent counts as the completion when a word of progress (ดำเนินการ,
    สำเร็จ, ครบถ้วน, แล้วเสร็จ) stands at most 40 characters before it.
    """
    match = _COMPLETION.search(to_arabic_digits(text))
    if match is None:
        return None
    return Completion(match.start(), match.end(), Decimal(match["words"] or match["sign"]))


def columns(kind: ReportKind) -> tuple[str, str, str, str, str]:
    """The column headings for *kind*."""
    return COLUMNS[kind]


def outcome_text(measure: Measure) -> str:
    """The outcome as written, with the completion stated first if the text does not state it."""
    if measure.completion is None:
        return measure.outcome
    found = find_completion(measure.outcome)
    if found is not None and found.percent == measure.completion:
        return measure.outcome
    phrase = (
        "ดำเนินการครบถ้วน 100 %"
        if measure.completion == 100
        else f"ดำเนินการแล้ว {measure.completion:f} %"
    )
    return f"{phrase} {measure.outcome}".strip()


def measure_cells(measure: Measure, digits: Digits) -> tuple[str, str, str, str, str]:
    """The five cells of *measure*'s row, with digits written as *digits* asks."""
    check_digits(digits)
    title = measure.title
    if measure.codes:
        title += " (" + "/".join(format_code(code, digits=digits) for code in measure.codes) + ")"
    period = "" if measure.period is None else measure.period.format(digits=digits)
    cells = (title, measure.actions, period, measure.responsible, outcome_text(measure))
    return (
        with_digits(cells[0], digits),
        with_digits(cells[1], digits),
        cells[2],
        with_digits(cells[3], digits),
        with_digits(cells[4], digits),
    )


def cell_lines(text: str) -> list[str]:
    """A cell's text broken before each ``- `` bullet, as the original's cells show it."""
    return [part for part in _BULLET.split(text) if part]


def group_heading(group: MeasureGroup, digits: Digits) -> str:
    """``๑) กระบวนการ…``: the group's number and title."""
    return with_digits(f"{group.number}) {group.title}", digits)


def place(report: MeasureReport) -> str | None:
    """``อำเภอสามพราน จังหวัดนครปฐม``, or None when neither is known."""
    parts = []
    if report.district:
        parts.append(f"อำเภอ{report.district}")
    if report.province:
        parts.append(
            report.province if report.province == "กรุงเทพมหานคร" else f"จังหวัด{report.province}"
        )
    return " ".join(parts) or None


def title_lines(report: MeasureReport, digits: Digits) -> list[str]:
    """The title block: title, fiscal year, agency and place, one line each."""
    lines = [report.title, report.fiscal_year.format(digits=digits), report.agency]
    where = place(report)
    if where:
        lines.append(where)
    return [with_digits(line, digits) for line in lines]


def section_title(report: MeasureReport, digits: Digits) -> str:
    """The heading over the table: ``รายงานผล…ของ<agency> ประจำปีงบประมาณ พ.ศ. ๒๕๖๗``."""
    text = f"{report.title}ของ{report.agency} ประจำ{report.fiscal_year.format(digits=digits)}"
    return with_digits(text, digits)
