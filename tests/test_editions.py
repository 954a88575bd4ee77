"""The rule data of every shipped edition against the project's reference.

Each assertion here is a fact of ``shared/reference/ita-framework.md`` with the
confidence it gives; a change to the data that moves one of them must change
this file too (and CHANGELOG's Rule data).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from importlib.resources import files

import pytest

from itakit import (
    AnswerScale,
    Confidence,
    LevelScheme,
    Tool,
    dump_framework,
    framework,
    frameworks,
)
from strategies import OIT_2564

P, S, V = Confidence.PROVISIONAL, Confidence.SOURCED, Confidence.VERIFIED
INF = Confidence.INFERRED
YEARS = [int(e.fiscal_year) for e in frameworks()]
WEIGHTS = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20]
TOOLS = [Tool.IIT] * 5 + [Tool.EIT] * 3 + [Tool.OIT] * 2
NAMES_TH = [
    "การปฏิบัติหน้าที่",
    "การใช้งบประมาณ",
    "การใช้อำนาจ",
    "การใช้ทรัพย์สินของราชการ",
    "การแก้ไขปัญหาการทุจริต",
    "คุณภาพการดำเนินงาน",
    "ประสิทธิภาพการสื่อสาร",
    "การปรับปรุงระบบการทำงาน",
    "การเปิดเผยข้อมูล",
    "การป้องกันการทุจริต",
]


def test_the_shipped_files_are_canonical() -> None:
    for year in YEARS:
        text = (files("itakit.rules") / "editions" / f"fy{year}.toml").read_text(encoding="utf-8")
        assert dump_framework(framework(year)) == text, (
            f"fy{year}.toml: rewrite it with dump_framework"
        )


@pytest.mark.parametrize("year", YEARS)
def test_every_edition_has_the_ten_indicators(year: int) -> None:
    fw = framework(year)
    assert [i.number for i in fw.indicators] == list(range(1, 11))
    assert [i.name_th for i in fw.indicators] == NAMES_TH
    assert [i.tool for i in fw.indicators] == TOOLS
    assert [i.weight for i in fw.indicators] == WEIGHTS
    assert [part.weight for part in fw.tools] == [30, 30, 40]


@pytest.mark.parametrize(
    ("year", "confidence"), [(2563, V), (2564, V), (2565, P), (2566, P), (2567, P), (2568, P)]
)
def test_weights_are_verified_for_2563_2564_and_provisional_after(
    year: int, confidence: Confidence
) -> None:
    assert {i.confidence for i in framework(year).indicators} == {confidence}


# -- verified: the published FY 2563–2564 rows reproduce ------------------------

ROWS = [
    # province, FY, indicators 1–10, published total
    ("ตราด", 2564, "93.55 87.72 91.01 87.93 89.52 90.55 88.68 88.58 72.89 65.56", "81.45"),
    ("ตราด", 2563, "92.57 86.13 90.08 85.98 88.04 83.67 82.11 79.29 69.94 52.78", "75.62"),
    ("นครนายก", 2564, "94.65 89.11 91.95 89.29 89.86 92.12 89.90 89.49 65.89 51.15", "77.85"),
]


@pytest.mark.parametrize(("province", "year", "scores", "total"), ROWS)
def test_the_weights_reproduce_published_totals(
    province: str, year: int, scores: str, total: str
) -> None:
    fw = framework(year)
    values = [Decimal(score) for score in scores.split()]
    weighted = (
        sum((i.weight * x for i, x in zip(fw.indicators, values, strict=True)), Decimal(0)) / 100
    )
    assert weighted.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == Decimal(total)
    assert str(fw.levels.assign(Decimal(total))) == "B"  # every row lies in the 75.00–84.99 band


# -- verified: FY 2564 OIT items --------------------------------------------------

OIT_TITLES_2564 = [
    "โครงสร้างหน่วยงาน",
    "ข้อมูลผู้บริหาร",
    "อำนาจหน้าที่",
    "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
    "ข้อมูลการติดต่อ",
    "กฎหมายที่เกี่ยวข้อง",
    "ข่าวประชาสัมพันธ์",
    "Q&A",
    "Social Network",
    "แผนดำเนินงานประจำปี",
    "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน",
    "รายงานผลการดำเนินงานประจำปี",
    "คู่มือหรือมาตรฐานการปฏิบัติงาน",
    "คู่มือหรือมาตรฐานการให้บริการ",
    "ข้อมูลเชิงสถิติการให้บริการ",
    "รายงานผลการสำรวจความพึงพอใจการให้บริการ",
    "E-Service",
    "แผนการใช้จ่ายงบประมาณประจำปี",
    "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน",
    "รายงานผลการใช้จ่ายงบประมาณประจำปี",
    "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
    "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง",
    "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
    "รายงานผลการจัดซื้อจัดจ้างประจำปี",
    "นโยบายการบริหารทรัพยากรบุคคล",
    "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
    "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
    "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
    "ช่องทางการรับฟังความคิดเห็น",
    "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    "เจตจำนงสุจริตของผู้บริหาร",
    "การมีส่วนร่วมของผู้บริหาร",
    "การประเมินความเสี่ยงการทุจริตประจำปี",
    "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
    "การเสริมสร้างวัฒนธรรมองค์กร",
    "แผนปฏิบัติการป้องกันการทุจริต",
    "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน",
    "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
]


def test_fy2564_oit_items_sit_in_their_sub_indicators() -> None:
    fw = framework(2564)
    subs = [sub for number in (9, 10) for sub in fw.indicator(number).sub_indicators]
    assert {sub.code: sub.name_th for sub in subs} == {
        code: name for code, (name, _) in OIT_2564.items()
    }
    for sub in subs:
        items = fw.questions_of_sub_indicator(sub)
        assert [q.code for q in items] == [f"o{n}" for n in OIT_2564[sub.code][1]]
        assert all(q.indicator.number == sub.indicator_number for q in items)
    oit = fw.tool("OIT").questions
    assert [q.text_th for q in oit] == OIT_TITLES_2564
    assert {q.confidence for q in oit} == {V}
    assert {q.scale.key for q in oit} == {"yes_no"}
    assert not any(q.reversed for q in oit)
    assert [str(points) for points in oit[0].items[0].points] == ["0", "100"]


@pytest.mark.parametrize("year", [2563, 2565, 2566, 2567])
def test_oit_items_of_other_years_are_left_out(year: int) -> None:
    fw = framework(year)
    assert fw.tool("OIT").questions == ()
    assert all(not i.sub_indicators for i in fw.indicators)
    assert any("OIT items for this year are unknown" in note for note in fw.notes)


# -- IIT questions ----------------------------------------------------------------


def _codes(fw_year: int, indicator: int) -> list[str]:
    return [q.code for q in framework(fw_year).questions_of(indicator)]


@pytest.mark.parametrize("year", [2563, 2564, 2565])
def test_iit_2563_to_2565_has_six_questions_per_indicator(year: int) -> None:
    for number in range(1, 6):
        assert _codes(year, number) == [f"i{n}" for n in range(6 * number - 5, 6 * number + 1)]
    fw = framework(year)
    assert [len(fw.question(code).subitems) for code in ("i1", "i3", "i30", "i11")] == [2, 3, 4, 2]
    assert {q.sources for q in fw.tool("IIT").questions} == {("sdu-iit",)}


@pytest.mark.parametrize("year", [2566, 2567, 2568])
def test_iit_2566_to_2568_has_three_questions_per_indicator(year: int) -> None:
    for number in range(1, 6):
        assert _codes(year, number) == [f"i{n}" for n in range(3 * number - 2, 3 * number + 1)]
    iit = framework(year).tool("IIT").questions
    assert {q.confidence for q in iit} == {P}
    assert not any(q.reversed or q.subitems for q in iit)
    assert {q.scale.key for q in iit} == {"four_level"}


def test_i10_moved_from_budget_use_to_state_property() -> None:
    assert framework(2564).question("i10").indicator.number == 2
    assert framework(2567).question("i10").indicator.number == 4


def _reversed_items(year: int) -> list[str]:
    return [item.code for item in framework(year).items() if item.points[0] > item.points[-1]]


def test_fy2564_polarity() -> None:
    fw = framework(2564)
    assert _reversed_items(2564)[:11] == [
        "i4",
        "i5",
        "i6",
        "i9",
        "i10",
        "i11.2",
        "i16",
        "i17",
        "i18",
        "i19",
        "i22",
    ]
    assert [str(p) for p in fw.question("i4").items[0].points] == ["100", "0"]
    assert fw.question("i4").scale.index_of("มี") == 1
    assert [str(p) for p in fw.question("i26").items[0].points] == ["0", "100"]
    assert [str(p) for p in fw.question("i9").items[0].points] == ["100", "200/3", "100/3", "0"]
    assert fw.question("i18").subitems == ()
    assert fw.question("i18").reversed
    iit = fw.tool("IIT").questions
    assert {q.code for q in iit if q.confidence is P} == {"i11", "i18"}
    assert {q.confidence for q in iit if q.code not in ("i11", "i18")} == {S}
    assert fw.question("i11").note
    assert fw.question("i18").note


@pytest.mark.parametrize("year", [2563, 2565])
def test_2563_and_2565_assume_the_fy2564_polarity(year: int) -> None:
    assert _reversed_items(year) == _reversed_items(2564)[:11]
    assert {q.confidence for q in framework(year).tool("IIT").questions} == {P}


# -- EIT, scales, levels ----------------------------------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_eit_is_provisional_every_year(year: int) -> None:
    for number in (6, 7, 8):
        first = 5 * (number - 6) + 1
        assert _codes(year, number) == [f"e{n}" for n in range(first, first + 5)]
    assert {q.confidence for q in framework(year).tool("EIT").questions} == {P}


@pytest.mark.parametrize("year", YEARS)
def test_four_level_points_are_exact_thirds(year: int) -> None:
    scale = framework(year).scale("four_level")
    assert [str(p) for p in scale.points()] == ["0", "100/3", "200/3", "100"]
    assert scale.confidence is (S if year <= 2565 else P)


@pytest.mark.parametrize("year", [2563, 2564, 2565])
def test_letter_bands_2563_to_2565(year: int) -> None:
    levels = framework(year).levels
    assert [(str(level), level.min_total) for level in levels.levels] == [
        ("AA", 95),
        ("A", 85),
        ("B", 75),
        ("C", 65),
        ("D", 55),
        ("E", 50),
        ("F", 0),
    ]
    assert levels.pass_mark == 85
    assert levels.confidence is S
    assert str(levels.assign(Decimal("94.99"))) == "A"


@pytest.mark.parametrize(
    ("year", "confidence"), [(2566, INF), (2567, S), (2568, S), (2569, P), (2570, P)]
)
def test_rating_from_2566(year: int, confidence: Confidence) -> None:
    levels = framework(year).levels
    assert [str(level) for level in levels.levels] == [
        "ผ่านดีเยี่ยม",
        "ผ่านดี",
        "ผ่าน",
        "ต้องปรับปรุง",
        "ต้องปรับปรุงโดยด่วน",
    ]
    assert levels.confidence is confidence
    tools = {Tool.IIT: Decimal(99), Tool.EIT: Decimal("84.99"), Tool.OIT: Decimal(99)}
    assert str(levels.assign(Decimal("94.64"), tools)) == "ผ่าน"
    assert str(levels.assign(Decimal("92.43"), {**tools, Tool.EIT: Decimal(85)})) == "ผ่านดี"
    assert str(levels.assign(Decimal("69.99"), tools)) == "ต้องปรับปรุงโดยด่วน"


@pytest.mark.parametrize("year", YEARS)
def test_every_cited_source_comes_from_the_reference(year: int) -> None:
    fw = framework(year)
    allowed = {
        "nacc-2564-g2",
        "nacc-2564-g6",
        "osmep-2565",
        "sdu-iit",
        "upoit",
        "songkhanong-2567",
        "news",
        "upoit-weights",
        "upoit-six-level",
        "thaipbs-2566",
        "sakonarea1",
        "rtrda",
        "nacc-overhaul",
        "agency-plan-2570",
    }
    assert {s.key for s in fw.sources} <= allowed
    assert fw.notes


def test_the_model_s_ready_made_scales_and_levels_are_those_the_editions_ship() -> None:
    fy2564, fy2567 = framework(2564), framework(2567)
    assert AnswerScale.four_level().choices == fy2564.scale("four_level").choices
    assert AnswerScale.yes_no().choices == fy2564.scale("yes_no").choices
    assert LevelScheme.letter_bands().levels == fy2564.levels.levels
    assert LevelScheme.letter_bands().pass_mark == fy2564.levels.pass_mark
    assert LevelScheme.rating_fy2566().levels == fy2567.levels.levels
    assert LevelScheme.rating_fy2566().pass_mark == fy2567.levels.pass_mark


@pytest.mark.parametrize("year", [2564, 2566, 2567, 2570])
def test_levels_of_many_agencies_are_those_of_one_agency(year: int) -> None:
    """``assign_hundredths`` (many agencies, in hundredths) gives each agency the level ``assign``
    gives it alone: at every threshold, one hundredth either side of it, and with a low tool."""
    import numpy as np

    from itakit.rules.tools import Tool

    scheme = framework(year).levels
    edges = {0, 10_000}
    for level in scheme.levels:
        for bound in (level.min_total, level.min_tool_score):
            if bound is not None:
                cents = int(bound * 100)
                edges.update({cents - 1, cents, cents + 1})
    totals = sorted(e for e in edges if 0 <= e <= 10_000)
    rows = [(total, tool) for total in totals for tool in totals]
    tools = np.array([[9_999, tool, 10_000] for _, tool in rows], dtype=np.int64)
    found = scheme.assign_hundredths(np.array([t for t, _ in rows], dtype=np.int64), tools)
    for (total, tool), index in zip(rows, found.tolist(), strict=True):
        scores = {Tool.IIT: Decimal("99.99"), Tool.EIT: Decimal(tool) / 100, Tool.OIT: Decimal(100)}
        assert scheme.levels[index] == scheme.assign(Decimal(total) / 100, scores), (total, tool)
