"""Fuzz: framework files, reports, Word files and score files fail cleanly and quickly.

Valid files with something broken in them (a value, a line, a byte, a zip
member), nests thousands deep, and paths that are not files.  The contract
is that of ``fuzzing.call``: a result or an ItakitError, never another
exception, never more than a second of CPU time.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import itakit
from fuzzing import call, fuzz_settings
from itakit import score_file
from itakit.errors import ItakitError, ParseError
from itakit.measures import (
    Measure,
    MeasureGroup,
    MeasureReport,
    docx_text,
    loads_report,
    parse_report,
    read_docx,
    sample_report_text,
)
from strategies import (
    code_texts,
    damaged_archives,
    docx_bytes,
    framework_texts,
    hostile_texts,
    hostile_values,
    report_texts,
    sample_docx,
    sample_report,
    sample_xlsx,
    score_file_texts,
    stored_cards,
    stored_reports,
    stored_tables,
    wrong_types,
    year_texts,
)

_FOLDER = Path(tempfile.mkdtemp(prefix="itakit-fuzz-"))


def _warm_up() -> None:
    """Import and cache what the first call would otherwise pay for (not a hostile cost)."""
    for year in (2564, 2567):
        itakit.loads_framework(itakit.dump_framework(itakit.framework(year)))
    path = _FOLDER / "warm.docx"
    path.write_bytes(sample_docx())
    read_docx(path)
    parse_report(sample_report_text(), lenient=True)


_warm_up()


@pytest.fixture(scope="module", autouse=True)
def _folder() -> Iterator[None]:
    yield
    for path in _FOLDER.iterdir():
        if path.is_dir():
            path.rmdir()
        else:
            path.unlink()
    _FOLDER.rmdir()


def _file(name: str, content: str | bytes) -> Path:
    path = _FOLDER / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    else:
        path.write_bytes(content)
    return path


@fuzz_settings(40)
@given(st.sampled_from([2564, 2567]).flatmap(framework_texts))
def test_framework_files_load_or_are_refused(text: str) -> None:
    result = call(itakit.loads_framework, text)
    assert isinstance(result, itakit.Framework | ItakitError)
    raw = text.encode("utf-8", "surrogatepass")
    assert isinstance(call(itakit.loads_framework, raw), itakit.Framework | ItakitError)
    suffix = ".json" if text.lstrip().startswith("{") else ".toml"
    path = _file(f"framework{suffix}", text)
    result = call(itakit.load_framework, path)
    assert isinstance(result, itakit.Framework | ItakitError)


_bad_paths = st.one_of(
    st.sampled_from(
        [
            "a\x00b.toml",
            Path("a\x00b.json"),
            _FOLDER,
            str(_FOLDER),
            _FOLDER / "missing.toml",
            str(_FOLDER / "missing.csv"),
            _FOLDER / "missing.docx",
            "/",
            "",
            ".",
            "x" * 5000 + ".toml",
            Path("/proc/self/mem"),
            Path("/dev/null"),
        ]
    ),
    wrong_types,
)


@fuzz_settings(20)
@given(_bad_paths, st.sampled_from(["toml", "json", None, "xml", 5]))
def test_loaders_refuse_paths_that_are_not_files(path: Any, format: Any) -> None:
    # load_framework(text) is the deprecated spelling of loads_framework: give it a Path
    framework_path = Path(path) if isinstance(path, str) else path
    result = call(itakit.load_framework, framework_path, format=format)
    assert isinstance(result, ItakitError)
    for function, kwargs in (
        (score_file, {}),
        (read_docx, {}),
        (docx_text, {}),
    ):
        result = call(function, path, **kwargs)
        assert isinstance(result, ItakitError)


@fuzz_settings(60)
@given(report_texts, st.booleans())
def test_report_texts_parse_or_are_refused(text: str, lenient: bool) -> None:
    result = call(parse_report, text, lenient=lenient)
    assert isinstance(result, MeasureReport | ItakitError)
    if isinstance(result, ItakitError):  # as parse_report's docstring promises
        assert isinstance(result, ParseError), result
        assert result.line is not None, result
    raw = text.encode("utf-8", "surrogatepass")
    assert isinstance(call(parse_report, raw, lenient=lenient), MeasureReport | ItakitError)


@fuzz_settings(40)
@given(
    st.sampled_from(["json", "toml"]).flatmap(lambda f: st.tuples(st.just(f), stored_reports(f)))
)
def test_stored_reports_load_or_are_refused(drawn: tuple[str, str]) -> None:
    format, text = drawn
    result = call(loads_report, text, format=format)
    assert isinstance(result, MeasureReport | ItakitError)
    reader = MeasureReport.from_json if format == "json" else MeasureReport.from_toml
    assert isinstance(call(reader, text), MeasureReport | ItakitError)


@fuzz_settings(20)
@given(
    st.one_of(wrong_types, hostile_texts), st.one_of(st.sampled_from(["json", "toml"]), wrong_types)
)
def test_report_readers_refuse_arguments_of_the_wrong_type(value: Any, format: Any) -> None:
    call(loads_report, value, format=format)
    call(parse_report, value)
    call(parse_report, sample_report_text(), lenient=value)


@fuzz_settings(30)
@given(docx_bytes())
def test_word_files_read_or_are_refused(content: bytes) -> None:
    path = _file("report.docx", content)
    result = call(read_docx, path)
    assert isinstance(result, MeasureReport | ItakitError)
    assert isinstance(call(docx_text, path), str | ItakitError)


@fuzz_settings(40)
@given(
    st.sampled_from(["csv", "toml", "json"]).flatmap(
        lambda kind: st.tuples(st.just(kind), score_file_texts(kind))
    ),
    st.one_of(st.none(), st.sampled_from([2564, "2564", "๒๕๖๔"]), wrong_types, hostile_texts),
)
def test_score_files_score_or_are_refused(drawn: tuple[str, str], year: Any) -> None:
    kind, text = drawn
    path = _file(f"scores.{kind}", text)
    result = call(score_file, path, year=year)
    assert isinstance(result, itakit.ScoreTable | ItakitError)
    oit = _file(f"oit.{kind}", text)
    call(score_file, path, year=2564, oit=oit)


def test_a_report_round_trips_through_every_writer() -> None:
    """The fuzzed readers start from files the writers wrote; check those are readable."""
    report = sample_report()
    assert parse_report(sample_report_text()) == report
    path = _file("round.docx", sample_docx())
    assert read_docx(path).groups == report.groups
    assert os.path.getsize(path) > 0


_fields = st.one_of(st.none(), wrong_types, hostile_texts, hostile_values)


@fuzz_settings(40)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "title": _fields,
            "codes": st.one_of(_fields, st.lists(st.one_of(code_texts, _fields), max_size=3)),
            "actions": _fields,
            "period": _fields,
            "responsible": _fields,
            "outcome": _fields,
            "completion": _fields,
        },
    ),
    st.fixed_dictionaries(
        {},
        optional={"number": _fields, "title": _fields, "measures": _fields},
    ),
    st.fixed_dictionaries(
        {},
        optional={
            "kind": _fields,
            "title": _fields,
            "agency": _fields,
            "fiscal_year": st.one_of(_fields, year_texts),
            "answers_fiscal_year": _fields,
            "groups": _fields,
            "foreword": _fields,
            "skipped": _fields,
        },
    ),
)
def test_report_models_are_built_or_refused(
    measure: dict[str, Any], group: dict[str, Any], report: dict[str, Any]
) -> None:
    """The model's own checks: every field of the wrong type or value is an ItakitError."""
    base = sample_report()
    first_group = base.groups[0]
    built = call(Measure, **{"title": "มาตรการ", **measure})
    assert isinstance(built, Measure | ItakitError)
    measures = (built,) if isinstance(built, Measure) else first_group.measures
    made = call(MeasureGroup, **{"number": 1, "title": "กลุ่ม", "measures": measures, **group})
    assert isinstance(made, MeasureGroup | ItakitError)
    fields = {
        "kind": base.kind,
        "title": base.title,
        "agency": base.agency,
        "fiscal_year": base.fiscal_year,
        "answers_fiscal_year": base.answers_fiscal_year,
        "groups": (made,) if isinstance(made, MeasureGroup) else base.groups,
        **report,
    }
    assert isinstance(call(MeasureReport, **fields), MeasureReport | ItakitError)


@fuzz_settings(40)
@given(
    st.builds(sample_xlsx).flatmap(damaged_archives), st.one_of(st.none(), st.just(0), wrong_types)
)
def test_excel_workbooks_score_or_are_refused(content: bytes, sheet: Any) -> None:
    path = _file("scores.xlsx", content)
    result = call(score_file, path, year=2564, sheet=sheet)
    assert isinstance(result, itakit.ScoreTable | ItakitError)


@fuzz_settings(60)
@given(stored_cards(), stored_tables(), st.one_of(st.none(), st.just(itakit.framework(2564))))
def test_stored_cards_and_tables_load_or_are_refused(card: str, table: str, framework: Any) -> None:
    assert isinstance(call(itakit.loads_card, card, framework), itakit.ScoreCard | ItakitError)
    assert isinstance(call(itakit.loads_table, table, framework), itakit.ScoreTable | ItakitError)
    path = _file("card.json", card)
    assert isinstance(call(itakit.load_card, path, framework), itakit.ScoreCard | ItakitError)
