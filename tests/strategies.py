"""Hypothesis strategies shared by itakit's tests."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import math
import tomllib
import zipfile
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

import numpy as np
from hypothesis import strategies as st

import itakit
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
    ScoreCard,
    Source,
    SubIndicator,
    SubItem,
    Tool,
    framework,
)
from itakit.measures import (
    Measure,
    MeasureGroup,
    MeasureReport,
    ReportKind,
    SkippedLine,
    dump_report,
    parse_report,
    sample_report_text,
)
from itakit.rules import OITRule, OITRuleKind
from itakit.text import normalize

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

_thai_letters = "".join(chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable())
_text_alphabet = st.one_of(
    st.sampled_from(_thai_letters + " -/()%.,:"),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)
measure_texts = st.text(_text_alphabet, min_size=1, max_size=40).filter(lambda t: normalize(t))
"""Text a measure or report may hold: mostly Thai, any Unicode (quotes, controls, emoji) besides."""

any_texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
"""Any text that UTF-8 can encode, as a skipped line may hold."""

percents = st.decimals(min_value=0, max_value=100, allow_nan=False, allow_infinity=False)
"""Completion percents, with any exponent (``1E+2``, ``87.50``)."""

measures = st.builds(
    Measure,
    title=measure_texts,
    codes=st.lists(question_codes, max_size=4).map(tuple),
    actions=st.one_of(st.just(""), measure_texts),
    period=st.none() | month_periods,
    responsible=st.one_of(st.just(""), measure_texts),
    outcome=st.one_of(st.just(""), measure_texts),
    completion=st.none() | percents,
)
"""Any valid measure."""


@st.composite
def measure_reports(draw: st.DrawFn) -> MeasureReport:
    """Any valid plan or report of measures."""
    numbers = sorted(draw(st.sets(st.integers(1, 20), min_size=1, max_size=4)))
    groups = tuple(
        MeasureGroup(
            number=number,
            title=draw(measure_texts),
            measures=tuple(draw(st.lists(measures, min_size=1, max_size=3))),
        )
        for number in numbers
    )
    fiscal_year = draw(fiscal_years)
    return MeasureReport(
        kind=draw(st.sampled_from(ReportKind)),
        title=draw(measure_texts),
        agency=draw(measure_texts),
        fiscal_year=fiscal_year,
        answers_fiscal_year=fiscal_year - draw(st.integers(0, 1)),
        groups=groups,
        district=draw(st.none() | measure_texts),
        province=draw(st.none() | measure_texts),
        foreword=tuple(draw(st.lists(measure_texts, max_size=3))),
        introduction=tuple(draw(st.lists(measure_texts, max_size=2))),
        closing=tuple(draw(st.lists(measure_texts, max_size=2))),
        skipped=tuple(
            draw(
                st.lists(
                    st.builds(
                        SkippedLine, line=st.integers(1, 10_000), text=any_texts, reason=any_texts
                    ),
                    max_size=2,
                )
            )
        ),
    )


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
        note=draw(st.none() | texts),
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
                note=draw(st.none() | texts),
            )
        )
    if draw(st.booleans()):  # an alternative scale: labels known, points unknown
        labels = draw(st.lists(texts, min_size=2, max_size=6, unique=True))
        alternative = AnswerScale(
            key="alternative",
            name_th=draw(texts),
            name_en=draw(texts),
            choices=tuple(Choice(label_th=label, label_en=draw(texts)) for label in labels),
            confidence=draw(confidences),
            note=draw(st.none() | texts),
            replaces=scales[0].key,
            tool=draw(st.none() | st.sampled_from(list(Tool))),
        )
        scales = (*[s for s in scales if s.key != "alternative"], alternative)
    usable = [scale for scale in scales if scale.points_known]
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
                    scale=draw(st.sampled_from(usable)),
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
        oit_rule=OITRule(
            kind=draw(st.sampled_from(list(OITRuleKind))),
            confidence=draw(confidences),
            sources=draw(cite),
            note=draw(st.none() | texts),
        ),
    )


# -- frameworks built from the model classes ------------------------------------

_INDICATORS = (
    (1, "การปฏิบัติหน้าที่", "performance of duty", "IIT", 6),
    (2, "การใช้งบประมาณ", "budget use", "IIT", 6),
    (3, "การใช้อำนาจ", "use of authority", "IIT", 6),
    (4, "การใช้ทรัพย์สินของราชการ", "use of state property", "IIT", 6),
    (5, "การแก้ไขปัญหาการทุจริต", "corruption problem-solving", "IIT", 6),
    (6, "คุณภาพการดำเนินงาน", "quality of operations", "EIT", 10),
    (7, "ประสิทธิภาพการสื่อสาร", "communication efficiency", "EIT", 10),
    (8, "การปรับปรุงระบบการทำงาน", "work-system improvement", "EIT", 10),
    (9, "การเปิดเผยข้อมูล", "information disclosure", "OIT", 20),
    (10, "การป้องกันการทุจริต", "corruption prevention", "OIT", 20),
)

OIT_2564 = {
    "9.1": ("ข้อมูลพื้นฐาน", range(1, 10)),
    "9.2": ("การบริหารงาน", range(10, 18)),
    "9.3": ("การบริหารเงินงบประมาณ", range(18, 25)),
    "9.4": ("การบริหารและพัฒนาทรัพยากรบุคคล", range(25, 29)),
    "9.5": ("การส่งเสริมความโปร่งใส", range(29, 34)),
    "10.1": ("การดำเนินการเพื่อป้องกันการทุจริต", range(34, 42)),
    "10.2": ("มาตรการภายในเพื่อป้องกันการทุจริต", range(42, 44)),
}
"""FY 2564's OIT sub-indicators and their item numbers (reference §3)."""


def build_framework(year: int) -> Framework:
    """An edition built from the reference's facts: FY 2563–2564 (letter bands, 30 IIT
    questions, OIT items) or FY 2566+ (rating, 15 IIT questions, OIT without items)."""
    old = year <= 2565
    subs = {
        n: tuple(
            SubIndicator(code=code, name_th=name)
            for code, (name, _) in OIT_2564.items()
            if code.startswith(f"{n}.")
        )
        if old
        else ()
        for n in (9, 10)
    }
    indicators = tuple(
        Indicator(
            number=n,
            name_th=th,
            name_en=en,
            tool=tool,
            weight=w,
            sub_indicators=subs.get(n, ()),
            confidence=Confidence.VERIFIED,
        )
        for n, th, en, tool, w in _INDICATORS
    )
    four, yes_no = AnswerScale.four_level(), AnswerScale.yes_no()
    questions: list[Question] = []
    per_iit = 6 if old else 3
    reversed_2564 = {9, 10, 16, 17, 19, 22}
    subitems_2564 = {1: 2, 3: 3, 11: 2, 18: 3, 30: 4}
    for k in range(1, 5 * per_iit + 1):
        indicator = indicators[(k - 1) // per_iit]
        if old and k in (4, 5, 6, 26):
            questions.append(
                Question(code=f"i{k}", indicator=indicator, scale=yes_no, reversed=k != 26)
            )
        elif old and k in subitems_2564:
            items = tuple(
                SubItem(code=f"i{k}.{j}", reversed=(k == 18 or (k == 11 and j == 2)))
                for j in range(1, subitems_2564[k] + 1)
            )
            questions.append(
                Question(code=f"i{k}", indicator=indicator, scale=four, subitems=items)
            )
        else:
            questions.append(
                Question(
                    code=f"i{k}",
                    indicator=indicator,
                    scale=four,
                    reversed=old and k in reversed_2564,
                )
            )
    for k in range(1, 16):
        questions.append(Question(code=f"e{k}", indicator=indicators[5 + (k - 1) // 5], scale=four))
    if old:
        for code, (_, numbers) in OIT_2564.items():
            indicator = indicators[8] if code.startswith("9.") else indicators[9]
            sub = indicator.sub_indicator(code)
            for k in numbers:
                questions.append(
                    Question(code=f"o{k}", indicator=indicator, scale=yes_no, sub_indicator=sub)
                )
    return Framework(
        fiscal_year=year,
        title_th=f"ITA {year} (tests)",
        title_en=f"ITA {year} (tests)",
        indicators=indicators,
        levels=LevelScheme.letter_bands() if old else LevelScheme.rating_fy2566(),
        scales=(four, yes_no),
        questions=tuple(questions),
    )


@st.composite
def indicator_scores(draw: st.DrawFn, numbers: range = range(1, 11)) -> dict[int, Fraction]:
    """Exact indicator scores from 0 to 100 for indicators 1–10: hundredths, thirds, and edges."""
    score = st.one_of(
        st.integers(0, 10000).map(lambda h: Fraction(h, 100)),
        st.integers(0, 300).map(lambda t: Fraction(t, 3)),
        st.fractions(min_value=0, max_value=100, max_denominator=1000),
        st.sampled_from([Fraction(0), Fraction(100), Fraction(18999, 200), Fraction(16999, 200)]),
    )
    return {number: draw(score) for number in numbers}


# -- reports that read back from their renderings --------------------------------------

_WORDS = [
    "จัดทำ",
    "คู่มือ",
    "การปฏิบัติงาน",
    "เผยแพร่",
    "ช่องทาง",
    "ร้องเรียน",
    "บุคลากร",
    "ประชาชน",
    "เว็บไซต์",
    "หน่วยงาน",
    "การใช้ทรัพย์สิน",
    "ของราชการ",
    "กิจกรรม",
    "อบรม",
    "จริยธรรม",
    "งบประมาณ",
    "โปร่งใส",
    "ตรวจสอบ",
    "สำนักปลัด",
    "กองคลัง",
    "E-Service",
    "Good",
    "Governance",
    "ได้รับทราบ",
    "ถือปฏิบัติ",
    "อย่างเคร่งครัด",
]
_names = st.sampled_from(["สามพราน", "เมืองนครปฐม", "บางเลน", "นครปฐม", "ราชบุรี"])
plain_texts = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8).map(" ".join)
"""Thai (and some English) prose without digits or markup, as a report's text holds."""


@st.composite
def _readable_measures(draw: st.DrawFn) -> Measure:
    outcome = draw(st.one_of(st.just(""), plain_texts))
    completion = draw(st.none() | st.integers(0, 100))
    if completion is not None:
        from itakit import to_thai_digits

        outcome = f"ดำเนินการแล้ว {to_thai_digits(str(completion))} % {outcome}".strip()
    return Measure(
        title=draw(plain_texts),
        codes=tuple(draw(st.lists(question_codes, max_size=4))),
        actions=draw(
            st.one_of(st.just(""), plain_texts, plain_texts.map(lambda t: f"- {t} - {t}"))
        ),
        period=draw(st.none() | month_periods),
        responsible=draw(st.one_of(st.just(""), plain_texts)),
        outcome=outcome,
        completion=completion,
    )


@st.composite
def readable_reports(draw: st.DrawFn) -> MeasureReport:
    """Reports whose text avoids what only a person could tell apart from layout.

    No digits or markup in the prose, titles that name the kind of document, no
    sentence saying which result the measures answer (so it is the year before).
    """
    kind = draw(st.sampled_from(ReportKind))
    prefix = {
        ReportKind.RESULTS: "รายงานผลการดำเนินการตามมาตรการ",
        ReportKind.PLAN: draw(st.sampled_from(["แผนมาตรการ", "มาตรการ", "แนวทางส่งเสริมคุณธรรม"])),
        ReportKind.ANALYSIS: "การวิเคราะห์ผลการประเมิน",
    }[kind]
    numbers = sorted(draw(st.sets(st.integers(1, 20), min_size=1, max_size=4)))
    fiscal_year = draw(fiscal_years)
    return MeasureReport(
        kind=kind,
        title=prefix + draw(plain_texts).replace(" ", ""),
        agency=draw(plain_texts),
        fiscal_year=fiscal_year,
        answers_fiscal_year=fiscal_year - 1,
        groups=tuple(
            MeasureGroup(
                number=number,
                title=draw(plain_texts),
                measures=tuple(draw(st.lists(_readable_measures(), min_size=1, max_size=3))),
            )
            for number in numbers
        ),
        district=draw(st.none() | _names),
        province=draw(st.none() | _names),
        foreword=tuple(draw(st.lists(plain_texts, max_size=3))),
        analysis=tuple(draw(st.lists(plain_texts, max_size=2)))
        if kind is ReportKind.ANALYSIS
        else (),
        introduction=tuple(draw(st.lists(plain_texts, max_size=2))),
        closing=tuple(draw(st.lists(plain_texts, max_size=2))),
    )


def _scorable_from_answers(framework: Framework) -> bool:
    if all(indicator.tool is Tool.OIT for indicator in framework.indicators):
        return False
    return all(
        framework.questions_of(indicator)
        for indicator in framework.indicators
        if indicator.tool is not Tool.OIT
    )


survey_frameworks = frameworks().filter(_scorable_from_answers)
"""Random frameworks with survey indicators, each listing questions (so answers can score it)."""

Respondent = dict[str, int | None]


@st.composite
def answers(
    draw: st.DrawFn, framework: Framework, agencies: tuple[str, ...] = ("ก", "ข", "ค")
) -> dict[str, list[Respondent]]:
    """Respondents of some of *agencies*, each answering one survey tool's columns (choice numbers,
    None for a blank); every column is answered by someone at every agency that has the tool."""
    columns = {
        tool: [
            (item.code, len(item.points))
            for q in framework.questions
            if q.tool is tool
            for item in q.items
        ]
        for tool in (Tool.IIT, Tool.EIT)
    }
    chosen = draw(
        st.lists(st.sampled_from(agencies), min_size=1, max_size=len(agencies), unique=True)
    )
    result: dict[str, list[Respondent]] = {}
    for agency in chosen:
        rows: list[Respondent] = []
        for items in columns.values():
            if not items:
                continue
            for number in range(draw(st.integers(1, 4))):
                blanks = st.just(False) if number == 0 else st.booleans()
                rows.append(
                    {
                        code: None if draw(blanks) else draw(st.integers(0, choices - 1))
                        for code, choices in items
                    }
                )
        result[agency] = draw(st.permutations(rows))
    return result


def answer_columns(
    framework: Framework, by_agency: dict[str, list[Respondent]]
) -> dict[str, list[object]]:
    """The answers as a dict of columns: ``agency`` and every answer column of the framework."""
    codes = [item.code for q in framework.questions if q.tool is not Tool.OIT for item in q.items]
    rows = [(agency, row) for agency, respondents in by_agency.items() for row in respondents]
    columns: dict[str, list[object]] = {"agency": [agency for agency, _ in rows]}
    for code in codes:
        columns[code] = [row.get(code) for _, row in rows]
    return columns


# -- analysis: score cards over the shipped editions and over any framework ------------

editions = st.sampled_from(range(2563, 2569)).map(framework)
"""Every shipped edition, FY 2563–2568."""

scores = st.integers(0, 10000).map(
    lambda hundredths: Decimal(hundredths).scaleb(-2)
) | st.fractions(min_value=0, max_value=100, max_denominator=300)
"""Indicator scores from 0 to 100: published two-decimal values, or the exact thirds of raw answers."""


@st.composite
def score_cards(draw: st.DrawFn, rules: st.SearchStrategy[Framework] | None = None) -> ScoreCard:
    """A score card under a shipped edition or any framework, with any indicator scores."""
    chosen = draw(rules if rules is not None else editions | frameworks())
    return chosen.score_indicators({i.number: draw(scores) for i in chosen.indicators})


# -- hostile input: what an app's users may upload, for the fuzz tests (tests/test_fuzz*.py) --------
#
# Every strategy below draws inputs under 10 KB: numbers of any size and exponent, text with any
# digits (Thai, Arabic, superscript, Arabic-Indic), codes, years, periods, tables with ragged or
# mixed columns, and files (framework, report, score and Word files) that are valid ones with
# something broken in them.

# -- numbers -------------------------------------------------------------------------------------

_sign = st.sampled_from([1, -1])

big_ints = st.one_of(
    st.integers(),
    st.integers(-(2**70), 2**70),
    st.builds(
        lambda sign, exponent, offset: sign * (10**exponent + offset),
        _sign,
        st.integers(0, 6000),
        st.integers(-3, 3),
    ),
    st.sampled_from([2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63) - 1]),
    st.sampled_from([4299, 4300, 4301, 5000]).map(lambda digits: 10**digits),
)
"""Whole numbers of any size up to 6,000 digits (past Python's 4,300-digit text limit)."""

_exponents = st.one_of(
    st.integers(-30, 30),
    st.integers(-(10**9), 10**9),
    st.sampled_from([99999999, -99999999, 10**17, -(10**17), 5000, -5000]),
)

big_decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.builds(
        lambda coefficient, exponent: Decimal(f"{coefficient}E{exponent}"),
        st.integers(-(10**6), 10**6),
        _exponents,
    ),
    st.sampled_from(["NaN", "sNaN", "-Infinity", "-0", "1E+5000"]).map(Decimal),
)
"""Decimals of any exponent (``1E+99999999``), NaN, sNaN and infinities."""

big_fractions = st.builds(
    Fraction,
    big_ints,
    big_ints.filter(lambda n: n != 0),
)
"""Fractions whose parts are whole numbers of any size."""


numpy_scalars = st.one_of(
    st.floats(width=64).map(np.float64),
    st.floats(width=32).map(np.float32),
    st.floats(width=16).map(np.float16),
    st.integers(-(2**63), 2**63 - 1).map(np.int64),
    st.integers(0, 2**64 - 1).map(np.uint64),
    st.integers(-128, 127).map(np.int8),
    st.booleans().map(np.bool_),
    st.just(np.datetime64("2024-01-01")),
    st.just(np.complex128(1 + 2j)),
)
"""NumPy scalars of every kind, as a DataFrame's cells are."""

odd_objects = st.sampled_from(
    [None, True, False, b"12", bytearray(b"1"), 1 + 2j, [], [1], {}, {1: 2}, (), object(), ...]
)
"""Things that are not numbers or text."""

# -- text ----------------------------------------------------------------------------------------

_UNICODE_DIGITS = "0123456789๐๑๒๓๔๕๖๗๘๙٠١٢٣٤٥٦٧٨٩۰۱۲०१२৩੪૫୬௭౮೯൦၁០໑༢²³¹⁰⁴½⅓⅔①⑩𝟏𝟐𝟙"
_NUMBER_MARKS = " ,.-−+%/eE_\u00a0\u200b"

digit_texts = st.one_of(
    st.text(st.sampled_from(_UNICODE_DIGITS + _NUMBER_MARKS), max_size=40),
    st.builds(
        lambda digit, count, tail: digit * count + tail,
        st.sampled_from("1๑٣²9"),
        st.integers(1, 5000),
        st.text(st.sampled_from(_UNICODE_DIGITS + _NUMBER_MARKS), max_size=5),
    ),
    st.builds(
        lambda numerator, denominator: f"{numerator}/{denominator}",
        st.text(st.sampled_from(_UNICODE_DIGITS), min_size=1, max_size=8),
        st.text(st.sampled_from(_UNICODE_DIGITS), min_size=1, max_size=8),
    ),
    st.builds(lambda d: str(d), big_decimals),
    st.builds(
        lambda first, count: first + "0" * count, st.sampled_from("123456789"), st.integers(0, 6000)
    ),
    st.builds(lambda x: repr(x), st.floats()),
)
"""Text of digits of every script and size, as a number, a fraction or in exponent notation."""

_any_character = st.characters(codec=None)  # surrogates and controls included
_thai = "".join(chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable())

hostile_texts = st.one_of(
    st.text(_any_character, max_size=60),
    st.text(st.sampled_from(_thai + " \t\n()[]{}<>*#|/-–.:,%\x00"), max_size=200),
    digit_texts,
    st.builds(lambda c, n: c * n, st.sampled_from("([{<*#-|\n\t \x00"), st.integers(1, 5000)),
)
"""Any text: any code point, Thai with markup, digits, long runs of one character."""

code_texts = st.one_of(
    st.lists(
        st.sampled_from([*"ieoIEOx0123456789๐๑๒๓๔๕๖๗๘๙²١ -–—/,;()[]、", "ถึง", "และ"]),
        max_size=30,
    ).map("".join),
    st.builds(
        lambda letter, digits: letter + digits,
        st.sampled_from("ieoIEO"),
        digit_texts,
    ),
    st.builds(
        lambda a, b, c: f"i{a}-i{b}/e{c}",
        big_ints.map(abs),
        big_ints.map(abs),
        st.integers(0, 10**6),
    ).filter(lambda text: len(text) < 10_000),
    hostile_texts,
)
"""Text that is, or is nearly, a list of question codes."""

year_texts = st.one_of(
    st.builds(
        lambda prefix, year, suffix: prefix + year + suffix,
        st.sampled_from(["", "ปีงบประมาณ พ.ศ. ", "ปีงบ ", "FY ", "พ.ศ.", "b.e. ", "fiscal year "]),
        digit_texts,
        st.sampled_from(["", " (Oct 2023 – Sep 2024)", " (", ")", " x"]),
    ),
    hostile_texts,
)
"""Text that is, or is nearly, a fiscal year."""

_MONTHS = ["ต.ค.", "ม.ค.", "ก.ย.", "ตุลาคม", "Oct", "October", "ธ.ค", "ต. ค.", "เดือน", "xx"]

period_texts = st.one_of(
    st.lists(
        st.one_of(
            st.sampled_from([*_MONTHS, " – ", "-", "ถึง", "—", " ", "พ.ศ."]),
            digit_texts,
        ),
        max_size=8,
    ).map("".join),
    hostile_texts,
)
"""Text that is, or is nearly, a month or a span of months."""

# -- values a cell, a score or a weight may hold ---------------------------------------------------

hostile_numbers = st.one_of(
    big_ints,
    big_decimals,
    big_fractions,
    st.floats(),
    numpy_scalars,
    st.integers(0, 100),
    st.decimals(0, 100, places=2),
)
"""Numbers of every Python and NumPy type, size and exponent."""

hostile_values = st.one_of(hostile_numbers, digit_texts, hostile_texts, odd_objects)
"""Anything a cell of an uploaded table may hold."""


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:  # lists, and a signalling NaN
        return False
    return True


hostile_keys = hostile_values.filter(_hashable)
"""Anything a mapping's key may be."""

wrong_types = st.sampled_from(
    [None, 5, 2564, 2.5, "x", b"x", [], {}, (), object(), Decimal(1), Fraction(1, 3), np.int64(1)]
)
"""Arguments of the wrong Python type for almost any parameter."""

# -- files -------------------------------------------------------------------------------------------


@cache
def framework_data(year: int) -> dict[str, Any]:
    """The plain data of the shipped edition of *year*, as its file holds it."""
    data: dict[str, Any] = tomllib.loads(itakit.dump_framework(itakit.framework(year)))
    return data


_toml_values = st.one_of(
    big_ints.map(str),
    st.builds(lambda d: f'"{d}"', big_decimals),
    st.builds(lambda e: f"1e{e}", _exponents),
    st.builds(lambda d: f'"{d}"', digit_texts.filter(lambda t: '"' not in t and "\\" not in t)),
    st.builds(lambda n: "[" * n + "]" * n, st.integers(1, 3000)),
    st.builds(lambda n: "{a=" * n + "1" + "}" * n, st.integers(1, 1500)),
    st.sampled_from(["true", "nan", "inf", "-inf", '""', "[]", "{}", "1979-05-27", "0x10"]),
)


def _paths(data: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if len(path) > 12:  # not into the deep nests a mutation may have put in
        return found
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_paths(value, (*path, index)))
    return found


def _replaced(data: Any, path: tuple[Any, ...], value: object) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _replaced(data[head], rest, value)}
    copy = list(data)
    copy[head] = _replaced(copy[head], rest, value)
    return copy


def _removed(data: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k != path[0]}
        return [v for i, v in enumerate(data) if i != path[0]]
    head = path[0]
    if isinstance(data, dict):
        return {**data, head: _removed(data[head], path[1:])}
    copy = list(data)
    copy[head] = _removed(copy[head], path[1:])
    return copy


def _deep(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


plain_values = st.one_of(
    big_ints,
    st.floats(),
    big_decimals.map(str),
    digit_texts,
    hostile_texts,
    st.booleans(),
    st.none(),
    st.builds(_deep, st.integers(1, 2000)),
    st.just([]),
    st.just({}),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.lists(st.integers(), max_size=3),
)
"""Values of parsed JSON or TOML data: anything a broken file may put in a place."""


@st.composite
def mutated_data(draw: st.DrawFn, data: Any, *, times: int = 3) -> Any:
    """*data* (plain data) with up to *times* places replaced by hostile values or removed."""
    for _ in range(draw(st.integers(1, times))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        if path and draw(st.booleans()) and isinstance(data, dict):
            try:
                data = _removed(data, path)
                continue
            except (KeyError, IndexError, TypeError):
                pass
        data = _replaced(data, path, draw(plain_values))
    return data


@st.composite
def mutated_text(draw: st.DrawFn, text: str, pieces: st.SearchStrategy[str] = hostile_texts) -> str:
    """*text* with lines replaced, removed or inserted, cut short, or its digits changed."""
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        how = draw(
            st.sampled_from(["replace", "remove", "insert", "cut", "digits", "renumber", "value"])
        )
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if how == "replace" and lines:
            lines[at] = draw(pieces)
        elif how == "remove" and lines:
            del lines[at]
        elif how == "insert":
            lines.insert(at, draw(pieces))
        elif how == "cut" and lines:
            line = lines[at]
            lines = [*lines[:at], line[: draw(st.integers(0, len(line)))]]
        elif how == "digits" and lines:
            digit = draw(st.sampled_from(_UNICODE_DIGITS))
            lines[at] = "".join(digit if c.isdigit() else c for c in lines[at])
        elif how == "renumber" and lines:  # every digit of a line drawn anew: years, numbers
            digits = iter(draw(st.text(st.sampled_from("0123456789๐๑๒๓๔๕๖๗๘๙"), min_size=40)))
            lines[at] = "".join(next(digits, "๑") if c.isdigit() else c for c in lines[at])
        elif how == "value" and lines and "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            lines[at] = f"{key}= {draw(_toml_values)}"
    return "\n".join(lines)


def framework_texts(year: int = 2564) -> st.SearchStrategy[str]:
    """TOML and JSON framework files: a shipped edition's, broken in places, and plain junk."""
    toml = itakit.dump_framework(itakit.framework(year))
    data = framework_data(year)
    return st.one_of(
        mutated_text(toml, st.one_of(_toml_values.map(lambda v: f"x = {v}"), hostile_texts)),
        mutated_data(data).map(
            lambda changed: json.dumps(changed, ensure_ascii=False, default=str)
        ),
        st.builds(lambda n: "a=" + "[" * n, st.integers(1, 3000)),
        st.builds(lambda n: '{"a": ' + "[" * n, st.integers(1, 3000)),
        st.builds(lambda v: f"fiscal_year = {v}", _toml_values),
        hostile_texts,
    )


@cache
def sample_report() -> MeasureReport:
    """The sample report, parsed once."""
    return parse_report(sample_report_text())


report_texts = st.one_of(
    st.builds(lambda: sample_report_text()).flatmap(mutated_text),
    st.builds(lambda: sample_report_text()).flatmap(
        lambda text: mutated_text(text, st.one_of(code_texts, period_texts, digit_texts))
    ),
    hostile_texts,
)
"""The text of a report of measures, broken in places, and junk."""


def stored_reports(format: str) -> st.SearchStrategy[str]:
    """Stored reports (JSON or TOML) with places broken, and junk."""
    text = dump_report(sample_report(), format=format)  # type: ignore[arg-type]
    data = json.loads(dump_report(sample_report()))
    if format == "json":
        from_data = mutated_data(data).map(
            lambda changed: json.dumps(changed, ensure_ascii=False, default=str)
        )
    else:
        from_data = st.just(text)
    return st.one_of(
        from_data,
        mutated_text(text),
        st.builds(lambda n: "[" * n, st.integers(1, 3000)),
        st.builds(lambda n: '{"groups": ' + "[" * n + "]" * n + "}", st.integers(1, 3000)),
        hostile_texts,
    )


@cache
def sample_docx() -> bytes:
    """The sample report as a Word file."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.docx"
        sample_report().to_docx(path)
        return path.read_bytes()


def _rezip(original: bytes, member: str, content: bytes | None) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info, source.read(info))
            elif content is not None:
                target.writestr(info, content)
    return out.getvalue()


def score_file_texts(kind: str) -> st.SearchStrategy[str]:
    """The text of a CSV, TOML or JSON file of scores or answers, broken in places."""
    header = "agency," + ",".join(str(n) for n in range(1, 11))
    row = "ก," + ",".join(["80"] * 10)
    if kind == "csv":
        return st.one_of(
            mutated_text(f"{header}\n{row}\n{row}\n", st.one_of(digit_texts, hostile_texts)),
            st.lists(
                st.lists(st.one_of(digit_texts, hostile_texts, st.just("")), max_size=12).map(
                    ",".join
                ),
                max_size=5,
            ).map("\n".join),
        )
    data: dict[str, Any] = {
        "fiscal_year": 2564,
        "agencies": {"ก": {str(n): 80 for n in range(1, 11)}},
    }
    if kind == "json":
        return st.one_of(
            mutated_data(data).map(lambda d: json.dumps(d, ensure_ascii=False, default=str)),
            st.builds(lambda n: '{"agencies": ' + "[" * n, st.integers(1, 3000)),
            hostile_texts,
        )
    toml = "fiscal_year = 2564\n[agencies.ก]\n" + "\n".join(f'"{n}" = 80' for n in range(1, 11))
    return st.one_of(mutated_text(toml, _toml_values.map(lambda v: f'"3" = {v}')), hostile_texts)


# -- tables ----------------------------------------------------------------------------------------

agency_labels = st.one_of(
    st.text(max_size=8),
    st.integers(-5, 5),
    st.none(),
    st.floats(),
    big_ints,
    st.sampled_from(["ก", "ข", "agency", ""]),
)
"""Agency labels: text, numbers, None, NaN, mixed within one column."""


@st.composite
def column_tables(
    draw: st.DrawFn,
    keys: list[Any],
    cells: st.SearchStrategy[Any] = hostile_values,
    *,
    real: list[Any] | None = None,
    agency: str = "agency",
) -> dict[Any, Any]:
    """A dict of columns: *agency* and some of *keys* (plus hostile ones), ragged at times.

    Often exactly the *real* columns, of equal length, so that the cells themselves are read.
    """
    rows = draw(st.integers(0, 4))
    if draw(st.integers(0, 3)) == 0:  # whole columns of one type, as a DataFrame holds them
        cells = st.one_of(
            st.integers(-(2**127), 2**128 - 1),
            st.sampled_from([0, 50, 100, 2**63, 2**64, -(2**63) - 1]),
            st.floats(),
        )
    well_formed = real is not None and draw(st.booleans())
    chosen = draw(st.lists(st.sampled_from(keys), unique=True, min_size=0, max_size=len(keys)))
    if draw(st.booleans()):
        chosen = list(keys)
    extra = draw(st.lists(st.one_of(digit_texts, hostile_texts, big_ints), max_size=2))
    if well_formed:
        chosen, extra = list(real or ()), []
    table: dict[Any, Any] = {}
    if well_formed or draw(st.integers(0, 9)):
        labels = st.sampled_from(["ก", "ข", "ค"]) if well_formed else agency_labels
        table[agency] = draw(st.lists(labels, min_size=rows, max_size=rows))
    for key in [*chosen, *extra]:
        length = rows if well_formed or draw(st.integers(0, 9)) else draw(st.integers(0, 6))
        column: Any = draw(st.lists(cells, min_size=length, max_size=length))
        if not well_formed and draw(st.integers(0, 9)) == 0:
            column = draw(st.sampled_from([column and column[0], None, "x", 5, [[1, 2], [3]]]))
        table[key] = column
    return table


def as_frame(table: dict[Any, Any], kind: str) -> Any:
    """*table* as a pandas or polars DataFrame if it can be one, else *table* itself."""
    try:
        if kind == "pandas":
            import pandas as pd

            return pd.DataFrame(table)
        if kind == "polars":
            import polars as pl

            return pl.DataFrame({str(k): v for k, v in table.items()}, strict=False)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        return table
    return table


def indicator_keys(year: int) -> list[Any]:
    """Keys of indicator columns, in several spellings."""
    numbers = [i.number for i in itakit.framework(year).indicators]
    return [*numbers, *(str(n) for n in numbers), "๑", "01", "1" * 4400, "²"]


def answer_keys(year: int) -> list[Any]:
    """Answer columns of *year*'s IIT and EIT, and a few near misses."""
    fw = itakit.framework(year)
    codes = [item.code for q in fw.questions if q.tool is not itakit.Tool.OIT for item in q.items]
    return [*codes, "I1", "i๑", "i" + "1" * 4400, "e²"]


def oit_keys(year: int) -> list[Any]:
    """Keys of an OIT checklist of *year*: its items, sub-indicators and indicators."""
    fw = itakit.framework(year)
    keys: list[Any] = []
    for indicator in fw.indicators:
        if indicator.tool is itakit.Tool.OIT:
            keys.extend([indicator.number, str(indicator.number)])
            keys.extend(sub.code for sub in indicator.sub_indicators)
    keys.extend(item.code for q in fw.questions if q.tool is itakit.Tool.OIT for item in q.items)
    return [*keys, "o" + "1" * 4400, "9." + "1" * 4400, math.nan]


answer_cells = st.one_of(
    st.integers(0, 3),
    st.none(),
    st.sampled_from(["มาก", "มากที่สุด", "มี", "ไม่มี", "", "NA", "๓", "3.0"]),
    hostile_values,
)
"""Cells of an answer table: choice numbers, labels, blanks, and anything."""


@cache
def sample_xlsx() -> bytes:
    """A workbook of indicator scores, as ``ScoreTable.to_excel`` writes one."""
    import tempfile
    from pathlib import Path

    fw = itakit.framework(2564)
    table = fw.score_indicator_table(
        {"agency": ["ก", "ข"], **{str(n): [80, 90] for n in range(1, 11)}}
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scores.xlsx"
        table.to_excel(path)
        return path.read_bytes()


@st.composite
def damaged_archives(draw: st.DrawFn, original: bytes) -> bytes:
    """*original* (a zip: .docx, .xlsx) with bytes flipped, cut short, or a member cut or replaced."""
    how = draw(st.sampled_from(["flip", "cut", "member"]))
    if how == "flip":
        data = bytearray(original)
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
        return bytes(data)
    if how == "cut":
        return original[: draw(st.integers(0, len(original)))]
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        member = draw(st.sampled_from(archive.namelist()))
        content = archive.read(member)
    change = draw(st.sampled_from(["cut", "remove", "junk", "deep", "digits"]))
    new: bytes | None
    if change == "cut":
        new = content[: draw(st.integers(0, len(content)))]
    elif change == "remove":
        new = None
    elif change == "junk":
        new = draw(st.binary(max_size=200))
    elif change == "deep":
        depth = draw(st.integers(1, 3000))
        new = b"<?xml version='1.0'?><a>" + b"<b>" * depth + b"</b>" * depth + b"</a>"
    else:
        new = content.replace(b"8", b"9" * 4400, 1)
    return _rezip(original, member, new)


def stored_cards() -> st.SearchStrategy[str]:
    """A score card's JSON (``dump_card``), broken in places, and junk."""
    card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80), agency="ก")
    data = json.loads(itakit.dump_card(card))
    return st.one_of(
        mutated_data(data).map(lambda d: json.dumps(d, ensure_ascii=False, default=str)),
        mutated_text(itakit.dump_card(card)),
        st.builds(lambda n: '{"indicator_scores": ' + "[" * n, st.integers(1, 3000)),
        hostile_texts,
    )


def stored_tables() -> st.SearchStrategy[str]:
    """A score table's JSON (``dump_table``), broken in places, and junk."""
    fw = itakit.framework(2564)
    table = fw.score_indicator_table({"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
    data = json.loads(itakit.dump_table(table))
    return st.one_of(
        mutated_data(data).map(lambda d: json.dumps(d, ensure_ascii=False, default=str)),
        mutated_text(itakit.dump_table(table)),
        hostile_texts,
    )


def docx_bytes() -> st.SearchStrategy[bytes]:
    """A Word file with bytes flipped, cut short, or a member cut, removed or replaced."""
    return st.builds(sample_docx).flatmap(damaged_archives)
