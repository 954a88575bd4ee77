"""Documents as blocks, and the three renderers that write them: Markdown, HTML and Word.

A plan or report of measures and the yearly analysis document are both a
title block, headings, paragraphs and tables; the renderers know only these
blocks, so every document itakit writes is laid out alike: the Thai layout of
the originals (A4 landscape, the title block centred, tables with a header row
repeated on every page, a group heading as a row of its own across the
table, a completion phrase underlined).

- Markdown is what :func:`~itakit.measures.parse_report` reads back: ``#`` for
  the title, ``##`` for headings, pipe tables with ``**…**`` heading rows.
- HTML is one standalone page; its Thai font (Sarabun, subset to the page's
  characters) is inlined as WOFF2 when the ``html`` extra is installed, so the
  page looks the same on a machine without Thai fonts.
- Word (the ``docx`` extra) sets the Thai font in the complex-script slot
  (``w:rFonts w:cs``, with ``w:szCs`` and ``w:bCs``) so Word draws Thai runs in it.
"""

from __future__ import annotations

import re
import warnings
from html import escape
from typing import Any, Literal

import attrs

from itakit._optional import require
from itakit.errors import ItakitWarning
from itakit.measures._layout import FONT_FAMILY, find_completion
from itakit.thai import Digits, resolve_digits

__all__ = [
    "Block",
    "Heading",
    "Paragraphs",
    "Row",
    "Table",
    "TitleBlock",
    "document_digits",
    "flatten",
    "row_text",
    "to_docx",
    "to_html",
    "to_markdown",
]


def document_digits(digits: Digits | None) -> Digits:
    """The digits a Thai document is written in: *digits*, or Thai when it is None."""
    return resolve_digits("th", digits)


@attrs.frozen
class TitleBlock:
    """The centred title block: the title (first line, larger), then its other lines."""

    lines: tuple[str, ...]


@attrs.frozen
class Heading:
    """A centred heading; *page_break* starts it on a new page (Word, print)."""

    text: str
    page_break: bool = False


@attrs.frozen
class Paragraphs:
    """Body paragraphs, first lines indented."""

    texts: tuple[str, ...]


@attrs.frozen
class Row:
    """One row: its cells, or one heading cell across the table (*heading*)."""

    cells: tuple[str, ...]
    heading: bool = False


@attrs.frozen
class Table:
    """A table: header cells, rows, relative column widths, and which columns are centred.

    *bullets* lists the columns whose ``- `` items start new lines; *underline*
    the columns whose completion phrase (``ดำเนินการครบถ้วน ๑๐๐ %``) is underlined.
    """

    header: tuple[str, ...]
    rows: tuple[Row, ...]
    widths: tuple[float, ...]
    centred: frozenset[int] = frozenset()
    bullets: frozenset[int] = frozenset()
    underline: frozenset[int] = frozenset()
    classes: tuple[str, ...] = ()
    """A class name for each column's cells in HTML (``measure``, ``period``, …), if wanted."""


Block = TitleBlock | Heading | Paragraphs | Table

_BULLET = re.compile(r"\s+(?=-\s)")


def _cell_lines(text: str, bullets: bool) -> list[str]:
    if not bullets:
        return [text]
    return [part for part in _BULLET.split(text) if part] or [""]


def row_text(cells: tuple[str, ...] | list[str]) -> str:
    """A table row read as a paragraph: its filled cells joined by `` · ``."""
    return " · ".join(cell for cell in cells if cell)


def flatten(blocks: list[Block]) -> tuple[str, ...]:
    """*blocks* as the paragraphs a parser reads from them: headings and table rows become paragraphs."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, TitleBlock):
            texts.extend(block.lines)
        elif isinstance(block, Heading):
            texts.append(block.text)
        elif isinstance(block, Paragraphs):
            texts.extend(block.texts)
        else:
            texts.append(row_text(block.header))
            texts.extend(row_text(row.cells) for row in block.rows)
    return tuple(text for text in texts if text)


# -- Markdown ----------------------------------------------------------------------

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    """*text* with Markdown's special characters escaped, and line breaks as ``<br>``."""
    return "<br>".join(_SPECIAL.sub(r"\\\1", line) for line in text.split("\n"))


def to_markdown(blocks: list[Block]) -> str:
    """*blocks* as Markdown."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, TitleBlock):
            title, *rest = block.lines
            parts.append(f"# {_md(title)}")
            parts.extend(_md(line) for line in rest)
        elif isinstance(block, Heading):
            parts.append(f"## {_md(block.text)}")
        elif isinstance(block, Paragraphs):
            parts.extend(_md(text) for text in block.texts)
        else:
            width = len(block.header)
            lines = [
                "| " + " | ".join(_md(cell) for cell in block.header) + " |",
                "| " + " | ".join(["---"] * width) + " |",
            ]
            for row in block.rows:
                if row.heading:
                    lines.append("| **" + _md(row.cells[0]) + "** |" + "  |" * (width - 1))
                else:
                    lines.append("| " + " | ".join(_md(cell) for cell in row.cells) + " |")
            parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


# -- HTML --------------------------------------------------------------------------

_FONTS = ", ".join(f'"{font}"' if " " in font else font for font in FONT_FAMILY) + ", sans-serif"
_STYLE = f"""
  @page {{ size: A4 landscape; margin: 1.5cm; }}
  body {{ font-family: {_FONTS}; font-size: 14pt; line-height: 1.5; color: #111;
         margin: 0 auto; max-width: 1240px; padding: 1.5rem; }}
  header {{ text-align: center; margin-bottom: 2rem; }}
  header h1 {{ font-size: 1.5em; margin: 0 0 .4em; }}
  header p {{ margin: .15em 0; font-weight: bold; }}
  h2 {{ font-size: 1.2em; text-align: center; margin: 1.5em 0 .8em; }}
  h2.page {{ break-before: page; }}
  section > p {{ text-indent: 2.5em; margin: 0 0 .6em; }}
  table {{ border-collapse: collapse; width: 100%; margin: 1em 0; }}
  th, td {{ border: 1px solid #222; padding: .35em .5em; vertical-align: top; text-align: left; }}
  thead th {{ background: #eceff3; text-align: center; vertical-align: middle; }}
  tbody th {{ background: #f7f7f7; font-weight: bold; }}
  td.centre, td.period, td.responsible {{ text-align: center; }}
  td p {{ margin: 0 0 .25em; text-indent: 0; text-align: left; }}
  td.centre p {{ text-align: center; }}
  thead {{ display: table-header-group; }}
  tr {{ break-inside: avoid; }}
"""

EmbedFont = bool | None


def _html_lines(text: str, *, bullets: bool, underline: bool) -> str:
    paragraphs = []
    for line in _cell_lines(text, bullets):
        found = find_completion(line) if underline else None
        if found is None:
            paragraphs.append(f"<p>{escape(line)}</p>")
        else:
            paragraphs.append(
                f"<p>{escape(line[: found.start])}<u>{escape(line[found.start : found.end])}</u>"
                f"{escape(line[found.end :])}</p>"
            )
    return "".join(paragraphs)


def _font_css(blocks: list[Block], embed: EmbedFont) -> str:
    from itakit.fonts import font_face_css, has_web_font

    if embed is False:
        return ""
    if embed is None and not has_web_font():
        warnings.warn(
            "the HTML page names Thai fonts but embeds none (install the html extra:"
            ' pip install "itakit[html]"), so a machine without Thai fonts shows boxes;'
            " pass embed_font=False to silence this",
            ItakitWarning,
            stacklevel=4,
        )
        return ""
    return font_face_css("".join(flatten(blocks)))  # every character the page shows


def to_html(blocks: list[Block], *, page_title: str, embed_font: EmbedFont = None) -> str:
    """*blocks* as a standalone HTML page titled *page_title*, everything escaped.

    *embed_font*: True inlines Sarabun (needs the ``html`` extra), False never
    does, None (the default) does when the extra is installed and warns when not.
    """
    out = [
        "<!DOCTYPE html>",
        '<html lang="th">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(page_title)}</title>",
        f"<style>{_font_css(blocks, embed_font)}{_STYLE}</style>",
        "</head>",
        "<body>",
    ]
    section_open = False
    for block in blocks:
        if isinstance(block, TitleBlock):
            title, *rest = block.lines
            out.append("<header>")
            out.append(f"<h1>{escape(title)}</h1>")
            out.extend(f"<p>{escape(line)}</p>" for line in rest)
            out.append("</header>")
        elif isinstance(block, Heading):
            if section_open:
                out.append("</section>")
            out.append("<section>")
            section_open = True
            page = ' class="page"' if block.page_break else ""
            out.append(f"<h2{page}>{escape(block.text)}</h2>")
        elif isinstance(block, Paragraphs):
            out.extend(f"<p>{escape(text)}</p>" for text in block.texts)
        else:
            out.append(_html_table(block))
    if section_open:
        out.append("</section>")
    out.extend(["</body>", "</html>"])
    return "\n".join(out) + "\n"


def _html_table(table: Table) -> str:
    total = sum(table.widths)
    out = ["<table>"]
    out.append(
        "<colgroup>"
        + "".join(f'<col style="width: {100 * w / total:.1f}%">' for w in table.widths)
        + "</colgroup>"
    )
    out.append(
        "<thead><tr>"
        + "".join(f'<th scope="col">{escape(label)}</th>' for label in table.header)
        + "</tr></thead>"
    )
    width = len(table.header)
    body_open = False
    for row in table.rows:
        if row.heading:
            if body_open:
                out.append("</tbody>")
            out.append("<tbody>")
            body_open = True
            out.append(
                f'<tr><th colspan="{width}" scope="rowgroup">{escape(row.cells[0])}</th></tr>'
            )
            continue
        if not body_open:
            out.append("<tbody>")
            body_open = True
        cells = []
        for index, cell in enumerate(row.cells):
            name = table.classes[index] if index < len(table.classes) else ""
            if index in table.centred:
                name = name or "centre"
                inner = escape(cell)
            else:
                inner = _html_lines(
                    cell, bullets=index in table.bullets, underline=index in table.underline
                )
            cells.append(f'<td class="{name}">{inner}</td>' if name else f"<td>{inner}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    if body_open:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


# -- Word --------------------------------------------------------------------------

DOCX_FONT = "TH Sarabun New"
"""The font of every run: the Thai government's standard font."""

_SIZE = 16  # points, as Thai official documents are set
_TEXT_WIDTH_CM = 25.7  # A4 landscape less 2 cm margins
_Align = Literal["left", "centre"]


class _Writer:
    def __init__(self) -> None:
        self.docx = require("docx", extra="docx", package="python-docx")
        self.shared = require("docx.shared", extra="docx", package="python-docx")
        self.oxml = require("docx.oxml", extra="docx", package="python-docx")
        self.ns = require("docx.oxml.ns", extra="docx", package="python-docx")
        self.enum_text = require("docx.enum.text", extra="docx", package="python-docx")
        self.enum_section = require("docx.enum.section", extra="docx", package="python-docx")
        self.document: Any = self.docx.Document()

    def thai_font(self, element: Any, *, size: int = _SIZE, bold: bool = False) -> None:
        """Set the Thai font, its size and boldness on a run's or a style's ``w:rPr``.

        Thai is a complex script: Word draws it with the ``w:cs`` font at the
        ``w:szCs`` size, bold by ``w:bCs``; ``w:lang w:bidi`` names Thai.
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
        text: str,
        *,
        bold: bool = False,
        size: int = _SIZE,
        center: bool = False,
        indent: bool = False,
        space_after: int = 0,
        page_break: bool = False,
    ) -> Any:
        paragraph = self.document.add_paragraph()
        format_ = paragraph.paragraph_format
        format_.space_after = self.shared.Pt(space_after)
        format_.space_before = self.shared.Pt(0)
        format_.page_break_before = page_break or None
        if center:
            paragraph.alignment = self.enum_text.WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            format_.first_line_indent = self.shared.Cm(1.25)
        self.run(paragraph, text, bold=bold, size=size)
        return paragraph

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

    def table(self, table: Table) -> None:
        qn = self.ns.qn
        width = len(table.header)
        grid = self.document.add_table(rows=1, cols=width)
        grid.style = "Table Grid"
        grid.autofit = False
        header = grid.rows[0]
        marker = self.oxml.OxmlElement("w:tblHeader")
        marker.set(qn("w:val"), "true")
        header._tr.get_or_add_trPr().append(marker)
        for cell, label in zip(header.cells, table.header, strict=True):
            self.cell(cell, [label], bold=True, center=True)
            self.shade(cell, "ECEFF3")
        for row in table.rows:
            added = grid.add_row()
            if row.heading:
                added._tr.get_or_add_trPr().append(self.oxml.OxmlElement("w:cantSplit"))
                merged = (
                    added.cells[0].merge(added.cells[width - 1]) if width > 1 else added.cells[0]
                )
                self.cell(merged, [row.cells[0]], bold=True)
                merged.paragraphs[0].paragraph_format.keep_with_next = True
                self.shade(merged, "F7F7F7")
                continue
            for index, (cell, text) in enumerate(zip(added.cells, row.cells, strict=True)):
                self.cell(
                    cell,
                    _cell_lines(text, index in table.bullets),
                    center=index in table.centred,
                    underline_completion=index in table.underline,
                )
        total = sum(table.widths)
        widths = [self.shared.Cm(_TEXT_WIDTH_CM * w / total) for w in table.widths]
        for column, size in zip(grid.columns, widths, strict=True):
            column.width = size  # the grid, which LibreOffice follows
        for grid_row in grid.rows:
            for cell, size in zip(grid_row.cells, widths, strict=False):
                cell.width = size  # each cell, which Word follows

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

    def shade(self, cell: Any, colour: str) -> None:
        qn = self.ns.qn
        shading = self.oxml.OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), colour)
        cell._tc.get_or_add_tcPr().append(shading)

    def write(self, blocks: list[Block], path: str) -> None:
        from itakit._files import atomic_write

        self.setup()
        for block in blocks:
            if isinstance(block, TitleBlock):
                title, *rest = block.lines
                self.paragraph(title, bold=True, size=20, center=True, space_after=6)
                for line in rest:
                    self.paragraph(line, bold=True, center=True)
            elif isinstance(block, Heading):
                self.paragraph(
                    block.text,
                    bold=True,
                    size=18,
                    center=True,
                    space_after=6,
                    page_break=block.page_break,
                )
            elif isinstance(block, Paragraphs):
                for text in block.texts:
                    self.paragraph(text, indent=True, space_after=4)
            else:
                self.table(block)
                self.paragraph("", space_after=4)
        atomic_write(path, self.document.save)


def to_docx(blocks: list[Block], path: str) -> None:
    """Write *blocks* to *path* as a Word document (needs the ``docx`` extra), atomically."""
    _Writer().write(blocks, path)
