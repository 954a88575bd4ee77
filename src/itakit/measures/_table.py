"""The table of a report: header rows, group headings and measure rows, in any column set.

- A header row names the columns (:mod:`itakit.measures._header`): five, six,
  seven, in any order; it may repeat on every page, and a new one changes the
  columns from there on.  Before any header the five columns of the originals
  are assumed.  A first table row that names no column itakit knows, and is no
  measure either, is refused.
- A group heading is one cell: ``๑) …``, ``1. …``, ``๑.๑ …``, ``1.1.1 …``, or
  ``มิติที่ ๑ …`` (bold, ``##`` or plain).  A heading followed at once by a deeper
  one (``มิติที่ ๑`` then ``๑.๑``) is the section of the groups under it.
- A measure row has one cell per column, separated by tabs or Markdown pipes
  (or, from a PDF, by runs of spaces, placed under the header's columns by
  position).  A cell may wrap onto the next lines: the row is complete when it
  has all its cells, and a line break inside a cell reads as a space.  A line
  without tabs right after a complete row continues that row's last cell
  unless the lines after it complete a new row.
- Text after the table, set off by a blank line, is the closing.

Whatever cannot be read goes to :class:`~itakit.measures._source.Complaints`:
raised, or (lenient) skipped and named.
"""

from __future__ import annotations

import re

import attrs

from itakit.errors import ParseError
from itakit.measures._header import header_fields
from itakit.measures._layout import find_completion
from itakit.measures._source import Complaints, Line
from itakit.measures._wild import read_codes, tool_named, trailing_codes
from itakit.measures.model import Measure, MeasureGroup
from itakit.period import MonthPeriod
from itakit.thai import to_arabic_digits

__all__ = [
    "DEFAULT_FIELDS",
    "Heading",
    "Table",
    "group_heading",
    "is_header",
    "read_table",
    "unknown_header",
    "unknown_header_error",
]

DEFAULT_FIELDS = ("title", "actions", "period", "responsible", "outcome")
_SIMPLE = re.compile(r"([0-9]{1,2})\s*(?:\)|\.(?![0-9]))\s*(\S.*)")
_DOTTED = re.compile(r"([0-9]{1,2}(?:\.[0-9]{1,2}){1,2})\.?\s+(\S.*)")
_DIMENSION = re.compile(r"((?:มิติ|ด้าน|ส่วน|ประเด็น|ยุทธศาสตร์)ที่\s*[0-9]{1,2})\.?\s*(\S.*)?")
_NUMBERED_TITLE = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\.?\s+")


@attrs.frozen
class Heading:
    """A group heading: its number (plain ``๑)`` headings), its label (``1.1``), depth and title."""

    number: int | None
    label: str | None
    depth: int
    title: str
    text: str
    """The heading as written (digits Arabic), label included."""


@attrs.frozen
class Table:
    """The groups read from a table, and the paragraphs after it."""

    groups: tuple[MeasureGroup, ...]
    closing: tuple[str, ...]


def is_header(line: Line) -> bool:
    """Whether *line* is a header row of a table of measures."""
    return line.table and header_fields(line.filled) is not None


def parse_heading(text: str) -> Heading | None:
    """*text* as a group heading, or None.

    >>> parse_heading("๑) กระบวนการ").number, parse_heading("1.1 การใช้").label
    (1, '1.1')
    >>> parse_heading("มิติที่ 1. การป้องกัน").depth
    0
    """
    plain = to_arabic_digits(text[:12]) + text[12:]
    if (match := _DIMENSION.fullmatch(plain)) is not None:
        return Heading(None, match[1], 0, (match[2] or "").strip(), plain)
    if (match := _DOTTED.fullmatch(plain)) is not None:
        return Heading(None, match[1], match[1].count(".") + 1, match[2].strip(), plain)
    if (match := _SIMPLE.fullmatch(plain)) is not None:
        return Heading(int(match[1]), None, 1, match[2].strip(), plain)
    return None


def group_heading(line: Line, *, plain: bool) -> Heading | None:
    """*line* as a group heading; a *plain* (unmarked, tab-less) line counts."""
    cells = line.filled
    if len(cells) != 1 or not (plain or line.emphasis or line.table):
        return None
    return parse_heading(cells[0])


@attrs.define
class _Row:
    cells: list[str]
    first: int
    raw: list[str]
    continues: bool
    """Whether it began on a tab-less line right after a complete row (it may continue that row)."""

    @property
    def text(self) -> str:
        return "\n".join(self.raw)


@attrs.define
class _Group:
    heading: Heading
    line: int
    raw: str
    section: str | None
    measures: list[Measure] = attrs.Factory(list)


def _expected_row(width: int) -> str:
    return (
        f"expected a measure row of {width} cells separated by tabs (as the header names"
        " them), a group heading such as '๑) …' or the table header"
    )


class _Reader:
    def __init__(self, complaints: Complaints) -> None:
        self.complain = complaints
        self.groups: list[_Group] = []
        self.group: _Group | None = None
        self.refused: _Group | None = None  # a heading not read; its rows are named
        self.section: _Group | None = None
        self.pending: _Row | None = None
        self.after_row = False  # the line before was the end of a complete row
        self.prose: list[tuple[int, str, str]] = []  # (line, raw, text) outside any row
        self.fields: tuple[str, ...] = DEFAULT_FIELDS
        self.header_seen = False
        self.positions: tuple[int, ...] | None = (
            None  # where a space-separated header's cells start
        )
        self.next_number = 1

    @property
    def width(self) -> int:
        return len(self.fields)

    # -- one line at a time --------------------------------------------------

    def blank(self) -> None:
        if self.pending is not None and len(self.pending.cells) == 1:
            self.settle()
        self.after_row = False

    def header(self, line: Line) -> None:
        self.settle()
        self.stray_prose()
        self.after_row = False
        fields = header_fields(line.filled)
        assert fields is not None
        self.fields = fields
        self.header_seen = True
        self.positions = line.positions

    def heading(self, line: Line, heading: Heading) -> None:
        self.settle()
        self.stray_prose()
        self.after_row = False
        group = self.group
        if group is not None and not group.measures and heading.depth > group.heading.depth:
            # the heading before was a section: the groups under it are deeper
            self.section, self.group = group, None
        else:
            self.close_group()
            if self.section is not None and heading.depth <= self.section.heading.depth:
                self.section = None
        previous = self.groups[-1].heading.number if self.groups else None
        section = None if self.section is None else self.section.heading.text
        new = _Group(heading, line.number, line.raw, section)
        if heading.number is not None and previous is not None and heading.number <= previous:
            self.complain(
                line.number,
                line.raw,
                f"group {heading.number} follows group {previous}: expected group numbers that go up"
                f" ({previous + 1} or more)",
            )
            self.group, self.refused = None, new
        else:
            self.group, self.refused = new, None

    def row_line(self, line: Line) -> None:
        pending = self.pending
        cells = list(line.cells)
        if line.positions is not None and self.positions is not None:
            cells = _place(line, self.positions)
        if pending is None:
            pending = self.pending = _Row(
                cells, line.number, [line.raw], self.after_row and not line.table
            )
        else:
            pending.cells[-1] = " ".join(p for p in (pending.cells[-1], cells[0]) if p)
            pending.cells.extend(cells[1:])
            pending.raw.append(line.raw)
        self.after_row = False
        if (
            len(pending.cells) >= self.width
            or pending.raw[0].lstrip().startswith("|")
            or line.positions is not None
        ):
            self.pending = None
            self.stray_prose()
            self.complete(pending)

    def end(self) -> None:
        self.settle(end=True)
        self.close_group()

    # -- rows ----------------------------------------------------------------

    def settle(self, *, end: bool = False) -> None:
        """Something other than a row's next line came: settle the row in progress."""
        row, self.pending = self.pending, None
        if row is None:
            return
        if len(row.cells) > 1:
            self.complain(
                row.first,
                row.text,
                f"the text ends inside a measure row ({len(row.cells)} of {self.width} cells):"
                " is the file truncated?"
                if end
                else f"this measure row has {len(row.cells)} of {self.width} cells:"
                f" {_expected_row(self.width)}",
            )
        elif row.continues and self.group is not None and self.group.measures:
            self.group.measures[-1] = _continued(self.group.measures[-1], row.cells[0])
        else:
            self.prose.append((row.first, row.text, row.cells[0]))

    def complete(self, row: _Row) -> None:
        cells = row.cells
        while len(cells) > self.width and not cells[-1]:
            cells.pop()
        if len(cells) < self.width and row.raw[0].lstrip().startswith("|"):
            cells.extend([""] * (self.width - len(cells)))
        if len(cells) != self.width:
            self.complain(
                row.first,
                row.text,
                f"this measure row has {len(cells)} cells: {_expected_row(self.width)}",
            )
            return
        self.after_row = True
        if self.refused is not None:
            self.complain(
                row.first,
                row.text,
                f"a measure row under the group heading at line {self.refused.line},"
                " which was not read",
            )
        elif self.group is None:
            self.complain(
                row.first,
                row.text,
                "a measure row before any group heading: expected a heading such as '๑) …' first",
            )
        else:
            measure = self.measure(row)
            if measure is not None:
                self.group.measures.append(measure)

    def tool_hint(self) -> str | None:
        texts = [
            self.group.heading.text if self.group else "",
            self.section.heading.text if self.section else "",
        ]
        for text in texts:
            if (tool := tool_named(text)) is not None:
                return tool
        return None

    def measure(self, row: _Row) -> Measure | None:
        values: dict[str, str] = {}
        extra: list[tuple[str, str]] = []
        for field, cell in zip(self.fields, row.cells, strict=True):
            if field.startswith("extra:"):
                extra.append((field[6:], cell))
            else:
                values[field] = cell
        tool = self.tool_hint()
        title = values.get("title", "")
        try:
            title, codes = trailing_codes(title, tool=tool)
            if values.get("codes"):
                codes = codes + read_codes(values["codes"], tool=tool)
        except ParseError as error:
            self.complain(row.first, row.text, f"in the measure's title, {error.message}")
            return None
        if self.group is not None and self.group.heading.label is not None:
            title = _NUMBERED_TITLE.sub("", to_arabic_digits(title[:10]) + title[10:], count=1)
        if not title:
            self.complain(row.first, row.text, "the measure has no title in its first cell")
            return None
        period = None
        if values.get("period"):
            try:
                period = MonthPeriod.parse(values["period"])
            except ParseError as error:
                self.complain(row.first, row.text, f"in the column ระยะเวลา, {error.message}")
                return None
        outcome = values.get("outcome", "")
        completion = find_completion(outcome)
        if completion is not None and completion.percent > 100:
            self.complain(
                row.first, row.text, f"the completion {completion.percent} % is more than 100 %"
            )
            return None
        return Measure(
            title=title,
            codes=codes,
            actions=values.get("actions", ""),
            period=period,
            responsible=values.get("responsible", ""),
            outcome=outcome,
            completion=None if completion is None else completion.percent,
            budget=values.get("budget", ""),
            notes=values.get("notes", ""),
            extra=tuple(extra),
        )

    # -- groups and prose ----------------------------------------------------

    def close_group(self) -> None:
        group, self.group = self.group, None
        if group is None:
            return
        if group.measures:
            self.groups.append(group)
        else:
            self.complain(
                group.line,
                group.raw,
                f"the group heading '{group.heading.text}' has no measure rows under it",
            )

    def stray_prose(self) -> None:
        for number, raw, _ in self.prose:
            self.complain(number, raw, f"text inside the table: {_expected_row(self.width)}")
        self.prose.clear()


def _place(line: Line, positions: tuple[int, ...]) -> list[str]:
    """The cells of a space-separated line, each under the header column it starts nearest to."""
    cells = [""] * len(positions)
    assert line.positions is not None
    for start, cell in zip(line.positions, line.cells, strict=True):
        column = min(range(len(positions)), key=lambda n: (abs(positions[n] - start), n))
        cells[column] = f"{cells[column]} {cell}".strip()
    return cells


def _continued(measure: Measure, extra: str) -> Measure:
    """*measure* with *extra* text (its last cell, wrapped onto the next line) added to its outcome."""
    outcome = f"{measure.outcome} {extra}".strip()
    completion = measure.completion
    if completion is None:
        found = find_completion(outcome)
        completion = found.percent if found is not None and found.percent <= 100 else None
    return attrs.evolve(measure, outcome=outcome, completion=completion)


def unknown_header(line: Line) -> bool:
    """Whether a first table row names columns, none of which itakit knows."""
    from itakit.measures._header import field_of

    cells = line.filled
    if len(cells) < 3 or any(field_of(cell) for cell in cells):
        return False
    if any(re.search(r"[0-9๐-๙]", cell) for cell in cells):
        return False  # numbers, codes or periods: a row of data, not a header
    return all(len(cell) <= 40 for cell in cells)


def unknown_header_error(line: Line) -> ParseError:
    """The error for a table header that names no column itakit knows."""
    return ParseError(
        f"line {line.number}: the table's header names no column itakit knows (got"
        f" {', '.join(repr(c) for c in line.filled[:6])}): expected header cells such as"
        " 'มาตรการ/กิจกรรม', 'ขั้นตอนหรือวิธีการดำเนินการ', 'ระยะเวลาดำเนินการ',"
        " 'ผู้รับผิดชอบ', 'ผลลัพธ์', 'งบประมาณ' or 'หมายเหตุ'",
        value=line.raw,
        line=line.number,
    )


def read_table(lines: list[Line], complaints: Complaints) -> Table:
    """Read the groups of measures, and the closing paragraphs, from the table's lines."""
    reader = _Reader(complaints)
    for line in lines:
        in_row = reader.pending is not None and len(reader.pending.cells) > 1
        if line.blank:
            reader.blank()
        elif is_header(line):
            reader.header(line)
        elif (heading := group_heading(line, plain=not in_row)) is not None:
            reader.heading(line, heading)
        elif (
            line.table
            and not reader.header_seen
            and not reader.groups
            and reader.group is None
            and unknown_header(line)
        ):
            raise unknown_header_error(line)
        else:
            reader.row_line(line)
    reader.end()
    closing = []
    for number, raw, text in reader.prose:
        if text.startswith("มาตรการ"):
            complaints(number, raw, "the text ends inside the table header: is the file truncated?")
        else:
            closing.append(text)
    groups = []
    for position, group in enumerate(reader.groups, start=1):
        heading = group.heading
        groups.append(
            MeasureGroup(
                number=heading.number if heading.label is None and heading.number else position,
                title=heading.title,
                label=heading.label,
                section=group.section,
                measures=tuple(group.measures),
            )
        )
    return Table(groups=tuple(groups), closing=tuple(closing))
