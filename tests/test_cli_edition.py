"""``itakit edition new`` and ``itakit edition check``; ``itakit show`` of the current years."""

from __future__ import annotations

from pathlib import Path

import pytest

from itakit import Confidence, framework, load_framework
from itakit.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_new_writes_an_editable_file_of_the_new_year(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "fy2571.toml"
    status, out, err = _run(capsys, "edition", "new", "2571", "--from", "2570", "-o", str(path))
    assert (status, out) == (0, "")
    assert f"wrote {path}" in err
    fy2571 = load_framework(path)
    assert int(fy2571.fiscal_year) == 2571
    assert fy2571.title_en.endswith("FY 2571")
    parts = [*fy2571.indicators, *fy2571.questions, *fy2571.scales, fy2571.levels]
    assert {part.confidence for part in parts} == {Confidence.PROVISIONAL}
    assert all("carried forward from FY 2570" in (part.note or "") for part in parts)
    assert [i.weight for i in fy2571.indicators] == [i.weight for i in framework(2570).indicators]


def test_new_without_from_starts_from_the_latest_edition_before_the_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _run(capsys, "edition", "new", "๒๕๗๒")
    assert status == 0
    assert out.startswith("fiscal_year = 2572\n")
    assert "carried forward from FY 2570: unknown for FY 2572" in out


def test_new_writes_json_by_the_suffix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "fy2571.json"
    assert _run(capsys, "edition", "new", "2571", "-o", str(path))[0] == 0
    assert path.read_text(encoding="utf-8").startswith('{\n  "fiscal_year": 2571')


def test_new_refuses_a_year_before_its_source(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "edition", "new", "2569", "--from", "2570")
    assert (status, out) == (1, "")
    assert "later year" in err


def test_check_prints_the_confidence_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "fy2571.toml"
    _run(capsys, "edition", "new", "2571", "-o", str(path))
    status, out, _ = _run(capsys, "edition", "check", str(path), "--lang", "en")
    assert status == 0
    assert out.splitlines()[0] == "FY 2571: confidence provisional"
    assert "  OIT rule           provisional  1" in out.splitlines()


def test_check_names_a_problem_with_its_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "fy2571.toml"
    _run(capsys, "edition", "new", "2571", "-o", str(path))
    text = path.read_text(encoding="utf-8").replace("weight = 6\n", 'weight = "six"\n', 1)
    path.write_text(text, encoding="utf-8")
    status, out, err = _run(capsys, "edition", "check", str(path))
    assert (status, out) == (1, "")
    assert f"{path}: indicators[0].weight: expected a number" in err


@pytest.mark.parametrize("year", ["2569", "2570"])
def test_show_prints_the_current_years_with_confidence(
    capsys: pytest.CaptureFixture[str], year: str
) -> None:
    status, out, _ = _run(capsys, "show", year, "--lang", "en")
    assert status == 0
    lines = out.splitlines()
    assert lines[2] == "Overall confidence: provisional"
    assert lines[3].split() == ["part", "confidence", "values", "provisional"]
    assert "OIT rule (item_share; provisional)" in lines
