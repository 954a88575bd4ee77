"""Scoring: one agency exactly, a whole nation fast, and what a result offers of itself.

:class:`Framework` (one fiscal year's rules that can score) is defined here,
beside the code its ``score_*`` methods call.

- :func:`score_indicators`: one agency from its indicator scores → :class:`ScoreCard`;
- :func:`score_oit`: one agency's OIT checklist → indicator scores (:class:`OITScores`);
- :func:`score_responses`: respondents' raw answers, many agencies → :class:`ScoreTable`;
- :func:`score_questions`: one agency from its question scores (as ITAS shows them) → :class:`ScoreCard`;
- :func:`score_indicator_table`, :func:`score_oit_table`, :func:`score_question_table`: many agencies at once;
- :func:`verify`, :func:`fit_weights`: published rows scored again, and the weights that explain them.

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
from itakit.scoring.provisional import provisional_note, provisional_parts
from itakit.scoring.questions_input import score_question_table, score_questions
from itakit.scoring.ranking import Ranked, percentiles, rank
from itakit.scoring.responses import score_responses
from itakit.scoring.route import Route, Step, cheapest_route
from itakit.scoring.storage import (
    dump_card,
    dump_table,
    load_card,
    load_table,
    loads_card,
    loads_table,
)
from itakit.scoring.table import ScoreTable
from itakit.scoring.verification import RowCheck, Verification, WeightFit, fit_weights, verify
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
    "RowCheck",
    "ScoreCard",
    "ScoreTable",
    "Step",
    "Summary",
    "Verification",
    "WeightFit",
    "cheapest_route",
    "costly_questions",
    "dump_card",
    "dump_framework",
    "dump_table",
    "fit_weights",
    "framework",
    "gaps",
    "level_counts",
    "load_card",
    "load_framework",
    "load_table",
    "loads_card",
    "loads_framework",
    "loads_table",
    "percentiles",
    "plot_card",
    "plot_levels",
    "provisional_note",
    "provisional_parts",
    "rank",
    "score_file",
    "score_indicator_table",
    "score_indicators",
    "score_oit",
    "score_oit_table",
    "score_question_table",
    "score_questions",
    "score_responses",
    "summary",
    "verify",
    "what_if",
]
