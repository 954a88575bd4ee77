"""OIT checklists: score_oit for one agency, score_oit_table for many."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import itakit
from itakit import ScoringError, SkippedAgenciesWarning, score_oit, score_oit_table
from strategies import OIT_2564

FY2564 = itakit.framework(2564)
ITEMS = [f"o{k}" for k in range(1, 44)]


def checklist_with(present: dict[str, int]) -> dict[str, bool]:
    """FY 2564 items, the first *n* of each sub-indicator present."""
    checklist = {}
    for sub, (_, numbers) in OIT_2564.items():
        for rank, k in enumerate(numbers):
            checklist[f"o{k}"] = rank < present[sub]
    return checklist


def test_every_item_present_scores_100() -> None:
    oit = score_oit(FY2564, dict.fromkeys(ITEMS, True))
    assert oit.indicator_scores_exact == {9: 100, 10: 100}
    assert set(oit.sub_indicator_scores_exact.values()) == {100}


def test_a_known_mix_is_the_mean_of_sub_indicator_shares() -> None:
    present = {"9.1": 6, "9.2": 8, "9.3": 5, "9.4": 2, "9.5": 4, "10.1": 7, "10.2": 1}
    oit = score_oit(FY2564, checklist_with(present))
    # by hand: (6/9 + 8/8 + 5/7 + 2/4 + 4/5) / 5 = 773/1050, and (7/8 + 1/2) / 2 = 11/16
    assert oit.indicator_scores_exact == {9: Fraction(1546, 21), 10: Fraction(275, 4)}
    assert oit.indicator_scores == {9: Decimal("73.62"), 10: Decimal("68.75")}
    assert oit.sub_indicator_scores["9.3"] == Decimal("71.43")
    # not the plain mean over all 33 items of indicator 9 (25/33 = 75.76)
    assert oit.indicator_scores_exact[9] != Fraction(2500, 33)


def test_items_may_be_bools_numbers_or_thai_labels() -> None:
    values: list[object] = [True, 1, "มี", "yes", np.bool_(True), "๑"]
    checklist = {code: values[k % len(values)] for k, code in enumerate(ITEMS)}
    assert score_oit(FY2564, checklist).indicator_scores_exact == {9: 100, 10: 100}
    absent: list[object] = [False, 0, "ไม่มี", "no", 0.0]
    checklist = {code: absent[k % len(absent)] for k, code in enumerate(ITEMS)}
    assert score_oit(FY2564, checklist).indicator_scores_exact == {9: 0, 10: 0}


def test_sub_indicator_or_indicator_scores_stand_in_for_items() -> None:
    subs = {"9.1": 100, "9.2": "๘๐", "9.3": 60, "9.4": 40, "9.5": 20.5}
    oit = score_oit(FY2564, {**subs, 10: 65.56})
    assert oit.indicator_scores_exact == {9: Fraction("60.1"), 10: Fraction("65.56")}
    assert oit.sub_indicator_scores_exact["9.5"] == Fraction("20.5")


def test_editions_without_items_take_indicator_scores() -> None:
    oit = score_oit(itakit.framework(2567), {"9": 92.5, "๑๐": Decimal("88")})
    assert oit.indicator_scores_exact == {9: Fraction(185, 2), 10: 88}
    with pytest.raises(ScoringError, match="this edition lists no OIT items"):
        score_oit(itakit.framework(2567), {"o1": True, 9: 90, 10: 90})


def test_every_oit_problem_is_reported_at_once() -> None:
    checklist: dict[object, object] = dict.fromkeys(ITEMS, True)
    del checklist["o5"]
    checklist["o6"] = None
    checklist["o7"] = "maybe"
    checklist["10.1"] = 50
    checklist["x"] = 1
    with pytest.raises(ScoringError) as caught:
        score_oit(FY2564, checklist)
    assert caught.value.problems == (
        "o6 is blank (expected True or False, มี or ไม่มี)",
        "o7 is 'maybe', not an answer (expected True or False, มี or ไม่มี)",
        "unknown OIT key 'x'",
        "indicator 9: items o5 missing",
        "indicator 10 is given more than one way",
    )


def test_an_indicator_given_no_way_says_what_it_takes() -> None:
    with pytest.raises(ScoringError, match=r"indicator 10 is missing: give its items o34–o43"):
        score_oit(FY2564, {9: 90})
    with pytest.raises(ScoringError, match=r"sub-indicators 9\.5 missing"):
        score_oit(FY2564, {"9.1": 1, "9.2": 1, "9.3": 1, "9.4": 1, 10: 1})
    with pytest.raises(ScoringError, match=r"indicator 9: 101 is outside 0–100"):
        score_oit(FY2564, {9: 101, 10: 1})
    with pytest.raises(itakit.InputTypeError):
        score_oit(FY2564, [True] * 43)  # type: ignore[arg-type]


checklists = st.dictionaries(
    st.sampled_from(["ก", "ข", "ค", "ง", "จ"]),
    st.fixed_dictionaries(
        {code: st.sampled_from([True, False, 1, 0, "มี", "ไม่มี"]) for code in ITEMS}
    ),
    min_size=1,
)


@settings(max_examples=30, deadline=None)
@given(checklists)
def test_the_vectorised_table_equals_the_single_path(
    by_agency: dict[str, dict[str, object]],
) -> None:
    agencies = sorted(by_agency)
    columns = {"agency": agencies, **{c: [by_agency[a][c] for a in agencies] for c in ITEMS}}
    for table in (score_oit_table(FY2564, columns), score_oit_table(FY2564, by_agency)):
        assert table.agencies == tuple(agencies)
        for agency in agencies:
            single = score_oit(FY2564, by_agency[agency])
            assert table.scores(agency) == single


def test_pandas_and_polars_tables_of_items_sub_indicators_or_indicators() -> None:
    data = {
        "agency": ["ก", "ข"],
        **{f"o{k}": [True, k % 2 == 0] for k in range(1, 34)},
        "10.1": [100.0, 50.0],
        "10.2": [0, 100],
    }
    expected = {
        a: score_oit(FY2564, {k: v[r] for k, v in data.items() if k != "agency"})
        for r, a in enumerate(data["agency"])
    }
    for table in (data, pd.DataFrame(data), pl.DataFrame(data)):
        scored = score_oit_table(FY2564, table)
        assert {a: scored.scores(a) for a in scored.agencies} == expected


def test_table_problems_name_agency_column_and_value() -> None:
    data = {"agency": ["ก", "ข", "ข"], "9": [90, None, 80], "10": [70, 200, 60]}
    with pytest.raises(ScoringError) as caught:
        score_oit_table(itakit.framework(2567), data)
    assert caught.value.problems == (
        "agency 'ข': OIT in 2 rows (1, 2)",
        "agency 'ข': OIT indicator 9: blank (row 1)",
        "agency 'ข': OIT indicator 10: 200 is outside 0–100 (row 1)",
    )
    with pytest.warns(SkippedAgenciesWarning, match="skipped 1 agency"):
        table = score_oit_table(itakit.framework(2567), data, on_error="skip")
    assert table.agencies == ("ก",)
    assert set(table.skipped) == {"ข"}


def test_table_level_problems_cannot_be_skipped() -> None:
    with pytest.raises(ScoringError, match="unknown columns 'o99'"):
        score_oit_table(FY2564, {"agency": ["ก"], "o99": [True], 9: [1], 10: [1]}, on_error="skip")
    with pytest.raises(ScoringError, match="no 'agency' column"):
        score_oit_table(FY2564, {"name": ["ก"], 9: [1], 10: [1]})
    with pytest.raises(ScoringError, match="indicator 10: no column for o34–o40"):
        score_oit_table(FY2564, {"agency": ["ก"], 9: [1], **{f"o{k}": [1] for k in range(41, 44)}})


_ANY_KEY = st.sampled_from([*ITEMS, "O1", "o๒", "o44", "9", 9, "9.1", "9.2", "10.2", 10, "x"])
_YES_NO = st.sampled_from([True, False, 1, 0, 1.0, np.True_, np.False_, "มี", "ไม่มี", "yes", "no"])
_SCORE = st.one_of(st.integers(0, 100), st.sampled_from([99.5, "88.25", "๙๐"]))
_WRONG = st.sampled_from([" มี ", "มิ", None, "", "x", 2, -1, 100.5, float("nan"), []])
_OTHER_KEY = st.sampled_from(
    ["O1", "o๒", "o44", "9", 9, 9.0, np.int64(10), True, "9.1", "9.2", "10.2", 10, "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([2564, 2569]), st.data())
def test_a_checklist_read_at_first_sight_reads_as_key_by_key(
    year: int, data: st.DataObject
) -> None:
    """A checklist whose keys give each indicator one whole way is read without looking for
    problems; whenever that reading succeeds it gives what reading each key in turn gives."""
    from itakit.scoring._oit_plan import oit_plan_of
    from itakit.scoring.oit import _read_each, read_checklist

    plan = oit_plan_of(itakit.framework(year))
    items = sorted(plan.item_position, key=lambda code: int(code[1:]))
    value = st.one_of(_YES_NO, _SCORE, _WRONG) if data.draw(st.booleans()) else _YES_NO
    checklist: dict[object, object] = data.draw(
        st.one_of(
            st.fixed_dictionaries(dict.fromkeys(items, value)),
            st.fixed_dictionaries({"9.1": _SCORE, "9.2": _SCORE, 10: st.one_of(_SCORE, _WRONG)}),
            st.dictionaries(st.one_of(st.sampled_from(items), _OTHER_KEY), value, max_size=50),
        )
    )
    assert read_checklist(plan, checklist) == _read_each(plan, checklist)


def test_keys_equal_to_known_ones_are_not_taken_for_them() -> None:
    """``9.0 == 9`` as a dict key: a checklist keyed so is read key by key, and refused."""
    fw = itakit.framework(2567)
    assert score_oit(fw, {9: 90, 10: 80}).indicator_scores[9] == Decimal(90)
    with pytest.raises(ScoringError, match=r"unknown OIT key 9\.0"):
        score_oit(fw, {9.0: 90, 10.0: 80})
