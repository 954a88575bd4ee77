"""itakit score with the files people have: survey exports, column options, CSV for Excel."""

from __future__ import annotations

import codecs
import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import itakit
from itakit.cli import main

DATA = Path(__file__).parent / "data"
FORMS = DATA / "google-forms-fy2567.csv"
OIT_TOML = (
    'fiscal_year = 2567\n[agencies."อบต. ตัวอย่างเหนือ (สมมติ)"]\n9 = 91.5\n10 = 88\n'
    '[agencies."เทศบาลตำบลตัวอย่างใต้ (สมมติ)"]\n9 = 75\n10 = 80.25\n'
)


@pytest.fixture
def oit(tmp_path: Path) -> Path:
    path = tmp_path / "oit.toml"
    path.write_text(OIT_TOML, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_google_forms_export_scores_from_the_cli(
    capsys: pytest.CaptureFixture[str], oit: Path
) -> None:
    status, out, err = run(capsys, "score", str(FORMS), "--oit", str(oit), "--format", "csv")
    assert status == 0
    assert "ignored 3 columns that are not questions" in err
    assert "'ประทับเวลา', 'ที่อยู่อีเมล', 'ข้อเสนอแนะเพิ่มเติม'" in err
    expected = itakit.score_file(FORMS, oit=oit)
    rows = {row["agency"]: Decimal(row["total"]) for row in rows_of(out)}
    assert rows == {card.agency: card.total for card in expected}


def test_extra_error_from_the_cli(capsys: pytest.CaptureFixture[str], oit: Path) -> None:
    status, _, err = run(capsys, "score", str(FORMS), "--oit", str(oit), "--extra", "error")
    assert status == 1
    assert ("'ประทับเวลา'" in err and "--ignore" in err) or "ignore=" in err


def test_ignore_from_the_cli(capsys: pytest.CaptureFixture[str], oit: Path) -> None:
    status, _, err = run(
        capsys,
        "score", str(FORMS), "--oit", str(oit), "--extra", "error",
        "--ignore", "ประทับเวลา", "--ignore", "ที่อยู่อีเมล", "--ignore", "ข้อเสนอแนะเพิ่มเติม",
    )  # fmt: skip
    assert status == 0, err


def test_agency_column_from_the_cli(
    capsys: pytest.CaptureFixture[str], oit: Path, tmp_path: Path
) -> None:
    text = FORMS.read_text(encoding="utf-8").replace("หน่วยงาน,", "สังกัด,", 1)
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "score", str(renamed), "--oit", str(oit))
    assert status == 1
    assert "--agency-column" in err
    status, out, _ = run(
        capsys, "score", str(renamed), "--oit", str(oit), "--agency-column", "สังกัด"
    )
    assert status == 0
    assert "อบต. ตัวอย่างเหนือ (สมมติ)" in out


def test_csv_with_a_bom_for_excel(capsys: pytest.CaptureFixture[str], oit: Path) -> None:
    _, plain, _ = run(capsys, "score", str(FORMS), "--oit", str(oit), "--format", "csv")
    _, marked, _ = run(capsys, "score", str(FORMS), "--oit", str(oit), "--format", "csv", "--bom")
    assert not plain.startswith("\ufeff")
    assert marked == "\ufeff" + plain
    assert marked[:1].encode("utf-8") == codecs.BOM_UTF8


def test_table_to_csv(tmp_path: Path) -> None:
    table = itakit.framework(2567).score_indicator_table(
        {"agency": ["ก", "ข"], **{str(n): [80.25, 91.5 - n] for n in range(1, 11)}}
    )
    text = table.to_csv()
    assert rows_of(text)[0]["agency"] == table.agencies[0]
    assert rows_of(text)[0]["total"] == str(table.card(table.agencies[0]).total)
    path = table.to_csv(tmp_path / "scores.csv", bom=True)
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert path.read_text(encoding="utf-8-sig") == text
    again = itakit.score_file(path, year=2567)
    assert [card.total for card in again] == [card.total for card in table]
