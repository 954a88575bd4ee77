"""Plans of measures (มาตรการ) and reports on them: parse, model, store, render, link.

>>> from itakit.measures import parse_report, sample_report_text
>>> report = parse_report(sample_report_text())
>>> report.agency, report.fiscal_year, len(report.measures)
('องค์การบริหารส่วนตำบลทรงคนอง', FiscalYear(2567), 7)
"""

from __future__ import annotations

from itakit.measures.analysis_document import AnalysisDocument, analysis_document
from itakit.measures.coverage import Coverage, IndicatorCoverage, coverage
from itakit.measures.docx_reader import docx_text, read_docx
from itakit.measures.docx_writer import write_docx
from itakit.measures.drafting import PLACEHOLDER, draft_plan, unfilled
from itakit.measures.effect import Effect, MeasureEffect, Target, effect
from itakit.measures.html import render_html
from itakit.measures.links import IndicatorLinks, MeasureLink, QuestionLinks, link_measures
from itakit.measures.markdown import render_markdown
from itakit.measures.model import Measure, MeasureGroup, MeasureReport, ReportKind, SkippedLine
from itakit.measures.parser import parse_report
from itakit.measures.sample import sample_report_text
from itakit.measures.storage import dump_report, load_report, loads_report

__all__ = [
    "PLACEHOLDER",
    "AnalysisDocument",
    "Coverage",
    "Effect",
    "IndicatorCoverage",
    "IndicatorLinks",
    "Measure",
    "MeasureEffect",
    "MeasureGroup",
    "MeasureLink",
    "MeasureReport",
    "QuestionLinks",
    "ReportKind",
    "SkippedLine",
    "Target",
    "analysis_document",
    "coverage",
    "docx_text",
    "draft_plan",
    "dump_report",
    "effect",
    "link_measures",
    "load_report",
    "loads_report",
    "parse_report",
    "read_docx",
    "render_html",
    "render_markdown",
    "sample_report_text",
    "unfilled",
    "write_docx",
]
