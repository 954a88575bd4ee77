"""Read a plan or report of measures from a Word document: :func:`read_docx` (needs the ``docx`` extra).

The document's body is turned into text in the layout
:func:`~itakit.measures.parse_report` reads (:func:`docx_text`): each paragraph
one line, each table row one line with its cells separated by tabs (a cell's
paragraphs joined by spaces, a cell merged across columns once, rows merged
down the first column, one measure over several rows, as one row), a blank
line after each paragraph and each table, markup characters escaped so that they read as text;
then it is parsed.  It reads the documents
:meth:`~itakit.measures.MeasureReport.to_docx` writes, and Word files that
agencies lay out the same way.
"""

from __future__ import annotations

import re
import zipfile
from os import PathLike, fspath
from typing import Any

from itakit._optional import require
from itakit.errors import InputTypeError, ParseError
from itakit.measures.model import MeasureReport
from itakit.measures.parser import parse_report

__all__ = ["docx_text", "read_docx"]


_MARKUP = re.compile(r"([\\`*_\[\]<>|#])")


def _text(text: str) -> str:
    """*text* as the parser reads it literally: tabs as spaces, markup characters escaped."""
    return _MARKUP.sub(r"\\\1", text.replace("\t", " "))


def _row_cells(row: Any, ns: Any) -> list[str | None]:
    """The row's cells, a cell spanning columns once; None for a cell merged with the one above."""
    cells: list[str | None] = []
    for tc in row._tr.tc_lst:
        merge = tc.tcPr.find(ns.qn("w:vMerge")) if tc.tcPr is not None else None
        if merge is not None and merge.get(ns.qn("w:val"), "continue") == "continue":
            cells.append(None)
        else:
            texts = (str(p.text).strip() for p in tc.p_lst)
            cells.append(" ".join(_text(text) for text in texts if text))
    return cells


def _table_lines(table: Any, ns: Any) -> list[str]:
    """One line per row; rows merged down the first column (one measure over several rows) joined."""
    rows: list[list[str]] = []
    for row in table.rows:
        cells = _row_cells(row, ns)
        if rows and cells and cells[0] is None and len(cells) == len(rows[-1]):
            above = rows[-1]
            for index, cell in enumerate(cells):
                if cell:
                    above[index] = f"{above[index]} {cell}".strip()
            continue
        rows.append([cell or "" for cell in cells])
    width = max((len(row) for row in rows), default=0)
    lines = []
    for row_cells in rows:
        if len(row_cells) == 1 and width > 1:
            row_cells = row_cells + [""] * (width - 1)  # a group heading spans the table
        lines.append("\t".join(row_cells))
    return lines


def docx_text(path: str | PathLike[str]) -> str:
    """The text of the Word document at *path*, laid out as :func:`parse_report` reads it.

    >>> import tempfile, pathlib
    >>> from itakit.measures import parse_report, sample_report_text
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.docx"
    >>> parse_report(sample_report_text()).to_docx(path)
    >>> docx_text(path).splitlines()[0]
    'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'
    """
    if not isinstance(path, str | PathLike):
        raise InputTypeError(f"docx_text() needs a file path (got {path!r})", value=path)
    docx = require("docx", extra="docx", package="python-docx")
    table_type = require("docx.table", extra="docx", package="python-docx").Table
    with open(path, "rb") as stream:  # a missing file is the usual FileNotFoundError
        try:
            document = docx.Document(stream)
        except (zipfile.BadZipFile, KeyError, ValueError) as error:
            raise ParseError(
                f"{fspath(path)} is not a Word document (.docx): {error}", value=fspath(path)
            ) from None
    ns = require("docx.oxml.ns", extra="docx", package="python-docx")
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, table_type):
            lines.extend(_table_lines(block, ns))
            lines.append("")  # what follows a table is not part of its last row
        else:
            lines.extend([_text(block.text), ""])  # paragraphs apart, as in the reports' text
    if not any(line.strip() for line in lines):
        raise ParseError(
            f"{fspath(path)}: the Word document is empty: expected a plan or report of measures",
            value=fspath(path),
        )
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
