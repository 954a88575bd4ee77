"""Rendering reports of measures: Markdown, HTML and Word, in Thai or Arabic digits."""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import attrs
import pytest

from itakit import MissingExtraError, ValidationError
from itakit.measures import (
    MeasureReport,
    docx_text,
    parse_report,
    read_docx,
    render_html,
    sample_report_text,
)

THAI_DIGIT = re.compile("[๐-๙]")


@pytest.fixture(scope="module")
def report() -> MeasureReport:
    return parse_report(sample_report_text())


@pytest.fixture(scope="module")
def hostile(report: MeasureReport) -> MeasureReport:
    """The reference with markup-like text in every kind of place."""
    group = report.groups[0]
    measure = attrs.evolve(
        group.measures[0],
        title='<script>alert("x")</script> & **ตัวหนา** | ท่อ',
        responsible="กอง <คลัง> & 'พัสดุ'",
        outcome="ดำเนินการครบถ้วน ๑๐๐ % # ไม่ใช่หัวข้อ \\ ทับ",
    )
    groups = (attrs.evolve(group, measures=(measure,)), *report.groups[1:])
    return attrs.evolve(report, groups=groups, closing=("<b>ลงชื่อ</b> ผู้รายงาน",))


# -- Markdown -------------------------------------------------------------------------


@pytest.mark.parametrize("digits", ["thai", "arabic"])
def test_markdown_reads_back_as_the_same_report(report: MeasureReport, digits: str) -> None:
    text = report.to_markdown(digits=digits)  # type: ignore[arg-type]
    back = parse_report(text)
    if digits == "thai":
        assert back == report
    else:
        assert THAI_DIGIT.search(text) is None
        assert [m.codes for m in back.measures] == [m.codes for m in report.measures]
        assert [m.period for m in back.measures] == [m.period for m in report.measures]
        assert [m.completion for m in back.measures] == [m.completion for m in report.measures]


def test_markdown_has_the_original_layout(report: MeasureReport) -> None:
    lines = report.to_markdown().splitlines()
    assert lines[0] == "# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert "## คำนำ" in lines
    header = next(line for line in lines if line.startswith("| มาตรการ"))
    assert header.count("|") == 6
    assert "| **๗) กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน** |" in "\n".join(lines)
    assert any("(e๔/e๕/e๖) |" in line for line in lines)


def test_markdown_escapes_markup_and_still_reads_back(hostile: MeasureReport) -> None:
    text = hostile.to_markdown()
    assert "\\<script\\>" in text
    assert "\\*\\*ตัวหนา\\*\\*" in text
    assert "\\| ท่อ" in text
    assert parse_report(text) == hostile


# -- HTML ----------------------------------------------------------------------------


def test_html_is_a_standalone_thai_page(report: MeasureReport) -> None:
    page = report.to_html()
    assert page.startswith('<!DOCTYPE html>\n<html lang="th">')
    assert '<meta charset="utf-8">' in page
    assert 'font-family: Sarabun, "TH Sarabun New", "Noto Sans Thai", sans-serif' in page
    assert page.rstrip().endswith("</html>")
    assert "<link" not in page  # nothing fetched
    assert "<script" not in page


def test_html_table_has_the_five_columns_and_a_row_per_group(report: MeasureReport) -> None:
    page = report.to_html()
    heads = re.findall(r'<th scope="col">(.*?)</th>', page)
    assert heads == [
        "มาตรการ/กิจกรรม",
        "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม",
        "ระยะเวลาดำเนินการ",
        "ผู้รับผิดชอบ",
        "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    ]
    groups = re.findall(r'<th colspan="5" scope="rowgroup">(.*?)</th>', page)
    assert groups[3] == "๔) กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ"
    assert page.count('<td class="period">ต.ค. ๖๖ – ก.ย. ๖๗</td>') == 7
    assert "<u>ดำเนินการครบถ้วน ๑๐๐ %</u>" in page
    assert "<h1>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1>" in page


def test_html_escapes_everything(hostile: MeasureReport) -> None:
    page = hostile.to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; **ตัวหนา**" in page
    assert "กอง &lt;คลัง&gt; &amp; &#x27;พัสดุ&#x27;" in page
    assert "&lt;b&gt;ลงชื่อ&lt;/b&gt; ผู้รายงาน" in page


def test_html_in_arabic_digits(report: MeasureReport) -> None:
    page = render_html(report, digits="arabic")
    assert THAI_DIGIT.search(page) is None
    assert "(i10/i11/i12)" in page


def test_digits_must_be_thai_or_arabic(report: MeasureReport) -> None:
    with pytest.raises(ValidationError, match="digits must be 'thai' or 'arabic'"):
        report.to_html(digits="roman")  # type: ignore[arg-type]


# -- Word ----------------------------------------------------------------------------


def test_docx_reads_back_as_the_same_report(report: MeasureReport, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    report.to_docx(path)
    assert read_docx(path) == report
    assert read_docx(str(path)) == report


def test_docx_in_arabic_digits_reads_back_the_same_measures(
    report: MeasureReport, tmp_path: Path
) -> None:
    path = tmp_path / "report.docx"
    report.to_docx(path, digits="arabic")
    assert THAI_DIGIT.search(docx_text(path)) is None
    back = read_docx(path)
    assert [(m.codes, m.period, m.completion) for m in back.measures] == [
        (m.codes, m.period, m.completion) for m in report.measures
    ]


def test_docx_keeps_markup_like_text_as_text(hostile: MeasureReport, tmp_path: Path) -> None:
    path = tmp_path / "hostile.docx"
    hostile.to_docx(path)
    assert read_docx(path) == hostile


def _document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_docx_is_landscape_with_thai_fonts_and_a_repeated_header(
    report: MeasureReport, tmp_path: Path
) -> None:
    path = tmp_path / "report.docx"
    report.to_docx(path)
    xml = _document_xml(path)
    assert 'w:orient="landscape"' in xml
    assert "<w:tblHeader" in xml
    runs = re.findall(r"<w:r>.*?</w:r>", xml, flags=re.DOTALL)
    assert runs
    for run in runs:
        assert 'w:cs="TH Sarabun New"' in run
        assert 'w:ascii="TH Sarabun New"' in run
        assert "<w:szCs " in run
    underlined = [run for run in runs if "<w:u " in run]
    assert [re.search(r"<w:t[^>]*>(.*?)</w:t>", run)[1] for run in underlined] == [  # type: ignore[index]
        "ดำเนินการครบถ้วน ๑๐๐ %"
    ]
    document = __import__("docx").Document(str(path))
    table = document.tables[0]
    assert len(table.columns) == 5
    assert len(table.rows) == 1 + 7 + 7


def test_docx_needs_its_extra(
    report: MeasureReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(MissingExtraError, match=r'pip install "itakit\[docx\]"'):
        report.to_docx(tmp_path / "report.docx")
    with pytest.raises(MissingExtraError):
        read_docx(tmp_path / "report.docx")


def test_read_docx_refuses_what_is_not_a_word_file(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_text("not a zip", encoding="utf-8")
    from itakit import ParseError

    with pytest.raises(ParseError, match="is not a Word document"):
        read_docx(path)


def test_a_completion_the_outcome_does_not_state_is_written_before_it(
    report: MeasureReport,
) -> None:
    group = report.groups[1]
    measure = attrs.evolve(group.measures[0], completion=80)
    changed = attrs.evolve(
        report,
        groups=(report.groups[0], attrs.evolve(group, measures=(measure,)), *report.groups[2:]),
    )
    back = parse_report(changed.to_markdown())
    assert back.group(2).measures[0].completion == 80
    assert back.group(2).measures[0].outcome.startswith("ดำเนินการแล้ว ๘๐ % - ประชาชน")
