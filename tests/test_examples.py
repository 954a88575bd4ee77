"""The examples run: every ``examples/*.py`` script and the notebooks, so that they cannot rot.

Every script must exit 0 and print something.  A script may state what its
output must contain in comment lines that start with ``# expect:``; each such
text must then appear in what it prints.  Scripts may also have a test of
their own, below, that checks their output closely.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbclient
import nbformat
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))


def expected_output(script: Path) -> list[str]:
    prefix = "# expect:"
    lines = script.read_text(encoding="utf-8").splitlines()
    return [line[len(prefix) :].strip() for line in lines if line.startswith(prefix)]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_example_script_runs_and_prints_what_it_promises(script: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"{script.name} printed nothing"
    for text in expected_output(script):
        assert text in done.stdout, f"{script.name} did not print {text!r}:\n{done.stdout}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_notebook_is_stored_without_outputs(notebook: Path) -> None:
    cells = nbformat.read(notebook, as_version=4).cells
    code = [cell for cell in cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_notebook_runs_without_error(notebook: Path, tmp_path: Path) -> None:
    book = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(
        book,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    errors = [
        output
        for cell in book.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert errors == []


def test_custom_framework_example() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "custom_framework.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    out = result.stdout
    assert out.startswith(
        "Integrity and Transparency Assessment (ITA), FY 2568 → ITA framework, FY 2568 (our agency's reading):"
    )
    assert "  e6: indicator 7 → indicator 6\n" in out
    assert "weights changed\n  6: 10 → 12\n  7–8: 10 → 9\n" in out
    assert out.endswith("overall confidence of the what-if: provisional\n")


def test_score_agencies_example() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "score_agencies.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["หน่วยงาน", "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ"]
    assert len(lines) == 13  # header, ten agencies, a blank line, the count
    assert lines[-1] == "8 of 10 agencies reach the pass mark of 85"
