"""Question scores on cards and tables, and the questions that cost most."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import itakit
from itakit import ScoreCard, ValidationError, score_responses
from itakit.analysis import costly_questions
from itakit.rules import Tool
from strategies import answer_columns, answers

FY2564 = itakit.framework(2564)
FY2567 = itakit.framework(2567)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def iit(choice: int, **other: int | None) -> dict[str, int | None]:
    return {**{f"i{k}": choice for k in range(1, 16)}, **other}


def eit(choice: int, **other: int | None) -> dict[str, int | None]:
    return {**{f"e{k}": choice for k in range(1, 16)}, **other}


def columns(rows: list[tuple[str, dict[str, int | None]]]) -> dict[str, list[object]]:
    codes = [f"{p}{k}" for p in "ie" for k in range(1, 16)]
    return {
        "agency": [agency for agency, _ in rows],
        **{code: [answer.get(code) for _, answer in rows] for code in codes},
    }


def two_agencies() -> itakit.ScoreTable:
    """ก: two IIT respondents (one answers i2 with 0, the other leaves it blank), one EIT;
    ข: one IIT respondent, two EIT respondents who differ on e6."""
    rows = [
        ("ก", iit(3, i2=0)),
        ("ก", iit(3, i2=None, i5=2)),
        ("ก", eit(3)),
        ("ข", iit(3)),
        ("ข", eit(3, e6=0)),
        ("ข", eit(3, e6=1)),
    ]
    return score_responses(
        FY2567, columns(rows), oit={"ก": {9: 100, 10: 100}, "ข": {9: 90, 10: 100}}
    )


def test_a_small_example_computed_by_hand() -> None:
    table = two_agencies()
    ka, kho = table.card("ก"), table.card("ข")
    assert ka.question_scores is not None
    assert kho.question_scores is not None
    # i2: only the first respondent answered it, with 0 points; i5: (100 + 200/3) / 2
    assert ka.question_scores["i2"] == 0
    assert ka.question_scores["i5"] == Fraction(250, 3)
    assert ka.question_respondents is not None
    assert (ka.question_respondents["i2"], ka.question_respondents["i5"]) == (1, 2)
    assert ka.indicator_scores_exact[1] == (0 + 100 + 100) / Fraction(3)
    assert ka.indicator_scores_exact[2] == (100 + Fraction(250, 3) + 100) / 3
    # e6 (indicator 7, weight 10, five questions): (0 + 100/3) / 2 = 50/3 points
    assert kho.question_scores["e6"] == Fraction(50, 3)
    rows = costly_questions(ka)
    # i2 costs 6 × 1/3 × 100 / 100 = 2 points; i5 costs 6 × 1/3 × 50/3 / 100 = 1/3
    assert [(row.code, row.points_lost_exact) for row in rows[:2]] == [
        ("i2", Fraction(2)),
        ("i5", Fraction(1, 3)),
    ]
    assert rows[0].points_lost == Decimal("2.00")
    assert rows[1].points_lost == Decimal("0.33")
    assert all(row.points_lost_exact == 0 for row in rows[2:])
    top = kho.costly_questions(1)
    assert [(row.code, row.indicator.number, row.score, row.points_lost) for row in top] == [
        ("e6", 7, Decimal("16.67"), Decimal("1.67"))
    ]
    assert top[0].text_th is None
    assert top[0].respondents == 2
    # the table's floats agree with the cards' fractions
    assert table.question_scores is not None
    at = table.question_codes.index("e6")
    assert table.question_scores[1, at] == pytest.approx(50 / 3)


def identity_holds(card: ScoreCard) -> None:
    """Per indicator: its questions' costs add up exactly to the points it lost."""
    rows = costly_questions(card)
    lost = {gap.indicator.number: gap.points_lost_exact for gap in card.gaps().indicators}
    per_indicator: dict[int, Fraction] = {}
    for row in rows:
        per_indicator[row.indicator.number] = (
            per_indicator.get(row.indicator.number, Fraction(0)) + row.points_lost_exact
        )
    assert per_indicator
    for number, cost in per_indicator.items():
        assert cost == lost[number]
    costs = [row.points_lost_exact for row in rows]
    assert costs == sorted(costs, reverse=True)


@SETTINGS
@given(
    st.sampled_from([2564, 2567]).flatmap(
        lambda y: st.tuples(st.just(y), answers(itakit.framework(y)))
    )
)
def test_question_costs_add_up_to_the_indicator_points_lost(
    drawn: tuple[int, dict[str, list[dict[str, int | None]]]],
) -> None:
    year, by_agency = drawn
    framework = itakit.framework(year)
    oit = {a: {9: 100, 10: 50} for a in by_agency}
    table = score_responses(framework, answer_columns(framework, by_agency), oit=oit)
    for card in table:
        identity_holds(card)
        assert {row.indicator.tool for row in costly_questions(card)} <= {Tool.IIT, Tool.EIT}


@SETTINGS
@given(st.lists(st.booleans(), min_size=43, max_size=43))
def test_oit_item_costs_add_up_to_the_indicator_points_lost(present: list[bool]) -> None:
    checklist = {f"o{k + 1}": flag for k, flag in enumerate(present)}
    oit = itakit.score_oit(FY2564, checklist)
    card = ScoreCard(
        framework=FY2564,
        indicator_scores_exact={**dict.fromkeys(range(1, 9), 100), **oit.indicator_scores_exact},
        question_scores={code: 100 if flag else 0 for code, flag in checklist.items()},
    )
    identity_holds(card)
    missing = [code for code, flag in checklist.items() if not flag]
    assert {row.code for row in costly_questions(card) if row.points_lost_exact} == set(missing)
    assert all(row.text_th for row in costly_questions(card))


def test_most_costly_first_ties_in_the_edition_order() -> None:
    card = ScoreCard(
        framework=FY2564,
        indicator_scores_exact={**dict.fromkeys(range(1, 9), 100), 9: Fraction(860, 9), 10: 75},
        question_scores={f"o{k}": 0 if k in (1, 5, 42) else 100 for k in range(1, 44)},
    )
    rows = card.costly_questions()
    # o42 is one of two items of 10.2: 20 × 1/4 = 5; o1, o5 are two of nine items of 9.1: 20 × 1/45
    assert [row.code for row in rows[:3]] == ["o42", "o1", "o5"]
    assert rows[0].points_lost_exact == 5
    assert rows[1].points_lost_exact == Fraction(4, 9)
    assert [row.code for row in card.costly_questions(2)] == ["o42", "o1"]
    assert rows.question("o5").text_th == "ข้อมูลการติดต่อ"


def test_a_card_from_indicator_values_has_no_question_scores() -> None:
    card = FY2567.score_indicators(dict.fromkeys(range(1, 11), 80))
    assert card.question_scores is None
    with pytest.raises(ValidationError, match="only from raw answers") as caught:
        card.costly_questions()
    assert caught.value.value is card


def test_what_if_drops_question_scores_and_equality_ignores_them() -> None:
    card = two_agencies().card("ก")
    assert card.what_if({1: 100}).question_scores is None
    plain = ScoreCard(
        framework=FY2567,
        indicator_scores_exact=card.indicator_scores_exact,
        agency="ก",
        respondents=card.respondents,
    )
    assert plain.question_scores is None
    assert plain == card
    assert hash(plain) == hash(card)


@pytest.mark.parametrize(
    ("questions", "message"),
    [
        ({"i1": 100, "i2": 100}, "lack i3"),
        ({"i1": 100, "i2": 100, "i3": 90}, "average 290/3, not its score 100"),
        ({"x9": 1}, "not a question of FY 2567"),
        ({"i1": 101, "i2": 100, "i3": 100}, "outside 0–100"),
    ],
)
def test_question_scores_must_be_the_ones_the_indicator_was_made_from(
    questions: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        ScoreCard(
            framework=FY2567,
            indicator_scores_exact=dict.fromkeys(range(1, 11), 100),
            question_scores=questions,  # type: ignore[arg-type]
        )


def test_format_in_thai_and_english() -> None:
    rows = two_agencies().card("ก").costly_questions(2)
    assert rows.format(lang="en", digits="arabic").splitlines() == [
        "question  indicator  score  points lost  answered  text",
        "i2                1   0.00         2.00         1  —",
        "i5                2  83.33         0.33         2  —",
    ]
    thai = str(rows).splitlines()
    assert thai[0].startswith("ข้อ")
    assert thai[1].startswith("i๒")
    assert "๒.๐๐" in thai[1]


@pytest.mark.parametrize("form", ["checklists", "columns"])
def test_oit_items_from_a_checklist_cost_points_too(form: str) -> None:
    from itakit.scoring._answer_plan import answer_plan_of

    plan = answer_plan_of(FY2564)
    answers = {
        "agency": ["ก", "ก"],
        **{
            code: [1, None] if tool is Tool.IIT else [None, 1]
            for code, tool in zip(plan.codes, plan.tools, strict=True)
        },
    }
    checklist = {f"o{k}": k not in (11, 42) for k in range(1, 44)}
    oit: object = (
        {"ก": checklist}
        if form == "checklists"
        else {"agency": ["ก"], **{code: [flag] for code, flag in checklist.items()}}
    )
    card = score_responses(FY2564, answers, oit=oit).card("ก")
    assert card.question_scores is not None
    assert card.question_scores["o42"] == 0
    assert card.question_scores["o1"] == 100
    top = card.costly_questions(1)[0]
    assert (top.code, top.points_lost_exact) == ("o42", Fraction(5))
    assert top.text_th == "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    identity_holds(card)


def test_oit_given_as_indicator_scores_has_no_item_rows() -> None:
    card = two_agencies().card("ข")
    assert {row.indicator.tool for row in card.costly_questions()} == {Tool.IIT, Tool.EIT}
