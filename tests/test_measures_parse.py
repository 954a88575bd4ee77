"""parse_report: the reference report, its natural variants, and broken input."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from itakit import FiscalYear, ItakitWarning, MonthPeriod, ParseError, to_thai_digits
from itakit.measures import MeasureReport, ReportKind, parse_report, sample_report_text

DATA = Path(__file__).parent / "data"


def fixture(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reference() -> MeasureReport:
    return parse_report(fixture("songkhanong-fy2567.txt"))


def test_the_shipped_sample_is_the_reference_file() -> None:
    assert sample_report_text() == fixture("songkhanong-fy2567.txt")


def test_reference_title_block(reference: MeasureReport) -> None:
    assert reference.kind is ReportKind.RESULTS
    assert reference.title == "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert reference.agency == "องค์การบริหารส่วนตำบลทรงคนอง"
    assert reference.district == "สามพราน"
    assert reference.province == "นครปฐม"
    assert reference.fiscal_year == FiscalYear(2567)


def test_reference_answers_the_fy_2566_result_as_its_introduction_says(
    reference: MeasureReport,
) -> None:
    # "ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมิน ITA … ปีงบประมาณ พ.ศ.๒๕๖๖ และได้กำหนดมาตรการ … ในปีงบประมาณ พ.ศ. ๒๕๖๗"
    assert reference.answers_fiscal_year == FiscalYear(2566)


def test_reference_foreword_and_introduction(reference: MeasureReport) -> None:
    assert reference.foreword[0].startswith("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ")
    assert reference.foreword[-3:] == ("สำนักปลัด", "องค์การบริหารส่วนตำบลทรงคนอง", "มกราคม ๒๕๖๘")
    assert len(reference.introduction) == 1
    assert reference.introduction[0].endswith("ผลการดำเนินการเดือนตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗ ดังต่อไปนี้")
    assert reference.closing == ()
    assert reference.skipped == ()


def test_reference_has_seven_groups_with_their_codes(reference: MeasureReport) -> None:
    assert [(group.number, group.codes) for group in reference.groups] == [
        (1, ("e1",)),
        (2, ("e5",)),
        (3, ("e8",)),
        (4, ("i10", "i11", "i12")),
        (5, ("i4",)),
        (6, ("i7", "i8", "i9")),
        (7, ("e4", "e5", "e6")),
    ]
    assert reference.group(2).title == "การให้บริการและระบบ E-Service"
    assert reference.group(6).title == "กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล"


def test_reference_measures_run_the_whole_fiscal_year_under_the_office_of_the_clerk(
    reference: MeasureReport,
) -> None:
    assert len(reference.measures) == 7
    for measure in reference.measures:
        assert measure.period == MonthPeriod.of_fiscal_year(2567)
        assert measure.responsible == "สำนักปลัด"
        assert measure.actions.startswith("- ")


def test_reference_completion_is_100_where_stated_and_absent_elsewhere(
    reference: MeasureReport,
) -> None:
    assert [measure.completion for measure in reference.measures] == [Decimal(100)] + [None] * 6
    first = reference.measures[0]
    assert first.outcome.startswith("ดำเนินการครบถ้วน ๑๐๐ % - โดยการจัดทำคู่มือ")  # <u> taken off
    assert first.title.endswith("ผู้มาติดต่อราชการ ได้รับทราบ")  # the codes are taken out


def test_arabic_digits_and_hyphens_read_the_same_measures(reference: MeasureReport) -> None:
    report = parse_report(fixture("songkhanong-arabic-digits.txt"))
    assert report.fiscal_year == reference.fiscal_year
    assert report.answers_fiscal_year == reference.answers_fiscal_year
    for ours, theirs in zip(report.measures, reference.measures, strict=True):
        assert ours.codes == theirs.codes
        assert ours.period == theirs.period
        assert ours.completion == theirs.completion
        assert to_thai_digits(ours.outcome) == theirs.outcome


@pytest.mark.parametrize(
    "name", ["songkhanong-markdown-headings.txt", "songkhanong-wrapped-cells.txt"]
)
def test_markdown_headings_and_wrapped_cells_read_exactly_the_reference(
    name: str, reference: MeasureReport
) -> None:
    text = (DATA / name).read_bytes().decode("utf-8")  # keeps the CRLF line ends
    assert parse_report(text) == reference


def test_bytes_are_read_as_utf_8_with_or_without_a_bom(reference: MeasureReport) -> None:
    data = fixture("songkhanong-fy2567.txt").encode("utf-8")
    assert parse_report(data) == reference
    assert parse_report(b"\xef\xbb\xbf" + data) == reference


def test_a_plan_with_numbered_groups_ranges_and_no_period() -> None:
    plan = parse_report(fixture("plan-fy2568.txt"))
    assert plan.kind is ReportKind.PLAN
    assert plan.title == "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert (plan.agency, plan.district, plan.province) == (
        "องค์การบริหารส่วนตำบลทรงคนอง",
        "สามพราน",
        "นครปฐม",
    )
    assert (plan.fiscal_year, plan.answers_fiscal_year) == (FiscalYear(2568), FiscalYear(2567))
    assert [len(group.measures) for group in plan.groups] == [2, 1]
    assert plan.group(1).codes == ("i10", "i11", "i12")
    assert plan.group(2).measures[0].period is None
    assert plan.group(1).measures[1].period == MonthPeriod.from_months(2568, 1, 2568, 3)
    assert plan.closing == ("ลงชื่อ นายกองค์การบริหารส่วนตำบลทรงคนอง",)


def test_without_a_sentence_saying_so_the_result_answered_is_the_year_before() -> None:
    text = fixture("plan-fy2568.txt").replace("ผลการประเมิน", "ข้อมูล")
    assert parse_report(text).answers_fiscal_year == FiscalYear(2567)


# -- broken input -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("songkhanong-truncated.txt", 46, r"ends inside a measure row \(2 of 5 cells\).*truncated"),
        ("songkhanong-empty-group.txt", 45, r"'7\) กลไก.*' has no measure rows under it"),
        ("songkhanong-bad-period.txt", 38, r"ระยะเวลา.*'ต\.ค\. ๖๖ – ก\.ย\.'.*needs its year"),
        ("songkhanong-control-character.txt", 36, r"control character U\+0007 at column 106"),
    ],
)
def test_broken_files_fail_at_the_line_where_reading_stopped(
    name: str, line: int, message: str
) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        parse_report(fixture(name))
    assert caught.value.line == line
    assert str(caught.value).startswith(f"line {line}: ")


@pytest.mark.parametrize(
    ("name", "lines", "measures"),
    [
        ("songkhanong-truncated.txt", [45, 46], 6),
        ("songkhanong-empty-group.txt", [45], 6),
        ("songkhanong-bad-period.txt", [37, 38], 6),
        ("songkhanong-control-character.txt", [36], 7),
    ],
)
def test_lenient_skips_names_and_warns(name: str, lines: list[int], measures: int) -> None:
    with pytest.warns(ItakitWarning, match=r"skipped \d+ things?") as caught:
        report = parse_report(fixture(name), lenient=True)
    assert [skipped.line for skipped in report.skipped] == lines
    assert len(report.measures) == measures
    message = str(caught[0].message)
    assert all(f"line {line}:" in message for line in lines)


def _data_rows(text: str) -> list[int]:
    """The line numbers of the input's measure rows: lines with five or more tab cells, not headings."""
    return [
        number
        for number, line in enumerate(text.split("\n"), start=1)
        if line.count("\t") >= 2 and not line.startswith(("<b>", "มาตรการ/กิจกรรม"))
    ]


@pytest.mark.parametrize(
    "name",
    [
        "songkhanong-truncated.txt",
        "songkhanong-bad-period.txt",
        "songkhanong-control-character.txt",
        "songkhanong-empty-group.txt",
    ],
)
def test_nothing_is_silently_lost(name: str) -> None:
    text = fixture(name)
    with pytest.warns(ItakitWarning):
        report = parse_report(text, lenient=True)
    rows = _data_rows(text)
    skipped_rows = {
        s.line for s in report.skipped if s.line in rows and "control character" not in s.reason
    }
    assert len(report.measures) + len(skipped_rows) == len(rows)


def test_a_line_in_another_encoding_is_named_by_its_line() -> None:
    lines = fixture("songkhanong-fy2567.txt").split("\n")
    data = b"\n".join(
        line.encode("cp874") if number == 40 else line.encode("utf-8")
        for number, line in enumerate(lines, start=1)
    )
    with pytest.raises(ParseError, match=r"line 40: this line is not UTF-8.*cp874") as caught:
        parse_report(data)
    assert caught.value.line == 40
    with pytest.warns(ItakitWarning, match="line 40"):
        report = parse_report(data, lenient=True)
    assert [s.line for s in report.skipped] == [39, 40]  # the row, then its now empty group
    assert [group.number for group in report.groups] == [1, 2, 3, 4, 6, 7]


def test_thai_read_with_the_wrong_encoding_is_caught() -> None:
    lines = fixture("songkhanong-fy2567.txt").split("\n")
    lines[35] = lines[35].encode("utf-8").decode("latin-1")
    with pytest.raises(ParseError, match=r"line 36: .*wrong encoding") as caught:
        parse_report("\n".join(lines))
    assert caught.value.line == 36


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", 1, "expected the report's title"),
        ("สวัสดีครับ\nไม่ใช่รายงาน", 1, r"expected the report's title.*got 'สวัสดีครับ'"),
        (
            "\n\nรายงานผลการดำเนินการ\nองค์การบริหารส่วนตำบลทรงคนอง\n"
            "มาตรการ/กิจกรรม\tสรุปผล\tระยะเวลา\tผู้รับผิดชอบ\tผลลัพธ์\n<b>๑) ก</b>\nx (i1)\ty\t\tz\tw",
            5,
            "expected the fiscal year.*found none",
        ),
        ("\n\nรายงานผลการดำเนินการ\nองค์การบริหารส่วนตำบลทรงคนอง", 4, "ends without a table"),
        ("รายงานผลการดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๖๗\n\nคำนำ\n", 3, "expected the agency's name"),
        (
            "รายงานผลการดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๖๗\nอบต.ทรงคนอง\nข้อความ",
            3,
            "ends without a table",
        ),
    ],
)
def test_text_that_is_no_report_says_what_was_expected(text: str, line: int, message: str) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        parse_report(text)
    assert caught.value.line == line


_HEAD = "รายงานผลการดำเนินการ\nปีงบประมาณ พ.ศ. ๒๕๖๗\nอบต.ทดสอบ\n"
_COLUMNS = "มาตรการ/กิจกรรม\tสรุปผล\tระยะเวลา\tผู้รับผิดชอบ\tผลลัพธ์\n"
_ROW = "จัดทำคู่มือ (i1)\t- จัดทำ\tต.ค. ๖๖ – ก.ย. ๖๗\tสำนักปลัด\tดำเนินการแล้ว ๘๐ %\n"


@pytest.mark.parametrize(
    ("table", "line", "message"),
    [
        (_ROW + "<b>๑) ก</b>\n" + _ROW, 5, "before any group heading"),
        ("<b>๒) ก</b>\n" + _ROW + "<b>๑) ข</b>\n" + _ROW, 7, "group 1 follows group 2"),
        ("<b>๑) ก</b>\n" + _ROW.replace("\n", "\tเกิน\n"), 6, "has 6 cells"),
        ("<b>๑) ก</b>\n" + _ROW.replace("(i1)", "(i1/x2)"), 6, "'x2' is not a code"),
        ("<b>๑) ก</b>\n" + _ROW.replace("๘๐", "๑๒๐"), 6, "120 % is more than 100 %"),
        ("<b>๑) ก</b>\n" + _ROW.replace("จัดทำคู่มือ ", ""), 6, "has no title"),
        ("<b>๑) ก</b>\n" + _ROW + "หมายเหตุ\n\n<b>๒) ข</b>\n" + _ROW, 7, "continues|inside"),
    ],
)
def test_table_problems_name_their_line(table: str, line: int, message: str) -> None:
    text = _HEAD + _COLUMNS + table
    if message == "continues|inside":
        # A tab-less line right after a row continues that row's last cell.
        report = parse_report(text)
        assert report.group(1).measures[0].outcome == "ดำเนินการแล้ว ๘๐ % หมายเหตุ"
        return
    with pytest.raises(ParseError, match=message) as caught:
        parse_report(text)
    assert caught.value.line == line


def test_text_between_groups_after_a_blank_line_is_refused() -> None:
    text = _HEAD + _COLUMNS + "<b>๑) ก</b>\n" + _ROW + "\nหมายเหตุ\n<b>๒) ข</b>\n" + _ROW
    with pytest.raises(ParseError, match="text inside the table") as caught:
        parse_report(text)
    assert caught.value.line == 8


def test_completion_stated_other_ways() -> None:
    for outcome, percent in [
        ("ดำเนินการแล้ว ๘๐ %", "80"),
        ("ผลสำเร็จร้อยละ 87.5 ของแผน", "87.5"),
        ("ดำเนินการแล้วเสร็จ 100%", "100"),
        ("บุคลากรร้อยละ ๙๐ เข้าร่วม", None),  # a percent without a word of progress
    ]:
        row = _ROW.replace("ดำเนินการแล้ว ๘๐ %", outcome)
        report = parse_report(_HEAD + _COLUMNS + "**๑) ก**\n" + row)
        expected = None if percent is None else Decimal(percent)
        assert report.measures[0].completion == expected, outcome


def test_page_numbers_and_pipe_tables_are_read() -> None:
    text = (
        _HEAD
        + "| มาตรการ/กิจกรรม | สรุปผล | ระยะเวลา | ผู้รับผิดชอบ | ผลลัพธ์ |\n"
        + "|---|---|---|---|---|\n"
        + "| **๑) ก** | | | | |\n"
        + "| จัดทำคู่มือ (i1) | - จัดทำ \\| เผยแพร่ | ต.ค. ๖๖ | สำนักปลัด | |\n"
        + "- ๒ -\n"
    )
    report = parse_report(text)
    measure = report.measures[0]
    assert measure.actions == "- จัดทำ | เผยแพร่"
    assert measure.period == MonthPeriod.from_months(2566, 10)
    assert measure.outcome == ""


def test_messages_are_one_line() -> None:
    for name in ["songkhanong-truncated.txt", "songkhanong-bad-period.txt"]:
        with pytest.raises(ParseError) as caught:
            parse_report(fixture(name))
        assert "\n" not in str(caught.value)
        assert re.match(r"line \d+: ", str(caught.value))
