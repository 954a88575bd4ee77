"""Excel in and out: workbooks read as tables, results written as workbooks an official opens as is."""

from __future__ import annotations

import os
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import itakit
from itakit import ItakitError, ParseError
from itakit.cli import main

FY2564 = itakit.framework(2564)
TRAT = [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56]
NAYOK = [94.65, 89.11, 91.95, 89.29, 89.86, 92.12, 89.90, 89.49, 65.89, 51.15]


def indicator_workbook(path: Path, *, sheet: str = "ผลคะแนน", first: str | None = None) -> Path:
    """An .xlsx of indicator scores as an official types it (written with openpyxl, not itakit)."""
    book = openpyxl.Workbook()
    if first is not None:
        book.active.title = first
        book.active["A1"] = "ข้อมูลอื่น"
        target = book.create_sheet(sheet)
    else:
        target = book.active
        target.title = sheet
    target.append(["หน่วยงาน", *[f"ตัวชี้วัดที่ {n}" for n in range(1, 11)], "หมายเหตุ"])
    target.append(["ตราด", *TRAT, "ปีงบ 2564"])
    target.append(["นครนายก", *NAYOK, None])
    book.save(path)
    return path


def scored(path: Path, **options: Any) -> dict[str, Decimal]:
    table = itakit.score_file(path, year=2564, **options)
    return {str(card.agency): card.total for card in table}


def test_an_xlsx_of_indicator_scores_scores_from_python(tmp_path: Path) -> None:
    path = indicator_workbook(tmp_path / "scores.xlsx")
    assert scored(path) == {"ตราด": Decimal("81.45"), "นครนายก": Decimal("77.85")}
    table = FY2564.score_file(path)
    assert table.ignored_columns == ("หมายเหตุ",)


def test_a_named_sheet(tmp_path: Path) -> None:
    path = indicator_workbook(tmp_path / "scores.xlsx", sheet="คะแนน", first="ปก")
    assert scored(path, sheet="คะแนน")["ตราด"] == Decimal("81.45")
    with pytest.raises(ParseError, match=r"no sheet 'Scores'.*'ปก', 'คะแนน'"):
        scored(path, sheet="Scores")


def test_an_xlsx_scores_from_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = indicator_workbook(tmp_path / "scores.xlsx", sheet="คะแนน", first="ปก")
    status = main(["score", str(path), "--year", "2564", "--sheet", "คะแนน", "--format", "csv"])
    captured = capsys.readouterr()
    assert status == 0
    assert "ตราด" in captured.out
    assert "81.45" in captured.out
    assert "หมายเหตุ" in captured.err
    status = main(["score", str(path), "--year", "2564", "--sheet", "nope"])
    assert status == 1
    assert "no sheet 'nope'" in capsys.readouterr().err


def test_table_to_excel_reads_back(tmp_path: Path) -> None:
    table = itakit.score_file(indicator_workbook(tmp_path / "in.xlsx"), year=2564)
    out = table.to_excel(tmp_path / "out.xlsx")
    assert out == tmp_path / "out.xlsx"
    again = itakit.score_file(out, year=2564)
    assert [card.total for card in again] == [card.total for card in table]
    assert [dict(card.indicator_scores) for card in again] == [
        dict(card.indicator_scores) for card in table
    ]


def test_table_workbook_has_thai_headers_numbers_and_confidence(tmp_path: Path) -> None:
    table = itakit.score_file(indicator_workbook(tmp_path / "in.xlsx"), year=2564)
    book = openpyxl.load_workbook(table.to_excel(tmp_path / "out.xlsx"))
    assert book.sheetnames == ["คะแนน", "ความเชื่อมั่น"]
    sheet = book["คะแนน"]
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "หน่วยงาน"
    assert header[1] == "1. การปฏิบัติหน้าที่"
    assert "คะแนนรวม" in header
    assert "ระดับ" in header
    total = sheet.cell(row=2, column=header.index("คะแนนรวม") + 1)
    assert total.value == 81.45
    assert total.number_format == "0.00"
    assert sheet.cell(row=2, column=header.index("ระดับ") + 1).value == "B"
    confidence = [[cell.value for cell in row] for row in book["ความเชื่อมั่น"].iter_rows()]
    assert ["ปีงบประมาณ", 2564, None] in confidence
    assert any(row[1] and FY2564.confidence.value in str(row[1]) for row in confidence)


def test_english_workbook(tmp_path: Path) -> None:
    table = itakit.score_file(indicator_workbook(tmp_path / "in.xlsx"), year=2564)
    book = openpyxl.load_workbook(table.to_excel(tmp_path / "out.xlsx", lang="en"))
    assert book.sheetnames == ["Scores", "Confidence"]
    header = [cell.value for cell in book["Scores"][1]]
    assert header[:2] == ["Agency", "1. performance of duty"]
    assert "Total" in header
    again = itakit.score_file(tmp_path / "out.xlsx", year=2564)
    assert [card.total for card in again] == [card.total for card in table]


def test_card_to_excel(tmp_path: Path) -> None:
    card = FY2564.score_indicators(dict(zip(range(1, 11), TRAT, strict=True)), agency="ตราด")
    path = card.to_excel(tmp_path / "card.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["คะแนน", "ตัวชี้วัด", "ความเชื่อมั่น"]
    rows = [[cell.value for cell in row] for row in book["ตัวชี้วัด"].iter_rows()]
    assert rows[0] == ["ตัวชี้วัด", "เครื่องมือ", "น้ำหนัก", "คะแนน"]
    assert rows[10][3] == 65.56
    assert itakit.score_file(path, year=2564).card("ตราด") == card


def test_writing_replaces_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")
    card = FY2564.score_indicators(dict(zip(range(1, 11), TRAT, strict=True)))
    card.to_excel(path)
    assert zipfile.is_zipfile(path)
    assert os.listdir(tmp_path) == ["out.xlsx"]  # no temporary file left beside it


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xlsxwriter

    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")

    def broken(self: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(xlsxwriter.Workbook, "close", broken)
    card = FY2564.score_indicators(dict(zip(range(1, 11), TRAT, strict=True)))
    with pytest.raises(OSError, match="disk full"):
        card.to_excel(path)
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.xlsx"]


def test_merged_header_cells_are_an_error(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["หน่วยงาน", "คะแนนตัวชี้วัด", None])
    sheet.merge_cells("B1:C1")
    sheet.append(["ตราด", 93.55, 87.72])
    book.save(tmp_path / "merged.xlsx")
    with pytest.raises(ParseError, match=r"merged cells \(B1:C1\)"):
        itakit.score_file(tmp_path / "merged.xlsx", year=2564)


def test_a_corrupted_workbook_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(ParseError, match="corrupted"):
        itakit.score_file(path, year=2564)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(indicator_workbook(tmp_path / "good.xlsx").read_bytes()[:500])
    with pytest.raises(ItakitError):
        itakit.score_file(truncated, year=2564)


def test_a_password_protected_workbook_is_an_error(tmp_path: Path) -> None:
    # Excel saves an encrypted .xlsx as an OLE compound file, not a zip
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(ParseError, match="password"):
        itakit.score_file(path, year=2564)


def test_an_empty_sheet_and_a_missing_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "ว่าง"
    sheet = book.create_sheet("ไม่มีหัว")
    sheet.append(["หน่วยงาน", None, "2"])
    sheet.append(["ตราด", 93.55, 87.72])
    book.save(tmp_path / "odd.xlsx")
    with pytest.raises(ParseError, match="empty"):
        itakit.score_file(tmp_path / "odd.xlsx", year=2564)
    with pytest.raises(ParseError, match="B1 has no header"):
        itakit.score_file(tmp_path / "odd.xlsx", year=2564, sheet="ไม่มีหัว")


def test_answers_in_a_workbook(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    codes = [f"i{k}" for k in range(1, 16)] + [f"e{k}" for k in range(1, 16)]
    sheet.append(["ประทับเวลา", "หน่วยงาน", *[f"{code}. คำถาม" for code in codes]])
    sheet.append(["2024-06-01", "ก", *[3] * 15, *[None] * 15])
    sheet.append(["2024-06-02", "ก", *[None] * 15, *["มาก"] * 15])
    book.save(tmp_path / "answers.xlsx")
    oit = tmp_path / "oit.toml"
    oit.write_text('[agencies."ก"]\n9 = 90\n10 = 80\n', encoding="utf-8")
    table = itakit.score_file(tmp_path / "answers.xlsx", year=2567, oit=oit)
    assert table.ignored_columns == ("ประทับเวลา",)
    assert table.card("ก").indicator_scores[1] == Decimal("100.00")
    assert table.card("ก").indicator_scores[6] == Decimal("66.67")
