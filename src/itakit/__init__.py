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

import importlib
from typing import TYPE_CHECKING, Any

# Every public name, and the module that defines it.  Nothing is imported until
# it is first used (PEP 562), so ``import itakit`` stays light: the rules load
# with the first edition, NumPy with the first score, analysis and measures
# only when asked for.
_NAMES: dict[str, str] = {
    "AnswerScale": "itakit.rules",
    "Change": "itakit.rules",
    "ChangeKind": "itakit.rules",
    "Choice": "itakit.rules",
    "Comparison": "itakit.analysis.compare",
    "Confidence": "itakit.rules",
    "Edition": "itakit.rules",
    "FileAccessError": "itakit.errors",
    "FiscalYear": "itakit.fiscal_year",
    "Framework": "itakit.scoring",
    "FrameworkDiff": "itakit.rules",
    "FrameworkFileError": "itakit.errors",
    "Indicator": "itakit.rules",
    "InputTypeError": "itakit.errors",
    "ItakitError": "itakit.errors",
    "ItakitWarning": "itakit.errors",
    "Item": "itakit.rules",
    "Level": "itakit.rules",
    "LevelScheme": "itakit.rules",
    "MissingExtraError": "itakit.errors",
    "MonthPeriod": "itakit.period",
    "OITScores": "itakit.scoring",
    "OITTable": "itakit.scoring",
    "ParseError": "itakit.errors",
    "DocumentKindError": "itakit.errors",
    "Question": "itakit.rules",
    "Rules": "itakit.rules",
    "ScoreCard": "itakit.scoring",
    "ScoreTable": "itakit.scoring",
    "ScoringError": "itakit.errors",
    "SkippedAgenciesWarning": "itakit.errors",
    "Source": "itakit.rules",
    "SubIndicator": "itakit.rules",
    "SubItem": "itakit.rules",
    "Tool": "itakit.rules",
    "ToolPart": "itakit.rules",
    "UnknownCodeError": "itakit.errors",
    "UnknownEditionError": "itakit.errors",
    "ValidationError": "itakit.errors",
    "canonical_code": "itakit.codes",
    "compare": "itakit.analysis.compare",
    "diff_frameworks": "itakit.rules",
    "dump_card": "itakit.scoring",
    "dump_table": "itakit.scoring",
    "load_card": "itakit.scoring",
    "load_table": "itakit.scoring",
    "loads_card": "itakit.scoring",
    "loads_table": "itakit.scoring",
    "dump_framework": "itakit.scoring",
    "fit_weights": "itakit.scoring",
    "format_code": "itakit.codes",
    "format_number": "itakit.thai",
    "format_percent": "itakit.thai",
    "framework": "itakit.scoring.framework",
    "frameworks": "itakit.rules",
    "load_framework": "itakit.scoring",
    "loads_framework": "itakit.scoring",
    "normalize": "itakit.text",
    "parse_codes": "itakit.codes",
    "parse_number": "itakit.thai",
    "score_file": "itakit.scoring",
    "score_indicator_table": "itakit.scoring",
    "score_indicators": "itakit.scoring",
    "score_oit": "itakit.scoring",
    "score_oit_table": "itakit.scoring",
    "score_questions": "itakit.scoring",
    "score_responses": "itakit.scoring",
    "to_arabic_digits": "itakit.thai",
    "to_thai_digits": "itakit.thai",
    "verify": "itakit.scoring",
}
_SUBMODULES = ("analysis", "measures", "rules", "scoring")

__all__ = [
    "AnswerScale",
    "Change",
    "ChangeKind",
    "Choice",
    "Comparison",
    "Confidence",
    "DocumentKindError",
    "Edition",
    "FileAccessError",
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
    "Rules",
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
    "__version__",
    "analysis",
    "canonical_code",
    "compare",
    "diff_frameworks",
    "dump_card",
    "dump_framework",
    "dump_table",
    "fit_weights",
    "format_code",
    "format_number",
    "format_percent",
    "framework",
    "frameworks",
    "load_card",
    "load_framework",
    "load_table",
    "loads_card",
    "loads_framework",
    "loads_table",
    "measures",
    "normalize",
    "parse_codes",
    "parse_number",
    "rules",
    "score_file",
    "score_indicator_table",
    "score_indicators",
    "score_oit",
    "score_oit_table",
    "score_questions",
    "score_responses",
    "scoring",
    "to_arabic_digits",
    "to_thai_digits",
    "verify",
]


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        value = getattr(importlib.import_module(_NAMES[name]), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"itakit.{name}")
    elif name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("itakit")
        except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
            value = "0+unknown"
    else:
        raise AttributeError(f"module 'itakit' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # what type checkers and editors see: the same names, imported eagerly
    from itakit import analysis, measures, rules, scoring
    from itakit.analysis.compare import Comparison, compare
    from itakit.codes import (
        canonical_code,
        format_code,
        parse_codes,
    )
    from itakit.errors import (
        DocumentKindError,
        FileAccessError,
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
    from itakit.fiscal_year import (
        FiscalYear,
    )
    from itakit.period import (
        MonthPeriod,
    )
    from itakit.rules import (
        AnswerScale,
        Change,
        ChangeKind,
        Choice,
        Confidence,
        Edition,
        FrameworkDiff,
        Indicator,
        Item,
        Level,
        LevelScheme,
        Question,
        Rules,
        Source,
        SubIndicator,
        SubItem,
        Tool,
        ToolPart,
        diff_frameworks,
        frameworks,
    )
    from itakit.scoring import (
        Framework,
        OITScores,
        OITTable,
        ScoreCard,
        ScoreTable,
        dump_card,
        dump_framework,
        dump_table,
        fit_weights,
        load_card,
        load_framework,
        load_table,
        loads_card,
        loads_framework,
        loads_table,
        score_file,
        score_indicator_table,
        score_indicators,
        score_oit,
        score_oit_table,
        score_questions,
        score_responses,
        verify,
    )
    from itakit.scoring.framework import framework
    from itakit.text import (
        normalize,
    )
    from itakit.thai import (
        format_number,
        format_percent,
        parse_number,
        to_arabic_digits,
        to_thai_digits,
    )

    __version__: str
