"""The text of a report as numbered lines of cells, before any meaning is read into them.

This is where bytes are decoded, stray control characters and mis-decoded
lines are caught, table rows are split into cells (on tabs, Markdown pipes,
or the runs of spaces a PDF's text leaves between cells) and markup is taken
off: ``<b>``, ``<u>``, ``**bold**``, ``## headings``, HTML headings and list
items, and Markdown escapes.  Every cell then goes through
:func:`itakit.text.normalize`, and the sara am a PDF lost (``ก าหนด``) is put
back.  Line numbers are those of the input, counted from 1.
"""

from __future__ import annotations

import re
import unicodedata
import warnings

import attrs

from itakit.errors import InputTypeError, ItakitWarning, ParseError
from itakit.measures._wild import repair, space_cells
from itakit.measures.model import SkippedLine
from itakit.text import normalize
from itakit.thai import to_arabic_digits

__all__ = ["Complaints", "Line", "read_lines"]

_ALLOWED_CONTROLS = frozenset("\t\r\f")
# Thai encoded as UTF-8 and read as Latin-1 or Windows-1252: every Thai letter becomes 'à¸' or 'à¹' + one more.
_MOJIBAKE = re.compile("\u00e0[\u00b8\u00b9]")
_TAG = re.compile(
    r"(?<!\\)</?(?:b|strong|u|ins|i|em|span|font|p|div|mark|ol|ul|li|h[1-6]|section|article|a)\b[^>]*>",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^\s*<li\b", re.IGNORECASE)
_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BOLD = re.compile(r"(?<!\\)(?:\*\*|__)")
_STRONG = re.compile(r"<(?:b|strong)\b|\*\*|__", re.IGNORECASE)
_HEADING = re.compile(r"^(#{1,6})\s+")
_ESCAPE = re.compile(r"\\([\\`*_\[\]<>|#~-])")
_PIPE = re.compile(r"(?<!\\)\|")
_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
_PAGE_NUMBER = re.compile(r"(?:หน้า\s*)?[-–]?\s*[0-9]{1,3}\s*[-–]?")


class Complaints:
    """What a parse could not read: raised at once, or (lenient) collected as skipped lines."""

    def __init__(self, *, lenient: bool) -> None:
        self.lenient = lenient
        self.skipped: list[SkippedLine] = []

    def __call__(self, line: int, text: str, problem: str) -> None:
        """Raise a :class:`ParseError` at *line*; when lenient, record it as skipped instead."""
        if not self.lenient:
            raise ParseError(f"line {line}: {problem}", value=text, line=line)
        self.skipped.append(SkippedLine(line=line, text=text, reason=problem))

    def warn(self, what: str) -> None:
        """Warn once, listing everything skipped (if anything was)."""
        if not self.skipped:
            return
        listed = "; ".join(f"line {s.line}: {s.reason}" for s in self.skipped)
        count = len(self.skipped)
        warnings.warn(
            f"{what}: skipped {count} thing{'s' if count > 1 else ''} it could not read ({listed})",
            ItakitWarning,
            stacklevel=3,
        )


@attrs.frozen
class Line:
    """One line of the input: its number, its cells, and how it was marked up."""

    number: int
    raw: str
    cells: tuple[str, ...]
    table: bool
    """Whether the line is a table row (its cells were separated by tabs or pipes)."""
    heading: int
    """The number of ``#`` before it (0 when it is not a Markdown heading)."""
    emphasis: bool
    """Whether its first cell was marked up as a heading: bold (``<b>``, ``**``) or ``#``."""
    item: bool = False
    """Whether it is an HTML list item (``<li>``)."""
    positions: tuple[int, ...] | None = None
    """Where each cell starts (in characters drawn) when runs of spaces separated them."""

    @property
    def blank(self) -> bool:
        """Whether the line holds no text."""
        return not any(self.cells)

    @property
    def text(self) -> str:
        """The text of its cells, joined by single spaces."""
        return " ".join(cell for cell in self.cells if cell)

    @property
    def filled(self) -> tuple[str, ...]:
        """Its cells with trailing empty cells removed."""
        cells = list(self.cells)
        while cells and not cells[-1]:
            cells.pop()
        return tuple(cells)


def read_lines(source: str | bytes, complaints: Complaints) -> list[Line]:
    """The lines of *source* as :class:`Line` s; layout (page numbers, table rules) left out."""
    texts = _decode(source, complaints)
    lines = []
    for number, text in texts:
        cleaned = _clean(number, text, complaints)
        if cleaned is None:
            continue
        line = _line(number, cleaned)
        if line is not None:
            lines.append(line)
    return lines


def _decode(source: str | bytes, complaints: Complaints) -> list[tuple[int, str]]:
    if isinstance(source, bytes | bytearray):
        data = bytes(source).removeprefix(b"\xef\xbb\xbf")
        raw_lines = data.split(b"\n")
        texts = []
        for number, raw in enumerate(raw_lines, start=1):
            try:
                texts.append((number, raw.decode("utf-8")))
            except UnicodeDecodeError as error:
                byte = raw[error.start]
                complaints(
                    number,
                    repr(raw[:60]),
                    f"this line is not UTF-8 (byte 0x{byte:02x} at column {error.start + 1});"
                    " itakit reads reports saved as UTF-8: save the file as UTF-8"
                    " (a Thai file in TIS-620 or Windows-874 can be read with"
                    " data.decode('cp874') and passed as text)",
                )
        return texts
    if not isinstance(source, str):
        raise InputTypeError(
            f"parse_report() needs the report's text (str) or its bytes (UTF-8), got {source!r}",
            value=source,
        )
    text = source.removeprefix("\ufeff")
    return list(enumerate(text.split("\n"), start=1))


def _clean(number: int, text: str, complaints: Complaints) -> str | None:
    """*text* without carriage returns and form feeds; a bad line is refused or (lenient) dropped."""
    mojibake = _MOJIBAKE.search(text)
    if mojibake is not None:
        start = mojibake.start()
        complaints(
            number,
            text,
            f"this line looks like Thai UTF-8 read with the wrong encoding"
            f" ({text[start : start + 12]!r}): expected Thai text; read the file as UTF-8",
        )
        return None
    for column, char in enumerate(text, start=1):
        if unicodedata.category(char) == "Cc" and char not in _ALLOWED_CONTROLS:
            complaints(
                number,
                text,
                f"stray control character U+{ord(char):04X} at column {column}:"
                " expected text, tabs and line breaks only (remove it)",
            )
    return "".join(
        char
        for char in text
        if unicodedata.category(char) != "Cc" or char == "\t"  # \r, \f and refused ones go
    )


def _strip_markup(cell: str) -> str:
    cell = _BREAK.sub(" ", cell)
    cell = _TAG.sub("", cell)
    cell = _BOLD.sub("", cell)
    cell = _ESCAPE.sub(r"\1", cell)
    return repair(normalize(cell))[0]


def _drawn(text: str) -> int:
    """How many characters *text* draws across (combining marks take no room)."""
    return sum(0 if unicodedata.category(char) in ("Mn", "Me") else 1 for char in text)


def _line(number: int, text: str) -> Line | None:
    stripped = text.strip()
    positions: tuple[int, ...] | None = None
    if stripped.startswith("|"):
        if _RULE.fullmatch(stripped):
            return None
        inner = (
            stripped[1:-1]
            if stripped.endswith("|") and not stripped.endswith("\\|")
            else stripped[1:]
        )
        parts = _PIPE.split(inner)
        table = True
    elif (spaced := space_cells(repair(text)[0])) is not None and len(spaced) > 1:
        line = repair(text)[0]
        starts = []
        offset = 0
        for cell in spaced:
            found = line.index(cell, offset)
            starts.append(_drawn(line[:found]))
            offset = found + len(cell)
        parts, positions, table = spaced, tuple(starts), True
    else:
        parts = text.split("\t")
        table = len(parts) > 1
    heading = 0
    first = parts[0].strip()
    item = _ITEM.match(first) is not None
    if (html := _HTML_HEADING.match(first)) is not None:
        heading = int(html[1])
    match = _HEADING.match(first)
    if match is not None:
        heading = len(match[1])
        parts[0] = first[match.end() :]
    emphasis = heading > 0 or _STRONG.match(parts[0].strip()) is not None
    cells = tuple(_strip_markup(part) for part in parts)
    if not table and _PAGE_NUMBER.fullmatch(to_arabic_digits(cells[0])):
        return None
    return Line(
        number=number,
        raw=text,
        cells=cells,
        table=table,
        heading=heading,
        emphasis=emphasis,
        item=item,
        positions=positions,
    )
