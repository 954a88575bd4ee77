"""examples/measures_report.py runs, prints the report as Markdown and writes its HTML page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "measures_report.py"


def test_measures_report_example(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, str(EXAMPLE), str(page)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    out = result.stdout
    assert out.startswith("# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n")
    assert "| **๔) กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ** |" in out
    assert "indicators addressed under FY 2567: 2, 3, 4, 6, 7\n" in out
    assert out.endswith(f"wrote {page}\n")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
