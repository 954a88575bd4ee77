"""A plan or report of measures as a Word document: :func:`write_docx` (needs the ``docx`` extra).

The document follows the Thai original: A4 landscape, TH Sarabun New 16 pt
(set for Thai as the complex-script font, ``w:cs``, with its own size and
bold, as Word needs), a centred title block, the foreword, then on a new page
a heading naming the document, the introduction and the table: a header row
repeated on every page, each group a merged row above its measures, the
completion phrase underlined.  :func:`~itakit.measures.read_docx` reads it back.
"""

from __future__ import annotations

from os import PathLike, fspath
from typing import Any

from itakit._files import atomic_write
from itakit._limits import shown
from itakit._optional import require
from itakit.errors import InputTypeError
from itakit.measures._layout import (
    cell_lines,
    columns,
    find_completion,
    group_heading,
    measure_cells,
    section_title,
    title_lines,
)
from itakit.measures.model import MeasureReport
from itakit.thai import Digits, check_digits, with_digits

__all__ = ["DOCX_FONT", "write_docx"]

DOCX_FONT = "TH Sarabun New"
"""The font of every run: the Thai government's standard font."""

_SIZE = 16  # points, as Thai official documents are set
_WIDTHS_CM = (7.0, 6.6, 3.2, 2.8, 6.1)  # 25.7 cm: A4 landscape less 2 cm margins


class _Writer:
    def __init__(self, digits: Digits) -> None:
        self.docx = require("docx", extra="docx", package="python-docx")
        self.shared = require("docx.shared", extra="docx", package="python-docx")
        self.oxml = require("docx.oxml", extra="docx", package="python-docx")
        self.ns = require("docx.oxml.ns", extra="docx", package="python-docx")
        self.enum_text = require("docx.enum.text", extra="docx", package="python-docx")
        self.enum_section = require("docx.enum.section", extra="docx", package="python-docx")
        self.digits = digits
        self.document: Any = self.docx.Document()

    # -- fonts ---------------------------------------------------------------

    def thai_font(self, element: Any, *, size: int = _SIZE, bold: bool = False) -> None:
        """Set the Thai font, its size and boldness on a run's or a style's ``w:rPr``.

        Thai is a complex script: Word draws it with the ``w:cs`` font at the
        ``w:szCs`` size, bold by ``w:bCs``; the ``w:lang w:bidi`` names Thai.
        Elements go where the schema wants them (Word refuses misplaced ones).
        """
        qn = self.ns.qn
        r_pr = element.get_or_add_rPr()
        fonts = r_pr.get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), DOCX_FONT)
        fonts.set(qn("w:hint"), "cs")
        if bold:
            r_pr.get_or_add_b()
            r_pr.get_or_add_bCs()
        size_ = r_pr.get_or_add_sz()
        size_.set(qn("w:val"), str(size * 2))
        size_cs = r_pr.find(qn("w:szCs"))
        if size_cs is None:
            size_cs = self.oxml.OxmlElement("w:szCs")
            size_.addnext(size_cs)
        size_cs.set(qn("w:val"), str(size * 2))
        language = r_pr.find(qn("w:lang"))
        if language is None:
            language = self.oxml.OxmlElement("w:lang")
            later = [r_pr.find(qn(tag)) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
            following = next((node for node in later if node is not None), None)
            if following is None:
                r_pr.append(language)
            else:
                following.addprevious(language)
        language.set(qn("w:bidi"), "th-TH")

    def run(
        self,
        paragraph: Any,
        text: str,
        *,
        bold: bool = False,
        size: int = _SIZE,
        underline: bool = False,
    ) -> None:
        run = paragraph.add_run(text)
        run.font.name = DOCX_FONT
        run.font.bold = bold or None
        run.font.underline = underline or None
        self.thai_font(run._element, size=size, bold=bold)

    def paragraph(
        self,
        container: Any,
        text: str,
        *,
        bold: bool = False,
        size: int = _SIZE,
        center: bool = False,
        indent: bool = False,
        space_after: int = 0,
    ) -> Any:
        paragraph = container.add_paragraph()
        format_ = paragraph.paragraph_format
        format_.space_after = self.shared.Pt(space_after)
        format_.space_before = self.shared.Pt(0)
        if center:
            paragraph.alignment = self.enum_text.WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            format_.first_line_indent = self.shared.Cm(1.25)
        self.run(paragraph, text, bold=bold, size=size)
        return paragraph

    # -- the document --------------------------------------------------------

    def setup(self) -> None:
        section = self.document.sections[0]
        section.orientation = self.enum_section.WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = self.shared.Cm(29.7), self.shared.Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, self.shared.Cm(2.0))
        normal = self.document.styles["Normal"]
        normal.font.name = DOCX_FONT
        normal.font.size = self.shared.Pt(_SIZE)
        self.thai_font(normal.element)

    def title_block(self, report: MeasureReport) -> None:
        title, *block = title_lines(report, self.digits)
        self.paragraph(self.document, title, bold=True, size=20, center=True, space_after=6)
        for line in block:
            self.paragraph(self.document, line, bold=True, center=True)

    def prose(self, paragraphs: tuple[str, ...]) -> None:
        for text in paragraphs:
            self.paragraph(
                self.document, with_digits(text, self.digits), indent=True, space_after=4
            )

    def table(self, report: MeasureReport) -> None:
        qn = self.ns.qn
        table = self.document.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        table.autofit = False
        header = table.rows[0]
        marker = self.oxml.OxmlElement("w:tblHeader")
        marker.set(qn("w:val"), "true")
        header._tr.get_or_add_trPr().append(marker)
        for cell, label in zip(header.cells, columns(report.kind), strict=True):
            self.cell(cell, [label], bold=True, center=True)
            self.shade(cell, "ECEFF3")
        for group in report.groups:
            row = table.add_row()
            self.keep_together(row)
            merged = row.cells[0].merge(row.cells[4])
            self.cell(merged, [group_heading(group, self.digits)], bold=True)
            merged.paragraphs[0].paragraph_format.keep_with_next = True  # no heading left alone
            self.shade(merged, "F7F7F7")
            for measure in group.measures:
                title, actions, period, responsible, outcome = measure_cells(measure, self.digits)
                cells = table.add_row().cells
                self.cell(cells[0], [title])
                self.cell(cells[1], cell_lines(actions))
                self.cell(cells[2], [period], center=True)
                self.cell(cells[3], [responsible], center=True)
                self.cell(cells[4], cell_lines(outcome), underline_completion=True)
        for column, width in zip(table.columns, _WIDTHS_CM, strict=True):
            column.width = self.shared.Cm(width)  # the grid, which LibreOffice follows
        for row in table.rows:
            for cell, width in zip(row.cells, _WIDTHS_CM, strict=False):
                cell.width = self.shared.Cm(width)  # each cell, which Word follows

    def cell(
        self,
        cell: Any,
        lines: list[str],
        *,
        bold: bool = False,
        center: bool = False,
        underline_completion: bool = False,
    ) -> None:
        first = cell.paragraphs[0]
        for index, line in enumerate(lines or [""]):
            paragraph = first if index == 0 else cell.add_paragraph()
            paragraph.paragraph_format.space_after = self.shared.Pt(0)
            if center:
                paragraph.alignment = self.enum_text.WD_ALIGN_PARAGRAPH.CENTER
            found = find_completion(line) if underline_completion else None
            if found is None:
                self.run(paragraph, line, bold=bold)
                continue
            for start, end, underline in (
                (0, found.start, False),
                (found.start, found.end, True),
                (found.end, len(line), False),
            ):
                if start < end:
                    self.run(paragraph, line[start:end], bold=bold, underline=underline)

    def keep_together(self, row: Any) -> None:
        """Keep *row* on one page (``w:cantSplit``)."""
        row._tr.get_or_add_trPr().append(self.oxml.OxmlElement("w:cantSplit"))

    def shade(self, cell: Any, colour: str) -> None:
        qn = self.ns.qn
        shading = self.oxml.OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), colour)
        cell._tc.get_or_add_tcPr().append(shading)

    def write(self, report: MeasureReport, path: str) -> None:
        self.setup()
        self.title_block(report)
        if report.foreword:
            self.paragraph(self.document, "", space_after=6)
            self.paragraph(self.document, "คำนำ", bold=True, size=18, center=True, space_after=6)
            self.prose(report.foreword)
        heading = self.paragraph(
            self.document, section_title(report, self.digits), bold=True, size=18, center=True
        )
        heading.paragraph_format.page_break_before = bool(report.foreword)
        heading.paragraph_format.space_after = self.shared.Pt(6)
        self.prose(report.introduction)
        self.table(report)
        self.prose(report.closing)
        atomic_write(path, self.document.save)  # whole or not at all: the old file stays


def write_docx(
    report: MeasureReport, path: str | PathLike[str], *, digits: Digits = "thai"
) -> None:
    """Write *report* to *path* as a Word document, digits written as *digits* asks.

    >>> import tempfile, pathlib
    >>> from itakit.measures import parse_report, read_docx, sample_report_text
    >>> report = parse_report(sample_report_text())
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.docx"
    >>> write_docx(report, path)
    >>> read_docx(path) == report
    True
    """
    if not isinstance(report, MeasureReport):
        raise InputTypeError(
            f"write_docx() needs a MeasureReport (got {shown(report)})", value=report
        )
    if not isinstance(path, str | PathLike):
        raise InputTypeError(f"write_docx() needs a file path (got {shown(path)})", value=path)
    _Writer(check_digits(digits)).write(report, fspath(path))
