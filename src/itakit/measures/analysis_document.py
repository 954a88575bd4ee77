"""The yearly analysis document: the ITA result analysed, and the plan of measures that follows from it.

Every agency writes it once a year, after its result is published (OIT item
O25, *การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร*, from ITA 2569; before, item o42 of
FY 2564's list with its analysis).  :func:`analysis_document` builds it, in
Thai, from the agency's score card:

1. the result: each indicator, each tool, the total and the level, beside last
   year's and the change;
2. where the points were lost: the indicators, most costly first, and, when the
   card has question scores (scored from raw answers), the questions that cost
   most (:meth:`itakit.ScoreCard.costly_questions`);
3. what changed in the rules between last year's edition and this year's
   (:func:`itakit.diff_frameworks`), since a score can move because the rules did;
4. strengths (indicators at or above the pass mark) and weaknesses (below it);
5. last year's measures and their effect (:func:`~itakit.measures.effect`), when
   last year's plan or report is given;
6. the plan of measures for the coming year: the plan given, or a draft
   (:func:`~itakit.measures.draft_plan`) for the officer to fill in.

It renders to Markdown, HTML and Word through the same renderers as plans and
reports, in the same table layout; :func:`~itakit.measures.parse_report`
reads any of them back as a :class:`~itakit.measures.MeasureReport` of kind
``ANALYSIS`` (:meth:`AnalysisDocument.to_report`).
"""

from __future__ import annotations

from decimal import Decimal
from os import PathLike, fspath
from typing import TYPE_CHECKING, Any

import attrs

from itakit.errors import InputTypeError, ValidationError
from itakit.measures import _blocks as blocks_
from itakit.measures._report_blocks import ANALYSIS_TITLE, plan_blocks, report_title_lines
from itakit.measures._weak import check_scores
from itakit.measures.effect import Effect, effect
from itakit.measures.model import MeasureReport, ReportKind
from itakit.thai import Digits, format_number, with_digits

if TYPE_CHECKING:
    from itakit.rules.diff import FrameworkDiff

__all__ = ["AnalysisDocument", "analysis_document"]

_CHANGE_TH = {
    "INDICATOR_ADDED": "ตัวชี้วัดที่เพิ่มขึ้น",
    "INDICATOR_REMOVED": "ตัวชี้วัดที่ยกเลิก",
    "INDICATOR_RENAMED": "ตัวชี้วัดที่เปลี่ยนชื่อ",
    "INDICATOR_TOOL": "ตัวชี้วัดที่ย้ายเครื่องมือ",
    "WEIGHT": "น้ำหนักคะแนนที่เปลี่ยนไป",
    "WEIGHT_CONFIDENCE": "ความเชื่อมั่นของน้ำหนักคะแนน",
    "SUB_INDICATOR_ADDED": "ตัวชี้วัดย่อยที่เพิ่มขึ้น",
    "SUB_INDICATOR_REMOVED": "ตัวชี้วัดย่อยที่ยกเลิก",
    "QUESTION_ADDED": "ข้อคำถามที่เพิ่มขึ้น",
    "QUESTION_REMOVED": "ข้อคำถามที่ยกเลิก",
    "QUESTION_MOVED": "ข้อคำถามที่ย้ายตัวชี้วัด",
    "QUESTION_SCALE": "ข้อคำถามที่เปลี่ยนมาตรวัดคำตอบ",
    "QUESTION_POLARITY": "ข้อคำถามที่เปลี่ยนทิศทางการให้คะแนน",
    "QUESTION_SUB_ITEMS": "ข้อคำถามที่เปลี่ยนข้อย่อย",
    "QUESTION_TEXT": "ข้อคำถามที่ปรับถ้อยคำ",
    "QUESTION_CONFIDENCE": "ความเชื่อมั่นของข้อคำถาม",
    "SCALE": "มาตรวัดคำตอบที่เปลี่ยนไป",
    "SCALE_CONFIDENCE": "ความเชื่อมั่นของมาตรวัดคำตอบ",
    "LEVELS": "เกณฑ์ระดับผลการประเมินที่เปลี่ยนไป",
    "PASS_MARK": "เกณฑ์ผ่านที่เปลี่ยนไป",
    "LEVELS_CONFIDENCE": "ความเชื่อมั่นของเกณฑ์ระดับผลการประเมิน",
}
_COSTLY = 10


def _number(value: Decimal | None, digits: Digits, *, sign: bool = False) -> str:
    if value is None:
        return "–"
    text = format_number(value, digits="arabic")
    if sign and value > 0:
        text = "+" + text
    return with_digits(text, digits)


@attrs.frozen
class AnalysisDocument:
    """The analysis of one year's ITA result with the plan that follows (from :func:`analysis_document`).

    *fiscal_year* is the year of the plan's measures, one after the result's;
    the document is filed under that year's assessment.
    """

    card: Any
    """The result analysed (a :class:`itakit.ScoreCard`)."""
    previous: Any | None
    """Last year's result, if given."""
    plan: MeasureReport
    """The plan of measures for the coming year."""
    changes: FrameworkDiff | None
    """What changed in the rules from last year's edition to this year's (None without *previous*)."""
    effect: Effect | None
    """How last year's measures fared (None unless last year's measures and result were given)."""
    agency: str
    district: str | None = None
    province: str | None = None

    def __repr__(self) -> str:
        return (
            f"<AnalysisDocument {self.agency} FY {self.result_year} → plan FY {self.fiscal_year}:"
            f" {len(self.plan.measures)} measures>"
        )

    @property
    def result_year(self) -> int:
        """The fiscal year of the result analysed."""
        return int(self.card.framework.fiscal_year)

    @property
    def fiscal_year(self) -> int:
        """The fiscal year of the plan's measures."""
        return int(self.plan.fiscal_year)

    @property
    def item(self) -> str:
        """The OIT item it is published as: ``O25`` from ITA 2569, before that ``o42`` (FY 2564's numbering)."""
        return "O25" if self.fiscal_year >= 2569 else "o42"

    # -- the document's parts --------------------------------------------------

    def _result(self, digits: Digits) -> list[blocks_.Block]:
        card, previous = self.card, self.previous
        year, last = (
            self.result_year,
            None if previous is None else int(previous.framework.fiscal_year),
        )
        heading = f"คะแนนการประเมิน ITA ปีงบประมาณ พ.ศ. {year}" + (
            f" เทียบกับปีงบประมาณ พ.ศ. {last}" if last is not None else ""
        )
        total = card.total
        sentence = (
            f"{self.agency} ได้คะแนนรวม {_number(total, 'arabic')} คะแนน อยู่ในระดับ {card.level}"
        )
        if previous is not None:
            change = total - previous.total
            direction = "เพิ่มขึ้น" if change > 0 else "ลดลง" if change < 0 else "เท่าเดิม"
            sentence += (
                f" (ปีงบประมาณ พ.ศ. {last}: {_number(previous.total, 'arabic')} คะแนน ระดับ"
                f" {previous.level}) {direction}"
                + (f" {_number(abs(change), 'arabic')} คะแนน" if change else "")
            )
        header = ["ตัวชี้วัด / เครื่องมือ", f"ปี {year}"]
        if previous is not None:
            header[1:1] = [f"ปี {last}"]
            header.append("เปลี่ยนแปลง")
        rows: list[blocks_.Row] = []

        def row(label: str, now: Decimal | None, then: Decimal | None) -> blocks_.Row:
            cells = [label, _number(now, digits)]
            if previous is not None:
                change = None if now is None or then is None else now - then
                cells[1:1] = [_number(then, digits)]
                cells.append(_number(change, digits, sign=True))
            return blocks_.Row(tuple(with_digits(c, digits) for c in cells))

        for indicator in card.framework.indicators:
            number = indicator.number
            then = None if previous is None else previous.indicator_scores.get(number)
            rows.append(
                row(
                    f"ตัวชี้วัดที่ {number} {indicator.name_th}",
                    card.indicator_scores.get(number),
                    then,
                )
            )
        for tool, score in card.tool_scores.items():
            then = None if previous is None else previous.tool_scores.get(tool)
            rows.append(row(f"{tool.value} (ร้อยละ)", score, then))
        rows.append(row("คะแนนรวม", total, None if previous is None else previous.total))
        level_cells = ["ระดับผลการประเมิน", str(card.level)]
        if previous is not None:
            level_cells[1:1] = [str(previous.level)]
            level_cells.append("")
        rows.append(blocks_.Row(tuple(level_cells)))
        widths = (10.0, 3.0, 3.0, 3.0) if previous is not None else (10.0, 3.0)
        centred = frozenset(range(1, len(header)))
        return [
            blocks_.Heading(with_digits(heading, digits)),
            blocks_.Paragraphs((with_digits(sentence, digits),)),
            blocks_.Table(
                tuple(with_digits(cell, digits) for cell in header),
                tuple(rows),
                widths,
                centred=centred,
            ),
        ]

    def _lost(self, digits: Digits) -> list[blocks_.Block]:
        card = self.card
        gaps = sorted(
            (gap for gap in card.gaps().indicators if gap.points_lost > 0),
            key=lambda gap: (-gap.points_lost, gap.indicator.number),
        )
        out: list[blocks_.Block] = [blocks_.Heading("คะแนนที่เสียไป")]
        if not gaps:
            out.append(blocks_.Paragraphs(("ทุกตัวชี้วัดได้คะแนนเต็ม",)))
            return out
        out.append(
            blocks_.Paragraphs(
                (
                    "คะแนนที่เสียไปของแต่ละตัวชี้วัด คิดเป็นคะแนนจากคะแนนรวม ๑๐๐ คะแนน"
                    " (น้ำหนักของตัวชี้วัด × คะแนนที่ขาดไป) เรียงจากมากไปน้อย",
                )
                if digits == "thai"
                else (
                    "คะแนนที่เสียไปของแต่ละตัวชี้วัด คิดเป็นคะแนนจากคะแนนรวม 100 คะแนน"
                    " (น้ำหนักของตัวชี้วัด × คะแนนที่ขาดไป) เรียงจากมากไปน้อย",
                )
            )
        )
        rows = tuple(
            blocks_.Row(
                (
                    with_digits(f"ตัวชี้วัดที่ {gap.indicator.number} {gap.indicator.name_th}", digits),
                    gap.indicator.tool.value,
                    _number(gap.score, digits),
                    _number(gap.points_lost, digits),
                )
            )
            for gap in gaps
        )
        out.append(
            blocks_.Table(
                ("ตัวชี้วัด", "เครื่องมือ", "คะแนน", "คะแนนที่เสียไป"),
                rows,
                (10.0, 2.0, 3.0, 3.0),
                centred=frozenset({1, 2, 3}),
            )
        )
        if getattr(card, "question_scores", None):
            costly = [row for row in card.costly_questions(_COSTLY) if row.points_lost > 0]
            if costly:
                out.append(
                    blocks_.Paragraphs(
                        (with_digits(f"ข้อคำถามที่เสียคะแนนมากที่สุด {len(costly)} ข้อ", digits),)
                    )
                )
                out.append(
                    blocks_.Table(
                        ("ข้อ", "ตัวชี้วัด", "คะแนน", "คะแนนที่เสียไป", "ข้อคำถาม"),
                        tuple(
                            blocks_.Row(
                                (
                                    with_digits(row.code, digits),
                                    with_digits(str(row.indicator.number), digits),
                                    _number(row.score, digits),
                                    _number(row.points_lost, digits),
                                    row.text_th or "–",
                                )
                            )
                            for row in costly
                        ),
                        (2.0, 2.0, 2.5, 3.0, 10.0),
                        centred=frozenset({0, 1, 2, 3}),
                    )
                )
        return out

    def _rules(self, digits: Digits) -> list[blocks_.Block]:
        if self.changes is None or self.previous is None:
            return []
        last = int(self.previous.framework.fiscal_year)
        heading = f"การเปลี่ยนแปลงหลักเกณฑ์การประเมิน ปี {last} และปี {self.result_year}"
        if not self.changes:
            texts = ["หลักเกณฑ์ของทั้งสองปีเหมือนกันตามข้อมูลที่ itakit มี"]
        else:
            texts = [
                "หลักเกณฑ์ที่เปลี่ยนไประหว่างสองปี ตามข้อมูลหลักเกณฑ์ที่ itakit มี"
                " (บางรายการเป็นข้อมูลที่อนุมาน ดูระดับความเชื่อมั่นของแต่ละปี)"
            ]
            for change in self.changes:
                texts.append(f"- {_CHANGE_TH.get(change.kind.name, change.kind.value)}: {change}")
        return [
            blocks_.Heading(with_digits(heading, digits)),
            blocks_.Paragraphs(tuple(with_digits(text, digits) for text in texts)),
        ]

    def _strengths(self, digits: Digits) -> list[blocks_.Block]:
        card = self.card
        mark = card.framework.levels.pass_mark
        scored = [
            (i, card.indicator_scores[i.number])
            for i in card.framework.indicators
            if i.number in card.indicator_scores
        ]
        strong = sorted((p for p in scored if p[1] >= mark), key=lambda p: (-p[1], p[0].number))
        weak = sorted((p for p in scored if p[1] < mark), key=lambda p: (p[1], p[0].number))

        def listed(pairs: list[Any]) -> str:
            return " ".join(
                f"ตัวชี้วัดที่ {i.number} {i.name_th} ({format_number(s, digits='arabic')})"
                for i, s in pairs
            )

        texts = [
            f"จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ {format_number(mark, digits='arabic')} ขึ้นไป): "
            + (listed(strong) or "ไม่มี"),
            f"จุดที่ควรพัฒนา (ตัวชี้วัดที่ได้คะแนนต่ำกว่า {format_number(mark, digits='arabic')}): "
            + (listed(weak) or "ไม่มี"),
        ]
        return [
            blocks_.Heading("จุดแข็งและจุดที่ควรพัฒนา"),
            blocks_.Paragraphs(tuple(with_digits(text, digits) for text in texts)),
        ]

    def _effect(self, digits: Digits) -> list[blocks_.Block]:
        result = self.effect
        if result is None:
            return []
        level = "ข้อคำถาม" if result.level == "questions" else "ตัวชี้วัด"
        heading = f"ผลของมาตรการปีงบประมาณ พ.ศ. {result.after_year}"
        texts = [
            f"คะแนนของ{level}ที่มาตรการแต่ละข้อมุ่งยกระดับ ในผลการประเมินปี {result.before_year}"
            f" (ก่อนดำเนินมาตรการ) และปี {result.after_year} (หลังดำเนินมาตรการ)",
            f"{level}ที่มีมาตรการ: เปลี่ยนแปลงเฉลี่ย {_number(result.targeted_change, 'arabic', sign=True)}"
            f" คะแนน ({len(result.targeted)} {level}) · {level}ที่ไม่มีมาตรการ: เปลี่ยนแปลงเฉลี่ย"
            f" {_number(result.untargeted_change, 'arabic', sign=True)} คะแนน"
            f" ({len(result.untargeted)} {level})",
        ]
        rows = tuple(blocks_.Row(cells) for cells in result.rows(digits=digits))
        return [
            blocks_.Heading(with_digits(heading, digits)),
            blocks_.Paragraphs(tuple(with_digits(text, digits) for text in texts)),
            blocks_.Table(
                (
                    "มาตรการปีที่ผ่านมา",
                    f"{level}เป้าหมาย",
                    with_digits(f"คะแนนปี {result.before_year}", digits),
                    with_digits(f"คะแนนปี {result.after_year}", digits),
                    "เปลี่ยนแปลง",
                ),
                rows,
                (10.0, 4.0, 2.5, 2.5, 2.5),
                centred=frozenset({1, 2, 3, 4}),
            ),
        ]

    def analysis_blocks(self, *, digits: Digits | None = None) -> list[blocks_.Block]:
        """The analysis part (everything before the plan), as the renderers' blocks."""
        shown = blocks_.document_digits(digits)
        return [
            *self._result(shown),
            *self._lost(shown),
            *self._rules(shown),
            *self._strengths(shown),
            *self._effect(shown),
        ]

    def blocks(self, *, digits: Digits | None = None) -> list[blocks_.Block]:
        """The whole document as the renderers' blocks."""
        shown = blocks_.document_digits(digits)
        report = self.to_report(digits=shown)
        title = blocks_.TitleBlock(tuple(report_title_lines(report, shown)))
        return [
            title,
            *self.analysis_blocks(digits=shown),
            *plan_blocks(report, shown, page_break=True),
        ]

    def to_report(self, *, digits: Digits | None = None) -> MeasureReport:
        """The document as :func:`~itakit.measures.parse_report` reads it back from any rendering.

        A :class:`MeasureReport` of kind ``ANALYSIS``: the analysis as paragraphs
        (``.analysis``; a table row's cells joined by a middle dot), then the plan's
        introduction and groups.
        """
        from itakit.measures._blocks import flatten

        return MeasureReport(
            kind=ReportKind.ANALYSIS,
            title=ANALYSIS_TITLE,
            agency=self.agency,
            district=self.district,
            province=self.province,
            fiscal_year=self.plan.fiscal_year,
            answers_fiscal_year=self.plan.answers_fiscal_year,
            assessment=self.plan.fiscal_year,
            analysis=flatten(self.analysis_blocks(digits=digits)),
            introduction=self.plan.introduction,
            groups=self.plan.groups,
            closing=self.plan.closing,
        )

    # -- rendering ---------------------------------------------------------------

    def to_markdown(self, *, digits: Digits | None = None) -> str:
        """The document as Markdown (``parse_report`` reads it back as :meth:`to_report`)."""
        return blocks_.to_markdown(self.blocks(digits=digits))

    def to_html(self, *, digits: Digits | None = None, embed_font: bool | None = None) -> str:
        """The document as a standalone HTML page, its Thai font inlined (see :func:`~itakit.measures.render_html`)."""
        return blocks_.to_html(
            self.blocks(digits=digits),
            page_title=f"{ANALYSIS_TITLE} — {self.agency}",
            embed_font=embed_font,
        )

    def to_docx(self, path: str | PathLike[str], *, digits: Digits | None = None) -> None:
        """Write the document as a Word file (needs the ``docx`` extra)."""
        if not isinstance(path, str | PathLike):
            raise InputTypeError(f"to_docx() needs a file path (got {path!r})", value=path)
        blocks_.to_docx(self.blocks(digits=digits), fspath(path))


def analysis_document(
    card: Any,
    *,
    previous: Any | None = None,
    plan: MeasureReport | None = None,
    last_measures: MeasureReport | None = None,
    agency: str | None = None,
    district: str | None = None,
    province: str | None = None,
    framework: Any | None = None,
) -> AnalysisDocument:
    """The analysis of *card*'s result, beside *previous* (last year's), with the plan that follows.

    *plan* is the plan of measures for the year after the result; without it a
    draft is made (:func:`~itakit.measures.draft_plan`, one group per weak
    indicator, questions from *framework*: next year's edition if given, else
    the result's).  *last_measures* is last year's plan or report: with
    *previous*, its measures' :func:`~itakit.measures.effect` is shown.  The
    agency is *agency*, else the plan's, else the card's.

    >>> import itakit
    >>> from itakit.measures import analysis_document
    >>> before = itakit.framework(2566).score_indicators({**dict.fromkeys(range(1, 11), 88), 9: 70})
    >>> card = itakit.framework(2567).score_indicators({**dict.fromkeys(range(1, 11), 90), 4: 80})
    >>> document = analysis_document(card, previous=before, agency="องค์การบริหารส่วนตำบลทรงคนอง")
    >>> document.result_year, document.fiscal_year, [g.title for g in document.plan.groups]
    (2567, 2568, ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'])
    >>> from itakit.measures import parse_report
    >>> parse_report(document.to_markdown()) == document.to_report()
    True
    """
    from itakit.measures.drafting import draft_plan
    from itakit.rules import Rules
    from itakit.rules.diff import diff_frameworks

    checked = check_scores(card)
    if previous is not None:
        check_scores(previous)
        if previous.framework.fiscal_year >= checked.framework.fiscal_year:
            raise ValidationError(
                f"'previous' must be an earlier result than the card's FY {checked.framework.fiscal_year}"
                f" (got FY {previous.framework.fiscal_year})",
                value=previous,
            )
    if plan is not None and not isinstance(plan, MeasureReport):
        raise InputTypeError(f"'plan' must be a MeasureReport (got {plan!r})", value=plan)
    if last_measures is not None and not isinstance(last_measures, MeasureReport):
        raise InputTypeError(
            f"'last_measures' must be a MeasureReport (got {last_measures!r})", value=last_measures
        )
    if framework is not None and not isinstance(framework, Rules):
        raise InputTypeError(
            f"'framework' must be a Framework (got {framework!r})", value=framework
        )
    card_agency = getattr(card, "agency", None)
    name = agency or (plan.agency if plan is not None else None)
    name = name or (card_agency if isinstance(card_agency, str) else None)
    if plan is None:
        plan = draft_plan(
            card,
            framework=framework or checked.framework,
            agency=name,
            district=district,
            province=province,
            lowest=None if _has_weak(checked) else 3,
        )
    result_year = int(checked.framework.fiscal_year)
    if int(plan.answers_fiscal_year) != result_year:
        raise ValidationError(
            f"the plan answers the FY {plan.answers_fiscal_year} result, not this card's FY {result_year}",
            value=plan,
        )
    changes = None if previous is None else diff_frameworks(previous.framework, checked.framework)
    measured = None
    if previous is not None and last_measures is not None:
        measured = effect(last_measures, before=previous, after=card)
    return AnalysisDocument(
        card=card,
        previous=previous,
        plan=plan,
        changes=changes,
        effect=measured,
        agency=name or plan.agency,
        district=district or plan.district,
        province=province or plan.province,
    )


def _has_weak(scores: Any) -> bool:
    mark = scores.framework.levels.pass_mark
    return any(score < mark for score in scores.indicator_scores.values())
