"""Plain-text tables whose columns line up on a terminal, Thai text included.

A terminal gives Thai vowel and tone marks written above or below a letter no
column of their own, and gives wide (East Asian) characters two.  Every text
table itakit prints (score cards, framework pages, gap analyses) pads its
columns with :func:`width` and :func:`pad`, through :func:`table`.

>>> for line in table([["ตัวชี้วัด", "คะแนน"], ["การใช้งบประมาณ", "89.95"]], right=(False, True)):
...     print(line)
ตัวชี้วัด          คะแนน
การใช้งบประมาณ  89.95
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["pad", "table", "width"]

_NO_COLUMN = frozenset(("Mn", "Me", "Cf"))  # marks over or under a letter; invisible formatting
_TWO_COLUMNS = frozenset(("W", "F"))


def width(text: str) -> int:
    """The columns *text* takes on a terminal: marks above and below take none, wide characters two.

    >>> width("การใช้งบประมาณ"), len("การใช้งบประมาณ"), width("東京")
    (13, 14, 4)
    """
    return sum(
        0
        if unicodedata.category(char) in _NO_COLUMN
        else 2
        if unicodedata.east_asian_width(char) in _TWO_COLUMNS
        else 1
        for char in text
    )


def pad(text: str, columns: int, *, right: bool = False) -> str:
    """*text* padded with spaces to *columns* (on the left if *right*); never cut.

    >>> pad("ที่", 3) + "|", pad("9", 3, right=True)
    ('ที่  |', '  9')
    """
    space = " " * max(0, columns - width(text))
    return space + text if right else text + space


def table(
    rows: Sequence[str | Sequence[str]], *, right: Sequence[bool] = (), indent: str = ""
) -> list[str]:
    """*rows* of cells as lines whose columns line up, two spaces apart.

    Column *c* is aligned right if ``right[c]`` is true (left if *right* is
    shorter).  A row given as plain text is a line of its own, as it is (a
    heading between rows); it does not count towards the widths.  Every
    other line starts with *indent*; no line ends in spaces.

    >>> print("\\n".join(table([["1", "ก"], "ข้อย่อย", ["10", "ข"]], right=[True], indent="> ")))
    >  1  ก
    ข้อย่อย
    > 10  ข
    """
    cells = [row for row in rows if not isinstance(row, str)]
    columns = max((len(row) for row in cells), default=0)
    widths = [max(width(row[c]) for row in cells if c < len(row)) for c in range(columns)]
    lines = []
    for row in rows:
        if isinstance(row, str):
            lines.append(row)
            continue
        padded = (
            pad(cell, widths[c], right=c < len(right) and right[c]) for c, cell in enumerate(row)
        )
        lines.append((indent + "  ".join(padded)).rstrip())
    return lines
