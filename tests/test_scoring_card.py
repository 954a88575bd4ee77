"""One agency, exactly: score_indicators and ScoreCard."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import itakit
from itakit import InputTypeError, ItakitError, ScoreCard, ScoringError, Tool, score_indicators
from strategies import build_framework, indicator_scores

TRAT_2564 = [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56]
TRAT_2563 = [92.57, 86.13, 90.08, 85.98, 88.04, 83.67, 82.11, 79.29, 69.94, 52.78]
NAKHON_NAYOK_2564 = [94.65, 89.11, 91.95, 89.29, 89.86, 92.12, 89.90, 89.49, 65.89, 51.15]


def by_number(scores: list[float]) -> dict[int, float]:
    return dict(zip(range(1, 11), scores, strict=True))


# -- the published rows (reference §5) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "scores", "published", "level"),
    [
        (2564, TRAT_2564, "81.45", "B"),
        (2563, TRAT_2563, "75.62", "B"),
        (2564, NAKHON_NAYOK_2564, "77.85", "B"),
    ],
    ids=["trat-2564", "trat-2563", "nakhon-nayok-2564"],
)
def test_published_province_rows_reproduce_exactly(
    year: int, scores: list[float], published: str, level: str
) -> None:
    card = score_indicators(itakit.framework(year), by_number(scores))
    assert abs(card.total_exact - Fraction(published)) <= Fraction(1, 100)
    assert card.total == Decimal(published)
    assert str(card.level) == level
    assert card.passed is False


def test_trat_2563_sits_inside_band_b() -> None:
    card = score_indicators(itakit.framework(2563), by_number(TRAT_2563))
    bands = {label: (low, high) for label, low, high in card.framework.levels.bands()}
    low, high = bands["B"]
    assert low <= card.total <= high
    assert card.total_exact == Fraction("75.619")


def test_trat_2564_tool_scores_and_points() -> None:
    card = score_indicators(itakit.framework(2564), by_number(TRAT_2564), agency="ตราด")
    assert card.tool_scores == {
        Tool.IIT: Decimal("89.95"),
        Tool.EIT: Decimal("89.27"),
        Tool.OIT: Decimal("69.23"),
    }
    assert card.tool_points == {
        Tool.IIT: Decimal("26.98"),
        Tool.EIT: Decimal("26.78"),
        Tool.OIT: Decimal("27.69"),
    }
    assert card.tool_scores_exact[Tool.OIT] == (Fraction("72.89") + Fraction("65.56")) / 2
    assert sum(card.tool_points_exact.values()) == card.total_exact
    assert card.tool_weights == {Tool.IIT: 30, Tool.EIT: 30, Tool.OIT: 40}
    assert card.agency == "ตราด"
    assert card.fiscal_year == itakit.FiscalYear(2564)


def test_fy2568_agency_with_eit_below_85_is_rated_pass_not_good_pass() -> None:
    scores = {**dict.fromkeys(range(1, 6), 99), **dict.fromkeys(range(6, 9), 84), 9: 99.3, 10: 99.3}
    card = itakit.framework(2568).score_indicators(scores)
    assert card.tool_scores == {
        Tool.IIT: Decimal("99.00"),
        Tool.EIT: Decimal("84.00"),
        Tool.OIT: Decimal("99.30"),
    }
    assert abs(card.total - Decimal("94.6")) < Decimal("0.05")
    assert card.total == Decimal("94.62")
    assert str(card.level) == "ผ่าน"
    assert card.passed is True


def test_fy2568_good_pass_needs_every_tool_at_85() -> None:
    scores = {**dict.fromkeys(range(1, 6), 99), **dict.fromkeys(range(6, 9), 85), 9: 99.3, 10: 99.3}
    assert str(itakit.framework(2568).score_indicators(scores).level) == "ผ่านดี"


def test_tool_threshold_uses_the_published_two_decimal_tool_score() -> None:
    # EIT = 84.995 exactly: published 85.00, so the tool condition of ผ่านดี is met (inferred rule).
    scores = {**dict.fromkeys(range(1, 6), 95), 6: 84.995, 7: 84.995, 8: 84.995, 9: 95, 10: 95}
    card = itakit.framework(2568).score_indicators(scores)
    assert card.tool_scores_exact[Tool.EIT] == Fraction("84.995")
    assert card.tool_scores[Tool.EIT] == Decimal("85.00")
    assert str(card.level) == "ผ่านดี"


# -- exact arithmetic --------------------------------------------------------------------------


def test_a_float_counts_as_the_decimal_it_prints_as() -> None:
    card = score_indicators(itakit.framework(2564), dict.fromkeys(range(1, 11), 94.995))
    assert card.indicator_scores_exact[1] == Fraction("94.995")
    assert card.total_exact == Fraction("94.995")
    assert card.total == Decimal("95.00")  # half up; binary 94.995 is just below the tie
    assert str(card.level) == "AA"


def test_the_total_is_rounded_from_unrounded_parts() -> None:
    # Indicators 200/3 each: published 66.67, but the total is 200/3 → 66.67 (not Σ of rounded).
    card = score_indicators(itakit.framework(2564), dict.fromkeys(range(1, 11), Fraction(200, 3)))
    assert card.total_exact == Fraction(200, 3)
    assert card.total == Decimal("66.67")
    assert card.indicator_scores[1] == Decimal("66.67")


def test_every_kind_of_number_is_read_exactly() -> None:
    import numpy as np

    scores: dict[object, object] = {
        1: 80,
        2: Decimal("80.5"),
        3: Fraction(161, 2),
        4: "๘๐.๕",
        "5": 80.5,
        "๖": np.float64(80.5),
        7: np.float32(80.5),
        8: np.int64(80),
        9: "80",
        10: 80.0,
    }
    card = score_indicators(itakit.framework(2564), scores)  # type: ignore[arg-type]
    assert card.indicator_scores_exact == {
        1: 80,
        2: Fraction(161, 2),
        3: Fraction(161, 2),
        4: Fraction(161, 2),
        5: Fraction(161, 2),
        6: Fraction(161, 2),
        7: Fraction(161, 2),
        8: 80,
        9: 80,
        10: 80,
    }


def test_custom_weights_keep_tool_scores_weight_based() -> None:
    fw = itakit.framework(2568).replace(weights={1: 10, 2: 2, 9: 22, 10: 18})
    scores = {1: 100, 2: 40, 3: 70, 4: 70, 5: 70, 6: 80, 7: 80, 8: 80, 9: 90, 10: 60}
    card = fw.score_indicators(scores)
    iit = (10 * 100 + 2 * 40 + 6 * 70 * 3) / Fraction(30)
    assert card.tool_scores_exact[Tool.IIT] == iit
    assert card.tool_scores_exact[Tool.OIT] == Fraction(22 * 90 + 18 * 60, 40)
    assert card.tool_points_exact[Tool.IIT] == iit * 30 / 100
    assert card.total_exact == sum(
        (Fraction(i.weight) * scores[i.number] / 100 for i in fw.indicators), Fraction(0)
    )


def test_a_tool_whose_indicators_all_weigh_nothing_scores_their_plain_mean() -> None:
    fw = itakit.framework(2568).replace(weights={6: 0, 7: 0, 8: 0, 9: 50, 10: 20})
    card = fw.score_indicators(
        {**dict.fromkeys(range(1, 6), 90), 6: 60, 7: 70, 8: 80, 9: 90, 10: 90}
    )
    assert card.tool_scores_exact[Tool.EIT] == 70
    assert card.tool_points_exact[Tool.EIT] == 0


@given(indicator_scores())
def test_total_and_tool_scores_stay_within_bounds(scores: dict[int, Fraction]) -> None:
    card = score_indicators(itakit.framework(2567), scores)
    assert 0 <= card.total_exact <= 100
    assert Decimal(0) <= card.total <= Decimal(100)
    for tool, score in card.tool_scores_exact.items():
        own = [scores[i.number] for i in card.framework.indicators_of(tool)]
        assert min(own) <= score <= max(own)


@given(indicator_scores(), st.integers(1, 10), st.fractions(0, 100))
def test_raising_an_indicator_never_lowers_the_total_or_level(
    scores: dict[int, Fraction], number: int, better: Fraction
) -> None:
    fw = itakit.framework(2568)
    before = score_indicators(fw, scores)
    after = before.what_if({number: max(better, scores[number])})
    assert after.total_exact >= before.total_exact
    assert after.total >= before.total
    ranks = [str(level) for level in fw.levels.levels]
    assert ranks.index(str(after.level)) <= ranks.index(str(before.level))


@given(indicator_scores(), st.sampled_from([2563, 2564, 2566, 2567, 2568]))
def test_level_is_the_schemes_level_of_the_published_total_and_tool_scores(
    scores: dict[int, Fraction], year: int
) -> None:
    card = score_indicators(itakit.framework(year), scores)
    assert card.total == Decimal(math.floor(card.total_exact * 100 + Fraction(1, 2))) / 100
    assert card.level == card.framework.levels.assign(card.total, card.tool_scores)
    assert card.passed == (card.total >= card.framework.levels.pass_mark)


# -- problems, all at once -----------------------------------------------------------------------


def test_every_problem_is_reported_at_once_naming_indicator_and_value() -> None:
    scores: dict[object, object] = {
        1: -1,
        2: 100.5,
        3: float("nan"),
        4: True,
        5: "abc",
        6: None,
        7: 80,
        11: 90,
    }
    with pytest.raises(ScoringError) as caught:
        score_indicators(itakit.framework(2564), scores)  # type: ignore[arg-type]
    error = caught.value
    assert error.problems == (
        "indicator 1: -1 is outside 0–100",
        "indicator 2: 100.5 is outside 0–100",
        "indicator 3: nan is not a score (expected a number from 0 to 100)",
        "indicator 4: True is not a score (expected a number from 0 to 100)",
        "indicator 5: 'abc' is not a score (expected a number from 0 to 100)",
        "indicator 6: None is not a score (expected a number from 0 to 100)",
        "unknown indicator 11 (FY 2564 has indicators 1–10)",
        "indicators 8–10 missing",
    )
    assert error.value == -1
    assert isinstance(error, ValueError)
    assert "indicator 3: nan" in str(error)


def test_scores_must_be_a_mapping() -> None:
    with pytest.raises(InputTypeError, match="mapping of indicator number to score"):
        score_indicators(itakit.framework(2564), [80] * 10)  # type: ignore[arg-type]


def test_the_framework_must_be_a_framework() -> None:
    with pytest.raises(InputTypeError, match="must be a Framework"):
        score_indicators(2564, dict.fromkeys(range(1, 11), 80))  # type: ignore[arg-type]


def test_respondents_are_checked() -> None:
    fw = itakit.framework(2564)
    card = fw.score_indicators(dict.fromkeys(range(1, 11), 80), respondents={"iit": 3, "EIT": 4})
    assert card.respondents == {Tool.IIT: 3, Tool.EIT: 4}
    with pytest.raises(ItakitError, match="whole number"):
        fw.score_indicators(dict.fromkeys(range(1, 11), 80), respondents={"IIT": -1})


# -- plain data, text and HTML ----------------------------------------------------------------


@given(indicator_scores(), st.sampled_from([2564, 2567]))
def test_to_dict_and_from_dict_round_trip_through_json(
    scores: dict[int, Fraction], year: int
) -> None:
    card = score_indicators(
        itakit.framework(year), scores, agency="อบต. ก", respondents={"IIT": 30, "EIT": 12}
    )
    data = json.loads(json.dumps(card.to_dict(exact=True), ensure_ascii=False))
    assert ScoreCard.from_dict(data, card.framework) == card
    assert ScoreCard.from_dict(data) == card  # resolved from the registry by fiscal year


def test_to_dict_writes_published_results_and_exact_ones_on_request() -> None:
    card = score_indicators(itakit.framework(2564), by_number(TRAT_2564), agency="ตราด")
    data = card.to_dict()
    assert data["indicator_scores"]["1"] == 93.55
    assert data["total"] == 81.45
    assert data["tool_points"] == {"IIT": 26.98, "EIT": 26.78, "OIT": 27.69}
    assert (data["level"], data["passed"], data["fiscal_year"]) == ("B", False, 2564)
    thirds = score_indicators(itakit.framework(2564), dict.fromkeys(range(1, 11), Fraction(200, 3)))
    assert thirds.to_dict()["indicator_scores"]["1"] == 66.67
    assert thirds.to_dict(exact=True)["exact"]["indicator_scores"]["1"] == "200/3"


def test_from_dict_refuses_results_scored_under_other_rules() -> None:
    card = score_indicators(itakit.framework(2564), by_number(TRAT_2564))
    data = card.to_dict()
    with pytest.raises(ItakitError, match="total"):
        ScoreCard.from_dict({**data, "total": 81.46}, card.framework)
    with pytest.raises(ItakitError, match="FY 2564"):
        ScoreCard.from_dict(data, itakit.framework(2567))
    with pytest.raises(ItakitError, match="unknown key 'extra'"):
        ScoreCard.from_dict({**data, "extra": 1}, card.framework)
    with pytest.raises(ItakitError, match="indicator_scores"):
        ScoreCard.from_dict({**data, "indicator_scores": 3}, card.framework)


def test_format_writes_thai_or_english_with_either_digits() -> None:
    card = score_indicators(
        itakit.framework(2564), by_number(TRAT_2564), agency="ตราด", respondents={"IIT": 120}
    )
    thai = str(card)
    assert thai == card.format(lang="th", digits="thai")
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๔ · ตราด" in thai
    assert "คะแนนรวม  ๘๑.๔๕ / ๑๐๐   ระดับ B" in thai
    assert "การเปิดเผยข้อมูล" in thai
    assert "ผู้ตอบ: IIT ๑๒๐ คน" in thai
    english = card.format(lang="en", digits="arabic")
    assert "Total  81.45 / 100   level B (not passed: under 85)" in english
    assert "information disclosure" in english
    assert "27.69 / 40" in english
    with pytest.raises(ItakitError, match="lang"):
        card.format(lang="fr")
    with pytest.raises(ItakitError, match="digits"):
        card.format(digits="roman")  # type: ignore[arg-type]


def test_repr_html_escapes_every_text() -> None:
    card = score_indicators(
        itakit.framework(2567), dict.fromkeys(range(1, 11), 90), agency="<b>อบต. & co</b>"
    )
    page = card._repr_html_()
    assert "&lt;b&gt;อบต. &amp; co&lt;/b&gt;" in page
    assert "<b>อบต." not in page
    assert "ผ่านดี" in page
    assert "90.00" in page
    assert page.startswith('<table class="itakit-scorecard">')


def test_score_cards_are_values() -> None:
    fw = itakit.framework(2564)
    card = score_indicators(fw, by_number(TRAT_2564), agency="ตราด")
    again = score_indicators(
        fw, {n: Decimal(str(s)) for n, s in by_number(TRAT_2564).items()}, agency="ตราด"
    )
    assert card == again
    assert hash(card) == hash(again)
    assert len({card, again, card.what_if({1: 90})}) == 2


def test_repr_is_short() -> None:
    card = score_indicators(itakit.framework(2564), by_number(TRAT_2564), agency="ตราด")
    assert repr(card) == "ScoreCard(FY 2564, agency='ตราด', total=Decimal('81.45'), level='B')"


def test_confidence_is_the_frameworks() -> None:
    fw = itakit.framework(2567)
    assert score_indicators(fw, dict.fromkeys(range(1, 11), 90)).confidence == fw.confidence


def test_reference_built_frameworks_score_like_the_shipped_ones() -> None:
    for year in (2564, 2567):
        scores = by_number(TRAT_2564)
        shipped = score_indicators(itakit.framework(year), scores)
        built = score_indicators(build_framework(year), scores)
        assert (shipped.total_exact, str(shipped.level)) == (built.total_exact, str(built.level))
