"""A plan or report of measures as a standalone HTML page: :func:`render_html`.

The page follows the Thai original: a centred title block, the foreword, a
heading naming the document, then the table, each group a row of its own
above its measures, the completion phrase underlined.  The header row repeats
on every printed page (A4 landscape).  All text is escaped.

The page carries its Thai font: Sarabun, cut down to the characters the page
uses and inlined as WOFF2 (about 35 kB for regular and bold), when the ``html``
extra is installed; it then looks the same on a machine without Thai fonts.
The font list after it (TH Sarabun New, Noto Sans Thai, sans-serif) is the
fallback.
"""

from __future__ import annotations

from itakit.errors import InputTypeError
from itakit.measures._blocks import document_digits, to_html
from itakit.measures._report_blocks import report_blocks
from itakit.measures.model import MeasureReport
from itakit.thai import Digits

__all__ = ["render_html"]


def render_html(
    report: MeasureReport, *, digits: Digits | None = None, embed_font: bool | None = None
) -> str:
    """*report* as a standalone HTML page, digits written as *digits* asks (Thai by default).

    *embed_font*: True inlines Sarabun (needs the ``html`` extra), False never
    does, None (the default) does when the extra is installed and warns when not.

    >>> from itakit.measures import parse_report, sample_report_text
    >>> page = render_html(parse_report(sample_report_text()))
    >>> page.startswith("<!DOCTYPE html>"), '<html lang="th">' in page, "font/woff2" in page
    (True, True, True)
    >>> "<u>ดำเนินการครบถ้วน ๑๐๐ %</u>" in page, page.count('<tbody>')
    (True, 7)
    """
    if not isinstance(report, MeasureReport):
        raise InputTypeError(f"render_html() needs a MeasureReport (got {report!r})", value=report)
    shown = document_digits(digits)
    title = report.title
    return to_html(
        report_blocks(report, shown), page_title=f"{title} — {report.agency}", embed_font=embed_font
    )
