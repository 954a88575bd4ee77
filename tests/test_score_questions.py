"""Scoring one agency from its question scores, as the ITAS result page shows them."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import itakit
from itakit import ItakitError, ScoringError, score_responses
from itakit.scoring.provisional import provisional_note, provisional_parts
from itakit.scoring.questions_input import read_key, score_questions, what_if_questions
from strategies import answer_columns, answers

FY2564 = itakit.framework(2564)
FY2567 = itakit.framework(2567)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

hundredths = st.integers(min_value=0, max_value=10_000).map(lambda n: Fraction(n, 100))
exact_scores = st.one_of(hundredths, st.fractions(min_value=0, max_value=100, max_denominator=90))


def survey_codes(fw: itakit.Framework) -> list[str]:
    return [q.code for q in fw.questions if q.tool is not itakit.Tool.OIT]


def oit_codes(fw: itakit.Framework) -> list[str]:
    return [q.code for q in fw.questions if q.tool is itakit.Tool.OIT]


def full_2567(**changes: object) -> dict[object, object]:
    scores: dict[object, object] = dict.fromkeys(survey_codes(FY2567), 90)
    scores.update({9: 95, 10: 90})
    scores.update(changes)
    return scores


# -- exact means ------------------------------------------------------------------


@SETTINGS
@given(st.data())
def test_each_survey_indicator_is_the_exact_mean_of_its_questions(data: st.DataObject) -> None:
    fw = data.draw(st.sampled_from([FY2564, FY2567]))
    scores = {code: data.draw(exact_scores) for code in survey_codes(fw)}
    oit: dict[object, object]
    if oit_codes(fw):
        oit = {code: data.draw(st.booleans()) for code in oit_codes(fw)}
    else:
        oit = {9: data.draw(exact_scores), 10: data.draw(exact_scores)}
    card = score_questions(fw, {**scores, **oit})
    for indicator in fw.indicators:
        if indicator.tool is itakit.Tool.OIT:
            continue
        own = [scores[q.code] for q in fw.questions_of(indicator.number)]
        assert card.indicator_scores_exact[indicator.number] == sum(own, Fraction(0)) / len(own)
    assert card.question_scores is not None
    assert set(scores) <= set(card.question_scores)


@SETTINGS
@given(st.lists(st.booleans(), min_size=43, max_size=43))
def test_oit_is_the_mean_of_its_sub_indicators_shares_of_items_present(
    present: list[bool],
) -> None:
    items = {f"o{k}": flag for k, flag in enumerate(present, start=1)}
    card = score_questions(FY2564, {**dict.fromkeys(survey_codes(FY2564), 80), **items})
    oit = itakit.score_oit(FY2564, items)
    assert card.indicator_scores_exact[9] == oit.indicator_scores_exact[9]
    assert card.indicator_scores_exact[10] == oit.indicator_scores_exact[10]
    ten = [Fraction(sum(present[33:41]), 8), Fraction(sum(present[41:43]), 2)]
    assert card.indicator_scores_exact[10] == 100 * sum(ten, Fraction(0)) / 2


@SETTINGS
@given(
    st.sampled_from([2564, 2567]).flatmap(
        lambda y: st.tuples(st.just(y), answers(itakit.framework(y)))
    )
)
def test_batch_scoring_of_answers_and_exact_scoring_of_its_question_scores_agree(
    drawn: tuple[int, dict[str, list[dict[str, int | None]]]],
) -> None:
    year, by_agency = drawn
    fw = itakit.framework(year)
    oit = {agency: {9: 100, 10: 50} for agency in by_agency}
    table = score_responses(fw, answer_columns(fw, by_agency), oit=oit)
    for card in table:
        if card.question_scores is None or len(card.question_scores) < len(survey_codes(fw)):
            continue  # an indicator nobody answered has no question scores to give
        again = score_questions(fw, {**card.question_scores, 9: 100, 10: 50})
        assert again.indicator_scores_exact == card.indicator_scores_exact
        assert again.total == card.total
        assert again.level == card.level


def test_the_exact_card_equals_the_card_of_its_indicator_means() -> None:
    scores = full_2567(i1=92.41, i2=88.5, e15=88.10)
    card = score_questions(FY2567, scores, agency="อบต. ก")
    expected = FY2567.score_indicators(
        {**card.indicator_scores_exact}, agency="อบต. ก"
    )  # same inputs, so the same card
    assert card == expected
    assert card.indicator_scores_exact[1] == (Fraction("92.41") + Fraction("88.5") + 90) / 3
    assert card.agency == "อบต. ก"


# -- codes in any form ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("i10", ("question", "i10")),
        ("I๑๐", ("question", "i10")),
        ("ข้อ i10", ("question", "i10")),
        ("ข้อที่ i๑๐", ("question", "i10")),
        (" e๘ ", ("question", "e8")),
        ("O33", ("question", "o33")),
        (9, ("indicator", 9)),
        ("๑๐", ("indicator", 10)),
        ("ตัวชี้วัดที่ ๙", ("indicator", 9)),
        ("9.1", ("sub", "9.1")),
        ("i11.2", ("subitem", "i11.2")),
        ("agency", None),
        (None, None),
    ],
)
def test_keys_are_read_as_reports_write_them(key: object, expected: object) -> None:
    assert read_key(key) == expected


def test_thai_codes_and_digits_score_like_plain_ones() -> None:
    plain = score_questions(FY2567, full_2567(i10=60))
    scores = full_2567()
    del scores["i10"]
    thai = score_questions(FY2567, {**scores, "ข้อ I๑๐": "๖๐"})
    assert thai == plain
    assert thai.question_scores is not None
    assert thai.question_scores["i10"] == 60


# -- what the card offers ---------------------------------------------------------------


def test_costly_questions_work_from_question_scores() -> None:
    card = score_questions(FY2567, full_2567(i10=40))
    first = card.costly_questions(1)[0]
    assert first.code == "i10"
    # i10 is a third of indicator 4 (weight 6): 6 × 1/3 × 60 / 100 = 1.2 points
    assert first.points_lost == Decimal("1.20")


def test_gaps_work_from_question_scores() -> None:
    card = score_questions(FY2567, full_2567(i10=40))
    assert card.gaps().largest(1)[0].indicator.number in {4, 10}


def test_a_question_level_what_if_scores_its_indicator_again() -> None:
    card = score_questions(FY2567, full_2567(i10=60))
    better = what_if_questions(card, {"i10": 95})
    assert better.indicator_scores_exact[4] == Fraction(95 + 90 + 90, 3)
    assert card.indicator_scores_exact[4] == Fraction(60 + 90 + 90, 3)  # unchanged
    assert better.question_scores is not None
    assert better.question_scores["i10"] == 95
    assert better.total > card.total


def test_a_what_if_on_an_indicator_replaces_its_questions() -> None:
    card = score_questions(FY2567, full_2567())
    changed = what_if_questions(card, {4: 50})
    assert changed.indicator_scores_exact[4] == 50
    assert changed.question_scores is not None
    assert not {"i10", "i11", "i12"} & set(changed.question_scores)
    assert "i1" in changed.question_scores


def test_a_question_what_if_needs_the_cards_question_scores() -> None:
    card = FY2567.score_indicators(dict.fromkeys(range(1, 11), 80))
    with pytest.raises(ScoringError, match="no question scores for indicator 4"):
        what_if_questions(card, {"i10": 95})


def test_a_what_if_score_outside_0_100_is_an_error() -> None:
    card = score_questions(FY2567, full_2567())
    with pytest.raises(ScoringError, match="i10: 120 is outside 0–100"):
        what_if_questions(card, {"i10": 120})


def test_draft_plan_works_from_a_card_of_question_scores() -> None:
    card = score_questions(FY2567, full_2567(i10=40, i11=40, i12=40))
    plan = itakit.measures.draft_plan(card, framework=itakit.framework(2568))
    assert plan.groups
    assert plan.groups[0].codes == ("i10", "i11", "i12")


# -- bad input: every problem at once -----------------------------------------------------


def test_missing_and_unknown_questions_are_listed_all_at_once() -> None:
    scores = full_2567()
    for code in ("i2", "i3", "i4", "e7"):
        del scores[code]
    scores["x9"] = 50
    with pytest.raises(ScoringError) as caught:
        score_questions(FY2567, scores)
    error = caught.value
    assert "questions i2–i4, e7 missing" in str(error)
    assert "'x9' is not a question code" in str(error)
    assert len(error.problems) == 2


def test_a_score_outside_0_100_is_a_clear_error() -> None:
    with pytest.raises(ScoringError, match=r"i7: 100\.5 is outside 0–100"):
        score_questions(FY2567, full_2567(i7=100.5))
    with pytest.raises(ScoringError, match="e1: -3 is outside 0–100"):
        score_questions(FY2567, full_2567(e1=-3))


def test_a_code_of_another_edition_names_the_edition() -> None:
    with pytest.raises(ScoringError) as caught:
        score_questions(FY2567, full_2567(i30=80))
    message = str(caught.value)
    assert "i30 is a code of FY 2563–2565, not of FY 2567" in message
    assert "its IIT questions are i1–i15" in message
    with pytest.raises(ScoringError, match=r"o1 is a code of FY 2564\b.*, not of FY 2567"):
        score_questions(FY2567, full_2567(o1=True))


def test_an_oit_indicator_is_given_one_way_only() -> None:
    scores = dict.fromkeys(survey_codes(FY2564), 80)
    items = dict.fromkeys(oit_codes(FY2564), True)
    with pytest.raises(ScoringError, match="indicator 9 is given more than one way"):
        score_questions(FY2564, {**scores, **items, 9: 90})


def test_oit_indicators_of_an_edition_without_items_are_given_directly() -> None:
    scores = full_2567()
    del scores[9]
    with pytest.raises(ScoringError, match=r"indicator 9 is missing: FY 2567 lists no questions"):
        score_questions(FY2567, scores)
    by_subs = score_questions(
        FY2564,
        {**dict.fromkeys(survey_codes(FY2564), 80), **{f"9.{k}": 100 for k in range(1, 6)}, 10: 50},
    )
    assert by_subs.indicator_scores_exact[9] == 100


def test_a_survey_indicator_is_scored_from_its_questions_not_its_value() -> None:
    with pytest.raises(ScoringError, match="indicator 1 is scored from its questions i1–i3"):
        score_questions(FY2567, full_2567(**{"1": 80}))


def test_an_oit_item_takes_yes_or_no_only() -> None:
    scores = dict.fromkeys(survey_codes(FY2564), 80)
    items: dict[str, object] = dict.fromkeys(oit_codes(FY2564), "มี")
    items.update(o1=100, o2=0, o3="ไม่มี", o4=False)
    card = score_questions(FY2564, {**scores, **items})
    assert card.question_scores is not None
    assert [card.question_scores[c] for c in ("o1", "o2", "o3", "o4", "o5")] == [100, 0, 0, 0, 100]
    with pytest.raises(ScoringError, match="o1 is 1: an OIT item is มี or ไม่มี"):
        score_questions(FY2564, {**scores, **items, "o1": 1})


def test_a_sub_item_asks_for_its_questions_score() -> None:
    scores = dict.fromkeys(survey_codes(FY2564), 80)
    with pytest.raises(ScoringError, match=r"'i1\.1' is a sub-item: give the score of question i1"):
        score_questions(FY2564, {**scores, "i1.1": 80, 9: 80, 10: 80})


def test_a_code_given_twice_is_an_error() -> None:
    with pytest.raises(ScoringError, match="i10 is given twice"):
        score_questions(FY2567, {**full_2567(), "I๑๐": 50})


def test_not_a_mapping_is_an_input_type_error() -> None:
    with pytest.raises(itakit.InputTypeError, match="must be a mapping"):
        score_questions(FY2567, [("i1", 80)])  # type: ignore[arg-type]


def test_every_error_is_an_itakit_error() -> None:
    with pytest.raises(ItakitError):
        score_questions(FY2567, {})


# -- confidence -------------------------------------------------------------------------


def test_a_card_from_question_scores_names_the_provisional_questions() -> None:
    card = score_questions(FY2567, full_2567())
    assert provisional_parts(card) == ("weights", "questions")
    note = provisional_note(card, lang="en")
    assert note is not None
    assert note.startswith("Provisional in FY 2567: indicator weights, questions")
    thai = provisional_note(card)
    assert thai is not None
    assert "๒๕๖๗" in thai
    assert "น้ำหนักตัวชี้วัด" in thai


def test_a_verified_edition_scored_from_indicators_has_no_note() -> None:
    card = FY2564.score_indicators(dict.fromkeys(range(1, 11), 90))
    assert provisional_parts(card) == ()
    assert provisional_note(card) is None


# -- many agencies -------------------------------------------------------------------


def test_a_table_of_question_scores_gives_the_exact_cards() -> None:
    rows = [
        {"agency": "ข", **full_2567(i10=60)},
        {"agency": "ก", **full_2567(e3=70.5)},
    ]
    table = itakit.scoring.questions_input.score_question_table(FY2567, rows)
    assert [card.agency for card in table] == ["ก", "ข"]
    for row in rows:
        agency = row.pop("agency")
        expected = score_questions(FY2567, row, agency=agency)  # type: ignore[arg-type]
        assert table.card(agency) == expected
        assert table.card(agency).question_scores == expected.question_scores
    records = table.to_records()
    assert [r["total"] for r in records] == [
        float(table.card("ก").total),
        float(table.card("ข").total),
    ]


def test_a_table_of_question_scores_reports_or_skips_bad_agencies() -> None:
    from itakit.scoring.questions_input import score_question_table

    rows = [{"agency": "ก", **full_2567()}, {"agency": "ข", **full_2567(i3=120)}]
    with pytest.raises(ScoringError, match="agency 'ข': i3: 120 is outside 0–100"):
        score_question_table(FY2567, rows)
    with pytest.warns(itakit.SkippedAgenciesWarning):
        table = score_question_table(FY2567, rows, on_error="skip")
    assert len(table) == 1
    assert list(table.skipped) == ["ข"]
