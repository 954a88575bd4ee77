"""itakit: Thailand's Integrity and Transparency Assessment (ITA) as a typed library.

>>> import itakit
>>> itakit.FiscalYear(2567).format()
'ปีงบประมาณ พ.ศ. ๒๕๖๗'
>>> itakit.parse_codes("(i๑๐/i๑๑/i๑๒)")
('i10', 'i11', 'i12')
>>> itakit.MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗").fiscal_years
(FiscalYear(2567),)
>>> itakit.format_percent(100)
'๑๐๐ %'
>>> itakit.framework(2567).question("i10").indicator.name_th
'การใช้ทรัพย์สินของราชการ'
"""

from __future__ import annotations

from itakit import measures
from itakit.analysis import Comparison, compare
from itakit.codes import canonical_code, format_code, parse_codes
from itakit.errors import (
    FrameworkFileError,
    InputTypeError,
    ItakitError,
    ItakitWarning,
    MissingExtraError,
    ParseError,
    ScoringError,
    SkippedAgenciesWarning,
    UnknownCodeError,
    UnknownEditionError,
    ValidationError,
)
from itakit.fiscal_year import FiscalYear
from itakit.period import MonthPeriod
from itakit.rules import (
    AnswerScale,
    Change,
    ChangeKind,
    Choice,
    Confidence,
    Edition,
    Framework,
    FrameworkDiff,
    Indicator,
    Item,
    Level,
    LevelScheme,
    Question,
    Source,
    SubIndicator,
    SubItem,
    Tool,
    ToolPart,
    diff_frameworks,
    dump_framework,
    framework,
    frameworks,
    load_framework,
)
from itakit.scoring import (
    OITScores,
    OITTable,
    ScoreCard,
    ScoreTable,
    score_indicator_table,
    score_indicators,
    score_oit,
    score_oit_table,
    score_responses,
)
from itakit.text import normalize
from itakit.thai import (
    format_number,
    format_percent,
    parse_number,
    to_arabic_digits,
    to_thai_digits,
)

__all__ = [
    "AnswerScale",
    "Change",
    "ChangeKind",
    "Choice",
    "Comparison",
    "Confidence",
    "Edition",
    "FiscalYear",
    "Framework",
    "FrameworkDiff",
    "FrameworkFileError",
    "Indicator",
    "InputTypeError",
    "ItakitError",
    "ItakitWarning",
    "Item",
    "Level",
    "LevelScheme",
    "MissingExtraError",
    "MonthPeriod",
    "OITScores",
    "OITTable",
    "ParseError",
    "Question",
    "ScoreCard",
    "ScoreTable",
    "ScoringError",
    "SkippedAgenciesWarning",
    "Source",
    "SubIndicator",
    "SubItem",
    "Tool",
    "ToolPart",
    "UnknownCodeError",
    "UnknownEditionError",
    "ValidationError",
    "canonical_code",
    "compare",
    "diff_frameworks",
    "dump_framework",
    "format_code",
    "format_number",
    "format_percent",
    "framework",
    "frameworks",
    "load_framework",
    "measures",
    "normalize",
    "parse_codes",
    "parse_number",
    "score_indicator_table",
    "score_indicators",
    "score_oit",
    "score_oit_table",
    "score_responses",
    "to_arabic_digits",
    "to_thai_digits",
]
