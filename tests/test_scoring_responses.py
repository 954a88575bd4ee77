"""Many agencies from raw answers: score_responses and ScoreTable."""

from __future__ import annotations

import math
import re
import sys
import warnings
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import itakit
from itakit import (
    Framework,
    MissingExtraError,
    ScoreCard,
    ScoreTable,
    ScoringError,
    SkippedAgenciesWarning,
    Tool,
    UnknownCodeError,
    score_indicators,
    score_responses,
)
from itakit.scoring._batch import publish
from itakit.scoring._exact import cents
from itakit.scoring.weighting import compose, plan_of
from strategies import Respondent, answer_columns, answers, survey_frameworks

FY2567 = itakit.framework(2567)
FY2564 = itakit.framework(2564)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def exact_indicators(framework: Framework, rows: list[Respondent]) -> dict[int, Fraction]:
    """The oracle: per respondent, in Fractions, as the reference states the rule.

    An answer column scores the mean points of those who answered it; a question the mean of its
    sub-items; an indicator the mean of its questions.
    """
    scores = {}
    for indicator in framework.indicators:
        if indicator.tool is Tool.OIT:
            continue
        question_scores = []
        for question in framework.questions_of(indicator):
            item_scores = []
            for item in question.items:
                points = [item.points[r[item.code]] for r in rows if r.get(item.code) is not None]  # type: ignore[index]
                item_scores.append(sum(points, Fraction(0)) / len(points))
            question_scores.append(sum(item_scores, Fraction(0)) / len(item_scores))
        scores[indicator.number] = sum(question_scores, Fraction(0)) / len(question_scores)
    return scores


def exact_questions(framework: Framework, rows: list[Respondent]) -> dict[str, Fraction]:
    """The oracle for question scores: each sub-item's mean over who answered it, then their mean."""
    scores = {}
    for question in framework.questions:
        if question.tool is Tool.OIT:
            continue
        item_scores = []
        for item in question.items:
            points = [item.points[r[item.code]] for r in rows if r.get(item.code) is not None]  # type: ignore[index]
            item_scores.append(sum(points, Fraction(0)) / len(points))
        scores[question.code] = sum(item_scores, Fraction(0)) / len(item_scores)
    return scores


def answered_questions(framework: Framework, rows: list[Respondent]) -> dict[str, int]:
    """The oracle for respondents per question: those who answered any of its sub-items."""
    return {
        q.code: sum(any(r.get(item.code) is not None for item in q.items) for r in rows)
        for q in framework.questions
        if q.tool is not Tool.OIT
    }


def oit_scores(framework: Framework, agencies: list[str]) -> dict[str, dict[int, Fraction]]:
    numbers = [i.number for i in framework.indicators if i.tool is Tool.OIT]
    return {
        a: {n: Fraction(37 * (k + 1) + 7 * m, 3) % 100 for m, n in enumerate(numbers)}
        for k, a in enumerate(agencies)
    }


def respondent(codes: dict[str, int | None], **more: int | None) -> Respondent:
    return {**codes, **more}


def full(framework: Framework, tool: Tool, choice: int) -> Respondent:
    return {
        item.code: min(choice, len(item.points) - 1)
        for q in framework.questions
        if q.tool is tool
        for item in q.items
    }


def two_agencies() -> dict[str, list[Respondent]]:
    return {
        "ก": [full(FY2567, Tool.IIT, 3), full(FY2567, Tool.IIT, 2), full(FY2567, Tool.EIT, 1)],
        "ข": [full(FY2567, Tool.IIT, 0), full(FY2567, Tool.EIT, 3), full(FY2567, Tool.EIT, 2)],
    }


OIT_2567 = {"ก": {9: 90, 10: 80}, "ข": {9: 70.5, 10: 100}}


# -- the batch path publishes what the exact path does -----------------------------------------


_DENOMINATORS = (1, 3, 100, 7, 999_999_999_989, 999_999_999_961, 10**12 + 39)
"""OIT score denominators: the last three lcm past int64 together (and the last past the limit
of one column kept in integers), so that the integer publication must step aside."""


@SETTINGS
@given(st.data())
def test_values_of_fixed_denominators_publish_as_the_exact_path(data: st.DataObject) -> None:
    """Indicators whose scores are integers over one denominator are published in integers
    (alone, and the tool scores, points and total made of them alone); every value is the one
    the exact path publishes, whatever the denominators, down to those past int64 together."""
    framework = data.draw(st.sampled_from([FY2564, FY2567]))
    plan = plan_of(framework)
    rows = data.draw(st.integers(1, 3))
    positions = data.draw(
        st.lists(st.integers(0, len(plan.numbers) - 1), min_size=1, unique=True)
        | st.sampled_from([list(members) for members in plan.members])  # a whole tool
        | st.just(list(range(len(plan.numbers))))  # the total too
    )
    pool = _DENOMINATORS[:6] if data.draw(st.booleans()) else _DENOMINATORS[:4]
    exact = [
        [Fraction(data.draw(st.integers(0, 10_000)), 100) for _ in plan.numbers]
        for _ in range(rows)
    ]
    fixed = {}
    for p in positions:
        denominator = data.draw(st.sampled_from(pool))
        numerators = [data.draw(st.integers(0, 100 * denominator)) for _ in range(rows)]
        for row, numerator in enumerate(numerators):
            exact[row][p] = Fraction(numerator, denominator)
        fixed[p] = (np.array(numerators, dtype=np.int64), denominator)
    scores = np.array([[float(x) for x in row] for row in exact])
    found = publish(plan, scores, lambda row: exact[row], fixed)
    for row, values in enumerate(exact):
        composed = compose(plan, values)
        assert found.indicator_cents[row].tolist() == [cents(x) for x in values]
        assert found.tool_score_cents[row].tolist() == list(composed.tool_score_cents)
        assert found.tool_point_cents[row].tolist() == list(composed.tool_point_cents)
        assert int(found.total_cents[row]) == composed.total_cents


@SETTINGS
@given(st.data())
def test_batch_equals_exact_on_random_frameworks_and_answers(data: st.DataObject) -> None:
    framework = data.draw(survey_frameworks)
    by_agency = data.draw(answers(framework))
    agencies = sorted(by_agency)
    oit = oit_scores(framework, agencies)
    for scores in oit.values():  # OIT scores over denominators small and large, coprime or not
        for number in scores:
            denominator = data.draw(st.sampled_from(_DENOMINATORS))
            scores[number] = Fraction(data.draw(st.integers(0, 100 * denominator)), denominator)
    table = score_responses(framework, answer_columns(framework, by_agency), oit=oit)
    assert table.agencies == tuple(agencies)
    records = table.to_records()
    for record, agency in zip(records, agencies, strict=True):
        exact = {**exact_indicators(framework, by_agency[agency]), **oit[agency]}
        card = score_indicators(framework, exact, agency=agency)
        assert table.card(agency).total_exact == card.total_exact
        assert all(
            0 <= score <= 100 for score in table.card(agency).indicator_scores_exact.values()
        )
        assert 0 <= card.total_exact <= 100
        assert record["total"] == float(card.total)
        assert record["level"] == str(card.level)
        assert record["passed"] == card.passed
        for number, score in card.indicator_scores.items():
            assert record[str(number)] == float(score)
        for tool, score in card.tool_scores.items():
            assert record[tool.value] == float(score)
            assert record[f"{tool.value}_points"] == float(card.tool_points[tool])
        row = table.agencies.index(agency)
        questions = table.card(agency).question_scores
        assert questions == exact_questions(framework, by_agency[agency])
        assert table.card(agency).question_respondents == answered_questions(
            framework, by_agency[agency]
        )
        assert table.question_scores is not None
        fast = dict(zip(table.question_codes, table.question_scores[row].tolist(), strict=True))
        assert fast == pytest.approx({code: float(x) for code, x in questions.items()}, abs=1e-9)


@SETTINGS
@given(st.data())
def test_a_tables_card_is_the_card_its_values_make(data: st.DataObject) -> None:
    """A table builds its cards without reading its own values again; each is the card the
    constructor makes of the same values, question scores (OIT items too) in the same order."""
    framework = data.draw(st.sampled_from([FY2564, FY2567]))
    by_agency = data.draw(answers(framework))
    agencies = sorted(by_agency)
    items = [i.code for q in framework.questions if q.tool is Tool.OIT for i in q.items]
    oit: dict[str, dict[Any, object]] = {}
    for agency in agencies:
        if items and data.draw(st.booleans()):
            oit[agency] = {code: data.draw(st.booleans()) for code in items}
        else:
            oit[agency] = dict(oit_scores(framework, [agency])[agency])
    table = score_responses(framework, answer_columns(framework, by_agency), oit=oit)
    for card in table:
        made = ScoreCard(
            framework=framework,
            indicator_scores_exact=dict(card.indicator_scores_exact),
            agency=card.agency,
            respondents=card.respondents and dict(card.respondents),
            question_scores=card.question_scores and dict(reversed(card.question_scores.items())),
            question_respondents=card.question_respondents and dict(card.question_respondents),
        )
        assert card == made
        assert card.total_exact == made.total_exact
        assert card.level == made.level
        assert card.question_scores is not None
        assert made.question_scores is not None
        assert list(card.question_scores.items()) == list(made.question_scores.items())
        assert card.question_respondents == made.question_respondents
        assert card.respondents == made.respondents
        assert card.to_dict() == made.to_dict()


@SETTINGS
@given(
    st.sampled_from([2564, 2567]).flatmap(
        lambda year: st.tuples(st.just(year), answers(itakit.framework(year)))
    )
)
def test_batch_equals_exact_on_the_shipped_editions(
    drawn: tuple[int, dict[str, list[Respondent]]],
) -> None:
    year, by_agency = drawn
    framework = itakit.framework(year)
    agencies = sorted(by_agency)
    oit = oit_scores(framework, agencies)
    table = score_responses(framework, answer_columns(framework, by_agency), oit=oit)
    for card, agency in zip(table, agencies, strict=True):
        exact = {**exact_indicators(framework, by_agency[agency]), **oit[agency]}
        assert card.indicator_scores_exact == exact
        assert card.question_scores == exact_questions(framework, by_agency[agency])
        assert card == score_indicators(
            framework, exact, agency=agency, respondents=card.respondents
        )


def test_a_value_on_a_rounding_tie_is_published_as_the_exact_path_does() -> None:
    # 99.995 in every indicator: float arithmetic gives a total of 99.99499999999999, which a
    # plain float rounding publishes as 99.99; exactly it is 99.995, published 100.00.
    table = itakit.score_indicator_table(
        FY2567, {"agency": ["ก"], **{str(n): [99.995] for n in range(1, 11)}}
    )
    assert table.published_values.rescored == 1
    assert table.to_records()[0]["total"] == 100.0
    assert table.card("ก").total == Decimal("100.00")
    assert str(table.card("ก").level) == "ผ่านดีเยี่ยม"


# -- the rules of the means ------------------------------------------------------------------------


def test_a_blank_is_left_out_not_scored_zero() -> None:
    answered = two_agencies()
    answered["ก"].append(respondent(dict.fromkeys(full(FY2567, Tool.IIT, 0), None), i1=3))
    card = score_responses(FY2567, answer_columns(FY2567, answered), oit=OIT_2567).card("ก")
    # i1: answered 3, 2 and 3 → (100 + 200/3 + 100) / 3; i2, i3: 3 and 2 only (the blank left out)
    assert card.indicator_scores_exact[1] == (Fraction(800, 9) + 2 * Fraction(250, 3)) / 3
    assert card.respondents == {Tool.IIT: 3, Tool.EIT: 1}


def test_reversed_items_score_the_other_way() -> None:
    rows = [{**full(FY2564, Tool.IIT, 3)}, full(FY2564, Tool.EIT, 3)]
    card = score_responses(FY2564, answer_columns(FY2564, {"ก": rows}), oit={"ก": {9: 1, 10: 1}})
    # indicator 2 = i7–i12: i7, i8, i12 score 100; i9, i10 (reversed) 0; i11 = (100 + 0) / 2
    assert card.card("ก").indicator_scores_exact[2] == Fraction(100 * 3 + 0 + 0 + 50, 6)
    # indicator 1 = i1–i6: i4–i6 are reversed yes/no (มี = 0)
    assert card.card("ก").indicator_scores_exact[1] == Fraction(300, 6)


def test_sub_items_are_averaged_item_first_then_question() -> None:
    # i1 has sub-items i1.1 and i1.2. r1 answers both 3; r2 answers i1.1 = 0 and leaves i1.2 blank.
    base = full(FY2564, Tool.IIT, 3)
    r2 = {**base, "i1.1": 0, "i1.2": None}
    rows = [base, r2, full(FY2564, Tool.EIT, 3)]
    table = score_responses(FY2564, answer_columns(FY2564, {"ก": rows}), oit={"ก": {9: 1, 10: 1}})
    # i1.1 = 50, i1.2 = 100 → i1 = 75 (per respondent first would give (100 + 0) / 2 = 50)
    i1 = Fraction(75)
    assert table.card("ก").indicator_scores_exact[1] == (i1 + 100 + 100 + 0 + 0 + 0) / 6


def test_thai_labels_score_like_choice_numbers() -> None:
    labels = ["น้อยที่สุดหรือไม่มีเลย", "น้อย", "มาก", "มากที่สุด"]
    numbers = answer_columns(FY2567, two_agencies())
    words = {
        k: [labels[v] if isinstance(v, int) else v for v in col] if k != "agency" else col
        for k, col in numbers.items()
    }
    words["i1"][0] = " มากที่สุด\u200b"  # spaces and a zero-width space are normalised away
    words["e1"] = ["", "", "น้อย", None, "มากที่สุด", "มาก"]
    numbers["e1"] = [None, None, 1, None, 3, 2]
    assert_same(
        score_responses(FY2567, words, oit=OIT_2567), score_responses(FY2567, numbers, oit=OIT_2567)
    )
    yes_no = answer_columns(FY2564, {"ก": [full(FY2564, Tool.IIT, 3), full(FY2564, Tool.EIT, 3)]})
    as_words = {**yes_no, "i4": ["มี", None], "i26": ["ไม่มี", None]}
    as_bools = {**yes_no, "i4": [True, None], "i26": [False, None]}
    as_numbers = {**yes_no, "i4": [1, None], "i26": [0, None]}
    oit = {"ก": {9: 50, 10: 50}}
    assert_same(
        score_responses(FY2564, as_words, oit=oit), score_responses(FY2564, as_numbers, oit=oit)
    )
    assert_same(
        score_responses(FY2564, as_bools, oit=oit), score_responses(FY2564, as_numbers, oit=oit)
    )


def assert_same(left: ScoreTable, right: ScoreTable) -> None:
    assert left.to_records() == right.to_records()
    assert [c.total_exact for c in left] == [c.total_exact for c in right]


_NUMBERS = (0, 1, 2, 3, 0.0, -0.0, 3.0, 2.5, 4, 9, -1, 256.0, -255.0, 1e20, 2.0**63)
_NUMBER_CELL = st.sampled_from([*_NUMBERS, None, math.nan, math.inf, -math.inf])
_ANY_CELL = st.one_of(_NUMBER_CELL, st.sampled_from([True, False, "3", "มาก", "น้อย", "", "x"]))


def _outcome(table: object) -> object:
    """What scoring a table gives: its records and exact totals, or its error's message."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SkippedAgenciesWarning)
            scored = score_responses(FY2567, table, oit=OIT_2567, on_error="skip")
    except ScoringError as error:
        return ("error", _whole(str(error)))
    skipped = {a: tuple(map(_whole, found)) for a, found in scored.skipped.items()}
    return scored.to_records(), [c.total_exact for c in scored], skipped


def _whole(message: str) -> str:
    """A message with ``4.0`` written ``4`` (a list of ints and floats shows its cells as floats),
    and a blank agency shown as None (pandas holds it as NaN)."""
    message = message.replace("row without an agency (nan)", "row without an agency (None)")
    return re.sub(r"(?<![\d.])(\d+)\.0(?![\d])", r"\1", message)


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_a_small_table_read_as_one_matrix_scores_as_read_column_by_column(
    data: st.DataObject,
) -> None:
    """Plain numbers (lists of ints, floats and Nones; NumPy arrays; pandas and polars columns of
    numbers) are read in one step; cells of any other kind column by column.  Both readings score
    the same, find the same problems and skip the same agencies."""
    rows = data.draw(st.integers(2, 10))
    cell = _NUMBER_CELL if data.draw(st.booleans()) else _ANY_CELL
    lists: dict[str, list[Any]] = {
        "agency": data.draw(
            st.lists(st.sampled_from(["ก", "ข", None]), min_size=rows, max_size=rows)
        )
    }
    for code in (f"{tool}{k}" for tool in "ie" for k in range(1, 16)):
        lists[code] = data.draw(st.lists(cell, min_size=rows, max_size=rows))
    objects = {name: np.array([*column, None], dtype=object)[:-1] for name, column in lists.items()}
    expected = _outcome(objects)  # object columns are always read one by one
    with np.errstate(invalid="ignore"):
        assert _outcome(lists) == expected
        if all(v is None or type(v) in (int, float) for c in list(lists.values())[1:] for v in c):
            floats = {
                name: np.array([np.nan if v is None else v for v in column], dtype=np.float64)
                for name, column in list(lists.items())[1:]
            }
            agency = {"agency": lists["agency"]}
            expected = _outcome({**agency, **{n: c.astype(object) for n, c in floats.items()}})
            assert _outcome({**agency, **floats}) == expected
            assert _outcome(pd.DataFrame({**agency, **floats})) == expected  # side by side
            backwards = dict(reversed(floats.items()))
            assert _outcome(pd.DataFrame({**backwards, **agency})) == expected
            assert _outcome(pl.DataFrame({**agency, **floats})) == expected


@settings(max_examples=40, deadline=None)
@given(answers(FY2564), st.data())
def test_a_better_answer_never_lowers_a_score(
    by_agency: dict[str, list[Respondent]], data: st.DataObject
) -> None:
    agency = data.draw(st.sampled_from(sorted(by_agency)))
    rows = by_agency[agency]
    r = data.draw(st.integers(0, len(rows) - 1))
    code = data.draw(st.sampled_from(sorted(c for c, v in rows[r].items() if v is not None)))
    item = next(i for q in FY2564.questions for i in q.items if i.code == code)
    current = rows[r][code]
    assert current is not None
    better = data.draw(
        st.sampled_from([c for c, p in enumerate(item.points) if p >= item.points[current]])
    )
    improved = {**by_agency, agency: [*rows[:r], {**rows[r], code: better}, *rows[r + 1 :]]}
    oit = {a: {9: 50, 10: 50} for a in by_agency}
    before = score_responses(FY2564, answer_columns(FY2564, by_agency), oit=oit).card(agency)
    after = score_responses(FY2564, answer_columns(FY2564, improved), oit=oit).card(agency)
    assert after.total_exact >= before.total_exact
    for number, score in before.indicator_scores_exact.items():
        assert after.indicator_scores_exact[number] >= score
    for tool, score in before.tool_scores_exact.items():
        assert 0 <= after.tool_scores_exact[tool] <= 100
        assert after.tool_scores_exact[tool] >= score


# -- inputs: dict, pandas, polars ---------------------------------------------------------------------


def test_dict_numpy_pandas_and_polars_inputs_give_the_same_table() -> None:
    columns = answer_columns(FY2567, two_agencies())
    arrays: dict[str, Any] = {
        k: np.array([np.nan if v is None else v for v in col], dtype=np.float32)
        for k, col in columns.items()
        if k != "agency"
    }
    arrays["agency"] = np.array(columns["agency"])
    masked = {
        k: np.ma.masked_array([0 if v is None else v for v in col], mask=[v is None for v in col])
        for k, col in columns.items()
        if k != "agency"
    }
    expected = score_responses(FY2567, columns, oit=OIT_2567)
    nullable = pd.DataFrame(columns).astype({k: "Int8" for k in columns if k != "agency"})
    for table in (
        arrays,
        {**masked, "agency": columns["agency"]},
        pd.DataFrame(columns),
        nullable,
        pl.DataFrame(columns),
    ):
        assert_same(score_responses(FY2567, table, oit=OIT_2567), expected)


def test_integer_agency_ids_and_oit_as_a_table() -> None:
    columns = answer_columns(FY2567, two_agencies())
    columns["agency"] = [1001 if a == "ก" else 1002 for a in columns["agency"]]
    oit = pd.DataFrame({"agency": [1002, 1001], "9": [70.5, 90], "10": [100, 80]})
    table = score_responses(FY2567, columns, oit=oit)
    assert table.agencies == (1001, 1002)
    assert [r["total"] for r in table.to_records()] == [
        r["total"]
        for r in score_responses(
            FY2567, answer_columns(FY2567, two_agencies()), oit=OIT_2567
        ).to_records()
    ]


def test_columns_may_be_named_in_any_case_and_thai_digits() -> None:
    columns = answer_columns(FY2567, two_agencies())
    renamed = {("I๑" if k == "i1" else "E10" if k == "e10" else k): v for k, v in columns.items()}
    assert_same(
        score_responses(FY2567, renamed, oit=OIT_2567),
        score_responses(FY2567, columns, oit=OIT_2567),
    )


# -- bad input ----------------------------------------------------------------------------------------


def problems_of(
    columns: dict[str, list[object]], oit: Any = OIT_2567, year: int = 2567
) -> tuple[str, ...]:
    with pytest.raises(ScoringError) as caught:
        score_responses(itakit.framework(year), columns, oit=oit)
    return caught.value.problems


def test_a_choice_out_of_range_names_agency_column_rows_and_value() -> None:
    columns = answer_columns(FY2567, two_agencies())
    columns["i2"][1] = 4
    columns["i3"][0] = -1
    columns["i3"][1] = 2.5
    columns["e1"][5] = "มากมาย"
    assert problems_of(columns) == (
        "agency 'ก': column i2: 4 is not an answer (expected 0–3, a label such as 'มาก', or a blank) (row 1)",
        "agency 'ก': column i3: -1 is not an answer (expected 0–3, a label such as 'มาก', or a blank) (2 rows (0, 1))",
        "agency 'ข': column e1: 'มากมาย' is not an answer (expected 0–3, a label such as 'มาก', or a blank) (row 5)",
    )


def test_many_problems_list_the_first_twenty_and_count_the_rest() -> None:
    respondents = {
        f"a{k:02d}": [full(FY2567, Tool.IIT, 3), full(FY2567, Tool.EIT, 3)] for k in range(30)
    }
    columns = answer_columns(FY2567, respondents)
    columns["i1"] = [None if v is None else 9 for v in columns["i1"]]
    with pytest.raises(ScoringError) as caught:
        score_responses(FY2567, columns, oit={a: {9: 1, 10: 1} for a in respondents})
    error = caught.value
    assert len(error.problems) == 30
    assert "30 problems in 30 agencies" in str(error)
    assert "… and 10 more (all in .problems)" in str(error)
    assert str(error).count("\n  - ") == 20
    assert error.value == 9


def test_missing_respondents_answers_and_oit_are_reported_per_agency() -> None:
    answered = two_agencies()
    answered["ค"] = [full(FY2567, Tool.IIT, 2)]  # no EIT respondent, no OIT
    answered["ข"][1]["e4"] = None
    answered["ข"][2]["e4"] = None  # nobody at ข answered e4
    answered["ก"][0]["e5"] = 1  # an IIT row that answers an EIT column
    oit = {**OIT_2567, "ง": {9: 1, 10: 1}}  # OIT of an agency without answers is not used
    assert problems_of(answer_columns(FY2567, answered), oit) == (
        "agency 'ก': a row answers both IIT and EIT columns (one row is one respondent of one tool) (row 0)",
        "agency 'ค': no EIT respondents",
        "agency 'ข': no answers to e4",
        "agency 'ค': no OIT scores (oit= has no entry for this agency)",
    )


def test_rows_without_an_agency_are_reported() -> None:
    columns = answer_columns(FY2567, two_agencies())
    columns["agency"][1] = None
    columns["agency"][2] = float("nan")
    assert problems_of(columns) == (
        "row without an agency (None) (2 rows (1, 2))",
        "agency 'ก': no EIT respondents",  # its EIT respondent was row 2
    )


def test_table_level_problems_are_raised_at_once_and_cannot_be_skipped() -> None:
    columns: dict[str, Any] = answer_columns(FY2567, two_agencies())
    columns["i99"] = [1] * 6
    columns["O1"] = [1] * 6
    del columns["e15"]
    with pytest.raises(ScoringError) as caught:
        score_responses(FY2567, columns, oit=OIT_2567, on_error="skip", extra="error")
    message = str(caught.value)
    assert "columns for questions FY 2567 does not ask: 'i99'" in message
    assert "OIT columns 'O1' belong in oit=" in message
    assert "no column for e15" in message
    columns["comments"] = [""] * 6
    with pytest.raises(ScoringError) as caught:
        score_responses(FY2567, columns, oit=OIT_2567)
    assert "does not ask: 'i99'" in str(caught.value)
    assert "no column for e15 (left out: 'comments')" in str(caught.value)
    columns = answer_columns(FY2567, two_agencies())
    columns["who"] = columns.pop("agency")
    with pytest.raises(ScoringError, match="no agency column: expected a column called 'agency'"):
        score_responses(FY2567, columns, oit=OIT_2567)
    assert score_responses(FY2567, columns, oit=OIT_2567, agency_column="who").agencies == (
        "ก",
        "ข",
    )
    with pytest.deprecated_call(match="agency_column"):
        old = score_responses(FY2567, columns, oit=OIT_2567, agency="who")
    assert old.agencies == ("ก", "ข")


def test_a_column_of_the_wrong_dtype_is_refused() -> None:
    columns: dict[str, Any] = answer_columns(FY2567, two_agencies())
    columns["i1"] = np.array(["2024-01-01"] * 6, dtype="datetime64[D]")
    with pytest.raises(ScoringError, match=r"column 'i1' has dtype datetime64\[D\]"):
        score_responses(FY2567, columns, oit=OIT_2567)
    columns["i1"] = [True] * 6  # bools answer only yes/no questions
    assert "agency 'ก': column i1: True is not an answer" in problems_of(columns)[0]
    with pytest.raises(itakit.InputTypeError, match="dict of columns"):
        score_responses(FY2567, [[1, 2]], oit=OIT_2567)
    with pytest.raises(ScoringError, match="same length"):
        score_responses(FY2567, {**answer_columns(FY2567, two_agencies()), "i1": [1]}, oit=OIT_2567)


def test_oit_is_required_and_checked() -> None:
    columns = answer_columns(FY2567, two_agencies())
    with pytest.raises(ScoringError, match=r"indicators 9–10 \(OIT\) do not come from answers"):
        score_responses(FY2567, columns)
    bad = {"ก": {9: 90, 10: 101}, "ข": {9: 90}}
    assert problems_of(columns, bad) == (
        "agency 'ก': OIT indicator 10: 101 is outside 0–100",
        "agency 'ข': OIT indicator 10 is missing: give its score (10: 0–100)",
    )


def test_skip_leaves_out_agencies_with_problems_warns_and_reports_them() -> None:
    answered = two_agencies()
    answered["ค"] = [full(FY2567, Tool.IIT, 2)]
    columns = answer_columns(FY2567, answered)
    columns["i2"][0] = 7
    oit = {**OIT_2567, "ค": {9: 1, 10: 1}}
    with pytest.warns(SkippedAgenciesWarning, match="skipped 2 agencies with problems"):
        table = score_responses(FY2567, columns, oit=oit, on_error="skip")
    assert table.agencies == ("ข",)
    assert dict(table.skipped) == {
        "ก": (
            "column i2: 7 is not an answer (expected 0–3, a label such as 'มาก', or a blank) (row 0)",
        ),
        "ค": ("no EIT respondents",),
    }
    alone = score_responses(
        FY2567, answer_columns(FY2567, {"ข": two_agencies()["ข"]}), oit=OIT_2567
    )
    assert table.to_records() == alone.to_records()
    with pytest.raises(itakit.ValidationError, match="on_error must be"):
        score_responses(FY2567, columns, oit=oit, on_error="ignore")  # type: ignore[arg-type]


def test_skipping_every_agency_leaves_an_empty_table() -> None:
    columns = answer_columns(FY2567, two_agencies())
    with pytest.warns(SkippedAgenciesWarning, match="skipped 2 agencies"):
        table = score_responses(FY2567, columns, oit={}, on_error="skip")
    assert len(table) == 0
    assert table.to_records() == []
    assert list(table) == []
    assert table.to_pandas().empty


# -- the table ------------------------------------------------------------------------------------------


def test_score_table_rows_cards_and_exports() -> None:
    table = score_responses(FY2567, answer_columns(FY2567, two_agencies()), oit=OIT_2567)
    assert len(table) == 2
    assert "ก" in table
    assert [card.agency for card in table] == ["ก", "ข"]
    card = table.card("ข")
    assert card.respondents == {Tool.IIT: 1, Tool.EIT: 2}
    assert card.indicator_scores_exact[6] == Fraction(500, 6)
    with pytest.raises(UnknownCodeError, match="no agency 'ฮ'"):
        table.card("ฮ")
    record = table.to_records()[1]
    assert list(record) == [
        "agency",
        *map(str, range(1, 11)),
        "IIT",
        "EIT",
        "OIT",
        "IIT_points",
        "EIT_points",
        "OIT_points",
        "total",
        "level",
        "passed",
        "IIT_respondents",
        "EIT_respondents",
    ]
    assert (record["total"], record["level"]) == (float(card.total), str(card.level))
    frame = table.to_pandas()
    assert frame["total"].tolist() == [float(r["total"]) for r in table.to_records()]
    assert frame["EIT_respondents"].tolist() == [1, 2]
    assert table.to_polars().to_dicts() == frame.to_dict("records")
    text = table.format(lang="en", digits="arabic")
    assert text.splitlines()[0].split() == ["agency", "IIT", "EIT", "OIT", "total", "level"]
    assert "ข" in str(table)
    assert repr(table) == "ScoreTable(FY 2567, 2 agencies)"


def test_repr_html_escapes_and_shows_the_first_twenty_rows() -> None:
    respondents = {
        f"<a{k:02d}>": [full(FY2567, Tool.IIT, 3), full(FY2567, Tool.EIT, 3)] for k in range(25)
    }
    table = score_responses(
        FY2567, answer_columns(FY2567, respondents), oit={a: {9: 100, 10: 100} for a in respondents}
    )
    page = table._repr_html_()
    assert "&lt;a00&gt;" in page
    assert "<a00>" not in page
    assert page.count("<tr>") == 21
    assert "… and 5 more agencies" in page
    assert "ผ่านดีเยี่ยม" in page


def test_exports_need_their_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    table = score_responses(FY2567, answer_columns(FY2567, two_agencies()), oit=OIT_2567)
    monkeypatch.setitem(sys.modules, "pandas", None)
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(MissingExtraError, match=r'pip install "itakit\[pandas\]"'):
        table.to_pandas()
    with pytest.raises(MissingExtraError, match=r'pip install "itakit\[polars\]"'):
        table.to_polars()


_LABEL_CELL = st.one_of(
    st.sampled_from(["มาก", "น้อย", "มากที่สุด", "น้อยที่สุดหรือไม่มีเลย", "๓", "3", "most"]),
    st.sampled_from([" มาก ", "มาก\u200b", "", "  ", "x", "มากๆ", None]),
)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_polars_column_of_labels_is_read_in_polars_as_in_numpy(data: st.DataObject) -> None:
    """polars replaces the labels it knows on its own; every other text (a spelling to
    normalise, spaces, a wrong value) is read once here.  The outcome is that of the same cells
    read one by one."""
    rows = data.draw(st.integers(1, 12))
    columns: dict[str, list[Any]] = {
        "agency": data.draw(
            st.lists(st.sampled_from(["ก", "ข", None]), min_size=rows, max_size=rows)
        )
    }
    for code in (f"{tool}{k}" for tool in "ie" for k in range(1, 16)):
        columns[code] = data.draw(st.lists(_LABEL_CELL, min_size=rows, max_size=rows))
    objects = {
        name: np.array([*column, None], dtype=object)[:-1] for name, column in columns.items()
    }
    frame = pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String))
    assert _outcome(frame) == _outcome(objects)
