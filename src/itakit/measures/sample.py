"""A real report shipped with itakit, to try things on: :func:`sample_report_text`."""

from __future__ import annotations

from importlib.resources import files

__all__ = ["SAMPLE_REPORT", "sample_report_text"]

SAMPLE_REPORT = "measures-report-songkhanong-fy2567.txt"
"""The file name of the sample report in ``itakit/data``."""


def sample_report_text() -> str:
    """The text of a real report on measures, FY 2567, by อบต.ทรงคนอง (Nakhon Pathom).

    It is the text of the agency's published Word file, as extracted: tabs
    between cells, ``<b>`` group headings, the header repeated on every page.

    >>> text = sample_report_text()
    >>> text.splitlines()[4]
    'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม  '
    """
    return files("itakit").joinpath("data", SAMPLE_REPORT).read_text(encoding="utf-8")
