"""A framework as a plain-text page: what ``itakit show`` prints.

Indicators with their tool, weight, confidence and sources; each indicator's
questions (scale, reversed marks, sub-items, notes) or OIT items by
sub-indicator; answer scales; levels with their bands and conditions; sources
and notes.  Thai or English words, Thai or Arabic digits.

>>> import itakit
>>> page = describe_framework(itakit.framework(2564), lang="en")
>>> print("\\n".join(page.splitlines()[10:13]))
Indicators
  #   indicator                   tool  weight  confidence  sources
  1   performance of duty         IIT   6       verified    nacc-2564-g2
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from itakit._locale import Lang, check_lang
from itakit._text_table import table
from itakit.rules.carry import confidence_table
from itakit.rules.framework import Rules
from itakit.rules.indicators import Question
from itakit.rules.provenance import Confidence
from itakit.rules.registry import Edition
from itakit.thai import Digits, check_digits, with_digits

__all__ = ["describe_confidence", "describe_editions", "describe_framework"]


_WORDS = {
    "th": {
        "confidence": "ความเชื่อมั่นโดยรวม",
        "indicators": "ตัวชี้วัด",
        "number": "ข้อ",
        "indicator": "ตัวชี้วัด",
        "tool": "เครื่องมือ",
        "weight": "น้ำหนัก",
        "trust": "ความเชื่อมั่น",
        "sources": "แหล่งอ้างอิง",
        "total": "รวม",
        "questions": "ข้อคำถาม",
        "code": "ข้อ",
        "scale": "มาตรวัด",
        "polarity": "ทิศทางคะแนน",
        "reversed": "กลับด้าน",
        "subitems": "ข้อย่อย",
        "text": "ข้อความ",
        "note": "หมายเหตุ",
        "none": "ฉบับนี้ไม่มีรายการข้อคำถาม (ไม่ทราบ): คิดคะแนนจากค่าของตัวชี้วัด",
        "scales": "มาตรวัดคำตอบ",
        "levels": "ระดับผลการประเมิน",
        "level": "ระดับ",
        "band": "ช่วงคะแนนรวม",
        "condition": "เงื่อนไข",
        "every_tool": "และคะแนน IIT, EIT, OIT ทุกเครื่องมือ ≥ {}",
        "pass_mark": "เกณฑ์ผ่าน",
        "notes": "หมายเหตุ",
        "year": "ปีงบประมาณ",
        "weights": "น้ำหนัก",
        "overall": "ความเชื่อมั่นโดยรวม",
        "title": "ชื่อ",
        "part": "ส่วน",
        "count": "จำนวน",
        "provisional": "ที่เป็นสมมติฐานชั่วคราว",
        "oit_rule": "กฎคะแนน OIT",
        "unknown_points": "ไม่ทราบคะแนน",
        "alternative": "ทางเลือกแทน {} สำหรับ {}",
        "all": "ทั้งหมด",
    },
    "en": {
        "confidence": "Overall confidence",
        "indicators": "Indicators",
        "number": "#",
        "indicator": "indicator",
        "tool": "tool",
        "weight": "weight",
        "trust": "confidence",
        "sources": "sources",
        "total": "total",
        "questions": "Questions",
        "code": "code",
        "scale": "scale",
        "polarity": "polarity",
        "reversed": "reversed",
        "subitems": "sub-items",
        "text": "text",
        "note": "note",
        "none": "no items in this edition (unknown): scored from the indicator's value",
        "scales": "Answer scales",
        "levels": "Levels",
        "level": "level",
        "band": "total",
        "condition": "condition",
        "every_tool": "and IIT, EIT, OIT each ≥ {}",
        "pass_mark": "pass mark",
        "notes": "Notes",
        "year": "FY",
        "weights": "weights",
        "overall": "confidence",
        "title": "title",
        "part": "part",
        "count": "values",
        "provisional": "provisional",
        "oit_rule": "OIT rule",
        "unknown_points": "points unknown",
        "alternative": "alternative to {} for {}",
        "all": "all",
    },
}
_INDENT = "  "
_PARTS = {
    "th": {
        "weights": "น้ำหนักตัวชี้วัด",
        "levels": "ระดับผลการประเมิน",
        "questions": "ข้อคำถาม",
        "scales": "มาตรวัดคำตอบ",
        "oit_rule": "กฎคะแนน OIT",
    },
    "en": {
        "weights": "indicator weights",
        "levels": "levels",
        "questions": "questions",
        "scales": "answer scales",
        "oit_rule": "OIT rule",
    },
}


def describe_framework(framework: Rules, *, lang: Lang = "th", digits: Digits | None = None) -> str:
    """The framework as plain text, in Thai (``lang="th"``) or English words.

    *digits* defaults to Thai digits for Thai and Arabic digits for English.
    Names and notes the framework has only in Thai are shown in Thai.

    >>> import itakit
    >>> print(describe_framework(itakit.framework(2567)).splitlines()[1])
    ปีงบประมาณ พ.ศ. ๒๕๖๗
    """
    _words(lang)
    return _Page(framework, lang, _digits(lang, digits)).text()


def describe_editions(
    editions: Iterable[Edition], *, lang: Lang = "th", digits: Digits | None = None
) -> str:
    """A table of editions: year, overall confidence, weights', levels' and title.

    >>> import itakit
    >>> print(describe_editions(itakit.frameworks()[:2], lang="en"), end="")
    FY    confidence   weights   levels   title
    2563  provisional  verified  sourced  Integrity and Transparency Assessment (ITA), FY 2563
    2564  provisional  verified  sourced  Integrity and Transparency Assessment (ITA), FY 2564
    """
    words = _words(lang)
    chosen = _digits(lang, digits)

    def label(confidence: Confidence) -> str:
        return confidence.label_th if lang == "th" else confidence.value

    rows: list[str | list[str]] = [
        [words["year"], words["overall"], words["weights"], words["levels"].lower(), words["title"]]
    ]
    for edition in editions:
        rows.append(
            [
                with_digits(str(edition.fiscal_year), chosen),
                label(edition.confidence),
                label(edition.weights_confidence),
                label(edition.levels_confidence),
                with_digits(edition.title_th if lang == "th" else edition.title_en, chosen),
            ]
        )
    return "\n".join(table(rows)) + "\n"


def describe_confidence(
    framework: Rules, *, lang: Lang = "th", digits: Digits | None = None
) -> str:
    """How sure an edition is, part by part: what ``itakit edition check`` prints.

    >>> import itakit
    >>> print(describe_confidence(itakit.framework(2564), lang="en"), end="")
    FY 2564: confidence provisional
      part               confidence   values  provisional
      indicator weights  verified     10
      levels             sourced      1
      questions          provisional  88      i11, i18, e1–e15
      answer scales      sourced      2
      OIT rule           verified     1
    """
    words = _words(lang)
    page = _Page(framework, lang, _digits(lang, digits))
    head = (
        f"{page.n(framework.fiscal_year.format(lang=lang, digits=page.digits))}:"
        f" {words['confidence'].lower() if lang == 'en' else words['confidence']}"
        f" {page.trust(framework.confidence)}"
    )
    if lang == "en":
        head = f"FY {page.n(framework.fiscal_year)}: confidence {page.trust(framework.confidence)}"
    return "\n".join([head, *page.confidence_rows()]) + "\n"


def _runs(codes: tuple[str, ...]) -> str:
    """Codes such as i1, i2, i3, e5 as runs: ``i1–i3, e5``."""
    runs: list[list[str]] = []
    for code in codes:
        previous = runs[-1][-1] if runs else None
        if (
            previous is not None
            and previous[:1] == code[:1]
            and previous[1:].isdigit()
            and code[1:].isdigit()
            and int(code[1:]) == int(previous[1:]) + 1
        ):
            runs[-1].append(code)
        else:
            runs.append([code])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def _words(lang: object) -> dict[str, str]:
    return _WORDS[check_lang(lang)]


def _digits(lang: Lang, digits: Digits | None) -> Digits:
    return check_digits(digits or ("thai" if lang == "th" else "arabic"))


class _Page:
    def __init__(self, framework: Rules, lang: Lang, digits: Digits) -> None:
        self.fw = framework
        self.lang = lang
        self.digits = digits
        self.words = _WORDS[lang]
        self.shared: set[str] = set()

    def n(self, value: object) -> str:
        """*value* as text, written with the page's digits."""
        return with_digits(str(value), self.digits)

    def trust(self, confidence: Confidence) -> str:
        return confidence.label_th if self.lang == "th" else confidence.value

    def name(self, thai: str, english: str | None) -> str:
        return thai if self.lang == "th" or not english else english

    def confidence_rows(self) -> list[str]:
        w = self.words
        parts = _PARTS[self.lang]
        rows = [[w["part"], w["trust"], w["count"], w["provisional"]]]
        for row in confidence_table(self.fw):
            provisional = (
                w["all"]
                if row.provisional and len(row.provisional) == row.count and row.count > 1
                else _runs(row.provisional)
                if row.part == "questions"
                else ", ".join(row.provisional)
            )
            if row.part in ("levels", "oit_rule"):
                provisional = ""
            rows.append(
                [
                    parts[row.part],
                    self.trust(row.confidence),
                    self.n(row.count),
                    self.n(provisional),
                ]
            )
        return table(rows, indent=_INDENT)

    def text(self) -> str:
        fw, w = self.fw, self.words
        lines = [
            self.n(fw.title_th if self.lang == "th" else fw.title_en),
            fw.fiscal_year.format(lang=self.lang, digits=self.digits),
            f"{w['confidence']}: {self.trust(fw.confidence)}",
            *self.confidence_rows(),
            "",
        ]
        sections = (
            self.indicators,
            self.questions,
            self.scales,
            self.levels,
            self.oit_rule,
            self.sources,
        )
        for section in sections:
            lines += [*section(), ""]
        if fw.notes:
            lines.append(w["notes"])
            lines += [f"{_INDENT}- {self.n(note)}" for note in fw.notes]
        return "\n".join(lines).rstrip("\n") + "\n"

    def indicators(self) -> list[str]:
        w = self.words
        rows = [[w["number"], w["indicator"], w["tool"], w["weight"], w["trust"], w["sources"]]]
        for i in self.fw.indicators:
            rows.append(
                [
                    self.n(i.number),
                    self.name(i.name_th, i.name_en),
                    i.tool.value,
                    self.n(i.weight),
                    self.trust(i.confidence),
                    ", ".join(i.sources),
                ]
            )
        total = sum(i.weight for i in self.fw.indicators)
        rows.append(["", w["total"], "", self.n(total), "", ""])
        notes: dict[str, list[int]] = {}
        for i in self.fw.indicators:
            if i.note:
                notes.setdefault(i.note, []).append(i.number)
        lines = [
            f"{_INDENT}{w['note']} ({self.n(_numbers(numbers))}): {self.n(note)}"
            for note, numbers in notes.items()
        ]
        return [w["indicators"], *table(rows, indent=_INDENT), *lines]

    def questions(self) -> list[str]:
        counts = Counter(q.note for q in self.fw.questions if q.note)
        self.shared = {note for note, count in counts.items() if count > 3}
        rows: list[str | list[str]] = []
        for indicator in self.fw.indicators:
            rows.append(
                f"{_INDENT}{self.words['indicator']} {self.n(indicator.number)}"
                f" {self.name(indicator.name_th, indicator.name_en)} ({indicator.tool.value})"
            )
            questions = self.fw.questions_of(indicator)
            if not questions:
                rows.append(f"{_INDENT * 2}({self.words['none']})")
            rows += self.question_rows(q for q in questions if q.sub_indicator is None)
            for sub in indicator.sub_indicators:
                rows.append(
                    f"{_INDENT * 2}{self.n(sub.code)} {self.name(sub.name_th, sub.name_en)}"
                )
                rows += self.question_rows(self.fw.questions_of_sub_indicator(sub), nested=True)
        shared = [
            f"{_INDENT}{self.words['note']} ({self.n(_runs(tuple(q.code for q in self.fw.questions if q.note == note)))}):"
            f" {self.n(note)}"
            for note in counts
            if note in self.shared
        ]
        return [self.words["questions"], *table(rows, indent=_INDENT * 2), *shared]

    def question_rows(
        self, questions: Iterable[Question], *, nested: bool = False
    ) -> list[str | list[str]]:
        indent = _INDENT if nested else ""
        rows: list[str | list[str]] = []
        for question in questions:
            rows.append(
                [
                    indent + self.n(question.code),
                    self.name(question.scale.name_th, question.scale.name_en),
                    self.polarity(question),
                    self.n(", ".join(item.code for item in question.subitems)),
                    self.trust(question.confidence),
                    self.name(question.text_th or "", question.text_en),
                ]
            )
            if question.note and question.note not in self.shared:
                rows.append(f"{_INDENT * 3}{indent}{self.words['note']}: {self.n(question.note)}")
        return rows

    def polarity(self, question: Question) -> str:
        reversed_items = [item.code for item in question.subitems if item.reversed]
        if question.reversed or (
            question.subitems and len(reversed_items) == len(question.subitems)
        ):
            return self.words["reversed"]
        if reversed_items:
            return f"{self.words['reversed']}: {self.n(', '.join(reversed_items))}"
        return ""

    def scales(self) -> list[str]:
        rows: list[str | list[str]] = []
        for scale in self.fw.scales:
            choices = " · ".join(
                self.name(choice.label_th, choice.label_en)
                + ("" if choice.points is None else f" {self.n(choice.points)}")
                for choice in scale.choices
            )
            if not scale.points_known:
                choices += f" ({self.words['unknown_points']})"
            rows.append(
                [
                    scale.key,
                    self.name(scale.name_th, scale.name_en),
                    self.trust(scale.confidence),
                    choices,
                ]
            )
            if scale.replaces is not None:
                tool = scale.tool.value if scale.tool is not None else "IIT, EIT, OIT"
                rows.append(
                    f"{_INDENT * 2}{self.words['alternative'].format(scale.replaces, tool)}"
                )
            if scale.note:
                rows.append(f"{_INDENT * 2}{self.words['note']}: {self.n(scale.note)}")
        return [self.words["scales"], *(table(rows, indent=_INDENT) if rows else [])]

    def oit_rule(self) -> list[str]:
        rule = self.fw.oit_rule
        description = rule.kind.description_th if self.lang == "th" else rule.kind.description_en
        head = f"{self.words['oit_rule']} ({rule.kind.value}; {self.trust(rule.confidence)}"
        head += f"; {', '.join(rule.sources)})" if rule.sources else ")"
        lines = [head, f"{_INDENT}{description}"]
        if rule.note:
            lines.append(f"{_INDENT}{self.words['note']}: {self.n(rule.note)}")
        return lines

    def levels(self) -> list[str]:
        w, scheme = self.words, self.fw.levels
        rows = [[w["level"], w["band"], w["condition"]]]
        for level, (_, lower, upper) in zip(scheme.levels, scheme.bands(), strict=True):
            condition = (
                ""
                if level.min_tool_score is None
                else w["every_tool"].format(self.n(level.min_tool_score))
            )
            rows.append(
                [self.name(level.label_th, level.label_en), self.n(f"{lower}–{upper}"), condition]
            )
        head = (
            f"{w['levels']} ({w['pass_mark']} {self.n(scheme.pass_mark)};"
            f" {self.trust(scheme.confidence)}"
            + (f"; {', '.join(scheme.sources)}" if scheme.sources else "")
            + ")"
        )
        lines = [head, *table(rows, indent=_INDENT)]
        if scheme.note:
            lines.append(f"{_INDENT}{w['note']}: {self.n(scheme.note)}")
        return lines

    def sources(self) -> list[str]:
        lines = [self.words["sources"].capitalize()]
        for source in self.fw.sources:
            lines.append(f"{_INDENT}{source.key}: {source.citation}")
            if source.url:
                lines.append(f"{_INDENT * 2}{source.url}")
            if source.note:
                lines.append(f"{_INDENT * 2}{source.note}")
        return lines


def _numbers(numbers: list[int]) -> str:
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(str(number) for number in numbers)
