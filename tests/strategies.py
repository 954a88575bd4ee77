"""Hypothesis strategies shared by itakit's tests."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from fractions import Fraction

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
    ScoreCard,
    Source,
    SubIndicator,
    SubItem,
    Tool,
    framework,
)
from itakit.measures import Measure, MeasureGroup, MeasureReport, ReportKind, SkippedLine
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
