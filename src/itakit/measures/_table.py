"""The table of a report: header rows, group headings and measure rows.

- A header row (``มาตรการ/กิจกรรม ⇥ … ⇥ ผู้รับผิดชอบ ⇥ …``) may repeat on every
  page; it is layout, as are blank lines and page numbers.
- A group heading is one cell ``๑) …`` (bold, ``##`` or plain; Thai or Arabic
  digits, ``)`` or ``.`` after the number).  Numbers go up; each group has rows.
- A measure row is five cells separated by tabs (or Markdown pipes).  A cell
  may wrap onto the next lines: the row is complete when it has five cells,
  and a line break inside a cell reads as a space.  A line without tabs right
  after a complete row continues that row's last cell unless the lines after
  it complete a new row.
- Text after the table, set off by a blank line, is the closing.

Whatever cannot be read goes to :class:`~itakit.measures._source.Complaints`:
raised, or (lenient) skipped and named.
"""

from __future__ import annotations

import re

import attrs

from itakit.codes import parse_codes
from itakit.errors import ParseError
from itakit.measures._layout import find_completion
from itakit.measures._source import Complaints, Line
from itakit.measures.model import Measure, MeasureGroup
from itakit.period import MonthPeriod
from itakit.thai import to_arabic_digits

__all__ = ["Table", "group_heading", "is_header", "read_table"]

_WIDTH = 5
_HEADING = re.compile(r"([0-9]{1,2})\s*(?:\)|\.(?![0-9]))\s*(\S.*)")
_CODES = re.compile(r"\(([^()]*)\)\s*$")
_LOOKS_LIKE_CODES = re.compile(r"\s*[ieo]\s*[0-9]", re.IGNORECASE)
_EXPECTED_ROW = (
    "expected a measure row of 5 cells separated by tabs (มาตรการ, สรุปผล, ระยะเวลา,"
    " ผู้รับผิดชอบ, ผลลัพธ์), a group heading such as '๑) …' or the table header"
)


@attrs.frozen
class Table:
    """The groups read from a table, and the paragraphs after it."""

    groups: tuple[MeasureGroup, ...]
    closing: tuple[str, ...]


def is_header(line: Line) -> bool:
    """Whether *line* is the table's header row."""
    cells = line.filled
    return (
        line.table
        and len(cells) >= 3
        and cells[0].startswith("มาตรการ")
        and any("ผู้รับผิดชอบ" in cell for cell in cells)
    )


def group_heading(line: Line, *, plain: bool) -> tuple[int, str] | None:
    """``(number, title)`` if *line* is a group heading; a *plain* (unmarked, tab-less) line counts."""
    cells = line.filled
    if len(cells) != 1 or not (plain or line.emphasis or line.table):
        return None
    text = cells[0]
    match = _HEADING.fullmatch(to_arabic_digits(text[:4]) + text[4:])
    if match is None:
        return None
    return int(match[1]), match[2].strip()


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
    number: int
    title: str
    line: int
    raw: str
    measures: list[Measure] = attrs.Factory(list)


class _Reader:
    def __init__(self, complaints: Complaints) -> None:
        self.complain = complaints
        self.groups: list[_Group] = []
        self.group: _Group | None = None
        self.refused: _Group | None = None  # a heading not read; its rows are named
        self.pending: _Row | None = None
        self.after_row = False  # the line before was the end of a complete row
        self.prose: list[tuple[int, str, str]] = []  # (line, raw, text) outside any row

    # -- one line at a time --------------------------------------------------

    def blank(self) -> None:
        if self.pending is not None and len(self.pending.cells) == 1:
            self.settle()
        self.after_row = False

    def header(self) -> None:
        self.settle()
        self.stray_prose()
        self.after_row = False

    def heading(self, line: Line, number: int, title: str) -> None:
        self.settle()
        self.stray_prose()
        self.after_row = False
        self.close_group()
        previous = self.groups[-1].number if self.groups else 0
        group = _Group(number, title, line.number, line.raw)
        if number <= previous:
            self.complain(
                line.number,
                line.raw,
                f"group {number} follows group {previous}: expected group numbers that go up"
                f" ({previous + 1} or more)",
            )
            self.group, self.refused = None, group
        else:
            self.group, self.refused = group, None

    def row_line(self, line: Line) -> None:
        pending = self.pending
        if pending is None:
            pending = self.pending = _Row(
                list(line.cells), line.number, [line.raw], self.after_row and not line.table
            )
        else:
            pending.cells[-1] = " ".join(p for p in (pending.cells[-1], line.cells[0]) if p)
            pending.cells.extend(line.cells[1:])
            pending.raw.append(line.raw)
        self.after_row = False
        if len(pending.cells) >= _WIDTH or pending.raw[0].lstrip().startswith("|"):
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
                f"the text ends inside a measure row ({len(row.cells)} of 5 cells):"
                " is the file truncated?"
                if end
                else f"this measure row has {len(row.cells)} of 5 cells: {_EXPECTED_ROW}",
            )
        elif row.continues and self.group is not None and self.group.measures:
            self.group.measures[-1] = _continued(self.group.measures[-1], row.cells[0])
        else:
            self.prose.append((row.first, row.text, row.cells[0]))

    def complete(self, row: _Row) -> None:
        cells = row.cells
        while len(cells) > _WIDTH and not cells[-1]:
            cells.pop()
        if len(cells) != _WIDTH:
            self.complain(
                row.first, row.text, f"this measure row has {len(cells)} cells: {_EXPECTED_ROW}"
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

    def measure(self, row: _Row) -> Measure | None:
        title, actions, period_text, responsible, outcome = row.cells
        codes: tuple[str, ...] = ()
        while (match := _CODES.search(title)) is not None and _LOOKS_LIKE_CODES.match(
            to_arabic_digits(match[1])
        ):
            try:
                codes = parse_codes(match[1]) + codes
            except ParseError as error:
                self.complain(row.first, row.text, f"in the measure's title, {error.message}")
                return None
            title = title[: match.start()].rstrip()
        if not title:
            self.complain(row.first, row.text, "the measure has no title in its first cell")
            return None
        period = None
        if period_text:
            try:
                period = MonthPeriod.parse(period_text)
            except ParseError as error:
                self.complain(row.first, row.text, f"in the column ระยะเวลา, {error.message}")
                return None
        completion = find_completion(outcome)
        if completion is not None and completion.percent > 100:
            self.complain(
                row.first, row.text, f"the completion {completion.percent} % is more than 100 %"
            )
            return None
        return Measure(
            title=title,
            codes=codes,
            actions=actions,
            period=period,
            responsible=responsible,
            outcome=outcome,
            completion=None if completion is None else completion.percent,
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
                f"the group heading '{group.number}) {group.title}' has no measure rows under it",
            )

    def stray_prose(self) -> None:
        for number, raw, _ in self.prose:
            self.complain(number, raw, f"text inside the table: {_EXPECTED_ROW}")
        self.prose.clear()


def _continued(measure: Measure, extra: str) -> Measure:
    """*measure* with *extra* text (its last cell, wrapped onto the next line) added to its outcome."""
    outcome = f"{measure.outcome} {extra}".strip()
    completion = measure.completion
    if completion is None:
        found = find_completion(outcome)
        completion = found.percent if found is not None and found.percent <= 100 else None
    return attrs.evolve(measure, outcome=outcome, completion=completion)


def read_table(lines: list[Line], complaints: Complaints) -> Table:
    """Read the groups of measures, and the closing paragraphs, from the table's lines."""
    reader = _Reader(complaints)
    for line in lines:
        in_row = reader.pending is not None and len(reader.pending.cells) > 1
        if line.blank:
            reader.blank()
        elif is_header(line):
            reader.header()
        elif (heading := group_heading(line, plain=not in_row)) is not None:
            reader.heading(line, *heading)
        else:
            reader.row_line(line)
    reader.end()
    closing = []
    for number, raw, text in reader.prose:
        if text.startswith("มาตรการ"):
            complaints(number, raw, "the text ends inside the table header: is the file truncated?")
        else:
            closing.append(text)
    groups = tuple(
        MeasureGroup(number=group.number, title=group.title, measures=tuple(group.measures))
        for group in reader.groups
    )
    return Table(groups=groups, closing=tuple(closing))
