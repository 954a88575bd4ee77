"""The title block of a document, wherever it starts, and what comes before it.

Text saved from a web page or a flipbook starts with the site's menu, a
breadcrumb or the viewer's buttons; a scanned file may start with a signature
block.  The title block is found as the first line that starts a title of the
documents itakit reads (see :mod:`itakit.measures._kinds`); every line before
it is skipped and listed.  A title of a document of another kind (an ITA
results report, an anti-corruption plan) found first is refused by name.

The block itself: the title (one to three lines), the years (on the title's
line or the next: see :mod:`itakit.measures._years`), the agency and its
district and province.  An agency named inside the title (``…ภายในหน่วยงาน
องค์การบริหารส่วนตำบลทรงคนอง``) is the agency; a line of district and province
is never taken for it.
"""

from __future__ import annotations

import re

import attrs

from itakit.errors import DocumentKindError, ParseError
from itakit.measures._kinds import Refusal, TitleKind, classify_title, looks_like_title
from itakit.measures._source import Line
from itakit.measures._years import StatedYears, read_years
from itakit.measures.model import SkippedLine

__all__ = ["TitleBlock", "read_title_block"]

_MAX_TITLE = 300
_TITLE_LINES = 3
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_AGENCY_WORDS = (
    r"องค์การบริหารส่วน|องค์กรปกครองส่วนท้องถิ่น|เทศบาล|อบต\.|อบจ\.|กรุงเทพมหานคร|เมืองพัทยา|กระทรวง|กรม|สำนักงาน"
    r"|มหาวิทยาลัย|โรงพยาบาล|โรงเรียน|สถาบัน|การไฟฟ้า|การประปา|การท่าเรือ|ศูนย์"
)
_AGENCY_START = re.compile(rf"(?:{_AGENCY_WORDS})")
_AGENCY_IN_TITLE = re.compile(rf"\s*(?:ของ|\s)(?=(?:{_AGENCY_WORDS})\S)")
_PLACE_LINE = re.compile(r"(?:อำเภอ|อ\.|เขต|จังหวัด|จ\.)\s*\S")
_PLACE = re.compile(r"\s+(?=อำเภอ|จังหวัด|อ\.\S|จ\.\S)")
_DISTRICT = re.compile(r"(?:อำเภอ|อ\.|เขต)\s*(\S+)")
_PROVINCE = re.compile(r"(?:จังหวัด|จ\.)\s*(\S+)")
_BANGKOK = "กรุงเทพมหานคร"


@attrs.frozen
class TitleBlock:
    """What the title block states, and where it ends."""

    kind: str
    title: str
    agency: str
    district: str | None
    province: str | None
    years: StatedYears | None
    """The year phrases of the title block, if it has any."""
    before: tuple[SkippedLine, ...]
    """The lines before the title, skipped."""
    before_years: StatedYears | None
    """Years a breadcrumb before the title states (``ITA 2569 > O26``)."""
    end: int
    """The index (in the lines given) of the first line after the block."""
    title_line: int
    """The line number of the title's first line."""


def _join(parts: list[str]) -> str:
    """Lines of one title, joined as Thai is written: no space between two Thai letters."""
    text = ""
    for part in parts:
        if text and not (_THAI.match(text[-1]) and _THAI.match(part[0])):
            text += " "
        text += part
    return text


def _expected_title(line: Line | None, number: int) -> ParseError:
    got = f" (got {line.text[:60]!r})" if line is not None else " before the table"
    return ParseError(
        f"line {number}: expected the report's title: 'รายงานผล…' for a report on measures,"
        " 'แผน…', 'มาตรการ…' or 'แนวทาง…' for a plan, or 'การวิเคราะห์ผลการประเมิน…' for an"
        f" analysis{got}",
        value=None if line is None else line.raw,
        line=number,
    )


def _title_start(lines: list[Line]) -> tuple[int, TitleKind]:
    filled = [line for line in lines if not line.blank]
    for index, line in enumerate(lines):
        text = line.text
        if line.blank or len(text) > _MAX_TITLE or not looks_like_title(text):
            continue
        parts = [text]
        for following in lines[index + 1 : index + _TITLE_LINES]:
            text_after = following.text
            if (
                following.blank
                or read_years(text_after) is not None
                or _AGENCY_START.match(text_after)
                or _PLACE_LINE.match(text_after)
            ):
                break
            parts.append(following.text)
        found = classify_title(_join(parts))
        if found is None:
            found = classify_title(text)
        if isinstance(found, Refusal):
            raise DocumentKindError(
                f"line {line.number}: this looks like {found.looks_like}; itakit reads plans of"
                " measures (มาตรการ…), reports on them (รายงานผลการดำเนินการ…) and analyses of an"
                " ITA result (การวิเคราะห์ผลการประเมิน…)",
                value=line.raw,
                line=line.number,
            )
        if isinstance(found, TitleKind):
            return index, found
    first = filled[0] if filled else None
    raise _expected_title(first, first.number if first is not None else 1)


def read_title_block(lines: list[Line]) -> TitleBlock:
    """Find and read the title block in *lines* (the document's lines, blank ones included)."""
    start, kind = _title_start(lines)
    before = tuple(
        SkippedLine(line=line.number, text=line.raw, reason=_before_reason(line))
        for line in lines[:start]
        if not line.blank
    )
    before_years = None
    for line in lines[:start]:
        found = None if line.blank else read_years(line.text)
        if found is not None and found.assessment is not None:
            before_years = found
    index = start
    title_parts: list[str] = []
    years: StatedYears | None = None
    after_years = ""
    while index < len(lines) and len(title_parts) < _TITLE_LINES + 1:
        line = lines[index]
        if line.blank:
            if title_parts and years is None and _next_has_years(lines, index):
                index += 1
                continue
            break
        text = line.text
        found = read_years(text)
        if found is not None:
            if text[: found.start].strip():
                title_parts.append(text[: found.start].strip())
            years = found
            after_years = text[found.end :].strip()  # the agency, on the year's line
            index += 1
            break
        if title_parts and (_AGENCY_START.match(text) or _PLACE_LINE.match(text)):
            break
        title_parts.append(text)
        index += 1
    title = _join(title_parts)
    agency: str | None = None
    split = _AGENCY_IN_TITLE.search(title)
    if split is not None and split.start() > 10:
        agency_text = title[split.end() :]
        title = title[: split.start()].rstrip()
        pieces = _PLACE.split(agency_text, maxsplit=1)
        agency = pieces[0]
        where_text = pieces[1] if len(pieces) > 1 else ""
    else:
        where_text = ""
    if agency is None and after_years and not _PLACE_LINE.match(after_years):
        pieces = _PLACE.split(after_years, maxsplit=1)
        agency = pieces[0]
        where_text = pieces[1] if len(pieces) > 1 else ""
    # the agency (unless the title named it), then its place
    while index < len(lines) and lines[index].blank:
        index += 1
    if index < len(lines) and agency is None:
        line = lines[index]
        text = line.text
        if (
            not line.table
            and text != "คำนำ"
            and not _PLACE_LINE.match(text)
            and line.heading == 0
            and len(text) <= 200
            and read_years(text) is None
        ):
            pieces = _PLACE.split(text, maxsplit=1)
            agency = pieces[0]
            where_text = pieces[1] if len(pieces) > 1 else ""
            index += 1
    if agency is None:
        number = lines[index].number if index < len(lines) else lines[-1].number
        raise ParseError(
            f"line {number}: expected the agency's name after the title and year, such as"
            " 'องค์การบริหารส่วนตำบลทรงคนอง'",
            line=number,
        )
    if not where_text:
        probe = index
        while probe < len(lines) and lines[probe].blank:
            probe += 1
        if probe < len(lines) and _PLACE_LINE.match(lines[probe].text) and not lines[probe].table:
            where_text = lines[probe].text
            index = probe + 1
    district = _DISTRICT.search(where_text)
    province = _PROVINCE.search(where_text)
    return TitleBlock(
        kind=kind.kind,
        title=title,
        agency=agency,
        district=district[1] if district else None,
        province=province[1] if province else (_BANGKOK if _BANGKOK in where_text else None),
        years=years,
        before=before,
        before_years=before_years,
        end=index,
        title_line=lines[start].number,
    )


def _next_has_years(lines: list[Line], index: int) -> bool:
    for line in lines[index + 1 : index + 3]:
        if not line.blank:
            return read_years(line.text) is not None and len(line.text) < 60
    return False


def _before_reason(line: Line) -> str:
    text = line.text
    if ">" in text or "»" in text:
        what = "a breadcrumb"
    elif "|" in line.raw or line.table:
        what = "a site menu or toolbar"
    elif text.startswith(("(ลงชื่อ", "ลงชื่อ", "(นาย", "(นาง")):
        what = "a signature block"
    else:
        what = "text"
    return f"{what} before the title (skipped)"
