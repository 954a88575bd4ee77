"""A skeleton of next year's plan of measures, drafted from a result: :func:`draft_plan`.

One group per weak indicator, each with one measure that lists the
indicator's questions (from the edition given) and runs through the next
fiscal year; the text is left to the officer, as placeholders in Thai that
start with ``[โปรดระบุ`` (:func:`unfilled` finds the ones still left).  The
draft is an ordinary :class:`~itakit.measures.MeasureReport` of kind ``PLAN``:
it renders, stores and parses back like any other.
"""

from __future__ import annotations

from itakit.errors import ValidationError
from itakit.measures._weak import Scores, check_scores, pass_mark_of, weak_indicators
from itakit.measures.model import Measure, MeasureGroup, MeasureReport, ReportKind
from itakit.period import MonthPeriod
from itakit.rules import Rules
from itakit.thai import format_number, to_thai_digits

__all__ = ["PLACEHOLDER", "PLAN_TITLE", "draft_plan", "unfilled"]

PLACEHOLDER = "[โปรดระบุ"
"""How every placeholder of a draft starts (``[โปรดระบุมาตรการ]``: "please specify the measure")."""

PLAN_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
"""The title of the plan agencies publish (the ITA's own name for it)."""

_TITLE = "[โปรดระบุมาตรการหรือกิจกรรม]"
_ACTIONS = "[โปรดระบุขั้นตอนหรือวิธีการดำเนินการ]"
_RESPONSIBLE = "[โปรดระบุหน่วยงานผู้รับผิดชอบ]"
_OUTCOME = "[โปรดระบุผลลัพธ์ที่คาดว่าจะได้รับ]"
_AGENCY = "[โปรดระบุชื่อหน่วยงาน]"


def draft_plan(
    scores: Scores,
    _framework: Rules | None = None,
    /,
    *,
    framework: Rules | None = None,
    agency: str | None = None,
    district: str | None = None,
    province: str | None = None,
    pass_mark: object = None,
    lowest: int | None = None,
) -> MeasureReport:
    """A plan for the fiscal year after *scores*', one group per weak indicator.

    *scores* is a :class:`itakit.ScoreCard` (or any object with ``.framework``
    and ``.indicator_scores``); weak means below *pass_mark* (the framework's,
    85, by default) or among the *lowest* scores.  *framework* is the edition
    whose questions each measure lists: next year's if it is known; without
    it, the result's own.  The agency is *agency*, else the score card's agency, else
    a placeholder.

    >>> import itakit
    >>> scores = {1: 93.55, 2: 87.72, 3: 91.01, 4: 80.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}
    >>> card = itakit.score_indicators(itakit.framework(2567), scores)
    >>> plan = draft_plan(card, framework=itakit.framework(2568), agency="องค์การบริหารส่วนตำบลทรงคนอง")
    >>> plan.kind.label_th, plan.fiscal_year, plan.answers_fiscal_year
    ('แผน', FiscalYear(2568), FiscalYear(2567))
    >>> [(group.title, group.codes) for group in plan.groups][0]
    ('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', ('i10', 'i11', 'i12'))
    >>> plan.groups[0].measures[0].period.format()
    'ต.ค. ๖๗ – ก.ย. ๖๘'
    """
    if _framework is not None:
        from itakit._deprecation import deprecated

        deprecated("draft_plan(scores, framework)", "draft_plan(scores, framework=...)")
        framework = _framework if framework is None else framework
    checked = check_scores(scores)
    if framework is None:
        framework = checked.framework
    weak = weak_indicators(checked, pass_mark=pass_mark, lowest=lowest)
    result_year = checked.framework.fiscal_year
    if not weak:
        mark = pass_mark_of(checked, pass_mark)
        raise ValidationError(
            f"no indicator of the FY {result_year} result scores below the pass mark {mark}:"
            " nothing to draft (pass lowest=N to draft measures for the N lowest indicators)",
            value=dict(checked.indicator_scores),
        )
    plan_year = result_year + 1
    period = MonthPeriod.of_fiscal_year(plan_year)
    groups = []
    for number, (indicator, _) in enumerate(weak, start=1):
        own = framework.indicator(indicator.number)
        codes = tuple(question.code for question in framework.questions_of(own.number))
        measure = Measure(
            title=_TITLE,
            codes=codes,
            actions=_ACTIONS,
            period=period,
            responsible=_RESPONSIBLE,
            outcome=_OUTCOME,
        )
        groups.append(
            MeasureGroup(
                number=number,
                title=to_thai_digits(f"ตัวชี้วัดที่ {own.number} {own.name_th}"),
                measures=(measure,),
            )
        )
    card_agency = getattr(checked, "agency", None)
    name = agency or (card_agency if isinstance(card_agency, str) else None) or _AGENCY
    listed = " ".join(  # Thai separates list items with spaces
        f"ตัวชี้วัดที่ {indicator.number} {indicator.name_th} {format_number(score, digits='arabic')} คะแนน"
        for indicator, score in weak
    )
    introduction = to_thai_digits(
        f"ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมิน ITA ของ{name} ปีงบประมาณ พ.ศ. {result_year}"
        f" พบว่าตัวชี้วัดที่ควรพัฒนา ได้แก่ {listed} จึงได้กำหนดมาตรการส่งเสริมคุณธรรมและ"
        f"ความโปร่งใสภายในหน่วยงาน เพื่อดำเนินการในปีงบประมาณ พ.ศ. {plan_year} ดังนี้"
    )
    return MeasureReport(
        kind=ReportKind.PLAN,
        title=PLAN_TITLE,
        agency=name,
        district=district,
        province=province,
        fiscal_year=plan_year,
        answers_fiscal_year=result_year,
        introduction=(introduction,),
        groups=tuple(groups),
        closing=_provisional(checked),
    )


def _provisional(scores: object) -> tuple[str, ...]:
    """The card's one-line note on provisional rules, as a closing paragraph (none if none)."""
    from itakit.scoring.card import ScoreCard
    from itakit.scoring.provisional import provisional_note

    if not isinstance(scores, ScoreCard):
        return ()
    note = provisional_note(scores, lang="th")
    return () if note is None else (note,)


def unfilled(report: MeasureReport) -> tuple[str, ...]:
    """Where *report* still holds a placeholder, one line each (empty when all is filled in).

    >>> import itakit
    >>> card = itakit.score_indicators(itakit.framework(2567), dict.fromkeys(range(1, 11), 80))
    >>> plan = draft_plan(card, agency="อบต.ทดสอบ", lowest=1)
    >>> unfilled(plan)
    ('group 1, measure 1: title', 'group 1, measure 1: actions', 'group 1, measure 1: responsible', 'group 1, measure 1: outcome')
    """
    places = []
    if PLACEHOLDER in report.agency:
        places.append("agency")
    for group in report.groups:
        if PLACEHOLDER in group.title:
            places.append(f"group {group.number}: title")
        for index, measure in enumerate(group.measures, start=1):
            for field in ("title", "actions", "responsible", "outcome"):
                if PLACEHOLDER in getattr(measure, field):
                    places.append(f"group {group.number}, measure {index}: {field}")
    return tuple(places)
