"""Read a plan or report of measures from a Word document: :func:`read_docx` (needs the ``docx`` extra).

The document's body is turned into text in the layout
:func:`~itakit.measures.parse_report` reads (:func:`docx_text`): each paragraph
one line, each table row one line with its cells separated by tabs (a cell's
paragraphs joined by spaces, a merged cell once), a blank line after each
paragraph and each table, markup characters escaped so that they read as text;
then it is parsed.  It reads the documents
:meth:`~itakit.measures.MeasureReport.to_docx` writes, and Word files that
agencies lay out the same way.
"""

from __future__ import annotations

import io
import re
from os import PathLike, fspath
from typing import Any

from itakit._files import as_path, check_archive, read_bytes
from itakit._optional import require
from itakit.errors import ParseError
from itakit.measures.model import MeasureReport
from itakit.measures.parser import parse_report

__all__ = ["docx_text", "read_docx"]


_MARKUP = re.compile(r"([\\`*_\[\]<>|#])")


def _text(text: str) -> str:
    """*text* as the parser reads it literally: tabs as spaces, markup characters escaped."""
    return _MARKUP.sub(r"\\\1", text.replace("\t", " "))


def _cell_text(cell: Any) -> str:
    return " ".join(_text(p.text.strip()) for p in cell.paragraphs if p.text.strip())


def _row_text(row: Any) -> str:
    cells = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell appears once per column it spans
            continue
        seen.add(id(cell._tc))
        cells.append(_cell_text(cell))
    if len(cells) == 1:
        cells.extend([""] * 4)  # a group heading spans the table
    return "\t".join(cells)


def docx_text(path: str | PathLike[str]) -> str:
    """The text of the Word document at *path*, laid out as :func:`parse_report` reads it.

    >>> import tempfile, pathlib
    >>> from itakit.measures import parse_report, sample_report_text
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.docx"
    >>> parse_report(sample_report_text()).to_docx(path)
    >>> docx_text(path).splitlines()[0]
    'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'
    """
    file = as_path(path, what="Word file path")
    docx = require("docx", extra="docx", package="python-docx")
    table_type = require("docx.table", extra="docx", package="python-docx").Table
    data = read_bytes(file)  # missing, a folder, too large: a FileAccessError
    check_archive(data, what=fspath(file), kind="a Word document (.docx)")
    lines: list[str] = []
    try:
        document = docx.Document(io.BytesIO(data))
        for block in document.iter_inner_content():
            if isinstance(block, table_type):
                lines.extend(_row_text(row) for row in block.rows)
                lines.append("")  # what follows a table is not part of its last row
            else:
                lines.extend([_text(block.text), ""])  # paragraphs apart, as in the reports' text
    except Exception as error:
        raise ParseError(
            f"{fspath(file)} is not a Word document (.docx) itakit can read: it is corrupted"
            f" ({type(error).__name__}: {error})",
            value=fspath(file),
        ) from None
    return "\n".join(lines)


def read_docx(path: str | PathLike[str], *, lenient: bool = False) -> MeasureReport:
    """Read a plan or report of measures from the Word document at *path*.

    A :class:`~itakit.errors.ParseError` names the line of :func:`docx_text`
    where reading stopped; *lenient* is as for :func:`parse_report`.

    >>> import tempfile, pathlib
    >>> from itakit.measures import parse_report, sample_report_text
    >>> report = parse_report(sample_report_text())
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.docx"
    >>> report.to_docx(path, digits="arabic")
    >>> read_docx(path).group(4).measures[0].codes
    ('i10', 'i11', 'i12')
    """
    text = docx_text(path)
    try:
        return parse_report(text, lenient=lenient)
    except ParseError as error:
        raise ParseError(
            f"{fspath(path)}: {error.message} (a line of the document's text: see docx_text())",
            value=error.value,
            line=error.line,
        ) from None
