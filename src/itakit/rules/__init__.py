"""The rules of the ITA, one fiscal year at a time, as data: :class:`Rules` and its parts.

This layer is pure data and needs nothing above it: tools, answer scales,
indicators and questions, levels (with the level rule), provenance, the
framework file format (:mod:`~itakit.rules.loader`), the shipped editions
(:mod:`~itakit.rules.registry`) and their differences
(:mod:`~itakit.rules.diff`).  Users hold an :class:`itakit.Framework`, which
is a :class:`Rules` that can also score.

>>> from itakit.rules import shipped
>>> shipped(2564).indicator(9).weight
Decimal('20')
"""

from __future__ import annotations

from typing import Any

from itakit.rules.carry import ConfidenceRow, carry_forward, confidence_table
from itakit.rules.describe import describe_confidence, describe_editions, describe_framework
from itakit.rules.diff import Change, ChangeKind, FrameworkDiff, diff_frameworks
from itakit.rules.framework import Rules, ToolPart
from itakit.rules.indicators import Indicator, Item, Question, SubIndicator, SubItem
from itakit.rules.level_search import find_level, level_above, pass_level
from itakit.rules.levels import Level, LevelScheme
from itakit.rules.loader import FileFormat, dump_rules, load_rules, loads_rules
from itakit.rules.oit_rule import OITRule, OITRuleKind
from itakit.rules.provenance import Confidence, Source
from itakit.rules.registry import Edition, edition_years, frameworks, shipped
from itakit.rules.scales import AnswerScale, Choice
from itakit.rules.tools import Tool

__all__ = [
    "AnswerScale",
    "Change",
    "ChangeKind",
    "Choice",
    "Confidence",
    "ConfidenceRow",
    "Edition",
    "FileFormat",
    "FrameworkDiff",
    "Indicator",
    "Item",
    "Level",
    "LevelScheme",
    "OITRule",
    "OITRuleKind",
    "Question",
    "Rules",
    "Source",
    "SubIndicator",
    "SubItem",
    "Tool",
    "ToolPart",
    "carry_forward",
    "confidence_table",
    "describe_confidence",
    "describe_editions",
    "describe_framework",
    "diff_frameworks",
    "dump_rules",
    "edition_years",
    "find_level",
    "frameworks",
    "level_above",
    "load_rules",
    "loads_rules",
    "pass_level",
    "shipped",
]

_RENAMED = {
    "Framework": ("Rules", "itakit.rules.Rules (or itakit.Framework, which can score)"),
    "framework": ("shipped", "itakit.framework() (or itakit.rules.shipped() for bare Rules)"),
    "load_framework": (
        "loads_rules",
        "itakit.load_framework(path) or itakit.loads_framework(text)",
    ),
    "dump_framework": ("dump_rules", "itakit.dump_framework()"),
}


def __getattr__(name: str) -> Any:
    """Names of itakit 0.1 that moved, kept for one release with a DeprecationWarning."""
    if name in _RENAMED:
        from itakit._deprecation import deprecated

        target, advice = _RENAMED[name]
        deprecated(f"itakit.rules.{name}", advice)
        return globals()[target]
    raise AttributeError(f"module 'itakit.rules' has no attribute {name!r}")
