"""The columns of a table of measures, recognised by what their header cells say.

Agencies' tables have five columns, or six (a budget or ``หมายเหตุ`` column), or
seven (a ``ลำดับ`` column and the question codes in a column of their own), in
any order.  Each header cell is matched against the words the column is known
by; the first rule that matches wins, so ``สรุปผลการดำเนินการ…`` is the actions,
not the outcome.  A cell no rule matches keeps its header as the name of an
extra field: its values are kept, never dropped.  The same words read the
labels of measures written as prose (``ผู้รับผิดชอบ: สำนักปลัด``).
"""

from __future__ import annotations

import re

__all__ = ["FIELDS", "Field", "field_of", "header_fields", "label_field"]

Field = str
"""One of :data:`FIELDS`, or ``"extra:<header>"`` for a column itakit does not know."""

FIELDS = ("title", "codes", "actions", "period", "responsible", "outcome", "budget", "notes")
"""The fields of a measure a column can hold."""

_RULES: tuple[tuple[Field, re.Pattern[str]], ...] = (
    ("period", re.compile(r"ระยะเวลา|ช่วงเวลา|ห้วงเวลา|กำหนดเวลา|วันเวลา|ไตรมาส")),
    ("responsible", re.compile(r"รับผิดชอบ|ผู้ดำเนินการ|หน่วยงานที่ดำเนินการ")),
    ("notes", re.compile(r"หมายเหตุ")),
    ("budget", re.compile(r"^(?:ใช้)?งบ(?:ประมาณ)?")),
    ("actions", re.compile(r"สรุปผล|ขั้นตอน|วิธีการ|รายละเอียด|แนวทางการดำเนิน|^การดำเนินการ$")),
    (
        "outcome",
        re.compile(r"ผลลัพธ์|ความสำเร็จ|ผลสำเร็จ|เป้าหมาย|การกำกับติดตาม|ผลการดำเนิน|ผลที่|ผลผลิต"),
    ),
    ("codes", re.compile(r"ข้อคำถาม|ตัวชี้วัด|ประเด็นการประเมิน|รหัส|^ข้อ$|^ข้อที่")),
    ("title", re.compile(r"มาตรการ|กิจกรรม|โครงการ")),
)


def field_of(cell: str) -> Field | None:
    """The field a header cell names, or None when no rule matches.

    >>> field_of("สรุปผลการดำเนินการ ตามมาตรการหรือกิจกรรม"), field_of("ผลลัพธ์ที่คาดว่าจะได้รับ")
    ('actions', 'outcome')
    >>> field_of("ตัวชี้วัดความสำเร็จ"), field_of("ข้อคำถามที่เกี่ยวข้อง"), field_of("สถานะ")
    ('outcome', 'codes', None)
    """
    text = cell.strip()
    for field, rule in _RULES:
        if rule.search(text):
            return field
    return None


def label_field(text: str) -> tuple[Field, str] | None:
    """``(field, value)`` for a prose line ``label: value`` whose label names a field, else None.

    >>> label_field("ผู้รับผิดชอบ: สำนักปลัด")
    ('responsible', 'สำนักปลัด')
    >>> label_field("ระยะเวลาดำเนินการ ต.ค. ๖๗ – ธ.ค. ๖๗")
    ('period', 'ต.ค. ๖๗ – ธ.ค. ๖๗')
    >>> label_field("จัดทำคู่มือ") is None
    True
    """
    stripped = text.strip().lstrip("-•*").strip()
    label, colon, value = stripped.partition(":")
    if colon and len(label) <= 40:
        field = field_of(label)
        if field is not None and field != "title":
            return field, value.strip()
        return None
    for field, words in _LABELS:
        match = words.match(stripped)
        if match is not None:
            return field, stripped[match.end() :].strip()
    return None


_PERIOD = re.compile(
    r"(?:ต\.ค\.|พ\.ย\.|ธ\.ค\.|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.)\s*[0-9๐-๙]"
)

_LABELS: tuple[tuple[Field, re.Pattern[str]], ...] = (
    ("period", re.compile(r"ระยะเวลา(?:ดำเนินการ|การดำเนินการ)?\s+")),
    ("responsible", re.compile(r"(?:หน่วยงาน)?ผู้รับผิดชอบ\s+")),
    ("budget", re.compile(r"งบประมาณ\s+")),
    ("notes", re.compile(r"หมายเหตุ\s+")),
)


def header_fields(cells: tuple[str, ...] | list[str]) -> tuple[Field, ...] | None:
    """The field of each header cell, or None when the cells are not a header row.

    A header names the measure itself and at least two other known fields;
    an unknown cell becomes ``extra:<its text>``; a field named twice keeps
    the first cell, the second becomes an extra field.

    >>> header_fields(["ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "สถานะ"])
    ('extra:ลำดับ', 'title', 'period', 'responsible', 'extra:สถานะ')
    >>> header_fields(["ก", "ข", "ค"]) is None
    True
    """
    if any(len(cell) > 80 or "[" in cell or _PERIOD.search(cell) for cell in cells):
        return None  # a row of data (or of placeholders), not of labels
    fields: list[Field] = []
    seen: set[Field] = set()
    for cell in cells:
        field = field_of(cell)
        if field is None or field in seen:
            fields.append(f"extra:{cell.strip()}")
        else:
            seen.add(field)
            fields.append(field)
    if "title" not in seen or len(seen) < 3:
        return None
    return tuple(fields)
