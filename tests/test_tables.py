"""A table of agencies: ranks, percentiles within peer groups, level counts, the summary."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import itakit
from itakit import InputTypeError, ScoreTable, ValidationError

# Six agencies, every indicator at one score, so each total is that score.
TOTALS = {"ก": 96, "ข": 90, "ค": 90, "ง": 84, "จ": 72, "ฉ": 60}
GROUPS = {"ก": "เทศบาล", "ข": "อบต.", "ค": "เทศบาล", "ง": "อบต.", "จ": "อบต.", "ฉ": "อบต."}


def table_of(totals: dict[str, int], year: int = 2567) -> ScoreTable:
    return itakit.score_indicator_table(
        itakit.framework(year),
        {"agency": list(totals), **{str(n): list(totals.values()) for n in range(1, 11)}},
    )


@pytest.fixture
def table() -> ScoreTable:
    return table_of(TOTALS)


def test_ranks_share_the_best_place_and_skip_after_a_tie(table: ScoreTable) -> None:
    ranked = [(row.rank, row.agency, row.total, str(row.level)) for row in table.rank()]
    assert ranked == [
        (1, "ก", Decimal("96.00"), "ผ่านดีเยี่ยม"),
        (2, "ข", Decimal("90.00"), "ผ่านดี"),
        (2, "ค", Decimal("90.00"), "ผ่านดี"),
        (4, "ง", Decimal("84.00"), "ต้องปรับปรุง"),
        (5, "จ", Decimal("72.00"), "ต้องปรับปรุง"),
        (6, "ฉ", Decimal("60.00"), "ต้องปรับปรุงโดยด่วน"),
    ]


def test_percentile_is_the_share_of_the_group_at_or_below(table: ScoreTable) -> None:
    # whole table of 6: ก beats all 6 (itself included) → 100; ข and ค: 5 of 6 → 83.33
    assert table.percentile() == {
        "ก": Decimal("100.00"),
        "ข": Decimal("83.33"),
        "ค": Decimal("83.33"),
        "ง": Decimal("50.00"),
        "จ": Decimal("33.33"),
        "ฉ": Decimal("16.67"),
    }
    # อบต.: ข 90, ง 84, จ 72, ฉ 60 → 4/4, 3/4, 2/4, 1/4; เทศบาล: ก 96, ค 90 → 2/2, 1/2
    assert table.percentile(group=GROUPS) == {
        "ก": Decimal("100.00"),
        "ข": Decimal("100.00"),
        "ค": Decimal("50.00"),
        "ง": Decimal("75.00"),
        "จ": Decimal("50.00"),
        "ฉ": Decimal("25.00"),
    }


def test_every_agency_needs_a_group(table: ScoreTable) -> None:
    with pytest.raises(ValidationError, match="no group for 1 of the table's agencies") as caught:
        table.percentile(group={k: v for k, v in GROUPS.items() if k != "ฉ"})
    assert caught.value.value == ["ฉ"]
    with pytest.raises(InputTypeError, match="'group' must map each agency"):
        table.percentile(group=["อบต."])  # type: ignore[arg-type]


def test_level_counts_list_every_level_best_first(table: ScoreTable) -> None:
    assert table.level_counts() == {
        "ผ่านดีเยี่ยม": 1,
        "ผ่านดี": 2,
        "ผ่าน": 0,
        "ต้องปรับปรุง": 2,
        "ต้องปรับปรุงโดยด่วน": 1,
    }


def test_summary_counts_the_mean_and_who_passed(table: ScoreTable) -> None:
    summary = table.summary()
    # (96 + 90 + 90 + 84 + 72 + 60) / 6 = 82; 3 of 6 at 85 or more
    assert (summary.count, summary.mean, summary.passed, summary.passed_percent) == (
        6,
        Decimal("82.00"),
        3,
        Decimal("50.00"),
    )
    assert (summary.fiscal_year, summary.pass_mark) == (itakit.FiscalYear(2567), Decimal(85))


@given(st.dictionaries(st.text("กขคงจ", min_size=1, max_size=3), st.integers(0, 100), min_size=1))
def test_ranks_counts_and_percentiles_agree(totals: dict[str, int]) -> None:
    table = table_of(totals, 2564)
    ranked = table.rank()
    assert [row.rank for row in ranked] == [
        1 + sum(other > row.total for other in (r.total for r in ranked)) for row in ranked
    ]
    assert sum(table.level_counts().values()) == len(totals)
    assert max(table.percentile().values()) == Decimal("100.00")
    assert table.summary().passed == sum(total >= 85 for total in totals.values())
