"""Measures linked to a framework edition: questions and indicators, unknown codes kept."""

from __future__ import annotations

import attrs
import pytest

import itakit
from itakit import UnknownCodeError
from itakit.measures import Measure, MeasureReport, parse_report, sample_report_text


@pytest.fixture(scope="module")
def report() -> MeasureReport:
    return parse_report(sample_report_text())


def test_under_fy_2567_property_budget_and_authority_groups_resolve(report: MeasureReport) -> None:
    links = report.indicators(itakit.framework(2567))
    assert [i.number for i in links.of_group(4)] == [4]  # กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ
    assert [i.number for i in links.of_group(5)] == [2]  # … การใช้งบประมาณและการจัดซื้อจัดจ้าง
    assert [i.number for i in links.of_group(6)] == [3]  # … ตรวจสอบการใช้อำนาจ …
    assert links.of_group(4)[0].name_th == "การใช้ทรัพย์สินของราชการ"


def test_every_code_of_the_reference_resolves_under_fy_2567(report: MeasureReport) -> None:
    fw = itakit.framework(2567)
    questions = report.questions(fw)
    assert questions.unknown == ()
    assert questions.complete
    assert {q.code for q in questions.resolved} == {c for m in report.measures for c in m.codes}
    assert [q.code for q in questions.of_group(7)] == ["e4", "e5", "e6"]
    assert [m.title[:12] for m in questions.measures_of("E๕")] == ["เปิดโอกาสให้", "เผยแพร่ช่องท"]
    indicators = report.indicators(fw)
    assert [i.number for i in indicators.resolved] == [2, 3, 4, 6, 7]
    assert [i.number for i in indicators.unaddressed] == [1, 5, 8, 9, 10]
    assert len(indicators.measures_of(6)) == 3  # e1, e5 and e4–e6


def test_unknown_codes_are_reported_not_dropped(report: MeasureReport) -> None:
    group = report.groups[3]
    measure = attrs.evolve(group.measures[0], codes=("i10", "i25", "o99"))
    changed = attrs.evolve(
        report,
        groups=(*report.groups[:3], attrs.evolve(group, measures=(measure,)), *report.groups[4:]),
    )
    questions = changed.questions(itakit.framework(2567))
    assert questions.unknown == ("i25", "o99")
    assert not questions.complete
    assert "i10" in [q.code for q in questions.of_group(4)]
    indicators = changed.indicators(itakit.framework(2567))
    assert indicators.unknown == ("i25", "o99")
    assert [i.number for i in indicators.of_group(4)] == [4]


def test_an_older_edition_reads_the_same_codes_differently(report: MeasureReport) -> None:
    # FY 2564 has six IIT questions per indicator: i10–i12 belong to indicator 2 there.
    links = report.indicators(itakit.framework(2564))
    assert [i.number for i in links.of_group(4)] == [2]
    assert [i.number for i in links.of_group(5)] == [1]


def test_an_indicator_the_edition_lacks_is_an_error(report: MeasureReport) -> None:
    with pytest.raises(UnknownCodeError):
        report.indicators(itakit.framework(2567)).measures_of(11)


def test_a_measure_without_codes_links_to_nothing() -> None:
    from itakit.measures import MeasureLink

    link = MeasureLink.of(1, Measure(title="ประชุม"), itakit.framework(2567))
    assert (link.questions, link.unknown, link.indicators) == ((), (), ())
