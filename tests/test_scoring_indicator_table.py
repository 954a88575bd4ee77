"""Many agencies from indicator scores: score_indicator_table."""

from __future__ import annotations

from fractions import Fraction

import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import itakit
from itakit import ScoringError, SkippedAgenciesWarning, score_indicator_table, score_indicators
from strategies import indicator_scores

FY2568 = itakit.framework(2568)


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(st.text("กขคabc12", min_size=1, max_size=3), indicator_scores(), max_size=6))
def test_each_row_publishes_what_score_indicators_gives(
    by_agency: dict[str, dict[int, Fraction]],
) -> None:
    agencies = list(by_agency)
    table = score_indicator_table(
        FY2568,
        {"agency": agencies, **{n: [by_agency[a][n] for a in agencies] for n in range(1, 11)}},
    )
    assert table.agencies == tuple(sorted(agencies))
    for card, record in zip(table, table.to_records(), strict=True):
        expected = score_indicators(FY2568, by_agency[str(card.agency)])
        assert card.total_exact == expected.total_exact
        assert record["total"] == float(expected.total)
        assert record["level"] == str(expected.level)
        assert record["EIT"] == float(expected.tool_scores[itakit.Tool.EIT])


def test_dict_pandas_and_polars_tables_agree() -> None:
    data = {
        "agency": ["ตราด", "นครนายก"],
        **{
            str(n): [a, b]
            for n, a, b in zip(
                range(1, 11),
                [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56],
                [94.65, 89.11, 91.95, 89.29, 89.86, 92.12, 89.90, 89.49, 65.89, 51.15],
                strict=True,
            )
        },
    }
    fw = itakit.framework(2564)
    expected = score_indicator_table(fw, data).to_records()
    assert [r["total"] for r in expected] == [81.45, 77.85]
    assert score_indicator_table(fw, pd.DataFrame(data)).to_records() == expected
    assert score_indicator_table(fw, pl.DataFrame(data)).to_records() == expected


def test_problems_name_agency_indicator_row_and_value() -> None:
    data = {
        "agency": ["ก", "ข", "ข", None],
        **{str(n): [90, 80, 80, 70] for n in range(1, 11)},
    }
    data["3"] = [90, float("nan"), 80, 70]
    data["7"] = [True, 80, 80, 70]
    with pytest.raises(ScoringError) as caught:
        score_indicator_table(FY2568, data)
    assert caught.value.problems == (
        "no agency (None) (row 3)",
        "agency 'ข': appears in 2 rows (1, 2)",
        "agency 'ข': indicator 3: blank (row 1)",
        "agency 'ก': indicator 7: True is not a score (expected a number from 0 to 100) (row 0)",
    )
    with pytest.warns(SkippedAgenciesWarning):
        table = score_indicator_table(FY2568, {**data, "7": [90, 80, 80, 70]}, on_error="skip")
    assert table.agencies == ("ก",)


def test_table_level_problems() -> None:
    with pytest.raises(
        ScoringError,
        match=r"columns for indicators FY 2568 does not have: '11'.*; no column for indicators 9–10",
    ):
        score_indicator_table(
            FY2568, {"agency": ["ก"], **{str(n): [1] for n in [*range(1, 9), 11]}}
        )
    with pytest.raises(ScoringError, match="no agency column"):
        score_indicator_table(FY2568, {str(n): [1] for n in range(1, 11)})
