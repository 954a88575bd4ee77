"""JSON everywhere: to_dict() is JSON-ready and published, to_json() is its text, from_json reads it back."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from referencing import Registry, Resource

import itakit
from itakit import ScoreCard, ValidationError
from itakit.measures import MeasureReport, parse_report, sample_report_text
from strategies import editions, measure_reports, score_cards

FY2564 = itakit.framework(2564)
FY2567 = itakit.framework(2567)
TRAT = {1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58}
TRAT |= {9: 72.89, 10: 65.56}


@cache
def schema(name: str) -> dict[str, Any]:
    """A schema shipped in the package, checked as a draft 2020-12 schema."""
    text = (files("itakit.data") / "schema" / f"{name}.json").read_text(encoding="utf-8")
    found: dict[str, Any] = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(found)
    assert found["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    return found


@cache
def registry() -> Registry:
    """Every shipped schema, so that one may refer to another by its file name."""
    found = Registry()
    for path in (files("itakit.data") / "schema").iterdir():
        contents = schema(path.name.removesuffix(".json"))
        found = found.with_resource(contents["$id"], Resource.from_contents(contents))
    return found


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(name), registry=registry())


def valid(data: object, name: str) -> None:
    validator(name).validate(data)


def answers_table() -> itakit.ScoreTable:
    answers = {
        "agency": ["ก", "ก", "ก", "ข", "ข"],
        **{f"i{k}": [3, 2, None, 1, None] for k in range(1, 16)},
        **{f"e{k}": [None, None, "มาก", None, 3] for k in range(1, 16)},
    }
    oit = {"ก": {9: 90, 10: 80}, "ข": {9: 70.5, 10: 100}}
    return FY2567.score_responses(answers, oit=oit)


def test_card_json_carries_the_published_total() -> None:
    card = FY2564.score_indicators(TRAT, agency="ตราด")
    data = json.loads(card.to_json())
    assert data["total"] == 81.45
    assert Decimal(str(data["total"])) == card.total
    assert data["indicator_scores"]["10"] == 65.56
    assert data["tool_scores"] == {
        tool.value: float(score) for tool, score in card.tool_scores.items()
    }
    assert data["level"] == "B"
    assert data["passed"] is False
    assert data["agency"] == "ตราด"
    assert "exact" not in data
    valid(data, "score-card")


def test_card_to_dict_holds_only_json_types_and_english_keys() -> None:
    card = answers_table().card("ก")
    data = card.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) >= {"fiscal_year", "indicator_scores", "tool_scores", "total", "level"}
    assert data["respondents"] == {"IIT": 2, "EIT": 1}
    assert data["question_scores"]["i1"] == float(
        Decimal(round(card.question_scores["i1"] * 100)) / 100  # type: ignore[index]
    )
    valid(data, "score-card")


def test_exact_values_only_on_request() -> None:
    card = FY2567.score_indicators({n: Fraction(2617, 30) for n in range(1, 11)})
    plain, exact = card.to_dict(), card.to_dict(exact=True)
    assert "exact" not in plain
    assert exact["exact"]["indicator_scores"]["1"] == "2617/30"
    assert exact["exact"]["total"] == str(card.total_exact)
    assert {key: value for key, value in exact.items() if key != "exact"} == plain
    valid(exact, "score-card")


@settings(max_examples=60, deadline=None)
@given(score_cards())
def test_a_card_round_trips_through_exact_json(card: ScoreCard) -> None:
    again = ScoreCard.from_json(card.to_json(exact=True), card.framework)
    assert again == card
    assert again.total == card.total
    assert str(again.level) == str(card.level)
    valid(json.loads(card.to_json(exact=True)), "score-card")


@settings(max_examples=60, deadline=None)
@given(score_cards())
def test_published_json_reads_back_or_says_to_write_exact(card: ScoreCard) -> None:
    published = card.framework.score_indicators(dict(card.indicator_scores))
    fields = ("total", "level", "passed", "tool_scores", "tool_points")
    if {f: published.to_dict()[f] for f in fields} != {f: card.to_dict()[f] for f in fields}:
        with pytest.raises(ValidationError, match=r"exact=True"):
            ScoreCard.from_json(card.to_json(), card.framework)
    else:
        again = ScoreCard.from_json(card.to_json(), card.framework)
        assert dict(again.indicator_scores) == dict(card.indicator_scores)
        assert again.total == card.total


def test_from_dict_without_a_framework_uses_the_shipped_edition() -> None:
    card = FY2564.score_indicators(TRAT, agency="ตราด")
    assert ScoreCard.from_dict(card.to_dict(exact=True)) == card


def test_from_json_refuses_edited_results() -> None:
    data = FY2564.score_indicators(TRAT).to_dict(exact=True)
    data["total"] = 99.0
    with pytest.raises(ValidationError, match="total"):
        ScoreCard.from_dict(data, FY2564)


def test_from_json_refuses_text_that_is_not_json() -> None:
    with pytest.raises(ValidationError, match="JSON"):
        ScoreCard.from_json("{not json", FY2564)


def test_table_records_are_json_ready() -> None:
    table = answers_table()
    records = table.to_records()
    assert json.loads(json.dumps(records)) == records
    assert records[0]["total"] == float(table.card("ก").total)
    for record in records:
        assert all(not isinstance(value, Decimal) for value in record.values())


def test_table_json_lists_agencies_skipped_and_ignored() -> None:
    table = answers_table()
    data = json.loads(table.to_json())
    assert [row["agency"] for row in data["agencies"]] == ["ก", "ข"]
    assert data["fiscal_year"] == 2567
    assert data["skipped"] == []
    assert data["ignored_columns"] == []
    valid(data, "score-table")
    exact = table.to_dict(exact=True)
    assert exact["agencies"][0]["exact"]["total"] == str(table.card("ก").total_exact)
    valid(exact, "score-table")


@settings(max_examples=20, deadline=None)
@given(editions)
def test_every_editions_card_fits_the_schema(fw: itakit.Framework) -> None:
    card = fw.score_indicators({i.number: 77.777 for i in fw.indicators})
    valid(card.to_dict(exact=True), "score-card")


def test_oit_scores_json() -> None:
    scores = FY2564.score_oit({f"o{k}": k % 3 != 0 for k in range(1, 44)})
    data = json.loads(scores.to_json())
    assert data["indicator_scores"] == {
        str(n): float(s) for n, s in scores.indicator_scores.items()
    }
    valid(data, "oit-scores")
    valid(scores.to_dict(exact=True), "oit-scores")


def test_gaps_json() -> None:
    gaps = FY2564.score_indicators(dict.fromkeys(range(1, 11), 80)).gaps()
    data = json.loads(gaps.to_json())
    assert data["total"] == 80.0
    assert data["points_lost"] == 20.0
    assert data["pass_mark"] == 85.0
    assert [row["indicator"] for row in data["indicators"]][:2] == [1, 2]
    assert {step["indicator"] for step in data["to_pass"]["steps"]} == {9, 10}
    assert data["to_pass"]["target"] == "A"
    valid(data, "gaps")


def test_comparison_json() -> None:
    a = itakit.framework(2566).score_indicators(dict.fromkeys(range(1, 11), 84))
    b = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 88))
    data = json.loads(itakit.compare(a, b).to_json())
    assert data["total_change"] == 4.0
    assert data["before"]["total"] == 84.0
    assert data["after"]["total"] == 88.0
    assert data["level_changed"] is True
    assert data["indicators"][0]["change"] == 4.0
    valid(data, "comparison")


def test_framework_diff_json() -> None:
    diff = itakit.diff_frameworks(FY2564, FY2564.replace(weights={9: 22, 10: 18}))
    data = json.loads(diff.to_json())
    assert data["before"] == "FY 2564"
    assert {
        "kind": "weight",
        "title": "weights changed",
        "subject": "9",
        "before": "20",
        "after": "22",
    } in data["changes"]
    valid(data, "framework-diff")


def test_measure_report_json_is_consistent() -> None:
    report = parse_report(sample_report_text())
    data = report.to_dict()
    assert json.loads(report.to_json()) == data
    assert MeasureReport.from_dict(data) == report
    assert MeasureReport.from_json(report.to_json()) == report
    valid(data, "measure-report")


@settings(max_examples=30, deadline=None)
@given(measure_reports())
def test_any_measure_report_fits_its_schema(report: MeasureReport) -> None:
    valid(report.to_dict(), "measure-report")
    assert MeasureReport.from_dict(report.to_dict()) == report


def test_schemas_ship_in_the_package() -> None:
    shipped = {path.name for path in (files("itakit.data") / "schema").iterdir()}
    assert shipped >= {
        "score-card.json",
        "score-table.json",
        "oit-scores.json",
        "gaps.json",
        "comparison.json",
        "framework-diff.json",
        "measure-report.json",
    }


def test_dump_and_load_a_card(tmp_path: Path) -> None:
    card = answers_table().card("ก")
    path = tmp_path / "card.json"
    assert itakit.dump_card(card, path) is None
    again = itakit.load_card(path)
    assert again == card
    assert again.respondents == card.respondents
    assert again.question_scores == card.question_scores
    assert itakit.loads_card(itakit.dump_card(card) or "") == card


def test_dump_and_load_a_table(tmp_path: Path) -> None:
    table = answers_table()
    path = tmp_path / "table.json"
    itakit.dump_table(table, path)
    again = itakit.load_table(path)
    assert list(again) == list(table)
    assert again.to_records() == table.to_records()
    published = itakit.loads_table(table.to_json())  # published values only
    assert [card.total for card in published] == [card.total for card in table]


def test_loads_table_refuses_edited_results() -> None:
    data = answers_table().to_dict(exact=True)
    data["agencies"][0]["total"] = 1.0
    with pytest.raises(ValidationError, match="agency 'ก': the data's total"):
        itakit.loads_table(json.dumps(data))
    with pytest.raises(ValidationError, match="not a score table"):
        itakit.loads_table("[]")


def test_to_dict_holds_plain_types_only() -> None:
    """No enums, Decimals or Fractions: exactly what json.loads gives back."""
    card = answers_table().card("ก")
    report = parse_report(sample_report_text())
    for data in (
        card.to_dict(exact=True),
        answers_table().to_dict(exact=True),
        card.gaps().to_dict(exact=True),
        itakit.compare(card, card.what_if({9: 100})).to_dict(exact=True),
        report.to_dict(),
    ):
        assert_plain(data)


def assert_plain(value: object) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            assert type(key) is str
            assert_plain(item)
    elif isinstance(value, list):
        for item in value:
            assert_plain(item)
    else:
        assert value is None or type(value) in (str, int, float, bool), repr(value)
