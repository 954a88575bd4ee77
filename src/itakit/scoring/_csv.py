"""CSV text as itakit writes it: the stdlib's quoting, one ``\\n`` per row, a BOM on request.

Excel on Windows reads a CSV file as the system's legacy code page unless the
file starts with a byte-order mark, and shows UTF-8 Thai as mojibake; with
``bom=True`` the text starts with one (``U+FEFF``), which Excel takes as UTF-8
and other readers (itakit's own, Python's ``utf-8-sig``) drop.

>>> from decimal import Decimal
>>> print(csv_text(["agency", "total"], [["ตราด", Decimal("81.45")]]), end="")
agency,total
ตราด,81.45
>>> csv_text(["a"], [], bom=True)
'\\ufeffa\\n'
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from itakit.fiscal_year import FiscalYear

__all__ = ["BOM", "csv_text"]

BOM = "\ufeff"
"""The byte-order mark that tells Excel a CSV file is UTF-8."""


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str | int):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, FiscalYear):
        return int(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, float):
        return repr(value)
    raise TypeError(f"{type(value).__name__} is not plain data")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, bom: bool = False) -> str:
    """A header and its rows as CSV text; with *bom*, a byte-order mark first (for Excel)."""
    buffer = io.StringIO()
    if bom:
        buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(_cell(cell) for cell in row)
    return buffer.getvalue()
