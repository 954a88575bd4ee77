"""itakit report FILE --to md|html|docx|toml|json."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from itakit.cli import main
from itakit.measures import MeasureReport, parse_report, read_docx, sample_report_text

DATA = Path(__file__).parent / "data"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    shutil.copy(DATA / "songkhanong-fy2567.txt", path)
    return path


@pytest.mark.parametrize("to", ["md", "toml", "json"])
def test_report_to_text_formats_on_standard_output(
    capsys: pytest.CaptureFixture[str], source: Path, to: str
) -> None:
    status, out, err = _run(capsys, "report", str(source), "--to", to)
    assert (status, err) == (0, "")
    expected = parse_report(sample_report_text())
    if to == "md":
        assert parse_report(out) == expected
    elif to == "toml":
        assert MeasureReport.from_toml(out) == expected
    else:
        assert MeasureReport.from_json(out) == expected


def test_report_to_html_and_docx_files_and_back(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    html = tmp_path / "report.html"
    assert (
        _run(capsys, "report", str(source), "--to", "html", "--digits", "arabic", "-o", str(html))[
            0
        ]
        == 0
    )
    assert "ต.ค. 66 – ก.ย. 67" in html.read_text(encoding="utf-8")
    docx = tmp_path / "report.docx"
    assert _run(capsys, "report", str(source), "--to", "docx", "--output", str(docx))[0] == 0
    assert read_docx(docx) == parse_report(sample_report_text())
    # and a stored or Word report is read as well as a text one
    toml = tmp_path / "report.toml"
    assert _run(capsys, "report", str(docx), "--to", "toml", "-o", str(toml))[0] == 0
    status, out, _ = _run(capsys, "report", str(toml), "--to", "json")
    assert status == 0
    assert MeasureReport.from_json(out) == parse_report(sample_report_text())


def test_errors_are_one_line_and_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    truncated = DATA / "songkhanong-truncated.txt"
    status, out, err = _run(capsys, "report", str(truncated), "--to", "md")
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("itakit: error: ")
    assert "line 46: the text ends inside a measure row" in err
    status, _, err = _run(capsys, "report", str(tmp_path / "missing.txt"), "--to", "md")
    assert status == 1
    assert err.count("\n") == 1
    assert "No such file or directory" in err
    status, _, err = _run(capsys, "report", str(truncated), "--to", "docx")
    assert status == 1
    assert "--output" in err


def test_lenient_warns_on_standard_error_and_goes_on(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(
        capsys, "report", str(DATA / "songkhanong-truncated.txt"), "--to", "md", "--lenient"
    )
    assert status == 0
    assert err.startswith("itakit: warning: ")
    assert "line 45" in err
    assert "line 46" in err
    assert len(parse_report(out).measures) == 6
