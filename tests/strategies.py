"""Hypothesis strategies shared by itakit's tests."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from hypothesis import strategies as st

from itakit import (
    AnswerScale,
    Choice,
    Confidence,
    FiscalYear,
    Framework,
    Indicator,
    Level,
    LevelScheme,
    MonthPeriod,
    Question,
    Source,
    SubIndicator,
    SubItem,
    Tool,
)

fiscal_years = st.integers(min_value=2401, max_value=2798).map(FiscalYear)
"""Any fiscal year itakit accepts (but the first and last, so that ``fy ± 1`` is valid too)."""

dates = st.dates(min_value=dt.date(1858, 10, 1), max_value=dt.date(2254, 9, 30))
"""Dates inside the fiscal years itakit accepts."""

question_codes = st.builds(
    lambda prefix, number: f"{prefix}{number}",
    st.sampled_from("ieo"),
    st.integers(min_value=1, max_value=99),
)
"""Canonical question codes such as ``i10``."""

numbers = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15)
"""Finite Decimals of any exponent, as a report or a score might hold."""

places = st.integers(min_value=0, max_value=10)
"""Every number of decimal places the formatters accept."""

digit_sets = st.sampled_from(["thai", "arabic"])
"""Both ways of writing digits."""

month_starts = st.dates(min_value=dt.date(1856, 10, 1), max_value=dt.date(2256, 9, 1)).map(
    lambda date: date.replace(day=1)
)
"""The 1st of any month a MonthPeriod accepts (fiscal years 2400–2799)."""


def _short_period(first: dt.date, length: int) -> MonthPeriod:
    index = min(first.year * 12 + first.month - 1 + length, 2256 * 12 + 8)
    return MonthPeriod(first, dt.date(index // 12, index % 12 + 1, 1))


month_periods = st.one_of(
    st.builds(_short_period, month_starts, st.integers(min_value=0, max_value=30)),
    st.lists(month_starts, min_size=2, max_size=2).map(sorted).map(lambda pair: MonthPeriod(*pair)),
)
"""Any MonthPeriod: mostly spans of up to 31 months, as reports write, and spans of any length."""

_text_characters = st.characters(
    categories=("L", "M", "N", "P", "S", "Zs", "Cc"), exclude_characters="\x00"
)
texts = st.text(_text_characters, min_size=1, max_size=12).filter(lambda text: text.strip() != "")
"""Non-empty names and labels, Thai and otherwise, quotes, backslashes and control characters included."""

confidences = st.sampled_from(list(Confidence))


def _hundredths(total: int, parts: int) -> st.SearchStrategy[list[Decimal]]:
    """*parts* non-negative Decimals with two decimals that sum to *total* hundredths / 100."""
    cuts = st.lists(st.integers(0, total), min_size=parts - 1, max_size=parts - 1).map(sorted)
    return cuts.map(
        lambda points: [
            Decimal(high - low) / 100 for low, high in itertools.pairwise([0, *points, total])
        ]
    )


@st.composite
def _scale(draw: st.DrawFn, key: str, source_keys: list[str]) -> AnswerScale:
    labels = draw(st.lists(texts, min_size=2, max_size=4, unique=True))
    points = st.fractions(min_value=0, max_value=100, max_denominator=12)
    return AnswerScale(
        key=key,
        name_th=draw(texts),
        name_en=draw(texts),
        choices=tuple(
            Choice(label_th=label, label_en=draw(texts), points=draw(points)) for label in labels
        ),
        confidence=draw(confidences),
        sources=tuple(draw(st.lists(st.sampled_from(source_keys), max_size=2)))
        if source_keys
        else (),
    )


@st.composite
def _levels(draw: st.DrawFn) -> LevelScheme:
    cuts = draw(
        st.lists(st.integers(1, 10000), min_size=0, max_size=5, unique=True).map(
            lambda values: sorted(values, reverse=True)
        )
    )
    levels = [
        Level(
            label_th=f"L{index}",
            label_en=draw(texts),
            min_total=Decimal(cut) / 100,
            min_tool_score=draw(st.none() | st.integers(0, 100)),
        )
        for index, cut in enumerate(cuts)
    ]
    levels.append(Level(label_th="last", label_en=draw(texts), min_total=0))
    return LevelScheme(
        levels=tuple(levels),
        pass_mark=Decimal(draw(st.integers(0, 10000))) / 100,
        confidence=draw(confidences),
    )


@st.composite
def frameworks(draw: st.DrawFn) -> Framework:
    """Valid frameworks of every shape the file format can hold."""
    source_keys = draw(
        st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), unique=True, max_size=3)
    )
    sources = tuple(
        Source(
            key=key,
            title=draw(texts),
            url=draw(st.none() | texts),
            page=draw(st.none() | texts),
            note=draw(st.none() | texts),
        )
        for key in source_keys
    )
    cite = (
        st.lists(st.sampled_from(source_keys), max_size=2, unique=True).map(tuple)
        if source_keys
        else st.just(())
    )
    scale_keys = draw(
        st.lists(
            st.from_regex(r"[a-z_]{1,10}", fullmatch=True), min_size=1, max_size=2, unique=True
        )
    )
    scales = tuple(draw(_scale(key, source_keys)) for key in scale_keys)
    count = draw(st.integers(1, 5))
    weights = draw(_hundredths(10000, count))
    indicators = []
    for number, weight in enumerate(weights, start=1):
        subs = draw(st.integers(0, 2))
        indicators.append(
            Indicator(
                number=number,
                name_th=draw(texts),
                name_en=draw(texts),
                tool=draw(st.sampled_from(list(Tool))),
                weight=weight,
                sub_indicators=tuple(
                    SubIndicator(
                        code=f"{number}.{k}", name_th=draw(texts), name_en=draw(st.none() | texts)
                    )
                    for k in range(1, subs + 1)
                ),
                confidence=draw(confidences),
                sources=draw(cite),
            )
        )
    questions = []
    numbering = dict.fromkeys("ieo", 0)
    for indicator in indicators:
        for _ in range(draw(st.integers(0, 3))):
            prefix = indicator.tool.prefix
            numbering[prefix] += 1
            code = f"{prefix}{numbering[prefix]}"
            subitems = tuple(
                SubItem(
                    code=f"{code}.{k}",
                    text_th=draw(st.none() | texts),
                    reversed=draw(st.booleans()),
                )
                for k in range(1, draw(st.integers(0, 2)) + 1)
            )
            questions.append(
                Question(
                    code=code,
                    indicator=indicator,
                    scale=draw(st.sampled_from(scales)),
                    reversed=False if subitems else draw(st.booleans()),
                    sub_indicator=draw(st.none() | st.sampled_from(indicator.sub_indicators))
                    if indicator.sub_indicators
                    else None,
                    subitems=subitems,
                    text_th=draw(st.none() | texts),
                    text_en=draw(st.none() | texts),
                    confidence=draw(confidences),
                    sources=draw(cite),
                    note=draw(st.none() | texts),
                )
            )
    return Framework(
        fiscal_year=draw(fiscal_years),
        title_th=draw(texts),
        title_en=draw(texts),
        indicators=tuple(indicators),
        levels=draw(_levels()),
        scales=scales,
        questions=tuple(questions),
        sources=sources,
        notes=tuple(draw(st.lists(texts, max_size=2))),
    )
