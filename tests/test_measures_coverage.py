"""Coverage of a result's weak indicators by a report's measures, and drafting next year's plan."""

from __future__ import annotations

import types
from decimal import Decimal

import pytest

import itakit
from itakit import InputTypeError, ValidationError
from itakit.measures import (
    PLACEHOLDER,
    MeasureReport,
    ReportKind,
    coverage,
    draft_plan,
    parse_report,
    sample_report_text,
    unfilled,
)

SCORES = {
    1: 93.55,
    2: 87.72,
    3: 91.01,
    4: 80.93,
    5: 89.52,
    6: 90.55,
    7: 88.68,
    8: 88.58,
    9: 72.89,
    10: 65.56,
}


@pytest.fixture(scope="module")
def report() -> MeasureReport:
    return parse_report(sample_report_text())


@pytest.fixture(scope="module")
def card() -> itakit.ScoreCard:
    return itakit.score_indicators(itakit.framework(2567), SCORES)


def test_each_indicator_has_its_score_and_the_measures_that_address_it(
    report: MeasureReport, card: itakit.ScoreCard
) -> None:
    result = coverage(report, card)
    assert [row.indicator.number for row in result.rows] == list(range(1, 11))
    assert result.indicator(4).score == Decimal("80.93")
    assert [m.codes for m in result.indicator(4).measures] == [("i10", "i11", "i12")]
    assert [m.codes for m in result.indicator(6).measures] == [("e1",), ("e5",), ("e4", "e5", "e6")]
    assert result.indicator(1).measures == ()
    assert result.pass_mark == Decimal(85)
    assert result.unknown == ()


def test_weak_indicators_below_the_pass_mark_and_the_gaps(
    report: MeasureReport, card: itakit.ScoreCard
) -> None:
    result = coverage(report, card)
    assert [row.indicator.number for row in result.weak] == [4, 9, 10]
    assert [i.number for i in result.uncovered] == [9, 10]
    assert result.indicator(4).addressed


def test_the_lowest_n_instead_of_the_pass_mark(
    report: MeasureReport, card: itakit.ScoreCard
) -> None:
    result = coverage(report, card, lowest=4)
    assert [row.indicator.number for row in result.weak] == [2, 4, 9, 10]  # 87.72 is 4th lowest
    assert [i.number for i in result.uncovered] == [9, 10]
    assert result.pass_mark is None
    assert [r.indicator.number for r in coverage(report, card, pass_mark=90).weak] == [
        2,
        4,
        5,
        7,
        8,
        9,
        10,
    ]


def test_any_object_with_a_framework_and_indicator_scores_will_do(report: MeasureReport) -> None:
    result = types.SimpleNamespace(
        framework=itakit.framework(2567), indicator_scores={4: Decimal("70"), 5: Decimal("95")}
    )
    covered = coverage(report, result)  # type: ignore[arg-type]
    assert [row.indicator.number for row in covered.rows] == [4, 5]
    assert [i.number for i in covered.uncovered] == []
    assert [row.indicator.number for row in covered.weak] == [4]


def test_what_is_not_a_result_is_refused(report: MeasureReport) -> None:
    with pytest.raises(InputTypeError, match="ScoreCard"):
        coverage(report, {4: 70})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="'lowest' must be"):
        coverage(report, itakit.score_indicators(itakit.framework(2567), SCORES), lowest=0)


# -- drafting -------------------------------------------------------------------------


def test_a_draft_has_one_group_per_weak_indicator_with_its_questions(
    card: itakit.ScoreCard,
) -> None:
    plan = draft_plan(card, framework=itakit.framework(2568), agency="องค์การบริหารส่วนตำบลทรงคนอง")
    assert plan.kind is ReportKind.PLAN
    assert (plan.fiscal_year, plan.answers_fiscal_year) == (
        itakit.FiscalYear(2568),
        itakit.FiscalYear(2567),
    )
    assert [group.title for group in plan.groups] == [
        "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ",
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
        "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
    ]
    assert [group.codes for group in plan.groups] == [
        ("i10", "i11", "i12"),
        tuple(f"o{n}" for n in range(1, 20)),  # FY 2568 lists its OIT items
        tuple(f"o{n}" for n in range(20, 27)),
    ]
    for measure in plan.measures:
        assert measure.period == itakit.MonthPeriod.of_fiscal_year(2568)
        assert measure.title.startswith(PLACEHOLDER)
        assert measure.responsible.startswith(PLACEHOLDER)
        assert measure.completion is None
    assert "๘๐.๙๓ คะแนน" in plan.introduction[0]  # Thai digits, as the reference writes its text


def test_a_draft_renders_stores_and_reads_back(card: itakit.ScoreCard, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = draft_plan(
        card,
        framework=itakit.framework(2568),
        agency="อบต.ทดสอบ",
        district="สามพราน",
        province="นครปฐม",
    )
    assert parse_report(plan.to_markdown()) == plan
    assert type(plan).from_toml(plan.to_toml()) == plan
    path = tmp_path / "plan.docx"
    plan.to_docx(path)
    assert itakit.measures.read_docx(path) == plan
    page = plan.to_html()
    assert "ขั้นตอนหรือวิธีการดำเนินการ" in page  # a plan's own column headings
    assert "[โปรดระบุมาตรการหรือกิจกรรม] (i๑๐/i๑๑/i๑๒)" in page


def test_a_draft_answers_the_result_it_was_made_from(card: itakit.ScoreCard) -> None:
    plan = draft_plan(card, framework=itakit.framework(2568), agency="อบต.ทดสอบ")
    assert [i.number for i in coverage(plan, card).uncovered] == [
        9,
        10,
    ]  # OIT lists no questions for 2567
    assert coverage(plan, card).indicator(4).addressed


def test_unfilled_lists_the_placeholders_left(card: itakit.ScoreCard) -> None:
    plan = draft_plan(card, framework=itakit.framework(2568))
    places = unfilled(plan)
    assert places[0] == "agency"
    assert len(places) == 1 + 3 * 4


def test_nothing_weak_nothing_to_draft() -> None:
    card = itakit.score_indicators(itakit.framework(2567), dict.fromkeys(range(1, 11), 95))
    with pytest.raises(ValidationError, match=r"below the pass mark 85.*lowest=N"):
        draft_plan(card, framework=itakit.framework(2568))
    plan = draft_plan(card, framework=itakit.framework(2568), lowest=2, agency="อบต.ทดสอบ")
    assert [group.title for group in plan.groups] == [
        "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่",
        "ตัวชี้วัดที่ ๒ การใช้งบประมาณ",
    ]


def test_the_framework_given_by_position_still_works_with_a_warning(card: itakit.ScoreCard) -> None:
    with pytest.deprecated_call(match="framework="):
        old = draft_plan(card, itakit.framework(2568), agency="อบต.ทดสอบ")
    assert old == draft_plan(card, framework=itakit.framework(2568), agency="อบต.ทดสอบ")
