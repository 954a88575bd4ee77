"""FY 2569 and FY 2570: what is known, what is carried forward, and how sure itakit is."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import itakit
from itakit import (
    Confidence,
    FiscalYear,
    ItakitError,
    UnknownEditionError,
    dump_framework,
    framework,
    loads_framework,
)
from itakit.rules import OITRuleKind, carry_forward, confidence_table

SIX_IIT = (
    "ไม่เป็นไปตามวัตถุประสงค์",
    "เป็นไปตามวัตถุประสงค์น้อยมาก",
    "เป็นไปตามวัตถุประสงค์น้อย",
    "เป็นไปตามวัตถุประสงค์ค่อนข้างมาก",
    "เป็นไปตามวัตถุประสงค์มาก",
    "เป็นไปตามวัตถุประสงค์มากที่สุด",
)
SIX_EIT = (
    "ไม่เห็นด้วยอย่างยิ่ง",
    "ไม่เห็นด้วย",
    "ค่อนข้างไม่เห็นด้วย",
    "ค่อนข้างเห็นด้วย",
    "เห็นด้วย",
    "เห็นด้วยอย่างยิ่ง",
)


def _oit_codes(year: int) -> list[str]:
    return [q.code for q in framework(year).questions if q.tool is itakit.Tool.OIT]


# -- the items ----------------------------------------------------------------------


@pytest.mark.parametrize("year", [2568, 2569, 2570])
def test_the_oit_items_are_o1_to_o26_split_as_inferred(year: int) -> None:
    fw = framework(year)
    assert _oit_codes(year) == [f"o{n}" for n in range(1, 27)]
    assert [q.code for q in fw.questions_of(9) if q.tool is itakit.Tool.OIT] == [
        f"o{n}" for n in range(1, 20)
    ]
    assert [q.code for q in fw.questions_of(10)] == [f"o{n}" for n in range(20, 27)]
    expected = Confidence.PROVISIONAL if year == 2570 else Confidence.INFERRED
    assert {fw.question(f"o{n}").confidence for n in range(1, 27)} == {expected}
    assert all("rtrda" in fw.question(f"o{n}").sources for n in range(1, 27))


def test_fy2569_titles_are_the_references_and_unknown_ones_stay_absent() -> None:
    fw = framework(2569)
    assert fw.question("o1").text_th == "โครงสร้าง หน้าที่และอำนาจ"
    assert fw.question("o11").text_th == "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน"
    assert fw.question("o25").text_th == "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"
    for code in ("o2", "o6", "o7"):
        assert fw.question(code).text_th is None
        assert "unknown" in (fw.question(code).note or "")


def test_fy2568_titles_are_its_own() -> None:
    fw = framework(2568)
    assert fw.question("o1").text_th == "โครงสร้างและอำนาจหน้าที่"
    assert fw.question("o10").text_th == "E–Service"
    assert fw.question("o26").text_th == "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"
    assert fw.question("o2").text_th is None  # "likely ข้อมูลผู้บริหาร": never guessed


# -- the OIT rule --------------------------------------------------------------------


@pytest.mark.parametrize("year", [2568, 2569, 2570])
def test_the_edition_states_its_oit_rule_as_provisional(year: int) -> None:
    rule = framework(year).oit_rule
    assert rule.kind is OITRuleKind.ITEM_SHARE
    assert rule.confidence is Confidence.PROVISIONAL
    assert rule.note


def test_fy2564_keeps_the_verified_rule() -> None:
    rule = framework(2564).oit_rule
    assert (rule.kind, rule.confidence) == (OITRuleKind.SUB_INDICATOR_MEANS, Confidence.VERIFIED)


def test_the_stated_rule_is_the_one_applied() -> None:
    fw = framework(2569)
    checklist = {f"o{n}": n not in (1, 2, 20) for n in range(1, 27)}
    oit = fw.score_oit(checklist)
    assert oit.indicator_scores_exact[9] == Fraction(17, 19) * 100
    assert oit.indicator_scores_exact[10] == Fraction(6, 7) * 100


def test_item_share_weighs_each_item_the_same_across_sub_indicators() -> None:
    fw = framework(2564)
    checklist = {f"o{n}": n != 1 for n in range(1, 44)}
    means = fw.score_oit(checklist).indicator_scores_exact[9]
    shares = fw.replace(oit_rule=itakit.rules.OITRule(kind="item_share", confidence="provisional"))
    share = shares.score_oit(checklist).indicator_scores_exact[9]
    items_9 = list(fw.questions_of(9))
    assert share == Fraction(len(items_9) - 1, len(items_9)) * 100
    assert means != share


def test_a_card_scored_with_a_provisional_oit_rule_is_provisional() -> None:
    fw = framework(2564).replace(
        oit_rule=itakit.rules.OITRule(kind="item_share", confidence="provisional")
    )
    assert fw.confidence is Confidence.PROVISIONAL
    card = fw.score_indicators(dict.fromkeys(range(1, 11), 90))
    assert card.confidence is Confidence.PROVISIONAL


# -- carried forward -----------------------------------------------------------------


def test_fy2570_is_fy2569_carried_forward() -> None:
    fy2569, fy2570 = framework(2569), framework(2570)
    assert [i.weight for i in fy2570.indicators] == [i.weight for i in fy2569.indicators]
    assert [q.code for q in fy2570.questions] == [q.code for q in fy2569.questions]
    for part in (*fy2570.indicators, *fy2570.questions, *fy2570.scales, fy2570.levels):
        assert part.confidence is Confidence.PROVISIONAL
        assert "carried forward from FY 2569" in (part.note or "")


@settings(max_examples=20, deadline=None)
@given(
    year=st.sampled_from([2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570]), ahead=st.integers(1, 5)
)
def test_every_carried_value_is_provisional(year: int, ahead: int) -> None:
    new = carry_forward(framework(year), year + ahead)
    assert new.fiscal_year == FiscalYear(year + ahead)
    parts = [*new.indicators, *new.questions, *new.scales, new.levels, new.oit_rule]
    assert all(part.confidence is Confidence.PROVISIONAL for part in parts)
    assert all(f"carried forward from FY {year}:" in (part.note or "") for part in parts)
    assert {row.confidence for row in confidence_table(new)} == {Confidence.PROVISIONAL}
    assert loads_framework(dump_framework(new)) == new


def test_carrying_backwards_is_refused() -> None:
    with pytest.raises(ItakitError, match="later year"):
        carry_forward(framework(2570), 2569)


# -- six-level scales ----------------------------------------------------------------


@pytest.mark.parametrize("year", [2567, 2568, 2569, 2570])
def test_the_six_level_scales_are_listed_with_unknown_points(year: int) -> None:
    fw = framework(year)
    iit, eit = fw.scale("iit_six_level"), fw.scale("eit_six_level")
    assert tuple(c.label_th for c in iit.choices) == SIX_IIT
    assert tuple(c.label_th for c in eit.choices) == SIX_EIT
    assert not iit.points_known
    assert not eit.points_known
    assert (iit.replaces, iit.tool, eit.tool) == ("four_level", itakit.Tool.IIT, itakit.Tool.EIT)
    assert all(q.scale.points_known for q in fw.questions)


def test_switching_to_six_levels_needs_the_points() -> None:
    fw = framework(2567)
    with pytest.raises(ItakitError, match="points of scale 'iit_six_level' are unknown"):
        fw.with_scale("iit_six_level")
    with pytest.raises(ItakitError, match="6 points"):
        fw.with_scale("iit_six_level", points=[0, 50, 100])


def test_switching_to_six_levels_in_one_call() -> None:
    fw = framework(2567)
    six = fw.with_scale("iit_six_level", points=[0, 20, 40, 60, 80, 100])
    assert {q.scale.key for q in six.questions if q.tool is itakit.Tool.IIT} == {"iit_six_level"}
    assert {q.scale.key for q in six.questions if q.tool is itakit.Tool.EIT} == {"four_level"}
    assert six.scale("iit_six_level").confidence is Confidence.PROVISIONAL
    assert six.question("i1").items[0].points == tuple(
        Fraction(p) for p in (0, 20, 40, 60, 80, 100)
    )
    assert loads_framework(dump_framework(six)) == six


def test_a_question_on_a_scale_without_points_is_refused() -> None:
    text = dump_framework(framework(2567)).replace(
        'code = "i1"\nindicator = 1\nscale = "four_level"',
        'code = "i1"\nindicator = 1\nscale = "iit_six_level"',
        1,
    )
    with pytest.raises(itakit.FrameworkFileError, match="points are unknown"):
        loads_framework(text)


# -- sources of FY 2565–2568 ----------------------------------------------------------


@pytest.mark.parametrize("year", [2565, 2566, 2567])
def test_tool_weights_cite_the_replica(year: int) -> None:
    fw = framework(year)
    assert all("upoit-weights" in i.sources for i in fw.indicators)
    commit = {2565: "644ee45", 2566: "2fd7b0a", 2567: "1e70675"}[year]
    assert commit in (fw.source("upoit-weights").note or "")
    assert [fw.tool(t).weight for t in ("IIT", "EIT", "OIT")] == [30, 30, 40]


def test_fy2567_cites_the_area_office() -> None:
    fw = framework(2567)
    assert "sakonarea1" in (fw.source("sakonarea1").url or "")
    assert "sakonarea1" in fw.indicator(9).sources


def test_fy2566_rating_has_its_provenance() -> None:
    levels = framework(2566).levels
    assert "thaipbs-2566" in levels.sources
    assert levels.confidence is Confidence.INFERRED


# -- the edition of today -------------------------------------------------------------


def test_framework_without_a_year_is_this_fiscal_years() -> None:
    today = FiscalYear.from_date(dt.date.today())
    if int(today) in (2569, 2570):
        assert framework().fiscal_year == today
    assert itakit.framework() is framework(today) if int(today) <= 2570 else True


def test_a_year_without_an_edition_names_those_there_are() -> None:
    with pytest.raises(UnknownEditionError, match=r"FY 2580.*2563.*2570"):
        framework(2580)


def test_the_total_under_fy2569_is_the_usual_weighted_sum() -> None:
    card = framework(2569).score_indicators(dict.fromkeys(range(1, 11), 90))
    assert card.total == Decimal("90.00")


@pytest.mark.parametrize("year", [2564, 2569])
def test_the_oit_table_applies_the_stated_rule_as_score_oit_does(year: int) -> None:
    fw = framework(year).replace(
        oit_rule=itakit.rules.OITRule(kind="item_share", confidence="provisional")
    )
    codes = [q.code for q in fw.questions if q.tool is itakit.Tool.OIT]
    rows = {
        "ก": {code: n % 3 != 0 for n, code in enumerate(codes)},
        "ข": {code: n % 5 != 1 for n, code in enumerate(codes)},
    }
    table = fw.score_oit_table(rows)
    for agency, checklist in rows.items():
        assert (
            table.scores(agency).indicator_scores_exact
            == fw.score_oit(checklist).indicator_scores_exact
        )


def test_item_shares_follow_the_stated_rule() -> None:
    from itakit.scoring._shares import question_shares

    fy2564 = framework(2564)
    shares = fy2564.replace(
        oit_rule=itakit.rules.OITRule(kind="item_share", confidence="provisional")
    )
    items_9 = len(list(fy2564.questions_of(9)))
    assert question_shares(shares)["o1"] == (9, Fraction(1, items_9))
    assert question_shares(fy2564)["o1"] == (9, Fraction(1, 45))
    assert question_shares(framework(2569))["o20"] == (10, Fraction(1, 7))
