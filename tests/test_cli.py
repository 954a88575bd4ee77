"""The itakit command: frameworks, show, diff; golden pages of every edition.

The golden files in tests/golden are the exact output of ``itakit show YEAR``
(``fyYEAR.txt``) and the canonical JSON of the edition (``fyYEAR.json``).  When
a change to the data or the page is intended, regenerate them with

    ITAKIT_REGENERATE_GOLDEN=1 python -m pytest tests/test_cli.py

and read the diff before committing it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from itakit import dump_framework, framework, frameworks
from itakit.cli import main

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("ITAKIT_REGENERATE_GOLDEN") == "1"
YEARS = [int(e.fiscal_year) for e in frameworks()]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} changed: see this file's docstring"


@pytest.mark.parametrize("year", YEARS)
def test_show_prints_the_golden_page(capsys: pytest.CaptureFixture[str], year: int) -> None:
    status, out, err = _run(capsys, "show", str(year))
    assert (status, err) == (0, "")
    _golden(f"fy{year}.txt", out)


@pytest.mark.parametrize("year", YEARS)
def test_each_edition_matches_its_golden_json(year: int) -> None:
    _golden(f"fy{year}.json", dump_framework(framework(year), format="json"))


def test_show_2564_lists_the_ten_weights(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "show", "2564", "--lang", "en")
    assert status == 0
    lines = out.splitlines()
    start = lines.index("Indicators") + 2
    rows = [line.split() for line in lines[start : start + 10]]
    assert [row[0] for row in rows] == [str(n) for n in range(1, 11)]
    assert [row[-3] for row in rows] == ["6", "6", "6", "6", "6", "10", "10", "10", "20", "20"]
    assert lines[start + 10].split() == ["total", "100"]
    assert "      note: the form splits i11 into at least two sub-items" in out
    assert "    9.1 basic information" in out
    assert "  AA     95.00–100.00" in out


def test_show_writes_thai_digits_for_thai(capsys: pytest.CaptureFixture[str]) -> None:
    _, thai, _ = _run(capsys, "show", "๒๕๖๔")
    _, arabic, _ = _run(capsys, "show", "2564", "--digits", "arabic")
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๔" in thai
    assert "    i๑๑  " in thai
    assert "    i11  " in arabic
    assert thai != arabic


def test_show_reads_a_framework_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(dump_framework(framework(2567)), encoding="utf-8")
    _, from_file, _ = _run(capsys, "show", str(path))
    _, shipped, _ = _run(capsys, "show", "2567")
    assert from_file == shipped


def test_frameworks_lists_years_and_confidence(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "frameworks", "--lang", "en")
    assert status == 0
    assert out.splitlines() == [
        "FY    confidence   weights      levels       title",
        "2563  provisional  verified     sourced      Integrity and Transparency Assessment (ITA), FY 2563",
        "2564  provisional  verified     sourced      Integrity and Transparency Assessment (ITA), FY 2564",
        "2565  provisional  provisional  sourced      Integrity and Transparency Assessment (ITA), FY 2565",
        "2566  provisional  provisional  inferred     Integrity and Transparency Assessment (ITA), FY 2566",
        "2567  provisional  provisional  sourced      Integrity and Transparency Assessment (ITA), FY 2567",
        "2568  provisional  provisional  sourced      Integrity and Transparency Assessment (ITA), FY 2568",
        "2569  provisional  provisional  provisional  Integrity and Transparency Assessment (ITA), FY 2569",
        "2570  provisional  provisional  provisional  Integrity and Transparency Assessment (ITA), FY 2570",
    ]
    _, thai, _ = _run(capsys, "frameworks")
    assert thai.splitlines()[2].startswith("๒๕๖๔       สมมติฐานชั่วคราว")


def test_diff_prints_the_changes(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "diff", "2567", "2568")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "FY 2567 → FY 2568: 30 changes"
    assert "  o1–o19: indicator 9" in lines
    assert "  o20–o26: indicator 10" in lines


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "2024"], "itakit: error: 2024 looks like a C.E. year"),
        (["show", "2580"], "itakit: error: no framework edition for FY 2580"),
        (["show", "mine.toml"], "itakit: error: mine.toml: cannot read the file"),
        (["diff", "2564", "next"], "itakit: error: cannot read a fiscal year from 'next'"),
    ],
)
def test_errors_exit_1_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = _run(capsys, *argv)
    assert status == 1
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_a_bad_file_is_one_line_naming_its_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        dump_framework(framework(2567)).replace("weight = 20", "weight = 21"), encoding="utf-8"
    )
    status, _, err = _run(capsys, "show", str(path))
    assert status == 1
    assert (
        err
        == f"itakit: error: {path}: indicators: indicator weights must sum to 100 (got 102: 1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 10, 7: 10, 8: 10, 9: 21, 10: 21)\n"
    )


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    scores = tmp_path / "many.csv"
    header = "agency," + ",".join(str(n) for n in range(1, 11))
    rows = [f"agency {k}," + ",".join(["80"] * 10) for k in range(3000)]
    scores.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "itakit", "score", str(scores), "--year", "2564"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.read(10)
        process.stdout.close()  # like `| head -c 10`
        errors = process.stderr.read().decode()
        process.wait(timeout=60)
    assert len(first) == 10
    assert errors == ""


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    import itakit

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"itakit {itakit.__version__}"
    from importlib.metadata import version

    assert itakit.__version__ == version("itakit")
