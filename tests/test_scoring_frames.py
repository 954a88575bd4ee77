"""Any dataframe in (through narwhals), the caller's library out, and the fast paths kept exact."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import itakit
from itakit.errors import ScoringError
from itakit.rules import Tool
from itakit.scoring._factorize import normalize_all
from itakit.text import normalize

FY2567 = itakit.framework(2567)
LABELS = ("น้อยที่สุดหรือไม่มีเลย", "น้อย", "มาก", "มากที่สุด")
CODES = [item.code for q in FY2567.questions if q.tool in (Tool.IIT, Tool.EIT) for item in q.items]


def answers(labels: bool = False) -> dict[str, list[Any]]:
    """Three agencies (one spelled with spaces to fold), IIT and EIT rows, some blanks."""
    rng = np.random.default_rng(7)
    agencies = ["เทศบาลตำบลก", "อบต. ข", " อบต.  ข ", "เทศบาลตำบลก", "อบต. ค", "อบต. ค"] * 4
    columns: dict[str, list[Any]] = {"agency": agencies}
    internal = [k % 2 == 0 for k in range(len(agencies))]
    for code in CODES:
        own = internal if code.startswith("i") else [not x for x in internal]
        cells: list[Any] = []
        for mine in own:
            choice = int(rng.integers(0, 4))
            cell = (LABELS[choice] if labels else choice) if mine and rng.random() > 0.1 else None
            cells.append(cell)
        columns[code] = cells
    return columns


OIT = {
    "agency": ["เทศบาลตำบลก", "อบต. ข", "อบต. ค"],
    "9": [90.25, 70.5, 88.0],
    "10": [80.0, 99.99, 71.35],
}


def frames(columns: dict[str, list[Any]]) -> dict[str, Any]:
    import duckdb

    arrow = pa.table(columns)
    return {
        "pandas": pd.DataFrame(columns),
        "pandas object": pd.DataFrame(columns, dtype=object),
        "polars": pl.DataFrame(columns),
        "pyarrow": arrow,
        "duckdb": duckdb.from_arrow(arrow),
    }


@pytest.mark.parametrize("labels", [False, True], ids=["numbers", "labels"])
def test_every_dataframe_library_gives_the_table_a_dict_gives(labels: bool) -> None:
    columns = answers(labels)
    expected = FY2567.score_responses(columns, oit=OIT)
    assert expected.agencies == ("อบต. ข", "อบต. ค", "เทศบาลตำบลก")
    for name, frame in frames(columns).items():
        for oit in (OIT, pa.table(OIT), pl.DataFrame(OIT)):
            table = FY2567.score_responses(frame, oit=oit)
            assert table.to_records() == expected.to_records(), name
            assert [c.total_exact for c in table] == [c.total_exact for c in expected], name


def test_to_native_hands_back_the_callers_library() -> None:
    columns = answers()
    for name, frame in frames(columns).items():
        native = FY2567.score_responses(frame, oit=OIT).to_native()
        module = type(native).__module__.split(".")[0]
        assert module == name.split()[0], name
    dict_table = FY2567.score_responses(columns, oit=OIT)
    assert isinstance(dict_table.to_native(), pd.DataFrame)
    back = FY2567.score_responses(pa.table(columns), oit=OIT).to_native()
    assert back.column("total").to_pylist() == dict_table.to_pandas()["total"].tolist()


def test_a_bad_label_in_a_text_column_is_reported_with_its_row_and_value() -> None:
    columns = answers(labels=True)
    columns["i2"][4] = "ดีมาก"
    for frame in (pd.DataFrame(columns), pl.DataFrame(columns), pa.table(columns)):
        with pytest.raises(ScoringError) as caught:
            FY2567.score_responses(frame, oit=OIT)
        assert caught.value.problems == (
            "agency 'อบต. ค': column i2: 'ดีมาก' is not an answer (expected 0–3, a label such as"
            " 'มาก', or a blank) (row 4)",
        )


def test_a_lazy_polars_frame_is_collected() -> None:
    columns = answers()
    lazy = FY2567.score_responses(pl.DataFrame(columns).lazy(), oit=OIT)
    assert lazy.to_records() == FY2567.score_responses(columns, oit=OIT).to_records()


def test_a_table_that_is_no_dataframe_is_refused_with_what_is_accepted() -> None:
    with pytest.raises(itakit.errors.InputTypeError, match="a dict of columns"):
        FY2567.score_responses([1, 2, 3], oit=OIT)


cents = st.integers(0, 10_000)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(cents, cents), min_size=1, max_size=6))
def test_oit_of_two_decimals_is_published_exactly_as_the_exact_path_does(
    oit_cents: list[tuple[int, int]],
) -> None:
    """OIT scores of two decimals (half of all pairs tie on the OIT tool's mean) are published
    in integers, without rescoring; every value equals the exact card's."""
    agencies = [f"อบต. {k}" for k in range(len(oit_cents))]
    columns: dict[str, list[Any]] = {"agency": [a for a in agencies for _ in range(2)]}
    for code in CODES:
        own = 0 if code.startswith("i") else 1
        columns[code] = [
            (k % 4) if r == own else None for k in range(len(agencies)) for r in (0, 1)
        ]
    oit = pd.DataFrame(
        {
            "agency": agencies,
            "9": [a / 100 for a, _ in oit_cents],
            "10": [b / 100 for _, b in oit_cents],
        }
    )
    table = FY2567.score_responses(columns, oit=oit)
    for (a, b), agency, record in zip(oit_cents, agencies, table.to_records(), strict=True):
        card = table.card(agency)
        assert card.indicator_scores_exact[9] == Fraction(a, 100)
        assert card.indicator_scores_exact[10] == Fraction(b, 100)
        exact = itakit.score_indicators(FY2567, dict(card.indicator_scores_exact))
        assert Decimal(str(record["total"])) == exact.total
        assert record["level"] == str(exact.level)
        for tool, score in exact.tool_scores.items():
            assert Decimal(str(record[tool.value])) == score
            assert Decimal(str(record[f"{tool.value}_points"])) == exact.tool_points[tool]


thai_text = st.lists(
    st.sampled_from(
        [*"กขคงอบตเทศาลำํา่้๊๋ ", "\u00a0", "\u200b", "\n", "\t", "\ufeff", "  ", "\u0e4d\u0e32"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(thai_text, max_size=8))
def test_normalising_labels_together_equals_normalising_each(texts: list[str]) -> None:
    assert normalize_all(texts) == [normalize(text) for text in texts]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.integers(-128, 127)), min_size=1, max_size=40),
    st.integers(0, 10),
    st.sampled_from(["Int8", "Int16", "Int64", "UInt8"]),
)
def test_polars_integers_with_nulls_read_as_values_and_blanks(
    cells: list[int | None], start: int, dtype: str
) -> None:
    """An integer column with nulls (one chunk read from its Arrow buffers, a slice of one, or
    a column in chunks): the blanks are its nulls and every other cell is its value."""
    from itakit.scoring._columns import read_table

    kind = getattr(pl, dtype)
    if dtype == "UInt8":
        cells = [None if c is None else abs(c) for c in cells]
    series = pl.Series("i1", cells, dtype=kind)[start:]
    if start % 2:  # a column in two chunks, as read_csv makes them
        series = pl.concat([series[:3], series[3:]], rechunk=False)
    values, blank = read_table(pl.DataFrame({"i1": series})).column("i1")
    expected = cells[start:]
    if all(c is not None for c in expected):
        assert blank is None or not blank.any()
        assert values.tolist() == expected
        return
    assert blank is not None
    assert blank.tolist() == [c is None for c in expected]
    assert [v for v, gap in zip(values.tolist(), blank.tolist(), strict=True) if not gap] == [
        c for c in expected if c is not None
    ]
