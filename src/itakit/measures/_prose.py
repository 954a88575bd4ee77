"""Measures written as prose or lists instead of a table.

Many agencies write their plan as numbered text, or as a web page's lists::

    ๑. การใช้ทรัพย์สินของราชการ                 ← a group heading (any numbering)
    มาตรการที่ ๑ จัดทำคู่มือ… (i๑๐-i๑๒)          ← a measure: มาตรการที่/กิจกรรมที่ N, a list item, N.N.N
    ระยะเวลาดำเนินการ: ต.ค. ๖๗ – ธ.ค. ๖๗         ← its fields, by label (as the table's header cells)
    ผู้รับผิดชอบ: สำนักปลัด

A line under a measure that names no field is more of what it does (its
actions); text after the last measure, set off by a blank line, is the closing.
"""

from __future__ import annotations

import re

import attrs

from itakit.errors import ParseError
from itakit.measures._header import label_field
from itakit.measures._layout import find_completion
from itakit.measures._source import Complaints, Line
from itakit.measures._table import Heading, Table, parse_heading
from itakit.measures._wild import tool_named, trailing_codes
from itakit.measures.model import Measure, MeasureGroup
from itakit.period import MonthPeriod
from itakit.thai import to_arabic_digits

__all__ = ["prose_start", "read_prose"]

_MEASURE = re.compile(r"(?:มาตรการ|กิจกรรม|โครงการ)ที่\s*[0-9]{1,2}\.?\s*(\S.*)")
_DEEP = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2}){2,3}\.?\s+(\S.*)")


def _measure_start(line: Line) -> str | None:
    """The measure's title if *line* starts one (``มาตรการที่ ๑ …``, a list item, ``1.1.1 …``)."""
    text = line.text
    plain = to_arabic_digits(text[:16]) + text[16:]
    if (match := _MEASURE.fullmatch(plain)) is not None:
        return match[1]
    if (match := _DEEP.fullmatch(plain)) is not None:
        return match[1]
    if line.item and label_field(text) is None:
        return text
    return None


def _heading(line: Line) -> Heading | None:
    if line.table or (_measure_start(line) is not None and not line.emphasis):
        return None
    return parse_heading(line.text)


def prose_start(lines: list[Line]) -> int | None:
    """Where measures written as prose start: a heading followed by a measure, or None."""
    for index, line in enumerate(lines):
        if line.blank or _heading(line) is None:
            continue
        for following in lines[index + 1 : index + 4]:
            if following.blank:
                continue
            if _measure_start(following) is not None:
                return index
            if _heading(following) is None:
                break
    return None


@attrs.define
class _Draft:
    title: str
    line: int
    raw: list[str]
    fields: dict[str, str] = attrs.Factory(dict)
    more: list[str] = attrs.Factory(list)


def read_prose(lines: list[Line], complaints: Complaints) -> Table:
    """Read groups of measures written as prose from *lines* (from :func:`prose_start` on)."""
    groups: list[tuple[Heading, str | None, list[Measure]]] = []
    section: Heading | None = None
    heading: Heading | None = None
    measures: list[Measure] = []
    draft: _Draft | None = None
    closing: list[str] = []
    after_blank = False

    def finish() -> None:
        nonlocal draft
        if draft is None:
            return
        measure = _measure(draft, heading, section, complaints)
        if measure is not None:
            measures.append(measure)
        draft = None

    def close() -> None:
        nonlocal heading, measures
        finish()
        if heading is not None:
            groups.append((heading, None if section is None else section.text, measures))
        heading, measures = None, []

    for line in lines:
        if line.blank:
            after_blank = True
            continue
        found = _heading(line)
        if found is not None:
            if (
                heading is not None
                and not measures
                and draft is None
                and found.depth > heading.depth
            ):
                section, heading = heading, found
            else:
                close()
                if section is not None and found.depth <= section.depth:
                    section = None
                heading = found
            closing.clear()
            after_blank = False
            continue
        title = _measure_start(line)
        if title is not None and heading is not None:
            finish()
            draft = _Draft(title, line.number, [line.raw])
            closing.clear()
        elif draft is not None and not after_blank:
            labelled = label_field(line.text)
            if labelled is not None and labelled[0] not in draft.fields:
                draft.fields[labelled[0]] = labelled[1]
            else:
                draft.more.append(line.text.lstrip("-• ").strip())
            draft.raw.append(line.raw)
        elif draft is not None and after_blank and label_field(line.text) is not None:
            labelled = label_field(line.text)
            assert labelled is not None
            draft.fields.setdefault(labelled[0], labelled[1])
            draft.raw.append(line.raw)
        elif heading is None:
            complaints(line.number, line.raw, "text before the first group heading of the measures")
        else:
            closing.append(line.text)
        after_blank = False
    close()
    out = []
    previous = 0
    for position, (head, head_section, group_measures) in enumerate(groups, start=1):
        if not group_measures:
            complaints(1, head.text, f"the group heading '{head.text}' has no measures under it")
            continue
        number = head.number if head.label is None and head.number else position
        if number <= previous:
            number = previous + 1
        previous = number
        out.append(
            MeasureGroup(
                number=number,
                title=head.title,
                label=head.label,
                section=head_section,
                measures=tuple(group_measures),
            )
        )
    return Table(groups=tuple(out), closing=tuple(closing))


def _measure(
    draft: _Draft, heading: Heading | None, section: Heading | None, complaints: Complaints
) -> Measure | None:
    tool = None
    for text in (heading.text if heading else "", section.text if section else ""):
        tool = tool or tool_named(text)
    try:
        title, codes = trailing_codes(draft.title, tool=tool)
    except ParseError as error:
        complaints(draft.line, "\n".join(draft.raw), f"in the measure's title, {error.message}")
        return None
    fields = draft.fields
    period = None
    if fields.get("period"):
        try:
            period = MonthPeriod.parse(fields["period"])
        except ParseError as error:
            complaints(draft.line, "\n".join(draft.raw), f"in its period, {error.message}")
            return None
    actions = " ".join(part for part in (fields.get("actions", ""), *draft.more) if part)
    outcome = fields.get("outcome", "")
    completion = find_completion(outcome)
    return Measure(
        title=title,
        codes=codes,
        actions=actions,
        period=period,
        responsible=fields.get("responsible", ""),
        outcome=outcome,
        completion=None if completion is None or completion.percent > 100 else completion.percent,
        budget=fields.get("budget", ""),
        notes=fields.get("notes", ""),
    )
