"""The itakit command on published rows and question scores: verify, and score from question scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itakit.cli import main

DATA = Path(__file__).parent / "data"
PUBLISHED = DATA / "published-fy2563-2564.csv"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def fy2564_only(tmp_path: Path) -> Path:
    lines = PUBLISHED.read_text(encoding="utf-8").splitlines()
    kept = [lines[0], *(line for line in lines[1:] if ",2564," in line)]
    path = tmp_path / "fy2564.csv"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


def test_verify_prints_every_row_and_the_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run(
        capsys, "verify", str(fy2564_only(tmp_path)), "--year", "2564", "--lang", "en"
    )
    assert (status, err) == (0, "")
    assert "ตราด" in out
    assert "นครนายก" in out
    assert "2 of 2 rows reproduce under FY 2564" in out


def test_verify_takes_the_year_from_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = run(capsys, "verify", str(fy2564_only(tmp_path)))
    assert status == 0
    assert "๒ จาก ๒ แถว" in out


def test_verify_as_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run(capsys, "verify", str(fy2564_only(tmp_path)), "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert data["all_reproduce"] is True
    assert [row["published_total"] for row in data["rows"]] == ["81.45", "77.85"]


def test_verify_as_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run(capsys, "verify", str(fy2564_only(tmp_path)), "--format", "csv")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("row,agency,total,published_total,difference")
    assert lines[1].startswith("1,ตราด,81.45,81.45,0.00")


def test_verify_refuses_rows_of_two_years_under_one_edition(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "verify", str(PUBLISHED), "--year", "2564")
    assert (status, out) == (1, "")
    assert err.startswith("itakit: error: ")
    assert "is for FY 2563, not FY 2564" in err


def test_verify_a_row_without_a_total(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "agency,1,2,3,4,5,6,7,8,9,10,total\nก,80,80,80,80,80,80,80,80,80,80,\n", "utf-8"
    )
    status, _, err = run(capsys, "verify", str(path), "--year", "2564")
    assert status == 1
    assert "row 1 (ก) has no total" in err


def test_verify_without_a_year(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "agency,1,2,3,4,5,6,7,8,9,10,total\nก,80,80,80,80,80,80,80,80,80,80,80\n", "utf-8"
    )
    status, _, err = run(capsys, "verify", str(path))
    assert status == 1
    assert "--year" in err


def test_score_a_csv_of_question_scores(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    codes = [f"i{k}" for k in range(1, 16)] + [f"e{k}" for k in range(1, 16)]
    header = ",".join(["agency", *codes, "9", "10"])
    row = ",".join(["อบต. ก", *(["90"] * 15), *(["80"] * 15), "95", "90"])
    path = tmp_path / "questions.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    status, out, err = run(
        capsys, "score", str(path), "--year", "2567", "--questions", "--lang", "en"
    )
    assert (status, err) == (0, "")
    assert "Total  88.00 / 100" in out
    assert "Provisional in FY 2567: indicator weights, questions" in out


def test_score_a_toml_file_of_question_scores(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    scores = "\n".join(f'"i{k}" = 90' for k in range(1, 16))
    scores += "\n" + "\n".join(f'"e{k}" = 80' for k in range(1, 16))
    path = tmp_path / "questions.toml"
    path.write_text(
        f'fiscal_year = 2567\nagency = "อบต. ก"\n[question_scores]\n{scores}\n"9" = 95\n"10" = 90\n',
        encoding="utf-8",
    )
    status, out, err = run(capsys, "score", str(path), "--format", "json")
    assert (status, err) == (0, "")
    records = json.loads(out)
    assert records[0]["total"] == "88.00"
