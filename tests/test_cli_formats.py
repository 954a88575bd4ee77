"""The itakit command for programs: --format csv and json, exit codes, progress on a terminal."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import itakit
from itakit import dump_framework, framework, frameworks, loads_framework
from itakit.cli import main

TRAT = "93.55,87.72,91.01,87.93,89.52,90.55,88.68,88.58,72.89,65.56"
NAKHON_NAYOK = "94.65,89.11,91.95,89.29,89.86,92.12,89.90,89.49,65.89,51.15"
HEADER = f"agency,{','.join(map(str, range(1, 11)))}\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def east(tmp_path: Path) -> Path:
    """The published FY 2564 indicator scores of ตราด and นครนายก."""
    path = tmp_path / "east.csv"
    path.write_text(f"{HEADER}ตราด,{TRAT}\nนครนายก,{NAKHON_NAYOK}\n", encoding="utf-8")
    return path


# -- score ---------------------------------------------------------------------


def test_score_csv_is_one_row_per_agency_with_published_values(
    capsys: pytest.CaptureFixture[str], east: Path
) -> None:
    status, out, err = run(capsys, "score", str(east), "--year", "2564", "--format", "csv")
    assert (status, err) == (0, "")
    rows = rows_of(out)
    assert list(rows[0]) == [
        "agency",
        *map(str, range(1, 11)),
        *("IIT", "EIT", "OIT"),
        *("total", "level"),
    ]
    trat = rows[0]
    assert trat["agency"] == "ตราด"
    assert [trat[str(n)] for n in range(1, 11)] == TRAT.split(",")
    assert (trat["IIT"], trat["EIT"], trat["OIT"]) == ("89.95", "89.27", "69.23")
    assert (trat["total"], trat["level"]) == ("81.45", "B")
    assert (rows[1]["agency"], rows[1]["total"], rows[1]["level"]) == ("นครนายก", "77.85", "B")


def test_score_json_is_every_agencys_record_with_decimals_as_text(
    capsys: pytest.CaptureFixture[str], east: Path
) -> None:
    status, out, _ = run(capsys, "score", str(east), "--year", "2564", "--format", "json")
    assert status == 0
    assert "ตราด" in out  # Thai as it is, not \u escapes
    records = json.loads(out)
    assert [record["agency"] for record in records] == ["ตราด", "นครนายก"]
    trat = records[0]
    assert (trat["total"], trat["level"], trat["passed"]) == ("81.45", "B", False)
    assert (trat["9"], trat["OIT"], trat["OIT_points"]) == ("72.89", "69.23", "27.69")


def test_machine_formats_ignore_lang_and_digits(
    capsys: pytest.CaptureFixture[str], east: Path
) -> None:
    for form in ("csv", "json"):
        outputs = {
            run(capsys, "score", str(east), "--year", "2564", "--format", form, *extra)[1]
            for extra in ([], ["--lang", "en"], ["--lang", "th", "--digits", "thai"])
        }
        assert len(outputs) == 1, form
        assert "๘" not in outputs.pop(), form


def test_format_table_is_the_score_cards(capsys: pytest.CaptureFixture[str], east: Path) -> None:
    _, default, _ = run(capsys, "score", str(east), "--year", "2564")
    _, table, _ = run(capsys, "score", str(east), "--year", "2564", "--format", "table")
    assert default == table
    assert "คะแนนรวม  ๘๑.๔๕ / ๑๐๐   ระดับ B" in table


def test_score_csv_of_answers_with_skipped_agencies_keeps_warnings_off_stdout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "east.csv"
    path.write_text(
        f"{HEADER}ตราด,{TRAT}\nนครนายก,{NAKHON_NAYOK.replace('51.15', '')}\n", encoding="utf-8"
    )
    status, out, err = run(
        capsys, "score", str(path), "--year", "2564", "--skip", "--format", "csv"
    )
    assert status == 0
    assert [row["agency"] for row in rows_of(out)] == ["ตราด"]
    assert err.startswith("itakit: warning: skipped 1 agency")


def test_every_agency_skipped_gives_a_header_or_an_empty_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"{HEADER}ตราด,{TRAT.replace('93.55', '')}\n", encoding="utf-8")
    argv = ["score", str(path), "--year", "2564", "--skip", "--format"]
    _, out, _ = run(capsys, *argv, "csv")
    assert out.splitlines() == [f"{HEADER.strip()},IIT,EIT,OIT,total,level"]
    _, out, _ = run(capsys, *argv, "json")
    assert json.loads(out) == []
    _, out, _ = run(capsys, *argv, "table")
    assert out == ""


def test_demo_as_json_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "demo", "--format", "json")
    assert status == 0
    (record,) = json.loads(out)
    assert (record["total"], record["level"], record["IIT_respondents"]) == ("87.61", "ผ่าน", 16)
    _, out, _ = run(capsys, "demo", "--format", "csv")
    (row,) = rows_of(out)
    assert (row["agency"], row["total"]) == ("อบต. ตัวอย่าง (สมมติ)", "87.61")


# -- show, frameworks, diff ----------------------------------------------------


def test_show_csv_lists_the_indicators(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "2564", "--format", "csv")
    assert status == 0
    rows = rows_of(out)
    assert [row["number"] for row in rows] == [str(n) for n in range(1, 11)]
    assert [row["weight"] for row in rows] == ["6"] * 5 + ["10"] * 3 + ["20"] * 2
    assert rows[1]["name_en"] == "budget use"
    assert rows[1]["name_th"] == "การใช้งบประมาณ"
    assert (rows[8]["tool"], rows[8]["confidence"]) == ("OIT", "verified")
    assert all(row["sources"] for row in rows)


def test_show_json_is_the_framework_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "๒๕๖๗", "--format", "json", "--digits", "thai")
    assert status == 0
    assert out == dump_framework(framework(2567), format="json")
    assert loads_framework(out, format="json") == framework(2567)


def test_frameworks_csv_and_json_list_every_edition(capsys: pytest.CaptureFixture[str]) -> None:
    years = [int(edition.fiscal_year) for edition in frameworks()]
    _, out, _ = run(capsys, "frameworks", "--format", "csv")
    rows = rows_of(out)
    assert [int(row["fiscal_year"]) for row in rows] == years
    assert rows[1]["weights_confidence"] == "verified"
    assert rows[1]["title_en"] == "Integrity and Transparency Assessment (ITA), FY 2564"
    _, out, _ = run(capsys, "frameworks", "--format", "json")
    records: list[dict[str, Any]] = json.loads(out)
    assert [record["fiscal_year"] for record in records] == years
    assert records[3]["levels_confidence"] == "inferred"  # FY 2566


def test_diff_json_and_csv_list_the_changes(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "diff", "2566", "2567", "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert (data["before"], data["after"]) == ("FY 2566", "FY 2567")
    assert [(c["kind"], c["subject"]) for c in data["changes"]] == [
        ("scale", "iit_six_level"),
        ("scale", "eit_six_level"),
        ("levels_confidence", "levels"),
    ]
    assert data["changes"][-1] == {
        "kind": "levels_confidence",
        "title": "confidence of the level scheme changed",
        "subject": "levels",
        "before": "inferred",
        "after": "sourced",
    }
    _, out, _ = run(capsys, "diff", "2564", "2566", "--format", "csv")
    rows = rows_of(out)
    expected = itakit.diff_frameworks(framework(2564), framework(2566))
    assert len(rows) == len(expected)
    removed = [row for row in rows if row["kind"] == "question_removed"]
    assert removed[0] == {"kind": "question_removed", "subject": "i16", "before": "", "after": ""}


# -- exit codes ----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["nope"],
        ["show"],
        ["show", "2567", "--format", "xml"],
        ["diff", "2566", "2567", "--lang", "en"],  # diff has no Thai text to choose
        ["score", "x.csv", "--digits", "roman"],
    ],
)
def test_a_command_line_not_understood_exits_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert "usage: itakit" in err


def test_help_exits_0_and_documents_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "exit status:\n  0  done\n  1  bad input" in out
    assert "  2  a command line that is not understood" in out


@pytest.mark.parametrize("form", ["table", "csv", "json"])
def test_bad_input_exits_1_whatever_the_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, form: str
) -> None:
    for argv in (
        ["score", str(tmp_path / "missing.csv"), "--year", "2564"],
        ["show", "2580"],
        ["diff", "2564", str(tmp_path / "missing.toml")],
    ):
        status, out, err = run(capsys, *argv, "--format", form)
        assert (status, out) == (1, ""), argv
        assert err.startswith("itakit: error: "), argv
        assert err.count("\n") == 1, argv


def test_an_os_error_is_one_line_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse() -> None:
        raise PermissionError(13, "Permission denied", "/srv/editions")

    monkeypatch.setattr("itakit.cli.frameworks", refuse)
    status, out, err = run(capsys, "frameworks")
    assert (status, out) == (1, "")
    assert err == "itakit: error: Permission denied: /srv/editions\n"


# -- progress ------------------------------------------------------------------


def test_progress_shows_on_a_terminal_and_is_wiped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, east: Path
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    status, out, err = run(capsys, "score", str(east), "--year", "2564", "--format", "csv")
    assert status == 0
    assert rows_of(out)[0]["total"] == "81.45"  # stdout holds the CSV alone
    shown = [part.strip() for part in err.split("\r") if part.strip()]
    assert [message.split("…")[0] for message in shown] == [
        "itakit: reading east.csv",
        "itakit: scoring 2 rows",
    ]
    assert all(message.endswith(" s)") for message in shown)
    assert err.endswith("\r")  # the last message is wiped
    assert "\n" not in err


def test_no_progress_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, east: Path
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert run(capsys, "score", str(east), "--year", "2564")[2] == ""


def test_score_file_reports_its_stages() -> None:
    from importlib.resources import files

    from itakit.scoring.files import score_file

    data = files("itakit.data")
    said: list[str] = []
    score_file(data / "example_answers.csv", oit=data / "example_oit.toml", progress=said.append)
    assert said == ["reading example_answers.csv", "reading example_oit.toml", "scoring 30 rows"]
