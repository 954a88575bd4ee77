"""The itakit command: demo and score; score files (CSV, TOML, JSON)."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from importlib.resources import files
from pathlib import Path

import pytest

import itakit
from itakit import ItakitError, Tool
from itakit.cli import main
from itakit.scoring.files import score_file

TRAT = "93.55,87.72,91.01,87.93,89.52,90.55,88.68,88.58,72.89,65.56"
NAKHON_NAYOK = "94.65,89.11,91.95,89.29,89.86,92.12,89.90,89.49,65.89,51.15"
DATA = files("itakit.data")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_demo_prints_the_example_agencys_score_card_in_thai(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "demo")
    assert (status, err) == (0, "")
    assert out.startswith("ปีงบประมาณ พ.ศ. ๒๕๖๗: 2023-10-01 – 2024-09-30\n")
    assert "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗ · อบต. ตัวอย่าง (สมมติ)" in out
    assert "คะแนนรวม  ๘๗.๖๑ / ๑๐๐   ระดับ ผ่าน (ถึงเกณฑ์ผ่าน ๘๕)" in out
    assert "ไม่ถึงระดับ ผ่านดี: EIT ๘๒.๖๔ ต่ำกว่า ๘๕" in out
    assert "ผู้ตอบ: IIT ๑๖ คน, EIT ๑๔ คน" in out


def test_demo_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "demo", "--lang", "en")
    assert status == 0
    assert "Total  87.61 / 100   level pass (passed: 85 or more)" in out


def test_the_example_agency_is_scored_from_thirty_respondents() -> None:
    table = score_file(DATA / "example_answers.csv", oit=DATA / "example_oit.toml")
    card = table.card("อบต. ตัวอย่าง (สมมติ)")
    assert card.respondents == {Tool.IIT: 16, Tool.EIT: 14}
    assert card.indicator_scores[9] == Decimal("93.50")
    assert str(card.level) == "ผ่าน"


def test_score_a_csv_of_indicator_scores(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "east.csv",
        f"agency,{','.join(map(str, range(1, 11)))}\nตราด,{TRAT}\nนครนายก,{NAKHON_NAYOK}\n",
    )
    status, out, err = run(capsys, "score", str(path), "--year", "2564", "--lang", "en")
    assert (status, err) == (0, "")
    assert "ITA result FY 2564 (Oct 2020 – Sep 2021) · ตราด" in out
    assert "Total  81.45 / 100   level B (not passed: under 85)" in out
    assert "Total  77.85 / 100   level B" in out
    status, out, _ = run(
        capsys, "score", str(path), "--year", "๒๕๖๔", "--table", "--digits", "arabic"
    )
    assert status == 0
    assert out.splitlines()[1].split() == ["ตราด", "89.95", "89.27", "69.23", "81.45", "B"]
    assert out.splitlines()[2].split() == ["นครนายก", "90.97", "90.50", "58.52", "77.85", "B"]


def test_score_takes_the_year_from_a_fiscal_year_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "trat.csv",
        f"fiscal_year,agency,{','.join(map(str, range(1, 11)))}\n2563,ตราด,92.57,86.13,90.08,85.98,88.04,83.67,82.11,79.29,69.94,52.78\n",
    )
    status, out, _ = run(capsys, "score", str(path), "--table")
    assert status == 0
    assert "75.62" in out.replace("๗๕.๖๒", "75.62")


def test_score_toml_and_json_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    scores = dict(zip(range(1, 11), TRAT.split(","), strict=True))
    toml = write(
        tmp_path / "trat.toml",
        'fiscal_year = 2564\n[agencies."ตราด"]\n'
        + "".join(f"{n} = {s}\n" for n, s in scores.items()),
    )
    status, out, _ = run(capsys, "score", str(toml), "--digits", "arabic")
    assert status == 0
    assert "คะแนนรวม  81.45 / 100   ระดับ B" in out
    card = itakit.framework(2564).score_indicators(scores, agency="ตราด")
    saved = write(tmp_path / "card.json", json.dumps(card.to_dict(), ensure_ascii=False))
    assert score_file(saved).card("ตราด") == card


def test_score_answers_with_an_oit_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    answers = DATA / "example_answers.csv"
    oit = write(tmp_path / "oit.csv", "agency,9,10\nอบต. ตัวอย่าง (สมมติ),93.5,90.25\n")
    status, out, err = run(
        capsys, "score", str(answers), "--oit", str(oit), "--year", "2567", "--table"
    )
    assert (status, err) == (0, "")
    assert "อบต. ตัวอย่าง (สมมติ)" in out
    assert "๘๗.๖๑" in out


def test_bad_input_exits_1_with_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    header = f"agency,{','.join(map(str, range(1, 11)))}\n"
    cases = {
        "no-year.csv": (header + f"ตราด,{TRAT}\n", [], "does not say its fiscal year"),
        "range.csv": (
            header + f"ตราด,{TRAT.replace('93.55', '193.55')}\n",
            ["--year", "2564"],
            "1 problem: agency 'ตราด': indicator 1: '193.55' is outside 0–100 (row 0) (--skip",
        ),
        "wrong-year.toml": ("fiscal_year = 2563\n", ["--year", "2564"], "is for FY 2563"),
        "ragged.csv": (
            header + "ตราด,1,2\n",
            ["--year", "2564"],
            "line 2: 3 cells under a header of 11",
        ),
        "answers.csv": ("agency,i1\nก,3\n", ["--year", "2567"], "pass oit="),
        "scores.txt": ("x", ["--year", "2564"], "expected a .csv, .xlsx, .toml or .json file"),
    }
    for name, (text, extra, message) in cases.items():
        status, out, err = run(capsys, "score", str(write(tmp_path / name, text)), *extra)
        assert status == 1, name
        assert out == "", name
        assert err.startswith("itakit: error: "), name
        assert err.count("\n") == 1, name
        assert message in err, name
    status, _, err = run(capsys, "score", str(tmp_path / "missing.csv"), "--year", "2564")
    assert status == 1
    assert "cannot read missing.csv" in err


def test_score_skip_scores_the_rest_and_warns_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "east.csv",
        f"agency,{','.join(map(str, range(1, 11)))}\nตราด,{TRAT}\nนครนายก,{NAKHON_NAYOK.replace('51.15', '')}\n",
    )
    status, out, err = run(capsys, "score", str(path), "--year", "2564", "--skip", "--table")
    assert status == 0
    assert err.startswith("itakit: warning: skipped 1 agency with problems")
    assert "นครนายก" in err
    assert "ตราด" in out
    assert "นครนายก" not in out


def test_score_file_reads_fraction_text_exactly(tmp_path: Path) -> None:
    path = write(
        tmp_path / "thirds.json",
        json.dumps(
            {"fiscal_year": 2567, "agencies": {"ก": {str(n): "200/3" for n in range(1, 11)}}}
        ),
    )
    card = score_file(path).card("ก")
    assert card.total_exact == Fraction(200, 3)
    with pytest.raises(ItakitError, match="expected 'agencies'"):
        score_file(write(tmp_path / "empty.json", "{}"), year=2567)
