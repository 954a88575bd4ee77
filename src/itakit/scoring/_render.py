"""Score cards as plain text and as HTML, for a Thai or an English reader.

Text columns are padded by what a terminal shows (see
:mod:`itakit._text_table`).  Every piece of text that goes into HTML is escaped.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import TYPE_CHECKING

from itakit._locale import check_lang
from itakit._text_table import table
from itakit.scoring.provisional import provisional_note
from itakit.thai import Digits, check_digits, format_number, with_digits

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard

__all__ = ["card_html", "card_text", "check_lang", "number"]


def number(value: Decimal | int, digits: Digits, *, decimals: int = 2) -> str:
    """A published number in *digits*, without grouping."""
    return format_number(value, decimals=decimals, digits=digits, grouping=False)


def _weight(value: Decimal, digits: Digits) -> str:
    text = format(value.normalize(), "f")
    return with_digits(text, digits)


_WORDS = {
    "th": {
        "title": "ผลการประเมิน ITA",
        "indicator": "ตัวชี้วัด",
        "tool": "เครื่องมือ",
        "score": "คะแนน",
        "weight": "น้ำหนัก",
        "points": "คะแนนถ่วงน้ำหนัก",
        "total": "คะแนนรวม",
        "level": "ระดับ",
        "passed": "ถึงเกณฑ์ผ่าน {mark}",
        "failed": "ไม่ถึงเกณฑ์ผ่าน {mark}",
        "respondents": "ผู้ตอบ",
        "people": "คน",
        "confidence": "ความเชื่อมั่นของเกณฑ์",
    },
    "en": {
        "title": "ITA result",
        "indicator": "Indicator",
        "tool": "Tool",
        "score": "Score",
        "weight": "Weight",
        "points": "Points",
        "total": "Total",
        "level": "level",
        "passed": "passed: {mark} or more",
        "failed": "not passed: under {mark}",
        "respondents": "Respondents",
        "people": "",
        "confidence": "Confidence in the rules",
    },
}


def card_text(card: ScoreCard, *, lang: str, digits: Digits) -> str:
    """The plain-text table of one card."""
    words = _WORDS[check_lang(lang)]
    check_digits(digits)
    framework = card.framework
    thai = lang == "th"
    title = f"{words['title']} {framework.fiscal_year.format(lang='th' if thai else 'en', digits=digits)}"
    if card.agency is not None:
        title += f" · {card.agency}"
    lines = [title, ""]
    scores = card.indicator_scores
    rows = [["", words["indicator"], "", words["score"], words["weight"]]]
    for indicator in framework.indicators:
        rows.append(
            [
                with_digits(str(indicator.number), digits),
                indicator.name_th if thai else indicator.name_en,
                indicator.tool.value,
                number(scores[indicator.number], digits),
                _weight(indicator.weight, digits),
            ]
        )
    lines += table(rows, right=(True, False, False, True, True))
    lines.append("")
    tool_scores, tool_points, tool_weights = card.tool_scores, card.tool_points, card.tool_weights
    rows = [["", words["tool"], words["score"], words["points"]]]
    for tool in tool_scores:
        rows.append(
            [
                tool.value,
                tool.name_th if thai else tool.name_en,
                number(tool_scores[tool], digits),
                f"{number(tool_points[tool], digits)} / {_weight(tool_weights[tool], digits)}",
            ]
        )
    lines += table(rows, right=(False, False, True, True))
    lines.append("")
    mark = _weight(framework.levels.pass_mark, digits)
    verdict = (words["passed"] if card.passed else words["failed"]).format(mark=mark)
    level = str(card.level) if thai else card.level.label_en
    total = f"{number(card.total, digits)} / {with_digits('100', digits)}"
    lines.append(f"{words['total']}  {total}   {words['level']} {level} ({verdict})")
    note = _short_of(card, thai, digits)
    if note:
        lines.append(note)
    if card.respondents:
        people = f" {words['people']}" if words["people"] else ""
        counts = ", ".join(
            f"{tool.value} {number(count, digits, decimals=0)}{people}"
            for tool, count in card.respondents.items()
        )
        lines.append(f"{words['respondents']}: {counts}")
    confidence = card.confidence
    lines.append(f"{words['confidence']}: {confidence.label_th if thai else confidence.value}")
    note = provisional_note(card, lang=lang, digits=digits)
    if note is not None:
        lines.append(note)
    return "\n".join(lines)


def _short_of(card: ScoreCard, thai: bool, digits: Digits) -> str | None:
    """Why the card misses the next better level its total reaches, if a tool score is the reason."""
    levels = card.framework.levels.levels
    tool_scores = card.tool_scores
    for level in reversed(levels[: levels.index(card.level)]):
        least = level.min_tool_score
        if least is None or card.total < level.min_total:
            continue
        low = [
            f"{tool.value} {number(score, digits)}"
            for tool, score in tool_scores.items()
            if score < least
        ]
        bar = _weight(least, digits)
        if thai:
            return f"ไม่ถึงระดับ {level.label_th}: {', '.join(low)} ต่ำกว่า {bar}"
        return f"not {level.label_th} ({level.label_en}): {', '.join(low)} below {bar}"
    return None


def _cell(text: str, tag: str = "td", *, align: str | None = None) -> str:
    style = f' style="text-align:{align}"' if align else ""
    return f"<{tag}{style}>{text}</{tag}>"


def card_html(card: ScoreCard) -> str:
    """A compact HTML table of one card, Thai names with English beneath; all text escaped."""
    esc = html.escape
    framework = card.framework
    caption = f"ITA {esc(framework.fiscal_year.format(digits='arabic'))}"
    if card.agency is not None:
        caption += f" · {esc(str(card.agency))}"
    head = "".join(
        _cell(esc(text), "th")
        for text in ("#", "ตัวชี้วัด / indicator", "", "คะแนน / score", "น้ำหนัก / weight")
    )
    rows = [f"<tr>{head}</tr>"]
    scores = card.indicator_scores
    for indicator in framework.indicators:
        rows.append(
            "<tr>"
            + _cell(str(indicator.number))
            + _cell(f"{esc(indicator.name_th)}<br><small>{esc(indicator.name_en)}</small>")
            + _cell(esc(indicator.tool.value))
            + _cell(esc(str(scores[indicator.number])), align="right")
            + _cell(esc(_weight(indicator.weight, "arabic")), align="right")
            + "</tr>"
        )
    tool_scores, tool_points, tool_weights = card.tool_scores, card.tool_points, card.tool_weights
    for tool in tool_scores:
        rows.append(
            "<tr>"
            + _cell(esc(tool.value), "th")
            + _cell(f"{esc(tool.name_th)}<br><small>{esc(tool.name_en)}</small>")
            + _cell("")
            + _cell(esc(str(tool_scores[tool])), align="right")
            + _cell(
                esc(f"{tool_points[tool]} / {_weight(tool_weights[tool], 'arabic')}"), align="right"
            )
            + "</tr>"
        )
    verdict = "ผ่านเกณฑ์ / passed" if card.passed else "ไม่ถึงเกณฑ์ / not passed"
    rows.append(
        "<tr>"
        + _cell("", "th")
        + _cell("<b>คะแนนรวม / total</b>")
        + _cell("")
        + _cell(f"<b>{esc(str(card.total))}</b>", align="right")
        + _cell("100", align="right")
        + "</tr>"
    )
    rows.append(
        "<tr>"
        + _cell("", "th")
        + _cell(
            f"ระดับ / level: <b>{esc(str(card.level))}</b> ({esc(card.level.label_en)}),"
            f" {esc(verdict)}"
        )
        + _cell("")
        + _cell("")
        + _cell("")
        + "</tr>"
    )
    footer = f"confidence: {esc(card.confidence.value)} ({esc(card.confidence.label_th)})"
    note = provisional_note(card, lang="th")
    if note is not None:
        english = provisional_note(card, lang="en")
        footer += f'<br><span class="itakit-provisional">{esc(note)}<br>{esc(english or "")}</span>'
    if card.respondents:
        counts = ", ".join(f"{t.value} {n}" for t, n in card.respondents.items())
        footer = f"respondents / ผู้ตอบ: {esc(counts)} · " + footer
    return (
        f'<table class="itakit-scorecard"><caption>{caption}</caption>'
        + "".join(rows)
        + f"</table><small>{footer}</small>"
    )
