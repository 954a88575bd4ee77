"""Word documents as agencies make them: merged cells, a header on every page, an empty file."""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

from itakit import ParseError  # noqa: E402
from itakit.measures import read_docx  # noqa: E402

HEADER = [
    "มาตรการ/กิจกรรม",
    "ขั้นตอนหรือวิธีการดำเนินการ",
    "ระยะเวลาดำเนินการ",
    "ผู้รับผิดชอบ",
    "งบประมาณ",
    "หมายเหตุ",
]


def _document(path: Path, rows: list[list[str] | str], *, repeat_header: bool = True) -> None:
    document = docx.Document()
    for line in (
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "องค์การบริหารส่วนตำบลทรงคนอง",
        "อำเภอสามพราน จังหวัดนครปฐม",
    ):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):  # a group heading across the table
            merged = cells[0].merge(cells[-1])
            merged.text = row
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(str(path))


def _merge_down(path: Path, column: int, first: int, last: int) -> None:
    """Merge one column's cells of rows first..last (as Word does for one measure over several rows)."""
    document = docx.Document(str(path))
    table = document.tables[0]
    for index in range(first, last + 1):
        tc = table.rows[index].cells[column]._tc
        merge = OxmlElement("w:vMerge")
        if index == first:
            merge.set(qn("w:val"), "restart")
        else:
            tc.clear_content()
            tc.append(OxmlElement("w:p"))
        tc.get_or_add_tcPr().append(merge)
    document.save(str(path))


def test_six_columns_merged_headings_and_a_header_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _document(
        path,
        [
            HEADER,
            "๑) การใช้ทรัพย์สินของราชการ",
            ["จัดทำคู่มือ (i๑๐-i๑๒)", "- จัดทำคู่มือ", "ต.ค. ๖๗ – ธ.ค. ๖๗", "สำนักปลัด", "ไม่ใช้งบประมาณ", "-"],
            HEADER,  # the header again, as on the next page
            "๒) การใช้งบประมาณ",
            ["เปิดเผยแผน (i๔)", "- ประกาศ", "", "กองคลัง", "๕,๐๐๐ บาท", "ต่อเนื่อง"],
        ],
    )
    report = read_docx(path)
    assert [g.number for g in report.groups] == [1, 2]
    first, second = report.measures
    assert (first.codes, first.budget, first.notes) == (("i10", "i11", "i12"), "ไม่ใช้งบประมาณ", "-")
    assert (second.budget, second.notes, second.period) == ("๕,๐๐๐ บาท", "ต่อเนื่อง", None)


def test_a_measure_merged_over_two_rows_is_one_measure(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _document(
        path,
        [
            HEADER,
            "๑) การใช้ทรัพย์สินของราชการ",
            ["จัดทำคู่มือ (i๑๐)", "- จัดทำคู่มือ", "ต.ค. ๖๗ – ธ.ค. ๖๗", "สำนักปลัด", "", ""],
            ["", "- เผยแพร่คู่มือ", "", "", "", ""],
        ],
    )
    _merge_down(path, 0, 2, 3)
    report = read_docx(path)
    assert len(report.measures) == 1
    assert report.measures[0].actions == "- จัดทำคู่มือ - เผยแพร่คู่มือ"


def test_an_empty_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(ParseError, match="the Word document is empty"):
        read_docx(path)
