"""Rendered reports read back: Markdown and Word, for any readable report."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from itakit.measures import MeasureReport, parse_report, read_docx
from strategies import readable_reports


# Random periods need not fall in the report's fiscal year: that warns, and is read all the same.
@pytest.mark.filterwarnings("ignore:parse_report. the title says")
@given(readable_reports())
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_markdown_reads_back_as_the_same_report(report: MeasureReport) -> None:
    assert parse_report(report.to_markdown()) == report


# Random periods need not fall in the report's fiscal year: that warns, and is read all the same.
@pytest.mark.filterwarnings("ignore:parse_report. the title says")
@given(readable_reports())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_word_reads_back_as_the_same_report(report: MeasureReport) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.docx"
        report.to_docx(path)
        assert read_docx(path) == report
