"""Proof against published results: verify every published row, fit the weights back."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest

import itakit
from itakit import ScoringError, ValidationError
from itakit.scoring.verification import Verification, fit_weights, verify

DATA = Path(__file__).parent / "data"
PUBLISHED = DATA / "published-fy2563-2564.csv"
FY2563 = itakit.framework(2563)
FY2564 = itakit.framework(2564)
EXPECTED_WEIGHTS = {1: 6, 2: 6, 3: 6, 4: 6, 5: 6, 6: 10, 7: 10, 8: 10, 9: 20, 10: 20}


def published_rows(year: int | None = None) -> list[dict[str, str]]:
    """The FY 2563–2564 province rows of the NACC regional report (reference §5)."""
    with PUBLISHED.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    return [row for row in rows if year is None or row["fiscal_year"] == str(year)]


def without_year(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k != "fiscal_year"} for row in rows]


@pytest.mark.parametrize("year", [2563, 2564])
def test_every_published_row_of_the_reference_reproduces(year: int) -> None:
    rows = published_rows(year)
    checked = verify(itakit.framework(year), rows)
    assert len(checked) == len(rows)
    assert checked.all_reproduce
    for row, source in zip(checked, rows, strict=True):
        assert row.agency == source["agency"]
        assert row.published_total == Decimal(source["total"])
        assert abs(row.difference) <= Decimal("0.01")
        assert row.total == Decimal(source["total"])  # these rows reproduce to the hundredth
        assert row.published_level is None
        assert row.level == "B"


def test_a_row_of_another_year_is_refused() -> None:
    with pytest.raises(ScoringError, match="row 2 \\(ตราด\\) is for FY 2563, not FY 2564"):
        verify(FY2564, published_rows())


def test_rows_as_columns_pandas_and_polars_give_the_same_checks() -> None:
    rows = published_rows(2564)
    columns = {key: [row[key] for row in rows] for key in rows[0]}
    expected = [(r.agency, r.total, r.difference) for r in verify(FY2564, rows)]
    assert [(r.agency, r.total, r.difference) for r in verify(FY2564, columns)] == expected
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(PUBLISHED)
    frame = frame[frame["fiscal_year"] == 2564]
    assert [(r.agency, r.total, r.difference) for r in verify(FY2564, frame)] == expected
    polars = pytest.importorskip("polars")
    pl_frame = polars.read_csv(PUBLISHED).filter(polars.col("fiscal_year") == 2564)
    assert [(r.agency, r.total, r.difference) for r in verify(FY2564, pl_frame)] == expected


def test_a_wrong_total_or_level_does_not_reproduce() -> None:
    row = {**published_rows(2564)[0]}
    off = verify(FY2564, [{**row, "total": "81.47"}])[0]
    assert off.difference == Decimal("-0.02")
    assert not off.reproduces
    within = verify(FY2564, [{**row, "total": "81.46"}])[0]
    assert within.reproduces
    wrong_level = verify(FY2564, [{**row, "level": "A"}])[0]
    assert wrong_level.level_matches is False
    assert not wrong_level.reproduces
    right_level = verify(FY2564, [{**row, "ระดับ": "b"}])[0]
    assert right_level.level_matches is True


def test_the_rating_levels_of_fy_2568_are_checked_too() -> None:
    scores = {**dict.fromkeys(range(1, 6), 99), **dict.fromkeys(range(6, 9), 84), 9: 99.3, 10: 99.3}
    fw = itakit.framework(2568)
    rated = verify(fw, [{**scores, "total": 94.62, "level": "ผ่าน"}])[0]
    assert rated.reproduces
    claimed = verify(fw, [{**scores, "total": 94.62, "level": "ผ่านดี"}])[0]
    assert not claimed.reproduces


def test_rows_of_question_scores_are_scored_from_their_questions() -> None:
    fw = itakit.framework(2567)
    scores = {f"i{k}": 90 for k in range(1, 16)} | {f"e{k}": 80 for k in range(1, 16)}
    card = fw.score_indicators(
        {**dict.fromkeys(range(1, 6), 90), **dict.fromkeys(range(6, 9), 80), 9: 95, 10: 90}
    )
    row = {"agency": "ก", **scores, "4": "90.01", 9: 95, 10: 90, "total": str(card.total)}
    checked = verify(fw, [row])[0]
    assert checked.reproduces
    assert checked.card.question_scores is not None
    assert checked.indicator_differences == {4: Decimal("-0.01")}


def test_the_summary_and_plain_data() -> None:
    checked = verify(FY2564, published_rows(2564))
    assert checked.summary(lang="en") == (
        "2 of 2 rows reproduce under FY 2564 (total within 0.01 and the same level)"
    )
    assert "๒ จาก ๒ แถว" in checked.summary()
    text = checked.format(lang="en")
    assert "ตราด" in text
    assert "81.45" in text
    data = json.loads(checked.to_json())
    assert data == checked.to_dict()
    assert data["reproduced"] == 2
    assert data["rows"][0] == {
        "row": 1,
        "agency": "ตราด",
        "total": "81.45",
        "published_total": "81.45",
        "difference": "0.00",
        "level": "B",
        "published_level": None,
        "reproduces": True,
    }
    assert isinstance(checked, Verification)
    assert checked[1].agency == "นครนายก"
    assert "2 of 2" in repr(checked)


def test_a_provisional_edition_says_so_beside_its_checks() -> None:
    row = {str(n): 80 for n in range(1, 11)} | {"total": 80}
    checked = verify(itakit.framework(2567), [row])
    assert "Provisional in FY 2567: indicator weights" in checked.format(lang="en")
    assert checked.to_dict()["provisional"] == ["weights"]


# -- bad rows -------------------------------------------------------------------------


def test_a_row_without_a_total_is_a_clear_error() -> None:
    rows = without_year(published_rows(2564))
    rows[1]["total"] = ""
    with pytest.raises(ScoringError) as caught:
        verify(FY2564, rows)
    assert "row 2 (นครนายก) has no total" in str(caught.value)
    assert caught.value.problems == (
        "row 2 (นครนายก) has no total: verify compares the published total, so give a"
        " 'total' (คะแนนรวม) for every row",
    )


def test_every_bad_row_is_reported_at_once() -> None:
    rows = without_year(published_rows(2564))
    rows[0]["3"] = "101"
    rows[1]["level"] = "Z"
    with pytest.raises(ScoringError) as caught:
        verify(FY2564, rows)
    assert len(caught.value.problems) == 2
    assert "indicator 3: '101' is outside 0–100" in caught.value.problems[0]
    assert "'Z' is not a level of FY 2564" in caught.value.problems[1]


def test_no_rows_and_wrong_types_are_errors() -> None:
    with pytest.raises(ValidationError, match="no rows to check"):
        verify(FY2564, [])
    with pytest.raises(itakit.InputTypeError, match="row 1 is a str"):
        verify(FY2564, ["ตราด"])
    with pytest.raises(itakit.InputTypeError, match="rows must be"):
        verify(FY2564, 3)
    with pytest.raises(ValidationError, match="different lengths"):
        verify(FY2564, {"total": [1, 2], "1": [3]})


# -- fit_weights --------------------------------------------------------------------------


def test_fit_weights_recovers_the_fy_2564_weights_from_the_published_rows() -> None:
    fit = fit_weights(published_rows(), framework=FY2564)  # FY 2563 and 2564 rows together
    assert fit.model == "tools"  # 3 rows cannot pin down 10 free weights
    assert fit.weights == {n: Decimal(w) for n, w in EXPECTED_WEIGHTS.items()}
    assert fit.tool_weights == {
        itakit.Tool.IIT: Decimal(30),
        itakit.Tool.EIT: Decimal(30),
        itakit.Tool.OIT: Decimal(40),
    }
    assert fit.explains
    assert fit.consistent
    assert len(fit.residuals) == 3
    assert fit.max_residual <= 0.005
    assert "too few for 10 free weights" in fit.note
    assert "assumed equal, not estimated" in fit.note
    # the unrounded estimate is close to, not exactly, 30/30/40
    assert abs(sum(fit.estimate.values()) - 100) < 1e-9
    assert all(abs(fit.estimate[n] - w) < 0.1 for n, w in EXPECTED_WEIGHTS.items())


def test_fit_weights_says_when_the_editions_weights_do_not_explain_the_rows() -> None:
    skewed = FY2564.replace(weights={9: 22, 10: 18})
    fit = fit_weights(published_rows(), framework=skewed)
    assert not fit.consistent
    assert fit.tool_weights[itakit.Tool.OIT] == Decimal(40)


def test_fit_weights_with_free_weights_on_enough_rows() -> None:
    import random

    draw = random.Random(2564)
    rows = []
    for _ in range(30):
        scores = {n: Decimal(draw.randint(5000, 10000)) / 100 for n in range(1, 11)}
        card = FY2564.score_indicators(scores)
        rows.append({**{str(n): str(s) for n, s in scores.items()}, "total": str(card.total)})
    fit = fit_weights(rows, framework=FY2564)
    assert fit.model == "indicators"
    assert fit.weights == {n: Decimal(w) for n, w in EXPECTED_WEIGHTS.items()}
    assert fit.consistent
    assert fit.explains
    tools = fit_weights(rows, framework=FY2564, model="tools")
    assert tools.model == "tools"
    assert tools.weights == fit.weights


def test_too_few_rows_is_a_clear_error() -> None:
    rows = without_year(published_rows(2564))
    with pytest.raises(ValidationError, match=r"needs at least 3 rows .* got 2"):
        fit_weights(rows, framework=FY2564)
    with pytest.raises(ValidationError, match="10 \\(one per indicator\\) to fit free weights"):
        fit_weights(without_year(published_rows()), framework=FY2564, model="indicators")


def test_identical_rows_cannot_tell_the_weights_apart() -> None:
    row = without_year(published_rows(2564))[0]
    with pytest.raises(ValidationError, match="cannot tell the 3 tool weights apart"):
        fit_weights([row, row, row], framework=FY2564)


def test_an_unknown_model_is_an_error() -> None:
    with pytest.raises(ValidationError, match="'model' must be"):
        fit_weights(published_rows(2564), framework=FY2564, model="free")  # type: ignore[arg-type]
