"""Scoring: one agency exactly, a whole nation fast, and what a result offers of itself.

:class:`Framework` (one fiscal year's rules that can score) is defined here,
beside the code its ``score_*`` methods call.

- :func:`score_indicators`: one agency from its indicator scores → :class:`ScoreCard`;
- :func:`score_oit`: one agency's OIT checklist → indicator scores (:class:`OITScores`);
- :func:`score_responses`: respondents' raw answers, many agencies → :class:`ScoreTable`;
- :func:`score_indicator_table`, :func:`score_oit_table`: the same, many agencies at once.

The one-agency path is exact (fractions until the published rounding); the
many-agency path is vectorised NumPy whose published numbers equal the exact
path's.  A card offers its gaps, cheapest routes to a level, what-ifs and
costliest questions; a table its ranks, percentiles and level counts.

>>> import itakit
>>> itakit.score_indicators(itakit.framework(2564), dict.fromkeys(range(1, 11), 85)).total
Decimal('85.00')
"""

from __future__ import annotations

from itakit.scoring.card import ScoreCard, score_indicators
from itakit.scoring.costly import CostlyQuestion, CostlyQuestions, costly_questions
from itakit.scoring.distribution import Summary, level_counts, summary
from itakit.scoring.files import score_file
from itakit.scoring.framework import (
    Framework,
    dump_framework,
    framework,
    load_framework,
    loads_framework,
)
from itakit.scoring.gaps import Gaps, IndicatorGap, gaps
from itakit.scoring.indicator_table import score_indicator_table
from itakit.scoring.oit import OITScores, score_oit
from itakit.scoring.oit_table import OITTable, score_oit_table
from itakit.scoring.plots import plot_card, plot_levels
from itakit.scoring.ranking import Ranked, percentiles, rank
from itakit.scoring.responses import score_responses
from itakit.scoring.route import Route, Step, cheapest_route
from itakit.scoring.table import ScoreTable
from itakit.scoring.what_if import what_if

__all__ = [
    "CostlyQuestion",
    "CostlyQuestions",
    "Framework",
    "Gaps",
    "IndicatorGap",
    "OITScores",
    "OITTable",
    "Ranked",
    "Route",
    "ScoreCard",
    "ScoreTable",
    "Step",
    "Summary",
    "cheapest_route",
    "costly_questions",
    "dump_framework",
    "framework",
    "gaps",
    "level_counts",
    "load_framework",
    "loads_framework",
    "percentiles",
    "plot_card",
    "plot_levels",
    "rank",
    "score_file",
    "score_indicator_table",
    "score_indicators",
    "score_oit",
    "score_oit_table",
    "score_responses",
    "summary",
    "what_if",
]
