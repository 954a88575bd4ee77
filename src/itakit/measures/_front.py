"""The text before a report's table: title block, foreword (คำนำ) and introduction.

The title block is the title (``รายงานผล…`` for a report on measures, ``แผน…``
or ``มาตรการ…`` for a plan), the fiscal year (``ปีงบประมาณ พ.ศ. ๒๕๖๗``), the
agency and its district and province.  A ``คำนำ`` line opens the foreword; a
heading (``## …``) or a line that names the document and its fiscal year
again opens the introduction, which runs to the table.  Every other line is
one paragraph.
"""

from __future__ import annotations

import re

import attrs

from itakit.errors import ParseError, ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.measures._source import Line
from itakit.measures.model import ReportKind
from itakit.thai import to_arabic_digits

__all__ = ["Front", "answered_year", "read_front"]

_FISCAL_YEAR = re.compile(r"(?:ประจำ)?\s*ปีงบประมาณ\s*(?:พ\.\s?ศ\.?)?\s*([0-9]{4})")
_YEAR_AFTER = re.compile(r"ปี(?:งบประมาณ)?\s*(?:พ\.\s?ศ\.?)?\s*([0-9]{4})")
_PLACE = re.compile(r"\s+(?=อำเภอ|จังหวัด)")
_PLACE_LINE = re.compile(r"(?:อำเภอ|อ\.|เขต|จังหวัด|จ\.)\s*\S")
_DISTRICT = re.compile(r"(?:อำเภอ|อ\.|เขต)\s*(\S+)")
_PROVINCE = re.compile(r"(?:จังหวัด|จ\.)\s*(\S+)")
_BANGKOK = "กรุงเทพมหานคร"
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_TITLE_LINES = 3
_EXPECTED_TITLE = (
    "expected the report's title: 'รายงานผล…' for a report on measures, or 'แผน…' or"
    " 'มาตรการ…' for a plan"
)


@attrs.frozen
class Front:
    """What the text before the table says."""

    kind: ReportKind
    title: str
    fiscal_year: FiscalYear
    agency: str
    district: str | None
    province: str | None
    foreword: tuple[str, ...]
    introduction: tuple[str, ...]


def _kind(text: str) -> ReportKind | None:
    if text.startswith("รายงาน"):
        return ReportKind.RESULTS
    if text.startswith(("แผน", "มาตรการ")):
        return ReportKind.PLAN
    return None


def _join(parts: list[str]) -> str:
    """Lines of one title, joined as Thai is written: no space between two Thai letters."""
    text = ""
    for part in parts:
        if text and not (_THAI.match(text[-1]) and _THAI.match(part[0])):
            text += " "
        text += part
    return text


def _is_section_title(line: Line) -> bool:
    text = line.text
    return line.heading > 0 or (
        _kind(text) is not None and _FISCAL_YEAR.search(to_arabic_digits(text)) is not None
    )


def read_front(lines: list[Line], table_line: int) -> Front:
    """Read the title block, foreword and introduction from the lines before the table.

    Raises :class:`ParseError` naming the line where the expected part is missing.
    """
    filled = [line for line in lines if not line.blank]
    if not filled:
        raise ParseError(f"line {table_line}: {_EXPECTED_TITLE} before the table", line=table_line)
    first = filled[0]
    kind = _kind(first.text)
    if kind is None or first.table:
        raise ParseError(
            f"line {first.number}: {_EXPECTED_TITLE} (got {first.text[:60]!r})",
            value=first.raw,
            line=first.number,
        )
    title_parts: list[str] = []
    fiscal_year: FiscalYear | None = None
    index = 0
    for index, line in enumerate(filled[:_TITLE_LINES]):  # noqa: B007
        text = line.text
        match = _FISCAL_YEAR.search(to_arabic_digits(text))
        if match is not None:
            if text[: match.start()].strip():
                title_parts.append(text[: match.start()].strip())
            try:
                fiscal_year = FiscalYear(int(match[1]))
            except ValidationError as error:
                raise ParseError(
                    f"line {line.number}: {error.message}", value=line.raw, line=line.number
                ) from None
            break
        if line.table or text == "คำนำ":
            break
        title_parts.append(text)
    if fiscal_year is None:
        where = filled[index]
        raise ParseError(
            f"line {where.number}: expected the fiscal year in the title block, such as"
            f" 'ปีงบประมาณ พ.ศ. ๒๕๖๗' (got {where.text[:60]!r})",
            value=where.raw,
            line=where.number,
        )
    rest = filled[index + 1 :]
    if not rest or rest[0].text == "คำนำ" or _is_section_title(rest[0]) or rest[0].table:
        number = rest[0].number if rest else table_line
        raise ParseError(
            f"line {number}: expected the agency's name after the fiscal year, such as"
            " 'องค์การบริหารส่วนตำบลทรงคนอง'",
            line=number,
        )
    pieces = _PLACE.split(rest[0].text, maxsplit=1)
    agency = pieces[0]
    where_text = pieces[1] if len(pieces) > 1 else ""
    rest = rest[1:]
    if not where_text and rest and _PLACE_LINE.match(rest[0].text) and not rest[0].table:
        where_text = rest[0].text
        rest = rest[1:]
    district = _DISTRICT.search(where_text)
    province = _PROVINCE.search(where_text)
    foreword: list[str] = []
    introduction: list[str] = []
    section = introduction
    for line in rest:
        if line.text == "คำนำ":
            section = foreword
        elif _is_section_title(line):
            section = introduction
        else:
            section.append(line.text)
    return Front(
        kind=kind,
        title=_join(title_parts),
        fiscal_year=fiscal_year,
        agency=agency,
        district=district[1] if district else None,
        province=province[1] if province else (_BANGKOK if _BANGKOK in where_text else None),
        foreword=tuple(foreword),
        introduction=tuple(introduction),
    )


def answered_year(fiscal_year: FiscalYear, paragraphs: tuple[str, ...]) -> FiscalYear:
    """The fiscal year of the ITA result that measures running in *fiscal_year* answer.

    A sentence such as ``วิเคราะห์ผลการประเมิน ITA … ปีงบประมาณ พ.ศ. ๒๕๖๖ และได้กำหนด
    มาตรการ … ในปีงบประมาณ พ.ศ. ๒๕๖๗`` says it: the first year after
    ``ผลการประเมิน`` is the result's, and it counts when the first year after
    ``มาตรการ`` that follows is *fiscal_year*.  Without such a sentence, the
    usual cycle: the result of the year before.
    """
    for paragraph in paragraphs:
        text = to_arabic_digits(paragraph)
        for found in re.finditer("ผลการประเมิน", text):
            result = _YEAR_AFTER.search(text, found.end())
            if result is None:
                continue
            measures = text.find("มาตรการ", result.end())
            if measures < 0:
                continue
            running = _YEAR_AFTER.search(text, measures)
            answered = int(result[1])
            if (
                running is not None
                and int(running[1]) == fiscal_year.year
                and answered <= fiscal_year.year
            ):
                return FiscalYear(answered)
    return fiscal_year - 1
