"""The rules of the ITA, one fiscal year at a time: the model of a :class:`Framework`.

``itakit.framework(2567)`` returns a shipped edition; this package holds the
classes it is made of.
"""

from __future__ import annotations

from itakit.rules.framework import Framework, ToolPart
from itakit.rules.indicators import Indicator, Item, Question, SubIndicator, SubItem
from itakit.rules.levels import Level, LevelScheme
from itakit.rules.provenance import Confidence, Source
from itakit.rules.scales import AnswerScale, Choice
from itakit.rules.tools import Tool

__all__ = [
    "AnswerScale",
    "Choice",
    "Confidence",
    "Framework",
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
]
