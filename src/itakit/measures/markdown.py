"""A plan or report of measures as Markdown: :func:`render_markdown`.

The layout follows the original documents: the title block, the foreword
(``## คำนำ``), a heading naming the document, the introduction, then one table
with the five columns, each group a bold row ``**๑) …**`` followed by its
measures.  :func:`~itakit.measures.parse_report` reads the result back.
"""

from __future__ import annotations

import re

from itakit.measures._layout import (
    columns,
    group_heading,
    measure_cells,
    section_title,
    title_lines,
)
from itakit.measures.model import MeasureReport
from itakit.thai import Digits, check_digits, with_digits

__all__ = ["render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _escape(text: str) -> str:
    """*text* with Markdown's special characters escaped, and line breaks as ``<br>``."""
    return "<br>".join(_SPECIAL.sub(r"\\\1", line) for line in text.split("\n"))


def _row(cells: tuple[str, ...] | list[str]) -> str:
    return "| " + " | ".join(_escape(cell) for cell in cells) + " |"


def render_markdown(report: MeasureReport, *, digits: Digits = "thai") -> str:
    """*report* as Markdown, digits written as *digits* asks.

    >>> from itakit.measures import parse_report, sample_report_text
    >>> report = parse_report(sample_report_text())
    >>> text = render_markdown(report)
    >>> print(text.splitlines()[0])
    # รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
    >>> print(text.splitlines()[-8])
    | **๔) กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ** |  |  |  |  |
    >>> parse_report(text) == report
    True
    """
    check_digits(digits)
    title, *block = title_lines(report, digits)
    parts = [f"# {_escape(title)}", *(_escape(line) for line in block)]
    if report.foreword:
        parts.append("## คำนำ")
        parts.extend(_escape(with_digits(p, digits)) for p in report.foreword)
    parts.append(f"## {_escape(section_title(report, digits))}")
    parts.extend(_escape(with_digits(p, digits)) for p in report.introduction)
    table = [_row(columns(report.kind)), "| " + " | ".join(["---"] * 5) + " |"]
    for group in report.groups:
        table.append("| **" + _escape(group_heading(group, digits)) + "** |" + "  |" * 4)
        table.extend(_row(measure_cells(measure, digits)) for measure in group.measures)
    parts.append("\n".join(table))
    parts.extend(_escape(with_digits(p, digits)) for p in report.closing)
    return "\n\n".join(parts) + "\n"
