"""The scripts in examples/ run and print what they promise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


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
