"""Documents as agencies write them: every variant in tests/data/measures_variants yields its facts.

Each ``NAME.txt`` there is the reference report (or the FY 2568 plan of
tests/data) altered the way real documents differ, one variation each; its
``NAME.toml`` says what it exercises (``about``) and the facts it must yield:
the title block, the years and which of them were inferred, the codes of every
measure, fields of some measures, the lines skipped before the title; or the
error it must raise, or the warning it must give.
"""

from __future__ import annotations

import tomllib
import warnings
from pathlib import Path
from typing import Any

import pytest

import itakit
from itakit import ItakitWarning
from itakit.measures import MeasureReport, parse_report
from itakit.thai import with_digits

VARIANTS = Path(__file__).parent / "data" / "measures_variants"
NAMES = sorted(path.stem for path in VARIANTS.glob("*.txt"))


def facts(name: str) -> dict[str, Any]:
    return tomllib.loads((VARIANTS / f"{name}.toml").read_text(encoding="utf-8"))


def read(name: str) -> tuple[MeasureReport, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = parse_report((VARIANTS / f"{name}.txt").read_text(encoding="utf-8"))
    return report, [str(w.message) for w in caught if issubclass(w.category, ItakitWarning)]


def test_every_variant_has_its_facts() -> None:
    assert len(NAMES) >= 25
    for name in NAMES:
        assert facts(name)["about"], name


@pytest.mark.parametrize("name", NAMES)
def test_variant_yields_its_facts(name: str) -> None:
    expected = facts(name)
    if "error" in expected:
        error = getattr(itakit, expected["error"])
        with pytest.raises(error, match=expected["match"]):
            read(name)
        return
    report, messages = read(name)
    for field in ("kind", "title", "agency", "district", "province"):
        if field in expected:
            assert str(getattr(report, field)) == expected[field], field
    for field in ("fiscal_year", "answers_fiscal_year", "assessment"):
        if field in expected:
            assert int(getattr(report, field)) == expected[field], field
    if "inferred" in expected:
        assert sorted(report.inferred) == sorted(expected["inferred"])
    if "groups" in expected:
        assert len(report.groups) == expected["groups"]
    if "codes" in expected:
        assert [list(m.codes) for m in report.measures] == expected["codes"]
    if "group_labels" in expected:
        assert [g.label for g in report.groups] == expected["group_labels"]
    if "group_sections" in expected:
        assert [g.section for g in report.groups] == expected["group_sections"]
    for index, fields in expected.get("measure", {}).items():
        measure = report.measures[int(index) - 1]
        for field, value in fields.items():
            if field == "period":
                assert measure.period is not None
                assert measure.period.format() == value
            elif field == "extra":
                assert dict(measure.extra) == value
            else:
                assert getattr(measure, field) == value, (index, field)
    skipped_before = expected.get("skipped_before", [])
    assert [s.line for s in report.skipped if "before the title" in s.reason] == skipped_before
    if skipped_before:
        assert any("before the title" in message for message in messages)
    if "warning" in expected:
        assert any(__import__("re").search(expected["warning"], m) for m in messages), messages
    elif not skipped_before:
        assert messages == []


@pytest.mark.parametrize("name", [n for n in NAMES if "error" not in facts(n)])
def test_variant_renders_and_reads_back_the_same(name: str) -> None:
    report, _ = read(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ItakitWarning)
        for digits in ("thai", "arabic"):
            once = parse_report(report.to_markdown(digits=digits))
            twice = parse_report(once.to_markdown(digits=digits))
            assert twice == once  # parse → render → parse is a fixed point
            assert [(m.codes, m.period) for m in once.measures] == [
                (m.codes, m.period) for m in report.measures
            ]
            assert (once.kind, once.agency, once.fiscal_year, once.assessment) == (
                report.kind,
                report.agency,
                report.fiscal_year,
                report.assessment,
            )
            assert [g.title for g in once.groups] == [
                with_digits(g.title, digits) for g in report.groups
            ]


@pytest.mark.parametrize("name", [n for n in NAMES if "error" not in facts(n)])
def test_variant_through_word_reads_back_the_same(name: str, tmp_path: Path) -> None:
    from itakit.measures import read_docx

    report, _ = read(name)
    path = tmp_path / "report.docx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ItakitWarning)
        once = parse_report(report.to_markdown())  # Thai digits throughout, as Word gets them
        once.to_docx(path)
        again = read_docx(path)
    assert again == once
    assert again.kind == report.kind
