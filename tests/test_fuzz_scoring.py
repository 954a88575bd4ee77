"""Fuzz: scoring entry points fail cleanly and quickly on hostile scores, answers and OIT tables.

The contract is that of ``fuzzing.call``: a result, or an ItakitError
(``InputTypeError`` for an argument of the wrong Python type), never another
exception, and never more than a second of CPU time.
"""

from __future__ import annotations

import contextlib
import warnings
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import itakit
from fuzzing import call, fuzz_settings
from itakit import ScoreCard
from itakit.errors import ItakitError
from strategies import (
    answer_cells,
    answer_keys,
    as_frame,
    column_tables,
    hostile_keys,
    hostile_values,
    indicator_keys,
    mutated_data,
    oit_keys,
    plain_values,
    wrong_types,
)

YEARS = (2564, 2567)
_frame_kinds = st.sampled_from(["dict", "dict", "pandas", "polars"])
# mostly a valid on_error, so that the table itself is read
_on_error = st.one_of(st.sampled_from(["raise", "skip"]), st.just("raise"), hostile_values)


def _warm_up() -> None:
    """Import and cache what the first call would otherwise pay for (not a hostile cost)."""
    for year in YEARS:
        fw = itakit.framework(year)
        card = fw.score_indicators(dict.fromkeys(range(1, 11), 80))
        card.what_if({1: 90})
        ScoreCard.from_dict(card.to_dict(), fw)
        table = {"agency": ["ก"], **{n: [80] for n in range(1, 11)}}
        for kind in ("pandas", "polars"):
            itakit.score_indicator_table(fw, as_frame(table, kind))


_warm_up()


@st.composite
def _indicator_mappings(draw: st.DrawFn, year: int) -> dict[Any, Any]:
    keys = indicator_keys(year)
    base: dict[Any, Any] = dict.fromkeys(range(1, 11), 80)
    for key in draw(st.lists(st.one_of(st.sampled_from(keys), hostile_keys), max_size=4)):
        value = draw(hostile_values)
        with contextlib.suppress(TypeError), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a NumPy key that overflows as it is compared
            base[key] = value  # (a key that does not compare with the others is left out)
    return base


@fuzz_settings(60)
@given(st.sampled_from(YEARS).flatmap(lambda y: st.tuples(st.just(y), _indicator_mappings(y))))
def test_score_indicators_scores_or_refuses(drawn: tuple[int, dict[Any, Any]]) -> None:
    year, scores = drawn
    fw = itakit.framework(year)
    card = call(itakit.score_indicators, fw, scores)
    assert isinstance(card, ScoreCard | ItakitError)
    if isinstance(card, ScoreCard):
        assert 0 <= card.total <= 100


@fuzz_settings(30)
@given(wrong_types, st.one_of(wrong_types, hostile_values), hostile_values)
def test_scoring_refuses_arguments_of_the_wrong_type(
    framework: object, table: object, agency: object
) -> None:
    fw = itakit.framework(2564)
    for function in (
        itakit.score_indicators,
        itakit.score_oit,
        itakit.score_responses,
        itakit.score_indicator_table,
        itakit.score_oit_table,
    ):
        call(function, framework, table)
        call(function, fw, table)
    call(itakit.score_indicators, fw, dict.fromkeys(range(1, 11), 80), agency=agency)
    call(itakit.score_responses, fw, {"agency": []}, agency_column=agency)
    call(ScoreCard.from_dict, table, framework)
    card = fw.score_indicators(dict.fromkeys(range(1, 11), 80))
    call(ScoreCard.from_dict, card.to_dict(), framework)
    call(card.what_if, table)
    call(fw.replace, weights=table, name="Framework.replace")
    call(fw.replace, levels=table, name="Framework.replace")
    call(fw.replace, indicators=table, name="Framework.replace")


@fuzz_settings(40)
@given(
    st.sampled_from(YEARS).flatmap(
        lambda y: st.tuples(
            st.just(y),
            column_tables(
                indicator_keys(y), real=[str(i.number) for i in itakit.framework(y).indicators]
            ),
        )
    ),
    _frame_kinds,
    _on_error,
)
def test_score_indicator_table_scores_or_refuses(
    drawn: tuple[int, dict[Any, Any]], kind: str, on_error: object
) -> None:
    year, table = drawn
    result = call(
        itakit.score_indicator_table,
        itakit.framework(year),
        as_frame(table, kind),
        on_error=on_error,
    )
    assert isinstance(result, itakit.ScoreTable | ItakitError)


@fuzz_settings(40)
@given(
    st.sampled_from(YEARS).flatmap(
        lambda y: st.tuples(
            st.just(y), column_tables(answer_keys(y), answer_cells, real=answer_keys(y)[:-4])
        )
    ),
    _frame_kinds,
    _on_error,
)
def test_score_responses_scores_or_refuses(
    drawn: tuple[int, dict[Any, Any]], kind: str, on_error: object
) -> None:
    year, table = drawn
    oit = {"ก": {9: 90, 10: 80}}
    result = call(
        itakit.score_responses,
        itakit.framework(year),
        as_frame(table, kind),
        oit=oit,
        on_error=on_error,
    )
    assert isinstance(result, itakit.ScoreTable | ItakitError)


@st.composite
def _checklists(draw: st.DrawFn, year: int) -> dict[Any, Any]:
    keys = [key for key in oit_keys(year) if key == key]
    chosen = draw(st.lists(st.sampled_from(keys), max_size=12, unique=True))
    checklist: dict[Any, Any] = {}
    for key in chosen:
        checklist[key] = draw(
            st.one_of(st.booleans(), st.sampled_from(["มี", "ไม่มี", 1, 0]), hostile_values)
        )
    return checklist


@fuzz_settings(60)
@given(st.sampled_from(YEARS).flatmap(lambda y: st.tuples(st.just(y), _checklists(y))))
def test_score_oit_scores_or_refuses(drawn: tuple[int, dict[Any, Any]]) -> None:
    year, checklist = drawn
    result = call(itakit.score_oit, itakit.framework(year), checklist)
    assert isinstance(result, itakit.OITScores | ItakitError)


@fuzz_settings(40)
@given(
    st.sampled_from(YEARS).flatmap(
        lambda y: st.tuples(
            st.just(y),
            st.one_of(
                column_tables(oit_keys(y), real=["9", "10"]),
                st.dictionaries(
                    st.one_of(st.text(max_size=4), st.integers()), _checklists(y), max_size=3
                ),
            ),
        )
    ),
    _frame_kinds,
    _on_error,
)
def test_score_oit_table_scores_or_refuses(
    drawn: tuple[int, dict[Any, Any]], kind: str, on_error: object
) -> None:
    year, table = drawn
    if "agency" in table:
        table = as_frame(table, kind)
    result = call(itakit.score_oit_table, itakit.framework(year), table, on_error=on_error)
    assert isinstance(result, itakit.OITTable | ItakitError)


def _card_data(year: int) -> dict[str, Any]:
    fw = itakit.framework(year)
    return fw.score_indicators(dict.fromkeys(range(1, 11), 80), agency="ก").to_dict()


@fuzz_settings(60)
@given(st.sampled_from(YEARS).flatmap(lambda y: st.tuples(st.just(y), mutated_data(_card_data(y)))))
def test_score_cards_are_read_back_or_refused(drawn: tuple[int, Any]) -> None:
    year, data = drawn
    for framework in (itakit.framework(year), None):
        result = call(ScoreCard.from_dict, data, framework)
        assert isinstance(result, ScoreCard | ItakitError)


@fuzz_settings(60)
@given(
    st.dictionaries(
        st.one_of(st.integers(0, 12), st.sampled_from(["1", "๑", "9"]), hostile_keys),
        st.one_of(hostile_values, plain_values),
        max_size=3,
    )
)
def test_what_if_scores_or_refuses(changes: dict[Any, Any]) -> None:
    card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    result = call(card.what_if, changes)
    assert isinstance(result, ScoreCard | ItakitError)


@fuzz_settings(40)
@given(
    st.dictionaries(
        st.one_of(st.integers(0, 12), hostile_keys), hostile_values, min_size=1, max_size=3
    )
)
def test_framework_weights_are_checked(weights: dict[Any, Any]) -> None:
    fw = itakit.framework(2563)
    result = call(fw.replace, weights=weights, name="Framework.replace")
    assert isinstance(result, itakit.Framework | ItakitError)


_whole_numbers = st.one_of(
    st.integers(-(2**127), 2**128 - 1),
    st.sampled_from([0, 50, 100, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63) - 1]),
)


@fuzz_settings(40)
@given(
    st.integers(1, 3).flatmap(
        lambda rows: st.lists(st.lists(_whole_numbers, min_size=rows, max_size=rows), min_size=12)
    ),
    st.sampled_from(["pandas", "polars"]),
)
def test_frames_of_whole_numbers_of_any_size_are_read(columns: list[list[int]], kind: str) -> None:
    """A DataFrame column of ints past 64 bits (polars Int128, a pandas object column)."""
    rows = len(columns[0])
    agencies = ["ก", "ข", "ค"][:rows]
    scores = {"agency": agencies, **{str(n): columns[n] for n in range(1, 11)}}
    answers = {"agency": agencies, "i1": columns[0], "e1": columns[11]}
    oit = {"agency": agencies, "9": columns[0], "10": columns[11]}
    fw = itakit.framework(2567)
    for function, table in (
        (itakit.score_indicator_table, scores),
        (itakit.score_responses, answers),
        (itakit.score_oit_table, oit),
    ):
        frame = as_frame(table, kind)
        assert not isinstance(frame, dict) or kind == "pandas", "polars holds up to 128 bits"
        result = call(function, fw, frame)
        assert isinstance(result, itakit.ScoreTable | itakit.OITTable | ItakitError)


def question_keys(year: int) -> list[Any]:
    """Question codes of *year* in several spellings, OIT indicators, and near misses."""
    fw = itakit.framework(year)
    codes = [q.code for q in fw.questions]
    return [*codes, 9, 10, "9", "ข้อ i๑๐", "I๑", "i" + "1" * 4400, "o²", "9." + "1" * 500]


@st.composite
def _question_scores(draw: st.DrawFn, year: int) -> dict[Any, Any]:
    fw = itakit.framework(year)
    scores: dict[Any, Any] = {q.code: 80 for q in fw.questions if q.tool is not itakit.Tool.OIT}
    scores.update({9: 90, 10: 90})
    for key in draw(st.lists(st.one_of(st.sampled_from(question_keys(year)), hostile_keys))):
        value = draw(st.one_of(hostile_values, st.booleans(), st.just("มี")))
        with contextlib.suppress(TypeError), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a NumPy key that overflows as it is compared
            scores[key] = value  # (a key that does not compare with the others is left out)
    return scores


@fuzz_settings(60)
@given(st.sampled_from(YEARS).flatmap(lambda y: st.tuples(st.just(y), _question_scores(y))))
def test_question_scores_score_or_are_refused(drawn: tuple[int, dict[Any, Any]]) -> None:
    year, scores = drawn
    fw = itakit.framework(year)
    card = call(fw.score_questions, scores, name="Framework.score_questions")
    assert isinstance(card, ScoreCard | ItakitError)
    if isinstance(card, ScoreCard):
        changes = dict(list(scores.items())[-2:])
        assert isinstance(call(card.what_if, changes), ScoreCard | ItakitError)
    rows = [{"agency": "ก", **{str(k): v for k, v in scores.items() if isinstance(k, str | int)}}]
    table = call(
        itakit.scoring.questions_input.score_question_table, fw, rows, name="score_question_table"
    )
    assert isinstance(table, itakit.ScoreTable | ItakitError)


@fuzz_settings(60)
@given(
    st.lists(
        st.dictionaries(
            st.one_of(st.sampled_from(["agency", "total", *map(str, range(1, 11))]), hostile_keys),
            st.one_of(st.integers(0, 100), hostile_values),
            max_size=14,
        ),
        max_size=3,
    ),
    st.one_of(st.none(), st.just("agency"), hostile_values),
)
def test_verification_of_published_rows_checks_or_refuses(
    rows: list[dict[Any, Any]], agency_column: Any
) -> None:
    fw = itakit.framework(2564)
    full = [
        {"agency": "ก", **{str(n): 80 for n in range(1, 11)}, "total": 80, **row} for row in rows
    ]
    for given_rows in (rows, full):
        call(fw.verify, given_rows, agency_column=agency_column, name="Framework.verify")
