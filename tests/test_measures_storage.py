"""Reports of measures stored as JSON and TOML, exactly."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings

from itakit import ParseError, ValidationError
from itakit.measures import (
    MeasureReport,
    dump_report,
    load_report,
    loads_report,
    parse_report,
    sample_report_text,
)
from strategies import measure_reports


@given(measure_reports())
@settings(max_examples=150)
def test_json_round_trips_exactly(report: MeasureReport) -> None:
    assert MeasureReport.from_json(report.to_json()) == report
    assert loads_report(dump_report(report, indent=None)) == report


@given(measure_reports())
@settings(max_examples=150)
def test_toml_round_trips_exactly(report: MeasureReport) -> None:
    text = report.to_toml()
    assert MeasureReport.from_toml(text) == report
    assert MeasureReport.from_toml(text.encode("utf-8")) == report


def test_the_reference_report_stored_reads_the_way_people_expect() -> None:
    report = parse_report(sample_report_text())
    data = json.loads(report.to_json())
    measure = data["groups"][3]["measures"][0]
    assert data["kind"] == "results"
    assert (data["fiscal_year"], data["answers_fiscal_year"]) == (2567, 2566)
    assert measure["codes"] == ["i10", "i11", "i12"]
    assert measure["period"] == "ตุลาคม 2566 – กันยายน 2567"
    assert data["groups"][0]["measures"][0]["completion"] == "100"
    toml = tomllib.loads(report.to_toml())
    assert "completion" not in toml["groups"][1]["measures"][0]  # absent, since TOML has no null
    assert "ทรงคนอง" in report.to_json()  # Thai is kept readable


def test_unknown_keys_and_bad_values_are_named() -> None:
    data = json.loads(parse_report(sample_report_text()).to_json())
    data["colour"] = "blue"
    data["groups"][0]["measures"][0]["codes"] = ["x1"]
    data["groups"][1]["number"] = 0
    with pytest.raises(ValidationError) as caught:
        loads_report(json.dumps(data))
    message = str(caught.value)
    assert "'x1' is not a question code" in message
    assert "@ $.groups[0].measures[0]" in message
    assert "'number' must be >= 1 (got 0) @ $.groups[1]" in message
    assert "extra fields found (colour) @ $" in message


def test_malformed_text_is_a_parse_error_with_its_line() -> None:
    with pytest.raises(ParseError) as caught:
        loads_report('{\n  "kind": "results",\n  oops\n}')
    assert caught.value.line == 3
    with pytest.raises(ParseError) as caught:
        loads_report('kind = "results"\ntitle = \n', format="toml")
    assert caught.value.line == 2


def test_format_must_be_json_or_toml() -> None:
    with pytest.raises(ValidationError, match="format must be 'json' or 'toml'"):
        dump_report(parse_report(sample_report_text()), format="yaml")  # type: ignore[arg-type]


def test_a_report_saved_to_a_path_loads_back_from_it(tmp_path: Path) -> None:
    report = parse_report(sample_report_text())
    for name in ("report.json", "report.toml"):
        path = tmp_path / name
        assert dump_report(report, path) is None
        assert load_report(path) == report
    with pytest.raises(ValidationError, match=r"name it \.json or \.toml"):
        dump_report(report, tmp_path / "report.txt")


def test_load_report_of_text_still_works_but_is_deprecated() -> None:
    report = parse_report(sample_report_text())
    with pytest.warns(DeprecationWarning, match="loads_report"):
        assert load_report(report.to_json()) == report
