"""A plan or report of measures as a Word document: :func:`write_docx` (needs the ``docx`` extra).

The document follows the Thai original: A4 landscape, TH Sarabun New 16 pt
(set for Thai as the complex-script font, ``w:rFonts w:cs``, with its own size
``w:szCs`` and bold ``w:bCs``, as Word needs to draw Thai runs in it), a centred
title block, the foreword, then on a new page a heading naming the document,
the introduction and the table: a header row repeated on every page, each
group a merged row above its measures, the completion phrase underlined.
The file is written atomically.  :func:`~itakit.measures.read_docx` reads it back.
"""

from __future__ import annotations

from os import PathLike, fspath

from itakit.errors import InputTypeError
from itakit.measures._blocks import DOCX_FONT, document_digits, to_docx
from itakit.measures._report_blocks import report_blocks
from itakit.measures.model import MeasureReport
from itakit.thai import Digits

__all__ = ["DOCX_FONT", "write_docx"]


def write_docx(
    report: MeasureReport, path: str | PathLike[str], *, digits: Digits | None = None
) -> None:
    """Write *report* to *path* as a Word document, digits written as *digits* asks (Thai by default).

    >>> import tempfile, pathlib
    >>> from itakit.measures import parse_report, read_docx, sample_report_text
    >>> report = parse_report(sample_report_text())
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.docx"
    >>> write_docx(report, path)
    >>> read_docx(path) == report
    True
    """
    if not isinstance(report, MeasureReport):
        raise InputTypeError(f"write_docx() needs a MeasureReport (got {report!r})", value=report)
    if not isinstance(path, str | PathLike):
        raise InputTypeError(f"write_docx() needs a file path (got {path!r})", value=path)
    shown = document_digits(digits)
    to_docx(report_blocks(report, shown), fspath(path))
