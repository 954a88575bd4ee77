"""A plan or report of measures as Markdown: :func:`render_markdown`.

The layout follows the original documents: the title block, the foreword
(``## คำนำ``), a heading naming the document, the introduction, then one table
with the columns the measures fill (five, and a budget, notes or extra column
when a measure has one), each group a bold row ``**๑) …**`` followed by its
measures.  :func:`~itakit.measures.parse_report` reads the result back.
"""

from __future__ import annotations

from itakit.errors import InputTypeError
from itakit.measures._blocks import document_digits, to_markdown
from itakit.measures._report_blocks import report_blocks
from itakit.measures.model import MeasureReport
from itakit.thai import Digits

__all__ = ["render_markdown"]


def render_markdown(report: MeasureReport, *, digits: Digits | None = None) -> str:
    """*report* as Markdown, digits written as *digits* asks (Thai by default).

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
    if not isinstance(report, MeasureReport):
        raise InputTypeError(
            f"render_markdown() needs a MeasureReport (got {report!r})", value=report
        )
    shown = document_digits(digits)
    return to_markdown(report_blocks(report, shown))
