"""Excel workbooks in and out: a sheet read as columns (python-calamine), results written (XlsxWriter).

Both libraries come with the ``excel`` extra and are imported only here, when
a workbook is read or written.  A workbook itakit writes is read back by
itakit: its first sheet has one row per agency, the agency under
``หน่วยงาน`` (``Agency``) and each indicator under a header that starts with
its number (``1. การปฏิบัติหน้าที่``).
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from itakit._files import as_path, atomic_write, read_bytes
from itakit._locale import check_lang
from itakit._optional import require
from itakit.errors import InputTypeError, ParseError

if TYPE_CHECKING:
    from itakit.rules.framework import Rules
    from itakit.scoring.card import ScoreCard
    from itakit.scoring.table import ScoreTable

__all__ = ["EXCEL_SUFFIXES", "read_sheet", "write_card", "write_table"]

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
"""The workbook files :func:`read_sheet` reads."""

_ENCRYPTED = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The start of an OLE compound file: an encrypted (password-protected) .xlsx is one."""


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _cell_name(row: int, column: int) -> str:
    return f"{_column_letter(column)}{row + 1}"


def _header(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _cell(value: object) -> object:
    if isinstance(value, str):
        return value.strip() or None
    return value


def _open(path: Path, name: str) -> Any:
    calamine = require("python_calamine", extra="excel", package="python-calamine")
    data = read_bytes(path)
    if data[:8] == _ENCRYPTED and path.suffix.lower() != ".xls":
        raise ParseError(
            f"{name} is password-protected (encrypted): open it in Excel and save a copy"
            " without a password",
            value=name,
        )
    try:
        return calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise ParseError(
            f"{name} is password-protected: save a copy without a password", value=name
        ) from None
    except (calamine.CalamineError, OSError, ValueError) as error:
        raise ParseError(
            f"{name} is not a workbook that can be read (corrupted, or not Excel): {error}",
            value=name,
        ) from None


def sheet_names(path: str | os.PathLike[str]) -> tuple[str, ...]:
    """The names of a workbook's sheets, in order."""
    source = as_path(path)
    return tuple(_open(source, source.name).sheet_names)


def read_sheet(
    path: str | os.PathLike[str], *, sheet: str | int | None = None
) -> dict[str, list[Any]]:
    """One sheet as columns: the first non-empty row is the header, blank cells are None.

    *sheet* is a sheet's name or its index from 0; without it the first sheet
    is read.  A sheet that does not exist, merged cells, an empty or repeated
    header, a password-protected or corrupted file: a
    :class:`~itakit.errors.ParseError` that says which.
    """
    source = as_path(path)
    name = source.name
    book = _open(source, name)
    names: list[str] = list(book.sheet_names)
    if sheet is None:
        sheet = 0
    if isinstance(sheet, bool) or not isinstance(sheet, str | int):
        raise InputTypeError(
            f"sheet must be a sheet's name or its index (got {sheet!r})", value=sheet
        )
    if isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise ParseError(
                f"{name} has {len(names)} sheet{'' if len(names) == 1 else 's'}"
                f" ({', '.join(map(repr, names))}); there is no sheet {sheet}",
                value=sheet,
            )
        sheet = names[sheet]
    if sheet not in names:
        raise ParseError(
            f"{name} has no sheet {sheet!r}: its sheets are {', '.join(map(repr, names))}",
            value=sheet,
        )
    try:
        content = book.get_sheet_by_name(sheet)
        rows: list[list[Any]] = content.to_python(skip_empty_area=False)
        merged = content.merged_cell_ranges or []
    except Exception as error:  # calamine raises its own errors for broken parts
        raise ParseError(
            f"{name}, sheet {sheet!r}: cannot be read ({error})", value=sheet
        ) from None
    return _columns(name, sheet, rows, merged)


def _columns(
    name: str, sheet: str, rows: list[list[Any]], merged: Sequence[Any]
) -> dict[str, list[Any]]:
    where = f"{name}, sheet {sheet!r}"
    if merged:
        ranges = ", ".join(f"{_cell_name(*start)}:{_cell_name(*end)}" for start, end in merged[:5])
        raise ParseError(
            f"{where} has merged cells ({ranges}): unmerge them, so that each column has one"
            " header and each row one agency or respondent",
            value=ranges,
        )
    start = next((r for r, row in enumerate(rows) if any(_cell(v) is not None for v in row)), None)
    if start is None:
        raise ParseError(f"{where} is empty: expected a header row", value=sheet)
    header = [_header(value) for value in rows[start]]
    body = [[_cell(v) for v in row] for row in rows[start + 1 :]]
    body = [row for row in body if any(v is not None for v in row)]
    width = len(header)
    while (
        width
        and not header[width - 1]
        and all(len(row) < width or row[width - 1] is None for row in body)
    ):
        width -= 1  # empty columns at the right
    header = header[:width]
    missing = [i for i, title in enumerate(header) if not title]
    if missing:
        cells = ", ".join(_cell_name(start, i) for i in missing)
        raise ParseError(f"{where}: the column at {cells} has no header", value=cells)
    seen: set[str] = set()
    twice = [title for title in header if title in seen or seen.add(title)]  # type: ignore[func-returns-value]
    if twice:
        raise ParseError(
            f"{where}: more than one column is called {', '.join(map(repr, twice))}",
            value=twice[0],
        )
    columns: dict[str, list[Any]] = {title: [] for title in header}
    for row in body:
        padded = [*row[:width], *[None] * (width - len(row))]
        for title, value in zip(header, padded, strict=True):
            columns[title].append(value)
    return columns


# -- writing -----------------------------------------------------------------------

_WORDS = {
    "th": {
        "scores": "คะแนน",
        "indicators": "ตัวชี้วัด",
        "confidence": "ความเชื่อมั่น",
        "agency": "หน่วยงาน",
        "indicator": "ตัวชี้วัด",
        "tool": "เครื่องมือ",
        "weight": "น้ำหนัก",
        "score": "คะแนน",
        "points": "คะแนนถ่วงน้ำหนัก",
        "total": "คะแนนรวม",
        "level": "ระดับ",
        "passed": "ผ่านเกณฑ์",
        "yes": "ผ่าน",
        "no": "ไม่ผ่าน",
        "respondents": "ผู้ตอบ {tool} (คน)",
        "fiscal_year": "ปีงบประมาณ",
        "framework": "กรอบการประเมิน",
        "part": "ส่วนของเกณฑ์",
        "sources": "แหล่งที่มา",
        "whole": "ทั้งฉบับ (ความเชื่อมั่นต่ำสุด)",
        "levels": "เกณฑ์ระดับผลการประเมิน",
        "note": (
            "ความเชื่อมั่น: verified = ตรวจสอบกับผลที่เผยแพร่แล้ว, sourced = มีแหล่งอ้างอิง,"
            " inferred = อนุมานจากหลักฐาน, provisional = สมมติฐานชั่วคราว (ควรตรวจสอบ)"
        ),
    },
    "en": {
        "scores": "Scores",
        "indicators": "Indicators",
        "confidence": "Confidence",
        "agency": "Agency",
        "indicator": "Indicator",
        "tool": "Tool",
        "weight": "Weight",
        "score": "Score",
        "points": "Points",
        "total": "Total",
        "level": "Level",
        "passed": "Passed",
        "yes": "yes",
        "no": "no",
        "respondents": "{tool} respondents",
        "fiscal_year": "Fiscal year",
        "framework": "Framework",
        "part": "Part of the rules",
        "sources": "Sources",
        "whole": "Whole edition (weakest confidence)",
        "levels": "Level scheme",
        "note": (
            "Confidence: verified = recomputed from published results, sourced = stated by a"
            " public source, inferred = derived from evidence, provisional = an assumption"
            " (check it)"
        ),
    },
}


def _indicator_header(framework: Rules, number: int, lang: str) -> str:
    indicator = framework.indicator(number)
    name = indicator.name_th if lang == "th" else indicator.name_en
    return f"{number}. {name}"


def _score_rows(
    framework: Rules, records: Sequence[Mapping[str, Any]], lang: str
) -> tuple[list[str], list[list[Any]], set[int]]:
    """Headers, rows, and the columns that hold two-decimal numbers."""
    words = _WORDS[lang]
    numbers = [indicator.number for indicator in framework.indicators]
    tools = [part.tool.value for part in framework.tools]
    keys: list[tuple[str, str]] = [("agency", words["agency"])]
    keys += [(str(n), _indicator_header(framework, n, lang)) for n in numbers]
    keys += [(tool, tool) for tool in tools]
    keys += [(f"{tool}_points", f"{words['points']} {tool}") for tool in tools]
    keys += [("total", words["total"]), ("level", words["level"]), ("passed", words["passed"])]
    if records and "IIT_respondents" in records[0]:
        keys += [
            (f"{tool}_respondents", words["respondents"].format(tool=tool))
            for tool in ("IIT", "EIT")
        ]
    decimals = {c for c, (key, _) in enumerate(keys) if key not in ("agency", "level", "passed")}
    decimals -= {c for c, (key, _) in enumerate(keys) if key.endswith("_respondents")}
    rows: list[list[Any]] = []
    for record in records:
        row: list[Any] = []
        for key, _ in keys:
            value = record.get(key)
            if key == "passed":
                value = words["yes"] if value else words["no"]
            elif isinstance(value, Decimal):
                value = float(value)
            row.append(value)
        rows.append(row)
    return [title for _, title in keys], rows, decimals


def _confidence_rows(framework: Rules, lang: str) -> list[list[Any]]:
    def label(confidence: Any) -> str:
        value = str(confidence.value)
        return f"{confidence.label_th} ({value})" if lang == "th" else value

    words = _WORDS[lang]
    title = framework.title_th if lang == "th" else framework.title_en
    rows: list[list[Any]] = [
        [words["fiscal_year"], framework.fiscal_year.year, ""],
        [words["framework"], title or "", ""],
        [words["whole"], label(framework.confidence), ""],
    ]
    for indicator in framework.indicators:
        rows.append(
            [
                f"{words['indicator']} {_indicator_header(framework, indicator.number, lang)}",
                label(indicator.confidence),
                ", ".join(indicator.sources),
            ]
        )
    levels = framework.levels
    rows.append(
        [words["levels"], label(levels.confidence), ", ".join(getattr(levels, "sources", ()))]
    )
    rows.append([])
    rows.append([words["note"]])
    return rows


def _write(path: str | os.PathLike[str], fill: Callable[[Any, Mapping[str, Any]], None]) -> Path:
    """Build a workbook in memory with *fill*, then write it whole (see :mod:`itakit._files`)."""
    xlsxwriter = require("xlsxwriter", extra="excel", package="XlsxWriter")
    target = as_path(path)
    if target.suffix.lower() != ".xlsx":
        raise InputTypeError(
            f"{target.name}: an Excel workbook is written as .xlsx", value=str(path)
        )
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    formats = {
        "header": book.add_format({"bold": True, "text_wrap": True, "valign": "top"}),
        "decimal": book.add_format({"num_format": "0.00"}),
    }
    fill(book, formats)
    book.close()
    atomic_write(target, buffer.getvalue())
    return target


def _sheet(
    book: Any,
    formats: Mapping[str, Any],
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    decimals: set[int],
    widths: Sequence[int] | None = None,
) -> None:
    sheet = book.add_worksheet(title)
    sheet.write_row(0, 0, headers, formats["header"])
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if c in decimals and isinstance(value, float | int):
                sheet.write_number(r, c, value, formats["decimal"])
            elif isinstance(value, datetime.date):
                sheet.write(r, c, str(value))
            else:
                sheet.write(r, c, value)
    for c, _ in enumerate(headers):
        width = widths[c] if widths is not None and c < len(widths) else (30 if c == 0 else 14)
        sheet.set_column(c, c, width)
    sheet.freeze_panes(1, 1)


def _confidence_sheet(book: Any, formats: Mapping[str, Any], framework: Rules, lang: str) -> None:
    words = _WORDS[lang]
    _sheet(
        book,
        formats,
        words["confidence"],
        [words["part"], words["confidence"], words["sources"]],
        _confidence_rows(framework, lang),
        set(),
        widths=[50, 16, 40],
    )


def write_table(table: ScoreTable, path: str | os.PathLike[str], *, lang: str = "th") -> Path:
    """Write *table* as a workbook: a sheet of scores, one row per agency, and the confidence."""
    lang = check_lang(lang)
    framework = table.framework
    headers, rows, decimals = _score_rows(framework, table.to_records(), lang)

    def fill(book: Any, formats: Mapping[str, Any]) -> None:
        _sheet(book, formats, _WORDS[lang]["scores"], headers, rows, decimals)
        _confidence_sheet(book, formats, framework, lang)

    return _write(path, fill)


def _card_record(card: ScoreCard) -> dict[str, Any]:
    record: dict[str, Any] = {"agency": card.agency}
    record.update({str(n): s for n, s in card.indicator_scores.items()})
    record.update({tool.value: s for tool, s in card.tool_scores.items()})
    record.update({f"{tool.value}_points": p for tool, p in card.tool_points.items()})
    record.update(total=card.total, level=str(card.level), passed=card.passed)
    if card.respondents is not None:
        for tool in ("IIT", "EIT"):
            record[f"{tool}_respondents"] = next(
                (n for t, n in card.respondents.items() if t.value == tool), None
            )
    return record


def write_card(card: ScoreCard, path: str | os.PathLike[str], *, lang: str = "th") -> Path:
    """Write *card* as a workbook: its row of scores, its indicators one a row, the confidence."""
    lang = check_lang(lang)
    words = _WORDS[lang]
    framework = card.framework
    headers, rows, decimals = _score_rows(framework, [_card_record(card)], lang)
    detail = [
        [
            _indicator_header(framework, indicator.number, lang),
            indicator.tool.value,
            float(indicator.weight),
            float(card.indicator_scores[indicator.number]),
        ]
        for indicator in framework.indicators
    ]

    def fill(book: Any, formats: Mapping[str, Any]) -> None:
        _sheet(book, formats, words["scores"], headers, rows, decimals)
        _sheet(
            book,
            formats,
            words["indicators"],
            [words["indicator"], words["tool"], words["weight"], words["score"]],
            detail,
            {3},
            widths=[50, 10, 10, 12],
        )
        _confidence_sheet(book, formats, framework, lang)

    return _write(path, fill)
