"""A gap analysis as plain text, for a Thai or an English reader."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from itakit._text_table import table
from itakit._words import Lang
from itakit.thai import Digits, format_number, with_digits

if TYPE_CHECKING:
    from itakit.scoring.gaps import Gaps
    from itakit.scoring.route import Route

__all__ = ["gaps_text"]

_HEAD = {
    "th": ("ตัวชี้วัด", "คะแนน", "คะแนนที่เสีย", "เพิ่มตัวเดียวถึง {level}"),
    "en": ("indicator", "score", "points lost", "alone to {level}"),
}


def _number(value: Decimal | None, digits: Digits) -> str:
    return "—" if value is None else format_number(value, digits=digits, grouping=False)


def _route_line(route: Route, lang: Lang, digits: Digits) -> str:
    target = route.target.label_th if lang == "th" else route.target.label_en
    steps = route.describe(digits=digits)
    points = _number(route.points, digits)
    if lang == "th":
        return f"เส้นทางที่ใช้คะแนนน้อยที่สุดสู่ระดับ {target}: {steps} (รวม +{points} คะแนนตัวชี้วัด)"
    return f"cheapest route to {target}: {steps} (+{points} indicator points in all)"


def gaps_text(gaps: Gaps, *, lang: Lang, digits: Digits) -> str:
    """The indicators by points lost, then the total and the routes up."""
    # The last column: what each indicator alone needs to pass, or, once passed, to go up.
    target = gaps.to_pass.target if gaps.to_pass or gaps.to_next is None else gaps.to_next.target
    label = target.label_th if lang == "th" else target.label_en
    rows = [[*_HEAD[lang][:3], _HEAD[lang][3].format(level=label)]]
    for gap in gaps.largest():
        alone = gap.alone_to_pass if target == gaps.to_pass.target else gap.alone_to_next
        indicator = gap.indicator
        name = indicator.name_th if lang == "th" else indicator.name_en
        rows.append(
            [
                f"{with_digits(str(indicator.number), digits):>2}  {name}",
                _number(gap.score, digits),
                _number(gap.points_lost, digits),
                _number(alone, digits),
            ]
        )
    if not gaps.to_pass and gaps.to_next is None:  # at the top level: nothing left to reach
        rows = [row[:3] for row in rows]
    lines = table(rows, right=(False, True, True, True))
    card = gaps.card
    total, lost = _number(card.total, digits), _number(gaps.points_lost, digits)
    mark = format_number(gaps.pass_mark, decimals=0, digits=digits)
    level = card.level.label_th if lang == "th" else card.level.label_en
    if lang == "th":
        summary = f"คะแนนรวม {total} · ระดับ {level} · เสียไป {lost} คะแนน"
        if gaps.to_pass:
            summary += f" · ขาดอีก {_number(gaps.points_to_pass, digits)} คะแนนถึงเกณฑ์ผ่าน {mark}"
    else:
        summary = f"total {total} · level {level} · {lost} points lost"
        if gaps.to_pass:
            summary += f" · {_number(gaps.points_to_pass, digits)} short of the pass mark {mark}"
    lines += ["", summary]
    if gaps.to_pass:
        lines.append(_route_line(gaps.to_pass, lang, digits))
    if gaps.to_next is not None and gaps.to_next.target != gaps.to_pass.target:
        lines.append(_route_line(gaps.to_next, lang, digits))
    return "\n".join(lines)
