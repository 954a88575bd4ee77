"""The rules of the ITA, one fiscal year at a time: the model of a :class:`Framework`.

``itakit.framework(2567)`` returns a shipped edition; this package holds the
classes it is made of, the framework file format (:mod:`~itakit.rules.loader`),
the shipped editions (:mod:`~itakit.rules.registry`) and their differences
(:mod:`~itakit.rules.diff`).

>>> from itakit.rules import framework
>>> framework(2564).indicator(9).weight
Decimal('20')
"""

from __future__ import annotations

from itakit.rules.describe import describe_editions, describe_framework
from itakit.rules.diff import Change, ChangeKind, FrameworkDiff, diff_frameworks
from itakit.rules.framework import Framework, ToolPart
from itakit.rules.indicators import Indicator, Item, Question, SubIndicator, SubItem
from itakit.rules.levels import Level, LevelScheme
from itakit.rules.loader import FileFormat, dump_framework, load_framework
from itakit.rules.provenance import Confidence, Source
from itakit.rules.registry import Edition, framework, frameworks
from itakit.rules.scales import AnswerScale, Choice
from itakit.rules.tools import Tool

__all__ = [
    "AnswerScale",
    "Change",
    "ChangeKind",
    "Choice",
    "Confidence",
    "Edition",
    "FileFormat",
    "Framework",
    "FrameworkDiff",
    "Indicator",
    "Item",
    "Level",
    "LevelScheme",
    "Question",
    "Source",
    "SubIndicator",
    "SubItem",
    "Tool",
    "ToolPart",
    "describe_editions",
    "describe_framework",
    "diff_frameworks",
    "dump_framework",
    "framework",
    "frameworks",
    "load_framework",
]
