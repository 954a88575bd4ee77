"""What the table layout of Thai reports of measures shares, as the parser reads it and renderers write it.

Five columns (มาตรการ · สรุปผลการดำเนินการ · ระยะเวลา · ผู้รับผิดชอบ · ผลการดำเนินการ),
the fonts, the place line (``อำเภอ… จังหวัด…``) and the completion phrase such as
``ดำเนินการครบถ้วน ๑๐๐ %``.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from itakit.measures.model import Measure, MeasureReport, ReportKind
from itakit.thai import to_arabic_digits

__all__ = ["COLUMNS", "FONT_FAMILY", "Completion", "find_completion", "outcome_text", "place"]

COLUMNS: dict[ReportKind, tuple[str, str, str, str, str]] = {
    ReportKind.RESULTS: (
        "มาตรการ/กิจกรรม",
        "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม",
        "ระยะเวลาดำเนินการ",
        "ผู้รับผิดชอบ",
        "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    ),
    ReportKind.PLAN: (
        "มาตรการ/กิจกรรม",
        "ขั้นตอนหรือวิธีการดำเนินการ",
        "ระยะเวลาดำเนินการ",
        "ผู้รับผิดชอบ",
        "ผลลัพธ์ที่คาดว่าจะได้รับ",
    ),
}
"""The column headings of the table, by kind of document."""

FONT_FAMILY = ("Sarabun", "TH Sarabun New", "Noto Sans Thai")
"""Thai fonts, most wanted first (TH Sarabun New is the government's standard font)."""

_STATUS = r"(?:ดำเนินการ|สำเร็จ|ครบถ้วน|แล้วเสร็จ)"
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_COMPLETION = re.compile(
    _STATUS + r"[^0-9%\n]{0,40}?"
    rf"(?:ร้อยละ\s*(?P<words>{_NUMBER})|(?P<sign>{_NUMBER})\s*(?:%|เปอร์เซ็นต์))"
)


@attrs.frozen
class Completion:
    """Where a completion phrase stands in a cell's text, and the percent it states."""

    start: int
    end: int
    percent: Decimal


def find_completion(text: str) -> Completion | None:
    """The first completion phrase in *text* (Thai or Arabic digits), such as ``ดำเนินการครบถ้วน ๑๐๐ %``.

    A percent counts as the completion when a word of progress (ดำเนินการ,
    สำเร็จ, ครบถ้วน, แล้วเสร็จ) stands at most 40 characters before it.
    """
    match = _COMPLETION.search(to_arabic_digits(text))
    if match is None:
        return None
    return Completion(match.start(), match.end(), Decimal(match["words"] or match["sign"]))


def outcome_text(measure: Measure) -> str:
    """The outcome as written, with the completion stated first if the text does not state it."""
    if measure.completion is None:
        return measure.outcome
    found = find_completion(measure.outcome)
    if found is not None and found.percent == measure.completion:
        return measure.outcome
    phrase = (
        "ดำเนินการครบถ้วน 100 %"
        if measure.completion == 100
        else f"ดำเนินการแล้ว {measure.completion:f} %"
    )
    return f"{phrase} {measure.outcome}".strip()


def place(report: MeasureReport) -> str | None:
    """``อำเภอสามพราน จังหวัดนครปฐม``, or None when neither is known."""
    parts = []
    if report.district:
        parts.append(f"อำเภอ{report.district}")
    if report.province:
        parts.append(
            report.province if report.province == "กรุงเทพมหานคร" else f"จังหวัด{report.province}"
        )
    return " ".join(parts) or None
